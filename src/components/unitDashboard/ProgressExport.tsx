import * as React from 'react';
import { progressWorkbook } from '../../domain/evaluation/dashboardExport';
import type { DashboardView, PersonPeriodStatus } from '../../domain/evaluation/model';
import { periodNameInSentence, ratingLabel } from '../common/labels';
import { useUi } from '../common/UiContext';
import { ExcelDownload } from '../common/ExcelDownload';
import type { WorkbookModel } from '../../domain/documents/model';

/** "tien-do-2026-thang-11.xlsx": the year and the period in the file's name, without diacritics. */
function fileNameOf(view: DashboardView): string {
  const p = view.period;
  const part = !p || p.kind === 'YEAR' ? '' : `-${p.kind === 'MONTH' ? 'thang' : 'quy'}-${p.index || ''}`;
  return `tien-do-${view.year}${part}.xlsx`;
}

/**
 * The dashboard's table as an Excel file (issue 13: each view exportable): the units and, for readers
 * given people, each person, in the screen's words.
 */
export function ProgressExport({ view, caption }: { view: DashboardView; caption: string }): JSX.Element {
  const { strings } = useUi();
  const workbook = (): WorkbookModel =>
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
    });
  return <ExcelDownload fileName={fileNameOf(view)} label={strings.DashExport} failedTemplate={strings.DashExportFailed} workbook={workbook} />;
}
