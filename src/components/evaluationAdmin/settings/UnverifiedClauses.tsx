import * as React from 'react';
import { unverifiedClauses } from '../../../domain/rating/clauseNote';
import { useUi } from '../../common/UiContext';

/**
 * The clauses the engine cites that are not yet checked against the decree's text. HR and the
 * administrators read the list here; the civil servants' and leaders' screens show the clauses without
 * the note (withoutVerificationNote).
 */
export function UnverifiedClauses(): JSX.Element {
  const { strings } = useUi();
  const list = unverifiedClauses();
  return (
    <section aria-labelledby="dgcc-settings-unverified">
      <h4 id="dgcc-settings-unverified">{strings.SetUnverifiedHeading}</h4>
      <p>{strings.SetUnverifiedIntro}</p>
      <ul>
        {list.map((clause) => (
          <li key={clause}>{clause}</li>
        ))}
      </ul>
    </section>
  );
}
