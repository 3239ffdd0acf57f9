import { rateNd335Year, rollUpPeriodScores, type Nd335YearInput } from '../../../src/domain/rating/nd335/annualRating';
import { mergeSettings } from '../../../src/domain/rating/settings';

// NĐ 335/2025 yearly rating (law.md 5.1): the average of the period scores of the time actually worked
// (Điều 21 per a translation; method UNCONFIRMED, a setting), levels at 90/70/50, KHTNV overrides (b), (c), (d).

function year(overrides: Partial<Nd335YearInput> = {}): Nd335YearInput {
  return {
    evaluationYear: 2026,
    isLeader: false,
    degradationConcluded: false,
    disciplinedForPublicServiceViolationReprimandOrAbove: false,
    unitInvolvedInCorruptionAndHandled: false,
    ...overrides
  };
}

describe('ND 335 roll-up of period scores (law.md 5.1 "Roll-up to the year", UNCONFIRMED method)', () => {
  it('average of the periods actually worked; periods of leave (no score) are skipped', () => {
    // (90 + 80 + 85) / 3 = 85; the two leave months do not count as 0
    const r = rollUpPeriodScores([{ score: 90 }, {}, { score: 80 }, {}, { score: 85 }]);
    expect(r.score).toBe(85);
    expect(r.periodsWorked).toBe(3);
    expect(r.monthsWorked).toBe(3);
  });

  it('WEIGHTED_BY_TIME_WORKED setting: a half-worked month weighs half', () => {
    const settings = mergeSettings({ nd335: { yearlyRollUp: 'WEIGHTED_BY_TIME_WORKED' } }).nd335;
    // (90 × 1 + 60 × 0.5) / 1.5 = 80
    expect(rollUpPeriodScores([{ score: 90 }, { score: 60, workedFraction: 0.5 }], settings).score).toBe(80);
  });

  it('quarterly periods count 3 months each', () => {
    const settings = mergeSettings({ nd335: { periodKind: 'QUARTER' } }).nd335;
    expect(rollUpPeriodScores([{ score: 70 }, { score: 80 }, {}, { score: 90 }], settings).monthsWorked).toBe(9);
  });

  it('no period worked → no score', () => {
    expect(rollUpPeriodScores([{}, {}]).score).toBeUndefined();
  });
});

