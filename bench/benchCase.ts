/**
 * A benchmark case for `npm run bench`: it measures something and says what it may cost.
 * Figures are plain numbers by name (e.g. "medianMs"); a budget caps one figure.
 */
export interface Budget {
  figure: string;
  max: number;
  /** e.g. "ms", "requests" */
  unit: string;
}

export type Figures = Record<string, number>;

export interface BenchCase {
  name: string;
  run(): Figures | Promise<Figures>;
  budgets: Budget[];
}

/** The median of a list of samples (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
