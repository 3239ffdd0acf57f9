import {
  catalogueForPeriod,
  initialAssessment,
  scoreDraft,
  validatePeriodDraft,
  validatePeriodReview,
  workProductsOf,
  type CatalogueEntry,
  type PeriodDraft,
  type PeriodReviewDraft,
  type WorkLine
} from '../../src/domain/evaluation/periodDraft';

const CATALOGUE: CatalogueEntry[] = [
  { code: 'VBHC', name: 'Văn bản hành chính', conversionFactor: 1 },
  { code: 'BCCD', name: 'Báo cáo chuyên đề', conversionFactor: 3 }
];
const line = (key: string, productCode: string, assigned: number, completed: number, completedOnTime: number, evidence: string[] = []): WorkLine => ({
  key,
  productCode,
  description: `Sản phẩm ${key}`,
  assigned,
  completed,
  completedOnTime,
  evidence
});
// 'none': the self-score not typed yet (undefined would take the default).
const draft = (lines: WorkLine[], general: number | 'none' = 27): PeriodDraft => ({ lines, generalCriteriaSelfScore: general === 'none' ? undefined : general, comment: '' });
const fields = (problems: Array<{ field: string; code: string }>): string[] => problems.map((p) => `${p.field} ${p.code}`);

describe('the catalogue in force during a period (danh mục sản phẩm, NĐ 335/2025 conversion, law.md 5.1)', () => {
  const nov = { kind: 'MONTH' as const, year: 2026, index: 11 };

  it('offers what is in force at some time in the month, and the factor in force at its end', () => {
    const entries: CatalogueEntry[] = [
      { code: 'VBHC', name: 'Văn bản', conversionFactor: 1, effectiveFrom: '2026-01-01T00:00:00Z', effectiveTo: '2026-11-15T00:00:00Z' },
      { code: 'VBHC', name: 'Văn bản', conversionFactor: 1.2, effectiveFrom: '2026-11-16T00:00:00Z' },
      { code: 'TINBAI', name: 'Tin bài', conversionFactor: 0.5, effectiveFrom: '2026-01-01T00:00:00Z', effectiveTo: '2026-06-30T00:00:00Z' },
      { code: 'DEAN', name: 'Đề án', conversionFactor: 10, effectiveFrom: '2026-12-01T00:00:00Z' },
      { code: 'BCCD', name: 'Báo cáo', conversionFactor: 3 }
    ];
    expect(catalogueForPeriod(entries, nov).map((e) => [e.code, e.conversionFactor])).toEqual([
      ['BCCD', 3],
      ['VBHC', 1.2]
    ]);
  });

  it('a quarter spans its three months', () => {
    const june: CatalogueEntry = { code: 'X', name: 'x', conversionFactor: 1, effectiveFrom: '2026-06-20T00:00:00Z' };
    expect(catalogueForPeriod([june], { kind: 'QUARTER', year: 2026, index: 2 })).toHaveLength(1);
    expect(catalogueForPeriod([june], { kind: 'QUARTER', year: 2026, index: 1 })).toHaveLength(0);
  });
});

