import * as React from 'react';
import type { UnitProgress } from '../../domain/evaluation/model';
import { RATING_LEVELS } from '../../domain/rating/ratingCodes';
import { format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { LoadView } from '../common/LoadView';
import type { RootProps } from '../common/RootProps';
import { Screen, screenStyles as styles } from '../common/Screen';
import { UiProvider, useUi } from '../common/UiContext';
import { useLoad } from '../common/useLoad';

export interface UnitDashboardProps extends RootProps {
  evaluationYear?: number;
}

/** "Tổng hợp đơn vị": progress and results of the units the user may see. */
export function UnitDashboard(props: UnitDashboardProps): JSX.Element {
  const year = props.evaluationYear || props.services.today().getFullYear();
  return (
    <UiProvider ui={{ strings: props.strings, locale: props.locale }}>
      <Screen title={props.strings.DashboardTitle}>
        <Progress {...props} year={year} />
      </Screen>
    </UiProvider>
  );
}

function Progress(props: UnitDashboardProps & { year: number }): JSX.Element {
  const { services, year } = props;
  const [load, reload] = useLoad(() => services.evaluation.getUnitProgress(year), [services, year]);
  return <LoadView load={load} onRetry={reload}>{(units) => <ProgressTable units={units} year={year} />}</LoadView>;
}

function ProgressTable({ units, year }: { units: UnitProgress[]; year: number }): JSX.Element {
  const { strings, locale } = useUi();
  const heading = format(strings.DashboardHeading, year);
  if (units.length === 0) {
    return (
      <>
        <h3 className={styles.heading}>{heading}</h3>
        <p>{format(strings.DashboardEmpty, year)}</p>
      </>
    );
  }
  const count = (n: number): string => new Intl.NumberFormat(locale).format(n);
  return (
    <table className={styles.table}>
      <caption>{heading}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ColumnUnit}</th>
          <th scope="col" className={styles.number}>{strings.ColumnStaff}</th>
          <th scope="col" className={styles.number}>{strings.ColumnSubmitted}</th>
          <th scope="col" className={styles.number}>{strings.ColumnReviewed}</th>
          <th scope="col" className={styles.number}>{strings.ColumnDecided}</th>
          {RATING_LEVELS.map((level) => (
            <th scope="col" className={styles.number} key={level}>
              <abbr title={ratingLabel(strings, level)}>{level}</abbr>
            </th>
          ))}
          <th scope="col" className={styles.number}>{strings.ColumnIgnored}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.unitCode}>
            <th scope="row">{unit.unitName}</th>
            <td className={styles.number}>{count(unit.staffCount)}</td>
            <td className={styles.number}>{count(unit.submittedCount)}</td>
            <td className={styles.number}>{count(unit.reviewedCount)}</td>
            <td className={styles.number}>{count(unit.decidedCount)}</td>
            {RATING_LEVELS.map((level) => (
              <td className={styles.number} key={level}>
                {count(unit.ratings[level] || 0)}
              </td>
            ))}
            <td className={styles.number}>{unit.ignoredActs ? <strong>{count(unit.ignoredActs)}</strong> : count(0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
