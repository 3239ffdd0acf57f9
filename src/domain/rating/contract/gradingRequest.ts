import type { Nd335YearInput } from '../nd335/annualRating';
import type { CriterionAssessment, Nd90Criteria, Nd90LeaderFacts, Nd90Performance, Nd90TaskResults, Nd90YearInput } from '../nd90/nd90Input';
import { RATING_LEVELS, type RatingLevel } from '../ratingCodes';
import { emptyCounts, WHOLE_AGENCY, type QuotaException, type QuotaGroup } from '../quota';
import type { Nd335RuleSet, Nd9048RuleSet, RuleSet, RuleSetId, StaffKind } from '../ruleSet';
import { selectRuleSet } from '../ruleSets';
import { resolveSettings, type RatingSettings } from '../settings';
import { describe, FieldReader, isJsonObject, type FieldError } from './fieldReader';

/**
 * The grading interchange format (shared/brief/grading-contract.md), parsed into typed requests.
 * Field names are the contract's; `settings`, `staffKind`, `exceptions`, `monthsWorked` (ND335),
 * `monthsAtPreviousAgency`, `previousAgencyDissolved` and `disciplinePartyAndAdministrativeInDifferentYears`
 * are optional additions. Unknown fields are ignored.
 */
export interface Nd90GradingRequest {
  kind: 'individual';
  regime: 'ND90_48';
  ruleSet: Nd9048RuleSet;
  settings: RatingSettings;
  input: Nd90YearInput;
}

export interface Nd335GradingRequest {
  kind: 'individual';
  regime: 'ND335';
  ruleSet: Nd335RuleSet;
  settings: RatingSettings;
  input: Nd335YearInput;
}

export interface QuotaGradingRequest {
  kind: 'quota';
  ruleSet: RuleSet;
  settings: RatingSettings;
  groups: QuotaGroup[];
  exceptions: QuotaException[];
}

export type GradingRequest = Nd90GradingRequest | Nd335GradingRequest | QuotaGradingRequest;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const ASSESSMENTS: readonly CriterionAssessment[] = ['good', 'meets', 'fails'];
const CRITERIA_KEYS: ReadonlyArray<keyof Nd90Criteria> = ['chinhTriTuTuong', 'daoDucLoiSong', 'tacPhongLeLoi', 'yThucKyLuat'];
const MONTHS = 'a number of months';
const EPSILON = 1e-9;

function notAbove(r: FieldReader, key: string, value: number | undefined, limitKey: string, limit: number | undefined): void {
  if (value !== undefined && limit !== undefined && value > limit) {
    r.fail(key, `cannot exceed ${limitKey} (${limit}), got ${value}`);
  }
}

function parseCriteria(r: FieldReader, isLeader: boolean): Nd90Criteria | undefined {
  const c = r.object('criteria', true);
  if (c === undefined) {
    return undefined;
  }
  const values = CRITERIA_KEYS.map((k) => c.choice(k, ASSESSMENTS));
  const leaderA = isLeader ? c.choice('ketQuaLanhDaoDiemA', ASSESSMENTS) : undefined;
  if (values.some((v) => v === undefined) || (isLeader && leaderA === undefined)) {
    return undefined;
  }
  const [chinhTriTuTuong, daoDucLoiSong, tacPhongLeLoi, yThucKyLuat] = values as CriterionAssessment[];
  return { chinhTriTuTuong, daoDucLoiSong, tacPhongLeLoi, yThucKyLuat, ketQuaLanhDaoDiemA: leaderA };
}

function parseTasks(r: FieldReader): Nd90TaskResults | undefined {
  const tasksTotal = r.count('tasksTotal', 1);
  const tasksCompleted = r.count('tasksCompleted');
  const tasksOnTimeQuality = r.count('tasksOnTimeQuality');
  const tasksExceeded = r.count('tasksExceeded');
  const highEfficiency = r.optionalBoolean('highEfficiency');
  notAbove(r, 'tasksCompleted', tasksCompleted, 'tasksTotal', tasksTotal);
  notAbove(r, 'tasksOnTimeQuality', tasksOnTimeQuality, 'tasksCompleted', tasksCompleted);
  notAbove(r, 'tasksExceeded', tasksExceeded, 'tasksCompleted', tasksCompleted);
  if (tasksTotal === undefined || tasksCompleted === undefined || tasksOnTimeQuality === undefined || tasksExceeded === undefined) {
    return undefined;
  }
  return { tasksTotal, tasksCompleted, tasksOnTimeQuality, tasksExceeded, highEfficiency };
}

