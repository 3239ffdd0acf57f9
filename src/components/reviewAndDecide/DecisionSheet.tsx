import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as React from 'react';
import {
  buildDecisionSheet,
  quotaField,
  validateDecisions,
  type DecisionSheet,
  type DecisionSheetInput,
  type SheetChoice,
  type SheetPerson
} from '../../domain/evaluation/decisionSheet';
import { isRatingLevel, RATING_LEVELS, type RatingOutcome } from '../../domain/rating';
import { blocked, type Availability } from '../../services/journey/availability';
import type { DecisionInput, UnitYearPerson, UnitYearView } from '../../services/journey/unitYear';
import { DraftStatus } from '../common/DraftStatus';
import { format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct } from '../common/useAct';
import { useDraft } from '../common/useDraft';
import { useUi } from '../common/UiContext';
import { DecideAndPublish } from './DecideAndPublish';
import { DecisionRow } from './DecisionRow';
import sheetStyles from './DecisionSheet.module.scss';
import { QuotaLine } from './QuotaLine';
import type { UnitYearSectionProps } from './UnitYearParts';

/** The sheet's draft: each person's choice so far, by login. */
interface SheetValue {
  choices: { [login: string]: SheetChoice };
}

function initialChoices(view: UnitYearView): SheetValue {
  const choices: { [login: string]: SheetChoice } = {};
  view.people.forEach((p) => {
    const latest = p.decisions[p.decisions.length - 1];
    // A decision not yet published is where the evaluator left off; otherwise nothing is chosen yet.
    if (latest && !latest.published && p.canDecide.allowed) {
      choices[p.person.userPrincipalName] = { rating: latest.rating, reasons: latest.reasons, quotaException: latest.quotaException ? { reason: latest.quotaException.reason, decisionReference: latest.quotaException.decisionReference } : undefined };
    }
  });
  return { choices };
}

/** The people as the sheet's rules read them: what each step proposed and what stands decided. */
function sheetPeople(view: UnitYearView): SheetPerson[] {
  return view.people.map((p) => {
    const latest = p.decisions[p.decisions.length - 1];
    return {
      login: p.person.userPrincipalName,
      displayName: p.person.displayName,
      taskGroup: p.taskGroup,
      decidable: p.canDecide.allowed,
      suggestion: p.suggestion,
      selfProposal: p.selfEvaluation && isRatingLevel(p.selfEvaluation.proposedRating) ? p.selfEvaluation.proposedRating : undefined,
      meeting: p.meeting && isRatingLevel(p.meeting.proposedRating) ? { proposedRating: p.meeting.proposedRating, votes: p.meeting.votes } : undefined,
      currentDecision: latest ? { rating: latest.rating, published: latest.published, quotaException: latest.quotaException } : undefined
    };
  });
}

/** Why nobody here can be decided: the first person's reason (all share it in practice). */
function firstBlock(people: readonly UnitYearPerson[]): Availability {
  const found = people.find((p) => !p.canDecide.allowed);
  return found ? found.canDecide : blocked('NOT_COMPETENT_EVALUATOR');
}

export interface DecisionSheetFormProps extends UnitYearSectionProps {}

/**
 * The competent evaluator's decision sheet: everyone of the unit with what each step proposed, the
 * choices kept as a draft, the HTXSNV quota live, then deciding and publishing.
 */