describe('the live score of the form (NĐ 335/2025: 30 + 70 points from ratios a, b, c, law.md 5.1)', () => {
  it('scores the person’s own figures: everything completed meets quality, nothing deducted yet', () => {
    // Assigned (converted) 4·1 + 2·3 = 10; completed 4 + 1·3 = 7; on time 3 + 3 = 6.
    // a = 0.7, b = 0.7, c = 0.6; (a+b+c)/3 × 70 = 46.666…; + 27 = 73.67 (HTTNV).
    const { result, leftOut, generalMissing } = scoreDraft(draft([line('1', 'VBHC', 4, 4, 3), line('2', 'BCCD', 2, 1, 1)]), CATALOGUE);
    expect(leftOut).toEqual([]);
    expect(generalMissing).toBe(false);
    expect(result.ratios).toEqual({ quantity: 0.7, quality: 0.7, timeliness: 0.6 });
    expect(result.score).toBeCloseTo(27 + (2 / 3) * 70, 6);
    expect(result.level).toBe('HTTNV');
  });

  it('changes when a count changes', () => {
    const before = scoreDraft(draft([line('1', 'VBHC', 4, 2, 2)]), CATALOGUE).result.score as number;
    const after = scoreDraft(draft([line('1', 'VBHC', 4, 4, 4)]), CATALOGUE).result.score as number;
    // a, b, c from 0.5 to 1: 35 more points of the 70.
    expect(after - before).toBeCloseTo(35, 6);
  });

  it('leaves out lines not complete yet, and says which, instead of failing the whole score', () => {
    const { result, leftOut } = scoreDraft(draft([line('1', 'VBHC', 4, 4, 4), line('2', '', 1, 1, 1), line('3', 'VBHC', 2, 3, 1), line('4', 'VBHC', NaN, 1, 1)]), CATALOGUE);
    expect(leftOut).toEqual([1, 2, 3]);
    expect(result.score).toBe(97);
  });

  it('without the general criteria typed: the ratios, no total, and no complaint about the missing number', () => {
    const { result, generalMissing } = scoreDraft(draft([line('1', 'VBHC', 2, 2, 2)], 'none'), CATALOGUE);
    expect(generalMissing).toBe(true);
    expect(result.score).toBeUndefined();
    expect(result.ratios).toEqual({ quantity: 1, quality: 1, timeliness: 1 });
    expect(result.reasons.some((r) => /ngoài khoảng/.test(r.text))).toBe(false);
  });

  it('when reviewing: each major error takes 25 % of one product’s quality points, each delay 25 % of its timeliness points, unless an objective cause is confirmed', () => {
    const lines = [line('1', 'VBHC', 4, 4, 4), line('2', 'BCCD', 2, 1, 1)];
    const { result } = scoreDraft(draft(lines), CATALOGUE, {
      generalCriteriaScore: 25,
      isLeader: false,
      assessments: [
        { workItemKey: '1', completedMeetingQuality: 4, majorErrors: 2, delays: 1, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false },
        { workItemKey: '2', completedMeetingQuality: 1, majorErrors: 0, delays: 1, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: true }
      ]
    });
    // a = 7/10; b = (3.5 + 3)/10 = 0.65; c = (3.75 + 3)/10 = 0.675; (a+b+c)/3 × 70 = 47.25; + 25.
    expect(result.ratios).toEqual({ quantity: 0.7, quality: 0.65, timeliness: 0.675 });
    expect(result.score).toBe(72.25);
    expect(result.level).toBe('HTTNV');
  });

  it('a leader is scored on six components, d, đ, e typed in percent (formula UNCONFIRMED, law.md 5.1)', () => {
    const lines = [line('1', 'VBHC', 2, 2, 2)];
    const review = { generalCriteriaScore: 30, isLeader: true, assessments: [initialAssessment(lines[0])] };
    expect(scoreDraft(draft(lines), CATALOGUE, review).result.score).toBeUndefined();
    const { result } = scoreDraft(draft(lines), CATALOGUE, { ...review, leaderComponents: { unitResults: 70, leadershipCapacity: 40, unitingCapacity: 10 } });
    // (1 + 1 + 1 + 0.7 + 0.4 + 0.1)/6 × 70 = 0.7 × 70 = 49; + 30 = 79.
    expect(result.score).toBe(79);
  });

  it('maps lines to the engine’s products once, for the seed and the screens alike', () => {
    const [product] = workProductsOf([{ payload: line('1', 'BCCD', 3, 2, 1), factor: 3 }]);
    expect(product).toMatchObject({ assigned: 3, completed: 2, completedOnTime: 1, completedMeetingQuality: 2, majorErrors: 0, delays: 0 });
    expect(product.productType.conversionFactor).toBe(3);
  });
});

describe('checking the civil servant’s form before it is saved or submitted (law.md 5.1)', () => {
  it('accepts a complete form', () => {
    expect(validatePeriodDraft(draft([line('1', 'VBHC', 3, 2, 1, ['https://intranet/x.pdf', '/sites/danhgia/y.pdf'])]), CATALOGUE, { forSubmit: true })).toEqual([]);
  });

  it('a product from the catalogue, a description of at most 500 characters', () => {
    const problems = validatePeriodDraft(
      draft([{ ...line('1', '', 1, 1, 1), description: ' ' }, { ...line('2', 'XYZ', 1, 1, 1), description: 'x'.repeat(501) }]),
      CATALOGUE
    );
    expect(problems).toEqual([
      { field: 'lines[0].productCode', code: 'REQUIRED' },
      { field: 'lines[0].description', code: 'REQUIRED' },
      { field: 'lines[1].productCode', code: 'NONE_CHOSEN' },
      { field: 'lines[1].description', code: 'TOO_LONG', params: [500] }
    ]);
  });

  it('whole counts ≥ 0, completed ≤ assigned (ratio a), on time ≤ completed (ratio c)', () => {
    expect(fields(validatePeriodDraft(draft([line('1', 'VBHC', 1.5, -1, NaN)]), CATALOGUE))).toEqual([
      'lines[0].assigned NOT_WHOLE',
      'lines[0].completed OUT_OF_RANGE',
      'lines[0].completedOnTime NOT_A_NUMBER'
    ]);
    expect(validatePeriodDraft(draft([line('1', 'VBHC', 2, 3, 3)]), CATALOGUE)).toEqual([{ field: 'lines[0].completed', code: 'AT_MOST', params: [2] }]);
    expect(validatePeriodDraft(draft([line('1', 'VBHC', 3, 2, 3)]), CATALOGUE)).toEqual([{ field: 'lines[0].completedOnTime', code: 'AT_MOST', params: [2] }]);
  });

  it('evidence: links, each once', () => {
    expect(validatePeriodDraft(draft([line('1', 'VBHC', 1, 1, 1, ['ftp://intranet/a.pdf', '/sites/a.pdf', '/sites/a.pdf'])]), CATALOGUE)).toEqual([
      { field: 'lines[0].evidence[0]', code: 'NOT_A_LINK' },
      { field: 'lines[0].evidence[2]', code: 'DUPLICATE' }
    ]);
  });

  it('self-score of the general criteria 0–30 (tiêu chí chung); a draft may leave it empty, a submission may not', () => {
    expect(validatePeriodDraft(draft([line('1', 'VBHC', 1, 1, 1)], 31), CATALOGUE)).toEqual([{ field: 'generalCriteriaSelfScore', code: 'OUT_OF_RANGE', params: [0, 30] }]);
    expect(validatePeriodDraft(draft([line('1', 'VBHC', 1, 1, 1)], 'none'), CATALOGUE)).toEqual([]);
    expect(validatePeriodDraft(draft([line('1', 'VBHC', 1, 1, 1)], 'none'), CATALOGUE, { forSubmit: true })).toEqual([{ field: 'generalCriteriaSelfScore', code: 'REQUIRED' }]);
  });

  it('at least one line to submit; a draft may be empty', () => {
    expect(validatePeriodDraft(draft([]), CATALOGUE)).toEqual([]);
    expect(validatePeriodDraft(draft([]), CATALOGUE, { forSubmit: true })).toEqual([{ field: 'lines', code: 'NONE_CHOSEN' }]);
  });
});

