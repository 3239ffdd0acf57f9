import { Dropdown, type IDropdownStyles } from '@fluentui/react/lib/Dropdown';
import { TextField, type ITextFieldStyles } from '@fluentui/react/lib/TextField';
import { hiddenContentStyle } from '@fluentui/react/lib/Styling';
import * as React from 'react';
import { exceptionField, ratingField, reasonsField, type SheetChoice, type SheetRow } from '../../domain/evaluation/decisionSheet';
import { isRatingLevel, type RatingLevel, type RatingOutcome } from '../../domain/rating';
import type { UnitYearPerson } from '../../services/journey/unitYear';
import { blockedReasonText } from '../common/Availability';
import { formatScore, format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { ReasonList } from '../common/ReasonList';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import sheetStyles from './DecisionSheet.module.scss';
import { DECISION_OUTCOMES, ratingOptions } from './UnitYearParts';

/**
 * A level as ministries abbreviate it in their lists (HTXSNV, HTTNV, HTNV, KHTNV), shown short so that
 * rows compare at a glance in a narrow tab; screen readers read the full words (the legend under the
 * table and the mouse's tooltip say them too). "Not rated" has no abbreviation: said in full.
 */
export function RatingShort(props: { rating: RatingOutcome }): JSX.Element {
  const { strings } = useUi();
  const { rating } = props;
  if (!isRatingLevel(rating)) return <>{ratingLabel(strings, rating)}</>;
  return (
    <>
      <abbr title={ratingLabel(strings, rating)} aria-hidden="true">
        {rating}
      </abbr>
      <span className={styles.visuallyHidden}>{ratingLabel(strings, rating)}</span>
    </>
  );
}

/** The meeting's votes for each level, short. */
function Votes(props: { votes: { [level: string]: number } }): JSX.Element {
  const { strings } = useUi();
  const levels = Object.keys(props.votes).filter((level) => isRatingLevel(level));
  return (
    <span className={sheetStyles.note}>
      {levels.map((level, i) => (
        <React.Fragment key={level}>
          {i > 0 ? '; ' : ''}
          <RatingShort rating={level as RatingLevel} />
          {format(strings.UnitVotesShort, props.votes[level])}
        </React.Fragment>
      ))}
    </span>
  );
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

/** Fluent's controls at a compact density (issue 14): a 28 px dropdown, a one-line box that grows as typed. */
const COMPACT_DROPDOWN: Partial<IDropdownStyles> = {
  label: hiddenContentStyle,
  title: { height: 28, lineHeight: 26, fontSize: 13 },
  caretDownWrapper: { height: 28, lineHeight: 28 },
  dropdownItem: { minHeight: 28, fontSize: 13 },
  dropdownItemSelected: { minHeight: 28, fontSize: 13 }
};
// Fluent gives a multiline field a 60 px box; one line that grows as the reasons are typed is enough here.
const COMPACT_TEXT: Partial<ITextFieldStyles> = { fieldGroup: { minHeight: 28 }, field: { minHeight: 26, padding: '4px 8px', fontSize: 13, lineHeight: 18 } };
/** The same, its label read by screen readers only: the column's header names it on screen. */
const COMPACT_TEXT_UNLABELLED: Partial<ITextFieldStyles> = { ...COMPACT_TEXT, subComponentStyles: { label: { root: hiddenContentStyle } } };

/**
 * One person on the decision sheet: what each step proposed (self, meeting, engine), the choice with its
 * reasons, and the engine's reasons on a row of their own below when asked for. Compact: the column
 * headers name the fields, so the controls' labels are read by screen readers only (with the person's
 * name), and a person who cannot be decided here says why in a line, not a message box per row.
 */
export function DecisionRow(props: DecisionRowProps): JSX.Element {
  const { strings, locale } = useUi();
  const { row, person } = props;
  const latest = person.decisions[person.decisions.length - 1];
  // A published decision already says why it cannot be decided again: its mark "(đã công khai)".
  const whyNot = !row.decidable && !(latest && latest.published) && !person.canDecide.allowed ? blockedReasonText(strings, person.canDecide.reason) : undefined;
  return (
    <>
      <tr>
        <th scope="row">
          {row.displayName}
          {person.person.jobTitle ? <span className={sheetStyles.note}>{person.person.jobTitle}</span> : undefined}
          {latest ? (
            <span className={sheetStyles.note}>
              {format(strings.UnitDecided, ratingLabel(strings, latest.rating))} ({latest.published ? strings.UnitPublishedMark : strings.UnitNotPublishedMark})
            </span>
          ) : undefined}
        </th>
        <td className={sheetStyles.group}>{row.taskGroup}</td>
        <td className={sheetStyles.number}>{row.score !== undefined ? formatScore(row.score, locale) : ''}</td>
        <td>{row.selfProposal ? <RatingShort rating={row.selfProposal} /> : ''}</td>
        <td>
          {row.meetingProposal ? <RatingShort rating={row.meetingProposal} /> : ''}
          {person.meeting && person.meeting.votes ? <Votes votes={person.meeting.votes} /> : undefined}
        </td>
        <td>
          {row.suggestion ? (
            row.needsDecision ? (
              <strong>{format(strings.UnitNeedsDecision, row.possibleOutcomes.map((o) => ratingLabel(strings, o)).join(', '))}</strong>
            ) : (
              <RatingShort rating={row.suggestion.outcome} />
            )
          ) : (
            <span className={styles.muted}>{strings.UnitNoSuggestion}</span>
          )}
          {row.suggestion && row.suggestion.reasons.length ? (
            <button
              type="button"
              className={sheetStyles.reasonsToggle}
              aria-expanded={props.reasonsOpen}
              aria-controls={`dgcc-reasons-${row.login}`}
              aria-label={format(props.reasonsOpen ? strings.UnitHideReasons : strings.UnitShowReasons, row.displayName)}
              onClick={props.onToggleReasons}
            >
              {props.reasonsOpen ? strings.UnitHideReasonsShort : strings.UnitShowReasonsShort}
            </button>
          ) : undefined}
        </td>
        <td>
          {row.decidable ? (
            <DecisionChoice row={row} choice={props.choice} quotaViolated={props.quotaViolated} error={props.error} onChoose={props.onChoose} />
          ) : whyNot ? (
            <span className={sheetStyles.note}>{whyNot}</span>
          ) : undefined}
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
    <div className={sheetStyles.choice}>
      <Dropdown
        label={format(strings.UnitRatingFor, row.displayName)}
        placeholder={strings.UnitChoose}
        options={ratingOptions(strings, DECISION_OUTCOMES)}
        selectedKey={choice.rating || null}
        onChange={(_e, o) => props.onChoose({ rating: o ? (String(o.key) as RatingOutcome) : undefined })}
        errorMessage={props.error(ratingField(row.login))}
        styles={COMPACT_DROPDOWN}
      />
      <TextField
        label={format(strings.UnitReasonsFor, row.displayName)}
        placeholder={strings.UnitReasonsPlaceholder}
        multiline
        rows={1}
        autoAdjustHeight
        resizable={false}
        value={choice.reasons}
        onChange={(_e, v) => props.onChoose({ reasons: v || '' })}
        errorMessage={props.error(reasonsField(row.login))}
        styles={COMPACT_TEXT_UNLABELLED}
      />
      {row.suggestedLowering ? <span className={sheetStyles.note}>{strings.UnitLowerMark}</span> : undefined}
      {showException ? (
        <>
          <TextField
            label={format(strings.UnitExceptionFor, row.displayName)}
            multiline
            rows={2}
            autoAdjustHeight
            value={choice.quotaException ? choice.quotaException.reason : ''}
            onChange={(_e, v) => props.onChoose({ quotaException: { reason: v || '', decisionReference: choice.quotaException ? choice.quotaException.decisionReference : undefined } })}
            errorMessage={props.error(exceptionField(row.login))}
            styles={COMPACT_TEXT}
          />
          <TextField
            label={format(strings.UnitExceptionReference, row.displayName)}
            value={choice.quotaException && choice.quotaException.decisionReference ? choice.quotaException.decisionReference : ''}
            onChange={(_e, v) => props.onChoose({ quotaException: { reason: choice.quotaException ? choice.quotaException.reason : '', decisionReference: v || undefined } })}
          />
        </>
      ) : undefined}
    </div>
  );
}
