/**
 * An Excel file as the import reads it: sheets of cells, nothing of Excel itself (the service turns a
 * workbook into this; tests write grids by hand). Row numbers are Excel's (the first row is 1), so a
 * problem says the row HR sees in Excel.
 */
export type Cell = string | number | boolean | Date | undefined;

export interface Sheet {
  name: string;
  /** rows[0] is Excel's row 1; a row may be shorter than others (empty cells at its end). */
  rows: Cell[][];
}

/** A problem HR must see before anything is written, where it is in the file, in both languages. */
export interface ImportProblem {
  sheet: string;
  /** Excel's row number; 0 when the problem is the whole sheet's (no header row, no sheet at all). */
  row: number;
  /** The column's header as the layout names it (Vietnamese); '' for the whole row or sheet. */
  column: string;
  /** ERROR blocks the write; WARNING is shown and the write goes on. */
  severity: 'ERROR' | 'WARNING';
  /** What is wrong and what to do, without the place (the place is row and column). */
  vi: string;
  en: string;
}

/** "Dòng 7, cột Hệ số quy đổi: phải là số lớn hơn 0, đang là 'abc'" (or in English). */
export function describeProblem(problem: ImportProblem, language: 'vi' | 'en'): string {
  const place =
    language === 'vi'
      ? [problem.row ? `Dòng ${problem.row}` : `Trang tính ${problem.sheet}`, problem.column ? `cột ${problem.column}` : ''].filter((s) => !!s).join(', ')
      : [problem.row ? `Row ${problem.row}` : `Sheet ${problem.sheet}`, problem.column ? `column ${problem.column}` : ''].filter((s) => !!s).join(', ');
  return `${place}: ${language === 'vi' ? problem.vi : problem.en}`;
}

/**
 * Text compared the way people type headers and values: case, diacritics (đ too), punctuation and
 * anything in brackets ignored: "Cấp (Bộ/Cục-Vụ/Phòng)" and "cap" are the same header.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A cell as the text HR sees (numbers as typed, dates as yyyy-mm-dd), trimmed; '' for an empty cell. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Days from Excel's day 0 (1899-12-30, the 1900 leap-year bug included) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A date cell as yyyy-mm-dd: a real date cell, an Excel serial number (a date column formatted as a
 * number), or text as ministries type it (dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd). Undefined when unreadable.
 */
export function cellDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    if (!isFinite(cell) || cell < 1 || cell > 2958465) return undefined;
    return new Date(Math.round((cell - EXCEL_EPOCH_DAYS) * 86400000)).toISOString().slice(0, 10);
  }
  const text = cellText(cell);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return validDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A number cell, or text that reads as one ("1,5" as Vietnamese write it, "1.5"); undefined otherwise. */
export function cellNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return isFinite(cell) ? cell : undefined;
  const text = cellText(cell).replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/** One column of a layout: its header as ministries write it, and the other ways they write it. */
export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  /** Other headers accepted, compared with normalizeText. */
  aliases: readonly string[];
  required: boolean;
}

export interface HeaderRow<K extends string> {
  /** Index in the sheet's rows of the header row. */
  index: number;
  /** Column index of each key found. */
  columns: { [key in K]?: number };
}

/** How far down a header row is looked for (titles, the ministry's name, a blank line above it). */
const HEADER_SEARCH_ROWS = 20;

/**
 * The header row of a sheet: the first of its first rows in which every required column's header is
 * found (extra columns are ignored). Undefined when there is none.
 */
export function findHeaderRow<K extends string>(sheet: Sheet, columns: readonly ColumnSpec<K>[]): HeaderRow<K> | undefined {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const cells = sheet.rows[index].map((cell) => normalizeText(cellText(cell)));
    const found: { [key in K]?: number } = {};
    columns.forEach((column) => {
      const names = [column.header, ...column.aliases].map(normalizeText);
      // The header itself first: "Mã đơn vị cấp trên" must not be taken for "Mã đơn vị".
      for (const name of names) {
        const at = cells.findIndex((cell, i) => cell === name && !Object.keys(found).some((k) => found[k as K] === i));
        if (at >= 0) {
          found[column.key] = at;
          return;
        }
      }
    });
    if (columns.every((column) => !column.required || found[column.key] !== undefined)) return { index, columns: found };
  }
  return undefined;
}

/** Whether every cell of a row is empty (blank lines between blocks are skipped, not reported). */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}
