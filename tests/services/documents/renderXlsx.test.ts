import ExcelJS from 'exceljs';
import { renderDocument } from '../../../src/services/documents/render';
import type { DanhSachInput, DanhSachRow } from '../../../src/domain/documents/inputs';
import { checkQuota, WHOLE_AGENCY, type QuotaGroup } from '../../../src/domain/rating/quota';
import { DEFAULT_SETTINGS } from '../../../src/domain/rating/settings';
import type { RatingLevel } from '../../../src/domain/rating';
import { danhSach } from '../../domain/documents/fixtures';

/**
 * The results list (official-documents.md 1.5; issue 12: one row per person with position, unit,
 * period or yearly score, proposed, meeting and decided rating; the quota per agency and per group;
 * a totals sheet), read back with exceljs.
 */

const ROWS: DanhSachRow[] = [
  { name: 'Vũ Đức Minh', position: 'Trưởng phòng', unitName: 'Phòng Quản lý di tích', taskGroup: 'Lãnh đạo', periodScores: [88, 89.5], yearlyScore: 88.75, selfProposed: 'HTTNV', meetingProposed: 'HTTNV', decided: 'HTTNV' },
  { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Phòng Quản lý di tích', taskGroup: 'Chuyên môn', periodScores: [92, 91], yearlyScore: 91.5, selfProposed: 'HTXSNV', meetingProposed: 'HTXSNV', decided: 'HTXSNV' },
  { name: 'Trần Minh Tuấn', position: 'Chuyên viên chính', unitName: 'Phòng Quản lý di tích', taskGroup: 'Chuyên môn', periodScores: [90.5, undefined], yearlyScore: 90.5, selfProposed: 'HTXSNV', meetingProposed: 'HTXSNV', decided: 'HTTNV', note: 'Nghỉ thai sản quý II' },
  { name: 'Phạm Thu Trang', position: 'Chuyên viên', unitName: 'Văn phòng Cục', taskGroup: 'Chuyên môn', periodScores: [70, 68], yearlyScore: 69, selfProposed: 'HTTNV', meetingProposed: 'HTNV', decided: 'HTNV' },
  { name: 'Lê Văn Hùng', position: 'Chuyên viên', unitName: 'Văn phòng Cục', taskGroup: 'Chuyên môn', periodScores: [85, 86], yearlyScore: 85.5, selfProposed: 'HTTNV', meetingProposed: 'HTTNV' }
];

/** The quota as the engine checks it for the decisions of the rows (law.md 3.7: per group, then the agency). */
function quotaOf(rows: DanhSachRow[]): DanhSachInput['quota'] {
  const groups: QuotaGroup[] = [];
  rows.forEach((r) => {
    let g = groups.find((x) => x.name === r.taskGroup);
    if (!g) groups.push((g = { name: r.taskGroup, ratings: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 } }));
    if (r.decided && r.decided in g.ratings) g.ratings[r.decided as RatingLevel] += 1;
  });
  const check = checkQuota(groups, DEFAULT_SETTINGS.quota, [{ scope: 'Chuyên môn', decidedBy: 'Đặng Thu Hà, Cục trưởng', reason: 'Tập thể xuất sắc, nổi trội', decisionReference: 'QĐ số 05/QĐ-CDSVH', maxHTXSNV: 1 }]);
  return check.perScope.map((s) => ({
    agencyName: 'Cục Di sản văn hóa',
    group: s.scope === WHOLE_AGENCY ? undefined : s.scope,
    base: s.base,
    rate: s.rate,
    allowed: s.maxHTXSNV,
    used: s.countHTXSNV,
    exception: s.exception ? { decidedBy: s.exception.decidedBy, reason: s.exception.reason, reference: s.exception.decisionReference } : undefined
  }));
}

async function open(input: DanhSachInput): Promise<{ workbook: ExcelJS.Workbook; fileName: string; mimeType: string }> {
  const rendered = await renderDocument({ kind: 'danh-sach', input });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(rendered.bytes) as unknown as ArrayBuffer);
  return { workbook, fileName: rendered.fileName, mimeType: rendered.mimeType };
}

function rowValues(sheet: ExcelJS.Worksheet, r: number): unknown[] {
  const values = sheet.getRow(r).values as unknown[];
  return values.slice(1);
}

function findRow(sheet: ExcelJS.Worksheet, first: unknown, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(column).value === first) return r;
  throw new Error(`no row starting with ${String(first)}`);
}

