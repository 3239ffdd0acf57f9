import { numberLine, placeDateLine, upper } from './format';
import type { DocumentIdentity, DocumentSigner } from './inputs';
import {
  BODY,
  FONT,
  HEADER_COLUMNS_MM,
  LANGUAGE,
  PAGE,
  QUOC_HIEU,
  SHORT_RULE_MM,
  SIZES,
  TEXT_WIDTH_MM,
  TIEU_NGU,
  TIEU_NGU_RULE_MM
} from './layout';
import type { Alignment, Block, DocumentModel, DocumentSection, ParagraphBlock, TableBlock, TableCell, TextRun } from './model';

/** The pieces every document is made of (NĐ 30/2020 Phụ lục I): header, title, signature, Nơi nhận. */

export function run(text: string, style: Omit<TextRun, 'text'> = {}): TextRun {
  return { text, ...style };
}

export function paragraph(runs: TextRun[] | string, options: Omit<ParagraphBlock, 'type' | 'runs'> = {}): ParagraphBlock {
  return { type: 'paragraph', runs: typeof runs === 'string' ? [run(runs)] : runs, ...options };
}

export function centred(text: string, style: Omit<TextRun, 'text'> = {}, options: Omit<ParagraphBlock, 'type' | 'runs' | 'align'> = {}): ParagraphBlock {
  return paragraph([run(text, style)], { ...options, align: 'center' });
}

/** A body paragraph: justified, first-line indent, 6 pt after. */
export function body(runs: TextRun[] | string, size: number = SIZES.body, options: Omit<ParagraphBlock, 'type' | 'runs'> = {}): ParagraphBlock {
  return paragraph(runs, {
    align: 'justify',
    size,
    firstLineIndentMm: BODY.firstLineIndentMm,
    spaceAfterPt: BODY.spaceAfterPt,
    lineSpacing: BODY.lineSpacing,
    ...options
  });
}

/**
 * Binds the last words of a centred line with non-breaking spaces, so that a name too long for its
 * column wraps before them ("BỘ VĂN HÓA, THỂ THAO / VÀ DU LỊCH") and no word is left alone on a line.
 */
export function keepLastWords(text: string, count: number): string {
  const words = text.split(' ');
  if (words.length <= count) return text;
  return `${words.slice(0, words.length - count).join(' ')} ${words.slice(words.length - count).join('\u00a0')}`;
}

/** Where the form leaves room to write by hand. */
export const DOTS = '……………………………………………………………………';

/** "label: text" with the label bold; a dotted line for the hand when there is no text. */
export function labelled(label: string, text: string | undefined, size: number, options: Omit<ParagraphBlock, 'type' | 'runs'> = {}): ParagraphBlock[] {
  const value = text && text.trim() ? text.trim() : '';
  const lines = value ? value.split(/\r?\n/) : [];
  if (lines.length <= 1) {
    return [body([run(`${label} `, { bold: true }), run(value || DOTS)], size, options)];
  }
  return [body([run(label, { bold: true })], size, options), ...lines.map((line) => body(line, size, options))];
}

export function rule(widthMm: number, containerWidthMm: number, spaceAfterPt = 0): Block {
  return { type: 'rule', widthMm, containerWidthMm, spaceAfterPt };
}

export function cell(blocks: Block[] | Block, options: Omit<TableCell, 'blocks'> = {}): TableCell {
  return { blocks: Array.isArray(blocks) ? blocks : [blocks], ...options };
}

/** A cell with one line of text. */
export function textCell(text: string, size: number, style: Omit<TextRun, 'text'> = {}, align: Alignment = 'left', options: Omit<TableCell, 'blocks'> = {}): TableCell {
  return cell(paragraph([run(text, style)], { align, size }), { verticalAlign: 'center', ...options });
}

export interface HeaderOptions {
  /** The ký hiệu's type code ("QĐ", "TB", "BB"); absent: no số line (the phiếu). */
  typeCode?: string;
  /** The place-and-date line under the tiêu ngữ (documents with a date of issue). */
  withDate?: boolean;
}

/**
 * The header (Phụ lục I 3.2): left, tên cơ quan chủ quản (capitals, not bold), tên cơ quan ban hành
 * (capitals, bold), a short rule, the số; right, quốc hiệu (capitals, bold), tiêu ngữ (bold) with a
 * rule as long as it, the place and date (italic).
 */
export function nationalHeader(identity: DocumentIdentity, options: HeaderOptions = {}): TableBlock {
  const [leftMm, rightMm] = HEADER_COLUMNS_MM;
  const left: Block[] = [];
  if (identity.parentAgencyName.trim()) {
    left.push(centred(keepLastWords(upper(identity.parentAgencyName), 3), { size: SIZES.tenCoQuan }));
  }
  left.push(centred(keepLastWords(upper(identity.issuingUnitName), 3), { size: SIZES.tenCoQuan, bold: true }));
  left.push(rule(SHORT_RULE_MM, leftMm, 6));
  if (options.typeCode) {
    left.push(centred(numberLine(identity, options.typeCode), { size: SIZES.soKyHieu }));
  }
  const right: Block[] = [
    centred(QUOC_HIEU, { size: SIZES.quocHieu, bold: true }),
    centred(TIEU_NGU, { size: SIZES.tieuNgu, bold: true }),
    rule(TIEU_NGU_RULE_MM, rightMm, 6)
  ];
  if (options.withDate) {
    right.push(centred(placeDateLine(identity.place, identity.date), { size: SIZES.diaDanh, italic: true }));
  }
  return { type: 'table', columnWidthsMm: [leftMm, rightMm], borders: false, rows: [{ cells: [cell(left), cell(right)] }] };
}

