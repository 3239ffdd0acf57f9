import { rateNd335Year } from '../nd335/annualRating';
import { rateNd90Year } from '../nd90/annualRating';
import { checkQuota } from '../quota';
import type { RatingOutcome } from '../ratingCodes';
import type { RatingReason } from '../reasons';
import type { RuleSetId } from '../ruleSet';
import { formatFieldError, type FieldError } from './fieldReader';
import { parseGradingRequest, type GradingRequest } from './gradingRequest';

/** The contract's result of an individual rating. */
export interface IndividualGradingResult {
  rating: RatingOutcome;
  regime: RuleSetId;
  /** ND335: the yearly score used */
  score?: number;
  /** NEEDS_DECISION only: the outcomes still possible, best first */
  possibleRatings?: RatingOutcome[];
  reasons: RatingReason[];
}

/** The contract's result of a quota check. */
export interface QuotaGradingResult {
  violated: boolean;
  perScope: Array<{ scope: string; maxHTXSNV: number; violated: boolean; excess: number }>;
}

export type GradingResult = IndividualGradingResult | QuotaGradingResult;

/** Grades one parsed request with the same engine the web parts use. */
export function gradeRequest(request: GradingRequest): GradingResult {
  if (request.kind === 'quota') {
    const check = checkQuota(request.groups, request.settings.quota, request.exceptions, request.ruleSet);
    return {
      violated: check.violated,
      perScope: check.perScope.map((s) => ({ scope: s.scope, maxHTXSNV: s.maxHTXSNV, violated: s.violated, excess: s.excess }))
    };
  }
  const result =
    request.regime === 'ND335'
      ? rateNd335Year(request.input, request.settings.nd335, request.ruleSet)
      : rateNd90Year(request.input, request.settings.nd90, request.ruleSet);
  // Key order as in the contract: rating, regime, then the additions, reasons last.
  return {
    rating: result.outcome,
    regime: result.ruleSetId,
    ...(result.score !== undefined ? { score: result.score } : {}),
    ...(result.outcome === 'NEEDS_DECISION' ? { possibleRatings: result.possibleOutcomes } : {}),
    reasons: result.reasons
  };
}

export type GradeOutcome = { ok: true; output: GradingResult | GradingResult[] } | { ok: false; errors: FieldError[] };

/**
 * The whole contract on parsed JSON: one object → one result, an array → an array of results.
 * Any malformed request fails the whole input with the field errors (paths like "[2].evaluationYear").
 */
export function gradeJson(value: unknown): GradeOutcome {
  if (Array.isArray(value)) {
    const requests: GradingRequest[] = [];
    const errors: FieldError[] = [];
    value.forEach((item, i) => {
      const parsed = parseGradingRequest(item, `[${i}]`);
      if (parsed.ok) {
        requests.push(parsed.value);
      } else {
        errors.push(...parsed.errors);
      }
    });
    return errors.length > 0 ? { ok: false, errors } : { ok: true, output: requests.map(gradeRequest) };
  }
  const parsed = parseGradingRequest(value);
  if (!parsed.ok) {
    return { ok: false, errors: parsed.errors.length > 0 ? parsed.errors : [{ field: 'input', message: 'invalid request' }] };
  }
  return { ok: true, output: gradeRequest(parsed.value) };
}

/** Field errors as the CLI prints them, one per line. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => formatFieldError(e.field === '' ? { field: 'input', message: e.message } : e)).join('\n');
}
