import { RATING_OUTCOMES, type RatingOutcome } from './ratingCodes';
import { reason, type RatingReason } from './reasons';
import type { RuleSet, RuleSetId } from './ruleSet';

/**
 * What the rules give for one person and year: an outcome, the outcomes still possible when the text
 * does not decide (NEEDS_DECISION), the score where there is one, and every clause checked.
 * The competent evaluator's own act is recorded elsewhere; this is the input to it.
 */
export interface RatingResult {
  ruleSetId: RuleSetId;
  ruleSetVersion: string;
  outcome: RatingOutcome;
  /** one element unless the outcome is NEEDS_DECISION; best first */
  possibleOutcomes: RatingOutcome[];
  score?: number;
  reasons: RatingReason[];
}

export function sortOutcomes(outcomes: readonly RatingOutcome[]): RatingOutcome[] {
  const unique: RatingOutcome[] = [];
  for (const o of RATING_OUTCOMES) {
    if (outcomes.indexOf(o) >= 0) {
      unique.push(o);
    }
  }
  return unique;
}

/**
 * The result for a set of possible outcomes: the outcome itself when only one remains, otherwise
 * NEEDS_DECISION with a closing reason naming the levels still possible and why the text does not decide.
 */
export function resultFrom(
  ruleSet: RuleSet,
  possible: readonly RatingOutcome[],
  reasons: RatingReason[],
  undecided: { clause: string; why: string } | undefined,
  score?: number
): RatingResult {
  const possibleOutcomes = sortOutcomes(possible);
  if (possibleOutcomes.length === 1) {
    return { ruleSetId: ruleSet.id, ruleSetVersion: ruleSet.version, outcome: possibleOutcomes[0], possibleOutcomes, score, reasons };
  }
  const why = undecided?.why ?? 'văn bản không quyết định trường hợp này';
  const closing = reason(
    undecided?.clause ?? ruleSet.title['vi-VN'],
    `Cần người có thẩm quyền quyết định: ${why}. Các mức còn có thể: ${possibleOutcomes.join(', ')}.`,
    false
  );
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    outcome: 'NEEDS_DECISION',
    possibleOutcomes,
    score,
    reasons: reasons.concat([closing])
  };
}