describe('Danh sách tổng hợp kết quả (.xlsx)', () => {
  it('lists one row per person: position, unit, group, the period and yearly scores as numbers, the three ratings', async () => {
    const { workbook, fileName, mimeType } = await open(danhSach({ rows: ROWS, quota: quotaOf(ROWS) }));
    expect(fileName).toBe('danh-sach-ket-qua-2026-cuc-di-san-van-hoa.xlsx');
    expect(mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Tổng hợp']);
    const list = workbook.getWorksheet('Danh sách')!;
    expect(list.getCell('A3').value).toBe('DANH SÁCH TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC NĂM 2026');
    expect(list.getCell('A4').value).toBe('Cơ quan: Cục Di sản văn hóa');
    const header = findRow(list, 'STT');
    expect(rowValues(list, header)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Nhóm nhiệm vụ tương đồng',
      'Quý I',
      'Quý II',
      'Điểm năm',
      'Tự xếp loại',
      'Cuộc họp đề xuất',
      'Cấp có thẩm quyền quyết định',
      'Ghi chú'
    ]);
    expect(rowValues(list, header + 3)).toEqual([
      3,
      'Trần Minh Tuấn',
      'Chuyên viên chính',
      'Phòng Quản lý di tích',
      'Chuyên môn',
      90.5,
      undefined, // no score for a quarter on leave: an empty cell
      90.5,
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Nghỉ thai sản quý II'
    ]);
    // Not decided yet: the decision's cell is empty.
    expect(rowValues(list, header + 5)[10]).toBe('');
    expect(list.getCell(header + 1, 1).font?.name).toBe('Times New Roman');
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
  });

  it('a year up to 2025 has no period or yearly score columns', async () => {
    const rows = ROWS.map((r) => ({ ...r, periodScores: undefined, yearlyScore: undefined }));
    const { workbook } = await open(danhSach({ ruleSetId: 'ND90_48', year: 2025, periods: [], rows }));
    const list = workbook.getWorksheet('Danh sách')!;
    const header = findRow(list, 'STT');
    expect(rowValues(list, header)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Nhóm nhiệm vụ tương đồng', 'Tự xếp loại', 'Cuộc họp đề xuất', 'Cấp có thẩm quyền quyết định', 'Ghi chú']);
    expect(list.getCell('A5').value).toBe('Căn cứ Nghị định số 90/2020/NĐ-CP và Nghị định số 48/2023/NĐ-CP của Chính phủ');
  });

  it('totals the levels per column (self, meeting, decision) and prints the HTXS quota per group and agency as the engine checks it', async () => {
    const quota = quotaOf(ROWS);
    const { workbook } = await open(danhSach({ rows: ROWS, quota }));
    const totals = workbook.getWorksheet('Tổng hợp')!;
    // Counted by hand from ROWS: self 2 HTXSNV, 3 HTTNV; meeting 2, 2, 1 HTNV; decided 1, 2, 1 (4 decided).
    expect(rowValues(totals, findRow(totals, 'Hoàn thành xuất sắc nhiệm vụ'))).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 2, 2, 1, 25]);
    expect(rowValues(totals, findRow(totals, 'Hoàn thành tốt nhiệm vụ'))).toEqual(['Hoàn thành tốt nhiệm vụ', 3, 2, 2, 50]);
    expect(rowValues(totals, findRow(totals, 'Hoàn thành nhiệm vụ'))).toEqual(['Hoàn thành nhiệm vụ', 0, 1, 1, 25]);
    expect(rowValues(totals, findRow(totals, 'Tổng số'))).toEqual(['Tổng số', 5, 5, 4, 100]);
    const quotaHeader = findRow(totals, 'Cơ quan');
    expect(rowValues(totals, quotaHeader)).toEqual([
      'Cơ quan',
      'Nhóm nhiệm vụ tương đồng',
      'Số làm căn cứ tính',
      'Tỷ lệ tối đa (%)',
      'Số tối đa được xếp HTXSNV',
      'Số đã xếp HTXSNV',
      'Ngoại lệ: người quyết định',
      'Lý do',
      'Văn bản'
    ]);
    const lines = [1, 2, 3].map((i) => rowValues(totals, quotaHeader + i));
    // "Chuyên môn": 1 HTXSNV decided, base HTTNV = 1; the recorded exception allows 1 (law.md 3.7).
    const chuyenMon = quota.find((q) => q.group === 'Chuyên môn')!;
    expect(chuyenMon).toMatchObject({ base: 1, allowed: 1, used: 1 });
    expect(lines[1]).toEqual(['Cục Di sản văn hóa', 'Chuyên môn', 1, 20, 1, 1, 'Đặng Thu Hà, Cục trưởng', 'Tập thể xuất sắc, nổi trội', 'QĐ số 05/QĐ-CDSVH']);
    // The whole agency: base 2 HTTNV, 20 % of 2 is 0 allowed, 1 used.
    expect(lines[2].slice(0, 6)).toEqual(['Cục Di sản văn hóa', 'Toàn cơ quan', 2, 20, 0, 1]);
  });
});
