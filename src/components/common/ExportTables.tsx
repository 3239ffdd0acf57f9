import * as React from 'react';
import { cellValue, tablesWorkbook, type ShownTable } from '../../domain/documents/tablesWorkbook';
import { saveFile } from '../documents/DocumentButton';
import { format } from './format';
import { useUi } from './UiContext';
import { Notice, PlainButton } from './ViewControls';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
      rows: bodyRows.map((row) => Array.from(row.cells).map((cell) => cellValue(text(cell), decimalMark)))
    };
  });
}

/**
 * "Tải về (Excel)" for a view of tables (issue 13: each view exportable): the workbook holds exactly the
 * tables shown in `target`, one sheet each. exceljs loads with the click (chunk 'dgcc-excel').
 */
export function ExportTables(props: { target: React.RefObject<HTMLElement>; title: string; fileName: string; label: string }): JSX.Element {
  const { strings, locale } = useUi();
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  const download = async (): Promise<void> => {
    const root = props.target.current;
    if (!root) return;
    setBusy(true);
    setFailed(undefined);
    try {
      const decimalMark = new Intl.NumberFormat(locale).format(1.5).indexOf(',') >= 0 ? ',' : '.';
      const { renderXlsx } = await import(/* webpackChunkName: 'dgcc-excel' */ '../../services/documents/render/xlsx');
      saveFile(props.fileName, XLSX, await renderXlsx(tablesWorkbook(props.title, shownTables(root, decimalMark))));
    } catch (error) {
      setFailed(format(strings.ExportTablesFailed, error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PlainButton
        disabled={busy}
        onClick={() => {
          // download() says its own failure; nothing escapes it.
          download().catch(() => undefined);
        }}
      >
        {busy ? strings.DashExportBusy : props.label}
      </PlainButton>
      {failed ? <Notice kind="error">{failed}</Notice> : undefined}
    </>
  );
}
