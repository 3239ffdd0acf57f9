import {
  dateTimeParts,
  dateWords,
  formatPercent,
  formatScore,
  numberLine,
  periodText,
  placeDateLine,
  slug,
  upper
} from '../../../src/domain/documents/format';
import { documentFileName } from '../../../src/domain/documents';
import { generalCriteriaRowsOf } from '../../../src/domain/documents/figures';
import { DEFAULT_MAU01 } from '../../../src/domain/rating/mau01';
import { identity, phieuKy } from './fixtures';

describe('how the documents write numbers, dates and names', () => {
  it('uses a decimal comma, as Mẫu 01 prints its sub-weights ("2,5", official-documents.md 1.1)', () => {
    expect(formatScore(2.5)).toBe('2,5');
    expect(formatScore(30)).toBe('30');
    expect(formatScore(77.66666)).toBe('77,67');
    expect(formatScore(0.1 + 0.2)).toBe('0,3');
    expect(formatPercent(0.9583333)).toBe('95,83 %');
  });

  it('writes days under 10 and months 1 and 2 with a leading zero, other months without (NĐ 30/2020 Phụ lục I 3.2)', () => {
    expect(dateWords('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(dateWords('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(dateWords('2026-03-07')).toBe('ngày 07 tháng 3 năm 2026');
    expect(dateWords('2026-12-15')).toBe('ngày 15 tháng 12 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-11-30')).toBe('Hà Nội, ngày 30 tháng 11 năm 2026');
    expect(placeDateLine('Hà Nội', undefined)).toBe('Hà Nội, ngày …… tháng …… năm ……');
  });

  it('reads a time in Hà Nội (UTC+7) from an instant, and a local time as written', () => {
    expect(dateTimeParts('2026-12-31T17:30:00Z')).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30 });
    expect(dateTimeParts('2026-12-10T08:05')).toEqual({ year: 2026, month: 12, day: 10, hour: 8, minute: 5 });
    expect(dateTimeParts('2026-12-10')).toEqual({ year: 2026, month: 12, day: 10 });
  });

  it('never invents a số or ký hiệu: blank for Văn thư, "…" for an abbreviation not configured (official-documents.md 3.5)', () => {
    expect(numberLine(identity({ number: 7, unitAbbreviation: 'CDSVH' }), 'QĐ')).toBe('Số: 07/QĐ-CDSVH');
    expect(numberLine(identity({ number: 123, unitAbbreviation: 'CDSVH' }), 'QĐ')).toBe('Số: 123/QĐ-CDSVH');
    expect(numberLine(identity({ unitAbbreviation: 'CDSVH' }), 'TB')).toMatch(/^Số: {2,}\/TB-CDSVH$/);
    expect(numberLine(identity(), 'BB')).toMatch(/^Số: {2,}\/BB-…$/);
  });

  it('names the kỳ as Mẫu 01 does and writes capitals with their diacritics', () => {
    expect(periodText({ kind: 'MONTH', index: 3, year: 2026 })).toBe('Tháng 3/2026');
    expect(periodText({ kind: 'QUARTER', index: 4, year: 2026 })).toBe('Quý IV/2026');
    expect(upper('Cục Di sản văn hóa')).toBe('CỤC DI SẢN VĂN HÓA');
  });

  it('names files without diacritics', () => {
    expect(slug('Nguyễn Văn Ân')).toBe('nguyen-van-an');
    expect(slug('Đặng Thu Hà')).toBe('dang-thu-ha');
    expect(documentFileName({ kind: 'phieu-ky', input: phieuKy({ period: { kind: 'MONTH', index: 3, year: 2026 } }) })).toBe('phieu-danh-gia-2026-03-nguyen-van-an.docx');
    expect(documentFileName({ kind: 'phieu-ky', input: phieuKy({ period: { kind: 'QUARTER', index: 2, year: 2026 } }) })).toBe('phieu-danh-gia-2026-q2-nguyen-van-an.docx');
  });
});

describe('Mẫu 01 rows from HR’s settings and the scores per leaf key (shared names 2: "I.1", "I.1.2")', () => {
  it('puts each leaf’s score on its row, and a split criterion’s on its parts', () => {
    const groups = DEFAULT_MAU01.groups.map((g) => ({ ...g, criteria: g.criteria.map((c) => ({ ...c, parts: c.parts.slice() })) }));
    groups[0].criteria[1].parts = [
      { code: '1', title: 'Chấp hành giờ giấc', max: 2 },
      { code: '2', title: 'Chấp hành quy chế', max: 3 }
    ];
    const rows = generalCriteriaRowsOf(groups, { 'I.1': 4.5, 'I.2.1': 2, 'I.2.2': 2.5, 'III.4': 2 }, { 'I.1': 4 });
    expect(rows.map((g) => g.code)).toEqual(['I', 'II', 'III']);
    expect(rows[0].criteria[0]).toMatchObject({ code: '1', max: 5, self: 4.5, assessed: 4 });
    expect(rows[0].criteria[1].parts).toEqual([
      { code: '2.1', title: 'Chấp hành giờ giấc', max: 2, self: 2, assessed: undefined },
      { code: '2.2', title: 'Chấp hành quy chế', max: 3, self: 2.5, assessed: undefined }
    ]);
    expect(rows[2].criteria[3]).toMatchObject({ self: 2, assessed: undefined });
    expect(rows[1].criteria[0].self).toBeUndefined();
  });
});
