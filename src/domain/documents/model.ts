/**
 * A small, format-neutral model of an official document: what the builders produce and the renderers
 * (src/services/documents/render) turn into .docx or .xlsx. Lengths in millimetres, sizes in points;
 * the renderer converts to its format's units.
 */

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points; the paragraph's, else the document's body size, when absent. */
  size?: number;
  /** A line break before this run's text (same paragraph). */
  breakBefore?: boolean;
  /** A footnote-style mark (e.g. "¹"). */
  superscript?: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: TextRun[];
  align?: Alignment;
  /** Default size of its runs, points. */
  size?: number;
  firstLineIndentMm?: number;
  leftIndentMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Line spacing as a multiple of single (1 to 1,5 under NĐ 30/2020). */
  lineSpacing?: number;
  /** Keep with the next paragraph (a heading with its first lines, a signature block). */
  keepWithNext?: boolean;
}

/**
 * A horizontal rule of a given length, centred in its container: the line under the tiêu ngữ, the
 * tên cơ quan and the trích yếu (NĐ 30/2020 Phụ lục I: a drawn line, not underlined text).
 */
export interface RuleBlock {
  type: 'rule';
  widthMm: number;
  /** The width it is centred in (a header cell, or the page's text width). */
  containerWidthMm: number;
  spaceAfterPt?: number;
}

export interface TableCell {
  blocks: Block[];
  columnSpan?: number;
  verticalAlign?: 'top' | 'center' | 'bottom';
}

export interface TableRow {
  cells: TableCell[];
  /** Repeated at the top of each page. */
  header?: boolean;
  /** Not split across pages. */
  cantSplit?: boolean;
}

export interface TableBlock {
  type: 'table';
  columnWidthsMm: number[];
  /** Single lines around and between cells when true; none (a layout table, e.g. the header) when false. */
  borders: boolean;
  rows: TableRow[];
}

export type Block = ParagraphBlock | RuleBlock | TableBlock;

export interface PageSettings {
  widthMm: number;
  heightMm: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

/** A part of the document on its own pages (e.g. a list attached to a decision): its own page numbers. */
export interface DocumentSection {
  page: PageSettings;
  blocks: Block[];
  /** Page numbers at the top centre, none on the section's first page (NĐ 30/2020 Phụ lục I). */
  pageNumbers: boolean;
}

export interface DocumentModel {
  /** Document properties' title. */
  title: string;
  font: string;
  /** Body size in points (runs without a size). */
  bodySize: number;
  /** BCP 47 tag, "vi-VN". */
  language: string;
  sections: DocumentSection[];
}

/** A cell of a workbook sheet. */
export type SheetCell = string | number | undefined;

export type SheetRowStyle = 'title' | 'subtitle' | 'header' | 'body' | 'total' | 'note';

export interface SheetRow {
  cells: SheetCell[];
  style: SheetRowStyle;
}

export interface SheetModel {
  name: string;
  /** Widths in characters. */
  columnWidths: number[];
  rows: SheetRow[];
  /** Merged ranges, 1-based inclusive: [top, left, bottom, right]. */
  merges: Array<[number, number, number, number]>;
  /** Rows above this one stay visible while scrolling (the column headings'). */
  frozenRows?: number;
  /** Number format of numeric body cells, e.g. "0.00" (Excel shows the locale's decimal comma). */
  numberFormat?: string;
}

export interface WorkbookModel {
  title: string;
  font: string;
  sheets: SheetModel[];
}
