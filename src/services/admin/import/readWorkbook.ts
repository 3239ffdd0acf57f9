import type { CellValue, Workbook } from 'exceljs';
import type { Cell, Sheet } from '../../../domain/admin/import/sheet';
import type { TemplateFile } from '../../../domain/admin/import/template';

type ExcelJs = typeof import('exceljs');

/**
 * exceljs (about 250 KB gzip) is loaded only when HR opens a file: a chunk of its own, which no page
 * of the four web parts downloads otherwise. In a browser build its package's "browser" field gives
 * the self-contained build (dist/exceljs.min.js); node (tests, the samples script) gets the same API.
 */
export function loadExcel(): Promise<ExcelJs> {
  return import(/* webpackChunkName: 'dgcc-excel' */ 'exceljs').then((m) => ((m as unknown as { default?: ExcelJs }).default || m) as ExcelJs);
}

/** What a cell holds, as the import reads it: rich text as its text, a formula as its result, a link as its text. */
export function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as unknown as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; hyperlink?: string; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellOf(v.result as CellValue);
    // An e-mail typed in Excel becomes a link: its text is what HR typed.
    if (v.text !== undefined) return cellOf(v.text as CellValue);
    if (typeof v.hyperlink === 'string') return v.hyperlink.replace(/^mailto:/i, '');
    if (typeof v.error === 'string') return v.error;
  }
  return undefined;
}

/** Every sheet of a workbook as rows of cells (row 1 first), for the domain's parsers. */
export function sheetsOf(workbook: Workbook): Sheet[] {
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: Cell[][] = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c).value));
      rows.push(cells);
    }
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}

/** An .xlsx file's bytes as sheets; a file that is not one throws (the service says what to do). */
export async function readWorkbook(bytes: ArrayBuffer): Promise<Sheet[]> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(bytes);
  return sheetsOf(workbook);
}

/** A file in the import's layout as .xlsx bytes: title, notes, header row, rows, and the guide sheet. */
export async function writeTemplate(file: TemplateFile): Promise<ArrayBuffer> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  workbook.creator = 'Đánh giá công chức';
  const sheet = workbook.addWorksheet(file.sheetName);
  sheet.addRow([file.title]).font = { bold: true, size: 13 };
  file.notes.forEach((note) => (sheet.addRow([note]).font = { italic: true }));
  sheet.addRow([]);
  const header = sheet.addRow(file.headers);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  file.rows.forEach((row) => sheet.addRow(row.map((cell) => (cell === undefined ? '' : cell))));
  file.headers.forEach((h, i) => {
    const widest = Math.max(h.length, ...file.rows.map((r) => String(r[i] === undefined ? '' : r[i]).length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, widest + 2));
  });
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.addRow(['Cột', 'Cách ghi']).font = { bold: true };
  file.guide.forEach((line) => guide.addRow(line));
  guide.getColumn(1).width = 28;
  guide.getColumn(2).width = 100;
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
