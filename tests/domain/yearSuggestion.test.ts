import type { SelfEvaluationPayload } from '../../src/domain/evaluation/actPayloads';
import { suggestYear, type YearPeriodScore, type YearSuggestionInput } from '../../src/domain/evaluation/yearSuggestion';
import type { Nd90LeaderFacts, Nd90TaskResults } from '../../src/domain/rating';

// The engine's suggestion for a person's year. Expected values are worked out by hand from law.md:
// 5.1 (NĐ 335/2025: average of the period scores, levels at 90/70/50, KHTNV overrides), 2.2 (NĐ 90/2020
// Điều 8–11 tables), 2.3 (the gaps: NEEDS_DECISION) and 3 (special cases).

const months = (scores: Array<number | undefined>): YearPeriodScore[] => scores.map((score, i) => ({ kind: 'MONTH', index: i + 1, score }));
const quarters = (scores: Array<number | undefined>): YearPeriodScore[] => scores.map((score, i) => ({ kind: 'QUARTER', index: i + 1, score }));

const nd335 = (periodScores: YearPeriodScore[], extra: Partial<YearSuggestionInput> = {}): YearSuggestionInput => ({
  year: 2026,
  ruleSetId: 'ND335',
  isLeader: false,
  periodScores,
  ...extra
});

