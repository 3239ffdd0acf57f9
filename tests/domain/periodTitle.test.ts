import { periodTitle, periodTitleInSentence } from '../../src/domain/evaluation/periodTitle';

const VI = { month: 'Tháng', quarter: 'Quý', year: 'Năm' };

describe('a period named inside a sentence (issue 14: "phiếu tháng 11/2026", not "phiếu Tháng 11/2026")', () => {
  it('writes the period’s word in lower case, the numbers as they are', () => {
    expect(periodTitleInSentence(periodTitle({ kind: 'MONTH', year: 2026, index: 11 }, VI))).toBe('tháng 11/2026');
    expect(periodTitleInSentence(periodTitle({ kind: 'QUARTER', year: 2026, index: 1 }, VI))).toBe('quý 1/2026');
    expect(periodTitleInSentence(periodTitle({ kind: 'YEAR', year: 2025, index: 0 }, VI))).toBe('năm 2025');
  });

  it('keeps the capital of a title at the start of a line', () => {
    expect(periodTitle({ kind: 'MONTH', year: 2026, index: 11 }, VI)).toBe('Tháng 11/2026');
    expect(periodTitleInSentence('')).toBe('');
  });
});
