import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { MeetingMinutesPayload } from '../../domain/evaluation/actPayloads';
import {
  buildDecisionSheet,
  exceptionField,
  minutesPersonField,
  quotaField,
  ratingField,
  reasonsField,
  validateDecisions,
  validateMinutes,
  type DecisionSheet,
  type DecisionSheetInput,
  type SheetChoice,
  type SheetPerson
} from '../../domain/evaluation/decisionSheet';
import { parseTypedNumber, type FieldProblem } from '../../domain/evaluation/validation';
import { isRatingLevel, RATING_LEVELS, WHOLE_AGENCY, type QuotaScope, type RatingLevel, type RatingOutcome } from '../../domain/rating';
import type { AppServices } from '../../services/contracts';
import { blocked, type Availability } from '../../services/journey/availability';
import { FieldProblemsError, type DecisionInput, type UnitYearPerson, type UnitYearView } from '../../services/journey/unitYear';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { DraftStatus } from '../common/DraftStatus';
import { formatDate, formatScore, format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { LoadView } from '../common/LoadView';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct, type ActState } from '../common/useAct';
import { useDraft } from '../common/useDraft';
import { useLoad } from '../common/useLoad';
import { useUi } from '../common/UiContext';

type Strings = IDanhGiaStrings;

/** The four levels and "not rated" (law.md 3.1): what a decision may say. */
const DECISION_OUTCOMES: readonly RatingOutcome[] = [...RATING_LEVELS, 'NOT_CLASSIFIED'];

/**
 * A unit's year for its minutes keepers and its competent evaluator: the meeting's minutes, the
 * decision sheet with the HTXSNV quota live, publication, and the answers to complaints.
 */
export function UnitYearScreen(props: { services: AppServices; unitCode: string; year: number; onDone: () => void }): JSX.Element {
  const { services, unitCode, year } = props;
  const [load, reload] = useLoad(() => services.journey.unitYear.getUnitYear(unitCode, year), [services, unitCode, year]);
  return (
    <LoadView load={load} onRetry={reload}>
      {(view) => <UnitYearContent view={view} services={services} onChanged={reload} onDone={props.onDone} />}
    </LoadView>
  );
}

function UnitYearContent(props: { view: UnitYearView; services: AppServices; onChanged: () => void; onDone: () => void }): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  return (
    <div>
      <h3 className={styles.heading}>{format(strings.UnitTitle, view.year, view.unit.name)}</h3>
      <MinutesForm view={view} services={props.services} onChanged={props.onChanged} />
      <DecisionSheetForm view={view} services={props.services} onChanged={props.onChanged} />
      <Complaints view={view} services={props.services} onChanged={props.onChanged} />
      <div className={styles.actions}>
        <DefaultButton onClick={props.onDone}>{strings.UnitBack}</DefaultButton>
      </div>
    </div>
  );
}

// ---------------------------------------------------------------- minutes

interface MinutesEntryForm {
  comments: string;
  proposedRating: RatingLevel | '';
  votes: { [level: string]: string };
}

/** The minutes as typed: numbers stay text until checked, so "12," is not lost mid-typing. */
interface MinutesFormValue {
  heldOn: string;
  place: string;
  chairLogin: string;
  secretaryLogin: string;
  present: string;
  total: string;
  people: { [login: string]: MinutesEntryForm };
}

function minutesFormOf(view: UnitYearView): MinutesFormValue {
  const m = view.minutes;
  const people: { [login: string]: MinutesEntryForm } = {};
  view.minutesLogins.forEach((login) => {
    const entry = m ? m.people.find((e) => e.login === login) : undefined;
    const votes: { [level: string]: string } = {};
    RATING_LEVELS.forEach((level) => (votes[level] = entry && entry.votes && typeof entry.votes[level] === 'number' ? String(entry.votes[level]) : ''));
    people[login] = { comments: entry ? entry.comments : '', proposedRating: entry && isRatingLevel(entry.proposedRating) ? entry.proposedRating : '', votes };
  });
  return {
    heldOn: m ? m.heldOn : '',
    place: m ? m.place : '',
    chairLogin: m ? m.chairLogin : '',
    secretaryLogin: m ? m.secretaryLogin : '',
    present: m ? String(m.present) : '',
    total: m ? String(m.total) : String(view.minutesLogins.length),
    people
  };
}

