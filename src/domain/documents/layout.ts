import type { PageSettings } from './model';

/**
 * The layout of administrative documents, Nghị định 30/2020/NĐ-CP Phụ lục I (official-documents.md 3,
 * from the transcription of Phụ lục I and III). Where the decree gives a range, the value chosen is
 * named and stays inside it.
 */

/** Phần I, Mục I: "Khổ A4 (210 mm x 297 mm)". */
export const A4_PORTRAIT_MM = { width: 210, height: 297 };

/**
 * Phần I, Mục I: "Cách mép trên và mép dưới 20 - 25 mm, cách mép trái 30 - 35 mm, cách mép phải
 * 15 - 20 mm." The smallest of each range: the forms' tables need the width.
 */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };

export const PAGE: PageSettings = { widthMm: A4_PORTRAIT_MM.width, heightMm: A4_PORTRAIT_MM.height, marginsMm: MARGINS_MM };

/** The width text runs in: 210 − 30 − 15 = 165 mm. */
export const TEXT_WIDTH_MM = A4_PORTRAIT_MM.width - MARGINS_MM.left - MARGINS_MM.right;

/** Phần I, Mục I: "Times New Roman, bộ mã ký tự Unicode theo TCVN 6909:2001, màu đen." */
export const FONT = 'Times New Roman';

export const LANGUAGE = 'vi-VN';

/** Sizes in points, each within its range of Phụ lục I (3.2–3.4). */
export const SIZES = {
  /** Quốc hiệu: in hoa, 12–13, đứng, đậm. 12 keeps it on one line over the header's right column. */
  quocHieu: 12,
  /** Tiêu ngữ: in thường, 13–14, đứng, đậm. */
  tieuNgu: 13,
  /** Tên cơ quan chủ quản and ban hành: in hoa, 12–13. */
  tenCoQuan: 12,
  /** Số, ký hiệu: 13. */
  soKyHieu: 13,
  /** Địa danh, ngày tháng: in thường, 13–14, nghiêng. */
  diaDanh: 14,
  /** Tên loại: in hoa, 13–14, đậm. */
  tenLoai: 14,
  /** Trích yếu: 13–14, đậm. */
  trichYeu: 14,
  /** Căn cứ and body text: 13–14. */
  body: 14,
  /** The phiếu (forms) set their body at the low end (13) so that their tables stay on the page. */
  formBody: 13,
  /** Text in the forms' tables. */
  table: 12,
  /** Chức vụ and name of the signer: 13–14, đậm. */
  signature: 14,
  /** "Nơi nhận:": 12, nghiêng, đậm. */
  noiNhan: 12,
  /** The list of recipients: 11, đứng. */
  noiNhanList: 11,
  /** Page numbers: 13–14, centred in the top margin, none on the first page. */
  pageNumber: 14
};

/** Body: first-line indent 1 cm or 1,27 cm; paragraph spacing at least 6 pt; line spacing 1–1,5. */
export const BODY = { firstLineIndentMm: 10, spaceAfterPt: 6, lineSpacing: 1.15 };

/**
 * The header: a borderless two-column table within the text width. The right column holds the quốc
 * hiệu, whose 12 pt bold capitals are 88 mm long in Times New Roman (measured on the rendering); the
 * left column keeps a clear gap from it, so a long parent name ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
 * about 76 mm) takes two lines rather than touch the quốc hiệu.
 */
export const HEADER_COLUMNS_MM = [70, TEXT_WIDTH_MM - 70];

/** The rule under the tiêu ngữ: "có độ dài bằng độ dài của dòng chữ" (13 pt bold "Độc lập - Tự do - Hạnh phúc"). */
export const TIEU_NGU_RULE_MM = 59;

/** The rule under the tên cơ quan ban hành and under the trích yếu: 1/3 to 1/2 of the line. */
export const SHORT_RULE_MM = 25;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** The body's last line ends with "./." (Phụ lục I, Phần I). */
export const ENDING = './.';
