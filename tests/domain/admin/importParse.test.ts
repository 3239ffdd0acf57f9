import { parseCatalogue, parsePlans, parseUnits, planPeriodOf } from '../../../src/domain/admin/import/parse';
import type { ImportContext, SiteUnit } from '../../../src/domain/admin/import/records';
import { cellDate, describeProblem, type Cell, type Sheet } from '../../../src/domain/admin/import/sheet';

const unit = (code: string, parentCode?: string, extra: Partial<SiteUnit> = {}): SiteUnit => ({
  code,
  name: `Đơn vị ${code}`,
  level: parentCode ? 'AGENCY' : 'MINISTRY',
  parentCode,
  deputyLogins: [],
  taskGroups: [],
  from: '2026-01-01',
  ...extra
});

const context: ImportContext = {
  today: '2026-12-07',
  importerLogin: 'tran.thi.mai@vhttdl.local',
  directory: ['tran.thi.mai@vhttdl.local', 'nguyen.van.an@vhttdl.local', 'vu.duc.minh@vhttdl.local', 'dang.thu.ha@vhttdl.local', 'le.van.b@vhttdl.local', 'le.van.b@other.local'],
  units: [unit('BO'), unit('DSVH', 'BO', { periodKind: 'QUARTER' }), unit('TCCB', 'BO')],
  catalogue: [
    { code: 'VBHC', name: 'Văn bản hành chính', group: 'Văn bản', factor: 1 },
    { code: 'TDDT', name: 'Thẩm định di tích', group: 'Hồ sơ', factor: 4, unitCode: 'DSVH' }
  ]
};

const sheet = (rows: Cell[][], name: string = 'Sheet1'): Sheet => ({ name, rows });
const messages = (problems: ReturnType<typeof parseCatalogue>['problems']): string[] => problems.map((p) => describeProblem(p, 'vi'));

const CATALOGUE_HEADER: Cell[] = ['Mã', 'Tên sản phẩm', 'Nhóm', 'Đơn vị tính', 'Hệ số quy đổi', 'Đơn vị áp dụng (trống = toàn Bộ)', 'Hiệu lực từ', 'Hiệu lực đến'];