function parseLeader(r: FieldReader): Nd90LeaderFacts | undefined {
  const unitTargetsTotal = r.count('unitTargetsTotal', 1);
  const unitTargetsCompleted = r.count('unitTargetsCompleted');
  const unitTargetsOnTimeQuality = r.count('unitTargetsOnTimeQuality');
  const unitTargetsExceeded = r.count('unitTargetsExceeded');
  const subordinateUnitsTotal = r.count('subordinateUnitsTotal');
  const subordinateUnitsAtLeastHTNV = r.count('subordinateUnitsAtLeastHTNV');
  const subordinateUnitsHTTNVorHTXSNV = r.count('subordinateUnitsHTTNVorHTXSNV');
  const unitInvolvedInCorruptionAndHandled = r.boolean('unitInvolvedInCorruptionAndHandled', false);
  const unitRating = r.has('unitRating') ? r.choice<RatingLevel>('unitRating', RATING_LEVELS) : undefined;
  notAbove(r, 'unitTargetsCompleted', unitTargetsCompleted, 'unitTargetsTotal', unitTargetsTotal);
  notAbove(r, 'unitTargetsOnTimeQuality', unitTargetsOnTimeQuality, 'unitTargetsCompleted', unitTargetsCompleted);
  notAbove(r, 'unitTargetsExceeded', unitTargetsExceeded, 'unitTargetsCompleted', unitTargetsCompleted);
  notAbove(r, 'subordinateUnitsAtLeastHTNV', subordinateUnitsAtLeastHTNV, 'subordinateUnitsTotal', subordinateUnitsTotal);
  notAbove(r, 'subordinateUnitsHTTNVorHTXSNV', subordinateUnitsHTTNVorHTXSNV, 'subordinateUnitsAtLeastHTNV', subordinateUnitsAtLeastHTNV);
  if (
    unitTargetsTotal === undefined ||
    unitTargetsCompleted === undefined ||
    unitTargetsOnTimeQuality === undefined ||
    unitTargetsExceeded === undefined ||
    subordinateUnitsTotal === undefined ||
    subordinateUnitsAtLeastHTNV === undefined ||
    subordinateUnitsHTTNVorHTXSNV === undefined ||
    unitInvolvedInCorruptionAndHandled === undefined
  ) {
    return undefined;
  }
  return {
    unitTargetsTotal,
    unitTargetsCompleted,
    unitTargetsOnTimeQuality,
    unitTargetsExceeded,
    subordinateUnitsTotal,
    subordinateUnitsAtLeastHTNV,
    subordinateUnitsHTTNVorHTXSNV,
    unitInvolvedInCorruptionAndHandled,
    unitRating
  };
}

function parseNd90(r: FieldReader, evaluationYear: number, ruleSet: Nd9048RuleSet): Nd90YearInput | undefined {
  const isLeader = r.boolean('isLeader');
  const monthsWorked = r.number('monthsWorked', 0, 12, MONTHS);
  const monthsAbsent = r.number('monthsAbsent', 0, 12, MONTHS, 0);
  const onMaternityLeave = r.boolean('onMaternityLeave', false);
  const maternityMonths = r.number('maternityMonths', 0, 12, MONTHS, 0);
  const monthsAtPreviousAgency = r.has('monthsAtPreviousAgency') ? r.number('monthsAtPreviousAgency', 0, 12, MONTHS) : undefined;
  const previousAgencyDissolved = r.optionalBoolean('previousAgencyDissolved');
  const degradationConcluded = r.boolean('degradationConcluded', false);
  const disciplinedThisYear = r.boolean('disciplinedThisYear', false);
  const disciplineForEarlierYearViolation = r.boolean('disciplineForEarlierYearViolation', false);
  const disciplineViolationAlreadyUsedForKHTNVInEarlierYear = r.boolean('disciplineViolationAlreadyUsedForKHTNVInEarlierYear', false);
  const disciplinePartyAndAdministrativeInDifferentYears = r.optionalBoolean('disciplinePartyAndAdministrativeInDifferentYears');
  if (monthsWorked !== undefined && monthsAbsent !== undefined && maternityMonths !== undefined && monthsWorked + monthsAbsent + maternityMonths > 12 + EPSILON) {
    r.fail('monthsWorked', `monthsWorked + monthsAbsent + maternityMonths cannot exceed 12, got ${monthsWorked + monthsAbsent + maternityMonths}`);
  }
  if (onMaternityLeave === false && maternityMonths !== undefined && maternityMonths > 0) {
    r.fail('maternityMonths', `must be 0 when onMaternityLeave is false, got ${maternityMonths}`);
  }
  notAbove(r, 'monthsAtPreviousAgency', monthsAtPreviousAgency, 'monthsWorked', monthsWorked);
  if (isLeader === undefined || monthsWorked === undefined) {
    return undefined;
  }
  // Criteria and tasks may be left out only when the person is not rated anyway (ND 90 Điều 2 khoản 3).
  const notRated = monthsWorked < ruleSet.thresholds.minMonthsWorked && onMaternityLeave !== true;
  const hasPerformance = r.has('criteria') || r.has('tasksTotal');
  let performance: Nd90Performance | undefined;
  if (!notRated || hasPerformance) {
    const criteria = parseCriteria(r, isLeader);
    const tasks = parseTasks(r);
    const leader = isLeader ? parseLeader(r) : undefined;
    if (criteria !== undefined && tasks !== undefined) {
      performance = { criteria, tasks, leader };
    }
  }
  if (
    monthsAbsent === undefined ||
    onMaternityLeave === undefined ||
    maternityMonths === undefined ||
    degradationConcluded === undefined ||
    disciplinedThisYear === undefined ||
    disciplineForEarlierYearViolation === undefined ||
    disciplineViolationAlreadyUsedForKHTNVInEarlierYear === undefined
  ) {
    return undefined;
  }
  return {
    evaluationYear,
    isLeader,
    monthsWorked,
    monthsAbsent,
    onMaternityLeave,
    maternityMonths,
    monthsAtPreviousAgency,
    previousAgencyDissolved,
    degradationConcluded,
    disciplinedThisYear,
    disciplineForEarlierYearViolation,
    disciplineViolationAlreadyUsedForKHTNVInEarlierYear,
    disciplinePartyAndAdministrativeInDifferentYears,
    performance
  };
}

