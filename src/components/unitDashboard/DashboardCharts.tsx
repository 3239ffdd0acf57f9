import * as React from 'react';
import { percentOf, totalsOf } from '../../domain/evaluation/dashboardTotals';
import type { UnitProgress } from '../../domain/evaluation/model';
import { RATING_LEVELS } from '../../domain/rating/ratingCodes';
import { format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { screenStyles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { BarChart, type ChartBar } from './BarChart';
import styles from './BarChart.module.scss';

/** The year at a glance over the units the reader may see: how far the cycle is, and the ratings decided. */
export function DashboardCharts({ units, year }: { units: readonly UnitProgress[]; year: number }): JSX.Element {
  const { strings, locale } = useUi();
  if (units.length === 0) return <></>;
  const totals = totalsOf(units);
  const count = (n: number): string => new Intl.NumberFormat(locale).format(n);
  const step = (key: string, label: string, n: number): ChartBar => ({ key, label, count: n, of: totals.staff, percent: percentOf(n, totals.staff) });
  const progress: ChartBar[] = [
    step('submitted', strings.ColumnSubmitted, totals.submitted),
    step('reviewed', strings.ColumnReviewed, totals.reviewed),
    step('decided', strings.ColumnDecided, totals.decided)
  ];
  const ratings: ChartBar[] = RATING_LEVELS.map((level) => ({
    key: level,
    label: ratingLabel(strings, level),
    count: totals.ratings[level],
    of: totals.decided,
    percent: percentOf(totals.ratings[level], totals.decided)
  }));
  return (
    <section aria-labelledby={`dgcc-overview-${year}`}>
      <h3 className={screenStyles.heading} id={`dgcc-overview-${year}`}>
        {format(strings.DashboardOverviewHeading, year)}
      </h3>
      <div className={styles.charts}>
        <BarChart id={`dgcc-progress-${year}`} title={format(strings.DashboardProgressChart, year, count(totals.staff), count(totals.units))} bars={progress} />
        <BarChart id={`dgcc-ratings-${year}`} title={format(strings.DashboardRatingsChart, year, count(totals.decided))} bars={ratings} />
      </div>
    </section>
  );
}
