import { ND335_RULE_SET, ND90_48_RULE_SET } from './ruleSets';
import type {
  LeaderTaskScoreFormula,
  PeriodKind,
  QuotaBase,
  TaskScoreFormula,
  YearlyRollUpMethod
} from './ruleSet';

/**
 * HR settings: what the law leaves open or law.md could not confirm. CONFIRMED numbers (90/70/50,
 * 30 + 70 points, 25 % deductions, 6 and 3 months, the ND 90 percentages) are not settings: they live
 * in the rule set and change only with a new rule set version.
 */
export interface TaskRatioWeights {
  quantity: number;
  quality: number;
  timeliness: number;
}

/** ND 335 with fewer than 6 months worked: law.md has no ND 335 text on it (only ND 90's rule, 3.1). */
export type Nd335ShortServicePolicy = 'NEEDS_DECISION' | 'NOT_CLASSIFIED' | 'RATE_ON_TIME_WORKED';
/** law.md 3.3: whether the 3-to-6-month cap reaches maternity leave is not stated. */
export type MaternityAbsencePolicy = 'NEEDS_DECISION' | 'MATERNITY_NOT_CAPPED' | 'MATERNITY_COUNTS_AS_ABSENCE';
/** law.md 2.3: whether criterion d is vacuous for a leader with no subordinate units is not stated. */
export type NoSubordinateUnitsPolicy = 'NEEDS_DECISION' | 'CRITERION_MET';
/** law.md 3.4 c: party and administrative discipline for one act in different years counts in one year, which one is not stated. */
export type SplitDisciplinePolicy = 'NEEDS_DECISION' | 'COUNT_IN_THIS_YEAR' | 'NOT_COUNTED_THIS_YEAR';

export interface Nd335Settings {
  /** UNCONFIRMED choice left to the ministry: "hằng tháng hoặc quý" (law.md 5.1) */
  periodKind: PeriodKind;
  /** UNCONFIRMED (law.md 5.1 "Roll-up to the year") */
  yearlyRollUp: YearlyRollUpMethod;
  /** UNCONFIRMED (law.md 5.1 formula for non-leaders) */
  taskScoreFormula: TaskScoreFormula;
  /** used by WEIGHTED_RATIOS_TIMES_70 only; must sum to 1 */
  taskRatioWeights: TaskRatioWeights;
  /** UNCONFIRMED (law.md 5.1 leaders) */
  leaderTaskScoreFormula: LeaderTaskScoreFormula;
  shortService: Nd335ShortServicePolicy;
}

export interface Nd90Settings {
  maternityAndAbsence: MaternityAbsencePolicy;
  leaderWithoutSubordinateUnits: NoSubordinateUnitsPolicy;
  splitDiscipline: SplitDisciplinePolicy;
  /** law.md 2.3: "vượt mức" is defined by the ministry's Quy chế (QĐ 1889); quoted in the reasons */
  exceededDefinition: string;
  /** law.md 2.3: "hiệu quả cao", same */
  highEfficiencyDefinition: string;
}

export interface QuotaSettings {
  /** 0..1; 0.20 by default (law.md 3.7) */
  rate: number;
  /** the literal text counts those rated HTTNV; "HTT trở lên" is the open reading (law.md 3.7) */
  base: QuotaBase;
}

export interface RatingSettings {
  nd335: Nd335Settings;
  nd90: Nd90Settings;
  quota: QuotaSettings;
}

export interface RatingSettingsInput {
  nd335?: Partial<Nd335Settings>;
  nd90?: Partial<Nd90Settings>;
  quota?: Partial<QuotaSettings>;
}

export const DEFAULT_SETTINGS: RatingSettings = {
  nd335: {
    periodKind: ND335_RULE_SET.scoring.defaultPeriodKind,
    yearlyRollUp: ND335_RULE_SET.scoring.defaultYearlyRollUp,
    taskScoreFormula: ND335_RULE_SET.scoring.defaultTaskScoreFormula,
    taskRatioWeights: { quantity: 1 / 3, quality: 1 / 3, timeliness: 1 / 3 },
    leaderTaskScoreFormula: ND335_RULE_SET.scoring.defaultLeaderTaskScoreFormula,
    shortService: 'NEEDS_DECISION'
  },
  nd90: {
    maternityAndAbsence: 'NEEDS_DECISION',
    leaderWithoutSubordinateUnits: 'NEEDS_DECISION',
    splitDiscipline: 'NEEDS_DECISION',
    exceededDefinition: '',
    highEfficiencyDefinition: ''
  },
  quota: {
    rate: ND90_48_RULE_SET.quota.defaultRate,
    base: ND90_48_RULE_SET.quota.defaultBase
  }
};

