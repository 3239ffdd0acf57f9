import type { RatingLevel, RatingOutcome } from './ratingCodes';

/**
 * A rule set is versioned data (architecture.md "Rule sets are data"): the legal basis, the years and
 * staff kinds it applies to, thresholds, weights, formulas named as data, labels and form sections.
 * The engine reads its numbers from here; a change of law is a new version, not a new branch in code.
 */
export type RuleSetId = 'ND335' | 'ND90_48';

/** công chức | viên chức */
export type StaffKind = 'CONG_CHUC' | 'VIEN_CHUC';

export interface LocalizedText {
  'vi-VN': string;
  'en-US': string;
}

/** How far law.md could check a statement. */
export type Confirmation = 'CONFIRMED' | 'PARAPHRASE_CONFIRMED' | 'UNCONFIRMED';

export interface LegalDocument {
  /** "Nghị định 335/2025/NĐ-CP" */
  name: string;
  title: LocalizedText;
  /** ISO dates (yyyy-MM-dd); undefined where law.md does not give one. */
  issuedOn?: string;
  effectiveFrom?: string;
  sourceUrls: readonly string[];
}

export interface Applicability {
  staffKind: StaffKind;
  fromYear: number;
  /** inclusive; undefined while no later rule set replaces it */
  toYear?: number;
}

export interface FormItem {
  id: string;
  label: LocalizedText;
  leaderOnly?: boolean;
}

export interface FormSection {
  id: string;
  title: LocalizedText;
  items: readonly FormItem[];
  confirmation: Confirmation;
}

export interface FormDefinition {
  id: string;
  title: LocalizedText;
  sections: readonly FormSection[];
}

export type QuotaBase = 'HTTNV' | 'HTTNV_OR_ABOVE';

export interface QuotaRule {
  clause: string;
  /** 0.20: at most 20 % of the base */
  defaultRate: number;
  /** the literal text counts those rated HTTNV (law.md 3.7) */
  defaultBase: QuotaBase;
  text: string;
}

/** Score → level, best first; below the last threshold the level is KHTNV. */
export interface ScoreThreshold {
  level: RatingLevel;
  minScore: number;
}

export type TaskScoreFormula = 'AVERAGE_OF_RATIOS_TIMES_70' | 'WEIGHTED_RATIOS_TIMES_70';
export type LeaderTaskScoreFormula = 'AVERAGE_OF_SIX_COMPONENTS_TIMES_70' | 'OWN_PRODUCTS_ONLY';
export type YearlyRollUpMethod = 'AVERAGE_OF_PERIODS_WORKED' | 'WEIGHTED_BY_TIME_WORKED';
export type PeriodKind = 'MONTH' | 'QUARTER';

export interface LeaderComponentDefinition {
  key: 'unitResults' | 'leadershipCapacity' | 'unitingCapacity';
  /** the letter in the six-component formula (a+b+c+d+đ+e)/6 */
  symbol: 'd' | 'đ' | 'e';
  label: LocalizedText;
}

export interface Nd335Scoring {
  generalCriteriaMax: number;
  taskResultsMax: number;
  /** share of one product's quality points lost per major content error */
  majorErrorDeduction: number;
  /** share of one product's timeliness points lost per delay */
  delayDeduction: number;
  levelThresholds: readonly ScoreThreshold[];
  periodKinds: readonly PeriodKind[];
  defaultPeriodKind: PeriodKind;
  defaultTaskScoreFormula: TaskScoreFormula;
  defaultLeaderTaskScoreFormula: LeaderTaskScoreFormula;
  defaultYearlyRollUp: YearlyRollUpMethod;
  leaderComponents: readonly LeaderComponentDefinition[];
  /** which of the figures above law.md marks UNCONFIRMED (shown next to them in the admin view) */
  unconfirmed: readonly string[];
}

/** ND 90 thresholds as integer percents, so that comparisons stay exact (7/10 vs 70 %). */
export interface Nd90Thresholds {
  minMonthsWorked: number;
  absenceCapFromMonths: number;
  absenceCapBelowMonths: number;
  absenceCapLevel: RatingLevel;
  htxsMinExceededPercent: number;
  htnvMaxFailingPercent: number;
  /** KHTNV when strictly more than this share fails */
  khtnvFailingAbovePercent: number;
  leaderHtxsUnitMinExceededPercent: number;
  leaderHttnvUnitMinOnTimeQualityPercent: number;
  /** HTNV needs strictly more than this share of the unit's targets completed */
  leaderHtnvUnitCompletedAbovePercent: number;
  /** KHTNV when strictly less than this share is completed */
  leaderKhtnvUnitCompletedBelowPercent: number;
  leaderSubordinatesMinGoodPercent: number;
  leaderHtnvSubordinatesMinPercent: number;
}

interface RuleSetBase {
  id: RuleSetId;
  /** semantic version of the data; a change of a CONFIRMED number is a new version */
  version: string;
  title: LocalizedText;
  legalBasis: readonly LegalDocument[];
  appliesTo: readonly Applicability[];
  outcomeLabels: Readonly<Record<RatingOutcome, LocalizedText>>;
  quota: QuotaRule;
  forms: readonly FormDefinition[];
}

export interface Nd335RuleSet extends RuleSetBase {
  id: 'ND335';
  scoring: Nd335Scoring;
}

export interface Nd9048RuleSet extends RuleSetBase {
  id: 'ND90_48';
  thresholds: Nd90Thresholds;
}

export type RuleSet = Nd335RuleSet | Nd9048RuleSet;
