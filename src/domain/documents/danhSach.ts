import { outcomeText, periodShortText, upper } from './format';
import type { DanhSachInput, DanhSachRow } from './inputs';
import { FONT } from './layout';
import { decreeBasis } from './legalBasis';
import type { SheetModel, SheetRow, WorkbookModel } from './model';
import { RATING_LEVELS, RATING_OUTCOMES, type RatingOutcome } from '../rating/ratingCodes';

/**
 * Danh sách tổng hợp kết quả (official-documents.md 1.5: agency practice, no form of the decrees): one
 * row per person, and a totals sheet with the counts per level and the HTXS quota per agency and
 * group (law.md 3.7).
 */

export const DANH_SACH_TITLE = 'DANH SÁCH TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC';
export const LIST_SHEET = 'Danh sách';
export const TOTALS_SHEET = 'Tổng hợp';

const SCOPE_WORDS = { UNIT: 'Đơn vị', AGENCY: 'Cơ quan', MINISTRY: 'Toàn Bộ' };

export function listColumns(input: DanhSachInput): string[] {
  return [
    'STT',
    'Họ và tên',
    'Chức vụ',
    'Đơn vị',
    'Nhóm nhiệm vụ tương đồng',
    ...input.periods.map(periodShortText),
    ...(input.ruleSetId === 'ND335' ? ['Điểm năm'] : []),
    'Tự xếp loại',
    'Cuộc họp đề xuất',
    'Cấp có thẩm quyền quyết định',
    'Ghi chú'
  ];
}

function listRow(input: DanhSachInput, row: DanhSachRow, index: number): SheetRow {
  const cells: SheetRow['cells'] = [index + 1, row.name, row.position, row.unitName, row.taskGroup];
  input.periods.forEach((_, i) => cells.push(row.periodScores ? row.periodScores[i] : undefined));
  if (input.ruleSetId === 'ND335') cells.push(row.yearlyScore);
  cells.push(outcomeText(row.selfProposed), outcomeText(row.meetingProposed), outcomeText(row.decided), row.note ?? '');
  return { cells, style: 'body' };
}

function heading(input: DanhSachInput, width: number): { rows: SheetRow[]; merges: Array<[number, number, number, number]> } {
  const rows: SheetRow[] = [
    { cells: [upper(input.identity.parentAgencyName)], style: 'subtitle' },
    { cells: [upper(input.identity.issuingUnitName)], style: 'subtitle' },
    { cells: [`${DANH_SACH_TITLE} NĂM ${input.year}`], style: 'title' },
    { cells: [`${SCOPE_WORDS[input.scope.kind]}: ${input.scope.name}`], style: 'subtitle' },
    { cells: [`Căn cứ ${decreeBasis(input.ruleSetId).shortNames}`], style: 'note' }
  ];
  return { rows, merges: rows.map((_, i) => [i + 1, 1, i + 1, width] as [number, number, number, number]) };
}

function listSheet(input: DanhSachInput): SheetModel {
  const columns = listColumns(input);
  const top = heading(input, columns.length);
  const rows: SheetRow[] = [...top.rows, { cells: columns, style: 'header' }, ...input.rows.map((r, i) => listRow(input, r, i))];
  const widths = [6, 26, 24, 30, 20, ...input.periods.map(() => 8), ...(input.ruleSetId === 'ND335' ? [10] : []), 22, 22, 24, 20];
  return { name: LIST_SHEET, columnWidths: widths, rows, merges: top.merges, frozenRows: top.rows.length + 1, numberFormat: '0.00' };
}

/** Counts per outcome of one column (self, meeting, decision). */
export function countOutcomes(values: ReadonlyArray<RatingOutcome | undefined>): Record<RatingOutcome, number> {
  const counts = {} as Record<RatingOutcome, number>;
  RATING_OUTCOMES.forEach((o) => (counts[o] = 0));
  values.forEach((v) => {
    if (v !== undefined) counts[v] += 1;
  });
  return counts;
}

function totalsSheet(input: DanhSachInput): SheetModel {
  const width = 9;
  const top = heading(input, width);
  const rows: SheetRow[] = [...top.rows];
  const merges = top.merges.slice();
  rows.push({ cells: ['I. SỐ LƯỢNG THEO MỨC XẾP LOẠI'], style: 'subtitle' });
  merges.push([rows.length, 1, rows.length, width]);
  rows.push({ cells: ['Mức xếp loại', 'Tự xếp loại', 'Cuộc họp đề xuất', 'Cấp có thẩm quyền quyết định', 'Tỷ lệ theo quyết định (%)'], style: 'header' });
  const self = countOutcomes(input.rows.map((r) => r.selfProposed));
  const meeting = countOutcomes(input.rows.map((r) => r.meetingProposed));
  const decided = countOutcomes(input.rows.map((r) => r.decided));
  const decidedTotal = input.rows.filter((r) => r.decided !== undefined).length;
  const shown: RatingOutcome[] = [...RATING_LEVELS, ...RATING_OUTCOMES.filter((o) => RATING_LEVELS.indexOf(o as never) < 0 && decided[o] + meeting[o] + self[o] > 0)];
  shown.forEach((o) =>
    rows.push({
      cells: [outcomeText(o), self[o], meeting[o], decided[o], decidedTotal > 0 ? Math.round((decided[o] / decidedTotal) * 10000) / 100 : undefined],
      style: 'body'
    })
  );
  rows.push({ cells: ['Tổng số', input.rows.filter((r) => r.selfProposed).length, input.rows.filter((r) => r.meetingProposed).length, decidedTotal, decidedTotal > 0 ? 100 : undefined], style: 'total' });
  rows.push({ cells: [], style: 'body' });
  rows.push({ cells: ['II. TỶ LỆ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ THEO CƠ QUAN VÀ NHÓM NHIỆM VỤ TƯƠNG ĐỒNG'], style: 'subtitle' });
  merges.push([rows.length, 1, rows.length, width]);
  rows.push({
    cells: ['Cơ quan', 'Nhóm nhiệm vụ tương đồng', 'Số làm căn cứ tính', 'Tỷ lệ tối đa (%)', 'Số tối đa được xếp HTXSNV', 'Số đã xếp HTXSNV', 'Ngoại lệ: người quyết định', 'Lý do', 'Văn bản'],
    style: 'header'
  });
  input.quota.forEach((q) =>
    rows.push({
      cells: [
        q.agencyName,
        q.group ?? 'Toàn cơ quan',
        q.base,
        Math.round(q.rate * 10000) / 100,
        q.allowed,
        q.used,
        q.exception?.decidedBy ?? '',
        q.exception?.reason ?? '',
        q.exception?.reference ?? ''
      ],
      style: 'body'
    })
  );
  return { name: TOTALS_SHEET, columnWidths: [30, 26, 14, 12, 16, 14, 26, 36, 30], rows, merges, numberFormat: '0.##' };
}

export function buildDanhSach(input: DanhSachInput): WorkbookModel {
  return {
    title: `${DANH_SACH_TITLE} năm ${input.year} – ${input.scope.name}`,
    font: FONT,
    sheets: [listSheet(input), totalsSheet(input)]
  };
}
