import type { ColumnSpec } from './sheet';

/** What a file holds: the units and their leaders, the catalogue of work products, or work plans. */
export type ImportKind = 'UNITS' | 'CATALOGUE' | 'PLANS';

export const IMPORT_KINDS: readonly ImportKind[] = ['UNITS', 'CATALOGUE', 'PLANS'];

export type UnitColumn = 'code' | 'name' | 'parent' | 'level' | 'head' | 'deputies' | 'secretary' | 'evaluator' | 'periodKind' | 'from';
export type ProductColumn = 'code' | 'name' | 'group' | 'measureUnit' | 'factor' | 'unit' | 'from' | 'to';
export type PlanColumn = 'year' | 'period' | 'login' | 'unit' | 'product' | 'quantity';

/**
 * The layouts, as the ministries' Vụ Tổ chức cán bộ keep these tables today (the sample files in
 * samples/ are written with exactly these headers). Headers are found on any of the first rows, in
 * any order, with or without diacritics or capitals; other columns are ignored.
 */
export const UNIT_COLUMNS: readonly ColumnSpec<UnitColumn>[] = [
  { key: 'code', header: 'Mã đơn vị', aliases: ['Mã ĐV', 'Mã'], required: true },
  { key: 'name', header: 'Tên đơn vị', aliases: ['Tên ĐV', 'Tên', 'Đơn vị'], required: true },
  { key: 'parent', header: 'Mã đơn vị cấp trên', aliases: ['Đơn vị cấp trên', 'Mã cấp trên', 'Cấp trên'], required: true },
  { key: 'level', header: 'Cấp', aliases: ['Cấp đơn vị', 'Loại đơn vị'], required: true },
  { key: 'head', header: 'Thủ trưởng', aliases: ['Người đứng đầu', 'Trưởng đơn vị', 'Thủ trưởng đơn vị'], required: true },
  { key: 'deputies', header: 'Cấp phó', aliases: ['Các cấp phó', 'Phó thủ trưởng', 'Cấp phó của người đứng đầu'], required: false },
  { key: 'secretary', header: 'Thư ký', aliases: ['Thư ký cuộc họp', 'Người ghi biên bản'], required: false },
  { key: 'evaluator', header: 'Người đánh giá', aliases: ['Người được ủy quyền đánh giá', 'Người được uỷ quyền đánh giá', 'Người đánh giá thủ trưởng'], required: false },
  { key: 'periodKind', header: 'Kỳ', aliases: ['Kỳ đánh giá', 'Kỳ báo cáo'], required: false },
  { key: 'from', header: 'Hiệu lực từ', aliases: ['Ngày hiệu lực', 'Từ ngày', 'Hiệu lực'], required: false }
];

export const PRODUCT_COLUMNS: readonly ColumnSpec<ProductColumn>[] = [
  { key: 'code', header: 'Mã', aliases: ['Mã sản phẩm', 'Mã SP'], required: true },
  { key: 'name', header: 'Tên sản phẩm', aliases: ['Tên', 'Sản phẩm', 'Tên SP'], required: true },
  { key: 'group', header: 'Nhóm', aliases: ['Nhóm sản phẩm', 'Nhóm SP'], required: true },
  { key: 'measureUnit', header: 'Đơn vị tính', aliases: ['ĐVT'], required: false },
  { key: 'factor', header: 'Hệ số quy đổi', aliases: ['Hệ số', 'Hệ số quy đổi sản phẩm'], required: true },
  { key: 'unit', header: 'Đơn vị áp dụng', aliases: ['Mã đơn vị áp dụng', 'Đơn vị', 'Mã đơn vị'], required: false },
  { key: 'from', header: 'Hiệu lực từ', aliases: ['Ngày hiệu lực', 'Từ ngày'], required: false },
  { key: 'to', header: 'Hiệu lực đến', aliases: ['Đến ngày', 'Hết hiệu lực'], required: false }
];

export const PLAN_COLUMNS: readonly ColumnSpec<PlanColumn>[] = [
  { key: 'year', header: 'Năm', aliases: ['Năm kế hoạch'], required: true },
  { key: 'period', header: 'Kỳ', aliases: ['Tháng/Quý', 'Kỳ kế hoạch', 'Tháng', 'Quý'], required: true },
  { key: 'login', header: 'Người thực hiện', aliases: ['Email', 'Email người thực hiện', 'Công chức', 'Tài khoản'], required: true },
  { key: 'unit', header: 'Đơn vị', aliases: ['Mã đơn vị'], required: true },
  { key: 'product', header: 'Mã sản phẩm', aliases: ['Mã SP', 'Sản phẩm', 'Mã'], required: true },
  { key: 'quantity', header: 'Số lượng', aliases: ['SL', 'Số lượng kế hoạch'], required: true }
];

/** The headers of a kind, in the order the sample files write them. */
export function headersOf(kind: ImportKind): string[] {
  const columns: readonly ColumnSpec<string>[] = kind === 'UNITS' ? UNIT_COLUMNS : kind === 'CATALOGUE' ? PRODUCT_COLUMNS : PLAN_COLUMNS;
  return columns.map((c) => c.header);
}
