import { SNAPSHOT_SETTINGS } from '../org/orgSnapshot';
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
  /**
   * Decimal places a period's and a year's score are rounded to before the level is read (0..2);
   * not set (null in a row): not rounded (binary noise only, levels.ts cleanScore). UNCONFIRMED: official-documents.md 2
   * "Rounding: no legal rule found … the Quy chế must fix it."
   */
  scoreDecimals?: number;
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

/**
 * law.md 3.7 b) "Trường hợp tổ chức có thành tích xuất sắc, nổi trội…": the text is truncated; who may
 * exceed the quota and by how much is UNCONFIRMED. PER_RECORDED_DECISION: each HTXSNV beyond the limit
 * needs a reasoned exception recorded by the competent person (what the product did before settings
 * existed); NOT_ALLOWED: no exception, the rate is a hard limit.
 */
export type QuotaExceptionMode = 'PER_RECORDED_DECISION' | 'NOT_ALLOWED';

export interface QuotaSettings {
  /** 0..1; 0.20 by default (law.md 3.7) */
  rate: number;
  /** the literal text counts those rated HTTNV; "HTT trở lên" is the open reading (law.md 3.7) */
  base: QuotaBase;
  /** UNCONFIRMED (law.md 3.7 b) */
  exceptionMode: QuotaExceptionMode;
  /**
   * UNCONFIRMED (law.md 3.7 b, "by how much"): the highest rate a scope may reach with recorded
   * exceptions, rate..1; not set (null in a row): no ceiling beyond one recorded, reasoned decision per person.
   */
  exceptionMaxRate?: number;
}

/**
 * The unit's meeting (NĐ 90/2020 Điều 18 bước 2; law.md 1.3, 4): the minutes record the attendance
 * (present / total) but law.md names no quorum, so the ministry's Quy chế decides (UNCONFIRMED).
 */
export type MeetingQuorum = 'NONE' | 'MORE_THAN_HALF' | 'TWO_THIRDS';

export interface MeetingSettings {
  /** UNCONFIRMED: NONE records the attendance as it was */
  quorum: MeetingQuorum;
}

/** A part an agency splits a criterion into (e.g. QĐ 392/QĐ-BDTTG: I.1 = 1.1 (1) + 1.2 (1) + …). */
export interface Mau01Part {
  code: string;
  title: string;
  max: number;
}

export interface Mau01Criterion {
  code: string;
  title: string;
  max: number;
  /** empty: scored as a whole; else the parts' maxima sum to `max` */
  parts: Mau01Part[];
}

export interface Mau01Group {
  /** I, II, III */
  code: string;
  title: string;
  max: number;
  criteria: Mau01Criterion[];
}

/**
 * NĐ 335/2025 Mẫu số 01 Phụ lục II, Section I (official-documents.md 1.1): the 30 points of the general
 * criteria (tiêu chí chung, CONFIRMED max 30) in three groups; ministries split the criteria further.
 */
export interface Mau01Settings {
  groups: Mau01Group[];
}

export type NotificationChannelSetting = 'MAIL' | 'TEAMS_THEN_MAIL';

/** Agency choices with no legal source: how notices go and when HR's reminders go by default. */
export interface NotificationSettings {
  channel: NotificationChannelSetting;
  /** the Teams app whose activity feed carries the notices (GraphNotifier) */
  teamsAppId: string;
  /** days before a deadline a reminder goes by default, 0..60 */
  remindDaysBefore: number;
  /** days after a missed deadline a reminder goes by default, 0..60 */
  remindDaysAfter: number;
}

/** NĐ 30/2020 Phụ lục I ô 7a: TM., Q., KT., TL., TUQ. before the authority's title; '' when the head signs as such. */
export type SignerAuthorityPrefix = '' | 'TM.' | 'Q.' | 'KT.' | 'TL.' | 'TUQ.';
export const SIGNER_PREFIXES: readonly SignerAuthorityPrefix[] = ['', 'TM.', 'Q.', 'KT.', 'TL.', 'TUQ.'];

/** Who signs a unit's documents at one level of the organisation (official-documents.md 3.4). */
export interface DocumentSigner {
  prefix: SignerAuthorityPrefix;
  /** the authority's title in capitals ("BỘ TRƯỞNG"); blank: the signer's own position from the directory */
  title: string;
}

/**
 * The agency's identity on the documents it files (official-documents.md 3.2, 3.4, 3.5). ND 30 leaves the
 * ký hiệu to the head of the agency and the số to Văn thư: patterns here, the số never invented.
 */
