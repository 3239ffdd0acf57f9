import type { Alignment, Borders, Font, Workbook } from 'exceljs';
import type { SheetModel, SheetRowStyle, WorkbookModel } from '../../../domain/documents/model';

type ExcelJs = typeof import('exceljs');

/**
 * exceljs is loaded when a workbook is asked for, in the same chunk the import of HR's files uses
 * (its package's "browser" field gives the self-contained build in the browser; node gets the same API).
 */
function loadExcel(): Promise<ExcelJs> {
  return import(/* webpackChunkName: 'dgcc-excel' */ 'exceljs').then((m) => ((m as unknown as { default?: ExcelJs }).default || m) as ExcelJs);
}

const THIN = { style: 'thin' as const };
const ALL_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fontOf(name: string, style: SheetRowStyle): Partial<Font> {
  switch (style) {
    case 'title':
      return { name, size: 14, bold: true };
    case 'subtitle':
    case 'header':
    case 'total':
      return { name, size: 12, bold: true };
    case 'note':
      return { name, size: 12, italic: true };
    default:
      return { name, size: 12 };
  }
}

function alignmentOf(style: SheetRowStyle): Partial<Alignment> {
  if (style === 'title' || style === 'subtitle' || style === 'note') return { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (style === 'header') return { horizontal: 'center', vertical: 'middle', wrapText: true };
  return { vertical: 'middle', wrapText: true };
}

function addSheet(workbook: Workbook, sheet: SheetModel, fontName: string): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : undefined,
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  });
  ws.columns = sheet.columnWidths.map((width) => ({ width }));
  sheet.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.cells.forEach((value, c) => {
      const cell = r.getCell(c + 1);
      cell.value = value === undefined ? null : value;
      cell.font = fontOf(fontName, row.style);
      cell.alignment = c === 0 && row.style === 'body' && typeof value === 'number' ? { horizontal: 'center', vertical: 'middle' } : alignmentOf(row.style);
      if (row.style === 'header' || row.style === 'body' || row.style === 'total') {
        cell.border = ALL_BORDERS;
        if (typeof value === 'number' && sheet.numberFormat && c > 0) cell.numFmt = sheet.numberFormat;
      }
    });
    // Wrapped headings need the height: LibreOffice and Excel do not grow a row written by a program.
    if (row.style === 'header') r.height = 48;
    if (row.style === 'title') r.height = 22;
  });
  sheet.merges.forEach(([top, left, bottom, right]) => ws.mergeCells(top, left, bottom, right));
}

/** The .xlsx file's bytes. */
export async function renderXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  workbook.title = model.title;
  workbook.creator = '';
  // A fixed date: the same inputs give the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  model.sheets.forEach((s) => addSheet(workbook, s, model.font));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
