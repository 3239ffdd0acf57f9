import type { RecordedAct } from '../org/acts';
import { periodActsThatCount } from '../workflow/periodWorkflow';
import type { RatingLevel, RatingOutcome } from '../rating/ratingCodes';
import type { EvaluationPeriod, PeriodResult } from './model';

/** What the state of a period needs from each act (the rest of the payload is for the screens). */
export interface SubmissionAct {
  periodId: number;
  step: 'DRAFT' | 'SUBMITTED';
  reviewerLogin?: string;
  employeeName?: string;
  /** The review this submission answers (after a return), when it says so. */
  afterReviewId?: number;
  /** The pending submission this one corrects. */
  corrects?: number;
}

export interface ReviewAct {
  periodId: number;
  outcome: 'APPROVED' | 'RETURNED';
  /** The standing review this one corrects. */
  corrects?: number;
  score?: number;
  level?: RatingLevel;
}

export interface DecisionAct {
  rating: RatingOutcome;
  published: boolean;
}

/** One person's effective acts (screened by their authors' rights), oldest first. */
export type PeriodActs = ReadonlyArray<RecordedAct<SubmissionAct | ReviewAct | DecisionAct>>;

/**
 * Whether a review answers the submission (came after it). A submission that names the review it
 * follows settles it by id; otherwise by time, a tie going to the review (it cannot be written before
 * what it reviews).
 */
export function reviewFollows(review: { id: number; createdAt: string }, submission: { createdAt: string; payload: Pick<SubmissionAct, 'afterReviewId'> }): boolean {
  const after = submission.payload.afterReviewId;
  if (typeof after === 'number') return review.id > after;
  return review.createdAt >= submission.createdAt;
}

function latest<T>(acts: ReadonlyArray<RecordedAct<T>>): RecordedAct<T> | undefined {
  return acts.length ? acts[acts.length - 1] : undefined;
}

/**
 * Where a period stands, derived from the acts alone (nothing stores a status another person could
 * change): of the acts that count by the workflow's rules (domain/workflow/periodWorkflow: nothing
 * after the lock or close, nothing out of turn), the latest wins, a review answers the submission it
 * follows, and a re-submission after a return waits for a new review.
 */
export function derivePeriodResult(period: EvaluationPeriod, acts: PeriodActs): PeriodResult | undefined {
  if (period.kind === 'YEAR') {
    const decision = latest(acts.filter((a) => a.step === 'DECISION') as ReadonlyArray<RecordedAct<DecisionAct>>);
    if (!decision) return undefined;
    return { periodId: period.id, step: decision.payload.published ? 'PUBLISHED' : 'DECIDED', rating: decision.payload.rating };
  }
  const counted = periodActsThatCount(
    period,
    acts.filter((a) => a.step === 'SELF_ASSESSMENT' || a.step === 'PERIOD_REVIEW') as ReadonlyArray<RecordedAct<SubmissionAct> | RecordedAct<ReviewAct>>
  ).counted;
  const submission = latest(counted.filter((a) => a.step === 'SELF_ASSESSMENT') as ReadonlyArray<RecordedAct<SubmissionAct>>);
  const review = latest(counted.filter((a) => a.step === 'PERIOD_REVIEW') as ReadonlyArray<RecordedAct<ReviewAct>>);
  if (review && (!submission || reviewFollows(review, submission))) {
    return review.payload.outcome === 'RETURNED'
      ? { periodId: period.id, step: 'RETURNED' }
      : { periodId: period.id, step: 'REVIEWED', score: review.payload.score, rating: review.payload.level };
  }
  return submission ? { periodId: period.id, step: submission.payload.step } : undefined;
}