export function DecisionSheetForm(props: DecisionSheetFormProps): JSX.Element {
  const { strings } = useUi();
  const { view, services } = props;
  const draft = useDraft<SheetValue>({ storageKey: `sheet:${view.unit.code}:${view.year}`, initial: initialChoices(view) });
  const decideAct = useAct();
  const [attempted, setAttempted] = React.useState(false);
  const [open, setOpen] = React.useState<{ [login: string]: boolean }>({});
  const choices = draft.value.choices;
  // HR's quota settings in force for the year, as the server judges the decisions (not the defaults).
  const input: DecisionSheetInput = { people: sheetPeople(view), others: view.restOfAgency, choices, decidedBy: view.actor.displayName, settings: view.quotaSettings };
  const sheet: DecisionSheet = buildDecisionSheet(input);
  const problems = validateDecisions(input);
  const shownProblems = attempted ? problems : problems.filter((p) => p.code !== 'REQUIRED');
  const err = (field: string): string | undefined => fieldError(strings, shownProblems, field);
  const decidable = view.people.filter((p) => p.canDecide.allowed);
  const quotaBlocked = problems.some((p) => p.field.indexOf(quotaField('')) === 0);
  const canDecide: Availability = decidable.length === 0 ? firstBlock(view.people) : quotaBlocked ? blocked('QUOTA_EXCEEDED') : { allowed: true };
  const needsDecision = sheet.rows.filter((r) => r.decidable && r.needsDecision);
  const choose = (login: string, changes: Partial<SheetChoice>): void => {
    const current = choices[login] || { reasons: '' };
    draft.update({ choices: { ...choices, [login]: { ...current, ...changes } } });
  };
  const applyLowering = (): void => {
    const next = { ...choices };
    sheet.lowerings.forEach((l) => (next[l.personId] = { ...(next[l.personId] || { reasons: '' }), rating: 'HTTNV', quotaException: undefined }));
    draft.update({ choices: next });
  };

  const decide = async (): Promise<void> => {
    setAttempted(true);
    if (!canDecide.allowed || problems.length > 0) {
      // The problems speak now, not the message of an earlier decision.
      decideAct.reset();
      return;
    }
    const decisions: DecisionInput[] = decidable.map((p) => {
      const c = choices[p.person.userPrincipalName];
      return {
        login: p.person.userPrincipalName,
        rating: c.rating as RatingOutcome,
        reasons: c.reasons,
        quotaException: c.rating === 'HTXSNV' && c.quotaException && c.quotaException.reason.trim() ? c.quotaException : undefined
      };
    });
    if (await decideAct.run(() => services.journey.unitYear.decide(view.unit.code, view.year, decisions))) {
      draft.clear();
      props.onChanged();
    }
  };

  return (
    <section aria-labelledby="dgcc-unit-sheet">
      <h4 id="dgcc-unit-sheet">{strings.UnitSheetHeading}</h4>
      <p role="status" aria-live="polite" className={sheetStyles.live}>
        {needsDecision.length > 0 ? format(strings.UnitNeedsDecisionCount, needsDecision.length) : ''}
      </p>
      <div className={sheetStyles.scroll}>
        <table className={sheetStyles.sheet}>
          <caption className={styles.visuallyHidden}>{strings.UnitSheetHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.UnitColPerson}</th>
              <th scope="col">{strings.UnitColGroup}</th>
              <th scope="col">{strings.UnitColScore}</th>
              <th scope="col">{strings.UnitColSelf}</th>
              <th scope="col">{strings.UnitColMeeting}</th>
              <th scope="col">{strings.UnitColSuggestion}</th>
              <th scope="col">{strings.UnitColRating}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row) => (
              <DecisionRow
                key={row.login}
                row={row}
                person={view.people.find((p) => p.person.userPrincipalName === row.login) as UnitYearPerson}
                choice={choices[row.login] || { reasons: '' }}
                quotaViolated={sheet.quota.violated}
                reasonsOpen={!!open[row.login]}
                onToggleReasons={() => setOpen({ ...open, [row.login]: !open[row.login] })}
                error={err}
                onChoose={(changes) => choose(row.login, changes)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className={sheetStyles.note}>{format(strings.UnitRatingLegend, RATING_LEVELS.map((level) => `${level} – ${ratingLabel(strings, level)}`).join('; '))}</p>

      <QuotaLine sheet={sheet} settings={view.quotaSettings} onApplyLowering={applyLowering} />

      {decidable.length > 0 ? <DraftStatus draft={draft} renderVersion={() => null} /> : undefined}
      {attempted && problems.length > 0 && !quotaBlocked ? <MessageBar messageBarType={MessageBarType.warning}>{strings.UnitFixProblems}</MessageBar> : undefined}
      <DecideAndPublish
        view={view}
        services={services}
        canDecide={canDecide}
        decideAct={decideAct}
        onDecide={() => {
          decide().catch(() => undefined);
        }}
        onChanged={props.onChanged}
      />
    </section>
  );
}
