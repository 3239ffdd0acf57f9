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
}

export const CATALOGUE_EFFECTIVE_FROM = '2026-01-01T00:00:00Z';

export const PRODUCT_CATALOGUE: readonly CatalogueEntry[] = [
  { code: 'VBHC', name: 'Văn bản hành chính thông thường (công văn, thông báo, tờ trình đơn giản)', conversionFactor: 1, monthly: [2, 6], weight: 10 },
  { code: 'BCDK', name: 'Báo cáo định kỳ (tháng, quý, năm) của đơn vị', conversionFactor: 1.5, monthly: [1, 2], weight: 6 },
  { code: 'BCCD', name: 'Báo cáo chuyên đề, báo cáo tổng kết, đánh giá', conversionFactor: 3, monthly: [1, 2], weight: 3 },
  { code: 'DTQPPL', name: 'Dự thảo văn bản quy phạm pháp luật (thông tư, dự thảo nghị định)', conversionFactor: 8, monthly: [1, 1], weight: 1, units: ['PC', 'TCCB', 'KHTC', 'BQTG', 'DSVH', 'DLQG'] },
  { code: 'DEAN', name: 'Đề án, chương trình, kế hoạch cấp Bộ', conversionFactor: 10, monthly: [1, 1], weight: 0.6 },
  { code: 'TDDT', name: 'Thẩm định hồ sơ xếp hạng di tích, công nhận bảo vật quốc gia', conversionFactor: 4, monthly: [1, 3], weight: 4, units: ['DSVH'] },
  { code: 'CPVH', name: 'Hồ sơ cấp phép biểu diễn, triển lãm, phổ biến phim, xuất bản', conversionFactor: 1.5, monthly: [2, 6], weight: 5, units: ['NTBD', 'DA', 'MTNATL', 'XBIPH', 'BQTG', 'BC'] },
  { code: 'KHSK', name: 'Kế hoạch tổ chức sự kiện văn hóa, thể thao, du lịch', conversionFactor: 3, monthly: [1, 2], weight: 3, units: ['VHCS', 'TDTT', 'DLQG', 'NTBD', 'HTQT', 'VPB'] },
  { code: 'KLTT', name: 'Kết luận thanh tra, kiểm tra chuyên ngành', conversionFactor: 6, monthly: [1, 1], weight: 4, units: ['TTB'] },
  { code: 'GQDT', name: 'Giải quyết đơn thư, kiến nghị, phản ánh', conversionFactor: 1.5, monthly: [1, 4], weight: 3, units: ['TTB', 'VPB', 'BQTG'] },
  { code: 'HNHT', name: 'Tham mưu tổ chức hội nghị, hội thảo, lớp tập huấn', conversionFactor: 2.5, monthly: [1, 2], weight: 2 },
  { code: 'TINBAI', name: 'Tin, bài tuyên truyền trên Cổng thông tin điện tử của Bộ', conversionFactor: 0.5, monthly: [2, 8], weight: 2 }
];

export function catalogueEntry(code: string): CatalogueEntry {
  const entry = PRODUCT_CATALOGUE.find((p) => p.code === code);
  if (!entry) {
    throw new Error(`No product type '${code}' in the sample catalogue`);
  }
  return entry;
}

/** The product types a unit's staff draw their months from, with their weights. */
export function productsForUnit(agencyCode: string): CatalogueEntry[] {
  return PRODUCT_CATALOGUE.filter((p) => !p.units || p.units.indexOf(agencyCode) >= 0);
}