function parseNd335(r: FieldReader, evaluationYear: number, settings: RatingSettings): Nd335YearInput | undefined {
  const isLeader = r.boolean('isLeader', false);
  let annualScore: number | undefined;
  let periodScores: Array<{ score?: number }> | undefined;
  if (r.has('annualScore') && r.has('periodScores')) {
    r.fail('periodScores', 'give either annualScore or periodScores, not both');
  } else if (r.has('periodScores')) {
    const maxPeriods = settings.nd335.periodKind === 'QUARTER' ? 4 : 12;
    const raw = r.array('periodScores', 1, maxPeriods);
    if (raw !== undefined) {
      periodScores = [];
      raw.forEach((v, i) => {
        if (v === null) {
          periodScores?.push({});
        } else if (typeof v === 'number' && isFinite(v) && v >= 0 && v <= 100) {
          periodScores?.push({ score: v });
        } else {
          r.fail(`periodScores[${i}]`, `expected a score from 0 to 100, or null for a period not worked, got ${describe(v)}`);
        }
      });
    }
  } else if (r.has('annualScore')) {
    annualScore = r.number('annualScore', 0, 100, 'a score');
  } else {
    r.fail('annualScore', 'required: annualScore (0 to 100) or periodScores (an array of period scores)');
  }
  const monthsWorked = r.has('monthsWorked') ? r.number('monthsWorked', 0, 12, MONTHS) : undefined;
  const degradationConcluded = r.boolean('degradationConcluded', false);
  const disciplined = r.boolean('disciplinedForPublicServiceViolationReprimandOrAbove', false);
  const corruption = r.boolean('unitInvolvedInCorruptionAndHandled', false);
  if (isLeader === undefined || degradationConcluded === undefined || disciplined === undefined || corruption === undefined) {
    return undefined;
  }
  return {
    evaluationYear,
    isLeader,
    annualScore,
    periodScores,
    monthsWorked,
    degradationConcluded,
    disciplinedForPublicServiceViolationReprimandOrAbove: disciplined,
    unitInvolvedInCorruptionAndHandled: corruption
  };
}

function parseGroups(r: FieldReader): QuotaGroup[] | undefined {
  const raw = r.array('groups', 1, 10000);
  if (raw === undefined) {
    return undefined;
  }
  const groups: QuotaGroup[] = [];
  const names = new Map<string, number>();
  raw.forEach((item, i) => {
    const key = `groups[${i}]`;
    if (!isJsonObject(item)) {
      r.fail(key, `expected an object { "name", "ratings" }, got ${describe(item)}`);
      return;
    }
    const g = new FieldReader(item, r.path(key), r.errors);
    const name = g.text('name', true, 200);
    const ratings = g.object('ratings', true);
    if (name !== undefined) {
      if (names.has(name)) {
        g.fail('name', `duplicate group name "${name}" (also groups[${names.get(name)}])`);
      } else if (name === WHOLE_AGENCY && raw.length > 1) {
        g.fail('name', `"${WHOLE_AGENCY}" is the name of the scope over all groups; choose another name`);
      }
      names.set(name, i);
    }
    if (ratings === undefined) {
      return;
    }
    const counts = emptyCounts();
    let ok = true;
    for (const level of RATING_LEVELS) {
      const n = ratings.count(level, 0, 0);
      if (n === undefined) {
        ok = false;
      } else {
        counts[level] = n;
      }
    }
    if (name !== undefined && ok) {
      groups.push({ name, ratings: counts });
    }
  });
  return groups;
}

