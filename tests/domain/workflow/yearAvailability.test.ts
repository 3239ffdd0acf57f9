import { answerAvailability, complaintAvailability, decideAvailability, minutesAvailability, selfEvaluationAvailability, type PersonYearFacts } from '../../../src/domain/workflow/yearAvailability';

/** Who may take the year's next step now, and if not, the reason the screens show (NĐ 90/2020 Điều 16, 18, 21). */
const ready: PersonYearFacts = { competentLogin: 'ha@x', selfEvaluationSubmitted: true, minutesApproved: true, complaintOpen: false };

describe('the year’s steps, when they may happen', () => {
  it('the competent evaluator decides after the self-evaluation and the approved minutes (Điều 18 bước 4), not after publication', () => {
    expect(decideAvailability('ha@x', true, ready)).toEqual({ allowed: true });
    expect(decideAvailability('minh@x', true, ready)).toEqual({ allowed: false, reason: 'NOT_COMPETENT_EVALUATOR' });
    expect(decideAvailability('ha@x', false, ready)).toEqual({ allowed: false, reason: 'NO_RULE_SET' });
    expect(decideAvailability('ha@x', true, { ...ready, selfEvaluationSubmitted: false })).toEqual({ allowed: false, reason: 'SELF_EVALUATION_MISSING' });
    expect(decideAvailability('ha@x', true, { ...ready, minutesApproved: false })).toEqual({ allowed: false, reason: 'MINUTES_MISSING' });
    expect(decideAvailability('ha@x', true, { ...ready, latestDecision: { published: false } })).toEqual({ allowed: true });
    expect(decideAvailability('ha@x', true, { ...ready, latestDecision: { published: true } })).toEqual({ allowed: false, reason: 'ALREADY_PUBLISHED' });
  });

  it('the keepers record the minutes until approved minutes stand (Điều 18 bước 2)', () => {
    expect(minutesAvailability(true, false)).toEqual({ allowed: true });
    expect(minutesAvailability(false, false)).toEqual({ allowed: false, reason: 'NOT_MINUTES_KEEPER' });
    expect(minutesAvailability(true, true)).toEqual({ allowed: false, reason: 'MINUTES_APPROVED' });
  });

  it('a complaint needs a published result and waits for its answer, given by the competent evaluator only (Điều 21)', () => {
    expect(complaintAvailability({ complaintOpen: false })).toEqual({ allowed: false, reason: 'NOT_PUBLISHED' });
    expect(complaintAvailability({ complaintOpen: false, latestDecision: { published: true } })).toEqual({ allowed: true });
    expect(complaintAvailability({ complaintOpen: true, latestDecision: { published: true } })).toEqual({ allowed: false, reason: 'COMPLAINT_PENDING' });
    expect(answerAvailability('ha@x', { ...ready, complaintOpen: true })).toEqual({ allowed: true });
    expect(answerAvailability('minh@x', { ...ready, complaintOpen: true })).toEqual({ allowed: false, reason: 'NOT_COMPETENT_EVALUATOR' });
    expect(answerAvailability('ha@x', ready)).toEqual({ allowed: false, reason: 'NO_COMPLAINT' });
  });

  it('the civil servant self-evaluates once, while the year is open and before the result is made known', () => {
    expect(selfEvaluationAvailability(true, true, { selfEvaluationSubmitted: false })).toEqual({ allowed: true });
    expect(selfEvaluationAvailability(true, false, { selfEvaluationSubmitted: false })).toEqual({ allowed: false, reason: 'PERIOD_NOT_OPEN' });
    expect(selfEvaluationAvailability(true, true, { selfEvaluationSubmitted: true })).toEqual({ allowed: false, reason: 'SELF_EVALUATION_SUBMITTED' });
    expect(selfEvaluationAvailability(true, true, { selfEvaluationSubmitted: false, latestDecision: { published: true } })).toEqual({ allowed: false, reason: 'SELF_EVALUATION_SUBMITTED' });
  });
});