export interface SettingsError {
  /** dotted path, e.g. "quota.rate" */
  field: string;
  vi: string;
  en: string;
}

const CHOICES: { [section: string]: { [field: string]: readonly string[] } } = {
  nd335: {
    periodKind: ['MONTH', 'QUARTER'],
    yearlyRollUp: ['AVERAGE_OF_PERIODS_WORKED', 'WEIGHTED_BY_TIME_WORKED'],
    taskScoreFormula: ['AVERAGE_OF_RATIOS_TIMES_70', 'WEIGHTED_RATIOS_TIMES_70'],
    leaderTaskScoreFormula: ['AVERAGE_OF_SIX_COMPONENTS_TIMES_70', 'OWN_PRODUCTS_ONLY'],
    shortService: ['NEEDS_DECISION', 'NOT_CLASSIFIED', 'RATE_ON_TIME_WORKED']
  },
  nd90: {
    maternityAndAbsence: ['NEEDS_DECISION', 'MATERNITY_NOT_CAPPED', 'MATERNITY_COUNTS_AS_ABSENCE'],
    leaderWithoutSubordinateUnits: ['NEEDS_DECISION', 'CRITERION_MET'],
    splitDiscipline: ['NEEDS_DECISION', 'COUNT_IN_THIS_YEAR', 'NOT_COUNTED_THIS_YEAR']
  },
  quota: {
    base: ['HTTNV', 'HTTNV_OR_ABOVE']
  }
};

const TEXT_FIELDS: { [section: string]: readonly string[] } = {
  nd90: ['exceededDefinition', 'highEfficiencyDefinition']
};

/** Settings that the law fixes: named so that HR gets a clear "not a setting" rather than "unknown". */
const FIXED_BY_LAW: { [field: string]: string } = {
  levelThresholds: 'ngưỡng 90/70/50 điểm (NĐ 335/2025)',
  generalCriteriaMax: 'tiêu chí chung tối đa 30 điểm (NĐ 335/2025)',
  majorErrorDeduction: 'trừ 25% điểm chất lượng mỗi lỗi lớn (NĐ 335/2025)',
  delayDeduction: 'trừ 25% điểm tiến độ mỗi lần chậm (NĐ 335/2025)'
};

