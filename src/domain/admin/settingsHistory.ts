import {
  mergeSettings,
  validateMergedSettings,
  validateSettings,
  type RatingSettings,
  type RatingSettingsInput,
  type SettingsError
} from '../rating/settings';
import { mau01GroupsOf, validateMau01Groups } from '../rating/mau01';

/**
 * HR's settings as a dated history (DGCC_Settings, schema 4): each change is a NEW row (Title = the
 * setting's name, SettingValue = its JSON value, EffectiveFrom = the first day it applies); HR may add
 * rows and read them, never edit or delete one ("DGCC Thêm và xem"). What applies on a date is, per
 * name, the latest row by ID (SharePoint assigns IDs in order; a Created sent through a REST call may
 * be forged) among those in force on that date.
 *
 * A year whose results are published (NĐ 90/2020 Điều 21) keeps the settings in force when it was
 * first published: the publication records the last settings row it was computed with (its
 * `settingsThrough`), and rows after it count for nothing in that year, whatever their EffectiveFrom.
 */

/** Each setting's row name (Title) and where it sits in RatingSettings; labels: settingsCatalogue.ts. */
export const SETTING_PATHS: { readonly [name: string]: readonly [keyof RatingSettings, string] } = {
  'nd335.periodKind': ['nd335', 'periodKind'],
  'nd335.yearlyRollUp': ['nd335', 'yearlyRollUp'],
  'nd335.taskScoreFormula': ['nd335', 'taskScoreFormula'],
  'nd335.taskRatioWeights': ['nd335', 'taskRatioWeights'],
  'nd335.leaderTaskScoreFormula': ['nd335', 'leaderTaskScoreFormula'],
  'nd335.shortService': ['nd335', 'shortService'],
  'nd335.scoreDecimals': ['nd335', 'scoreDecimals'],
  'nd90.maternityAndAbsence': ['nd90', 'maternityAndAbsence'],
  'nd90.leaderWithoutSubordinateUnits': ['nd90', 'leaderWithoutSubordinateUnits'],
  'nd90.splitDiscipline': ['nd90', 'splitDiscipline'],
  'nd90.exceededDefinition': ['nd90', 'exceededDefinition'],
  'nd90.highEfficiencyDefinition': ['nd90', 'highEfficiencyDefinition'],
  'quota.rate': ['quota', 'rate'],
  'quota.base': ['quota', 'base'],
  'quota.exceptionMode': ['quota', 'exceptionMode'],
  'quota.exceptionMaxRate': ['quota', 'exceptionMaxRate'],
  'meeting.quorum': ['meeting', 'quorum'],
  'mau01.groups': ['mau01', 'groups'],
  // The names GraphNotifier has always read (rows written by hand before the settings screen).
  NotificationChannel: ['notifications', 'channel'],
  NotificationTeamsAppId: ['notifications', 'teamsAppId'],
  'notifications.remindDaysBefore': ['notifications', 'remindDaysBefore'],
  'notifications.remindDaysAfter': ['notifications', 'remindDaysAfter'],
  'documents.parentAgency': ['documents', 'parentAgency'],
  'documents.place': ['documents', 'place'],
  'documents.symbolBienBan': ['documents', 'symbolBienBan'],
  'documents.symbolQuyetDinh': ['documents', 'symbolQuyetDinh'],
  'documents.symbolThongBao': ['documents', 'symbolThongBao'],
  'documents.signerDivision': ['documents', 'signerDivision'],
  'documents.signerAgency': ['documents', 'signerAgency'],
  'documents.signerMinistry': ['documents', 'signerMinistry'],
  'documents.mau01CompetentColumn': ['documents', 'mau01CompetentColumn'],
  'complaints.deadlineDays': ['complaints', 'deadlineDays'],
  'org.snapshotRefreshHours': ['org', 'snapshotRefreshHours'],
  'org.snapshotMaxAgeDays': ['org', 'snapshotMaxAgeDays']
};

export interface SettingPath {
  section: keyof RatingSettings;
  key: string;
}

export function pathOf(name: string): SettingPath | undefined {
  if (!Object.prototype.hasOwnProperty.call(SETTING_PATHS, name)) return undefined;
  const [section, key] = SETTING_PATHS[name];
  return { section, key };
}

/** A row of DGCC_Settings as read. */
export interface SettingRow {
  id: number;
  name: string;
  /** the JSON text as stored */
  text: string;
  /** YYYY-MM-DD; blank for rows from before schema 4 (in force from the start) */
  effectiveFrom?: string;
  /** the server's time, for display only (never for ordering: a REST call may forge it) */
  created?: string;
  authorName?: string;
}

