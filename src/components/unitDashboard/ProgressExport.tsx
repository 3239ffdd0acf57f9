import * as React from 'react';
import { progressWorkbook } from '../../domain/evaluation/dashboardExport';
import type { DashboardView, PersonPeriodStatus } from '../../domain/evaluation/model';
import { format } from '../common/format';
import { periodNameInSentence, ratingLabel } from '../common/labels';
import { useUi } from '../common/UiContext';
import { Notice, PlainButton } from '../common/ViewControls';
import { saveFile } from '../documents/DocumentButton';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "tien-do-2026-thang-11.xlsx": the year and the period in the file's name, without diacritics. */
function fileNameOf(view: DashboardView): string {
  const p = view.period;
  const part = !p || p.kind === 'YEAR' ? '' : `-${p.kind === 'MONTH' ? 'thang' : 'quy'}-${p.index || ''}`;
  return `tien-do-${view.year}${part}.xlsx`;
}

/**
 * The dashboard's table as an Excel file (issue 13: each view exportable): the units and, for readers
 * given people, each person, in the screen's words. exceljs loads with the click (chunk 'dgcc-excel').
 */
export function ProgressExport({ view, caption }: { view: DashboardView; caption: string }): JSX.Element {
  const { strings } = useUi();
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  const download = async (): Promise<void> => {
    setBusy(true);
    setFailed(undefined);
    try {
      const { renderXlsx } = await import(/* webpackChunkName: 'dgcc-excel' */ '../../services/documents/render/xlsx');
      const bytes = await renderXlsx(
        progressWorkbook(view, {
          title: caption,
          unitsSheet: strings.DashExportUnitsSheet,
          peopleSheet: strings.DashExportPeopleSheet,
          unit: strings.ColumnUnit,
          person: strings.ColumnPerson,
          position: strings.DashExportPosition,
          staff: strings.ColumnStaff,
          periodSteps: [strings.DashColApplies, strings.DashColSubmitted, strings.DashColReturned, strings.DashColApproved, strings.DashColLate],
          yearSteps: [strings.DashColSelfEvaluated, strings.DashColMinutes, strings.ColumnDecided, strings.DashColPublished],
          periodStatus: view.period ? periodNameInSentence(strings, view.period) : '',
          score: strings.DashExportScore,
          rating: strings.ColumnRating,
          total: strings.DashTotal,
          yes: strings.DashYes,
          notYet: strings.DashNotYet,
          notApplicable: strings.DashNotApplicable,
          statusOf: (status: PersonPeriodStatus) => strings[`DashPerson_${status}` as keyof IDanhGiaStrings] as string,
          ratingOf: (rating) => ratingLabel(strings, rating)
        })
      );
      saveFile(fileNameOf(view), XLSX, bytes);
    } catch (error) {
      setFailed(format(strings.DashExportFailed, error instanceof Error ? error.message : String(error)));
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
        {busy ? strings.DashExportBusy : strings.DashExport}
      </PlainButton>
      {failed ? <Notice kind="error">{failed}</Notice> : undefined}
    </>
  );
}
