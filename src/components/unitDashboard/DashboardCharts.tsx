import * as React from 'react';
import { percentOf } from '../../domain/evaluation/dashboardTotals';
import { scoreHistogram, totalsOfRows } from '../../domain/evaluation/dashboardTree';
import type { DashboardView } from '../../domain/evaluation/model';
import { RATING_LEVELS } from '../../domain/rating/ratingCodes';
import { format } from '../common/format';
import { periodNameInSentence, ratingLabel } from '../common/labels';
import { screenStyles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { BarChart, type ChartBar } from './BarChart';
import styles from './BarChart.module.scss';

/**
 * The view at a glance over the units the reader may see: how far the year's steps are, the ratings
 * decided, and the period's approved scores by NĐ 335's bands (a histogram).
 */
export function DashboardCharts({ view }: { view: DashboardView }): JSX.Element {
  const { strings, locale } = useUi();
  const { units, year, period } = view;
  if (units.length === 0) return <></>;
  const totals = totalsOfRows(units);
  const decided = totals.year.decided;
  const count = (n: number): string => new Intl.NumberFormat(locale).format(n);
  const step = (key: string, label: string, n: number): ChartBar => ({ key, label, count: n, of: totals.staff, percent: percentOf(n, totals.staff) });
  const progress: ChartBar[] = [
    step('selfEvaluated', strings.DashYearSelfEvaluated, totals.year.selfEvaluated),
    step('inMinutes', strings.DashYearInMinutes, totals.year.inMinutes),
    step('decided', strings.ColumnDecided, decided),
    step('published', strings.DashYearPublished, totals.year.published)
  ];
  const ratings: ChartBar[] = RATING_LEVELS.map((level) => ({
    key: level,
    label: ratingLabel(strings, level),
    count: totals.ratings[level] || 0,
    of: decided,
    percent: percentOf(totals.ratings[level] || 0, decided)
  }));
  // Each person is placed in one unit: the rows' scores together are each approved score once.
  const scores = units.reduce<number[]>((all, u) => (u.period ? all.concat(u.period.scores) : all), []);
  const bands: ChartBar[] = scoreHistogram(scores)
    .slice()
    .reverse()
    .map((band) => ({
      key: band.key,
      label: strings[`DashBand_${band.key}` as keyof IDanhGiaStrings],
      count: band.count,
      of: scores.length,
      percent: percentOf(band.count, scores.length)
    }));
  return (
    <section aria-labelledby={`dgcc-overview-${year}`}>
      <h3 className={screenStyles.heading} id={`dgcc-overview-${year}`}>
        {format(strings.DashboardOverviewHeading, year)}
      </h3>
      <div className={styles.charts}>
        {period ? (
          <BarChart id={`dgcc-scores-${period.id}`} title={format(strings.DashHistogramChart, periodNameInSentence(strings, period), count(scores.length))} bars={bands} />
        ) : undefined}
        <BarChart id={`dgcc-progress-${year}`} title={format(strings.DashboardProgressChart, year, count(totals.staff), count(units.length))} bars={progress} />
        <BarChart id={`dgcc-ratings-${year}`} title={format(strings.DashboardRatingsChart, year, count(decided))} bars={ratings} />
      </div>
    </section>
  );
}
