import fc from 'fast-check';
import { formatFieldErrors, gradeJson, type GradeOutcome } from '../../../src/domain/rating/contract/grade';
import { parseGradingRequest } from '../../../src/domain/rating/contract/gradingRequest';
import { ND335_EXAMPLE, ND90_EXAMPLE, QUOTA_EXAMPLE } from './fixtures/contractExamples';

// shared/brief/grading-contract.md, in process: the CLI (tools/grade.ts) only adds I/O around gradeJson.

function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function output(value: unknown): unknown {
  const r = gradeJson(value);
  if (!r.ok) {
    throw new Error(formatFieldErrors(r.errors));
  }
  return r.output;
}

function errorText(value: unknown): string {
  const r = gradeJson(value);
  if (r.ok) {
    throw new Error('expected field errors');
  }
  return formatFieldErrors(r.errors);
}

describe('grading contract: individual ratings', () => {
  it('the ND90_48 example (non-leader, 100 % on time, 50 % exceeded, high efficiency) → HTXSNV with reasons', () => {
    const r = output(ND90_EXAMPLE) as { rating: string; regime: string; reasons: Array<{ clause: string; text: string; met: boolean }> };
    expect(r.rating).toBe('HTXSNV');
    expect(r.regime).toBe('ND90_48');
    expect(Object.keys(r)).toEqual(['rating', 'regime', 'reasons']);
    for (const reason of r.reasons) {
      expect(Object.keys(reason)).toEqual(['clause', 'text', 'met']);
    }
  });

  it('the ND90_48 example as a leader (unit 50 % exceeded, 75 % of subordinate units good) → HTXSNV', () => {
    expect((output({ ...ND90_EXAMPLE, isLeader: true }) as { rating: string }).rating).toBe('HTXSNV');
  });

  it('the ND335 example: 87.5 points → HTTNV (≥ 70 and < 90), with the score', () => {
    expect(output(ND335_EXAMPLE)).toMatchObject({ rating: 'HTTNV', regime: 'ND335', score: 87.5 });
  });

  it('ND335 periodScores are rolled up; null is a period not worked', () => {
    // (5 × 95 + 5 × 85 + 90) / 11 = 990 / 11 = 90 → HTXSNV (11 months worked)
    expect(output({ ...ND335_EXAMPLE, annualScore: undefined, periodScores: [95, 95, 95, 95, 95, null, 85, 85, 85, 85, 85, 90] })).toMatchObject({ rating: 'HTXSNV', score: 90 });
  });

  it('ND335 with fewer than 6 monthly scores: NEEDS_DECISION between the level and NOT_CLASSIFIED (law.md 5.1, 3.6)', () => {
    // (95 + 85) / 2 = 90, but two months of scores cannot make 6 months worked
    expect(output({ ...ND335_EXAMPLE, annualScore: undefined, periodScores: [95, null, 85] })).toMatchObject({
      rating: 'NEEDS_DECISION',
      score: 90,
      possibleRatings: ['HTXSNV', 'NOT_CLASSIFIED']
    });
  });

  it('NEEDS_DECISION lists the possible ratings (30 % failing: HTNV or KHTNV, law.md 2.3)', () => {
    expect(output({ ...ND90_EXAMPLE, tasksOnTimeQuality: 7 })).toMatchObject({ rating: 'NEEDS_DECISION', possibleRatings: ['HTNV', 'KHTNV'] });
  });

  it('without regime, the rule set is chosen by year: 2025 → ND90_48, 2026 → ND335', () => {
    expect(output(without(ND90_EXAMPLE, 'regime'))).toMatchObject({ regime: 'ND90_48' });
    expect(output(without(ND335_EXAMPLE, 'regime'))).toMatchObject({ regime: 'ND335' });
  });

  it('under 6 months, criteria and tasks may be left out → NOT_CLASSIFIED', () => {
    expect(output({ regime: 'ND90_48', evaluationYear: 2025, isLeader: false, monthsWorked: 4 })).toMatchObject({ rating: 'NOT_CLASSIFIED' });
  });

  it('settings travel with the request (maternity ambiguity decided by HR)', () => {
    const input = { ...ND90_EXAMPLE, monthsWorked: 8, onMaternityLeave: true, maternityMonths: 4 };
    expect(output(input)).toMatchObject({ rating: 'NEEDS_DECISION', possibleRatings: ['HTXSNV', 'HTNV'] });
    expect(output({ ...input, settings: { nd90: { maternityAndAbsence: 'MATERNITY_COUNTS_AS_ABSENCE' } } })).toMatchObject({ rating: 'HTNV' });
  });
});

