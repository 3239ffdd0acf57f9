import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { exceptionField, ratingField, reasonsField, type SheetChoice, type SheetRow } from '../../domain/evaluation/decisionSheet';
import { isRatingLevel, type RatingLevel, type RatingOutcome } from '../../domain/rating';
import type { UnitYearPerson } from '../../services/journey/unitYear';
import { BlockedNote } from '../common/Availability';
import { formatScore, format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { ReasonList } from '../common/ReasonList';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { DECISION_OUTCOMES, ratingOptions } from './UnitYearParts';

type Strings = IDanhGiaStrings;

/** The meeting's votes for each level, in words. */
function votesText(strings: Strings, votes: { [level: string]: number } | undefined): string {
  if (!votes) return '';
  return Object.keys(votes)
    .filter((level) => isRatingLevel(level))
    .map((level) => format(strings.UnitVotes, ratingLabel(strings, level as RatingLevel), votes[level]))
    .join('; ');
}

export interface DecisionRowProps {
  row: SheetRow;
  person: UnitYearPerson;
  /** What is chosen for the person on this screen, so far. */
  choice: SheetChoice;
  /** Some scope holds more HTXSNV than its quota. */
  quotaViolated: boolean;
  /** Whether the engine's reasons are shown under the row. */
  reasonsOpen: boolean;
  onToggleReasons: () => void;
  error: (field: string) => string | undefined;
  onChoose: (changes: Partial<SheetChoice>) => void;
}

/**
 * One person on the decision sheet: what each step proposed (self, meeting, engine), the choice with its
 * reasons, and the engine's reasons on a row of their own below when asked for.
 */
export function DecisionRow(props: DecisionRowProps): JSX.Element {
  const { strings, locale } = useUi();
  const { row, person } = props;
  const latest = person.decisions[person.decisions.length - 1];
  return (
    <>
      <tr>
        <th scope="row">
          {row.displayName}
          {latest ? (
            <div className={styles.muted}>
              {format(strings.UnitDecided, ratingLabel(strings, latest.rating))} ({latest.published ? strings.UnitPublishedMark : strings.UnitNotPublishedMark})
            </div>
          ) : undefined}
        </th>
        <td>{row.taskGroup}</td>
        <td className={styles.number}>{row.score !== undefined ? formatScore(row.score, locale) : ''}</td>
        <td>{row.selfProposal ? ratingLabel(strings, row.selfProposal) : ''}</td>
        <td>
          {row.meetingProposal ? ratingLabel(strings, row.meetingProposal) : ''}
          {person.meeting && person.meeting.votes ? <div className={styles.muted}>{votesText(strings, person.meeting.votes)}</div> : undefined}
        </td>
        <td>
          {row.suggestion ? (
            row.needsDecision ? (
              <strong>{format(strings.UnitNeedsDecision, row.possibleOutcomes.map((o) => ratingLabel(strings, o)).join(', '))}</strong>
            ) : (
              ratingLabel(strings, row.suggestion.outcome)
            )
          ) : (
            <span className={styles.muted}>{strings.UnitNoSuggestion}</span>
          )}
          {row.suggestion && row.suggestion.reasons.length ? (
            <div>
              <DefaultButton
                aria-expanded={props.reasonsOpen}
                aria-controls={`dgcc-reasons-${row.login}`}
                onClick={props.onToggleReasons}
              >
                {format(props.reasonsOpen ? strings.UnitHideReasons : strings.UnitShowReasons, row.displayName)}
              </DefaultButton>
            </div>
          ) : undefined}
        </td>
        <td>
          {row.decidable ? (
            <DecisionChoice row={row} choice={props.choice} quotaViolated={props.quotaViolated} error={props.error} onChoose={props.onChoose} />
          ) : (
            <BlockedNote availability={person.canDecide} />
          )}
        </td>
      </tr>
      {props.reasonsOpen && row.suggestion ? (
        <tr id={`dgcc-reasons-${row.login}`}>
          <td colSpan={7}>
            <ReasonList reasons={row.suggestion.reasons} />
          </td>
        </tr>
      ) : undefined}
    </>
  );
}

interface DecisionChoiceProps {
  row: SheetRow;
  choice: SheetChoice;
  quotaViolated: boolean;
  error: (field: string) => string | undefined;
  onChoose: (changes: Partial<SheetChoice>) => void;
}

/** The rating chosen for a person the evaluator may decide, its reasons, and the quota exception an HTXSNV beyond the quota needs. */
function DecisionChoice(props: DecisionChoiceProps): JSX.Element {
  const { strings } = useUi();
  const { row, choice } = props;
  const showException = choice.rating === 'HTXSNV' && (props.quotaViolated || !!choice.quotaException);
  return (
    <>
      <Dropdown
        label={format(strings.UnitRatingFor, row.displayName)}
        placeholder={strings.UnitChoose}
        options={ratingOptions(strings, DECISION_OUTCOMES)}
        selectedKey={choice.rating || null}
        onChange={(_e, o) => props.onChoose({ rating: o ? (String(o.key) as RatingOutcome) : undefined })}
        errorMessage={props.error(ratingField(row.login))}
      />
      <TextField
        label={format(strings.UnitReasonsFor, row.displayName)}
        multiline
        autoAdjustHeight
        value={choice.reasons}
        onChange={(_e, v) => props.onChoose({ reasons: v || '' })}
        errorMessage={props.error(reasonsField(row.login))}
      />
      {row.suggestedLowering ? <p className={styles.muted}>{strings.UnitLowerMark}</p> : undefined}
      {showException ? (
        <>
          <TextField
            label={format(strings.UnitExceptionFor, row.displayName)}
            multiline
            value={choice.quotaException ? choice.quotaException.reason : ''}
            onChange={(_e, v) => props.onChoose({ quotaException: { reason: v || '', decisionReference: choice.quotaException ? choice.quotaException.decisionReference : undefined } })}
            errorMessage={props.error(exceptionField(row.login))}
          />
          <TextField
            label={format(strings.UnitExceptionReference, row.displayName)}
            value={choice.quotaException && choice.quotaException.decisionReference ? choice.quotaException.decisionReference : ''}
            onChange={(_e, v) => props.onChoose({ quotaException: { reason: choice.quotaException ? choice.quotaException.reason : '', decisionReference: v || undefined } })}
          />
        </>
      ) : undefined}
    </>
  );
}