/** Tên loại (capitals, bold) and trích yếu (bold) with its rule (Phụ lục I 3.3). */
export function titleBlock(kindName: string, summary?: string, note?: { text: string; italic?: boolean }): Block[] {
  const blocks: Block[] = [centred(upper(kindName), { size: SIZES.tenLoai, bold: true }, { spaceBeforePt: 12 })];
  if (summary) blocks.push(centred(keepLastWords(summary, 2), { size: SIZES.trichYeu, bold: true }));
  if (note) blocks.push(centred(note.text, { size: SIZES.formBody, italic: note.italic !== false }));
  blocks.push(rule(SHORT_RULE_MM, TEXT_WIDTH_MM, 12));
  return blocks;
}

/** One signature column of a form: date line, caption, "(Ký, ghi rõ họ tên)", room to sign, the name. */
export interface SignatureColumn {
  dateLine?: string;
  /** Capitals, bold (several lines: authority then position). */
  captions: string[];
  hint?: string;
  name?: string;
}

function captionBlocks(column: SignatureColumn): Block[] {
  const blocks: Block[] = [];
  if (column.dateLine) blocks.push(centred(column.dateLine, { size: SIZES.formBody, italic: true }, { keepWithNext: true }));
  column.captions.forEach((caption) => blocks.push(centred(upper(caption), { size: SIZES.signature, bold: true }, { keepWithNext: true })));
  if (column.hint) blocks.push(centred(column.hint, { size: SIZES.formBody, italic: true }, { keepWithNext: true }));
  return blocks.length ? blocks : [paragraph('')];
}

function nameBlocks(column: SignatureColumn): Block[] {
  // Room for the hand signature (and the seal): four empty lines.
  const blocks: Block[] = [];
  for (let i = 0; i < 4; i++) blocks.push(centred('', { size: SIZES.formBody }, { keepWithNext: true }));
  blocks.push(centred(column.name || '', { size: SIZES.signature, bold: true }));
  return blocks;
}

function signatureBlocks(column: SignatureColumn): Block[] {
  return [...captionBlocks(column), ...nameBlocks(column)];
}

/**
 * Two signature columns side by side, in a borderless table of two rows (captions, then names), so
 * that the names stay level when one caption takes two lines.
 */
export function signatureColumns(left: SignatureColumn | undefined, right: SignatureColumn | undefined): TableBlock {
  const half = TEXT_WIDTH_MM / 2;
  const empty = [paragraph('')];
  return {
    type: 'table',
    columnWidthsMm: [half, half],
    borders: false,
    rows: [
      { cantSplit: true, cells: [cell(left ? captionBlocks(left) : empty), cell(right ? captionBlocks(right) : empty)] },
      { cantSplit: true, cells: [cell(left ? nameBlocks(left) : empty), cell(right ? nameBlocks(right) : empty)] }
    ]
  };
}

/** The signer's captions: "KT. CỤC TRƯỞNG" then "PHÓ CỤC TRƯỞNG" (Phụ lục I 3.4, ô 7a). */
export function signerCaptions(signer: DocumentSigner | undefined): string[] {
  if (!signer) return [''];
  if (signer.authority && signer.authorityOf) return [`${signer.authority} ${upper(signer.authorityOf)}`, upper(signer.position)];
  return [upper(signer.position)];
}

/**
 * Nơi nhận (left: "Nơi nhận:" 12 pt bold italic, its list 11 pt, "- Lưu: VT, …." last) beside the
 * signature (right), as the decree's models place them.
 */
export function recipientsBlocks(recipients: string[], archiveUnit: string | undefined): Block[] {
  const list = recipients.map((r) => paragraph([run(`- ${r};`, { size: SIZES.noiNhanList })], { size: SIZES.noiNhanList }));
  list.push(paragraph([run(`- Lưu: VT${archiveUnit && archiveUnit.trim() ? `, ${archiveUnit.trim()}` : ''}.`, { size: SIZES.noiNhanList })], { size: SIZES.noiNhanList }));
  return [paragraph([run('Nơi nhận:', { bold: true, italic: true, size: SIZES.noiNhan })], { size: SIZES.noiNhan, keepWithNext: true }), ...list];
}

/**
 * Nơi nhận (left: "Nơi nhận:" 12 pt bold italic, its list 11 pt, "- Lưu: VT, …." last) beside the
 * signature (right), as the decree's models place them.
 */
export function recipientsAndSignature(recipients: string[], archiveUnit: string | undefined, signer: DocumentSigner | undefined): TableBlock {
  const leftMm = 75;
  return {
    type: 'table',
    columnWidthsMm: [leftMm, TEXT_WIDTH_MM - leftMm],
    borders: false,
    rows: [{ cantSplit: true, cells: [cell(recipientsBlocks(recipients, archiveUnit)), cell(signatureBlocks({ captions: signerCaptions(signer), name: signer?.name }))] }]
  };
}

/** A section of A4 pages with the decree's margins. */
export function section(blocks: Block[], pageNumbers = true): DocumentSection {
  return { page: PAGE, blocks, pageNumbers };
}

export function documentOf(title: string, sections: DocumentSection[], bodySize: number = SIZES.body): DocumentModel {
  return { title, font: FONT, bodySize, language: LANGUAGE, sections };
}

/** Sum of defined numbers; undefined when any is missing (a total is shown only when every part is known). */
export function sumIfComplete(values: Array<number | undefined>): number | undefined {
  let total = 0;
  for (const v of values) {
    if (typeof v !== 'number' || !isFinite(v)) return undefined;
    total += v;
  }
  return Math.round(total * 100) / 100;
}
