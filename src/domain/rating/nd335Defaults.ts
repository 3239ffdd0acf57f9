import type { PeriodKind } from './ruleSet';

/**
 * The period kind when neither the unit nor the ministry has chosen (law.md 5.1: "hằng tháng hoặc quý",
 * the ministry's choice, UNCONFIRMED which): monthly. Its own module, so the views that only need to know
 * which periods a person follows do not carry the rule sets and their clauses.
 */
export const ND335_DEFAULT_PERIOD_KIND: PeriodKind = 'MONTH';
