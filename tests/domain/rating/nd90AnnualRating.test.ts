import { rateNd90Year } from '../../../src/domain/rating/nd90/annualRating';
import type { Nd90LeaderFacts, Nd90TaskResults, Nd90YearInput } from '../../../src/domain/rating/nd90/nd90Input';
import type { RatingResult } from '../../../src/domain/rating/ratingResult';
import { mergeSettings, type RatingSettingsInput } from '../../../src/domain/rating/settings';

// ND 90/2020 as amended by ND 48/2023 (law.md 2–3). Each expectation is read off the tables of
// law.md 2.2 and the special cases of law.md 3, computed by hand.

const allGood = { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good', yThucKyLuat: 'good' } as const;

function tasks(onTime: number, exceeded = 5, completed = 10, highEfficiency: boolean | 'not judged' = true): Nd90TaskResults {
  return {
    tasksTotal: 10,
    tasksCompleted: completed,
    tasksOnTimeQuality: onTime,
    tasksExceeded: exceeded,
    highEfficiency: highEfficiency === 'not judged' ? undefined : highEfficiency
  };
}

function person(overrides: Partial<Nd90YearInput> = {}, t: Nd90TaskResults = tasks(10)): Nd90YearInput {
  return {
    evaluationYear: 2024,
    isLeader: false,
    monthsWorked: 12,
    monthsAbsent: 0,
    onMaternityLeave: false,
    maternityMonths: 0,
    degradationConcluded: false,
    disciplinedThisYear: false,
    disciplineForEarlierYearViolation: false,
    disciplineViolationAlreadyUsedForKHTNVInEarlierYear: false,
    performance: { criteria: { ...allGood }, tasks: t },
    ...overrides
  };
}

function unit(overrides: Partial<Nd90LeaderFacts> = {}): Nd90LeaderFacts {
  return {
    unitTargetsTotal: 10,
    unitTargetsCompleted: 10,
    unitTargetsOnTimeQuality: 10,
    unitTargetsExceeded: 5,
    subordinateUnitsTotal: 4,
    subordinateUnitsAtLeastHTNV: 4,
    subordinateUnitsHTTNVorHTXSNV: 3,
    unitInvolvedInCorruptionAndHandled: false,
    unitRating: 'HTXSNV',
    ...overrides
  };
}

function leader(facts: Partial<Nd90LeaderFacts> = {}, t: Nd90TaskResults = tasks(10), overrides: Partial<Nd90YearInput> = {}): Nd90YearInput {
  return person({
    isLeader: true,
    performance: { criteria: { ...allGood, ketQuaLanhDaoDiemA: 'good' }, tasks: t, leader: unit(facts) },
    ...overrides
  });
}

function rate(input: Nd90YearInput, settings?: RatingSettingsInput): RatingResult {
  return rateNd90Year(input, mergeSettings(settings).nd90);
}

function expectUndecided(result: RatingResult, possible: string[]): void {
  expect(result.outcome).toBe('NEEDS_DECISION');
  expect(result.possibleOutcomes).toEqual(possible);
  const closing = result.reasons[result.reasons.length - 1];
  expect(closing.met).toBe(false);
  expect(closing.text).toContain(`Các mức còn có thể: ${possible.join(', ')}`);
}

describe('ND 90 non-leaders (Điều 8–11 khoản 1)', () => {
  it('Điều 8 khoản 1: all "thực hiện tốt", 100 % on time, exactly 50 % exceeded, high efficiency → HTXSNV', () => {
    const r = rate(person());
    expect(r.outcome).toBe('HTXSNV');
    expect(r.ruleSetId).toBe('ND90_48');
    expect(r.reasons.some((x) => x.clause === 'NĐ 90/2020 Điều 8 khoản 1 điểm b' && x.met)).toBe(true);
  });

  it('Điều 8 khoản 1 điểm b: 4 of 10 exceeded (40 % < 50 %) → HTTNV', () => {
    expect(rate(person({}, tasks(10, 4))).outcome).toBe('HTTNV');
  });

  it('Điều 8 khoản 1 điểm b: not "hiệu quả cao" → HTTNV; not judged → NEEDS_DECISION HTXSNV or HTTNV (law.md 2.3)', () => {
    expect(rate(person({}, tasks(10, 5, 10, false))).outcome).toBe('HTTNV');
    expectUndecided(rate(person({}, tasks(10, 5, 10, 'not judged'))), ['HTXSNV', 'HTTNV']);
  });

  it('Điều 8 khoản 1 điểm a: one criterion only "đáp ứng" → HTTNV (Điều 9 khoản 1)', () => {
    const input = person();
    input.performance = { criteria: { ...allGood, tacPhongLeLoi: 'meets' }, tasks: tasks(10) };
    expect(rate(input).outcome).toBe('HTTNV');
  });

  it('Điều 10 khoản 1 điểm b: all completed, exactly 20 % not on time/quality (8 of 10) → HTNV', () => {
    expect(rate(person({}, tasks(8))).outcome).toBe('HTNV');
  });

  it('law.md 2.3 gap: 30 % failing (above 20 %, not above 50 %) → NEEDS_DECISION HTNV or KHTNV', () => {
    expectUndecided(rate(person({}, tasks(7))), ['HTNV', 'KHTNV']);
  });

  it('law.md 2.3 gap: exactly 50 % failing is not "trên 50%" → NEEDS_DECISION HTNV or KHTNV', () => {
    expectUndecided(rate(person({}, tasks(5))), ['HTNV', 'KHTNV']);
  });

  it('Điều 11 khoản 1 điểm b: 60 % failing ("trên 50%") → KHTNV', () => {
    expect(rate(person({}, tasks(4))).outcome).toBe('KHTNV');
  });

  it('Điều 10 khoản 1 điểm b needs every task completed: 9 of 10 completed, 10 % failing → gap, NEEDS_DECISION', () => {
    expectUndecided(rate(person({}, tasks(9, 0, 9))), ['HTNV', 'KHTNV']);
  });

  it('law.md 2.3 gap: a Điều 3 criterion "fails" without a formal finding of degradation → NEEDS_DECISION HTNV or KHTNV', () => {
    const input = person();
    input.performance = { criteria: { ...allGood, daoDucLoiSong: 'fails' }, tasks: tasks(10) };
    expectUndecided(rate(input), ['HTNV', 'KHTNV']);
  });

  it('Điều 11 khoản 1 điểm a: degradation concluded by the competent level → KHTNV whatever the results', () => {
    const r = rate(person({ degradationConcluded: true }));
    expect(r.outcome).toBe('KHTNV');
    expect(r.reasons.find((x) => x.clause === 'NĐ 90/2020 Điều 11 khoản 1 điểm a')?.met).toBe(true);
  });
});

function hundred(onTime: number, exceeded = 50): Nd90TaskResults {
  return { tasksTotal: 100, tasksCompleted: 100, tasksOnTimeQuality: onTime, tasksExceeded: exceeded, highEfficiency: true };
}

// One task either side of each percentage of law.md 2.2, on 100 tasks so that a threshold moved by
// one point, or ≥ written for > (or the reverse), changes the outcome.
describe('ND 90 khoản 1 boundaries, one task either side (law.md 2.2)', () => {
  it.each([
    ['Điều 8 khoản 1 điểm b: exactly 50 % exceeded ("ít nhất 50%") → HTXSNV', hundred(100, 50), 'HTXSNV'],
    ['Điều 8 khoản 1 điểm b: 49 % exceeded → HTTNV', hundred(100, 49), 'HTTNV'],
    ['Điều 8/9 khoản 1 điểm b: 99 % on time (not 100 %) → HTNV even with 50 % exceeded', hundred(99, 50), 'HTNV'],
    ['Điều 10 khoản 1 điểm b: exactly 20 % failing ("không quá 20%") → HTNV', hundred(80, 0), 'HTNV'],
    ['Điều 11 khoản 1 điểm b: 51 % failing ("trên 50%") → KHTNV', hundred(49, 0), 'KHTNV']
  ])('%s', (_name, t, outcome) => {
    expect(rate(person({}, t)).outcome).toBe(outcome);
  });

  it.each([
    ['21 % failing: above 20 %', 79],
    ['exactly 50 % failing: not "trên 50%"', 50]
  ])('law.md 2.3 gap, %s → NEEDS_DECISION HTNV or KHTNV', (_name, onTime) => {
    expectUndecided(rate(person({}, hundred(onTime, 0))), ['HTNV', 'KHTNV']);
  });
});

describe('ND 90 Điều 2 khoản 3: months worked, absence, maternity (law.md 3.1–3.3)', () => {
  it('3.1: fewer than 6 months worked → NOT_CLASSIFIED (still reviews the year)', () => {
    expect(rate(person({ monthsWorked: 5.9, monthsAbsent: 6.1 })).outcome).toBe('NOT_CLASSIFIED');
    expect(rate(person({ monthsWorked: 3, performance: undefined })).outcome).toBe('NOT_CLASSIFIED');
  });

  it('3.1: exactly 6 months is enough', () => {
    expect(rate(person({ monthsWorked: 6 })).outcome).toBe('HTXSNV');
  });

  it('3.2: absent exactly 3 months → capped at HTNV', () => {
    const r = rate(person({ monthsWorked: 9, monthsAbsent: 3 }));
    expect(r.outcome).toBe('HTNV');
    expect(r.reasons.some((x) => x.met && /từ 03 tháng đến dưới 06 tháng/.test(x.text))).toBe(true);
  });

  it('3.2: absent 2.9 months → not capped; 5.9 months → capped; exactly 6 months → outside the range', () => {
    expect(rate(person({ monthsWorked: 9.1, monthsAbsent: 2.9 })).outcome).toBe('HTXSNV');
    expect(rate(person({ monthsWorked: 6.1, monthsAbsent: 5.9 })).outcome).toBe('HTNV');
    expect(rate(person({ monthsWorked: 6, monthsAbsent: 6 })).outcome).toBe('HTXSNV');
  });

  it('3.2: the cap never raises a lower level', () => {
    expect(rate(person({ monthsWorked: 9, monthsAbsent: 3 }, tasks(4))).outcome).toBe('KHTNV');
  });

  it('3.3: maternity leave is excepted from the under-6-months rule: rated on the time actually worked', () => {
    const r = rate(person({ monthsWorked: 4, onMaternityLeave: true, maternityMonths: 8 }));
    expect(r.outcome).toBe('HTXSNV');
    expect(r.reasons.some((x) => x.met && /thai sản/.test(x.text))).toBe(true);
  });

  it('3.3: no month actually worked (maternity all year) → NOT_CLASSIFIED (nothing to evaluate)', () => {
    expect(rate(person({ monthsWorked: 0, onMaternityLeave: true, maternityMonths: 12 })).outcome).toBe('NOT_CLASSIFIED');
  });

  it('3.3: maternity (4 months) within 3 to under 6 months: the text does not say whether the cap applies → NEEDS_DECISION', () => {
    expectUndecided(rate(person({ monthsWorked: 8, onMaternityLeave: true, maternityMonths: 4 })), ['HTXSNV', 'HTNV']);
  });

  it('3.3: maternity 2 + other leave 1 = exactly 3 months → the same ambiguity', () => {
    expectUndecided(rate(person({ monthsWorked: 9, monthsAbsent: 1, onMaternityLeave: true, maternityMonths: 2 })), ['HTXSNV', 'HTNV']);
  });

  it('3.3: the setting decides the ambiguity either way', () => {
    const input = person({ monthsWorked: 8, onMaternityLeave: true, maternityMonths: 4 });
    expect(rate(input, { nd90: { maternityAndAbsence: 'MATERNITY_NOT_CAPPED' } }).outcome).toBe('HTXSNV');
    expect(rate(input, { nd90: { maternityAndAbsence: 'MATERNITY_COUNTS_AS_ABSENCE' } }).outcome).toBe('HTNV');
  });

  it('3.3: when the level is HTNV anyway, the ambiguity does not matter', () => {
    expect(rate(person({ monthsWorked: 8, onMaternityLeave: true, maternityMonths: 4 }, tasks(8))).outcome).toBe('HTNV');
  });
});

describe('ND 48/2023 discipline (khoản 5 Điều 2 NĐ 90/2020, law.md 3.4)', () => {
  it('điểm a: disciplined in the evaluation year → KHTNV', () => {
    const r = rate(person({ disciplinedThisYear: true }));
    expect(r.outcome).toBe('KHTNV');
    expect(r.reasons.some((x) => x.met && x.clause.indexOf('NĐ 90/2020 Điều 2 khoản 5 điểm a (bổ sung bởi NĐ 48/2023)') >= 0)).toBe(true);
  });

  it('điểm a: the decision year counts, even for a violation of an earlier year → KHTNV', () => {
    expect(rate(person({ disciplinedThisYear: true, disciplineForEarlierYearViolation: true })).outcome).toBe('KHTNV');
  });

  it('điểm b: the violation was already the basis of a KHTNV in an earlier year → not counted again', () => {
    const r = rate(person({ disciplinedThisYear: true, disciplineForEarlierYearViolation: true, disciplineViolationAlreadyUsedForKHTNVInEarlierYear: true }));
    expect(r.outcome).toBe('HTXSNV');
    expect(r.reasons.some((x) => !x.met && x.clause === 'NĐ 90/2020 Điều 2 khoản 5 điểm b (bổ sung bởi NĐ 48/2023)')).toBe(true);
  });

  it('điểm c: Party and administrative decisions in different years count in one year, which one is not stated → NEEDS_DECISION', () => {
    expectUndecided(rate(person({ disciplinedThisYear: true, disciplinePartyAndAdministrativeInDifferentYears: true })), ['HTXSNV', 'KHTNV']);
  });

  it('điểm c: the setting decides', () => {
    const input = person({ disciplinedThisYear: true, disciplinePartyAndAdministrativeInDifferentYears: true });
    expect(rate(input, { nd90: { splitDiscipline: 'COUNT_IN_THIS_YEAR' } }).outcome).toBe('KHTNV');
    expect(rate(input, { nd90: { splitDiscipline: 'NOT_COUNTED_THIS_YEAR' } }).outcome).toBe('HTXSNV');
  });

  it('a year before ND 48 took effect (15/9/2023) says so in the reasons', () => {
    expect(rate(person({ evaluationYear: 2022 })).reasons.some((x) => /15\/9\/2023/.test(x.text))).toBe(true);
  });
});

describe('ND 90 Điều 20 khoản 1: transfers (law.md 3.5)', () => {
  it('months are counted across agencies: 4 at the old agency + 3 at the new = 7 → rated', () => {
    expect(rate(person({ monthsWorked: 7, monthsAbsent: 0, monthsAtPreviousAgency: 4 })).outcome).toBe('HTXSNV');
  });

  it('6 months or more at the old agency: its comments must be combined; under 6 they need not', () => {
    const six = rate(person({ monthsAtPreviousAgency: 6 })).reasons.find((x) => x.clause === 'NĐ 90/2020 Điều 20 khoản 1');
    const five = rate(person({ monthsAtPreviousAgency: 5 })).reasons.find((x) => x.clause === 'NĐ 90/2020 Điều 20 khoản 1');
    expect(six?.met).toBe(true);
    expect(five?.met).toBe(false);
  });
});

describe('ND 90 leaders (Điều 8–11 khoản 2) and the ceiling (Luật CBCC Điều 56 khoản 2)', () => {
  it('Điều 8 khoản 2: all points met (unit 50 % exceeded, subordinates 100 % ≥ HT, 75 % good) → HTXSNV', () => {
    expect(rate(leader()).outcome).toBe('HTXSNV');
  });

  it('Điều 8 khoản 2 điểm d: exactly 70 % of subordinate units HTT or above is enough', () => {
    expect(rate(leader({ subordinateUnitsTotal: 10, subordinateUnitsAtLeastHTNV: 10, subordinateUnitsHTTNVorHTXSNV: 7 })).outcome).toBe('HTXSNV');
  });

  it('Điều 8/9 khoản 2 điểm d: 60 % good → neither HTXSNV nor HTTNV; 100 % ≥ HT (≥ 70 %) → HTNV', () => {
    expect(rate(leader({ subordinateUnitsTotal: 10, subordinateUnitsAtLeastHTNV: 10, subordinateUnitsHTTNVorHTXSNV: 6 })).outcome).toBe('HTNV');
  });

  it('Điều 8 khoản 2 điểm c: 40 % of unit targets exceeded; Điều 9 khoản 2 điểm c: exactly 80 % on time → HTTNV', () => {
    expect(rate(leader({ unitTargetsExceeded: 4, unitTargetsOnTimeQuality: 8 })).outcome).toBe('HTTNV');
  });

  it('Điều 9 khoản 2 điểm c: 70 % on time (< 80 %) → HTNV (all targets completed, above 70 %)', () => {
    expect(rate(leader({ unitTargetsExceeded: 4, unitTargetsOnTimeQuality: 7 })).outcome).toBe('HTNV');
  });

  it('Điều 10 khoản 2 điểm c: unit completes 80 % ("trên 70%") → HTNV', () => {
    expect(rate(leader({ unitTargetsCompleted: 8, unitTargetsOnTimeQuality: 8, unitTargetsExceeded: 4 })).outcome).toBe('HTNV');
  });

  it('law.md 2.3 gap: unit completes exactly 70 % → NEEDS_DECISION HTNV or KHTNV', () => {
    expectUndecided(rate(leader({ unitTargetsCompleted: 7, unitTargetsOnTimeQuality: 7, unitTargetsExceeded: 4 })), ['HTNV', 'KHTNV']);
  });

  it('law.md 2.3 gap: unit completes exactly 50 % (not "dưới 50%") → NEEDS_DECISION HTNV or KHTNV', () => {
    expectUndecided(rate(leader({ unitTargetsCompleted: 5, unitTargetsOnTimeQuality: 5, unitTargetsExceeded: 2 })), ['HTNV', 'KHTNV']);
  });

  it('Điều 11 khoản 2 điểm c: unit completes 40 % ("dưới 50%") → KHTNV', () => {
    expect(rate(leader({ unitTargetsCompleted: 4, unitTargetsOnTimeQuality: 4, unitTargetsExceeded: 2 })).outcome).toBe('KHTNV');
  });

  it('Điều 10 khoản 2 điểm d: exactly 70 % of subordinate units ≥ HT is enough for HTNV; 60 % is a gap', () => {
    expect(rate(leader({ subordinateUnitsTotal: 10, subordinateUnitsAtLeastHTNV: 7, subordinateUnitsHTTNVorHTXSNV: 7 })).outcome).toBe('HTNV');
    expectUndecided(rate(leader({ subordinateUnitsTotal: 10, subordinateUnitsAtLeastHTNV: 6, subordinateUnitsHTTNVorHTXSNV: 6 })), ['HTNV', 'KHTNV']);
  });

  it('Điều 11 khoản 2 điểm d: a directly managed unit involved in corruption and dealt with → KHTNV', () => {
    expect(rate(leader({ unitInvolvedInCorruptionAndHandled: true })).outcome).toBe('KHTNV');
  });

  it('Điều 11 khoản 2 điểm đ: a disciplined leader → KHTNV', () => {
    const r = rate(leader({}, tasks(10), { disciplinedThisYear: true }));
    expect(r.outcome).toBe('KHTNV');
    expect(r.reasons.some((x) => x.met && x.clause.indexOf('Điều 11 khoản 2 điểm đ') >= 0)).toBe(true);
  });

  it('Điều 8 khoản 2 điểm a: điểm a khoản 5 Điều 3 only "đáp ứng" → HTTNV', () => {
    const input = leader();
    if (input.performance !== undefined) {
      input.performance.criteria.ketQuaLanhDaoDiemA = 'meets';
    }
    expect(rate(input).outcome).toBe('HTTNV');
  });

  it('law.md 2.3 gap: a leader with no subordinate units: criterion d undecided → every level remains possible', () => {
    const input = leader({ subordinateUnitsTotal: 0, subordinateUnitsAtLeastHTNV: 0, subordinateUnitsHTTNVorHTXSNV: 0 });
    expectUndecided(rate(input), ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(rate(input, { nd90: { leaderWithoutSubordinateUnits: 'CRITERION_MET' } }).outcome).toBe('HTXSNV');
  });

  it('ceiling: not above the unit’s rating (unit HTTNV → HTTNV; unit KHTNV → KHTNV)', () => {
    expect(rate(leader({ unitRating: 'HTTNV' })).outcome).toBe('HTTNV');
    expect(rate(leader({ unitRating: 'KHTNV' })).outcome).toBe('KHTNV');
  });

  it('ceiling: without the unit’s rating the level stands and a reason says it must still be checked', () => {
    const r = rate(leader({ unitRating: undefined }));
    expect(r.outcome).toBe('HTXSNV');
    expect(r.reasons.some((x) => !x.met && x.clause === 'Luật Cán bộ, công chức Điều 56 khoản 2 (sửa đổi 2019)')).toBe(true);
  });

  it('the ceiling also narrows a NEEDS_DECISION (HTXSNV or HTTNV under a HTTNV unit → HTTNV)', () => {
    expect(rate(leader({ unitRating: 'HTTNV' }, tasks(10, 5, 10, 'not judged'))).outcome).toBe('HTTNV');
  });
});

describe('ND 90 khoản 2 boundaries, one unit target or unit either side (law.md 2.2)', () => {
  const targets = (completed: number, onTime: number, exceeded: number): Partial<Nd90LeaderFacts> => ({
    unitTargetsTotal: 100,
    unitTargetsCompleted: completed,
    unitTargetsOnTimeQuality: onTime,
    unitTargetsExceeded: exceeded
  });
  const units = (atLeastHt: number, good: number): Partial<Nd90LeaderFacts> => ({
    subordinateUnitsTotal: 100,
    subordinateUnitsAtLeastHTNV: atLeastHt,
    subordinateUnitsHTTNVorHTXSNV: good
  });

  it.each([
    ['Điều 8 khoản 2 điểm c: exactly 50 % of targets exceeded → HTXSNV', targets(100, 100, 50), 'HTXSNV'],
    ['Điều 8 khoản 2 điểm c: 49 % exceeded; Điều 9 khoản 2 điểm c: 100 % on time → HTTNV', targets(100, 100, 49), 'HTTNV'],
    ['Điều 9 khoản 2 điểm c: exactly 80 % on time ("ít nhất 80%") → HTTNV', targets(100, 80, 49), 'HTTNV'],
    ['Điều 9 khoản 2 điểm c: 79 % on time → HTNV', targets(100, 79, 49), 'HTNV'],
    ['Điều 10 khoản 2 điểm c: 71 % completed ("trên 70%") → HTNV', targets(71, 71, 0), 'HTNV'],
    ['Điều 11 khoản 2 điểm c: 49 % completed ("dưới 50%") → KHTNV', targets(49, 49, 0), 'KHTNV'],
    ['Điều 8/9 khoản 2 điểm d: 99 % of units ≥ HT (not 100 %) → HTNV', units(99, 99), 'HTNV'],
    ['Điều 8 khoản 2 điểm d: exactly 70 % HTT or above → HTXSNV', units(100, 70), 'HTXSNV'],
    ['Điều 8/9 khoản 2 điểm d: 69 % HTT or above → HTNV', units(100, 69), 'HTNV'],
    ['Điều 10 khoản 2 điểm d: exactly 70 % ≥ HT ("ít nhất 70%") → HTNV', units(70, 70), 'HTNV']
  ])('%s', (_name, facts, outcome) => {
    expect(rate(leader(facts)).outcome).toBe(outcome);
  });

  it.each([
    ['exactly 70 % completed (HTNV needs "trên 70%")', targets(70, 70, 0)],
    ['exactly 50 % completed (KHTNV needs "dưới 50%")', targets(50, 50, 0)],
    ['69 % of units ≥ HT (HTNV needs at least 70 %)', units(69, 69)]
  ])('law.md 2.3 gap, %s → NEEDS_DECISION HTNV or KHTNV', (_name, facts) => {
    expectUndecided(rate(leader(facts)), ['HTNV', 'KHTNV']);
  });

  it('Điều 8 khoản 2 điểm b asks no share of own tasks exceeded (only khoản 1 does): 0 exceeded → HTXSNV', () => {
    expect(rate(leader({}, tasks(10, 0))).outcome).toBe('HTXSNV');
    expect(rate(person({}, tasks(10, 0))).outcome).toBe('HTTNV');
  });

  it('no subordinate units: the closing reason says criterion d is undetermined, not that it failed (law.md 2.3)', () => {
    const r = rate(leader({ subordinateUnitsTotal: 0, subordinateUnitsAtLeastHTNV: 0, subordinateUnitsHTTNVorHTXSNV: 0 }));
    const closing = r.reasons[r.reasons.length - 1];
    expect(closing.text).toContain('chưa xác định được tiêu chí mức Hoàn thành nhiệm vụ (NĐ 90/2020 Điều 10 khoản 2 điểm d:');
    expect(closing.text).not.toContain('không đạt tiêu chí mức Hoàn thành nhiệm vụ');
  });

  it('a gap names the HTNV points not met in its closing reason', () => {
    const r = rate(leader(targets(70, 70, 0)));
    expect(r.reasons[r.reasons.length - 1].text).toContain('không đạt tiêu chí mức Hoàn thành nhiệm vụ (NĐ 90/2020 Điều 10 khoản 2 điểm c)');
  });
});

describe('every ND 90 result carries its reasons', () => {
  it('each reason has a clause reference to NĐ 90/2020, NĐ 48/2023 or the law, and Vietnamese text', () => {
    for (const r of [rate(person()), rate(person({}, tasks(7))), rate(leader({ unitRating: 'HTTNV' }))]) {
      expect(r.reasons.length).toBeGreaterThan(3);
      for (const x of r.reasons) {
        expect(x.clause).toMatch(/NĐ 90\/2020|NĐ 48\/2023|Luật Cán bộ/);
        expect(x.text.length).toBeGreaterThan(10);
      }
    }
  });
});
