import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { WorkItemAssessment } from '../../domain/evaluation/actPayloads';
import { GENERAL_CRITERIA_MAX, initialAssessment, scoreDraft, totalOfParts, validatePeriodReview, type PeriodReviewDraft } from '../../domain/evaluation/periodDraft';
import type { GeneralCriteriaParts, GeneralCriterionLeaf } from '../../domain/evaluation/generalCriteria';
import type { FieldProblem } from '../../domain/evaluation/validation';
import type { AppServices } from '../../services/contracts';
import type { PeriodReviewView } from '../../services/journey/period';
import { ActOutcome } from '../common/ActOutcome';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DraftStatus } from '../common/DraftStatus';
import { useDraft } from '../common/useDraft';
import type { RatingLevel } from '../../domain/rating';
import { PeriodSheetButton } from '../documents/SheetButtons';
import { BlockedNote } from '../common/Availability';
import { format, formatDate, formatScore } from '../common/format';
import { periodNameInSentence, ratingLabel } from '../common/labels';
import { LoadView } from '../common/LoadView';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct, type ActState } from '../common/useAct';
import { useLoad } from '../common/useLoad';
import { useUi } from '../common/UiContext';
import {
  EvidenceLink,
  GeneralCriteriaFields,
  generalCriterionLabel,
  leafOfField,
  leavesOf,
  LiveScore,
  NumberField,
  ProblemSummary,
  productName,
  reviewText
} from '../myEvaluation/PeriodParts';

/** The manager starts from the person's own scores (Mẫu 01: the competent level reviews column 4), leaf by leaf. */
function startingParts(own: GeneralCriteriaParts | undefined, leaves: readonly GeneralCriterionLeaf[]): GeneralCriteriaParts | undefined {
  if (!own || leaves.length === 0) return undefined;
  const parts: GeneralCriteriaParts = {};
  leaves.forEach((leaf) => {
    if (typeof own[leaf.key] === 'number') parts[leaf.key] = own[leaf.key];
  });
  return parts;
}

/** What the last review sent was, for its one message: approved with its score and level, or returned. */
interface SentReview {
  outcome: PeriodReviewDraft['outcome'];
  score?: number;
  level?: RatingLevel;
}