const allGood = { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good', yThucKyLuat: 'good' } as const;
const tenTasks = (onTime: number, exceeded: number, highEfficiency: boolean | undefined = true): Nd90TaskResults => ({
  tasksTotal: 10,
  tasksCompleted: 10,
  tasksOnTimeQuality: onTime,
  tasksExceeded: exceeded,
  highEfficiency
});

function selfEvaluation(overrides: Partial<SelfEvaluationPayload> = {}): SelfEvaluationPayload {
  return {
    ruleSetId: 'ND90_48',
    sections: {},
    criteria: { ...allGood },
    tasks: tenTasks(10, 5),
    proposedRating: 'HTXSNV',
    submitted: false,
    ...overrides
  };
}

const nd90 = (self: SelfEvaluationPayload | undefined, isLeader = false): YearSuggestionInput => ({
  year: 2025,
  ruleSetId: 'ND90_48',
  isLeader,
  periodScores: [],
  selfEvaluation: self
});

describe('suggestYear under NĐ 335/2025 (law.md 5.1: the year from the monthly or quarterly scores)', () => {
  it('averages the approved period scores and reads the level off 90/70/50', () => {
    // (90+80+85+70+95+88+92+76+81+83) / 10 = 840 / 10 = 84 → from 70 to under 90: HTTNV.
    const suggestion = suggestYear(nd335(months([90, 80, 85, 70, 95, 88, 92, 76, 81, 83])));
    expect(suggestion?.score).toBe(84);
    expect(suggestion?.outcome).toBe('HTTNV');
    expect(suggestion?.possibleOutcomes).toEqual(['HTTNV']);
    expect(suggestion?.reasons.length).toBeGreaterThan(0);
  });

  it('leaves out the periods not yet approved instead of counting them as zero', () => {
    // (90+92+94+96+88+90) / 6 = 550 / 6 = 91,67 → at least 90: HTXSNV; the two open months change nothing.
    const suggestion = suggestYear(nd335(months([90, 92, 94, 96, 88, 90, undefined, undefined])));
    expect(suggestion?.score).toBeCloseTo(91.67, 2);
    expect(suggestion?.outcome).toBe('HTXSNV');
  });

  it('a score of exactly 90 is HTXSNV and just under is HTTNV (thresholds are "từ 90 điểm")', () => {
    expect(suggestYear(nd335(months([89, 91, 90, 90, 90, 90])))?.outcome).toBe('HTXSNV');
    expect(suggestYear(nd335(months([89, 90, 90, 90, 90, 90])))?.outcome).toBe('HTTNV');
  });

  it('suggests nothing while no period has an approved score', () => {
    expect(suggestYear(nd335([]))).toBeUndefined();
    expect(suggestYear(nd335(months([undefined, undefined])))).toBeUndefined();
  });

  it('a reprimand or above for a public-service violation in the year is KHTNV whatever the score (point c)', () => {
    const self = selfEvaluation({
      ruleSetId: 'ND335',
      circumstances: { monthsWorked: 12, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: true, disciplinedForPublicServiceViolationReprimandOrAbove: true }
    });
    const suggestion = suggestYear(nd335(months([95, 95, 95, 95, 95, 95, 95]), { selfEvaluation: self }));
    expect(suggestion?.score).toBe(95);
    expect(suggestion?.outcome).toBe('KHTNV');
  });

  it('a leader whose directly managed body was dealt with for corruption is KHTNV (point d); a non-leader is not touched by it', () => {
    const circumstances = { monthsWorked: 12, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: false, unitInvolvedInCorruptionAndHandled: true };
    const self = selfEvaluation({ ruleSetId: 'ND335', circumstances });
    expect(suggestYear(nd335(months([80, 80, 80, 80, 80, 80]), { isLeader: true, selfEvaluation: self }))?.outcome).toBe('KHTNV');
    expect(suggestYear(nd335(months([80, 80, 80, 80, 80, 80]), { isLeader: false, selfEvaluation: self }))?.outcome).toBe('HTTNV');
  });

  it('counts three months for a quarter: two quarters are six months, two months are not (under 6 months is left to the evaluator)', () => {
    // (60+75)/2 = 67,5 → HTNV, over 6 months of quarters.
    const byQuarters = suggestYear(nd335(quarters([60, 75, undefined, undefined])));
    expect(byQuarters?.score).toBe(67.5);
    expect(byQuarters?.outcome).toBe('HTNV');
    // Two months scored: fewer than 6 months; law.md has no NĐ 335 text on it, so the default setting asks.
    const byMonths = suggestYear(nd335(months([60, 75])));
    expect(byMonths?.outcome).toBe('NEEDS_DECISION');
    expect(byMonths?.possibleOutcomes).toEqual(['HTNV', 'NOT_CLASSIFIED']);
  });
});

describe('suggestYear under NĐ 90/2020 as amended by NĐ 48/2023 (law.md 2–3: from the self-evaluation)', () => {
  it('all criteria "thực hiện tốt", every task on time and half exceeded, high efficiency: HTXSNV (Điều 8 khoản 1)', () => {
    const suggestion = suggestYear(nd90(selfEvaluation()));
    expect(suggestion?.outcome).toBe('HTXSNV');
    expect(suggestion?.score).toBeUndefined();
    expect(suggestion?.reasons.some((r) => r.clause.includes('Điều 8') && r.met)).toBe(true);
  });

  it('four tasks of ten exceeded is under 50 %: HTTNV (Điều 8 khoản 1 điểm b not met, Điều 9 khoản 1 met)', () => {
    const suggestion = suggestYear(nd90(selfEvaluation({ tasks: tenTasks(10, 4) })));
    expect(suggestion?.outcome).toBe('HTTNV');
    expect(suggestion?.reasons.some((r) => r.clause.includes('Điều 8') && !r.met)).toBe(true);
  });

  it('one criterion only "đáp ứng": not HTXSNV, HTTNV (Điều 9 khoản 1 điểm a)', () => {
    const suggestion = suggestYear(nd90(selfEvaluation({ criteria: { ...allGood, tacPhongLeLoi: 'meets' } })));
    expect(suggestion?.outcome).toBe('HTTNV');
  });

  it('3 of 10 tasks not on time (30 %, over 20 % and not over 50 %): the text decides neither HTNV nor KHTNV (law.md 2.3)', () => {
    const suggestion = suggestYear(nd90(selfEvaluation({ tasks: tenTasks(7, 0) })));
    expect(suggestion?.outcome).toBe('NEEDS_DECISION');
    expect(suggestion?.possibleOutcomes).toEqual(['HTNV', 'KHTNV']);
  });

  it('6 of 10 tasks not on time (over 50 %): KHTNV (Điều 11 khoản 1 điểm b)', () => {
    expect(suggestYear(nd90(selfEvaluation({ tasks: tenTasks(4, 0) })))?.outcome).toBe('KHTNV');
  });

  it('disciplined in the year: KHTNV (Điều 2 khoản 5 điểm a, added by NĐ 48/2023)', () => {
    const suggestion = suggestYear(
      nd90(selfEvaluation({ circumstances: { monthsWorked: 12, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: true } }))
    );
    expect(suggestion?.outcome).toBe('KHTNV');
  });

  it('fewer than 6 months worked: not rated (still reviews the year), even before the criteria are filled in (Điều 2 khoản 3)', () => {
    const suggestion = suggestYear(
      nd90(selfEvaluation({ criteria: {}, tasks: undefined, circumstances: { monthsWorked: 4, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: false } }))
    );
    expect(suggestion?.outcome).toBe('NOT_CLASSIFIED');
  });

  it('absent 4 months (3 to under 6): not above HTNV however good the year (law.md 3.2)', () => {
    const suggestion = suggestYear(
      nd90(selfEvaluation({ circumstances: { monthsWorked: 8, monthsAbsent: 4, maternityMonths: 0, disciplinedThisYear: false } }))
    );
    expect(suggestion?.outcome).toBe('HTNV');
  });

  it('suggests nothing without a self-evaluation, with a criterion left out, or with tasks that do not add up', () => {
    expect(suggestYear(nd90(undefined))).toBeUndefined();
    expect(suggestYear(nd90(selfEvaluation({ criteria: { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good' } })))).toBeUndefined();
    expect(suggestYear(nd90(selfEvaluation({ tasks: undefined })))).toBeUndefined();
    // More tasks on time than completed cannot be.
    expect(suggestYear(nd90(selfEvaluation({ tasks: { ...tenTasks(10, 5), tasksCompleted: 8 } })))).toBeUndefined();
    expect(suggestYear(nd90(selfEvaluation({ tasks: { ...tenTasks(0, 0), tasksTotal: 0, tasksCompleted: 0 } })))).toBeUndefined();
  });

  describe('leaders (Điều 8–11 khoản 2)', () => {
    const unit: Nd90LeaderFacts = {
      unitTargetsTotal: 10,
      unitTargetsCompleted: 10,
      unitTargetsOnTimeQuality: 10,
      unitTargetsExceeded: 5,
      subordinateUnitsTotal: 2,
      subordinateUnitsAtLeastHTNV: 2,
      subordinateUnitsHTTNVorHTXSNV: 2,
      unitInvolvedInCorruptionAndHandled: false,
      unitRating: 'HTXSNV'
    };
    const leaderSelf = (overrides: Partial<SelfEvaluationPayload> = {}): SelfEvaluationPayload =>
      selfEvaluation({ criteria: { ...allGood, ketQuaLanhDaoDiemA: 'good' }, leader: unit, ...overrides });

    it('needs the unit facts and criterion 5a before suggesting anything', () => {
      expect(suggestYear(nd90(leaderSelf({ leader: undefined }), true))).toBeUndefined();
      expect(suggestYear(nd90(leaderSelf({ criteria: { ...allGood } }), true))).toBeUndefined();
    });

    it('unit with every target done, half exceeded, both units below rated well: HTXSNV (Điều 8 khoản 2)', () => {
      expect(suggestYear(nd90(leaderSelf(), true))?.outcome).toBe('HTXSNV');
    });

    it('never above the rating of the unit led (Luật CBCC Điều 56 khoản 2)', () => {
      expect(suggestYear(nd90(leaderSelf({ leader: { ...unit, unitRating: 'HTNV' } }), true))?.outcome).toBe('HTNV');
    });
  });
});
