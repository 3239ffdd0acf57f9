import * as React from 'react';
import type { DecisionRecord } from '../../services/journey/year';
import { format, formatDate } from '../common/format';
import { ratingLabel } from '../common/labels';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { PRESERVE_LINES } from './YearParts';

export interface YearResultProps {
  /** Every decision about the year, oldest first: the last one stands. */
  decisions: DecisionRecord[];
}

/** The published rating with who decided it and why, and, once it was decided again, every decision in turn. */
export function YearResult(props: YearResultProps): JSX.Element {
  const { strings, locale } = useUi();
  const { decisions } = props;
  const current = decisions[decisions.length - 1];
  return (
    <>
      <h4 className={styles.heading}>{strings.YearResultHeading}</h4>
      {!current ? (
        <p>{strings.YearResultNotPublished}</p>
      ) : (
        <>
          <p>
            <strong>{ratingLabel(strings, current.rating)}</strong> · {format(strings.YearResultDecidedBy, current.decidedByName, formatDate(current.at, locale))}
          </p>
          {current.reasons ? (
            <>
              <p>{strings.YearResultReasons}:</p>
              <p style={PRESERVE_LINES}>{current.reasons}</p>
            </>
          ) : undefined}
          {current.quotaException ? <p>{format(strings.YearQuotaException, current.quotaException.reason)}</p> : undefined}
        </>
      )}
      {decisions.length > 1 ? (
        <table className={styles.table}>
          <caption>{strings.YearHistoryHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.YearColumnDate}</th>
              <th scope="col">{strings.ColumnRating}</th>
              <th scope="col">{strings.YearColumnDecidedBy}</th>
              <th scope="col">{strings.YearColumnState}</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d, i) => (
              <tr key={d.id}>
                <th scope="row">{formatDate(d.at, locale)}</th>
                <td>{ratingLabel(strings, d.rating)}</td>
                <td>{d.decidedByName}</td>
                <td>{i === decisions.length - 1 ? strings.YearHistoryCurrent : strings.YearHistorySuperseded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : undefined}
    </>
  );
}