function minutesPayloadOf(form: MinutesFormValue, approved: boolean): MeetingMinutesPayload {
  const number = (text: string): number => {
    const n = parseTypedNumber(text);
    return n === undefined ? (undefined as unknown as number) : n;
  };
  return {
    heldOn: form.heldOn.trim(),
    place: form.place,
    chairLogin: form.chairLogin,
    secretaryLogin: form.secretaryLogin,
    present: number(form.present),
    total: number(form.total),
    people: Object.keys(form.people)
      .filter((login) => form.people[login].comments.trim() || form.people[login].proposedRating)
      .map((login) => {
        const entry = form.people[login];
        const votes: { [level: string]: number } = {};
        Object.keys(entry.votes).forEach((level) => {
          if (entry.votes[level].trim()) votes[level] = number(entry.votes[level]);
        });
        return { login, comments: entry.comments, proposedRating: entry.proposedRating as RatingLevel, votes };
      }),
    approved
  };
}

function MinutesForm(props: { view: UnitYearView; services: AppServices; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { view, services } = props;
  const readOnly = !view.canRecordMinutes.allowed;
  const draft = useDraft<MinutesFormValue>({
    storageKey: `minutes:${view.unit.code}:${view.year}`,
    initial: minutesFormOf(view),
    initialVersion: view.minutes ? view.minutes.version : undefined,
    save: readOnly
      ? undefined
      : async (value, version) => {
          const saved = await services.journey.unitYear.recordMinutes(view.unit.code, view.year, minutesPayloadOf(value, false), version);
          return { version: saved.version };
        }
  });
  const act = useAct();
  const [serverProblems, setServerProblems] = React.useState<FieldProblem[]>([]);
  const form = draft.value;
  const problems = serverProblems.concat(validateMinutes(minutesPayloadOf(form, false), view.year, view.minutesLogins));
  const [showAll, setShowAll] = React.useState(false);
  const shown = showAll ? problems.concat(validateMinutes(minutesPayloadOf(form, true), view.year, view.minutesLogins)) : problems;
  const err = (field: string): string | undefined => fieldError(strings, shown, field);
  const set = (changes: Partial<MinutesFormValue>): void => {
    setServerProblems([]);
    draft.update({ ...form, ...changes });
  };
  const setEntry = (login: string, changes: Partial<MinutesEntryForm>): void => set({ people: { ...form.people, [login]: { ...form.people[login], ...changes } } });
  const nameOf = (login: string): string => {
    const p = view.people.find((x) => x.person.userPrincipalName === login);
    return p ? p.person.displayName : login;
  };
  const peopleOptions: IDropdownOption[] = view.people.map((p) => ({ key: p.person.userPrincipalName, text: p.person.displayName }));
  const levelOptions: IDropdownOption[] = RATING_LEVELS.map((level) => ({ key: level, text: ratingLabel(strings, level) }));

  const approve = async (): Promise<void> => {
    setShowAll(true);
    if (validateMinutes(minutesPayloadOf(form, true), view.year, view.minutesLogins).length > 0) return;
    const done = await act.run(async () => {
      const version = await draft.saveNow();
      try {
        return await services.journey.unitYear.recordMinutes(view.unit.code, view.year, minutesPayloadOf(form, true), version);
      } catch (error) {
        if (error instanceof FieldProblemsError) setServerProblems(error.problems);
        throw error;
      }
    });
    if (done) {
      draft.clear();
      props.onChanged();
    }
  };

  return (
    <section aria-labelledby="dgcc-unit-minutes" className={styles.form}>
      <h4 id="dgcc-unit-minutes">{strings.UnitMinutesHeading}</h4>
      {view.minutes ? (
        <p className={styles.muted}>
          {format(strings.UnitMinutesRecordedBy, view.minutes.recordedByName, formatDate(view.minutes.at, locale))}
          {view.minutes.approved ? ` ${strings.UnitMinutesApprovedMark}` : ''}
        </p>
      ) : undefined}
      <BlockedNote availability={view.canRecordMinutes} />
      <div className={styles.fieldRow}>
        <TextField label={strings.UnitMinutesDate} type="date" value={form.heldOn} readOnly={readOnly} onChange={(_e, v) => set({ heldOn: v || '' })} errorMessage={err('heldOn')} />
        <TextField label={strings.UnitMinutesPlace} value={form.place} readOnly={readOnly} onChange={(_e, v) => set({ place: v || '' })} errorMessage={err('place')} />
      </div>
      <div className={styles.fieldRow}>
        <Dropdown
          label={strings.UnitMinutesChair}
          options={peopleOptions}
          selectedKey={form.chairLogin || null}
          disabled={readOnly}
          onChange={(_e, o) => set({ chairLogin: o ? String(o.key) : '' })}
          errorMessage={err('chairLogin')}
        />
        <Dropdown
          label={strings.UnitMinutesSecretary}
          options={peopleOptions}
          selectedKey={form.secretaryLogin || null}
          disabled={readOnly}
          onChange={(_e, o) => set({ secretaryLogin: o ? String(o.key) : '' })}
          errorMessage={err('secretaryLogin')}
        />
        <TextField label={strings.UnitMinutesPresent} value={form.present} readOnly={readOnly} inputMode="numeric" onChange={(_e, v) => set({ present: v || '' })} errorMessage={err('present')} />
        <TextField label={strings.UnitMinutesTotal} value={form.total} readOnly={readOnly} inputMode="numeric" onChange={(_e, v) => set({ total: v || '' })} errorMessage={err('total')} />
      </div>
      {view.minutesLogins.map((login) => {
        const entry = form.people[login];
        const name = nameOf(login);
        return (
          <fieldset key={login}>
            <legend>{name}</legend>
            <TextField
              label={format(strings.UnitMinutesComments, name)}
              multiline
              autoAdjustHeight
              value={entry.comments}
              readOnly={readOnly}
              onChange={(_e, v) => setEntry(login, { comments: v || '' })}
              errorMessage={err(minutesPersonField(login, 'comments'))}
            />
            <div className={styles.fieldRow}>
              <Dropdown
                label={format(strings.UnitMinutesProposed, name)}
                options={levelOptions}
                selectedKey={entry.proposedRating || null}
                disabled={readOnly}
                onChange={(_e, o) => setEntry(login, { proposedRating: o ? (String(o.key) as RatingLevel) : '' })}
                errorMessage={err(minutesPersonField(login, 'proposedRating'))}
              />
              {RATING_LEVELS.map((level) => (
                <TextField
                  key={level}
                  label={format(strings.UnitMinutesVotes, ratingLabel(strings, level), name)}
                  value={entry.votes[level]}
                  readOnly={readOnly}
                  inputMode="numeric"
                  onChange={(_e, v) => setEntry(login, { votes: { ...entry.votes, [level]: v || '' } })}
                  errorMessage={err(minutesPersonField(login, `votes.${level}`))}
                />
              ))}
            </div>
            {err(minutesPersonField(login, 'votes')) ? <p role="alert">{err(minutesPersonField(login, 'votes'))}</p> : undefined}
          </fieldset>
        );
      })}
      {readOnly ? undefined : (
        <>
          <DraftStatus draft={draft} renderVersion={(v) => <MinutesSummary value={v} />} />
          <div className={styles.actions}>
            <PrimaryButton onClick={() => { approve().catch(() => undefined); }} disabled={act.busy}>
              {strings.UnitMinutesApprove}
            </PrimaryButton>
          </div>
        </>
      )}
      {/* Outside the form: approved minutes become read-only, and the message stays. */}
      <ActOutcome act={act} doneText={strings.UnitMinutesDone} />
    </section>
  );
}

function MinutesSummary(props: { value: MinutesFormValue }): JSX.Element {
  const { strings } = useUi();
  const v = props.value;
  return (
    <dl>
      <dt>{strings.UnitMinutesDate}</dt>
      <dd>{v.heldOn}</dd>
      <dt>{strings.UnitMinutesPlace}</dt>
      <dd>{v.place}</dd>
      <dt>{strings.UnitMinutesPresent}</dt>
      <dd>
        {v.present} / {v.total}
      </dd>
    </dl>
  );
}

// ---------------------------------------------------------------- decision sheet

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

function scopeName(strings: Strings, scope: string): string {
  return scope === WHOLE_AGENCY ? strings.UnitQuotaWholeAgency : scope;
}

function quotaLine(strings: Strings, scope: QuotaScope): string {
  const state = scope.violated ? format(strings.UnitQuotaExceeded, scope.excess) : strings.UnitQuotaWithin;
  const excepted = scope.exception ? ` ${strings.UnitQuotaExcepted}` : '';
  return `${format(strings.UnitQuotaScope, scopeName(strings, scope.scope), scope.countHTXSNV, scope.maxHTXSNV, scope.base)}: ${state}.${excepted}`;
}

function votesText(strings: Strings, votes: { [level: string]: number } | undefined): string {
  if (!votes) return '';
  return Object.keys(votes)
    .filter((level) => isRatingLevel(level))
    .map((level) => format(strings.UnitVotes, ratingLabel(strings, level as RatingLevel), votes[level]))
    .join('; ');
}

function DecisionSheetForm(props: { view: UnitYearView; services: AppServices; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { view, services } = props;
  const draft = useDraft<SheetValue>({ storageKey: `sheet:${view.unit.code}:${view.year}`, initial: initialChoices(view) });
  const decideAct = useAct();
  const publishAct = useAct();
  const [attempted, setAttempted] = React.useState(false);
  const [open, setOpen] = React.useState<{ [login: string]: boolean }>({});
  const choices = draft.value.choices;
  const input: DecisionSheetInput = { people: sheetPeople(view), others: view.restOfAgency, choices, decidedBy: view.actor.displayName };
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
  const nameOf = (login: string): string => (sheet.rows.find((r) => r.login === login) || { displayName: login }).displayName;
  const ratingOptions: IDropdownOption[] = DECISION_OUTCOMES.map((o) => ({ key: o, text: ratingLabel(strings, o) }));

  const decide = async (): Promise<void> => {
    setAttempted(true);
    if (!canDecide.allowed || problems.length > 0) return;
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
  const publish = async (): Promise<void> => {
    if (await publishAct.run(() => services.journey.unitYear.publish(view.unit.code, view.year))) props.onChanged();
  };

  return (
    <section aria-labelledby="dgcc-unit-sheet">
      <h4 id="dgcc-unit-sheet">{strings.UnitSheetHeading}</h4>
      <p role="status" aria-live="polite">
        {needsDecision.length > 0 ? format(strings.UnitNeedsDecisionCount, needsDecision.length) : ''}
      </p>
      <table className={styles.table}>
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
          {sheet.rows.map((row) => {
            const person = view.people.find((p) => p.person.userPrincipalName === row.login) as UnitYearPerson;
            const choice = choices[row.login] || { reasons: '' };
            const latest = person.decisions[person.decisions.length - 1];
            const showException = row.decidable && choice.rating === 'HTXSNV' && (sheet.quota.violated || !!choice.quotaException);
            return (
              <React.Fragment key={row.login}>
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
                          aria-expanded={!!open[row.login]}
                          aria-controls={`dgcc-reasons-${row.login}`}
                          onClick={() => setOpen({ ...open, [row.login]: !open[row.login] })}
                        >
                          {format(open[row.login] ? strings.UnitHideReasons : strings.UnitShowReasons, row.displayName)}
                        </DefaultButton>
                      </div>
                    ) : undefined}
                  </td>
                  <td>
                    {row.decidable ? (
                      <>
                        <Dropdown
                          label={format(strings.UnitRatingFor, row.displayName)}
                          placeholder={strings.UnitChoose}
                          options={ratingOptions}
                          selectedKey={choice.rating || null}
                          onChange={(_e, o) => choose(row.login, { rating: o ? (String(o.key) as RatingOutcome) : undefined })}
                          errorMessage={err(ratingField(row.login))}
                        />
                        <TextField
                          label={format(strings.UnitReasonsFor, row.displayName)}
                          multiline
                          autoAdjustHeight
                          value={choice.reasons}
                          onChange={(_e, v) => choose(row.login, { reasons: v || '' })}
                          errorMessage={err(reasonsField(row.login))}
                        />
                        {row.suggestedLowering ? <p className={styles.muted}>{strings.UnitLowerMark}</p> : undefined}
                        {showException ? (
                          <>
                            <TextField
                              label={format(strings.UnitExceptionFor, row.displayName)}
                              multiline
                              value={choice.quotaException ? choice.quotaException.reason : ''}
                              onChange={(_e, v) => choose(row.login, { quotaException: { reason: v || '', decisionReference: choice.quotaException ? choice.quotaException.decisionReference : undefined } })}
                              errorMessage={err(exceptionField(row.login))}
                            />
                            <TextField
                              label={format(strings.UnitExceptionReference, row.displayName)}
                              value={choice.quotaException && choice.quotaException.decisionReference ? choice.quotaException.decisionReference : ''}
                              onChange={(_e, v) => choose(row.login, { quotaException: { reason: choice.quotaException ? choice.quotaException.reason : '', decisionReference: v || undefined } })}
                            />
                          </>
                        ) : undefined}
                      </>
                    ) : (
                      <BlockedNote availability={person.canDecide} />
                    )}
                  </td>
                </tr>
                {open[row.login] && row.suggestion ? (
                  <tr id={`dgcc-reasons-${row.login}`}>
                    <td colSpan={7}>
                      <ul>
                        {row.suggestion.reasons.map((r, i) => (
                          <li key={i}>
                            {r.met ? '✓' : '✗'} {r.text} ({r.clause})
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : undefined}
              </React.Fragment>
            );
          })}
        </tbody>
      </table>

      <section aria-labelledby="dgcc-unit-quota">
        <h5 id="dgcc-unit-quota">{strings.UnitQuotaHeading}</h5>
        <div role="status" aria-live="polite">
          <ul>
            {sheet.quota.perScope.map((scope) => (
              <li key={scope.scope}>{quotaLine(strings, scope)}</li>
            ))}
          </ul>
          {sheet.lowerings.length > 0 ? <p>{format(strings.UnitLowerSuggestion, sheet.lowerings.map((l) => nameOf(l.personId)).join(', '))}</p> : undefined}
        </div>
        {sheet.lowerings.length > 0 ? <DefaultButton onClick={applyLowering}>{strings.UnitApplyLowering}</DefaultButton> : undefined}
      </section>

      <DraftStatus draft={draft} renderVersion={() => null} />
      {attempted && problems.length > 0 && !quotaBlocked ? <MessageBar messageBarType={MessageBarType.warning}>{strings.UnitFixProblems}</MessageBar> : undefined}
      <div className={styles.actions}>
        <PrimaryButton onClick={() => { decide().catch(() => undefined); }} disabled={!canDecide.allowed || decideAct.busy}>
          {strings.UnitDecide}
        </PrimaryButton>
        <PrimaryButton onClick={() => { publish().catch(() => undefined); }} disabled={!view.canPublish.allowed || publishAct.busy}>
          {strings.UnitPublish}
        </PrimaryButton>
      </div>
      <BlockedNote availability={canDecide} />
      <BlockedNote availability={view.canPublish} />
      <ActOutcome act={decideAct} doneText={strings.UnitDecidedDone} />
      <ActOutcome act={publishAct} doneText={strings.UnitPublishedDone} />
    </section>
  );
}

/** Why nobody here can be decided: the first person's reason (all share it in practice). */
function firstBlock(people: readonly UnitYearPerson[]): Availability {
  const found = people.find((p) => !p.canDecide.allowed);
  return found ? found.canDecide : blocked('NOT_COMPETENT_EVALUATOR');
}

// ---------------------------------------------------------------- complaints

function Complaints(props: { view: UnitYearView; services: AppServices; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const withComplaints = props.view.people.filter((p) => p.complaints.length > 0);
  // Here rather than in the answer form, which goes once the complaint is answered: the message stays.
  const answerAct = useAct();
  return (
    <section aria-labelledby="dgcc-unit-complaints">
      <h4 id="dgcc-unit-complaints">{strings.UnitComplaintsHeading}</h4>
      <ActOutcome act={answerAct} doneText={strings.UnitComplaintDone} />
      {withComplaints.length === 0 ? <p className={styles.muted}>{strings.UnitNoComplaints}</p> : undefined}
      {withComplaints.map((p) =>
        p.complaints.map((c) => (
          <article key={c.id} aria-label={format(strings.UnitComplaintFrom, p.person.displayName, formatDate(c.filedAt, locale))}>
            <h5>{format(strings.UnitComplaintFrom, p.person.displayName, formatDate(c.filedAt, locale))}</h5>
            <p>{c.text}</p>
            {c.answer ? (
              <p>
                {format(
                  strings.UnitComplaintAnswered,
                  c.answer.outcome === 'UPHELD' ? strings.UnitComplaintUpheld : strings.UnitComplaintRejected,
                  formatDate(c.answer.at, locale),
                  c.answer.text
                )}
              </p>
            ) : p.canAnswerComplaint.allowed ? (
              <AnswerForm view={props.view} person={p} complaintId={c.id} services={props.services} onChanged={props.onChanged} act={answerAct} />
            ) : (
              <BlockedNote availability={p.canAnswerComplaint} />
            )}
          </article>
        ))
      )}
    </section>
  );
}

function AnswerForm(props: { view: UnitYearView; person: UnitYearPerson; complaintId: number; services: AppServices; onChanged: () => void; act: ActState }): JSX.Element {
  const { strings } = useUi();
  const { person } = props;
  const name = person.person.displayName;
  const [text, setText] = React.useState('');
  const [outcome, setOutcome] = React.useState<'UPHELD' | 'REJECTED' | undefined>(undefined);
  const [rating, setRating] = React.useState<RatingOutcome | undefined>(undefined);
  const [reasons, setReasons] = React.useState('');
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const act = props.act;
  const send = async (): Promise<void> => {
    const found: FieldProblem[] = [];
    if (!text.trim()) found.push({ field: 'answer.text', code: 'REQUIRED' });
    if (!outcome) found.push({ field: 'answer.outcome', code: 'REQUIRED' });
    if (outcome === 'UPHELD' && !rating) found.push({ field: 'newDecision.rating', code: 'REQUIRED' });
    if (outcome === 'UPHELD' && !reasons.trim()) found.push({ field: 'newDecision.reasons', code: 'REQUIRED' });
    setProblems(found);
    if (found.length || !outcome) return;
    const newDecision = outcome === 'UPHELD' && rating ? { login: person.person.userPrincipalName, rating, reasons } : undefined;
    const done = await act.run(async () => {
      try {
        return await props.services.journey.unitYear.answerComplaint(props.complaintId, { text, outcome, newDecision });
      } catch (error) {
        if (error instanceof FieldProblemsError) setProblems(error.problems);
        throw error;
      }
    });
    if (done) props.onChanged();
  };
  return (
    <div className={styles.form}>
      <TextField
        label={format(strings.UnitComplaintAnswer, name)}
        multiline
        autoAdjustHeight
        value={text}
        onChange={(_e, v) => setText(v || '')}
        errorMessage={fieldError(strings, problems, 'answer.text')}
      />
      <ChoiceGroup
        label={strings.UnitComplaintOutcome}
        selectedKey={outcome || null}
        options={[
          { key: 'UPHELD', text: strings.UnitComplaintUpheld },
          { key: 'REJECTED', text: strings.UnitComplaintRejected }
        ]}
        onChange={(_e, o) => setOutcome(o ? (o.key as 'UPHELD' | 'REJECTED') : undefined)}
      />
      {fieldError(strings, problems, 'answer.outcome') ? <p role="alert">{fieldError(strings, problems, 'answer.outcome')}</p> : undefined}
      {outcome === 'UPHELD' ? (
        <>
          <Dropdown
            label={format(strings.UnitComplaintNewRating, name)}
            placeholder={strings.UnitChoose}
            options={DECISION_OUTCOMES.map((o) => ({ key: o, text: ratingLabel(strings, o) }))}
            selectedKey={rating || null}
            onChange={(_e, o) => setRating(o ? (String(o.key) as RatingOutcome) : undefined)}
            errorMessage={fieldError(strings, problems, 'newDecision.rating')}
          />
          <TextField
            label={format(strings.UnitComplaintNewReasons, name)}
            multiline
            value={reasons}
            onChange={(_e, v) => setReasons(v || '')}
            errorMessage={fieldError(strings, problems, 'newDecision.reasons')}
          />
        </>
      ) : undefined}
      <div className={styles.actions}>
        <PrimaryButton onClick={() => { send().catch(() => undefined); }} disabled={act.busy}>
          {strings.UnitComplaintSend}
        </PrimaryButton>
      </div>
    </div>
  );
}
