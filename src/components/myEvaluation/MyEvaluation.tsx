import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as React from 'react';
import { periodToFillIn } from '../../domain/evaluation/periodToFillIn';
import type { AppServices, MyEvaluationOverview } from '../../services/contracts';
import { format, formatDate, formatScore } from '../common/format';
import { periodName, periodStatusLabel, ratingLabel, stepLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { EmptySection, evaluationYearOf, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { Deferred } from '../common/Deferred';
import { MyYear, PeriodForm } from '../journeyForms';

export { periodToFillIn };

export interface MyEvaluationProps extends RootProps {
  /** The year to show; the current year when absent. */
  evaluationYear?: number;
}

/** "Đánh giá của tôi": the period to fill in now, every period of the year, and the year's self-evaluation. */
export function MyEvaluation(props: MyEvaluationProps): JSX.Element {
  const shownFirst = evaluationYearOf(props);
  const { services } = props;
  const [year, setYear] = React.useState(shownFirst);
  const [generation, setGeneration] = React.useState(0);
  const refresh = React.useCallback(() => setGeneration((n) => n + 1), []);
  // This year and the two before: a year is decided early the next, and complaints come after.
  const thisYear = services.today().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2].concat(shownFirst < thisYear - 2 || shownFirst > thisYear ? [shownFirst] : []);
  return (
    <WebPartRoot root={props} title={props.strings.MyEvaluationTitle}>
      {/* A native list: Fluent's Dropdown would bring its callout into every page's bundle. */}
      <label className={styles.yearChooser}>
        {props.strings.YearFieldLabel}{' '}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <Loaded load={() => services.evaluation.getMyOverview(year)} deps={[services, year, generation]}>
        {(overview) => <Overview key={overview.year} overview={overview} services={services} onChanged={refresh} />}
      </Loaded>
    </WebPartRoot>
  );
}

function Overview(props: { overview: MyEvaluationOverview; services: AppServices; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { overview, services } = props;
  const { me } = overview;
  const [chosen, setChosen] = React.useState<number | undefined>(undefined);
  const formRef = React.useRef<HTMLDivElement>(null);
  const heading = format(strings.MyPeriodsHeading, overview.year);
  const current = chosen !== undefined ? overview.periods.find((p) => p.period.id === chosen)?.period : periodToFillIn(overview.periods);
  const choose = (id: number): void => {
    setChosen(id);
    // Take keyboard and screen-reader users to the form they asked for.
    setTimeout(() => formRef.current && formRef.current.focus(), 0);
  };
  return (
    <>
      <p>
        <strong>{me.displayName}</strong>
        {me.jobTitle || me.department ? <span className={styles.muted}> · {[me.jobTitle, me.department].filter(Boolean).join(', ')}</span> : undefined}
      </p>
      {overview.ignoredActs > 0 ? (
        <MessageBar messageBarType={MessageBarType.warning}>{format(strings.IgnoredActsMine, overview.ignoredActs)}</MessageBar>
      ) : undefined}
      {current ? (
        <div ref={formRef} tabIndex={-1} aria-label={periodName(strings, current)}>
          <Deferred>
          <PeriodForm
            key={current.id}
            services={services}
            periodId={current.id}
            onChanged={() => {
              // Stay on this period (and its message) while the list below catches up.
              setChosen(current.id);
              props.onChanged();
            }}
          />
          </Deferred>
        </div>
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
              <th scope="col">
                <span className={styles.visuallyHidden}>{strings.MyPeriodOpen}</span>
              </th>
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
                <td>
                  {period.kind !== 'YEAR' && (!current || current.id !== period.id) ? (
                    <DefaultButton onClick={() => choose(period.id)} ariaLabel={format(strings.MyPeriodOpenNamed, periodName(strings, period))}>
                      {strings.MyPeriodOpen}
                    </DefaultButton>
                  ) : undefined}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Deferred>
        <MyYear services={services} year={overview.year} />
      </Deferred>
    </>
  );
}
