import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { GENERAL_CRITERIA_MAX, newLineKey, scoreDraft, totalOfParts, validatePeriodDraft, type PeriodDraft, type WorkLine } from '../../domain/evaluation/periodDraft';
import type { FieldProblem } from '../../domain/evaluation/validation';
import type { AppServices } from '../../services/contracts';
import type { MyPeriodView } from '../../services/journey/period';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DraftStatus } from '../common/DraftStatus';
import { format, formatDate, formatScore } from '../common/format';
import { periodName, periodNameInSentence, ratingLabel } from '../common/labels';
import { LoadView } from '../common/LoadView';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct, type ActState } from '../common/useAct';
import { useDraft } from '../common/useDraft';
import { useLoad } from '../common/useLoad';
import { useUi } from '../common/UiContext';
import compact from './CompactForm.module.scss';
import { COMPACT_DROPDOWN, GROWING_TEXT, PROSE_TEXT } from './compactFields';
import {
  GeneralCriteriaFields,
  GeneralCriteriaRecord,
  generalCriterionLabel,
  leafOfField,
  leavesOf,
  LiveScore,
  NumberField,
  ProblemSummary,
  reviewText,
  SubmittedLines,
  SubmittedTexts
} from './PeriodParts';

/**
 * The civil servant's month (or quarter) under NĐ 335/2025: the work products with their counts and
 * evidence, the self-score of the general criteria, the live score, and "Nộp" to the direct manager.
 * The draft is kept as it is typed (browser at once, server after a pause); a returned period opens
 * again with the manager's reason on top.
 */
export function PeriodForm(props: { services: AppServices; periodId: number; onChanged?: () => void }): JSX.Element {
  const { services, periodId } = props;
  const [load, reload] = useLoad(() => services.journey.period.getMyPeriod(periodId), [services, periodId]);
  // Above the form, so the outcome of a submit stays on screen when the form turns read-only.
  const act = useAct();
  return (
    <LoadView load={load} onRetry={reload}>
      {(view) => (
        <PeriodView
          // A new step (submitted, returned) starts the form afresh from the server's version.
          key={view.step}
          view={view}
          services={services}
          act={act}
          onSubmitted={() => {
            reload();
            if (props.onChanged) props.onChanged();
          }}
        />
      )}
    </LoadView>
  );
}

function LastReview(props: { view: MyPeriodView }): JSX.Element {
  const { strings, locale } = useUi();
  const review = props.view.lastReview;
  if (!review) return <></>;
  if (review.outcome === 'RETURNED') {
    return (
      <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
        <strong>{format(strings.PeriodReturnedReason, review.returnReason || '')}</strong>
        {review.comment ? <div>{managerComment(strings, props.view, review.comment)}</div> : undefined}
      </MessageBar>
    );
  }
  return (
    <MessageBar messageBarType={MessageBarType.success} isMultiline>
      {review.score !== undefined && review.level
        ? format(strings.PeriodLastReviewApproved, formatScore(review.score, locale), ratingLabel(strings, review.level))
        : reviewText(strings, locale, review)}
      {review.comment ? <div>{managerComment(strings, props.view, review.comment)}</div> : undefined}
    </MessageBar>
  );
}

/** The manager's remark: Mẫu 01 item 6 when the form is Mẫu 01's. */
function managerComment(strings: IDanhGiaStrings, view: MyPeriodView, comment: string): string {
  return leavesOf(view).length ? `${strings.Mau01ReviewerComment}: ${comment}` : format(strings.PeriodManagerComment, comment);
}

