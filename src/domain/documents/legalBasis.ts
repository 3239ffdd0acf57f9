import type { RuleSetId } from '../rating/ruleSet';

/**
 * The decrees a document cites as its căn cứ, by the year's rule set (law.md 0 and 1.5: NĐ 335/2025
 * issued 21/12/2025, in force from 01/01/2026; NĐ 48/2023 issued 17/7/2023 amending NĐ 90/2020 of
 * 13/8/2020).
 */
export interface DecreeBasis {
  /** One căn cứ per decree, without "Căn cứ " and the closing punctuation. */
  bases: string[];
  /** In a sentence: "Nghị định số 335/2025/NĐ-CP". */
  shortNames: string;
}

const ND335: DecreeBasis = {
  bases: [
    'Nghị định số 335/2025/NĐ-CP ngày 21 tháng 12 năm 2025 của Chính phủ quy định về đánh giá, xếp loại chất lượng đối với cơ quan hành chính nhà nước và công chức'
  ],
  shortNames: 'Nghị định số 335/2025/NĐ-CP của Chính phủ'
};

const ND90_48: DecreeBasis = {
  bases: [
    'Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức',
    'Nghị định số 48/2023/NĐ-CP ngày 17 tháng 7 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức'
  ],
  shortNames: 'Nghị định số 90/2020/NĐ-CP và Nghị định số 48/2023/NĐ-CP của Chính phủ'
};

export function decreeBasis(ruleSetId: RuleSetId): DecreeBasis {
  return ruleSetId === 'ND335' ? ND335 : ND90_48;
}
