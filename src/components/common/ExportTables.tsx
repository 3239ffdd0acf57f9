import * as React from 'react';
import type { SheetCell, WorkbookModel } from '../../domain/documents/model';
import { cellValue, tablesWorkbook, type ShownTable } from '../../domain/documents/tablesWorkbook';
import { useUi } from './UiContext';
import { ExcelDownload } from './ExcelDownload';

/** The tables inside `root` as the reader sees them (captions, headings, cells); screen-reader-only copies of a heading are read once. */
export function shownTables(root: HTMLElement, decimalMark: ',' | '.'): ShownTable[] {
  return Array.from(root.querySelectorAll('table')).map((table) => {
    const text = (cell: Element): string => {
      // An abbreviation shown with its full name for screen readers: the file takes the full name.
      const hidden = cell.querySelector('[aria-hidden="true"] + *');
      return ((hidden && hidden.textContent) || cell.textContent || '').replace(/\s+/g, ' ').trim();
    };
    const headRows = table.tHead ? Array.from(table.tHead.rows) : [];
    const heads = headRows.length ? Array.from(headRows[headRows.length - 1].cells).map(text) : [];
    const bodyRows = Array.from(table.tBodies).reduce<HTMLTableRowElement[]>((all, body) => all.concat(Array.from(body.rows)), []);
    return {
      caption: table.caption ? text(table.caption) : '',
      heads,
      rows: gridOf(bodyRows, (cell) => cellValue(text(cell), decimalMark))
    };
  });
}

/**
 * The rows as a grid, as the eye reads them: a cell spanning rows (an agency beside its years) is
 * repeated on each of them, so every row of the sheet stands alone; one spanning columns fills the first.
 */
function gridOf(rows: readonly HTMLTableRowElement[], valueOf: (cell: HTMLTableCellElement) => SheetCell): SheetCell[][] {
  const grid: SheetCell[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    Array.from(row.cells).forEach((cell) => {
      while (taken[r][c]) c++;
      const value = valueOf(cell);
      const down = Math.max(1, Math.min(cell.rowSpan || 1, rows.length - r));
      const across = Math.max(1, cell.colSpan || 1);
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < across; dc++) {
          taken[r + dr][c + dc] = true;
          grid[r + dr][c + dc] = dc === 0 ? value : undefined;
        }
      }
      c += across;
    });
  });
  return grid;
}

/**
 * "Tải về (Excel)" for a view of tables (issue 13: each view exportable): the workbook holds exactly the
 * tables shown in `target`, one sheet each.
 */
export function ExportTables(props: { target: React.RefObject<HTMLElement>; title: string; fileName: string; label: string }): JSX.Element {
  const { strings, locale } = useUi();
  const workbook = (): WorkbookModel | undefined => {
    const root = props.target.current;
    if (!root) return undefined;
    const decimalMark = new Intl.NumberFormat(locale).format(1.5).indexOf(',') >= 0 ? ',' : '.';
    return tablesWorkbook(props.title, shownTables(root, decimalMark));
  };
  return <ExcelDownload fileName={props.fileName} label={props.label} failedTemplate={strings.ExportTablesFailed} workbook={workbook} />;
}
