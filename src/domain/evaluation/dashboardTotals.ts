import { RATING_LEVELS, type RatingLevel } from '../rating/ratingCodes';
import type { UnitProgress } from './model';

/** What the units a reader may see add up to: the dashboard's charts and its totals row. */
export interface DashboardTotals {
  units: number;
  staff: number;
  submitted: number;
  reviewed: number;
  decided: number;
  /** People decided at each level (a decision not classified or awaiting a decision counts in none). */
  ratings: Record<RatingLevel, number>;
  ignoredActs: number;
}

/**
 * Sums the units' figures. Each person belongs to one unit (a Cục's own row counts only the people placed
 * directly in it, its phòng have their rows), so the sums count nobody twice.
 */
export function totalsOf(units: readonly UnitProgress[]): DashboardTotals {
  const ratings = RATING_LEVELS.reduce((all, level) => ({ ...all, [level]: 0 }), {} as Record<RatingLevel, number>);
  const totals: DashboardTotals = { units: units.length, staff: 0, submitted: 0, reviewed: 0, decided: 0, ratings, ignoredActs: 0 };
  units.forEach((unit) => {
    totals.staff += unit.staffCount;
    totals.submitted += unit.submittedCount;
    totals.reviewed += unit.reviewedCount;
    totals.decided += unit.decidedCount;
    totals.ignoredActs += unit.ignoredActs;
    RATING_LEVELS.forEach((level) => {
      totals.ratings[level] += unit.ratings[level] || 0;
    });
  });
  return totals;
}

/** A share as a whole percentage for a chart's label, never above 100 (0 of 0 is 0 %). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(100, Math.round((part / whole) * 100));
}
