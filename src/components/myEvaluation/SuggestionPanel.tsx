import * as React from 'react';
import type { YearSuggestion } from '../../domain/evaluation/yearSuggestion';
import { format, formatScore } from '../common/format';
import { ratingLabel } from '../common/labels';
import { ReasonList } from '../common/ReasonList';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';

export interface SuggestionPanelProps {
  /** What the rules suggest; none until there is enough to go on. */
  suggestion?: YearSuggestion;
}

/** The engine's suggestion with every clause it checked, met or not spelled out (not only a colour or a sign). */
export function SuggestionPanel(props: SuggestionPanelProps): JSX.Element {
  const { strings, locale } = useUi();
  const s = props.suggestion;
  const headingId = 'dgcc-year-suggestion';
  return (
    <section aria-labelledby={headingId}>
      <h5 id={headingId} className={styles.heading}>
        {strings.YearSuggestionHeading}
      </h5>
      {!s ? (
        <p>{strings.YearSuggestionNone}</p>
      ) : (
        <>
          <p>
            <strong>{format(strings.YearSuggestionOutcome, ratingLabel(strings, s.outcome))}</strong>
            {s.score !== undefined ? ` · ${format(strings.YearSuggestionScore, formatScore(s.score, locale))}` : ''}
          </p>
          {s.outcome === 'NEEDS_DECISION' ? <p>{format(strings.YearSuggestionPossible, s.possibleOutcomes.map((o) => ratingLabel(strings, o)).join('; '))}</p> : undefined}
          <p className={styles.muted}>{strings.YearSuggestionNote}</p>
          <details>
            <summary>{strings.YearSuggestionReasons}</summary>
            <ReasonList reasons={s.reasons} />
          </details>
        </>
      )}
    </section>
  );
}
