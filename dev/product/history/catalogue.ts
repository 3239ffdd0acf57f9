import type { ProductType } from '../../../src/domain/rating';

/**
 * Danh mục sản phẩm of the sample ministry (NĐ 335/2025: each ministry issues its own catalogue and
 * conversion factors). The standard product (sản phẩm chuẩn, factor 1) is an ordinary administrative
 * document; the others are scored relative to it. A sample, not the Bộ's official catalogue.
 */
export interface CatalogueEntry extends ProductType {
  /** how many of it a person is typically given in a month: [min, max] */
  monthly: [number, number];
  /** unit codes whose staff mostly produce it; undefined: every unit */
  units?: readonly string[];
  /** relative frequency when a month's work is drawn */
  weight: number;
  /** the catalogue's group (DGCC_ProductTypes.ProductGroup) */
  group: string;
  /** what one of it is counted in (DGCC_ProductTypes.MeasureUnit) */
  measureUnit: string;
}

const VAN_BAN = 'Văn bản hành chính';
const DE_AN_BAO_CAO = 'Đề án, báo cáo';
const PHAP_LUAT = 'Văn bản quy phạm pháp luật';
const HO_SO = 'Hồ sơ thẩm định, cấp phép';
const THANH_TRA = 'Thanh tra, kiểm tra, giải quyết đơn thư';
const SU_KIEN = 'Sự kiện, hội nghị, truyền thông';

export const CATALOGUE_EFFECTIVE_FROM = '2026-01-01T00:00:00Z';

export const PRODUCT_CATALOGUE: readonly CatalogueEntry[] = [
  { code: 'VBHC', name: 'Văn bản hành chính thông thường (công văn, thông báo, tờ trình đơn giản)', conversionFactor: 1, monthly: [2, 6], weight: 10, group: VAN_BAN, measureUnit: 'văn bản' },
  { code: 'BCDK', name: 'Báo cáo định kỳ (tháng, quý, năm) của đơn vị', conversionFactor: 1.5, monthly: [1, 2], weight: 6, group: DE_AN_BAO_CAO, measureUnit: 'báo cáo' },
  { code: 'BCCD', name: 'Báo cáo chuyên đề, báo cáo tổng kết, đánh giá', conversionFactor: 3, monthly: [1, 2], weight: 3, group: DE_AN_BAO_CAO, measureUnit: 'báo cáo' },
  { code: 'DTQPPL', name: 'Dự thảo văn bản quy phạm pháp luật (thông tư, dự thảo nghị định)', conversionFactor: 8, monthly: [1, 1], weight: 1, units: ['PC', 'TCCB', 'KHTC', 'BQTG', 'DSVH', 'DLQG'], group: PHAP_LUAT, measureUnit: 'dự thảo' },
  { code: 'DEAN', name: 'Đề án, chương trình, kế hoạch cấp Bộ', conversionFactor: 10, monthly: [1, 1], weight: 0.6, group: DE_AN_BAO_CAO, measureUnit: 'đề án' },
  { code: 'TDDT', name: 'Thẩm định hồ sơ xếp hạng di tích, công nhận bảo vật quốc gia', conversionFactor: 4, monthly: [1, 3], weight: 4, units: ['DSVH'], group: HO_SO, measureUnit: 'hồ sơ' },
  { code: 'CPVH', name: 'Hồ sơ cấp phép biểu diễn, triển lãm, phổ biến phim, xuất bản', conversionFactor: 1.5, monthly: [2, 6], weight: 5, units: ['NTBD', 'DA', 'MTNATL', 'XBIPH', 'BQTG', 'BC'], group: HO_SO, measureUnit: 'hồ sơ' },
  { code: 'KHSK', name: 'Kế hoạch tổ chức sự kiện văn hóa, thể thao, du lịch', conversionFactor: 3, monthly: [1, 2], weight: 3, units: ['VHCS', 'TDTT', 'DLQG', 'NTBD', 'HTQT', 'VPB'], group: SU_KIEN, measureUnit: 'kế hoạch' },
  { code: 'KLTT', name: 'Kết luận thanh tra, kiểm tra chuyên ngành', conversionFactor: 6, monthly: [1, 1], weight: 4, units: ['TTB'], group: THANH_TRA, measureUnit: 'kết luận' },
  { code: 'GQDT', name: 'Giải quyết đơn thư, kiến nghị, phản ánh', conversionFactor: 1.5, monthly: [1, 4], weight: 3, units: ['TTB', 'VPB', 'BQTG'], group: THANH_TRA, measureUnit: 'đơn' },
  { code: 'HNHT', name: 'Tham mưu tổ chức hội nghị, hội thảo, lớp tập huấn', conversionFactor: 2.5, monthly: [1, 2], weight: 2, group: SU_KIEN, measureUnit: 'hội nghị' },
  { code: 'TINBAI', name: 'Tin, bài tuyên truyền trên Cổng thông tin điện tử của Bộ', conversionFactor: 0.5, monthly: [2, 8], weight: 2, group: SU_KIEN, measureUnit: 'tin, bài' }
];

export function catalogueEntry(code: string): CatalogueEntry {
  const entry = PRODUCT_CATALOGUE.find((p) => p.code === code);
  if (!entry) {
    throw new Error(`No product type '${code}' in the sample catalogue`);
  }
  return entry;
}

/**
 * The catalogue's UnitCode: a product only one Cục or Vụ produces is that unit's (its phòng included);
 * the others are the whole ministry's (blank).
 */
export function catalogueUnitCode(entry: CatalogueEntry): string {
  return entry.units && entry.units.length === 1 ? entry.units[0] : '';
}

/** The product types a unit's staff draw their months from, with their weights. */
export function productsForUnit(agencyCode: string): CatalogueEntry[] {
  return PRODUCT_CATALOGUE.filter((p) => !p.units || p.units.indexOf(agencyCode) >= 0);
}
