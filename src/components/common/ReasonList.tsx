import * as React from 'react';
import type { RatingReason } from '../../domain/rating/reasons';
import { clauseForReader, reasonMark, reasonMarkWords, reasonSign } from './reasonMark';
import { screenStyles as styles } from './Screen';
import { useUi } from './UiContext';

/**
 * The engine's reasons as a civil servant or a leader reads them: each with a sign in the person's
 * favour or not (spelled out for screen readers), the text, and the clause without HR's verification note.
 */
export function ReasonList(props: { reasons: readonly RatingReason[] }): JSX.Element {
  const { strings } = useUi();
  return (
    <ul>
      {props.reasons.map((r, i) => {
        const mark = reasonMark(r);
        return (
          <li key={i}>
            <span aria-hidden="true">{reasonSign(mark)} </span>
            <span className={styles.visuallyHidden}>{reasonMarkWords(strings, mark)}: </span>
            {clauseForReader(r.text)} <span className={styles.muted}>({clauseForReader(r.clause)})</span>
          </li>
        );
      })}
    </ul>
  );
}
