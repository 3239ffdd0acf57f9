import type { EvaluationPeriod } from './model';

/** The words a period is named with, per language (from the loc strings). */
export interface PeriodWords {
  month: string;
  quarter: string;
  year: string;
}

/** "Tháng 3/2026", "Quý 1/2026", "Năm 2025": the way the ministry's documents name a period. */
export function periodTitle(period: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>, words: PeriodWords): string {
  switch (period.kind) {
    case 'MONTH':
      return `${words.month} ${period.index}/${period.year}`;
    case 'QUARTER':
      return `${words.quarter} ${period.index}/${period.year}`;
    default:
      return `${words.year} ${period.year}`;
  }
}

/**
 * The title inside a sentence: "phiếu tháng 11/2026", "kết quả năm 2026". Vietnamese (and English)
 * write the period's word in lower case after the start of a sentence; a title at the start of a line,
 * a heading or a table's cell keeps its capital (periodTitle).
 */
export function periodTitleInSentence(title: string): string {
  return title ? title.charAt(0).toLocaleLowerCase('vi-VN') + title.slice(1) : title;
}

/** Most recent first: the year after its months, as a civil servant reads their history. */
export function comparePeriodsNewestFirst(a: EvaluationPeriod, b: EvaluationPeriod): number {
  if (a.year !== b.year) return b.year - a.year;
  const order = (p: EvaluationPeriod): number => (p.kind === 'YEAR' ? 100 : (p.kind === 'QUARTER' ? (p.index ?? 0) * 3 : p.index ?? 0));
  return order(b) - order(a);
}
