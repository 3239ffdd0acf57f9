import type { EvaluationPeriod, EvaluationStep, PendingTask, PeriodStatus } from '../../domain/evaluation/model';
import { periodTitle, periodTitleInSentence } from '../../domain/evaluation/periodTitle';
import type { RatingOutcome } from '../../domain/rating/ratingCodes';

type Strings = IDanhGiaStrings;

export function ratingLabel(strings: Strings, rating: RatingOutcome): string {
  return strings[`Rating_${rating}` as keyof Strings];
}

export function stepLabel(strings: Strings, step: EvaluationStep): string {
  return strings[`Step_${step}` as keyof Strings];
}

export function periodStatusLabel(strings: Strings, status: PeriodStatus): string {
  return strings[`PeriodStatus_${status}` as keyof Strings];
}

export function taskLabel(strings: Strings, step: PendingTask['step']): string {
  return strings[`Task_${step}` as keyof Strings];
}

export function periodName(strings: Strings, period: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>): string {
  return periodTitle(period, { month: strings.PeriodMonth, quarter: strings.PeriodQuarter, year: strings.PeriodYear });
}

/** The period's name inside a sentence or a button's label: "Xem tháng 3/2026", "Đã khóa tháng 12/2026". */
export function periodNameInSentence(strings: Strings, period: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>): string {
  return periodTitleInSentence(periodName(strings, period));
}
