import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { getTheme } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { SelfEvaluationCircumstances, SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import {
  COMPLAINT_MAX_LENGTH,
  emptySelfEvaluation,
  selfEvaluationFormFor,
  validateComplaint,
  validateSelfEvaluation,
  type SelfEvaluationForm
} from '../../domain/evaluation/selfEvaluationForm';
import { parseTypedNumber, type FieldProblem } from '../../domain/evaluation/validation';
import { suggestYear, type YearSuggestion } from '../../domain/evaluation/yearSuggestion';
import { RATING_LEVELS, type CriterionAssessment, type LocalizedText, type Nd90Criteria, type Nd90LeaderFacts, type Nd90TaskResults, type RatingLevel } from '../../domain/rating';
import type { AppServices } from '../../services/contracts';
import { FormProblemsError } from '../../services/journey/period';
import type { DecisionRecord, MyYearView } from '../../services/journey/year';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { DraftStatus } from '../common/DraftStatus';
import { format, formatDate, formatScore } from '../common/format';
import { ratingLabel } from '../common/labels';
import { LoadView } from '../common/LoadView';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct } from '../common/useAct';
import { useDraft } from '../common/useDraft';
import { useLoad } from '../common/useLoad';
import { useUi } from '../common/UiContext';

type Strings = IDanhGiaStrings;

/** What people typed keeps its line breaks, and is rendered as text. */
const PRESERVE_LINES: React.CSSProperties = { whiteSpace: 'pre-wrap' };

/**
 * "Đánh giá của tôi" for the year: the self-evaluation (Mẫu 02 under NĐ 90/48, the yearly summary under
 * NĐ 335) beside what the rules suggest, then the published result with its history, and complaints.
 */