function parseExceptions(r: FieldReader, groups: readonly QuotaGroup[]): QuotaException[] {
  if (!r.has('exceptions')) {
    return [];
  }
  const raw = r.array('exceptions', 0, 1000);
  const scopes = groups.map((g) => g.name).concat(groups.length > 1 ? [WHOLE_AGENCY] : []);
  const exceptions: QuotaException[] = [];
  (raw ?? []).forEach((item, i) => {
    const key = `exceptions[${i}]`;
    if (!isJsonObject(item)) {
      r.fail(key, `expected an object { "scope", "decidedBy", "reason", "rate" or "maxHTXSNV" }, got ${describe(item)}`);
      return;
    }
    const e = new FieldReader(item, r.path(key), r.errors);
    const scope = e.text('scope', true, 200);
    const decidedBy = e.text('decidedBy', true);
    const reason = e.text('reason', true, 2000);
    const decisionReference = e.text('decisionReference', false);
    const rate = e.has('rate') ? e.number('rate', 0, 1, 'a rate') : undefined;
    const maxHTXSNV = e.has('maxHTXSNV') ? e.count('maxHTXSNV') : undefined;
    if (e.has('rate') === e.has('maxHTXSNV')) {
      e.fail('rate', 'give exactly one of rate (0 to 1) or maxHTXSNV (a whole number)');
    }
    if (scope !== undefined && scopes.length > 0 && scopes.indexOf(scope) < 0) {
      e.fail('scope', `expected one of the scopes ${scopes.map((s) => `"${s}"`).join(', ')}, got ${describe(scope)}`);
    }
    if (scope !== undefined && decidedBy !== undefined && reason !== undefined && (rate !== undefined || maxHTXSNV !== undefined)) {
      exceptions.push({ scope, decidedBy, reason, decisionReference, rate, maxHTXSNV });
    }
  });
  return exceptions;
}

/**
 * Parses one request of the grading contract: a typed request, or every field error found (each with
 * the field's path under `prefix`).
 */
export function parseGradingRequest(value: unknown, prefix = ''): Parsed<GradingRequest> {
  const errors: FieldError[] = [];
  if (!isJsonObject(value)) {
    return {
      ok: false,
      errors: [{ field: prefix, message: `expected a JSON object (a rating or a quota request), got ${describe(value)}` }]
    };
  }
  const r = new FieldReader(value, prefix, errors);
  const resolution = resolveSettings(r.raw('settings'));
  if (!resolution.ok) {
    for (const e of resolution.errors) {
      errors.push({ field: r.path(`settings.${e.field}`), message: e.en.slice(e.field.length + 2) });
    }
  }
  const kind = r.has('kind') ? r.choice('kind', ['quota', 'individual'] as const) : 'individual';
  const regime = r.has('regime') ? r.choice<RuleSetId>('regime', ['ND90_48', 'ND335']) : undefined;
  const staffKind = r.choice<StaffKind>('staffKind', ['CONG_CHUC', 'VIEN_CHUC'], 'CONG_CHUC');
  const evaluationYear = r.integerYear('evaluationYear');
  if (kind === undefined || evaluationYear === undefined || staffKind === undefined || (r.has('regime') && regime === undefined)) {
    return { ok: false, errors };
  }
  const selection = selectRuleSet(evaluationYear, staffKind, regime);
  if (!selection.ok) {
    r.fail(regime === undefined ? 'evaluationYear' : 'regime', selection.error['en-US']);
    return { ok: false, errors };
  }
  if (!resolution.ok) {
    return { ok: false, errors };
  }
  const settings = resolution.settings;
  const ruleSet = selection.ruleSet;
  if (kind === 'quota') {
    const groups = parseGroups(r);
    const exceptions = groups === undefined ? [] : parseExceptions(r, groups);
    return errors.length > 0 || groups === undefined
      ? { ok: false, errors }
      : { ok: true, value: { kind: 'quota', ruleSet, settings, groups, exceptions } };
  }
  if (ruleSet.id === 'ND335') {
    const input = parseNd335(r, evaluationYear, settings);
    return errors.length > 0 || input === undefined ? { ok: false, errors } : { ok: true, value: { kind: 'individual', regime: 'ND335', ruleSet, settings, input } };
  }
  const input = parseNd90(r, evaluationYear, ruleSet);
  return errors.length > 0 || input === undefined
    ? { ok: false, errors }
    : { ok: true, value: { kind: 'individual', regime: 'ND90_48', ruleSet, settings, input } };
}
