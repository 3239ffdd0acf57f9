import * as React from 'react';
import type { WorkbookModel } from '../../domain/documents/model';
import { saveFile } from '../documents/DocumentButton';
import { format } from './format';
import { useUi } from './UiContext';
import { Notice, PlainButton } from './ViewControls';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A button that makes a workbook and hands it to the browser: exceljs loads with the click (chunk
 * 'dgcc-excel'); busy while it is made; a failure is said with what to do (`failedTemplate`, {0} the cause).
 */
export function ExcelDownload(props: { fileName: string; label: string; failedTemplate: string; workbook: () => WorkbookModel | undefined }): JSX.Element {
  const { strings } = useUi();
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  const download = async (): Promise<void> => {
    setBusy(true);
    setFailed(undefined);
    try {
      const model = props.workbook();
      if (!model) return;
      const { renderXlsx } = await import(/* webpackChunkName: 'dgcc-excel' */ '../../services/documents/render/xlsx');
      saveFile(props.fileName, XLSX, await renderXlsx(model));
    } catch (error) {
      setFailed(format(props.failedTemplate, error instanceof Error ? error.message : String(error)));
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
