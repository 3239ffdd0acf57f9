import {
  generalCriteriaGroups,
  generalCriteriaLeaves,
  generalCriteriaSum,
  recordedGeneralCriteria,
  validateGeneralCriteriaParts
} from '../../src/domain/evaluation/generalCriteria';
import { totalOfParts, validatePeriodDraft, validatePeriodReview, type PeriodDraft } from '../../src/domain/evaluation/periodDraft';
import { DEFAULT_MAU01 } from '../../src/domain/rating/mau01';
import type { Mau01Settings } from '../../src/domain/rating/settings';

// official-documents.md 1.1 (Mẫu số 01 Phụ lục II, NĐ 335/2025), Section I: group I has 2 criteria of 5
// points, groups II and III 4 criteria of 2,5 points; the general criteria make 30 points (law.md 5.1).
const NATIONAL: Mau01Settings = DEFAULT_MAU01;
const fullMarks: { [key: string]: number } = {
  'I.1': 5,
  'I.2': 5,
  'II.1': 2.5,
  'II.2': 2.5,
  'II.3': 2.5,
  'II.4': 2.5,
  'III.1': 2.5,
  'III.2': 2.5,
  'III.3': 2.5,
  'III.4': 2.5
};
const fields = (problems: Array<{ field: string; code: string }>): string[] => problems.map((p) => `${p.field} ${p.code}`);

describe('Mẫu 01 general criteria by sub-criterion (official-documents.md 1.1; NĐ 335/2025: 30 points)', () => {
  it('has the ten score boxes of the national form, in its order, with their maxima', () => {
    const leaves = generalCriteriaLeaves(NATIONAL);
    expect(leaves.map((l) => `${l.key}=${l.max}`)).toEqual(Object.keys(fullMarks).map((k) => `${k}=${fullMarks[k]}`));
    expect(leaves[0].title).toBe('Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ');
    expect(leaves[0].groupMax).toBe(10);
    expect(leaves.some((l) => l.partCode !== undefined)).toBe(false);
  });

  it('makes 30 points at full marks, 10 per group', () => {
    const leaves = generalCriteriaLeaves(NATIONAL);
    expect(generalCriteriaSum(fullMarks, leaves)).toBe(30);
    expect(generalCriteriaGroups(leaves).map((g) => `${g.code}:${g.leaves.length}:${g.max}`)).toEqual(['I:2:10', 'II:4:10', 'III:4:10']);
  });

  it('sums in the form\'s decimals (no binary remainders)', () => {
    const leaves = generalCriteriaLeaves(NATIONAL);
    const parts = { ...fullMarks, 'I.1': 4.1, 'I.2': 4.2, 'II.1': 0.1, 'II.2': 0.2 };
    // 4,1 + 4,2 + 0,1 + 0,2 + 6 × 2,5
    expect(generalCriteriaSum(parts, leaves)).toBe(23.6);
  });

  it('scores HR\'s parts instead of a criterion it split (keys group.criterion.part)', () => {
    const split: Mau01Settings = {
      groups: DEFAULT_MAU01.groups.map((g) =>
        g.code !== 'I'
          ? g
          : {
              ...g,
              criteria: g.criteria.map((c) =>
                c.code !== '1'
                  ? c
                  : { ...c, parts: [{ code: '1', title: 'Chấp hành chủ trương, đường lối', max: 3 }, { code: '2', title: 'Đạo đức, lối sống', max: 2 }] }
              )
            }
      )
    };
    const leaves = generalCriteriaLeaves(split);
    expect(leaves.map((l) => l.key).slice(0, 3)).toEqual(['I.1.1', 'I.1.2', 'I.2']);
    expect(leaves[1]).toMatchObject({ criterionCode: '1', partCode: '2', title: 'Đạo đức, lối sống', max: 2 });
    expect(leaves).toHaveLength(11);
    // The split criterion is not scored as a whole any more.
    expect(fields(validateGeneralCriteriaParts({ ...fullMarks }, leaves, { prefix: 'p', required: true }))).toEqual([
      'p.I.1.1 REQUIRED',
      'p.I.1.2 REQUIRED',
      'p.I.1 UNKNOWN_CRITERION'
    ]);
  });

  it('takes each part from 0 to its maximum, at most two decimals, and no criterion the form lacks', () => {
    const leaves = generalCriteriaLeaves(NATIONAL);
    const parts = { ...fullMarks, 'I.1': 5.5, 'II.1': -1, 'II.2': 1.255, 'III.4': 0, 'IV.1': 1 } as { [key: string]: number };
    expect(fields(validateGeneralCriteriaParts(parts, leaves, { prefix: 'generalCriteriaSelfParts', required: true }))).toEqual([
      'generalCriteriaSelfParts.I.1 OUT_OF_RANGE',
      'generalCriteriaSelfParts.II.1 OUT_OF_RANGE',
      'generalCriteriaSelfParts.II.2 TOO_PRECISE',
      'generalCriteriaSelfParts.IV.1 UNKNOWN_CRITERION'
    ]);
    expect(validateGeneralCriteriaParts({ ...fullMarks, 'II.3': 1.25 }, leaves, { prefix: 'p', required: true })).toEqual([]);
    expect(fields(validateGeneralCriteriaParts({ 'I.1': '3' }, leaves, { prefix: 'p' }))).toEqual(['p.I.1 NOT_A_NUMBER']);
    // A draft may be unfinished; a submission may not.
    expect(validateGeneralCriteriaParts({ 'I.1': 3 }, leaves, { prefix: 'p' })).toEqual([]);
    expect(validateGeneralCriteriaParts({ 'I.1': 3 }, leaves, { prefix: 'p', required: true })).toHaveLength(9);
  });

  it('reads an older act that holds only the total as one figure, a newer one by its parts', () => {
    expect(recordedGeneralCriteria(undefined, 27)).toEqual({ kind: 'TOTAL_ONLY', total: 27 });
    expect(recordedGeneralCriteria({}, 27)).toEqual({ kind: 'TOTAL_ONLY', total: 27 });
    expect(recordedGeneralCriteria(fullMarks, 30)).toEqual({ kind: 'PARTS', parts: fullMarks, total: 30 });
    expect(recordedGeneralCriteria(undefined, undefined)).toEqual({ kind: 'NONE' });
  });
});

