import { reason, type RatingReason } from '../reasons';

/** A clause checked against the facts; UNKNOWN where the facts or the text leave it open. */
export type CheckStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';

export interface Check {
  clause: string;
  text: string;
  status: CheckStatus;
}

export function check(clause: string, text: string, status: CheckStatus): Check {
  return { clause, text, status };
}

export function statusOf(condition: boolean): CheckStatus {
  return condition ? 'MET' : 'NOT_MET';
}

/** All checks of a level: NOT_MET if one fails, MET if all hold, else UNKNOWN. */
export function combine(checks: readonly Check[]): CheckStatus {
  if (checks.some((c) => c.status === 'NOT_MET')) {
    return 'NOT_MET';
  }
  return checks.every((c) => c.status === 'MET') ? 'MET' : 'UNKNOWN';
}

export function toReason(c: Check): RatingReason {
  return reason(c.clause, c.status === 'UNKNOWN' ? `${c.text} (chưa xác định)` : c.text, c.status === 'MET');
}

/** a/b ≥ p % and friends, in integers so that 7/10 against 70 % stays exact. */
export function atLeastPercent(part: number, total: number, percent: number): boolean {
  return part * 100 >= percent * total;
}

export function abovePercent(part: number, total: number, percent: number): boolean {
  return part * 100 > percent * total;
}

export function belowPercent(part: number, total: number, percent: number): boolean {
  return part * 100 < percent * total;
}