describe('checking the direct manager’s review (law.md 5.1 deductions; law.md 1.2 the manager scores)', () => {
  const lines = [line('1', 'VBHC', 4, 3, 2)];
  const approve = (changes: Partial<PeriodReviewDraft['assessments'][number]>, more: Partial<PeriodReviewDraft> = {}): PeriodReviewDraft => ({
    outcome: 'APPROVED',
    generalCriteriaScore: 25,
    assessments: [{ ...initialAssessment(lines[0]), ...changes }],
    comment: '',
    ...more
  });

  it('accepts the person’s figures as they are', () => {
    expect(validatePeriodReview(lines, approve({}), { isLeader: false })).toEqual([]);
  });

  it('general criteria 0–30', () => {
    expect(validatePeriodReview(lines, approve({}, { generalCriteriaScore: 30.5 }), { isLeader: false })).toEqual([
      { field: 'generalCriteriaScore', code: 'OUT_OF_RANGE', params: [0, 30] }
    ]);
    expect(fields(validatePeriodReview(lines, approve({}, { generalCriteriaScore: undefined }), { isLeader: false }))).toEqual(['generalCriteriaScore REQUIRED']);
  });

  it('meeting quality ≤ completed; major errors ≤ those meeting quality; delays ≤ those on time', () => {
    expect(validatePeriodReview(lines, approve({ completedMeetingQuality: 4 }), { isLeader: false })).toEqual([
      { field: 'assessments[0].completedMeetingQuality', code: 'AT_MOST', params: [3] }
    ]);
    expect(validatePeriodReview(lines, approve({ completedMeetingQuality: 1, majorErrors: 2 }), { isLeader: false })).toEqual([
      { field: 'assessments[0].majorErrors', code: 'AT_MOST', params: [1] }
    ]);
    expect(validatePeriodReview(lines, approve({ delays: 3 }), { isLeader: false })).toEqual([{ field: 'assessments[0].delays', code: 'AT_MOST', params: [2] }]);
  });

  it('every submitted line is assessed', () => {
    expect(validatePeriodReview(lines, { ...approve({}), assessments: [] }, { isLeader: false })).toEqual([
      { field: 'assessments[0].completedMeetingQuality', code: 'REQUIRED' }
    ]);
  });

  it('a leader needs d, đ, e in percent', () => {
    expect(fields(validatePeriodReview(lines, approve({}), { isLeader: true }))).toEqual([
      'leaderComponents.unitResults REQUIRED',
      'leaderComponents.leadershipCapacity REQUIRED',
      'leaderComponents.unitingCapacity REQUIRED'
    ]);
    expect(
      validatePeriodReview(lines, approve({}, { leaderComponents: { unitResults: 80, leadershipCapacity: 101, unitingCapacity: 0 } }), { isLeader: true })
    ).toEqual([{ field: 'leaderComponents.leadershipCapacity', code: 'OUT_OF_RANGE', params: [0, 100] }]);
  });

  it('a return needs its reason, and nothing else', () => {
    const returned: PeriodReviewDraft = { outcome: 'RETURNED', returnReason: ' ', assessments: [], comment: '' };
    expect(validatePeriodReview(lines, returned, { isLeader: true })).toEqual([{ field: 'returnReason', code: 'REQUIRED' }]);
    expect(validatePeriodReview(lines, { ...returned, returnReason: 'Thiếu minh chứng' }, { isLeader: true })).toEqual([]);
  });
});
