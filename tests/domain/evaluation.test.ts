import { derivePeriodResult, PeriodActs } from '../../src/domain/evaluation/derivePeriodResult';
import type { EvaluationPeriod } from '../../src/domain/evaluation/model';

const march: EvaluationPeriod = { id: 3, kind: 'MONTH', year: 2026, index: 3, status: 'OPEN' };
const year: EvaluationPeriod = { id: 20, kind: 'YEAR', year: 2025, status: 'CLOSED' };
let nextId = 1;
const at = (hour: number): string => `2026-04-0${1 + Math.floor(hour / 24)}T${String(hour % 24).padStart(2, '0')}:00:00Z`;
const submitted = (hour: number, step: 'DRAFT' | 'SUBMITTED' = 'SUBMITTED', periodId = 3): PeriodActs[number] => ({
  id: nextId++, step: 'SELF_ASSESSMENT', subjectLogin: 'an', authorLogin: 'an', createdAt: at(hour), payload: { periodId, step }
});
const reviewed = (hour: number, outcome: 'APPROVED' | 'RETURNED', score?: number): PeriodActs[number] => ({
  id: nextId++, step: 'PERIOD_REVIEW', subjectLogin: 'an', authorLogin: 'minh', createdAt: at(hour), payload: { periodId: 3, outcome, score, level: score === undefined ? undefined : 'HTTNV' }
});

describe('the state of a period is derived from its acts', () => {
  it('nothing recorded: no result (the screen says "not started")', () => {
    expect(derivePeriodResult(march, [])).toBeUndefined();
  });

  it('a working copy is not an act (drafts live in the private drafts list); a submission awaits the manager', () => {
    expect(derivePeriodResult(march, [submitted(1, 'DRAFT')])).toBeUndefined();
    expect(derivePeriodResult(march, [submitted(1, 'DRAFT'), submitted(2)])?.step).toBe('SUBMITTED');
  });

  it('approved by the manager: the score and level of the review', () => {
    expect(derivePeriodResult(march, [submitted(1), reviewed(2, 'APPROVED', 82.5)])).toEqual({ periodId: 3, step: 'REVIEWED', score: 82.5, rating: 'HTTNV' });
  });

  it('returned for correction, then submitted again: waits for a new review', () => {
    expect(derivePeriodResult(march, [submitted(1), reviewed(2, 'RETURNED')])?.step).toBe('RETURNED');
    expect(derivePeriodResult(march, [submitted(1), reviewed(2, 'RETURNED'), submitted(3)])?.step).toBe('SUBMITTED');
    expect(derivePeriodResult(march, [submitted(1), reviewed(2, 'RETURNED'), submitted(3), reviewed(4, 'APPROVED', 91)])?.score).toBe(91);
  });

  it('a correction submitted in the same second as the return still waits for a new review (ids settle what time cannot)', () => {
    const returned = reviewed(5, 'RETURNED');
    const sameSecond = { ...submitted(5), payload: { periodId: 3, step: 'SUBMITTED' as const, afterReviewId: returned.id } };
    expect(derivePeriodResult(march, [submitted(1), returned, sameSecond])?.step).toBe('SUBMITTED');
    // Without the reference, a tie goes to the review: nothing is ever reviewed before it is written.
    expect(derivePeriodResult(march, [submitted(1), returned, submitted(5)])?.step).toBe('RETURNED');
    // A later review (a higher id) answers the correction.
    const approved = { ...reviewed(5, 'APPROVED', 88), id: returned.id + 100 };
    expect(derivePeriodResult(march, [submitted(1), returned, sameSecond, approved])?.step).toBe('REVIEWED');
  });

  it('acts of another period do not count', () => {
    expect(derivePeriodResult(march, [submitted(1, 'SUBMITTED', 4)])).toBeUndefined();
  });

  it('the year: the latest decision, published or not', () => {
    const decided = (hour: number, rating: 'HTTNV' | 'HTXSNV', published: boolean): PeriodActs[number] => ({
      id: nextId++, step: 'DECISION', subjectLogin: 'an', authorLogin: 'ha', createdAt: at(hour), payload: { rating, published }
    });
    expect(derivePeriodResult(year, [decided(1, 'HTXSNV', false)])).toEqual({ periodId: 20, step: 'DECIDED', rating: 'HTXSNV' });
    expect(derivePeriodResult(year, [decided(1, 'HTXSNV', false), decided(2, 'HTTNV', true)])).toEqual({ periodId: 20, step: 'PUBLISHED', rating: 'HTTNV' });
  });
});
