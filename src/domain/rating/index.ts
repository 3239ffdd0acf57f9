/**
 * The rating engine: pure functions and data, no I/O. The web parts and `npm run grade` use these.
 */
export * from './ratingCodes';
export type { RatingReason } from './reasons';
export { formatNumberVi, formatPercentVi } from './reasons';
export * from './ruleSet';
export { ND335_RULE_SET, ND90_48_RULE_SET, RULE_SETS, STAFF_KIND_LABELS, selectRuleSet, type RuleSetSelection } from './ruleSets';
export * from './settings';
export type { RatingResult } from './ratingResult';
export { conversionFactorOf, convertProduct, workProductProblems, type ConversionFactor, type ProductType, type WorkProduct } from './nd335/workProduct';
export { scorePeriod, taskRatios, type LeaderComponents, type PeriodEvaluationInput, type PeriodRef, type PeriodScore, type TaskRatios } from './nd335/periodScore';
export { rateNd335Year, rollUpPeriodScores, type Nd335YearInput, type PeriodScoreEntry, type YearlyRollUp } from './nd335/annualRating';
export { cleanScore, levelForScore } from './nd335/levels';
export { rateNd90Year } from './nd90/annualRating';
export type { CriterionAssessment, Nd90Criteria, Nd90LeaderFacts, Nd90Performance, Nd90TaskResults, Nd90YearInput } from './nd90/nd90Input';
export * from './quota';
export { parseGradingRequest, type GradingRequest, type Nd335GradingRequest, type Nd90GradingRequest, type Parsed, type QuotaGradingRequest } from './contract/gradingRequest';
export { gradeJson, gradeRequest, formatFieldErrors, type GradeOutcome, type GradingResult, type IndividualGradingResult, type QuotaGradingResult } from './contract/grade';
export { formatFieldError, type FieldError } from './contract/fieldReader';
