import { cellValue, fileSlug, tablesWorkbook } from '../../src/domain/documents/tablesWorkbook';

describe('a view’s tables as a workbook (issue 13: each view exportable)', () => {
  it('one sheet per table: the caption as its title, the headings, the rows as shown', () => {
    const book = tablesWorkbook('Kết quả xếp loại năm 2026', [
      { caption: 'Theo cơ quan, đơn vị (năm 2026)', heads: ['Cơ quan, đơn vị', 'Đã xếp loại'], rows: [['Cục Di sản văn hóa', 22]] },
      { caption: 'Kết quả xếp loại theo năm, 2024–2026', heads: ['Năm', 'HTXSNV'], rows: [[2024, 0]] }
    ]);
    expect(book.sheets.map((s) => s.rows.map((r) => r.cells))).toEqual([
      [['Theo cơ quan, đơn vị (năm 2026)'], ['Cơ quan, đơn vị', 'Đã xếp loại'], ['Cục Di sản văn hóa', 22]],
      [['Kết quả xếp loại theo năm, 2024–2026'], ['Năm', 'HTXSNV'], [2024, 0]]
    ]);
    expect(book.sheets.map((s) => s.rows.map((r) => r.style))).toEqual([
      ['title', 'header', 'body'],
      ['title', 'header', 'body']
    ]);
  });

  it('names each sheet as Excel allows: at most 31 characters, none of : \\ / ? * [ ], no two alike', () => {
    const long = 'Ngoại lệ đã ghi nhận và lý do (năm 2026) [HTXSNV]';
    const book = tablesWorkbook('x', [
      { caption: long, heads: [], rows: [] },
      { caption: long, heads: [], rows: [] },
      { caption: '', heads: [], rows: [] }
    ]);
    const names = book.sheets.map((s) => s.name);
    names.forEach((name) => {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    });
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
  });

  it('reads a figure written the reader’s way as a number, and leaves words as words', () => {
    expect(cellValue('82,5', ',')).toBe(82.5);
    expect(cellValue('1.234', ',')).toBe(1234);
    expect(cellValue('82.5', '.')).toBe(82.5);
    expect(cellValue('1,234', '.')).toBe(1234);
    expect(cellValue(' 22 ', ',')).toBe(22);
    expect(cellValue('Vượt 1', ',')).toBe('Vượt 1');
    expect(cellValue('12/2026', ',')).toBe('12/2026');
  });

  it('names a file without diacritics: “Nguyễn Văn An” → nguyen-van-an, “Đặng Thu Hà” → dang-thu-ha', () => {
    expect(fileSlug('Nguyễn Văn An')).toBe('nguyen-van-an');
    expect(fileSlug('Đặng Thu Hà')).toBe('dang-thu-ha');
  });
});
