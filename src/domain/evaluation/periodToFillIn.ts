import type { EvaluationPeriod, PeriodResult } from './model';

type Row = { period: EvaluationPeriod; result?: PeriodResult };

/** The period a person most likely came for: one returned for correction, else the open one not yet submitted. */
export function periodToFillIn(periods: readonly Row[]): EvaluationPeriod | undefined {
  const tracked = periods.filter((p) => p.period.kind !== 'YEAR' && p.period.status === 'OPEN');
  const step = (row: Row): string => (row.result ? row.result.step : 'NOT_STARTED');
  const returned = tracked.find((row) => step(row) === 'RETURNED');
  if (returned) return returned.period;
  const toDo = tracked.find((row) => step(row) === 'NOT_STARTED' || step(row) === 'DRAFT');
  if (toDo) return toDo.period;
  return tracked.length ? tracked[tracked.length - 1].period : undefined;
}