export function MyYear(props: { services: AppServices; year: number }): JSX.Element {
  const { strings } = useUi();
  const { services, year } = props;
  const [load, reload] = useLoad(() => services.journey.year.getMyYear(year), [services, year]);
  const headingId = `dgcc-year-${year}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {format(strings.YearHeading, year)}
      </h3>
      <LoadView load={load} onRetry={reload}>
        {(view) => <YearContent view={view} services={services} onChanged={reload} />}
      </LoadView>
    </section>
  );
}

function YearContent(props: { view: MyYearView; services: AppServices; onChanged: () => void }): JSX.Element {
  return (
    <>
      <SelfEvaluationSection {...props} />
      <ResultSection decisions={props.view.decisions} />
      <ComplaintSection {...props} />
    </>
  );
}

/** A form's text in the page's language (the form definitions carry both). */
function localized(text: LocalizedText, locale: string): string {
  return locale.toLowerCase().indexOf('en') === 0 ? text['en-US'] : text['vi-VN'];
}

// ------------------------------------------------------------------ self-evaluation

function SelfEvaluationSection(props: { view: MyYearView; services: AppServices; onChanged: () => void }): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  const submit = useAct();
  return (
    <>
      <h4 className={styles.heading}>{strings.YearSelfEvaluationHeading}</h4>
      {view.canSelfEvaluate.allowed && view.ruleSetId ? (
        <SelfEvaluationEditor {...props} ruleSetId={view.ruleSetId} act={submit} />
      ) : (
        <>
          <BlockedNote availability={view.canSelfEvaluate} />
          {view.selfEvaluation ? <SubmittedSelfEvaluation view={view} /> : <p>{strings.YearNotStarted}</p>}
          {view.suggestion ? <SuggestionPanel suggestion={view.suggestion} /> : undefined}
        </>
      )}
      <ActOutcome act={submit} doneText={strings.YearSubmitDone} />
    </>
  );
}

function SelfEvaluationEditor(props: {
  view: MyYearView;
  services: AppServices;
  onChanged: () => void;
  ruleSetId: NonNullable<MyYearView['ruleSetId']>;
  act: ReturnType<typeof useAct>;
}): JSX.Element {
  const { strings, locale } = useUi();
  const { view, services, ruleSetId, act } = props;
  const year = view.year;
  const form = selfEvaluationFormFor(ruleSetId, view.isLeader);
  const draft = useDraft<SelfEvaluationPayload>({
    storageKey: `self:${view.me.userPrincipalName}:${year}`,
    initial: view.selfEvaluation ?? emptySelfEvaluation(ruleSetId, view.isLeader),
    initialVersion: view.selfEvaluationVersion,
    // A draft is never a submission, whatever the browser's copy says.
    save: (value, version) => services.journey.year.saveSelfEvaluation(year, { ...value, submitted: false }, version).then((r) => ({ version: r.version }))
  });
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const value = draft.value;
  const set = (changes: Partial<SelfEvaluationPayload>): void => draft.update({ ...value, ...changes });
  const error = (field: string): string | undefined => fieldError(strings, problems, field);
  // The suggestion follows the form as it is filled in, from the same rules the evaluator sees.
  const suggestion = suggestYear({
    year,
    ruleSetId,
    isLeader: view.isLeader,
    periodScores: view.periodScores.map((p) => ({ kind: p.period.kind === 'QUARTER' ? 'QUARTER' : 'MONTH', index: p.period.index || 0, score: p.score, level: p.level })),
    selfEvaluation: value
  });

  const onSubmit = (): void => {
    const submission: SelfEvaluationPayload = { ...value, submitted: true };
    const found = validateSelfEvaluation(submission, view.isLeader);
    setProblems(found);
    if (found.length > 0) return;
    act
      .run(async () => {
        const version = await draft.saveNow();
        try {
          const result = await services.journey.year.saveSelfEvaluation(year, submission, version ?? view.selfEvaluationVersion);
          draft.clear();
          return result;
        } catch (e) {
          if (e instanceof FormProblemsError) setProblems(e.problems);
          throw e;
        }
      })
      .then((done) => done && props.onChanged())
      .catch(() => undefined);
  };

  return (
    <div className={styles.form}>
      {form.parts.map((part) => (
        <fieldset key={part.id}>
          <legend>{localized(part.title, locale)}</legend>
          {part.fields.map((f) => {
            const text = value.sections[f.id] || '';
            return (
              <TextField
                key={f.id}
                label={localized(f.label, locale)}
                multiline
                autoAdjustHeight
                required={f.required}
                value={text}
                onChange={(_e, next) => set({ sections: { ...value.sections, [f.id]: next || '' } })}
                description={format(strings.YearCharacterCount, text.length, f.maxLength)}
                errorMessage={error(`sections.${f.id}`)}
              />
            );
          })}
        </fieldset>
      ))}
      {form.criteria.length > 0 ? <CriteriaFields form={form} value={value} set={set} error={error} /> : undefined}
      {form.taskCounts && value.tasks ? <TaskFields tasks={value.tasks} onChange={(tasks) => set({ tasks })} error={error} /> : undefined}
      {form.taskCounts && view.isLeader && value.leader ? <LeaderFields leader={value.leader} onChange={(leader) => set({ leader })} error={error} /> : undefined}
      <CircumstanceFields
        ruleSetId={ruleSetId}
        isLeader={view.isLeader}
        circumstances={value.circumstances ?? { monthsWorked: 12, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: false }}
        onChange={(circumstances) => set({ circumstances })}
        error={error}
      />
      <div className={styles.fieldRow}>
        <ChoiceGroup
          label={strings.YearProposedRating}
          required
          selectedKey={value.proposedRating}
          options={RATING_LEVELS.map((level): IChoiceGroupOption => ({ key: level, text: ratingLabel(strings, level) }))}
          onChange={(_e, option) => option && set({ proposedRating: option.key as RatingLevel })}
        />
      </div>
      <SuggestionPanel suggestion={suggestion} />
      <DraftStatus draft={draft} renderVersion={(v) => <SelfEvaluationSummary form={form} value={v} />} />
      {problems.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {format(strings.YearSubmitProblems, problems.length)}
        </MessageBar>
      ) : undefined}
      <div className={styles.actions}>
        <PrimaryButton onClick={onSubmit} disabled={act.busy || draft.status === 'conflict'}>
          {strings.YearSubmit}
        </PrimaryButton>
      </div>
    </div>
  );
}

function criterionOptions(strings: Strings): IChoiceGroupOption[] {
  return [
    { key: 'good', text: strings.YearCriterionGood },
    { key: 'meets', text: strings.YearCriterionMeets },
    { key: 'fails', text: strings.YearCriterionFails }
  ];
}

function criterionLabel(strings: Strings, key: keyof Nd90Criteria): string {
  return strings[`YearCriterion_${key}` as keyof Strings];
}

function CriteriaFields(props: {
  form: SelfEvaluationForm;
  value: SelfEvaluationPayload;
  set: (changes: Partial<SelfEvaluationPayload>) => void;
  error: (field: string) => string | undefined;
}): JSX.Element {
  const { strings } = useUi();
  const criteria = props.value.criteria ?? {};
  return (
    <fieldset>
      <legend>{strings.YearCriteriaHeading}</legend>
      {props.form.criteria.map((key) => {
        const message = props.error(`criteria.${key}`);
        const messageId = `dgcc-criterion-${key}-error`;
        return (
          <div key={key}>
            <ChoiceGroup
              label={criterionLabel(strings, key)}
              required
              selectedKey={criteria[key] ?? null}
              options={criterionOptions(strings)}
              onChange={(_e, option) => option && props.set({ criteria: { ...criteria, [key]: option.key as CriterionAssessment } })}
              aria-describedby={message ? messageId : undefined}
            />
            {message ? (
              <p id={messageId} role="alert" style={{ color: getTheme().semanticColors.errorText, margin: 0 }}>
                {message}
              </p>
            ) : undefined}
          </div>
        );
      })}
    </fieldset>
  );
}

/** A count typed as text: what is not (yet) a number stays in the field with its message, the draft keeps the last number. */
function CountField(props: { label: string; value: number; onChange: (value: number) => void; errorMessage?: string }): JSX.Element {
  const { strings } = useUi();
  const [text, setText] = React.useState(String(props.value));
  // A value that changes from outside (the saved version taken after a conflict) replaces what is shown.
  React.useEffect(() => {
    setText((shown) => (parseTypedNumber(shown) === props.value ? shown : String(props.value)));
  }, [props.value]);
  const parsed = parseTypedNumber(text);
  const ownError = parsed !== undefined && isNaN(parsed) ? strings.Invalid_NOT_A_NUMBER : undefined;
  return (
    <TextField
      label={props.label}
      inputMode="decimal"
      value={text}
      onChange={(_e, next) => {
        const typed = next || '';
        setText(typed);
        const number = parseTypedNumber(typed);
        if (number !== undefined && !isNaN(number)) props.onChange(number);
      }}
      errorMessage={ownError ?? props.errorMessage}
    />
  );
}

function TaskFields(props: { tasks: Nd90TaskResults; onChange: (tasks: Nd90TaskResults) => void; error: (field: string) => string | undefined }): JSX.Element {
  const { strings } = useUi();
  const t = props.tasks;
  const count = (key: 'tasksTotal' | 'tasksCompleted' | 'tasksOnTimeQuality' | 'tasksExceeded', label: string): JSX.Element => (
    <CountField label={label} value={t[key]} onChange={(n) => props.onChange({ ...t, [key]: n })} errorMessage={props.error(`tasks.${key}`)} />
  );
  return (
    <fieldset>
      <legend>{strings.YearTasksHeading}</legend>
      <div className={styles.fieldRow}>
        {count('tasksTotal', strings.YearTasksTotal)}
        {count('tasksCompleted', strings.YearTasksCompleted)}
        {count('tasksOnTimeQuality', strings.YearTasksOnTimeQuality)}
        {count('tasksExceeded', strings.YearTasksExceeded)}
      </div>
      <ChoiceGroup
        label={strings.YearHighEfficiency}
        selectedKey={t.highEfficiency === undefined ? 'unknown' : t.highEfficiency ? 'yes' : 'no'}
        options={[
          { key: 'unknown', text: strings.YearHighEfficiencyUnknown },
          { key: 'yes', text: strings.YearYes },
          { key: 'no', text: strings.YearNo }
        ]}
        onChange={(_e, option) => option && props.onChange({ ...t, highEfficiency: option.key === 'unknown' ? undefined : option.key === 'yes' })}
      />
    </fieldset>
  );
}

type LeaderCount = Exclude<keyof Nd90LeaderFacts, 'unitInvolvedInCorruptionAndHandled' | 'unitRating'>;

function LeaderFields(props: { leader: Nd90LeaderFacts; onChange: (leader: Nd90LeaderFacts) => void; error: (field: string) => string | undefined }): JSX.Element {
  const { strings } = useUi();
  const l = props.leader;
  const count = (key: LeaderCount, label: string): JSX.Element => (
    <CountField label={label} value={l[key]} onChange={(n) => props.onChange({ ...l, [key]: n })} errorMessage={props.error(`leader.${key}`)} />
  );
  return (
    <fieldset>
      <legend>{strings.YearLeaderHeading}</legend>
      <div className={styles.fieldRow}>
        {count('unitTargetsTotal', strings.YearUnitTargetsTotal)}
        {count('unitTargetsCompleted', strings.YearUnitTargetsCompleted)}
        {count('unitTargetsOnTimeQuality', strings.YearUnitTargetsOnTimeQuality)}
        {count('unitTargetsExceeded', strings.YearUnitTargetsExceeded)}
      </div>
      <div className={styles.fieldRow}>
        {count('subordinateUnitsTotal', strings.YearSubordinateUnitsTotal)}
        {count('subordinateUnitsAtLeastHTNV', strings.YearSubordinateUnitsAtLeastHTNV)}
        {count('subordinateUnitsHTTNVorHTXSNV', strings.YearSubordinateUnitsGood)}
      </div>
      <Checkbox
        label={strings.YearUnitCorruption}
        checked={l.unitInvolvedInCorruptionAndHandled}
        onChange={(_e, checked) => props.onChange({ ...l, unitInvolvedInCorruptionAndHandled: !!checked })}
      />
    </fieldset>
  );
}

function CircumstanceFields(props: {
  ruleSetId: NonNullable<MyYearView['ruleSetId']>;
  isLeader: boolean;
  circumstances: SelfEvaluationCircumstances;
  onChange: (c: SelfEvaluationCircumstances) => void;
  error: (field: string) => string | undefined;
}): JSX.Element {
  const { strings } = useUi();
  const c = props.circumstances;
  const months = (key: 'monthsWorked' | 'monthsAbsent' | 'maternityMonths', label: string): JSX.Element => (
    <CountField label={label} value={c[key]} onChange={(n) => props.onChange({ ...c, [key]: n })} errorMessage={props.error(`circumstances.${key}`)} />
  );
  return (
    <fieldset>
      <legend>{strings.YearCircumstancesHeading}</legend>
      <div className={styles.fieldRow}>
        {months('monthsWorked', strings.YearMonthsWorked)}
        {months('monthsAbsent', strings.YearMonthsAbsent)}
        {months('maternityMonths', strings.YearMaternityMonths)}
      </div>
      {props.ruleSetId === 'ND335' ? (
        <>
          <Checkbox
            label={strings.YearDisciplinedReprimand}
            checked={c.disciplinedForPublicServiceViolationReprimandOrAbove === true}
            onChange={(_e, checked) => props.onChange({ ...c, disciplinedForPublicServiceViolationReprimandOrAbove: !!checked })}
          />
          {props.isLeader ? (
            <Checkbox
              label={strings.YearUnitCorruption}
              checked={c.unitInvolvedInCorruptionAndHandled === true}
              onChange={(_e, checked) => props.onChange({ ...c, unitInvolvedInCorruptionAndHandled: !!checked })}
            />
          ) : undefined}
        </>
      ) : (
        <Checkbox label={strings.YearDisciplined} checked={c.disciplinedThisYear} onChange={(_e, checked) => props.onChange({ ...c, disciplinedThisYear: !!checked })} />
      )}
    </fieldset>
  );
}

/** The engine's suggestion with every clause it checked, met or not spelled out (not only a colour or a sign). */
function SuggestionPanel(props: { suggestion?: YearSuggestion }): JSX.Element {
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
            <ul>
              {s.reasons.map((r, i) => (
                <li key={i}>
                  <span aria-hidden="true">{r.met ? '✓ ' : '✗ '}</span>
                  <span className={styles.visuallyHidden}>{r.met ? strings.YearReasonMet : strings.YearReasonNotMet}: </span>
                  {r.text} <span className={styles.muted}>({r.clause})</span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}

/** One version of the self-evaluation, as text (a conflict shows two of these side by side). */
function SelfEvaluationSummary(props: { form: SelfEvaluationForm; value: SelfEvaluationPayload }): JSX.Element {
  const { strings, locale } = useUi();
  const { form, value } = props;
  const known: { [id: string]: true } = {};
  const rows: Array<{ label: string; text: string }> = [];
  form.parts.forEach((part) => {
    known[part.id] = true;
    // An older self-evaluation may hold a whole part's text under the part's id.
    if (value.sections[part.id]) rows.push({ label: localized(part.title, locale), text: value.sections[part.id] });
    part.fields.forEach((f) => {
      known[f.id] = true;
      if (value.sections[f.id]) rows.push({ label: localized(f.label, locale), text: value.sections[f.id] });
    });
  });
  Object.keys(value.sections)
    .filter((id) => !known[id] && value.sections[id])
    .forEach((id) => rows.push({ label: id, text: value.sections[id] }));
  const criteria = value.criteria ?? {};
  const assessment = (a: CriterionAssessment): string => (a === 'good' ? strings.YearCriterionGood : a === 'meets' ? strings.YearCriterionMeets : strings.YearCriterionFails);
  return (
    <dl>
      {rows.map((r, i) => (
        <React.Fragment key={i}>
          <dt>{r.label}</dt>
          <dd style={PRESERVE_LINES}>{r.text}</dd>
        </React.Fragment>
      ))}
      {(Object.keys(criteria) as Array<keyof Nd90Criteria>)
        .filter((k) => !!criteria[k])
        .map((k) => (
          <React.Fragment key={k}>
            <dt>{criterionLabel(strings, k)}</dt>
            <dd>{assessment(criteria[k] as CriterionAssessment)}</dd>
          </React.Fragment>
        ))}
      <dt>{strings.YearProposedRating}</dt>
      <dd>{ratingLabel(strings, value.proposedRating)}</dd>
    </dl>
  );
}

function SubmittedSelfEvaluation(props: { view: MyYearView }): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  const self = view.selfEvaluation as SelfEvaluationPayload;
  const form = selfEvaluationFormFor(view.ruleSetId ?? (self.ruleSetId === 'ND335' ? 'ND335' : 'ND90_48'), view.isLeader);
  return (
    <>
      {self.submitted ? <p>{strings.YearSubmittedHeading}</p> : undefined}
      <SelfEvaluationSummary form={form} value={self} />
    </>
  );
}

// ------------------------------------------------------------------ result and history

function ResultSection(props: { decisions: DecisionRecord[] }): JSX.Element {
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

// ------------------------------------------------------------------ complaints

function ComplaintSection(props: { view: MyYearView; services: AppServices; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { view, services } = props;
  const [text, setText] = React.useState('');
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const complaint = useAct();
  const send = (): void => {
    const found = validateComplaint(text);
    setProblems(found);
    if (found.length > 0) return;
    complaint
      .run(() => services.journey.year.fileComplaint(view.year, text))
      .then((done) => {
        if (!done) return;
        setText('');
        props.onChanged();
      })
      .catch(() => undefined);
  };
  return (
    <>
      <h4 className={styles.heading}>{strings.YearComplaintsHeading}</h4>
      {view.complaints.length === 0 ? (
        <p>{strings.YearComplaintsNone}</p>
      ) : (
        <ul>
          {view.complaints.map((c) => (
            <li key={c.id}>
              <p>
                <strong>
                  {!c.answer ? strings.YearComplaintPending : c.answer.outcome === 'UPHELD' ? strings.YearComplaintUpheld : strings.YearComplaintRejected}
                </strong>{' '}
                · {format(strings.YearComplaintFiledOn, formatDate(c.filedAt, locale))}
              </p>
              <p style={PRESERVE_LINES}>{c.text}</p>
              {c.answer ? (
                <>
                  <p>{format(strings.YearComplaintAnswer, c.answer.answeredByName, formatDate(c.answer.at, locale))}:</p>
                  <p style={PRESERVE_LINES}>{c.answer.text}</p>
                </>
              ) : undefined}
            </li>
          ))}
        </ul>
      )}
      {view.canComplain.allowed ? (
        <div className={styles.form}>
          <TextField
            label={strings.YearComplaintText}
            multiline
            autoAdjustHeight
            required
            value={text}
            onChange={(_e, next) => setText(next || '')}
            description={format(strings.YearCharacterCount, text.length, COMPLAINT_MAX_LENGTH)}
            errorMessage={fieldError(strings, problems, 'text')}
          />
          <div className={styles.actions}>
            <PrimaryButton onClick={send} disabled={complaint.busy}>
              {strings.YearComplaintSend}
            </PrimaryButton>
          </div>
        </div>
      ) : (
        <BlockedNote availability={view.canComplain} />
      )}
      <ActOutcome act={complaint} doneText={strings.YearComplaintSent} />
    </>
  );
}
