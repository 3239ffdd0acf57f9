import type { RatingLevel } from '../ratingCodes';
import type { ScoreThreshold } from '../ruleSet';
import { ND335_RULE_SET } from '../ruleSets';

/**
 * Removes binary floating-point noise (0.1 + 0.2) so that a score computed as exactly 90 by hand is
 * 90 here. Not a legal rounding rule: law.md gives none, so scores keep their decimals (89,99 < 90).
 */
export function cleanScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * HR's rounding (settings.nd335.scoreDecimals; UNCONFIRMED, official-documents.md 2: no legal rule):
 * half away from zero to `decimals` places, after the binary noise is removed (89,995 → 90,00 at two
 * places); not set keeps the decimals.
 */
export function roundScore(value: number, decimals?: number): number {
  const cleaned = cleanScore(value);
  if (typeof decimals !== 'number') return cleaned;
  const factor = Math.pow(10, decimals);
  return cleanScore(Math.round(cleaned * factor + 1e-9) / factor);
}

/** ≥ 90 HTXSNV, ≥ 70 HTTNV, ≥ 50 HTNV, else KHTNV (ND 335, CONFIRMED). */
export function levelForScore(
  score: number,
  thresholds: readonly ScoreThreshold[] = ND335_RULE_SET.scoring.levelThresholds
): RatingLevel {
  const cleaned = cleanScore(score);
  for (const t of thresholds) {
    if (cleaned >= t.minScore) {
      return t.level;
    }
  }
  return 'KHTNV';
}
