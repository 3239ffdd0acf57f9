import type { SheetCell, SheetModel, SheetRow, WorkbookModel } from '../documents/model';
import type { RatingOutcome } from '../rating/ratingCodes';
import { figuresOf, totalsOfRows, type StepFigures } from './dashboardTree';
import type { DashboardView, PersonPeriodStatus } from './model';

/** The words of the export, in the reader's language (the screen's own, so the file reads as the table). */
export interface ProgressExportWords {
  /** The table's caption, e.g. "Tiến độ tháng 11/2026 và năm 2026". */
  title: string;
  unitsSheet: string;
  peopleSheet: string;
  unit: string;
  person: string;
  position: string;
  staff: string;
  /** The period's five steps: applies, submitted, returned, approved, late. */
  periodSteps: [string, string, string, string, string];
  /** The year's four steps: self-evaluated, in minutes, decided, published. */
  yearSteps: [string, string, string, string];
  periodStatus: string;
  score: string;
  rating: string;
  total: string;
  yes: string;
  notYet: string;
  notApplicable: string;
  statusOf: (status: PersonPeriodStatus) => string;
  ratingOf: (rating: RatingOutcome) => string;
}

function stepCells(figures: StepFigures, withPeriod: boolean): number[] {
  const p = figures.period;
  const y = figures.year;
  return (withPeriod ? [p.applies, p.submitted, p.returned, p.approved, p.late] : []).concat([y.selfEvaluated, y.inMinutes, y.decided, y.published]);
}

/**
 * The dashboard's table as a workbook (issue 13: each view exportable): one sheet of units, each with its
 * own people's figures as on screen (a Cục's row counts only those placed directly in it, so the column
 * sums are the totals row), and, for readers given people, one sheet of each person's steps. Only what
 * the view already holds: the service screened every figure and withheld people from those not entitled.
 */
export function progressWorkbook(view: DashboardView, words: ProgressExportWords): WorkbookModel {
  const withPeriod = !!view.period;
  const stepHeads = (withPeriod ? (words.periodSteps as string[]) : []).concat(words.yearSteps);
  const unitHeads = [words.unit, words.staff].concat(stepHeads);
  const unitRows: SheetRow[] = [
    { cells: [words.title], style: 'title' },
    { cells: unitHeads, style: 'header' }
  ];
  view.units.forEach((row) => {
    const figures = figuresOf(row);
    const cells: SheetCell[] = [row.unitName, figures.staff];
    unitRows.push({ cells: cells.concat(stepCells(figures, withPeriod)), style: 'body' });
  });
  const totals = totalsOfRows(view.units);
  const totalCells: SheetCell[] = [words.total, totals.staff];
  unitRows.push({ cells: totalCells.concat(stepCells(totals, withPeriod)), style: 'total' });
  const units: SheetModel = {
    name: words.unitsSheet,
    columnWidths: [48, 10].concat(stepHeads.map(() => 12)),
    rows: unitRows,
    merges: [[1, 1, 1, unitHeads.length]],
    frozenRows: 2
  };

  const sheets = [units];
  const withPeople = view.units.filter((row) => row.people && row.people.length > 0);
  if (withPeople.length > 0) {
    const yesOrNot = (done: boolean): string => (done ? words.yes : words.notYet);
    const personHeads = [words.unit, words.person, words.position]
      .concat(withPeriod ? [words.periodStatus, words.score, words.periodSteps[4]] : [])
      .concat([words.yearSteps[0], words.yearSteps[1], words.rating, words.yearSteps[3]]);
    const personRows: SheetRow[] = [
      { cells: [words.title], style: 'title' },
      { cells: personHeads, style: 'header' }
    ];
    withPeople.forEach((row) =>
      (row.people || []).forEach((person) => {
        const p = person.period;
        const periodCells: SheetCell[] = !withPeriod ? [] : p ? [words.statusOf(p.status), p.status === 'APPROVED' ? p.score : undefined, p.late ? words.yes : ''] : [words.notApplicable, undefined, ''];
        const cells: SheetCell[] = [row.unitName, person.displayName, person.position || ''];
        personRows.push({
          cells: cells
            .concat(periodCells)
            .concat([yesOrNot(person.year.selfEvaluated), yesOrNot(person.year.inMinutes), person.year.rating ? words.ratingOf(person.year.rating) : words.notYet, yesOrNot(person.year.published)]),
          style: 'body'
        });
      })
    );
    sheets.push({
      name: words.peopleSheet,
      columnWidths: [40, 28, 20].concat(withPeriod ? [18, 8, 10] : []).concat([14, 14, 30, 12]),
      rows: personRows,
      merges: [[1, 1, 1, personHeads.length]],
      frozenRows: 2,
      numberFormat: '0.00'
    });
  }
  return { title: words.title, font: 'Times New Roman', sheets };
}