describe('ND 335 yearly level at 90 / 70 / 50 (CONFIRMED)', () => {
  it.each([
    [90, 'HTXSNV'],
    [89.99, 'HTTNV'],
    [70, 'HTTNV'],
    [69.99, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV']
  ])('annual score %p → %s', (annualScore, level) => {
    const r = rateNd335Year(year({ annualScore }));
    expect(r.outcome).toBe(level);
    expect(r.score).toBe(annualScore);
  });

  it('twelve monthly scores averaging exactly 90 → HTXSNV; averaging 89.99 → HTTNV', () => {
    // six at 95 and six at 85: 90; eleven at 90 and one at 89.88: 89.99
    expect(rateNd335Year(year({ periodScores: [95, 95, 95, 95, 95, 95, 85, 85, 85, 85, 85, 85].map((score) => ({ score })) })).outcome).toBe('HTXSNV');
    const r = rateNd335Year(year({ periodScores: [90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 89.88].map((score) => ({ score })) }));
    expect(r.score).toBe(89.99);
    expect(r.outcome).toBe('HTTNV');
  });
});

describe('ND 335 KHTNV whatever the score (law.md 5.1, CONFIRMED: cafef)', () => {
  it('(b) degradation concluded → KHTNV at 95 points', () => {
    const r = rateNd335Year(year({ annualScore: 95, degradationConcluded: true }));
    expect(r.outcome).toBe('KHTNV');
    expect(r.score).toBe(95);
    expect(r.reasons.some((x) => x.met && /điểm b/.test(x.clause))).toBe(true);
  });

  it('(c) disciplined, reprimand or above, for a public-service violation in the year → KHTNV', () => {
    expect(rateNd335Year(year({ annualScore: 95, disciplinedForPublicServiceViolationReprimandOrAbove: true })).outcome).toBe('KHTNV');
  });

  it('(d) leader whose directly managed unit was involved in corruption and dealt with → KHTNV', () => {
    expect(rateNd335Year(year({ annualScore: 95, isLeader: true, unitInvolvedInCorruptionAndHandled: true })).outcome).toBe('KHTNV');
  });

  it('(d) applies to leaders only: a non-leader keeps the level of the score, with the reason', () => {
    const r = rateNd335Year(year({ annualScore: 95, unitInvolvedInCorruptionAndHandled: true }));
    expect(r.outcome).toBe('HTXSNV');
    expect(r.reasons.some((x) => !x.met && /chỉ áp dụng với công chức lãnh đạo/.test(x.text))).toBe(true);
  });
});

describe('ND 335 fewer than 6 months worked (no ND 335 text in law.md: a setting, NEEDS_DECISION by default)', () => {
  it('5 months → NEEDS_DECISION between the level of the score and NOT_CLASSIFIED', () => {
    const r = rateNd335Year(year({ annualScore: 80, monthsWorked: 5 }));
    expect(r.outcome).toBe('NEEDS_DECISION');
    expect(r.possibleOutcomes).toEqual(['HTTNV', 'NOT_CLASSIFIED']);
  });

  it('exactly 6 months → rated', () => {
    expect(rateNd335Year(year({ annualScore: 80, monthsWorked: 6 })).outcome).toBe('HTTNV');
  });

  it('the setting decides: NOT_CLASSIFIED or rate on the time worked', () => {
    const input = year({ annualScore: 80, monthsWorked: 5 });
    expect(rateNd335Year(input, mergeSettings({ nd335: { shortService: 'NOT_CLASSIFIED' } }).nd335).outcome).toBe('NOT_CLASSIFIED');
    expect(rateNd335Year(input, mergeSettings({ nd335: { shortService: 'RATE_ON_TIME_WORKED' } }).nd335).outcome).toBe('HTTNV');
  });

  it('without monthsWorked, the scored periods bound the time worked: 5 monthly scores → NEEDS_DECISION; 6 → rated', () => {
    // five months at 80: average 80 (HTTNV), but at most 5 months worked (< 6)
    const five = rateNd335Year(year({ periodScores: [80, 80, 80, 80, 80, null, null].map((score) => (score === null ? {} : { score })) }));
    expect(five.outcome).toBe('NEEDS_DECISION');
    expect(five.possibleOutcomes).toEqual(['HTTNV', 'NOT_CLASSIFIED']);
    expect(five.reasons.some((x) => !x.met && /chỉ gồm 5 tháng/.test(x.text))).toBe(true);
    expect(rateNd335Year(year({ periodScores: [80, 80, 80, 80, 80, 80].map((score) => ({ score })) })).outcome).toBe('HTTNV');
  });

  it('quarterly periods count 3 months each: 2 quarters scored = 6 months → rated; 1 quarter → NEEDS_DECISION', () => {
    const quarterly = mergeSettings({ nd335: { periodKind: 'QUARTER' } }).nd335;
    expect(rateNd335Year(year({ periodScores: [{ score: 80 }, { score: 80 }, {}, {}] }), quarterly).outcome).toBe('HTTNV');
    expect(rateNd335Year(year({ periodScores: [{ score: 80 }, {}, {}, {}] }), quarterly).outcome).toBe('NEEDS_DECISION');
  });

  it('a given monthsWorked wins over the periods (a scored period may be worked only in part)', () => {
    const twelve = [80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80].map((score) => ({ score }));
    expect(rateNd335Year(year({ periodScores: twelve, monthsWorked: 5.5 })).outcome).toBe('NEEDS_DECISION');
    expect(rateNd335Year(year({ periodScores: twelve.slice(0, 5), monthsWorked: 6 })).outcome).toBe('HTTNV');
  });

  it('no period with a score → NOT_CLASSIFIED', () => {
    expect(rateNd335Year(year({ periodScores: [{}, {}] })).outcome).toBe('NOT_CLASSIFIED');
  });
});

describe('every ND 335 result carries its reasons', () => {
  it('clause references name NĐ 335/2025 and say where the article is unverified, rather than invent one', () => {
    const r = rateNd335Year(year({ periodScores: [91, 93, 91, 93, 91, 93].map((score) => ({ score })), isLeader: true }));
    expect(r.outcome).toBe('HTXSNV');
    for (const x of r.reasons) {
      expect(x.clause).toMatch(/^NĐ 335\/2025/);
      expect(x.clause).toMatch(/chưa xác minh|chưa đối chiếu/);
    }
  });
});
