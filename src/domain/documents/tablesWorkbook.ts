import { folded } from '../evaluation/dashboardTree';
import type { SheetCell, SheetModel, SheetRow, WorkbookModel } from './model';

/** A table as a screen shows it: its caption, its column headings and its rows' cells. */
export interface ShownTable {
  caption: string;
  heads: string[];
  rows: SheetCell[][];
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
function sheetName(caption: string, index: number, taken: readonly string[]): string {
  const clean = caption.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  const base = (clean || `${index + 1}`).slice(0, 28).trim();
  let name = base;
  for (let n = 2; taken.indexOf(name.toLowerCase()) >= 0; n++) name = `${base.slice(0, 26)} ${n}`;
  return name;
}

/**
 * The tables of a view as a workbook, one sheet each (issue 13: each view exportable): the caption as the
 * sheet's title, the headings, the rows, exactly what the reader was shown.
 */
export function tablesWorkbook(title: string, tables: readonly ShownTable[]): WorkbookModel {
  const taken: string[] = [];
  const sheets = tables.map((table, i): SheetModel => {
    const name = sheetName(table.caption, i, taken);
    taken.push(name.toLowerCase());
    const width = Math.max(table.heads.length, ...table.rows.map((r) => r.length), 1);
    const widths: number[] = [];
    for (let c = 0; c < width; c++) {
      const longest = Math.max(String(table.heads[c] || '').length, ...table.rows.map((r) => String(r[c] === undefined ? '' : r[c]).length));
      widths.push(Math.min(50, Math.max(8, longest + 2)));
    }
    return {
      name,
      columnWidths: widths,
      rows: ([{ cells: [table.caption], style: 'title' }, { cells: table.heads, style: 'header' }] as SheetRow[]).concat(table.rows.map((cells): SheetRow => ({ cells, style: 'body' }))),
      merges: [[1, 1, 1, width]],
      frozenRows: 2
    };
  });
  return { title, font: 'Times New Roman', sheets };
}

/**
 * A cell's text as the workbook's value: a figure written the reader's way ("82,5" in Vietnamese, "82.5"
 * in English; thousands grouped by the other mark) becomes a number, anything else stays text.
 */
export function cellValue(text: string, decimalMark: ',' | '.'): SheetCell {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const group = decimalMark === ',' ? '.' : ',';
  const pattern = decimalMark === ',' ? /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/ : /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;
  if (!pattern.test(trimmed)) return trimmed;
  return Number(trimmed.split(group).join('').replace(decimalMark, '.'));
}

/** "Nguyễn Văn An" → "nguyen-van-an": a file name without diacritics or spaces. */
export function fileSlug(text: string): string {
  return folded(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
