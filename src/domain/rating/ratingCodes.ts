/**
 * The outcomes of an evaluation, as the grading contract names them
 * (shared/brief/grading-contract.md): the four levels of the decrees, plus the two outcomes the
 * law forces on us: not rated this year, and "the text does not decide".
 */
export type RatingLevel = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
export type RatingOutcome = RatingLevel | 'NOT_CLASSIFIED' | 'NEEDS_DECISION';

/** Best first: the order the decrees list the levels in. */
export const RATING_LEVELS: readonly RatingLevel[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

export const RATING_OUTCOMES: readonly RatingOutcome[] = [...RATING_LEVELS, 'NOT_CLASSIFIED', 'NEEDS_DECISION'];

export function isRatingLevel(value: unknown): value is RatingLevel {
  return typeof value === 'string' && (RATING_LEVELS as readonly string[]).indexOf(value) >= 0;
}

export function isRatingOutcome(value: unknown): value is RatingOutcome {
  return typeof value === 'string' && (RATING_OUTCOMES as readonly string[]).indexOf(value) >= 0;
}

/** 0 for the best level; a larger rank is a lower level. */
export function levelRank(level: RatingLevel): number {
  return RATING_LEVELS.indexOf(level);
}

/** The lower of two levels (a cap, e.g. a leader's rating never above the unit's). */
export function lowerLevel(a: RatingLevel, b: RatingLevel): RatingLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}