describe('the month\'s form and the review record the general criteria by sub-criterion (NĐ 335/2025 Mẫu 01)', () => {
  const leaves = generalCriteriaLeaves(NATIONAL);
  const base: PeriodDraft = {
    lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 2, completed: 2, completedOnTime: 2, evidence: [] }],
    comment: ''
  };
  const catalogue = [{ code: 'VBHC', name: 'Văn bản hành chính', conversionFactor: 1 }];

  it('asks the form for every part, and the total only once they are all typed', () => {
    const problems = validatePeriodDraft({ ...base, generalCriteriaSelfParts: { 'I.1': 4 } }, catalogue, { forSubmit: true, leaves, requireParts: true });
    expect(fields(problems)).toEqual(leaves.slice(1).map((l) => `generalCriteriaSelfParts.${l.key} REQUIRED`));
    expect(totalOfParts({ 'I.1': 4 }, leaves)).toBeUndefined();
    expect(totalOfParts({ ...fullMarks, 'I.1': 4 }, leaves)).toBe(29);
  });

  it('refuses a total that is not the sum of the parts', () => {
    const parts = { ...fullMarks, 'I.1': 4 };
    expect(fields(validatePeriodDraft({ ...base, generalCriteriaSelfParts: parts, generalCriteriaSelfScore: 30 }, catalogue, { forSubmit: true, leaves }))).toEqual([
      'generalCriteriaSelfScore NOT_THE_SUM'
    ]);
    expect(validatePeriodDraft({ ...base, generalCriteriaSelfParts: parts, generalCriteriaSelfScore: 29 }, catalogue, { forSubmit: true, leaves })).toEqual([]);
    const review = { outcome: 'APPROVED' as const, generalCriteriaScore: 28, generalCriteriaParts: parts, assessments: [], comment: '' };
    const reviewProblems = validatePeriodReview([], review, { isLeader: false, leaves });
    expect(reviewProblems).toEqual([{ field: 'generalCriteriaScore', code: 'NOT_THE_SUM', params: [29] }]);
  });

  it('takes a bare total from a caller that sends no parts (older clients), 0 to 30', () => {
    expect(validatePeriodDraft({ ...base, generalCriteriaSelfScore: 27 }, catalogue, { forSubmit: true, leaves })).toEqual([]);
    expect(fields(validatePeriodDraft({ ...base, generalCriteriaSelfScore: 31 }, catalogue, { forSubmit: true, leaves }))).toEqual([
      'generalCriteriaSelfScore OUT_OF_RANGE'
    ]);
  });

  it('checks items 4 and 5 (Ưu điểm; Hạn chế, khuyết điểm) for length', () => {
    const long = 'x'.repeat(2001);
    expect(fields(validatePeriodDraft({ ...base, generalCriteriaSelfScore: 27, strengths: long, weaknesses: long }, catalogue, { forSubmit: true }))).toEqual([
      'strengths TOO_LONG',
      'weaknesses TOO_LONG'
    ]);
  });
});