/** SettingValue: JSON; a plain word (rows written by hand before the settings screen) stays text. */
export function parseSettingValue(text?: string): unknown {
  const raw = (text || '').trim();
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

export function serializeSettingValue(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

/** The first day (YYYY-MM-DD) of a date or date-time as stored; '' when unreadable. */
export function dayOf(value?: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec((value || '').trim());
  return m ? m[1] : '';
}

export function isValidDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The input object one row stands for ({ quota: { rate: 0.25 } }), or undefined for another name. */
function inputOf(definition: SettingPath, value: unknown): RatingSettingsInput {
  return { [definition.section]: { [definition.key]: value } } as RatingSettingsInput;
}

/** Problems of one value for one setting, alone (the cross-field rules need the others: `checkChange`). */
export function validateSettingValue(name: string, value: unknown): SettingsError[] {
  const definition = pathOf(name);
  if (!definition) return [{ field: name, vi: `${name}: không có thiết lập này`, en: `${name}: unknown setting` }];
  const errors = validateSettings(inputOf(definition, value));
  // Mẫu 01's sums (30 points, groups, parts): checked here, not in settings.ts (the view bundle's).
  if (errors.length === 0 && definition.section === 'mau01' && definition.key === 'groups') validateMau01Groups(value, 'mau01.groups', errors);
  return errors;
}

/** What the first publication of a year froze (see the module's comment). */
export interface PublicationMark {
  /** the last settings row ID the first publication was computed with */
  settingsThrough?: number;
  /** its time, for publications made before the mark was recorded (weaker: compared with Created) */
  at?: string;
}

export type IgnoredReason = 'AFTER_PUBLICATION' | 'INVALID' | 'NOT_YET';

export interface ResolvedSettings {
  settings: RatingSettings;
  /** by setting name, the row in force (none: the default) */
  inForce: { [name: string]: SettingRow };
  /** rows that would apply by their date but count for nothing, with why */
  ignored: Array<{ row: SettingRow; reason: IgnoredReason; errors?: SettingsError[] }>;
}

/** Is a row later than what the year's first publication was computed with? */
export function afterPublication(row: SettingRow, mark: PublicationMark | undefined): boolean {
  if (!mark) return false;
  if (typeof mark.settingsThrough === 'number') return row.id > mark.settingsThrough;
  return !!mark.at && !!row.created && row.created > mark.at;
}

/**
 * The settings that apply on `day` (YYYY-MM-DD): per name, the latest row by ID in force on that day,
 * skipping rows after the year's first publication and rows whose value is not valid (a row added
 * through REST is checked like one from the screen; the row before it stays in force).
 */
export function resolveSettingsAt(rows: readonly SettingRow[], day: string, mark?: PublicationMark): ResolvedSettings {
  const ordered = rows.slice().sort((a, b) => a.id - b.id);
  const inForce: { [name: string]: SettingRow } = {};
  const ignored: ResolvedSettings['ignored'] = [];
  let input: RatingSettingsInput = {};
  ordered.forEach((row) => {
    const definition = pathOf(row.name);
    if (!definition) return; // SchemaVersion and other site rows are not rating settings
    const from = row.effectiveFrom ? dayOf(row.effectiveFrom) : '';
    if (from && from > day) return;
    if (afterPublication(row, mark)) {
      ignored.push({ row, reason: 'AFTER_PUBLICATION' });
      return;
    }
    const value = parseSettingValue(row.text);
    const errors = validateSettingValue(row.name, value);
    const candidate = withValue(input, definition, value);
    const across = errors.length ? [] : validateMergedSettings(mergeSettings(candidate));
    if (errors.length || across.length) {
      ignored.push({ row, reason: 'INVALID', errors: errors.concat(across) });
      return;
    }
    input = candidate;
    inForce[row.name] = row;
  });
  return { settings: mergeSettings(input), inForce, ignored };
}

function withValue(input: RatingSettingsInput, definition: SettingPath, value: unknown): RatingSettingsInput {
  const section = { ...((input as { [section: string]: object | undefined })[definition.section] || {}), [definition.key]: value };
  return { ...input, [definition.section]: section } as RatingSettingsInput;
}

/** A year is judged with the settings in force on its last day (the yearly rating is made at its end). */
export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

export function settingsForYear(rows: readonly SettingRow[], year: number, mark?: PublicationMark): ResolvedSettings {
  return resolveSettingsAt(rows, yearEnd(year), mark);
}

/** The first publication's mark among the decisions of a year (the lowest mark; else the earliest time). */
export function publicationMarkOf(decisions: ReadonlyArray<{ published: boolean; settingsThrough?: number; at?: string }>): PublicationMark | undefined {
  const published = decisions.filter((d) => d.published);
  if (published.length === 0) return undefined;
  const marks = published.map((d) => d.settingsThrough).filter((m): m is number => typeof m === 'number');
  const times = published.map((d) => d.at || '').filter((t) => !!t).sort();
  return { settingsThrough: marks.length ? Math.min(...marks) : undefined, at: times[0] };
}

/** The highest row ID read: what a publication records as its `settingsThrough`. */
export function lastSettingsRowId(rows: readonly SettingRow[]): number {
  return rows.reduce((max, r) => Math.max(max, r.id), 0);
}

/** One line of the history: a row and the value of the same setting before it (by ID). */
export interface SettingsHistoryEntry {
  row: SettingRow;
  path?: SettingPath;
  before: unknown;
  after: unknown;
}

/** Every change, newest first, each with the value it replaced (the previous row of the name, else the default). */
export function settingsHistory(rows: readonly SettingRow[]): SettingsHistoryEntry[] {
  const ordered = rows.filter((r) => !!pathOf(r.name)).sort((a, b) => a.id - b.id);
  const previous: { [name: string]: unknown } = {};
  const entries = ordered.map((row) => {
    const definition = pathOf(row.name) as SettingPath;
    const before = row.name in previous ? previous[row.name] : defaultValueOf(definition);
    const after = parseSettingValue(row.text);
    previous[row.name] = after;
    return { row, path: definition, before, after };
  });
  return entries.reverse();
}

export function defaultValueOf(definition: SettingPath): unknown {
  return currentValueOf(mergeSettings(undefined), definition);
}

/** A setting's value as it applies (Mẫu 01 not set: the national form). */
export function currentValueOf(settings: RatingSettings, definition: SettingPath): unknown {
  if (definition.section === 'mau01' && definition.key === 'groups') return mau01GroupsOf(settings.mau01.groups);
  return (settings as unknown as { [section: string]: { [key: string]: unknown } })[definition.section][definition.key];
}

/** A change HR asks for. */
export interface SettingChange {
  name: string;
  value: unknown;
  effectiveFrom: string;
  reason: string;
}

export interface ChangeProblem {
  field: 'value' | 'effectiveFrom' | 'reason';
  vi: string;
  en: string;
}

/**
 * Whether a change may be saved: a valid value (alone and with the settings it joins), a valid day, a
 * reason, and no decided (published) year from that day on: a row effective in or before a decided
 * year would change the settings that year was judged with (and counts for nothing there anyway).
 */
export function checkChange(change: SettingChange, rows: readonly SettingRow[], decidedYears: readonly number[]): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  const definition = pathOf(change.name);
  if (!definition) return [{ field: 'value', vi: 'Không có thiết lập này.', en: 'Unknown setting.' }];
  validateSettingValue(change.name, change.value).forEach((e) => problems.push({ field: 'value', vi: e.vi, en: e.en }));
  const day = (change.effectiveFrom || '').trim();
  if (!isValidDay(day)) {
    problems.push({ field: 'effectiveFrom', vi: 'Nhập ngày áp dụng hợp lệ (ngày/tháng/năm).', en: 'Enter a valid date from which it applies.' });
  } else {
    const decided = decidedYears.filter((y) => yearEnd(y) >= day).sort((a, b) => b - a);
    if (decided.length > 0) {
      problems.push({
        field: 'effectiveFrom',
        vi: `Năm ${decided[0]} đã công khai kết quả: thiết lập của năm đó không được thay đổi. Chọn ngày áp dụng từ 01/01/${decided[0] + 1}.`,
        en: `The results of ${decided[0]} are published: that year's settings cannot change. Choose a date from 01/01/${decided[0] + 1}.`
      });
    } else if (problems.length === 0) {
      // With the value in force on that day for the other settings (e.g. a ceiling below the rate).
      const at = resolveSettingsAt(rows, day);
      const merged = mergeSettings(withValue(inputFromSettings(at.settings), definition, change.value));
      validateMergedSettings(merged).forEach((e) => problems.push({ field: 'value', vi: e.vi, en: e.en }));
    }
  }
  if (!change.reason || !change.reason.trim()) {
    problems.push({ field: 'reason', vi: 'Nhập lý do thay đổi (căn cứ, văn bản).', en: 'Enter the reason for the change (its basis, the document).' });
  } else if (change.reason.length > 1000) {
    problems.push({ field: 'reason', vi: 'Lý do tối đa 1000 ký tự.', en: 'The reason is at most 1000 characters.' });
  }
  return problems;
}

function inputFromSettings(settings: RatingSettings): RatingSettingsInput {
  return settings as unknown as RatingSettingsInput;
}