function timeOf(isoDate: string, locale: string): string {
  const date = new Date(isoDate);
  if (isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

/**
 * The direct manager's scoring of one person's month (NĐ 335/2025, law.md 5.1): per submitted line,
 * how many meet the quality requirements, the major errors and delays (25 % each, unless an objective
 * cause is confirmed); the general criteria; d, đ, e for a leader; the live score; approve, or return
 * with a reason.
 */
export function PeriodReviewForm(props: { services: AppServices; subjectLogin: string; periodId: number; onDone: () => void }): JSX.Element {
  const { services, subjectLogin, periodId } = props;
  // Who reviews keys the draft kept in this browser: another manager on the same browser never sees it.
  const [load, reload] = useLoad(
    () =>
      Promise.all([
        services.journey.period.getPeriodReview(subjectLogin, periodId),
        // Without knowing who reviews, no draft could be kept apart from another manager's: the load fails and says so.
        services.directory.getMe().then((me) => me.userPrincipalName)
      ]),
    [services, subjectLogin, periodId]
  );
  const act = useAct();
  // What the last act sent and got back: the outcome's words depend on it.
  const [sent, setSent] = React.useState<SentReview>({ outcome: 'APPROVED' });
  return (
    <LoadView load={load} onRetry={reload}>
      {([view, reviewer]) => (
        <ReviewView
          key={`${view.canReview.allowed}|${view.previousReviews.length}`}
          view={view}
          reviewer={reviewer}
          services={services}
          act={act}
          sent={sent}
          onSending={setSent}
          onDone={() => {
            reload();
            props.onDone();
          }}
        />
      )}
    </LoadView>
  );
}

interface ReviewProps {
  view: PeriodReviewView;
  /** The reviewing manager's login. */
  reviewer: string;
  services: AppServices;
  act: ActState;
  sent: SentReview;
  onSending: (sent: SentReview) => void;
  onDone: () => void;
}

/** One message after the act: what was done to whose report, who was told (ActOutcome), and what comes next. */
function outcomeWords(strings: IDanhGiaStrings, locale: string, view: PeriodReviewView, sent: SentReview): { doneText: string; nextText: string } {
  const period = periodNameInSentence(strings, view.period);
  // By name (the heading and the notified list give the position), never by address.
  const person = view.subject.displayName;
  if (sent.outcome === 'RETURNED') {
    return { doneText: format(strings.PeriodReturnedOutcome, period, person), nextText: format(strings.PeriodReturnedNext, view.subject.displayName) };
  }
  const doneText =
    sent.score !== undefined && sent.level
      ? format(strings.PeriodApprovedOutcome, period, person, formatScore(sent.score, locale), ratingLabel(strings, sent.level))
      : strings.PeriodApprovedDone;
  return { doneText, nextText: format(strings.PeriodApprovedNext, view.subject.displayName) };
}

function ReviewView(props: ReviewProps): JSX.Element {
  const { strings, locale } = useUi();
  const { view, act } = props;
  const title = format(strings.PeriodReviewHeading, periodNameInSentence(strings, view.period), view.subject.displayName);
  const submitted = view.submission ? view.submission.draft : undefined;
  const words = outcomeWords(strings, locale, view, props.sent);
  // Just sent: the one message says what happened; "already reviewed" would only repeat it.
  const justSent = !!act.outcome;
  return (
    <section aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      <ActOutcome act={act} doneText={words.doneText} nextText={words.nextText} />
      {justSent ? undefined : <BlockedNote availability={view.canReview} />}
      {view.submission ? <p className={styles.muted}>{format(strings.PeriodSubmittedAt, formatDate(view.submission.submittedAt, locale))}</p> : <p>{strings.PeriodReviewNoSubmission}</p>}
      {view.submission ? <PeriodSheetButton services={props.services} period={view.period} step="SUBMITTED" personLogin={view.subject.userPrincipalName} /> : undefined}
      {submitted && view.canReview.allowed ? <ReviewEditor {...props} /> : undefined}
      {view.previousReviews.length > 0 ? (
        <section aria-label={strings.PeriodPreviousReviews}>
          <h4 className={styles.heading}>{strings.PeriodPreviousReviews}</h4>
          <ul>
            {view.previousReviews.map((r, i) => (
              <li key={i}>
                {reviewText(strings, locale, r)}
                {r.comment ? ` ${format(strings.PeriodManagerComment, r.comment)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : undefined}
    </section>
  );
}

function ReviewEditor(props: ReviewProps): JSX.Element {
  const { strings, locale } = useUi();
  const { view, act } = props;
  const submitted = view.submission ? view.submission.draft : { lines: [], comment: '' };
  const leaves = React.useMemo(() => leavesOf(view), [view]);
  const starting = React.useMemo<PeriodReviewDraft>(
    () => ({
      outcome: 'APPROVED',
      generalCriteriaParts: startingParts(submitted.generalCriteriaSelfParts, leaves),
      generalCriteriaScore: totalOfParts(startingParts(submitted.generalCriteriaSelfParts, leaves), leaves),
      assessments: submitted.lines.map(initialAssessment),
      leaderComponents: undefined,
      returnReason: '',
      comment: ''
    }),
    [submitted, leaves]
  );
  // Kept in this browser only (a review has no draft on the site), per manager, period and person; typed
  // over one submission: a resubmitted report makes it an offer, never applied silently (useDraft).
  const draft = useDraft<PeriodReviewDraft>({
    storageKey: `review:${props.reviewer}:${view.period.id}:${view.subject.userPrincipalName}`,
    initial: starting,
    initialVersion: view.submission ? view.submission.submittedAt : undefined
  });
  const review = draft.value;
  const latest = React.useRef(review);
  latest.current = review;
  const setReview = (change: (r: PeriodReviewDraft) => PeriodReviewDraft): void => {
    const next = change(latest.current);
    latest.current = next;
    draft.update(next);
  };
  const [confirming, setConfirming] = React.useState(false);
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const summary = React.useRef<HTMLDivElement>(null);
  const error = (field: string): string | undefined => fieldError(strings, problems, field);
  const catalogue = React.useMemo(() => view.catalogue.map((c) => ({ code: c.code, name: c.name, conversionFactor: c.conversionFactor })), [view.catalogue]);
  const scored = React.useMemo(
    () =>
      scoreDraft(submitted, catalogue, {
        generalCriteriaScore: review.generalCriteriaScore,
        assessments: review.assessments,
        isLeader: view.isLeader,
        leaderComponents: review.leaderComponents
      }, view.scoring),
    [submitted, catalogue, review, view.isLeader, view.scoring]
  );
  const setAssessment = (key: string, changes: Partial<WorkItemAssessment>): void =>
    setReview((r) => ({ ...r, assessments: r.assessments.map((a) => (a.workItemKey === key ? { ...a, ...changes } : a)) }));
  const setLeader = (name: 'unitResults' | 'leadershipCapacity' | 'unitingCapacity', value: number | undefined): void =>
    setReview((r) => ({
      ...r,
      leaderComponents: { unitResults: NaN, leadershipCapacity: NaN, unitingCapacity: NaN, ...r.leaderComponents, [name]: value as number }
    }));
  const labelOf = (field: string): string => {
    const m = /^assessments\[(\d+)\]\.(\w+)/.exec(field);
    const names: { [name: string]: string } = { completedMeetingQuality: strings.PeriodMeetingQuality, majorErrors: strings.PeriodMajorErrors, delays: strings.PeriodDelays };
    if (m) return `${format(strings.PeriodLineLegend, Number(m[1]) + 1)} – ${names[m[2]] || m[2]}`;
    const leaf = leafOfField(leaves, 'generalCriteriaParts', field);
    if (leaf) return generalCriterionLabel(strings, locale, leaf);
    if (field === 'generalCriteriaScore') return strings.PeriodGeneralScore;
    if (field === 'returnReason') return strings.PeriodReturnReason;
    if (field === 'leaderComponents.unitResults') return strings.PeriodLeaderUnitResults;
    if (field === 'leaderComponents.leadershipCapacity') return strings.PeriodLeaderLeadership;
    if (field === 'leaderComponents.unitingCapacity') return strings.PeriodLeaderUniting;
    if (field.indexOf('lines[') === 0) return strings.PeriodProduct;
    return leaves.length ? strings.Mau01ReviewerComment : strings.PeriodReviewerComment;
  };

  /** Checks the form for `outcome`; with problems, the summary takes the focus and names each field. */
  const check = (outcome: PeriodReviewDraft['outcome']): boolean => {
    const found = validatePeriodReview(submitted.lines, { ...review, outcome }, { isLeader: view.isLeader, leaves, requireParts: leaves.length > 0 });
    setProblems(found);
    if (found.length > 0) setTimeout(() => summary.current && summary.current.focus(), 0);
    return found.length === 0;
  };

  const send = async (outcome: PeriodReviewDraft['outcome']): Promise<void> => {
    if (!check(outcome)) return;
    const input: PeriodReviewDraft = { ...review, outcome };
    const done = await act.run(async () => {
      const result = await props.services.journey.period.reviewPeriod(view.subject.userPrincipalName, view.period.id, input);
      // Before the act's state changes: the message's words are those of this act.
      props.onSending({ outcome, score: result.score, level: result.level });
      return result;
    });
    if (done) {
      draft.clear();
      props.onDone();
    }
  };

  /** "Trả lại" cannot be undone by the manager: checked, then confirmed, then sent. */
  const askToReturn = (): void => {
    if (check('RETURNED')) setConfirming(true);
  };

  const renderVersion = (value: PeriodReviewDraft): JSX.Element => (
    <ul>
      {submitted.lines.map((line, i) => {
        const a = value.assessments.find((x) => x.workItemKey === line.key);
        const shown = (n: number | undefined): string => (typeof n === 'number' && !isNaN(n) ? formatScore(n, locale) : '–');
        return <li key={line.key}>{format(strings.PeriodReviewDraftLine, i + 1, shown(a && a.completedMeetingQuality), shown(a && a.majorErrors), shown(a && a.delays))}</li>;
      })}
      <li>{format(strings.PeriodReviewDraftGeneral, value.generalCriteriaScore !== undefined ? formatScore(value.generalCriteriaScore, locale) : '–')}</li>
      {value.comment ? <li>{format(strings.PeriodReviewDraftComment, value.comment)}</li> : undefined}
      {value.returnReason ? <li>{format(strings.PeriodReviewDraftReason, value.returnReason)}</li> : undefined}
    </ul>
  );
  const submittedAt = view.submission ? view.submission.submittedAt : '';

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()}>
      <ProblemSummary ref={summary} problems={problems} fieldName={labelOf} />
      <DraftStatus
        draft={draft}
        renderVersion={renderVersion}
        changedSinceText={format(strings.PeriodReviewDraftChanged, view.subject.displayName, timeOf(submittedAt, locale), formatDate(submittedAt, locale))}
      />
      {submitted.lines.map((line, i) => {
        const assessment = review.assessments.find((a) => a.workItemKey === line.key) || initialAssessment(line);
        const at = (name: string): string => `assessments[${i}].${name}`;
        return (
          <fieldset key={line.key}>
            <legend>
              {format(strings.PeriodLineLegend, i + 1)}: {productName(view.catalogue, line.productCode)}
            </legend>
            <p>{line.description}</p>
            <p className={styles.muted}>{format(strings.PeriodOwnFigures, line.assigned, line.completed, line.completedOnTime)}</p>
            {line.evidence.length > 0 ? (
              <ul aria-label={strings.PeriodEvidence}>
                {line.evidence.map((e, j) => (
                  <li key={j}>
                    <EvidenceLink href={e} />
                  </li>
                ))}
              </ul>
            ) : undefined}
            <NumberField
              label={strings.PeriodMeetingQuality}
              value={assessment.completedMeetingQuality}
              onChange={(n) => setAssessment(line.key, { completedMeetingQuality: n as number })}
              errorMessage={error(at('completedMeetingQuality'))}
            />
            <NumberField label={strings.PeriodMajorErrors} value={assessment.majorErrors} onChange={(n) => setAssessment(line.key, { majorErrors: n as number })} errorMessage={error(at('majorErrors'))} />
            <Checkbox
              label={strings.PeriodErrorsObjective}
              checked={assessment.majorErrorsObjectiveCauseConfirmed}
              onChange={(_e, checked) => setAssessment(line.key, { majorErrorsObjectiveCauseConfirmed: !!checked })}
            />
            <NumberField label={strings.PeriodDelays} value={assessment.delays} onChange={(n) => setAssessment(line.key, { delays: n as number })} errorMessage={error(at('delays'))} />
            <Checkbox
              label={strings.PeriodDelaysObjective}
              checked={assessment.delaysObjectiveCauseConfirmed}
              onChange={(_e, checked) => setAssessment(line.key, { delaysObjectiveCauseConfirmed: !!checked })}
            />
          </fieldset>
        );
      })}
      {leaves.length ? (
        <>
          {submitted.generalCriteriaSelfScore !== undefined && !submitted.generalCriteriaSelfParts ? (
            <p>{format(strings.Mau01TotalOnlyNote, strings.Mau01SelfRecordCaption, formatScore(submitted.generalCriteriaSelfScore, locale), GENERAL_CRITERIA_MAX)}</p>
          ) : undefined}
          <GeneralCriteriaFields
            idPrefix={`review-${view.period.id}-${view.subject.userPrincipalName}`}
            leaves={leaves}
            parts={review.generalCriteriaParts}
            selfParts={submitted.generalCriteriaSelfParts || {}}
            partsField="generalCriteriaParts"
            errorOf={error}
            onChange={(parts) => setReview((r) => ({ ...r, generalCriteriaParts: parts, generalCriteriaScore: totalOfParts(parts, leaves) }))}
          />
          {error('generalCriteriaScore') ? <p role="alert">{error('generalCriteriaScore')}</p> : undefined}
          {submitted.strengths ? (
            <p>
              <strong>{strings.Mau01Strengths}:</strong> {submitted.strengths}
            </p>
          ) : undefined}
          {submitted.weaknesses ? (
            <p>
              <strong>{strings.Mau01Weaknesses}:</strong> {submitted.weaknesses}
            </p>
          ) : undefined}
          {submitted.comment ? <p>{submitted.comment}</p> : undefined}
        </>
      ) : (
        <>
          {submitted.generalCriteriaSelfScore !== undefined ? <p>{format(strings.PeriodSelfScoreWas, formatScore(submitted.generalCriteriaSelfScore, locale))}</p> : undefined}
          {submitted.comment ? <p>{submitted.comment}</p> : undefined}
          <NumberField
            label={strings.PeriodGeneralScore}
            value={review.generalCriteriaScore}
            onChange={(n) => setReview((r) => ({ ...r, generalCriteriaScore: n }))}
            errorMessage={error('generalCriteriaScore')}
          />
        </>
      )}
      {view.isLeader ? (
        <fieldset>
          <legend>{strings.PeriodLeaderHeading}</legend>
          <NumberField
            label={strings.PeriodLeaderUnitResults}
            value={review.leaderComponents ? review.leaderComponents.unitResults : undefined}
            onChange={(n) => setLeader('unitResults', n)}
            errorMessage={error('leaderComponents.unitResults')}
          />
          <NumberField
            label={strings.PeriodLeaderLeadership}
            value={review.leaderComponents ? review.leaderComponents.leadershipCapacity : undefined}
            onChange={(n) => setLeader('leadershipCapacity', n)}
            errorMessage={error('leaderComponents.leadershipCapacity')}
          />
          <NumberField
            label={strings.PeriodLeaderUniting}
            value={review.leaderComponents ? review.leaderComponents.unitingCapacity : undefined}
            onChange={(n) => setLeader('unitingCapacity', n)}
            errorMessage={error('leaderComponents.unitingCapacity')}
          />
        </fieldset>
      ) : undefined}
      <TextField
        label={leaves.length ? strings.Mau01ReviewerComment : strings.PeriodReviewerComment}
        value={review.comment}
        multiline
        autoAdjustHeight
        onChange={(_e, text) => setReview((r) => ({ ...r, comment: text || '' }))}
        errorMessage={error('comment')}
      />
      <LiveScore scored={scored} headingId={`review-${view.period.id}-${view.subject.userPrincipalName}-score`} />
      <PrimaryButton text={strings.PeriodApprove} disabled={act.busy} onClick={() => send('APPROVED').catch(() => undefined)} />
      <TextField
        label={strings.PeriodReturnReason}
        value={review.returnReason || ''}
        multiline
        autoAdjustHeight
        onChange={(_e, text) => setReview((r) => ({ ...r, returnReason: text || '' }))}
        errorMessage={error('returnReason')}
      />
      <DefaultButton text={strings.PeriodReturn} disabled={act.busy} onClick={askToReturn} />
      <ConfirmDialog
        open={confirming}
        title={format(strings.PeriodReturnConfirmTitle, periodNameInSentence(strings, view.period), view.subject.displayName)}
        text={format(strings.PeriodReturnConfirmText, view.subject.displayName)}
        confirmText={strings.PeriodReturnConfirm}
        onConfirm={() => {
          send('RETURNED').catch(() => undefined);
        }}
        onClose={() => setConfirming(false)}
      />
    </form>
  );
}