export interface DocumentSettings {
  /** Tên cơ quan chủ quản, in capitals */
  parentAgency: string;
  /** Địa danh of the date line: the seat's province or city */
  place: string;
  /** ký hiệu patterns; {unit} is the issuing unit's code ("QĐ-{unit}" → "QĐ-DSVH") */
  symbolBienBan: string;
  symbolQuyetDinh: string;
  symbolThongBao: string;
  /** the signer of a document issued by a phòng, an agency-level unit (Vụ, Cục) and the ministry */
  signerDivision: DocumentSigner;
  signerAgency: DocumentSigner;
  signerMinistry: DocumentSigner;
  /** UNCONFIRMED (official-documents.md 7): whether ND 335 Mẫu 01 has the competent level's score column */
  mau01CompetentColumn: 'SHOWN' | 'HIDDEN';
}

/** How long a published rating may be complained about (law.md 6: Luật Khiếu nại, article UNCONFIRMED). */
export interface ComplaintSettings {
  /** days from the publication of the result; default 90 (Luật Khiếu nại 2011 Điều 9, chưa xác minh) */
  deadlineDays: number;
}

/** When the organisation's snapshot (DGCC_OrgSnapshots) is refreshed and when it is too old to use (issue 13; no rule: the ministry's choice). */
export interface OrgSnapshotSettings {
  /** hours after which HR or a site owner opening a view refreshes it; default 24 */
  snapshotRefreshHours: number;
  /** days after which views stop using it and read the directory from Graph; default 7 */
  snapshotMaxAgeDays: number;
}

export interface RatingSettings {
  nd335: Nd335Settings;
  nd90: Nd90Settings;
  quota: QuotaSettings;
  meeting: MeetingSettings;
  mau01: Mau01Settings;
  notifications: NotificationSettings;
  documents: DocumentSettings;
  complaints: ComplaintSettings;
  org: OrgSnapshotSettings;
}

export interface RatingSettingsInput {
  nd335?: Partial<Nd335Settings>;
  nd90?: Partial<Nd90Settings>;
  quota?: Partial<QuotaSettings>;
  meeting?: Partial<MeetingSettings>;
  mau01?: Partial<Mau01Settings>;
  notifications?: Partial<NotificationSettings>;
  documents?: Partial<DocumentSettings>;
  complaints?: Partial<ComplaintSettings>;
  org?: Partial<OrgSnapshotSettings>;
}

export const DEFAULT_SETTINGS: RatingSettings = {
  nd335: {
    periodKind: ND335_RULE_SET.scoring.defaultPeriodKind,
    yearlyRollUp: ND335_RULE_SET.scoring.defaultYearlyRollUp,
    taskScoreFormula: ND335_RULE_SET.scoring.defaultTaskScoreFormula,
    taskRatioWeights: { quantity: 1 / 3, quality: 1 / 3, timeliness: 1 / 3 },
    leaderTaskScoreFormula: ND335_RULE_SET.scoring.defaultLeaderTaskScoreFormula,
    shortService: 'NEEDS_DECISION',
    // official-documents.md 2: no legal rounding rule found (UNCONFIRMED): scores keep their decimals
    scoreDecimals: undefined
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
    base: ND90_48_RULE_SET.quota.defaultBase,
    // law.md 3.7 b UNCONFIRMED: the competent person's recorded, reasoned decision, one person at a time
    exceptionMode: 'PER_RECORDED_DECISION',
    exceptionMaxRate: undefined
  },
  // law.md 1.3, 4: attendance recorded, no quorum named (UNCONFIRMED)
  meeting: { quorum: 'NONE' },
  // Empty: the national form (mau01.ts DEFAULT_MAU01, kept out of the view bundle).
  mau01: { groups: [] },
  // NEEDS_DECISION (agency choice, no legal source): mail reaches everyone; Teams needs the app id.
  // Reminders 3 days before and 1 day after a deadline: a working-week's notice, and the next day.
  notifications: { channel: 'MAIL', teamsAppId: '', remindDaysBefore: 3, remindDaysAfter: 1 },
  // The ministry's own identity (official-documents.md 3.2: "Hà Nội" for a central agency); ký hiệu
  // after ND 30 Phụ lục III's abbreviations (BB, QĐ, TB); a Vụ or Cục head signs in their own name, a
  // Thứ trưởng for the Bộ trưởng (3.4 "KT. BỘ TRƯỞNG / THỨ TRƯỞNG").
  documents: {
    parentAgency: 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    place: 'Hà Nội',
    symbolBienBan: 'BB-{unit}',
    symbolQuyetDinh: 'QĐ-{unit}',
    symbolThongBao: 'TB-{unit}',
    signerDivision: { prefix: '', title: '' },
    signerAgency: { prefix: '', title: '' },
    signerMinistry: { prefix: 'KT.', title: 'BỘ TRƯỞNG' },
    mau01CompetentColumn: 'SHOWN'
  },
  // law.md 6 UNCONFIRMED: Luật Khiếu nại 2011 Điều 9's thời hiệu (90 days from receiving the decision)
  complaints: { deadlineDays: 90 },
  // UNCONFIRMED (issue 13): a day between refreshes, a week before a snapshot is no longer trusted
  org: { snapshotRefreshHours: SNAPSHOT_SETTINGS.refreshHours.byDefault, snapshotMaxAgeDays: SNAPSHOT_SETTINGS.maxAgeDays.byDefault }
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
    base: ['HTTNV', 'HTTNV_OR_ABOVE'],
    exceptionMode: ['PER_RECORDED_DECISION', 'NOT_ALLOWED']
  },
  meeting: {
    quorum: ['NONE', 'MORE_THAN_HALF', 'TWO_THIRDS']
  },
  mau01: {},
  notifications: {
    channel: ['MAIL', 'TEAMS_THEN_MAIL']
  },
  documents: {
    mau01CompetentColumn: ['SHOWN', 'HIDDEN']
  },
  complaints: {},
  org: {}
};

