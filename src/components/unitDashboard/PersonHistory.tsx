import * as React from 'react';
import type { HistoryPeriod } from '../../domain/evaluation/resultsSummary';
import { isRatingLevel } from '../../domain/rating/ratingCodes';
import { PersonHistoryNotAllowedError, type AppServices, type PersonHistoryView } from '../../services/contracts';
import { format, formatScore } from '../common/format';
import { periodName, ratingLabel } from '../common/labels';
import { LoadView } from '../common/LoadView';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { useLoad } from '../common/useLoad';
import { Notice, PlainButton } from '../common/ViewControls';
import own from './PersonHistory.module.scss';
import { ExportTables } from '../common/ExportTables';
import { fileSlug } from '../../domain/documents/tablesWorkbook';

export interface PersonHistoryProps {
  services: AppServices;
  /** The person's login (user principal name). */
  login: string;
  /** Closes the history (back to the drill-down); without it, no close button. */
  onClose?: () => void;
}

/**
 * A person's history (issue 13): every month's or quarter's approved score and every year's standing
 * rating, for those entitled (the person, their managers, the leaders of their units, HR); anyone else
 * is told plainly that they may not, and whom to ask.
 */
export function PersonHistory(props: PersonHistoryProps): JSX.Element {
  const { services, login } = props;
  const { strings } = useUi();
  const [load, reload] = useLoad(() => services.evaluation.getPersonHistory(login), [services, login]);
  const close = props.onClose ? <PlainButton onClick={props.onClose}>{strings.HistoryClose}</PlainButton> : undefined;
  if (load.state === 'failed' && load.error instanceof PersonHistoryNotAllowedError) {
    return (
      <Notice kind="warning" actions={close}>
        {strings.HistoryNotAllowed}
      </Notice>
    );
  }
  return (
    <LoadView load={load} onRetry={reload}>
      {(view) => <History view={view} close={close} />}
    </LoadView>
  );
}

function History(props: { view: PersonHistoryView; close?: JSX.Element }): JSX.Element {
  const { strings, locale } = useUi();
  const { view } = props;
  const headingId = `dgcc-history-${view.person.login.replace(/[^a-z0-9]/gi, '-')}`;
  const who = view.person.jobTitle ? format(strings.HistoryWho, view.person.jobTitle, view.person.unitName) : view.person.unitName;
  const shown = React.useRef<HTMLElement>(null);
  const heading = format(strings.HistoryHeading, view.person.displayName);
  return (
    <section aria-labelledby={headingId} ref={shown}>
      <h3 className={styles.heading} id={headingId}>
        {format(strings.HistoryHeading, view.person.displayName)}
      </h3>
      <p>{who}</p>
      {props.close}{' '}
      <ExportTables target={shown} title={heading} fileName={`qua-trinh-danh-gia-${fileSlug(view.person.displayName)}.xlsx`} label={strings.HistoryExport} />
      {view.ignoredActs > 0 ? <p>{format(strings.HistoryIgnored, view.ignoredActs)}</p> : undefined}
      <table className={styles.table}>
        <caption>{strings.HistoryYearsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.HistoryColYear}</th>
            <th scope="col">{strings.HistoryColRating}</th>
            <th scope="col">{strings.HistoryColPublished}</th>
          </tr>
        </thead>
        <tbody>
          {view.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{y.rating ? ratingLabel(strings, y.rating) : strings.HistoryNoDecision}</td>
              <td>{y.rating ? (y.published ? strings.HistoryPublished : strings.HistoryNotPublished) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScoreChart id={`${headingId}-chart`} name={view.person.displayName} periods={view.periods} />
      <table className={styles.table}>
        <caption>{strings.HistoryPeriodsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.HistoryColPeriod}</th>
            <th scope="col" className={styles.number}>{strings.HistoryColScore}</th>
            <th scope="col">{strings.HistoryColLevel}</th>
          </tr>
        </thead>
        <tbody>
          {view.periods.map((p) => (
            <tr key={p.periodId}>
              <th scope="row">{periodName(strings, p)}</th>
              <td className={styles.number}>{p.score !== undefined ? formatScore(p.score, locale) : strings.HistoryNoScore}</td>
              <td>{p.level && isRatingLevel(p.level) ? ratingLabel(strings, p.level) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const WIDTH = 600;
const HEIGHT = 150;
const LEFT = 28;
const TOP = 8;
const BOTTOM = 20;
/** The levels' thresholds on 100 points (NĐ 335/2025: 90, 70, 50), drawn as guides. */
const GUIDES = [50, 70, 90];

/**
 * The scores over the periods as a small line chart: an SVG image whose title and description carry
 * every figure (a screen reader hears it whole); the table below is its table alternative.
 */
function ScoreChart(props: { id: string; name: string; periods: readonly HistoryPeriod[] }): JSX.Element {
  const { strings, locale } = useUi();
  const scored = props.periods.filter((p) => p.score !== undefined);
  if (scored.length === 0) return <p>{strings.HistoryNoScores}</p>;
  const title = format(strings.HistoryChart, props.name, scored.length);
  const desc = scored.map((p) => format(strings.HistoryChartItem, periodName(strings, p), formatScore(p.score as number, locale))).join('; ');
  const plotWidth = WIDTH - LEFT - 8;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number): number => LEFT + (scored.length === 1 ? plotWidth / 2 : (i * plotWidth) / (scored.length - 1));
  const y = (score: number): number => TOP + plotHeight - (Math.max(0, Math.min(100, score)) / 100) * plotHeight;
  const points = scored.map((p, i) => `${x(i).toFixed(1)},${y(p.score as number).toFixed(1)}`).join(' ');
  return (
    <figure className={own.chart}>
      <figcaption className={own.caption}>{title}</figcaption>
      <svg className={own.svg} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <title id={`${props.id}-title`}>{title}</title>
        <desc id={`${props.id}-desc`}>{desc}</desc>
        {GUIDES.map((g) => (
          <g key={g}>
            <line className={own.guide} x1={LEFT} x2={WIDTH - 8} y1={y(g)} y2={y(g)} />
            <text className={own.label} x={0} y={y(g) + 4}>
              {g}
            </text>
          </g>
        ))}
        <polyline className={own.line} points={points} />
        {scored.map((p, i) => (
          <circle key={p.periodId} className={own.point} cx={x(i)} cy={y(p.score as number)} r={4} data-score={p.score} />
        ))}
        <text className={own.label} x={LEFT} y={HEIGHT - 4}>
          {periodName(strings, scored[0])}
        </text>
        {scored.length > 1 ? (
          <text className={own.label} x={WIDTH - 8} y={HEIGHT - 4} textAnchor="end">
            {periodName(strings, scored[scored.length - 1])}
          </text>
        ) : undefined}
      </svg>
    </figure>
  );
}
