/** A share as a whole percentage for a chart's label, never above 100 (0 of 0 is 0 %). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(100, Math.round((part / whole) * 100));
}