describe('import: the catalogue file (danh mục sản phẩm, hệ số quy đổi of NĐ 335/2025)', () => {
  it('finds the header below a title, reads products, and names each problem by row and column in Vietnamese', () => {
    const { records, problems } = parseCatalogue(
      [
        sheet([
          ['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
          ['Danh mục sản phẩm'],
          [],
          CATALOGUE_HEADER,
          ['VBHC', 'Văn bản hành chính', 'Văn bản', 'văn bản', 1, '', new Date(Date.UTC(2026, 0, 1)), undefined],
          ['bccd', 'Báo cáo chuyên đề', 'Báo cáo', 'báo cáo', '1,5', 'dsvh', '01/02/2026', ''],
          ['XX', 'Sản phẩm sai', 'Khác', '', 'abc', '', '', '']
        ])
      ],
      context
    );
    expect(records.map((r) => [r.row, r.code, r.factor, r.unitCode, r.effectiveFrom])).toEqual([
      [5, 'VBHC', 1, undefined, '2026-01-01'],
      [6, 'BCCD', 1.5, 'DSVH', '2026-02-01']
    ]);
    expect(messages(problems)).toEqual(["Dòng 7, cột Hệ số quy đổi: phải là số lớn hơn 0, đang là 'abc'."]);
    expect(describeProblem(problems[0], 'en')).toBe("Row 7, column Hệ số quy đổi: must be a number greater than 0, it is 'abc'.");
  });

  it('accepts headers without diacritics or capitals, in another order, with extra columns ignored', () => {
    const { records, problems } = parseCatalogue(
      [sheet([['STT', 'he so quy doi', 'MA', 'ten san pham', 'Ghi chú', 'NHOM'], [1, 2.5, 'HNHT', 'Hội nghị', 'bất kỳ', 'Sự kiện']])],
      context
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([{ row: 2, code: 'HNHT', name: 'Hội nghị', group: 'Sự kiện', measureUnit: undefined, factor: 2.5, unitCode: undefined, effectiveFrom: undefined, effectiveTo: undefined }]);
  });

  it('refuses duplicates, unknown units, several units, a factor out of range and an end before the start', () => {
    const { records, problems } = parseCatalogue(
      [
        sheet([
          CATALOGUE_HEADER,
          ['VBHC', 'Văn bản', 'Văn bản', '', 1, '', '', ''],
          ['VBHC', 'Văn bản lần hai', 'Văn bản', '', 1, '', '', ''],
          ['KHSK', 'Kế hoạch sự kiện', 'Sự kiện', '', 3, 'DSVH, TCCB', '', ''],
          ['KLTT', 'Kết luận thanh tra', 'Thanh tra', '', 6, 'TTB', '', ''],
          ['DEAN', 'Đề án', 'Đề án', '', 1000, '', '', ''],
          ['TINBAI', 'Tin bài', 'Sự kiện', '', 0.5, '', '2026-03-01', '2026-02-01']
        ])
      ],
      context
    );
    expect(records.map((r) => r.code)).toEqual(['VBHC']);
    const byRow = (row: number): string[] => messages(problems.filter((p) => p.row === row));
    expect(byRow(3)[0]).toMatch(/^Dòng 3, cột Mã: mã VBHC đã có ở dòng 2/);
    expect(byRow(4)[0]).toMatch(/^Dòng 4, cột Đơn vị áp dụng: mỗi mã sản phẩm áp dụng cho một đơn vị/);
    expect(byRow(5)).toEqual(['Dòng 5, cột Đơn vị áp dụng: không có đơn vị mã TTB trên trang: sửa mã, hoặc nhập danh sách đơn vị trước.']);
    expect(byRow(6)[0]).toMatch(/^Dòng 6, cột Hệ số quy đổi: phải từ 0.01 đến 100/);
    expect(byRow(7)).toEqual(['Dòng 7, cột Hiệu lực đến: phải sau ngày hiệu lực từ (2026-03-01), đang là 2026-02-01.']);
    expect(problems.every((p) => p.severity === 'ERROR')).toBe(true);
  });

  it('says which columns a file without a header row needs', () => {
    const { records, problems } = parseCatalogue([sheet([['Tên', 'Giá trị'], ['a', 1]], 'Trang 1')], context);
    expect(records).toEqual([]);
    expect(messages(problems)).toEqual(['Trang tính Trang 1: không tìm thấy dòng tiêu đề. Tệp cần có các cột: Mã, Tên sản phẩm, Nhóm, Hệ số quy đổi (xem tệp mẫu).']);
  });
});

const UNIT_HEADER: Cell[] = ['Mã đơn vị', 'Tên đơn vị', 'Mã đơn vị cấp trên', 'Cấp (Bộ/Cục-Vụ/Phòng)', 'Thủ trưởng (email hoặc tên đăng nhập)', 'Cấp phó', 'Thư ký', 'Người đánh giá', 'Kỳ (Tháng/Quý)', 'Hiệu lực từ'];

describe('import: the units file (units and their heads, deputies, secretaries and delegated evaluators)', () => {
  it('reads units with people by email or sign-in name, a parent later in the file, levels and period kinds', () => {
    const { records, problems } = parseUnits(
      [
        sheet([
          UNIT_HEADER,
          ['DSVH-1', 'Phòng Di sản', 'DLQG', 'Phòng', 'nguyen.van.an', '', '', '', 'Quý', '15/12/2026'],
          ['DLQG', 'Cục Du lịch Quốc gia', 'BO', 'Cục', 'Dang.Thu.Ha@vhttdl.local', 'vu.duc.minh@vhttdl.local; nguyen.van.an', '', '', 'Tháng', '']
        ])
      ],
      context
    );
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      row: 2,
      code: 'DSVH-1',
      name: 'Phòng Di sản',
      level: 'DIVISION',
      parentCode: 'DLQG',
      headLogin: 'nguyen.van.an@vhttdl.local',
      deputyLogins: [],
      secretaryLogin: undefined,
      evaluatorLogin: undefined,
      periodKind: 'QUARTER',
      effectiveFrom: '2026-12-15'
    });
    expect(records[1].level).toBe('AGENCY');
    expect(records[1].headLogin).toBe('dang.thu.ha@vhttdl.local');
    expect(records[1].deputyLogins).toEqual(['vu.duc.minh@vhttdl.local', 'nguyen.van.an@vhttdl.local']);
    expect(records[1].periodKind).toBe('MONTH');
  });

  it('refuses unknown people, an ambiguous sign-in name, self-appointment, unknown parents and cycles', () => {
    const { problems } = parseUnits(
      [
        sheet([
          UNIT_HEADER,
          ['A1', 'Vụ A', 'BO', 'Vụ', 'khong.co@vhttdl.local', '', '', '', '', ''],
          ['A2', 'Vụ B', 'BO', 'Vụ', 'le.van.b', '', '', '', '', ''],
          ['A3', 'Vụ C', 'BO', 'Vụ', 'vu.duc.minh@vhttdl.local', '', 'tran.thi.mai@vhttdl.local', '', '', ''],
          ['A4', 'Phòng D', 'ZZ', 'Phòng', '', '', '', '', '', ''],
          ['DSVH', 'Cục Di sản', 'A5', 'Cục', '', '', '', '', '', ''],
          ['A5', 'Phòng E', 'DSVH', 'Phòng', '', '', '', '', '', ''],
          ['A6', 'Phòng F', 'BO', 'Tổ', '', '', '', '', 'Năm', '31/02/2026']
        ])
      ],
      context
    );
    const text = messages(problems);
    expect(text).toContain("Dòng 2, cột Thủ trưởng: không có 'khong.co@vhttdl.local' trong danh bạ của Bộ: kiểm tra lại địa chỉ email hoặc tên đăng nhập.");
    expect(text.find((t) => t.startsWith('Dòng 3, cột Thủ trưởng'))).toMatch(/trùng với nhiều người/);
    expect(text.find((t) => t.startsWith('Dòng 4, cột Thư ký'))).toMatch(/không thể tự ghi mình/);
    expect(text).toContain('Dòng 5, cột Mã đơn vị cấp trên: không có đơn vị mã ZZ trong tệp hay trên trang: thêm đơn vị cấp trên trước hoặc sửa mã.');
    expect(text.find((t) => t.startsWith('Dòng 6, cột Mã đơn vị cấp trên'))).toMatch(/A5 là đơn vị cấp dưới của DSVH/);
    expect(text.find((t) => t.startsWith('Dòng 8, cột Kỳ'))).toMatch(/phải là Tháng hoặc Quý/);
    expect(text.find((t) => t.startsWith('Dòng 8, cột Cấp'))).toMatch(/phải là Bộ, Cục\/Vụ hoặc Phòng, đang là 'Tổ'/);
    expect(text.find((t) => t.startsWith('Dòng 8, cột Hiệu lực từ'))).toMatch(/phải là một ngày/);
  });
});

