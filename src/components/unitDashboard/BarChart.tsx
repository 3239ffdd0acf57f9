import * as React from 'react';
import { format } from '../common/format';
import { screenStyles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import styles from './BarChart.module.scss';

export interface ChartBar {
  key: string;
  label: string;
  count: number;
  /** What the count is out of (the staff, the people decided). */
  of: number;
  /** The bar's length: the count's share of `of`, in whole percent. */
  percent: number;
}

const ROW = 40;
const LABEL_BASELINE = 15;
const BAR_TOP = 21;
const BAR_HEIGHT = 14;

/**
 * A horizontal bar chart as an SVG image: its title and a sentence with every figure are its accessible
 * name and description (a screen reader reads it as one image), and the same figures are a table one
 * click away. Each bar's label sits on its own line above it, so the chart reads at a phone's width.
 */
export function BarChart(props: { id: string; title: string; bars: ChartBar[] }): JSX.Element {
  const { strings, locale } = useUi();
  const count = (n: number): string => new Intl.NumberFormat(locale).format(n);
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const summary = props.bars.map((bar) => format(strings.ChartSummaryItem, bar.label, count(bar.count), count(bar.of), bar.percent)).join('; ');
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.caption} id={`${props.id}-caption`}>
        {props.title}
      </figcaption>
      <svg className={styles.svg} role="img" aria-labelledby={`${titleId} ${descId}`} height={props.bars.length * ROW} width="100%">
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{summary}</desc>
        {props.bars.map((bar, i) => (
          <g key={bar.key} data-bar={bar.key}>
            <text className={styles.label} x={0} y={i * ROW + LABEL_BASELINE}>
              {`${bar.label}: ${format(strings.ChartShare, count(bar.count), count(bar.of), bar.percent)}`}
            </text>
            <rect className={styles.track} x={0} y={i * ROW + BAR_TOP} width="100%" height={BAR_HEIGHT} rx={2} />
            {bar.percent > 0 ? <rect className={styles.bar} x={0} y={i * ROW + BAR_TOP} width={`${bar.percent}%`} height={BAR_HEIGHT} rx={2} /> : undefined}
          </g>
        ))}
      </svg>
      <details className={styles.table}>
        <summary>{strings.ChartTableShow}</summary>
        <table className={screenStyles.table}>
          <caption className={screenStyles.visuallyHidden}>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ChartColumnFigure}</th>
              <th scope="col" className={screenStyles.number}>{strings.ChartColumnCount}</th>
              <th scope="col" className={screenStyles.number}>{strings.ChartColumnOf}</th>
              <th scope="col" className={screenStyles.number}>{strings.ChartColumnShare}</th>
            </tr>
          </thead>
          <tbody>
            {props.bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td className={screenStyles.number}>{count(bar.count)}</td>
                <td className={screenStyles.number}>{count(bar.of)}</td>
                <td className={screenStyles.number}>{`${bar.percent} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