function ownValue<T>(table: { [key: string]: T }, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const shown = JSON.stringify(value);
  return shown === undefined ? String(value) : shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

function error(field: string, vi: string, en: string): SettingsError {
  return { field, vi: `${field}: ${vi}`, en: `${field}: ${en}` };
}

function validateWeights(value: unknown, field: string, errors: SettingsError[]): void {
  if (!isPlainObject(value)) {
    errors.push(error(field, `phải là đối tượng { quantity, quality, timeliness }, nhận được ${show(value)}`, `expected an object { quantity, quality, timeliness }, got ${show(value)}`));
    return;
  }
  let sum = 0;
  for (const key of ['quantity', 'quality', 'timeliness']) {
    const w = value[key];
    if (typeof w !== 'number' || !isFinite(w) || w < 0 || w > 1) {
      errors.push(error(`${field}.${key}`, `phải là số từ 0 đến 1, nhận được ${show(w)}`, `expected a number from 0 to 1, got ${show(w)}`));
      return;
    }
    sum += w;
  }
  if (Math.abs(sum - 1) > 1e-6) {
    errors.push(error(field, `tổng các trọng số phải bằng 1, đang là ${sum}`, `the weights must sum to 1, they sum to ${sum}`));
  }
}

/**
 * Checks a partial settings object (as HR saved it) and returns every problem, each naming its field,
 * in Vietnamese and English. An empty list means `mergeSettings` may be applied.
 */
export function validateSettings(input: unknown): SettingsError[] {
  const errors: SettingsError[] = [];
  if (input === undefined) {
    return errors;
  }
  if (!isPlainObject(input)) {
    return [error('settings', `phải là một đối tượng, nhận được ${show(input)}`, `expected an object, got ${show(input)}`)];
  }
  for (const section of Object.keys(input)) {
    const value = input[section];
    const sectionChoices = ownValue(CHOICES, section);
    if (sectionChoices === undefined) {
      errors.push(error(section, 'không phải là một nhóm thiết lập (nd335, nd90, quota)', 'not a settings section (nd335, nd90, quota)'));
      continue;
    }
    if (!isPlainObject(value)) {
      errors.push(error(section, `phải là một đối tượng, nhận được ${show(value)}`, `expected an object, got ${show(value)}`));
      continue;
    }
    for (const key of Object.keys(value)) {
      const field = `${section}.${key}`;
      const v = value[key];
      const choices = ownValue(sectionChoices, key);
      if (choices !== undefined) {
        if (typeof v !== 'string' || choices.indexOf(v) < 0) {
          errors.push(error(field, `phải là một trong ${choices.join(', ')}; nhận được ${show(v)}`, `expected one of ${choices.join(', ')}, got ${show(v)}`));
        }
      } else if (section === 'nd335' && key === 'taskRatioWeights') {
        validateWeights(v, field, errors);
      } else if (section === 'quota' && key === 'rate') {
        if (typeof v !== 'number' || !isFinite(v) || v < 0 || v > 1) {
          errors.push(error(field, `phải là số từ 0 đến 1 (ví dụ 0.2 cho 20%), nhận được ${show(v)}`, `expected a number from 0 to 1 (e.g. 0.2 for 20 %), got ${show(v)}`));
        }
      } else if ((ownValue(TEXT_FIELDS, section) ?? []).indexOf(key) >= 0) {
        if (typeof v !== 'string' || v.length > 2000) {
          errors.push(error(field, 'phải là văn bản (tối đa 2000 ký tự)', 'expected a text of at most 2000 characters'));
        }
      } else if (ownValue(FIXED_BY_LAW, key) !== undefined) {
        errors.push(error(field, `không phải thiết lập: ${ownValue(FIXED_BY_LAW, key)} là quy định đã xác minh, chỉ thay đổi bằng phiên bản bộ quy tắc mới`, 'not a setting: the law fixes it; it changes only with a new rule set version'));
      } else {
        errors.push(error(field, 'không có thiết lập này', 'unknown setting'));
      }
    }
  }
  return errors;
}

/** Applies defaults to a validated partial settings object. */
export function mergeSettings(input: RatingSettingsInput | undefined, defaults: RatingSettings = DEFAULT_SETTINGS): RatingSettings {
  const nd335 = input?.nd335 ?? {};
  const nd90 = input?.nd90 ?? {};
  const quota = input?.quota ?? {};
  return {
    nd335: {
      periodKind: nd335.periodKind ?? defaults.nd335.periodKind,
      yearlyRollUp: nd335.yearlyRollUp ?? defaults.nd335.yearlyRollUp,
      taskScoreFormula: nd335.taskScoreFormula ?? defaults.nd335.taskScoreFormula,
      taskRatioWeights: nd335.taskRatioWeights ?? defaults.nd335.taskRatioWeights,
      leaderTaskScoreFormula: nd335.leaderTaskScoreFormula ?? defaults.nd335.leaderTaskScoreFormula,
      shortService: nd335.shortService ?? defaults.nd335.shortService
    },
    nd90: {
      maternityAndAbsence: nd90.maternityAndAbsence ?? defaults.nd90.maternityAndAbsence,
      leaderWithoutSubordinateUnits: nd90.leaderWithoutSubordinateUnits ?? defaults.nd90.leaderWithoutSubordinateUnits,
      splitDiscipline: nd90.splitDiscipline ?? defaults.nd90.splitDiscipline,
      exceededDefinition: nd90.exceededDefinition ?? defaults.nd90.exceededDefinition,
      highEfficiencyDefinition: nd90.highEfficiencyDefinition ?? defaults.nd90.highEfficiencyDefinition
    },
    quota: {
      rate: quota.rate ?? defaults.quota.rate,
      base: quota.base ?? defaults.quota.base
    }
  };
}

export type SettingsResolution = { ok: true; settings: RatingSettings } | { ok: false; errors: SettingsError[] };

/** validateSettings then mergeSettings: what a caller holding untrusted JSON wants. */
export function resolveSettings(input: unknown): SettingsResolution {
  const errors = validateSettings(input);
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, settings: mergeSettings(input as RatingSettingsInput | undefined) };
}
