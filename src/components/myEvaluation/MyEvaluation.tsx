import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as React from 'react';
import type { MyEvaluationOverview } from '../../services/contracts';
import { format, formatDate, formatScore } from '../common/format';
import { periodName, periodStatusLabel, ratingLabel, stepLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { EmptySection, evaluationYearOf, Loaded, WebPartRoot } from '../common/WebPartRoot';

export interface MyEvaluationProps extends RootProps {
  /** The year to show; the current year when absent. */
  evaluationYear?: number;
}

/** "Đánh giá của tôi": a civil servant's own periods and results. */
export function MyEvaluation(props: MyEvaluationProps): JSX.Element {
  const year = evaluationYearOf(props);
  const { services } = props;
  return (
    <WebPartRoot root={props} title={props.strings.MyEvaluationTitle}>
      <Loaded load={() => services.evaluation.getMyOverview(year)} deps={[services, year]}>
        {(overview) => <Overview overview={overview} />}
      </Loaded>
    </WebPartRoot>
  );
}

function Overview({ overview }: { overview: MyEvaluationOverview }): JSX.Element {
  const { strings, locale } = useUi();
  const { me } = overview;
  const heading = format(strings.MyPeriodsHeading, overview.year);
  return (
    <>
      <p>
        <strong>{me.displayName}</strong>
        {me.jobTitle || me.department ? <span className={styles.muted}> · {[me.jobTitle, me.department].filter(Boolean).join(', ')}</span> : undefined}
      </p>
      {overview.ignoredActs > 0 ? (
        <MessageBar messageBarType={MessageBarType.warning}>{format(strings.IgnoredActsMine, overview.ignoredActs)}</MessageBar>
      ) : undefined}
      {overview.periods.length === 0 ? (
        <EmptySection heading={heading} text={format(strings.MyPeriodsEmpty, overview.year)} />
      ) : (
        <table className={styles.table}>
          <caption>{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnPeriod}</th>
              <th scope="col">{strings.ColumnStatus}</th>
              <th scope="col">{strings.ColumnDeadline}</th>
              <th scope="col">{strings.ColumnStep}</th>
              <th scope="col" className={styles.number}>{strings.ColumnScore}</th>
              <th scope="col">{strings.ColumnRating}</th>
            </tr>
          </thead>
          <tbody>
            {overview.periods.map(({ period, result }) => (
              <tr key={period.id}>
                <th scope="row">{periodName(strings, period)}</th>
                <td>{periodStatusLabel(strings, period.status)}</td>
                <td>{period.deadline ? formatDate(period.deadline, locale) : ''}</td>
                <td>{stepLabel(strings, result ? result.step : 'NOT_STARTED')}</td>
                <td className={styles.number}>{result && result.score !== undefined ? formatScore(result.score, locale) : strings.NotScored}</td>
                <td>{result && result.rating ? ratingLabel(strings, result.rating) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
