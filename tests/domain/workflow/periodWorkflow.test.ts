import type { RecordedAct } from '../../../src/domain/org/acts';
import type { EvaluationPeriod } from '../../../src/domain/evaluation/model';
import { derivePeriodResult, type PeriodActs } from '../../../src/domain/evaluation/derivePeriodResult';
import {
  periodActsThatCount,
  reportAvailability,
  reviewAvailability,
  type PeriodReviewFacts,
  type PeriodSubmissionFacts
} from '../../../src/domain/workflow/periodWorkflow';

/**
 * NĐ 335/2025 Điều 6–8 (law.md 5.1): each month the civil servant reports, the direct manager scores;
 * HR locks the period (the civil servant's part ends) then closes it (the manager's part ends). Acts
 * are only added: what comes after the lock or close, or out of turn, is ignored and said why.
 */
const PERSON = 'an@vhttdl.local';
const MANAGER = 'minh@vhttdl.local';
const open: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN' };
const closed: EvaluationPeriod = { ...open, status: 'CLOSED', lockedAt: '2026-12-05T17:00:00Z', closedAt: '2026-12-10T17:00:00Z' };

let nextId = 1;
const submission = (at: string, extra: Partial<PeriodSubmissionFacts> = {}): RecordedAct<PeriodSubmissionFacts> => ({
  id: nextId++,
  step: 'SELF_ASSESSMENT',
  subjectLogin: PERSON,
  authorLogin: PERSON,
  createdAt: at,
  payload: { periodId: 11, step: 'SUBMITTED', ...extra }
});
const review = (at: string, outcome: 'APPROVED' | 'RETURNED', extra: Partial<PeriodReviewFacts> & { score?: number } = {}): RecordedAct<PeriodReviewFacts & { score?: number }> => ({
  id: nextId++,
  step: 'PERIOD_REVIEW',
  subjectLogin: PERSON,
  authorLogin: MANAGER,
  createdAt: at,
  payload: { periodId: 11, outcome, ...extra }
});

describe('the period workflow (NĐ 335/2025 Điều 6–8): which acts count', () => {
  it('counts a submission and the review answering it; the approved score stands', () => {
    const acts = [submission('2026-12-01T08:00:00Z'), review('2026-12-02T08:00:00Z', 'APPROVED', { score: 88 })];
    const { counted, ignored } = periodActsThatCount(open, acts);
    expect(counted.map((a) => a.id)).toEqual(acts.map((a) => a.id));
    expect(ignored).toEqual([]);
    expect(derivePeriodResult(open, acts as unknown as PeriodActs)).toMatchObject({ step: 'REVIEWED', score: 88 });
  });

  it('ignores a manager’s new score written after the period closed: the approved one stands', () => {
    const approved = review('2026-12-02T08:00:00Z', 'APPROVED', { score: 72 });
    const late = review('2026-12-20T08:00:00Z', 'APPROVED', { score: 99, corrects: approved.id });
    const acts = [submission('2026-12-01T08:00:00Z'), approved, late];
    const { ignored } = periodActsThatCount(closed, acts);
    expect(ignored.map((i) => i.act.id)).toEqual([late.id]);
    expect(ignored[0].reason).toMatch(/đã đóng/);
    expect(derivePeriodResult(closed, acts as unknown as PeriodActs)).toMatchObject({ step: 'REVIEWED', score: 72 });
  });

  it('ignores a new report after an approval, and one after the lock: it never sends the period back to "submitted"', () => {
    const acts = [submission('2026-12-01T08:00:00Z'), review('2026-12-02T08:00:00Z', 'APPROVED', { score: 80 }), submission('2026-12-03T08:00:00Z')];
    expect(periodActsThatCount(open, acts).ignored[0].reason).toMatch(/đã được người quản lý duyệt/);
    expect(derivePeriodResult(open, acts as unknown as PeriodActs)).toMatchObject({ step: 'REVIEWED' });
    const afterLock = [submission('2026-12-06T08:00:00Z')];
    expect(periodActsThatCount(closed, afterLock).ignored[0].reason).toMatch(/đã khóa/);
    expect(derivePeriodResult(closed, afterLock as unknown as PeriodActs)).toBeUndefined();
  });

  it('a correction is a new act that names the one it corrects, allowed only while the step is open', () => {
    const first = submission('2026-12-01T08:00:00Z');
    const unnamed = submission('2026-12-01T09:00:00Z');
    const named = submission('2026-12-01T10:00:00Z', { corrects: first.id });
    const { counted, ignored } = periodActsThatCount(open, [first, unnamed, named]);
    expect(counted.map((a) => a.id)).toEqual([first.id, named.id]);
    expect(ignored.map((i) => i.act.id)).toEqual([unnamed.id]);

    const approved = review('2026-12-02T08:00:00Z', 'APPROVED', { score: 70 });
    const corrected = review('2026-12-03T08:00:00Z', 'APPROVED', { score: 75, corrects: approved.id });
    const again = review('2026-12-03T09:00:00Z', 'APPROVED', { score: 95 });
    const reviewed = periodActsThatCount(open, [first, approved, corrected, again]);
    expect(reviewed.counted.map((a) => a.id)).toEqual([first.id, approved.id, corrected.id]);
    expect(reviewed.ignored[0].reason).toMatch(/phải nêu lần chấm nó sửa/);
  });

  it('after a return the corrected report counts and waits for a new review, even in the same second', () => {
    const returned = review('2026-12-02T08:00:00Z', 'RETURNED');
    const first = submission('2026-12-01T08:00:00Z');
    const again = submission('2026-12-02T08:00:00Z', { afterReviewId: returned.id });
    const acts = [first, returned, again];
    expect(periodActsThatCount(open, acts).ignored).toEqual([]);
    expect(derivePeriodResult(open, acts as unknown as PeriodActs)).toMatchObject({ step: 'SUBMITTED' });
  });

  it('a review with nothing waiting for it counts for nothing', () => {
    const { counted, ignored } = periodActsThatCount(open, [review('2026-12-02T08:00:00Z', 'APPROVED', { score: 100 })]);
    expect(counted).toEqual([]);
    expect(ignored[0].reason).toMatch(/Chưa có bản nộp/);
  });

  it('a locked period without a recorded time is cut at its last change; a reopened one has no cut', () => {
    const locked: EvaluationPeriod = { ...open, status: 'LOCKED', changedAt: '2026-12-05T00:00:00Z' };
    expect(periodActsThatCount(locked, [submission('2026-12-05T00:00:01Z')]).ignored).toHaveLength(1);
    expect(periodActsThatCount(open, [submission('2027-01-05T00:00:01Z')]).ignored).toEqual([]);
  });

  it('availability: a locked period stops the report, not the review; a closed one stops both', () => {
    const locked: EvaluationPeriod = { ...open, status: 'LOCKED' };
    expect(reportAvailability(locked, 'NOT_STARTED')).toEqual({ allowed: false, reason: 'PERIOD_NOT_OPEN' });
    expect(reviewAvailability(locked, 'SUBMITTED', true)).toEqual({ allowed: true });
    expect(reviewAvailability(closed, 'SUBMITTED', true)).toEqual({ allowed: false, reason: 'PERIOD_NOT_OPEN' });
    expect(reviewAvailability(open, 'SUBMITTED', false)).toEqual({ allowed: false, reason: 'NOT_DIRECT_MANAGER' });
    expect(reportAvailability(open, 'REVIEWED')).toEqual({ allowed: false, reason: 'ALREADY_REVIEWED' });
  });
});