describe('grading contract: the quota', () => {
  it('the quota example: 2 HTXSNV for 10 HTTNV → within, exactly the contract shape', () => {
    expect(output(QUOTA_EXAMPLE)).toEqual({ violated: false, perScope: [{ scope: 'Phòng A', maxHTXSNV: 2, violated: false, excess: 0 }] });
  });

  it('several groups, then "whole agency"', () => {
    const groups = [
      { name: 'Phòng A', ratings: { HTXSNV: 3, HTTNV: 10, HTNV: 0, KHTNV: 0 } },
      { name: 'Phòng B', ratings: { HTXSNV: 1, HTTNV: 5, HTNV: 2, KHTNV: 0 } }
    ];
    // A: max 2, excess 1; B: max 1; agency: 4 for 15 → max 3, excess 1
    expect(output({ ...QUOTA_EXAMPLE, groups })).toEqual({
      violated: true,
      perScope: [
        { scope: 'Phòng A', maxHTXSNV: 2, violated: true, excess: 1 },
        { scope: 'Phòng B', maxHTXSNV: 1, violated: false, excess: 0 },
        { scope: 'whole agency', maxHTXSNV: 3, violated: true, excess: 1 }
      ]
    });
  });

  it('the base is a setting; a recorded exception lifts its scope', () => {
    const group = { name: 'Phòng A', ratings: { HTXSNV: 3, HTTNV: 10, HTNV: 0, KHTNV: 0 } };
    expect(output({ ...QUOTA_EXAMPLE, groups: [group], settings: { quota: { base: 'HTTNV_OR_ABOVE' } } })).toMatchObject({ violated: true, perScope: [{ maxHTXSNV: 2 }] });
    expect(
      output({ ...QUOTA_EXAMPLE, groups: [group], exceptions: [{ scope: 'Phòng A', decidedBy: 'Bộ trưởng', reason: 'Thành tích nổi trội', maxHTXSNV: 3 }] })
    ).toMatchObject({ violated: false, perScope: [{ maxHTXSNV: 3 }] });
  });
});

describe('grading contract: arrays and field errors', () => {
  it('an array gives an array of results, in order', () => {
    const r = output([ND90_EXAMPLE, ND335_EXAMPLE, QUOTA_EXAMPLE]) as unknown[];
    expect(r).toHaveLength(3);
    expect(r[2]).toHaveProperty('perScope');
  });

  it.each([
    [{ ...ND90_EXAMPLE, evaluationYear: 'x' }, 'evaluationYear: expected an integer year, got "x"'],
    [{ ...ND90_EXAMPLE, evaluationYear: 2024.5 }, 'evaluationYear: expected an integer year, got 2024.5'],
    [{ ...ND90_EXAMPLE, isLeader: undefined }, 'isLeader: required: true or false'],
    [{ ...ND90_EXAMPLE, isLeader: 'no' }, 'isLeader: expected true or false, got "no"'],
    [{ ...ND90_EXAMPLE, regime: 'ND335' }, 'regime: ND335 does not apply to civil servants in evaluation year 2024 (it applies to: civil servants from 2026)'],
    [{ ...ND90_EXAMPLE, evaluationYear: 2019 }, 'regime: ND90_48 does not apply to civil servants in evaluation year 2019 (it applies to: civil servants 2020-2025, public employees from 2020)'],
    [{ ...ND90_EXAMPLE, regime: 'ND91' }, 'regime: expected one of "ND90_48", "ND335", got "ND91"'],
    [{ ...ND90_EXAMPLE, tasksCompleted: 11 }, 'tasksCompleted: cannot exceed tasksTotal (10), got 11'],
    [{ ...ND90_EXAMPLE, tasksTotal: 0, tasksCompleted: 0, tasksOnTimeQuality: 0, tasksExceeded: 0 }, 'tasksTotal: expected a whole number ≥ 1, got 0'],
    [{ ...ND90_EXAMPLE, criteria: { ...ND90_EXAMPLE.criteria, daoDucLoiSong: 'ok' } }, 'criteria.daoDucLoiSong: expected one of "good", "meets", "fails", got "ok"'],
    [{ ...ND90_EXAMPLE, monthsWorked: 13 }, 'monthsWorked: expected a number of months from 0 to 12, got 13'],
    [{ ...ND90_EXAMPLE, monthsAbsent: 3 }, 'monthsWorked: monthsWorked + monthsAbsent + maternityMonths cannot exceed 12, got 15'],
    [{ ...ND90_EXAMPLE, maternityMonths: 2, monthsWorked: 10 }, 'maternityMonths: must be 0 when onMaternityLeave is false, got 2'],
    [{ ...ND335_EXAMPLE, annualScore: 101 }, 'annualScore: expected a score from 0 to 100, got 101'],
    [{ ...ND335_EXAMPLE, annualScore: undefined }, 'annualScore: required: annualScore (0 to 100) or periodScores (an array of period scores)'],
    [{ ...ND335_EXAMPLE, annualScore: undefined, periodScores: [80, 'x'] }, 'periodScores[1]: expected a score from 0 to 100, or null for a period not worked, got "x"'],
    [{ ...ND335_EXAMPLE, settings: { quota: { rate: 2 } } }, 'settings.quota.rate: expected a number from 0 to 1 (e.g. 0.2 for 20 %), got 2'],
    [{ ...QUOTA_EXAMPLE, groups: [] }, 'groups: expected an array of 1 to 10000 items, got []'],
    [{ ...QUOTA_EXAMPLE, groups: [{ name: 'A', ratings: { HTXSNV: -1 } }] }, 'groups[0].ratings.HTXSNV: expected a whole number ≥ 0, got -1'],
    [{ ...QUOTA_EXAMPLE, kind: 'quotas' }, 'kind: expected one of "quota", "individual", got "quotas"'],
    [{ ...ND335_EXAMPLE, annualScore: Infinity }, 'annualScore: expected a score from 0 to 100, got Infinity'],
    [{ ...ND90_EXAMPLE, monthsWorked: -1 }, 'monthsWorked: expected a number of months from 0 to 12, got -1'],
    [42, 'input: expected a JSON object (a rating or a quota request), got 42']
  ])('%#: names the field', (input, message) => {
    expect(errorText(input).split('\n')).toContain(message);
  });

  it('a leader needs the unit fields', () => {
    expect(errorText({ ...without(ND90_EXAMPLE, 'unitTargetsTotal'), isLeader: true })).toContain('unitTargetsTotal: required: a whole number ≥ 1');
  });

  it('in an array, the path starts with the index', () => {
    expect(errorText([ND90_EXAMPLE, { ...ND335_EXAMPLE, evaluationYear: 'x' }])).toBe('[1].evaluationYear: expected an integer year, got "x"');
  });

  it('parseGradingRequest gives a typed request the web parts can grade', () => {
    const parsed = parseGradingRequest(ND335_EXAMPLE);
    expect(parsed.ok && parsed.value.kind).toBe('individual');
    expect(parsed.ok && parsed.value.ruleSet.id).toBe('ND335');
  });
});

