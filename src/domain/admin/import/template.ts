import { PLAN_COLUMNS, PRODUCT_COLUMNS, UNIT_COLUMNS, type ImportKind } from './layouts';
import type { SitePlan, SiteProduct, SiteUnit } from './records';
import type { Cell } from './sheet';

/**
 * A file in the import's layout: a title above the header row (as ministries' tables have), the
 * header, the rows, and a second sheet that explains each column. The sample files (samples/*.xlsx)
 * and the "download the current list" button write this.
 */
export interface TemplateFile {
  fileName: string;
  sheetName: string;
  title: string;
  /** Lines under the title (what the file is for, how blank cells read). */
  notes: string[];
  headers: string[];
  rows: Cell[][];
  /** The guide sheet: one line per column (header, what to write). */
  guide: Array<[string, string]>;
}

const LEVEL_WORDS = { MINISTRY: 'Bộ', AGENCY: 'Cục/Vụ', DIVISION: 'Phòng' };
const KIND_WORDS = { MONTH: 'Tháng', QUARTER: 'Quý' };

/** dd/mm/yyyy, as ministries type dates. */
function vnDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const UNIT_GUIDE: { [key: string]: string } = {
  code: 'Mã của đơn vị (chữ in hoa không dấu, chữ số, "-"), không đổi theo thời gian.',
  name: 'Tên đầy đủ của đơn vị.',
  parent: 'Mã của đơn vị cấp trên; để trống với cấp Bộ.',
  level: 'Bộ, Cục/Vụ (cả Văn phòng, Thanh tra) hoặc Phòng.',
  head: 'Người đứng đầu: email (hoặc tên đăng nhập, phần trước @) trong danh bạ của Bộ.',
  deputies: 'Cấp phó: nhiều người cách nhau bằng dấu ";" hoặc xuống dòng.',
  secretary: 'Thư ký cuộc họp nhận xét, đánh giá của đơn vị (nếu có).',
  evaluator: 'Người được ủy quyền đánh giá thủ trưởng đơn vị (Thứ trưởng phụ trách), nếu khác thủ trưởng cấp trên.',
  periodKind: 'Tháng hoặc Quý; để trống: theo quy định chung của Bộ.',
  from: 'Ngày thông tin có hiệu lực (dd/mm/yyyy); để trống: ngày nhập. Một thay đổi chỉ ghi từ sau ngày của thông tin đang có.'
};
const PRODUCT_GUIDE: { [key: string]: string } = {
  code: 'Mã sản phẩm (2 đến 20 chữ in hoa không dấu, chữ số, "-" hoặc "_"), không đổi theo thời gian.',
  name: 'Tên sản phẩm như công chức thấy trong phiếu báo cáo.',
  group: 'Nhóm sản phẩm (văn bản, báo cáo, hồ sơ…).',
  measureUnit: 'Đơn vị tính (văn bản, hồ sơ, báo cáo…).',
  factor: 'Hệ số quy đổi so với sản phẩm chuẩn (NĐ 335/2025), số lớn hơn 0, tối đa 100; dấu thập phân "," hoặc ".".',
  unit: 'Mã một đơn vị (sản phẩm dùng cho đơn vị đó và các đơn vị trực thuộc); để trống: toàn Bộ.',
  from: 'Ngày bắt đầu áp dụng (dd/mm/yyyy); để trống: ngày nhập.',
  to: 'Ngày thôi áp dụng (nếu có). Sản phẩm đã dùng không xóa được, chỉ thôi áp dụng.'
};
const PLAN_GUIDE: { [key: string]: string } = {
  year: 'Năm kế hoạch (ví dụ 2026).',
  period: '"Tháng n" (1 đến 12) hoặc "Quý n" (1 đến 4); viết tắt T3, Q2 cũng được.',
  login: 'Email của công chức thực hiện.',
  unit: 'Mã đơn vị của công chức.',
  product: 'Mã sản phẩm trong danh mục.',
  quantity: 'Số lượng sản phẩm kế hoạch, lớn hơn 0. Tệp là toàn bộ kế hoạch của mỗi người trong kỳ: sản phẩm không còn trong tệp được bỏ khỏi kế hoạch.'
};