const PLAN_HEADER: Cell[] = ['Năm', 'Kỳ (Tháng n / Quý n)', 'Người thực hiện (email)', 'Đơn vị', 'Mã sản phẩm', 'Số lượng'];

describe('import: the plans file (a person’s planned products for a month or quarter)', () => {
  it('reads the period as ministries write it', () => {
    expect(planPeriodOf('Tháng 3')).toEqual({ kind: 'MONTH', index: 3 });
    expect(planPeriodOf('thang 12')).toEqual({ kind: 'MONTH', index: 12 });
    expect(planPeriodOf('T03')).toEqual({ kind: 'MONTH', index: 3 });
    expect(planPeriodOf('Quý II')).toEqual({ kind: 'QUARTER', index: 2 });
    expect(planPeriodOf('Q4')).toEqual({ kind: 'QUARTER', index: 4 });
    expect(planPeriodOf('Tháng 13')).toBeUndefined();
    expect(planPeriodOf('Quý 5')).toBeUndefined();
    expect(planPeriodOf('3')).toBeUndefined();
  });

  it('checks people, units and product codes against the site, and duplicates in the file', () => {
    const { records, problems } = parsePlans(
      [
        sheet([
          PLAN_HEADER,
          [2026, 'Tháng 12', 'nguyen.van.an@vhttdl.local', 'TCCB', 'VBHC', 4],
          [2026, 'Tháng 12', 'nguyen.van.an@vhttdl.local', 'TCCB', 'vbhc', 5],
          [2026, 'Tháng 12', 'ai.do@vhttdl.local', 'TCCB', 'VBHC', 1],
          [2026, 'Tháng 12', 'nguyen.van.an@vhttdl.local', 'XYZ', 'VBHC', 1],
          [2026, 'Tháng 12', 'nguyen.van.an@vhttdl.local', 'TCCB', 'KHONGCO', 1],
          [2026, 'Tháng 12', 'nguyen.van.an@vhttdl.local', 'TCCB', 'TDDT', 0],
          ['năm nay', 'Tháng 12', 'nguyen.van.an@vhttdl.local', 'TCCB', 'VBHC', 1],
          [2026, 'Tháng 11', 'nguyen.van.an@vhttdl.local', 'DSVH', 'TDDT', 2]
        ])
      ],
      context
    );
    expect(records.map((r) => [r.row, r.kind, r.index, r.login, r.productCode, r.quantity])).toEqual([
      [2, 'MONTH', 12, 'nguyen.van.an@vhttdl.local', 'VBHC', 4],
      [9, 'MONTH', 11, 'nguyen.van.an@vhttdl.local', 'TDDT', 2]
    ]);
    const text = messages(problems.filter((p) => p.severity === 'ERROR'));
    expect(text[0]).toMatch(/^Dòng 3, cột Mã sản phẩm: sản phẩm VBHC của nguyen.van.an@vhttdl.local trong Tháng 12 năm 2026 đã có ở dòng 2/);
    expect(text).toContain("Dòng 4, cột Người thực hiện: không có 'ai.do@vhttdl.local' trong danh bạ của Bộ: kiểm tra lại địa chỉ email hoặc tên đăng nhập.");
    expect(text).toContain('Dòng 5, cột Đơn vị: không có đơn vị mã XYZ trên trang: sửa mã, hoặc nhập danh sách đơn vị trước.');
    expect(text).toContain('Dòng 6, cột Mã sản phẩm: không có sản phẩm mã KHONGCO trong danh mục: sửa mã, hoặc nhập danh mục sản phẩm trước.');
    expect(text).toContain("Dòng 7, cột Số lượng: phải là số lớn hơn 0 (bỏ dòng để xóa khỏi kế hoạch), đang là '0'.");
    expect(text).toContain("Dòng 8, cột Năm: phải là một năm (ví dụ 2026), đang là 'năm nay'.");
    // Warnings do not block: a product of another unit's catalogue, a month in a unit evaluated by quarter.
    const warnings = messages(problems.filter((p) => p.severity === 'WARNING'));
    expect(warnings.find((t) => t.startsWith('Dòng 7, cột Mã sản phẩm'))).toMatch(/không thuộc danh mục của đơn vị TCCB/);
    expect(warnings.find((t) => t.startsWith('Dòng 9, cột Kỳ'))).toMatch(/đơn vị DSVH đánh giá theo quý/);
  });
});

describe('import: cells', () => {
  it('reads dates from date cells, Excel serial numbers and dd/mm/yyyy text, and refuses impossible days', () => {
    expect(cellDate(new Date(Date.UTC(2026, 11, 7)))).toBe('2026-12-07');
    // 46023 is 2026-01-01 in Excel's 1900 date system.
    expect(cellDate(46023)).toBe('2026-01-01');
    expect(cellDate('7/12/2026')).toBe('2026-12-07');
    expect(cellDate('2026-12-07')).toBe('2026-12-07');
    expect(cellDate('29/02/2026')).toBeUndefined();
    expect(cellDate('hôm nay')).toBeUndefined();
  });
});
