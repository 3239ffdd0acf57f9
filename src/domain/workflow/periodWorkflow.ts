import type { IgnoredAct, RecordedAct } from '../org/acts';
import type { EvaluationPeriod, EvaluationStep } from '../evaluation/model';
import { ALLOWED, blocked, type Availability } from './availability';

/**
 * The month's or quarter's workflow (NĐ 335/2025 Điều 6–8, law.md 5.1), as rules over the acts: which
 * submissions and reviews count, given the order they came in and the period's lock and close. Acts are
 * never edited; what came too late or out of turn is kept, ignored and said why (an attacker with a
 * browser token can add an item at any time: it changes nothing).
 */

/** What the workflow reads of a submission (DGCC_PeriodScores, Step SUBMITTED). */
export interface PeriodSubmissionFacts {
  periodId: number;
  step: 'DRAFT' | 'SUBMITTED';
  /** After a return: the review this submission answers. */
  afterReviewId?: number;
  /** While waiting for review: the submission this one corrects. */
  corrects?: number;
}

/** What the workflow reads of a review (DGCC_Reviews). */
export interface PeriodReviewFacts {
  periodId: number;
  outcome: 'APPROVED' | 'RETURNED';
  /** While the period is not closed: the standing review this one corrects. */
  corrects?: number;
}

type PeriodAct = RecordedAct<PeriodSubmissionFacts> | RecordedAct<PeriodReviewFacts>;

/** The time after which the civil servant's part no longer counts: the lock, or the close. */
export function personCutoff(period: EvaluationPeriod): string | undefined {
  if (period.status === 'OPEN') return undefined;
  return period.lockedAt || period.closedAt || period.changedAt;
}

/** The time after which the manager's part no longer counts: the close. */
export function managerCutoff(period: EvaluationPeriod): string | undefined {
  if (period.status !== 'CLOSED') return undefined;
  return period.closedAt || period.changedAt;
}

const isSubmission = (act: PeriodAct): act is RecordedAct<PeriodSubmissionFacts> => act.step === 'SELF_ASSESSMENT';

/**
 * In the order they happened; a submission and a review recorded in the same second go by what the
 * submission names (the review it answers comes first), else the submission first (a review cannot
 * be written before what it reviews).
 */
function inOrder(a: PeriodAct, b: PeriodAct): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (isSubmission(a) !== isSubmission(b)) {
    const submission = (isSubmission(a) ? a : b) as RecordedAct<PeriodSubmissionFacts>;
    const review = isSubmission(a) ? b : a;
    const after = submission.payload.afterReviewId;
    const reviewFirst = typeof after === 'number' && after >= review.id;
    return (reviewFirst ? review === a : submission === a) ? -1 : 1;
  }
  return a.id - b.id;
}

export interface CountedPeriodActs<T> {
  counted: T[];
  ignored: Array<IgnoredAct<unknown>>;
}

/**
 * The acts of one person's period that count, in order. Working copies (Step DRAFT, kept in the act
 * lists before schema 3) are neither counted nor flagged: they were never acts.
 *
 * - A submission counts before the period's lock, as the first, after a return, or naming the pending
 *   submission it corrects; after an approval nothing more is submitted.
 * - A review counts before the period's close when it answers the pending submission, or when it
 *   names the standing review it corrects.
 */
export function periodActsThatCount<T extends PeriodAct>(period: EvaluationPeriod, acts: readonly T[]): CountedPeriodActs<T> {
  const result: CountedPeriodActs<T> = { counted: [], ignored: [] };
  const mine = acts.filter((a) => a.payload.periodId === period.id && !(isSubmission(a) && a.payload.step !== 'SUBMITTED'));
  const personEnd = personCutoff(period);
  const managerEnd = managerCutoff(period);
  let pending: RecordedAct<PeriodSubmissionFacts> | undefined;
  let standing: RecordedAct<PeriodReviewFacts> | undefined;
  const ignore = (act: T, reason: string): void => {
    result.ignored.push({ act, reason });
  };
  mine
    .slice()
    .sort(inOrder)
    .forEach((act) => {
      if (isSubmission(act)) {
        if (personEnd && act.createdAt >= personEnd) return ignore(act, 'Nộp sau khi kỳ đã khóa: không được tính.');
        if (standing && standing.payload.outcome === 'APPROVED' && !pending) return ignore(act, 'Kỳ đã được người quản lý duyệt: không nộp lại được.');
        if (pending && act.payload.corrects !== pending.id) return ignore(act, 'Đã có bản nộp đang chờ duyệt: bản nộp mới phải nêu bản nó sửa.');
        pending = act;
        result.counted.push(act);
        return;
      }
      const review = act as RecordedAct<PeriodReviewFacts>;
      if (managerEnd && act.createdAt >= managerEnd) return ignore(act, 'Chấm sau khi kỳ đã đóng: không được tính.');
      if (pending) {
        pending = undefined;
        standing = review;
        result.counted.push(act);
        return;
      }
      if (standing && review.payload.corrects === standing.id) {
        standing = review;
        result.counted.push(act);
        return;
      }
      ignore(act, standing ? 'Kỳ đã được chấm: một lần chấm mới phải nêu lần chấm nó sửa.' : 'Chưa có bản nộp nào chờ duyệt.');
    });
  return result;
}

/** May the civil servant change and submit their report now? */
export function reportAvailability(period: EvaluationPeriod, step: EvaluationStep): Availability {
  if (period.kind === 'YEAR' || period.status !== 'OPEN') return blocked('PERIOD_NOT_OPEN');
  if (step === 'SUBMITTED') return blocked('ALREADY_SUBMITTED');
  if (step === 'REVIEWED' || step === 'DECIDED' || step === 'PUBLISHED') return blocked('ALREADY_REVIEWED');
  return ALLOWED;
}

/** May the direct manager (checked by the caller's authority) review the period now? A locked period only stops the civil servant. */
export function reviewAvailability(period: EvaluationPeriod, step: EvaluationStep, isDirectManager: boolean): Availability {
  if (!isDirectManager) return blocked('NOT_DIRECT_MANAGER');
  if (period.kind === 'YEAR' || period.status === 'CLOSED') return blocked('PERIOD_NOT_OPEN');
  if (step === 'REVIEWED') return blocked('ALREADY_REVIEWED');
  if (step !== 'SUBMITTED') return blocked('NOT_SUBMITTED');
  return ALLOWED;
}