function guideOf(columns: ReadonlyArray<{ key: string; header: string }>, texts: { [key: string]: string }): Array<[string, string]> {
  return columns.map((c) => [c.header, texts[c.key] || '']);
}

export function unitsTemplate(units: readonly SiteUnit[], fileName: string = 'don-vi.xlsx'): TemplateFile {
  const order = { MINISTRY: 0, AGENCY: 1, DIVISION: 2 };
  return {
    fileName,
    sheetName: 'Đơn vị',
    title: 'DANH SÁCH ĐƠN VỊ VÀ LÃNH ĐẠO ĐƠN VỊ',
    notes: ['Mỗi đơn vị một dòng. Dòng tiêu đề có thể ở bất kỳ dòng nào trong 20 dòng đầu; các cột khác được bỏ qua.'],
    headers: UNIT_COLUMNS.map((c) => c.header),
    rows: units
      .slice()
      .sort((a, b) => order[a.level] - order[b.level] || (a.parentCode || '').localeCompare(b.parentCode || '') || a.code.localeCompare(b.code))
      .map((u) => [
        u.code,
        u.name,
        u.parentCode || '',
        LEVEL_WORDS[u.level],
        u.headLogin || '',
        u.deputyLogins.join('; '),
        u.secretaryLogin || '',
        u.evaluatorLogin || '',
        u.periodKind ? KIND_WORDS[u.periodKind] : '',
        vnDate(u.from)
      ]),
    guide: guideOf(UNIT_COLUMNS, UNIT_GUIDE)
  };
}

export function catalogueTemplate(products: readonly SiteProduct[], fileName: string = 'danh-muc-san-pham.xlsx'): TemplateFile {
  return {
    fileName,
    sheetName: 'Danh mục sản phẩm',
    title: 'DANH MỤC SẢN PHẨM VÀ HỆ SỐ QUY ĐỔI',
    notes: ['Mỗi mã sản phẩm một dòng. Thay đổi tên, nhóm, hệ số hoặc đơn vị áp dụng được ghi thành dòng mới có hiệu lực từ ngày ghi trong tệp.'],
    headers: PRODUCT_COLUMNS.map((c) => c.header),
    rows: products.map((p) => [p.code, p.name, p.group || '', p.measureUnit || '', p.factor, p.unitCode || '', vnDate(p.from), vnDate(p.to)]),
    guide: guideOf(PRODUCT_COLUMNS, PRODUCT_GUIDE)
  };
}

export function plansTemplate(plans: ReadonlyArray<Omit<SitePlan, 'id' | 'etag'>>, fileName: string = 'ke-hoach-thang.xlsx'): TemplateFile {
  return {
    fileName,
    sheetName: 'Kế hoạch',
    title: 'KẾ HOẠCH SẢN PHẨM CỦA CÔNG CHỨC THEO THÁNG/QUÝ',
    notes: ['Mỗi người, mỗi kỳ, mỗi sản phẩm một dòng.'],
    headers: PLAN_COLUMNS.map((c) => c.header),
    rows: plans.map((p) => [p.year, `${KIND_WORDS[p.kind]} ${p.index}`, p.login, p.unitCode, p.productCode, p.quantity]),
    guide: guideOf(PLAN_COLUMNS, PLAN_GUIDE)
  };
}

/** The template of a kind from what the site holds. */
export function templateOf(kind: ImportKind, site: { units: readonly SiteUnit[]; catalogue: readonly SiteProduct[]; plans: ReadonlyArray<Omit<SitePlan, 'id' | 'etag'>> }): TemplateFile {
  if (kind === 'UNITS') return unitsTemplate(site.units);
  if (kind === 'CATALOGUE') return catalogueTemplate(site.catalogue);
  return plansTemplate(site.plans);
}
