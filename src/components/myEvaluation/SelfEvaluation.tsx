import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import { emptySelfEvaluation, selfEvaluationFormFor, validateSelfEvaluation } from '../../domain/evaluation/selfEvaluationForm';
import type { FieldProblem } from '../../domain/evaluation/validation';
import { suggestYear } from '../../domain/evaluation/yearSuggestion';
import { RATING_LEVELS, type RatingLevel } from '../../domain/rating';
import { FormProblemsError } from '../../services/journey/period';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DraftStatus } from '../common/DraftStatus';
import { format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct, type ActState } from '../common/useAct';
import { useDraft } from '../common/useDraft';
import { useUi } from '../common/UiContext';
import compact from './CompactForm.module.scss';
import { INLINE_CHOICES, PROSE_TEXT } from './compactFields';
import { CircumstanceFields, CriteriaFields, LeaderFields, TaskFields } from './SelfEvaluationFields';
import { SelfEvaluationSummary, SubmittedSelfEvaluation } from './SelfEvaluationSummary';
import { SuggestionPanel } from './SuggestionPanel';
import { localized, type YearRuleSetId, type YearSectionProps } from './YearParts';

export interface SelfEvaluationSectionProps extends YearSectionProps {}

/** The year's self-evaluation: the form while it may be filled in, else what was submitted and why it is closed. */
export function SelfEvaluationSection(props: SelfEvaluationSectionProps): JSX.Element {
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
          {/* Just submitted: the one message below says so and what comes next. */}
          {submit.outcome ? undefined : <BlockedNote availability={view.canSelfEvaluate} />}
          {view.selfEvaluation ? <SubmittedSelfEvaluation view={view} /> : <p>{strings.YearNotStarted}</p>}
          {view.suggestion ? <SuggestionPanel suggestion={view.suggestion} /> : undefined}
        </>
      )}
      <ActOutcome act={submit} doneText={strings.YearSubmitDone} nextText={strings.YearSubmitNext} takeFocus />
    </>
  );
}

interface SelfEvaluationEditorProps extends YearSectionProps {
  ruleSetId: YearRuleSetId;
  /** The section's act, so that its outcome stays once the form gives way to the submitted text. */
  act: ActState;
}

/** The form of the person's rule set, with the suggestion following it as it is filled in, kept as a draft until submitted. */
function SelfEvaluationEditor(props: SelfEvaluationEditorProps): JSX.Element {
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
  const [confirming, setConfirming] = React.useState(false);
  const formRef = React.useRef<HTMLDivElement>(null);
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

  /** The form is checked first; a complete one is submitted once confirmed (it cannot be undone). */
  const askToSubmit = (): void => {
    const found = validateSelfEvaluation({ ...value, submitted: true }, view.isLeader);
    setProblems(found);
    if (found.length === 0) {
      setConfirming(true);
      return;
    }
    // Once the messages are on screen: the keyboard goes to the first field to correct (WCAG 2.4.3, 3.3.1).
    setTimeout(() => focusFirstProblem(formRef.current), 0);
  };

  const onSubmit = (): void => {
    const submission: SelfEvaluationPayload = { ...value, submitted: true };
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
    <div className={compact.stack} ref={formRef}>
      {form.parts.map((part) => (
        <fieldset key={part.id} className={compact.group}>
          <legend>{localized(part.title, locale)}</legend>
          {/* Two columns when there is room: each box grows as it is written in. */}
          <div className={compact.pair}>
            {part.fields.map((f) => {
              const text = value.sections[f.id] || '';
              return (
                <TextField
                  key={f.id}
                  label={localized(f.label, locale)}
                  multiline
                  autoAdjustHeight
                  styles={PROSE_TEXT}
                  required={f.required}
                  value={text}
                  onChange={(_e, next) => set({ sections: { ...value.sections, [f.id]: next || '' } })}
                  description={format(strings.YearCharacterCount, text.length, f.maxLength)}
                  errorMessage={error(`sections.${f.id}`)}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
      {form.criteria.length > 0 ? <CriteriaFields form={form} value={value} set={set} error={error} /> : undefined}
      {form.taskCounts && value.tasks ? <TaskFields value={value.tasks} onChange={(tasks) => set({ tasks })} error={error} /> : undefined}
      {form.taskCounts && view.isLeader && value.leader ? <LeaderFields value={value.leader} onChange={(leader) => set({ leader })} error={error} /> : undefined}
      <CircumstanceFields
        ruleSetId={ruleSetId}
        isLeader={view.isLeader}
        value={value.circumstances ?? { monthsWorked: 12, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: false }}
        onChange={(circumstances) => set({ circumstances })}
        error={error}
      />
      <div>
        <ChoiceGroup
          label={strings.YearProposedRating}
          styles={INLINE_CHOICES}
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
        <PrimaryButton onClick={askToSubmit} disabled={act.busy || draft.status === 'conflict'}>
          {strings.YearSubmit}
        </PrimaryButton>
      </div>
      <ConfirmDialog
        open={confirming}
        title={format(strings.YearSubmitConfirmTitle, year)}
        text={strings.YearSubmitConfirmText}
        confirmText={strings.YearSubmitConfirm}
        onConfirm={onSubmit}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}

/** The first field the messages name, in the form's order: a box marked invalid, or a choice with its message. */
function focusFirstProblem(form: HTMLElement | null): void { // eslint-disable-line @rushstack/no-new-null -- a ref before it is set
  if (!form) return;
  const first = form.querySelector<HTMLElement>('[aria-invalid="true"], [data-dgcc-problem] input');
  if (first) first.focus();
}