function wellFormed(r: GradeOutcome): boolean {
  if (r.ok) {
    return true;
  }
  return r.errors.length > 0 && r.errors.every((e) => typeof e.field === 'string' && e.message.length > 0 && !/\n/.test(e.message));
}

describe('grading contract fuzz (in process)', () => {
  it('random JSON never throws: a result or field errors', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => wellFormed(gradeJson(value))), { numRuns: 500 });
  });

  it('the examples with one field replaced by random JSON never throw', () => {
    const examples: Array<Record<string, unknown>> = [ND90_EXAMPLE, { ...ND90_EXAMPLE, isLeader: true }, ND335_EXAMPLE, QUOTA_EXAMPLE];
    const keys = Array.from(new Set(examples.flatMap((e) => Object.keys(e)).concat(['settings', 'periodScores', 'exceptions', 'staffKind', 'monthsAtPreviousAgency'])));
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.constantFrom(...keys), fc.jsonValue(), (example, key, value) => wellFormed(gradeJson({ ...example, [key]: value }))),
      { numRuns: 1000 }
    );
  });

  it('random well-typed ND90 inputs always grade to a contract code', () => {
    const codes = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'NOT_CLASSIFIED', 'NEEDS_DECISION'];
    const input = fc.record({
      isLeader: fc.boolean(),
      monthsWorked: fc.integer({ min: 0, max: 12 }),
      degradationConcluded: fc.boolean(),
      disciplinedThisYear: fc.boolean(),
      tasksOnTimeQuality: fc.integer({ min: 0, max: 10 }),
      tasksExceeded: fc.integer({ min: 0, max: 10 }),
      unitTargetsCompleted: fc.integer({ min: 0, max: 10 }),
      subordinateUnitsAtLeastHTNV: fc.integer({ min: 0, max: 4 }),
      unitRating: fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')
    });
    fc.assert(
      fc.property(input, (i) => {
        const r = gradeJson({
          ...ND90_EXAMPLE,
          ...i,
          tasksExceeded: Math.min(i.tasksExceeded, 10),
          unitTargetsOnTimeQuality: i.unitTargetsCompleted,
          unitTargetsExceeded: 0,
          subordinateUnitsHTTNVorHTXSNV: i.subordinateUnitsAtLeastHTNV
        });
        return r.ok && codes.indexOf((r.output as { rating: string }).rating) >= 0;
      }),
      { numRuns: 300 }
    );
  });
});
