import { COMPLAINT_DEADLINE } from '../rating/clauses';
import { addDays, hanoiDay } from './hanoiDay';

/**
 * How long a civil servant may complain about a published rating (thời hạn khiếu nại). law.md 6 names
 * Luật Khiếu nại without confirming that an internal rating falls under it, nor the article: the number
 * of days is HR's setting (complaints.deadlineDays), by default the 90 days of the law's thời hiệu
 * (Điều 9, "kể từ ngày nhận được quyết định"), counted from the day the result is made known (công khai).
 */
export const DEFAULT_COMPLAINT_DAYS = 90;
export const COMPLAINT_DEADLINE_SOURCE = COMPLAINT_DEADLINE;

/**
 * The last day (Hà Nội, YYYY-MM-DD) a complaint may be filed: the day of publication is not counted,
 * the period runs from the next day, so 90 days from 01/03 end on 30/05. '' when the publication is unknown.
 */
export function complaintDeadline(publishedAt: string | undefined, days: number = DEFAULT_COMPLAINT_DAYS): string {
  const published = publishedAt ? hanoiDay(publishedAt) : '';
  return published ? addDays(published, days) : '';
}

/** Is it too late to complain on `today`? Never when the deadline is unknown (nothing to hold against the person). */
export function complaintTooLate(deadline: string, today: Date): boolean {
  return !!deadline && hanoiDay(today) > deadline;
}

/** The deadline as the screens say it: the last day, the setting's days, and the day the result was made known. */
export interface ComplaintDeadline {
  /** the last day a complaint may be filed (Hà Nội, YYYY-MM-DD) */
  lastDay: string;
  days: number;
  /** the day the result was made known (công khai), from which the days count */
  publishedOn: string;
}

/** The deadline for complaining about the decision that stands, once it is published; undefined before. */
export function complaintDeadlineOf(latestDecision: { published: boolean; at: string } | undefined, days: number = DEFAULT_COMPLAINT_DAYS): ComplaintDeadline | undefined {
  if (!latestDecision || !latestDecision.published) return undefined;
  const lastDay = complaintDeadline(latestDecision.at, days);
  return lastDay ? { lastDay, days, publishedOn: hanoiDay(latestDecision.at) } : undefined;
}