/** Whole numbers within bounds; `nullable`: null means "not set" (see the field's comment). */
const WHOLE_NUMBERS: { [field: string]: { min: number; max: number; nullable?: boolean } } = {
  'nd335.scoreDecimals': { min: 0, max: 2, nullable: true },
  'notifications.remindDaysBefore': { min: 0, max: 60 },
  'notifications.remindDaysAfter': { min: 0, max: 60 },
  'complaints.deadlineDays': { min: 1, max: 365 },
  'org.snapshotRefreshHours': { min: SNAPSHOT_SETTINGS.refreshHours.min, max: SNAPSHOT_SETTINGS.refreshHours.max },
  'org.snapshotMaxAgeDays': { min: SNAPSHOT_SETTINGS.maxAgeDays.min, max: SNAPSHOT_SETTINGS.maxAgeDays.max }
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TEXT_FIELDS: { [section: string]: readonly string[] } = {
  nd90: ['exceededDefinition', 'highEfficiencyDefinition']
};

/** One line of a document's header: a name or a place, no line breaks, at most 200 characters. */
const DOCUMENT_LINES = ['parentAgency', 'place'];
/** Each ký hiệu starts with its kind's abbreviation (ND 30 Phụ lục III: BB, QĐ, TB); HR sets what follows. */
const DOCUMENT_SYMBOLS: { [key: string]: string } = { symbolBienBan: 'BB', symbolQuyetDinh: 'QĐ', symbolThongBao: 'TB' };
const DOCUMENT_SIGNERS = ['signerDivision', 'signerAgency', 'signerMinistry'];
/** ND 30 Phụ lục I: the ký hiệu in capitals, groups joined by "-", no spaces; {unit} the issuing unit's code. */
const SYMBOL = /^(?:[A-ZĐ0-9]+|\{unit\})(?:-(?:[A-ZĐ0-9]+|\{unit\}))*$/;

function validateDocumentField(key: string, v: unknown, field: string, errors: SettingsError[]): boolean {
  if (DOCUMENT_LINES.indexOf(key) >= 0) {
    if (typeof v !== 'string' || !v.trim() || v.length > 200 || /[\r\n]/.test(v)) {
      errors.push(error(field, 'phải là một dòng chữ, không để trống (tối đa 200 ký tự)', 'expected one line of text, not blank (at most 200 characters)'));
    }
    return true;
  }
  const kind = ownValue(DOCUMENT_SYMBOLS, key);
  if (kind !== undefined) {
    if (typeof v !== 'string' || !SYMBOL.test(v.trim()) || v.trim().indexOf(`${kind}-`) !== 0) {
      errors.push(error(field, `phải là ký hiệu viết hoa bắt đầu bằng "${kind}-", các nhóm nối bằng "-", không có dấu cách, {unit} là mã đơn vị (ví dụ ${kind}-{unit}); nhận được ${show(v)}`, `expected a symbol in capitals starting with "${kind}-", groups joined by "-", no spaces, {unit} for the unit's code (e.g. ${kind}-{unit}); got ${show(v)}`));
    }
    return true;
  }
  if (DOCUMENT_SIGNERS.indexOf(key) >= 0) {
    const prefix = isPlainObject(v) ? v.prefix : undefined;
    const title = isPlainObject(v) ? v.title : undefined;
    if (typeof prefix !== 'string' || SIGNER_PREFIXES.indexOf(prefix as SignerAuthorityPrefix) < 0) {
      errors.push(error(`${field}.prefix`, `phải là một trong (trống), ${SIGNER_PREFIXES.slice(1).join(', ')}; nhận được ${show(prefix)}`, `expected one of (blank), ${SIGNER_PREFIXES.slice(1).join(', ')}; got ${show(prefix)}`));
    } else if (typeof title !== 'string' || title.length > 200 || /[\r\n]/.test(title) || title !== title.toUpperCase()) {
      errors.push(error(`${field}.title`, 'phải là chức danh viết hoa trên một dòng (tối đa 200 ký tự), hoặc để trống để dùng chức vụ của người ký', 'expected a title in capitals on one line (at most 200 characters), or blank for the signer’s own position'));
    } else if (prefix && !title.trim()) {
      errors.push(error(`${field}.title`, `có "${prefix}" thì phải ghi chức danh của người đứng đầu (ví dụ BỘ TRƯỞNG)`, `with "${prefix}" the head's title is required (e.g. BỘ TRƯỞNG)`));
    }
    return true;
  }
  return false;
}

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

export function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a problem message quotes it: its JSON, cut at 60 characters. */
export function show(value: unknown): string {
  const shown = JSON.stringify(value);
  return shown === undefined ? String(value) : shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

/** A settings problem naming its field, in Vietnamese and English. */
export function error(field: string, vi: string, en: string): SettingsError {
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
      errors.push(error(section, 'không phải là một nhóm thiết lập (nd335, nd90, quota, meeting, mau01, notifications, documents, complaints, org)', 'not a settings section (nd335, nd90, quota, meeting, mau01, notifications, documents, complaints, org)'));
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
      } else if (section === 'quota' && (key === 'rate' || key === 'exceptionMaxRate')) {
        if (key === 'exceptionMaxRate' && v === null) {
          // no ceiling
        } else if (typeof v !== 'number' || !isFinite(v) || v < 0 || v > 1) {
          errors.push(error(field, `phải là số từ 0 đến 1 (ví dụ 0.2 cho 20%), nhận được ${show(v)}`, `expected a number from 0 to 1 (e.g. 0.2 for 20 %), got ${show(v)}`));
        }
      } else if (ownValue(WHOLE_NUMBERS, field) !== undefined) {
        const bounds = WHOLE_NUMBERS[field];
        if (!(bounds.nullable && v === null) && (typeof v !== 'number' || !isFinite(v) || Math.floor(v) !== v || v < bounds.min || v > bounds.max)) {
          errors.push(error(field, `phải là số nguyên từ ${bounds.min} đến ${bounds.max}, nhận được ${show(v)}`, `expected a whole number from ${bounds.min} to ${bounds.max}, got ${show(v)}`));
        }
      } else if (field === 'notifications.teamsAppId') {
        if (typeof v !== 'string' || (v.trim() !== '' && !GUID.test(v.trim()))) {
          errors.push(error(field, 'phải là mã ứng dụng Teams dạng GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) hoặc để trống', 'expected the Teams app id as a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) or blank'));
        }
      } else if (field === 'mau01.groups') {
        // The sums (30 points, groups, parts) are mau01.ts validateMau01Groups, which every save and every
        // read of a row applies (settingsHistory.validateSettingValue): kept out of the view bundle.
        if (!Array.isArray(v)) errors.push(error(field, 'phải là danh sách các nhóm tiêu chí', 'expected a list of criteria groups'));
      } else if ((ownValue(TEXT_FIELDS, section) ?? []).indexOf(key) >= 0) {
        if (typeof v !== 'string' || v.length > 2000) {
          errors.push(error(field, 'phải là văn bản (tối đa 2000 ký tự)', 'expected a text of at most 2000 characters'));
        }
      } else if (section === 'documents' && validateDocumentField(key, v, field, errors)) {
        // checked above
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
  const meeting = input?.meeting ?? {};
  const mau01 = input?.mau01 ?? {};
  const notifications = input?.notifications ?? {};
  const documents = input?.documents ?? {};
  const complaints = input?.complaints ?? {};
  const org = input?.org ?? {};
  const orgDefaults = defaults.org || DEFAULT_SETTINGS.org;
  return {
    nd335: {
      periodKind: nd335.periodKind ?? defaults.nd335.periodKind,
      yearlyRollUp: nd335.yearlyRollUp ?? defaults.nd335.yearlyRollUp,
      taskScoreFormula: nd335.taskScoreFormula ?? defaults.nd335.taskScoreFormula,
      taskRatioWeights: nd335.taskRatioWeights ?? defaults.nd335.taskRatioWeights,
      leaderTaskScoreFormula: nd335.leaderTaskScoreFormula ?? defaults.nd335.leaderTaskScoreFormula,
      shortService: nd335.shortService ?? defaults.nd335.shortService,
      // a row's null (not set) clears an earlier row's value
      scoreDecimals: nd335.scoreDecimals ?? defaults.nd335.scoreDecimals
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
      base: quota.base ?? defaults.quota.base,
      exceptionMode: quota.exceptionMode ?? defaults.quota.exceptionMode,
      exceptionMaxRate: quota.exceptionMaxRate ?? defaults.quota.exceptionMaxRate
    },
    meeting: { quorum: meeting.quorum ?? defaults.meeting.quorum },
    mau01: { groups: mau01.groups ?? defaults.mau01.groups },
    notifications: {
      channel: notifications.channel ?? defaults.notifications.channel,
      teamsAppId: notifications.teamsAppId ?? defaults.notifications.teamsAppId,
      remindDaysBefore: notifications.remindDaysBefore ?? defaults.notifications.remindDaysBefore,
      remindDaysAfter: notifications.remindDaysAfter ?? defaults.notifications.remindDaysAfter
    },
    documents: {
      parentAgency: documents.parentAgency ?? defaults.documents.parentAgency,
      place: documents.place ?? defaults.documents.place,
      symbolBienBan: documents.symbolBienBan ?? defaults.documents.symbolBienBan,
      symbolQuyetDinh: documents.symbolQuyetDinh ?? defaults.documents.symbolQuyetDinh,
      symbolThongBao: documents.symbolThongBao ?? defaults.documents.symbolThongBao,
      signerDivision: documents.signerDivision ?? defaults.documents.signerDivision,
      signerAgency: documents.signerAgency ?? defaults.documents.signerAgency,
      signerMinistry: documents.signerMinistry ?? defaults.documents.signerMinistry,
      mau01CompetentColumn: documents.mau01CompetentColumn ?? defaults.documents.mau01CompetentColumn
    },
    // Defaults built before the setting existed have no complaints section: the legal default then.
    complaints: { deadlineDays: complaints.deadlineDays ?? (defaults.complaints || DEFAULT_SETTINGS.complaints).deadlineDays },
    // Defaults built before the setting existed have no org section: the defaults above then.
    org: { snapshotRefreshHours: org.snapshotRefreshHours ?? orgDefaults.snapshotRefreshHours, snapshotMaxAgeDays: org.snapshotMaxAgeDays ?? orgDefaults.snapshotMaxAgeDays }
  };
}

/**
 * Rules across fields, checked on the merged settings (the fields may come from rows of different
 * dates): an exception ceiling below the rate would lower the limit it is meant to lift.
 */
export function validateMergedSettings(settings: RatingSettings): SettingsError[] {
  const errors: SettingsError[] = [];
  const ceiling = settings.quota.exceptionMaxRate;
  if (typeof ceiling === 'number' && ceiling < settings.quota.rate) {
    errors.push(
      error(
        'quota.exceptionMaxRate',
        `tỷ lệ tối đa khi có ngoại lệ (${ceiling}) không được thấp hơn tỷ lệ chung (${settings.quota.rate})`,
        `the ceiling with exceptions (${ceiling}) cannot be below the rate (${settings.quota.rate})`
      )
    );
  }
  return errors;
}

export type SettingsResolution = { ok: true; settings: RatingSettings } | { ok: false; errors: SettingsError[] };

/** validateSettings then mergeSettings: what a caller holding untrusted JSON wants. */
export function resolveSettings(input: unknown): SettingsResolution {
  const errors = validateSettings(input);
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  const settings = mergeSettings(input as RatingSettingsInput | undefined);
  const across = validateMergedSettings(settings);
  return across.length > 0 ? { ok: false, errors: across } : { ok: true, settings };
}