function PeriodView(props: { view: MyPeriodView; services: AppServices; act: ActState; onSubmitted: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { view } = props;
  const title = periodName(strings, view.period);
  // Just submitted: one message says so and what comes next; the manager's earlier return and the
  // note that the period is closed to edits would only repeat it, or contradict it.
  const justSubmitted = !!props.act.outcome;
  return (
    <section aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      {justSubmitted ? undefined : <LastReview view={view} />}
      <ActOutcome act={props.act} doneText={strings.PeriodSubmitted} nextText={strings.PeriodSubmittedNext} takeFocus />
      {view.canEdit.allowed ? (
        <EditablePeriod view={view} services={props.services} act={props.act} onSubmitted={props.onSubmitted} />
      ) : (
        <>
          {justSubmitted ? undefined : <BlockedNote availability={view.canEdit} />}
          {view.submission ? (
            <>
              <p className={styles.muted}>{format(strings.PeriodSubmittedAt, formatDate(view.submission.submittedAt, locale))}</p>
              <SubmittedLines lines={view.submission.draft.lines} catalogue={view.catalogue} caption={strings.PeriodSubmissionHeading} />
              <SubmittedTexts view={view} draft={view.submission.draft} />
              {view.lastReview && view.lastReview.outcome === 'APPROVED' && leavesOf(view).length ? (
                <GeneralCriteriaRecord
                  leaves={leavesOf(view)}
                  parts={view.lastReview.generalCriteriaParts}
                  total={view.lastReview.generalCriteriaScore}
                  caption={strings.Mau01ReviewRecordCaption}
                />
              ) : undefined}
            </>
          ) : undefined}
        </>
      )}
    </section>
  );
}

const EMPTY_LINE = (key: string): WorkLine => ({
  key,
  productCode: '',
  description: '',
  assigned: undefined as unknown as number,
  completed: undefined as unknown as number,
  completedOnTime: undefined as unknown as number,
  evidence: []
});

function EditablePeriod(props: { view: MyPeriodView; services: AppServices; act: ActState; onSubmitted: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { view, services, act } = props;
  const periodId = view.period.id;
  const draft = useDraft<PeriodDraft>({
    storageKey: `period:${view.me.userPrincipalName}:${periodId}`,
    initial: view.draft,
    initialVersion: view.draftVersion,
    save: (value, version) => services.journey.period.saveMyPeriodDraft(periodId, value, version)
  });
  const [checked, setChecked] = React.useState(false);
  const [confirming, setConfirming] = React.useState(false);
  const summary = React.useRef<HTMLDivElement>(null);
  const value = draft.value;
  const leaves = React.useMemo(() => leavesOf(view), [view]);
  // Mẫu 01 by sub-criterion when the service sent the form's criteria: every part asked for.
  const checks = { forSubmit: true, leaves, requireParts: leaves.length > 0 };
  const problems: FieldProblem[] = checked ? validatePeriodDraft(value, view.catalogue, checks) : [];
  // Scored with HR's settings for the period (formula, weights, rounding), as the server will.
  const scored = React.useMemo(() => scoreDraft(value, view.catalogue, undefined, view.scoring), [value, view.catalogue, view.scoring]);
  const error = (field: string): string | undefined => fieldError(strings, problems, field);
  const evidenceError = (i: number): string | undefined => {
    const found = problems.filter((p) => p.field === `lines[${i}].evidence` || p.field.indexOf(`lines[${i}].evidence[`) === 0);
    return found.length ? fieldError(strings, found.map((p) => ({ ...p, field: 'evidence' })), 'evidence') : undefined;
  };
  const setLine = (index: number, changes: Partial<WorkLine>): void =>
    draft.update({ ...value, lines: value.lines.map((l, i) => (i === index ? { ...l, ...changes } : l)) });
  const productOptions = view.catalogue.map((c) => ({
    key: c.code,
    text: format(strings.PeriodProductOption, c.name, new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(c.conversionFactor))
  }));
  const labelOf = (field: string): string => {
    const m = /^lines\[(\d+)\]\.(\w+)/.exec(field);
    const names: { [name: string]: string } = {
      productCode: strings.PeriodProduct,
      description: strings.PeriodDescription,
      assigned: strings.PeriodAssigned,
      completed: strings.PeriodCompleted,
      completedOnTime: strings.PeriodOnTime,
      evidence: strings.PeriodEvidence
    };
    if (m) return `${format(strings.PeriodLineLegend, Number(m[1]) + 1)} – ${names[m[2]] || m[2]}`;
    const leaf = leafOfField(leaves, 'generalCriteriaSelfParts', field);
    if (leaf) return generalCriterionLabel(strings, locale, leaf);
    if (field === 'generalCriteriaSelfScore') return strings.PeriodGeneralSelfScore;
    if (field === 'strengths') return strings.Mau01Strengths;
    if (field === 'weaknesses') return strings.Mau01Weaknesses;
    if (field === 'comment') return leaves.length ? strings.Mau01PersonComment : strings.PeriodComment;
    return strings.PeriodLinesHeading;
  };

  /** "Nộp": the report is checked first; a complete one is submitted once confirmed (it cannot be undone). */
  const askToSubmit = (): void => {
    setChecked(true);
    const found = validatePeriodDraft(value, view.catalogue, checks);
    if (found.length > 0) {
      // After the summary renders: the focus goes to it, which names each field to correct.
      setTimeout(() => summary.current && summary.current.focus(), 0);
      return;
    }
    setConfirming(true);
  };

  const submit = async (): Promise<void> => {
    const done = await act.run(() => services.journey.period.submitMyPeriod(periodId, value));
    if (done) {
      draft.clear();
      props.onSubmitted();
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        askToSubmit();
      }}
    >
      <ProblemSummary ref={summary} problems={problems} fieldName={labelOf} />
      <DraftStatus
        draft={draft}
        renderVersion={(v) => (
          <>
            <SubmittedLines lines={v.lines} catalogue={view.catalogue} caption={strings.PeriodLinesHeading} />
            <SubmittedTexts view={view} draft={v} />
          </>
        )}
      />
      <h4 className={styles.heading}>{strings.PeriodLinesHeading}</h4>
      {value.lines.length === 0 ? <p className={styles.muted}>{strings.PeriodNoLines}</p> : undefined}
      {error('lines') ? <p role="alert">{error('lines')}</p> : undefined}
      {value.lines.length > 0 ? (
        <div className={compact.lines}>
          {/* The columns' names once, on a wide screen; each field keeps its own label for screen readers. */}
          <div className={compact.linesHeader} aria-hidden="true">
            <span className={compact.num}>#</span>
            <span className={compact.product}>{strings.PeriodProduct}</span>
            <span className={compact.description}>{strings.PeriodDescription}</span>
            <span className={compact.assigned}>{strings.PeriodAssigned}</span>
            <span className={compact.completed}>{strings.PeriodCompleted}</span>
            <span className={compact.onTime}>{strings.PeriodOnTime}</span>
            <span className={compact.evidence}>{strings.PeriodEvidence}</span>
          </div>
          {value.lines.map((line, i) => (
            <fieldset key={line.key} className={compact.line}>
              <legend>{format(strings.PeriodLineLegend, i + 1)}</legend>
              <div className={compact.lineGrid}>
                <span className={compact.num} aria-hidden="true">
                  {i + 1}
                </span>
                <div className={compact.product}>
                  <Dropdown
                    label={strings.PeriodProduct}
                    placeholder={strings.PeriodProductPlaceholder}
                    options={productOptions}
                    selectedKey={line.productCode || undefined}
                    onChange={(_e, option) => option && setLine(i, { productCode: String(option.key) })}
                    errorMessage={error(`lines[${i}].productCode`)}
                    styles={COMPACT_DROPDOWN}
                  />
                </div>
                <div className={compact.description}>
                  <TextField
                    label={strings.PeriodDescription}
                    value={line.description}
                    multiline
                    rows={1}
                    autoAdjustHeight
                    resizable={false}
                    styles={GROWING_TEXT}
                    onChange={(_e, text) => setLine(i, { description: text || '' })}
                    errorMessage={error(`lines[${i}].description`)}
                  />
                </div>
                <div className={compact.assigned}>
                  <NumberField label={strings.PeriodAssigned} value={line.assigned} onChange={(n) => setLine(i, { assigned: n as number })} errorMessage={error(`lines[${i}].assigned`)} />
                </div>
                <div className={compact.completed}>
                  <NumberField label={strings.PeriodCompleted} value={line.completed} onChange={(n) => setLine(i, { completed: n as number })} errorMessage={error(`lines[${i}].completed`)} />
                </div>
                <div className={compact.onTime}>
                  <NumberField
                    label={strings.PeriodOnTime}
                    value={line.completedOnTime}
                    onChange={(n) => setLine(i, { completedOnTime: n as number })}
                    errorMessage={error(`lines[${i}].completedOnTime`)}
                  />
                </div>
                <div className={compact.evidence}>
                  <TextField
                    label={strings.PeriodEvidence}
                    value={line.evidence.join('\n')}
                    multiline
                    rows={1}
                    autoAdjustHeight
                    resizable={false}
                    styles={GROWING_TEXT}
                    onChange={(_e, text) => setLine(i, { evidence: (text || '').split('\n') })}
                    errorMessage={evidenceError(i)}
                  />
                </div>
                <div className={compact.remove}>
                  {/* The visible word is short; the name says which product (its number) goes. */}
                  <DefaultButton
                    text={strings.PeriodRemoveShort}
                    ariaLabel={format(strings.PeriodRemoveLine, i + 1)}
                    title={format(strings.PeriodRemoveLine, i + 1)}
                    onClick={() => draft.update({ ...value, lines: value.lines.filter((_l, j) => j !== i) })}
                  />
                </div>
              </div>
            </fieldset>
          ))}
        </div>
      ) : undefined}
      <DefaultButton text={strings.PeriodAddLine} onClick={() => draft.update({ ...value, lines: value.lines.concat([EMPTY_LINE(newLineKey(value))]) })} />
      {leaves.length ? (
        <>
          {value.generalCriteriaSelfScore !== undefined && !value.generalCriteriaSelfParts ? (
            <p className={styles.muted}>{format(strings.Mau01OlderDraftNote, formatScore(value.generalCriteriaSelfScore, locale), GENERAL_CRITERIA_MAX)}</p>
          ) : undefined}
          <GeneralCriteriaFields
            idPrefix={`period-${periodId}`}
            leaves={leaves}
            parts={value.generalCriteriaSelfParts}
            partsField="generalCriteriaSelfParts"
            errorOf={error}
            // The total the act stores is always the parts' sum (absent until every part is typed).
            onChange={(parts) => draft.update({ ...value, generalCriteriaSelfParts: parts, generalCriteriaSelfScore: totalOfParts(parts, leaves) })}
          />
          {error('generalCriteriaSelfScore') ? <p role="alert">{error('generalCriteriaSelfScore')}</p> : undefined}
          <div className={compact.pair}>
            <TextField
              label={strings.Mau01Strengths}
              value={value.strengths || ''}
              multiline
              autoAdjustHeight
              styles={PROSE_TEXT}
              onChange={(_e, text) => draft.update({ ...value, strengths: text || '' })}
              errorMessage={error('strengths')}
            />
            <TextField
              label={strings.Mau01Weaknesses}
              value={value.weaknesses || ''}
              multiline
              autoAdjustHeight
              styles={PROSE_TEXT}
              onChange={(_e, text) => draft.update({ ...value, weaknesses: text || '' })}
              errorMessage={error('weaknesses')}
            />
          </div>
        </>
      ) : (
        <NumberField
          label={strings.PeriodGeneralSelfScore}
          value={value.generalCriteriaSelfScore}
          onChange={(n) => draft.update({ ...value, generalCriteriaSelfScore: n })}
          errorMessage={error('generalCriteriaSelfScore')}
        />
      )}
      <TextField
        label={leaves.length ? strings.Mau01PersonComment : strings.PeriodComment}
        value={value.comment}
        multiline
        autoAdjustHeight
        styles={PROSE_TEXT}
        onChange={(_e, text) => draft.update({ ...value, comment: text || '' })}
        errorMessage={error('comment')}
      />
      <LiveScore scored={scored} headingId={`period-${periodId}-score`} />
      <PrimaryButton type="submit" text={strings.PeriodSubmit} disabled={act.busy} />
      <ConfirmDialog
        open={confirming}
        title={format(strings.PeriodSubmitConfirmTitle, periodNameInSentence(strings, view.period))}
        text={strings.PeriodSubmitConfirmText}
        confirmText={strings.PeriodSubmitConfirm}
        onConfirm={() => {
          submit().catch(() => undefined);
        }}
        onClose={() => setConfirming(false)}
      />
    </form>
  );
}
