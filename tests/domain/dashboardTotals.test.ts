import { percentOf, totalsOf } from '../../src/domain/evaluation/dashboardTotals';
import type { UnitProgress } from '../../src/domain/evaluation/model';

function unit(code: string, figures: Partial<UnitProgress>): UnitProgress {
  return { unitCode: code, unitName: code, staffCount: 0, submittedCount: 0, reviewedCount: 0, decidedCount: 0, ratings: {}, ignoredActs: 0, ...figures };
}

describe('the dashboard’s totals over the units a reader sees', () => {
  it('adds each figure of every unit, and each rating level apart', () => {
    const totals = totalsOf([
      unit('CUC', { staffCount: 3, submittedCount: 3, reviewedCount: 2, decidedCount: 2, ratings: { HTXSNV: 1, HTTNV: 1 } }),
      unit('CUC-P1', { staffCount: 10, submittedCount: 8, reviewedCount: 5, decidedCount: 4, ratings: { HTTNV: 3, KHTNV: 1 }, ignoredActs: 2 })
    ]);
    expect(totals).toEqual({
      units: 2,
      staff: 13,
      submitted: 11,
      reviewed: 7,
      decided: 6,
      ratings: { HTXSNV: 1, HTTNV: 4, HTNV: 0, KHTNV: 1 },
      ignoredActs: 2
    });
  });

  it('counts a decision not classified or awaiting a decision at no level', () => {
    const totals = totalsOf([unit('A', { staffCount: 2, decidedCount: 2, ratings: { NOT_CLASSIFIED: 1, NEEDS_DECISION: 1 } })]);
    expect(totals.ratings).toEqual({ HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 });
    expect(totals.decided).toBe(2);
  });

  it('is all zeros with no unit', () => {
    expect(totalsOf([])).toEqual({ units: 0, staff: 0, submitted: 0, reviewed: 0, decided: 0, ratings: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 }, ignoredActs: 0 });
  });
});

describe('a share as a whole percentage', () => {
  it('rounds to the nearest whole percent', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
  });
  it('is 0 of nothing and never above 100', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(5, 4)).toBe(100);
  });
});
