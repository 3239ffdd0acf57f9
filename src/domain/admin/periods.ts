import type { DeadlineOverride, EvaluationPeriod, PeriodKind, PeriodStatus } from '../evaluation/model';
import { deadlineReached } from '../evaluation/lateness';
import { unitChain, type OrgModel } from '../org/orgModel';

/**
 * HR's periods (Vụ Tổ chức cán bộ): the plan of a year's periods, their states and deadlines. Pure
 * rules: the service writes what they return and journals it.
 *
 * The list knows three states (OPEN, LOCKED, CLOSED). A period planned ahead and not yet opened is
 * stored LOCKED with neither LockedAt nor ClosedAt: nobody can report on it, and "Mở" opens it without
 * a reason (reopening a period that was really locked or closed needs one).
 */

export type TrackedKind = 'MONTH' | 'QUARTER';

/** NĐ 335/2025 applies from 2026 (monthly or quarterly tracking); up to 2025, NĐ 90/2020 + 48/2023 (the year only). */
export const FIRST_ND335_YEAR = 2026;

/**
 * NEEDS_DECISION / UNCONFIRMED: neither decree fixes the day by which a month's or quarter's results
 * are submitted (law.md 5.1 says only "hằng tháng hoặc quý"). The 5th of the following month is the
 * sample ministry's practice, a parameter HR can change when planning, not a rule of law.
 */
export const DEFAULT_SUBMISSION_DAY = 5;
/**
 * NĐ 90/2020 Điều 20 (and NĐ 335 Điều 21): the year's evaluation is done before 15 December. The day
 * the civil servant's own part is due inside that is the ministry's (NEEDS_DECISION); 15 December is
 * the latest it can be, the default.
 */
export const DEFAULT_YEAR_DEADLINE = { month: 12, day: 15 };

export interface PlannedPeriod {
  kind: PeriodKind;
  year: number;
  index?: number;
  status: PeriodStatus;
  deadline: string;
}

export interface PlanOptions {
  /** Every unit's own kind (DGCC_Units.PeriodKind, absent = the ministry's). */
  unitKinds: ReadonlyArray<TrackedKind | undefined>;
  /** The ministry's setting (nd335.periodKind). */
  ministryKind: TrackedKind;
  /** The year's periods already on the site: never created twice. */
  existing: readonly EvaluationPeriod[];
  /** Today: periods already begun are created open, later ones planned (not yet open). */
  today: Date;
  /** Day of the following month a month's or quarter's part is due (1–28); see DEFAULT_SUBMISSION_DAY. */
  submissionDay?: number;
  yearDeadline?: { month: number; day: number };
}

const iso = (year: number, month: number, day: number): string => new Date(Date.UTC(year, month - 1, day)).toISOString();

/** The default deadline: the submission day of the month after the month or quarter; the year's from the law's latest. */
export function defaultDeadline(kind: PeriodKind, year: number, index: number | undefined, submissionDay = DEFAULT_SUBMISSION_DAY, yearDeadline = DEFAULT_YEAR_DEADLINE): string {
  if (kind === 'YEAR') return iso(year, yearDeadline.month, yearDeadline.day);
  const lastMonth = kind === 'QUARTER' ? (index || 1) * 3 : index || 1;
  return lastMonth === 12 ? iso(year + 1, 1, submissionDay) : iso(year, lastMonth + 1, submissionDay);
}

/** The kinds a year needs: the units' own, and the ministry's for units without one. Up to 2025, none. */
export function kindsNeeded(year: number, unitKinds: ReadonlyArray<TrackedKind | undefined>, ministryKind: TrackedKind): TrackedKind[] {
  if (year < FIRST_ND335_YEAR) return [];
  const kinds = unitKinds.map((k) => k || ministryKind);
  if (kinds.length === 0) kinds.push(ministryKind);
  return (['MONTH', 'QUARTER'] as TrackedKind[]).filter((k) => kinds.indexOf(k) >= 0);
}

function startOf(kind: PeriodKind, year: number, index?: number): string {
  if (kind === 'YEAR') return iso(year, 1, 1);
  return iso(year, kind === 'QUARTER' ? ((index || 1) - 1) * 3 + 1 : index || 1, 1);
}

/**
 * The periods to create for a year: months 1–12 and/or quarters 1–4 as the units' rules say (NĐ
 * 335/2025, from 2026), and the year (NĐ 90/2020 Điều 20; the only period up to 2025). Those already
 * there are left out, so planning twice creates nothing the second time.
 */
export function planYear(year: number, options: PlanOptions): PlannedPeriod[] {
  const day = options.submissionDay === undefined ? DEFAULT_SUBMISSION_DAY : options.submissionDay;
  if (!(day >= 1 && day <= 28 && Math.floor(day) === day)) throw new RangeError(`submission day ${day} is not 1–28`);
  const wanted: Array<{ kind: PeriodKind; index?: number }> = [];
  kindsNeeded(year, options.unitKinds, options.ministryKind).forEach((kind) => {
    for (let index = 1; index <= (kind === 'MONTH' ? 12 : 4); index++) wanted.push({ kind, index });
  });
  wanted.push({ kind: 'YEAR' });
  const today = options.today.toISOString();
  return wanted
    .filter((w) => !options.existing.some((p) => p.year === year && p.kind === w.kind && (w.kind === 'YEAR' || p.index === w.index)))
    .map((w) => ({
      kind: w.kind,
      year,
      index: w.index,
      // Begun already: open; to come: planned (LOCKED, no lock time), opened by HR when it begins.
      status: startOf(w.kind, year, w.index) <= today ? 'OPEN' : 'LOCKED',
      deadline: defaultDeadline(w.kind, year, w.index, day, options.yearDeadline || DEFAULT_YEAR_DEADLINE)
    }));
}

/** Planned ahead and never opened: LOCKED without a lock or close time. */
export function isPlanned(period: EvaluationPeriod): boolean {
  return period.status === 'LOCKED' && !period.lockedAt && !period.closedAt;
}

/** What a period's state change writes: its status and its lock and close times ('' clears one, absent leaves it). */
export interface PeriodStateChange {
  status: PeriodStatus;
  lockedAt?: string;
  closedAt?: string;
}

export type PeriodAction = 'OPEN' | 'LOCK' | 'CLOSE' | 'REOPEN';

export type PeriodProblem =
  | 'ALREADY_OPEN'
  | 'NOT_PLANNED'
  | 'NOT_OPEN'
  | 'NOT_LOCKED'
  | 'ALREADY_CLOSED'
  | 'REASON_REQUIRED'
  | 'NOT_REOPENABLE'
  | 'DEADLINE_INVALID'
  | 'DEADLINE_NOT_LATER'
  | 'SCOPE_REQUIRED';

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: PeriodProblem };
const fail = <T>(problem: PeriodProblem): Outcome<T> => ({ ok: false, problem });
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** A reason worth the name: not blank. */
export function hasReason(reason: string | undefined): boolean {
  return !!reason && reason.trim().length > 0;
}

/** "Mở": a planned period begins (no reason: nothing is undone). */
export function openPeriod(period: EvaluationPeriod): Outcome<PeriodStateChange> {
  if (period.status === 'OPEN') return fail('ALREADY_OPEN');
  if (!isPlanned(period)) return fail('NOT_PLANNED');
  return ok({ status: 'OPEN' });
}

/** "Khóa": the civil servant's part ends now (their acts after `now` do not count, periodWorkflow). */
export function lockPeriod(period: EvaluationPeriod, now: Date): Outcome<PeriodStateChange> {
  if (period.status !== 'OPEN') return fail('NOT_OPEN');
  return ok({ status: 'LOCKED', lockedAt: now.toISOString() });
}

/** "Đóng": the manager's part ends now. Only a locked period closes: the civil servant's part ends first. */
export function closePeriod(period: EvaluationPeriod, now: Date): Outcome<PeriodStateChange> {
  if (period.status === 'CLOSED') return fail('ALREADY_CLOSED');
  if (period.status !== 'LOCKED' || isPlanned(period)) return fail('NOT_LOCKED');
  return ok({ status: 'CLOSED', closedAt: now.toISOString() });
}

/**
 * "Mở lại", with a reason: a locked period opens again for everyone; a closed one opens again for the
 * managers (back to LOCKED) or for everyone (OPEN). The lock and close times of what is undone are
 * cleared, so that the workflow counts what is done after the reopening (periodWorkflow counts acts
 * before the cutoffs); a new lock or close records a new time. An act recorded by REST while the
 * period stood locked counts after a reopening too: the reopening is HR's word that the part goes on.
 */
export function reopenPeriod(period: EvaluationPeriod, to: 'OPEN' | 'LOCKED', reason: string | undefined, now: Date): Outcome<PeriodStateChange> {
  if (period.status === 'OPEN') return fail('ALREADY_OPEN');
  if (isPlanned(period)) return fail('NOT_REOPENABLE');
  if (!hasReason(reason)) return fail('REASON_REQUIRED');
  if (period.status === 'LOCKED' && to !== 'OPEN') return fail('NOT_REOPENABLE');
  // Back to locked: the lock stands (a period closed before lock times were recorded gets one, the
  // latest it can have been, so it is not taken for a planned one).
  if (to === 'LOCKED') return ok({ status: 'LOCKED', lockedAt: period.lockedAt || period.closedAt || period.changedAt || now.toISOString(), closedAt: '' });
  return ok({ status: 'OPEN', lockedAt: '', closedAt: '' });
}

/** Whose deadline is set: the whole ministry (the period's), one unit (and the units below it), or one person. */
export type DeadlineScope = { kind: 'MINISTRY' } | { kind: 'UNIT'; unitCode: string } | { kind: 'PERSON'; login: string };

export interface DeadlineChange {
  deadline?: string;
  deadlineOverrides?: DeadlineOverride[];
}

const sameLogin = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * Sets the ministry's deadline, or extends it for a unit or a person, with a reason. An extension is
 * later than the period's deadline (else it extends nothing); a new one for the same unit or person
 * replaces the old. A closed period's deadline no longer matters: reopen it first.
 */
export function setDeadline(period: EvaluationPeriod, scope: DeadlineScope, deadline: string, reason: string | undefined): Outcome<DeadlineChange> {
  if (period.status === 'CLOSED') return fail('ALREADY_CLOSED');
  if (!hasReason(reason)) return fail('REASON_REQUIRED');
  const time = Date.parse(deadline);
  if (!deadline || isNaN(time)) return fail('DEADLINE_INVALID');
  const value = new Date(time).toISOString();
  if (scope.kind === 'MINISTRY') return ok({ deadline: value });
  const key = scope.kind === 'UNIT' ? scope.unitCode : scope.login;
  if (!key || !key.trim()) return fail('SCOPE_REQUIRED');
  if (period.deadline && dayOf(value) <= dayOf(period.deadline)) return fail('DEADLINE_NOT_LATER');
  const others = (period.deadlineOverrides || []).filter((o) => (scope.kind === 'UNIT' ? o.unitCode !== scope.unitCode : !sameLogin(o.login, scope.login)));
  const added: DeadlineOverride = scope.kind === 'UNIT' ? { unitCode: scope.unitCode, deadline: value } : { login: scope.login, deadline: value };
  return ok({ deadlineOverrides: others.concat([added]) });
}

/** Hà Nội's calendar day of an instant (UTC+7): deadlines are days. */
export function dayOf(isoTime: string): string {
  return new Date(Date.parse(isoTime) + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * The deadline that applies to one person: the latest of the period's, their own extension, and the
 * extensions of their unit and of the units above it (a Cục's extension covers its phòng). Overrides
 * only ever extend: an older, earlier extension never shortens a deadline HR has since moved.
 */
export function deadlineFor(period: EvaluationPeriod, login: string, unitCodes: readonly string[]): string | undefined {
  let best = period.deadline;
  (period.deadlineOverrides || []).forEach((o) => {
    const applies = (o.login && sameLogin(o.login, login)) || (o.unitCode && unitCodes.indexOf(o.unitCode) >= 0);
    if (applies && (!best || Date.parse(o.deadline) > Date.parse(best))) best = o.deadline;
  });
  return best;
}

/** The same, for a person of the org (their unit and the units above it). */
export function deadlineInOrg(org: OrgModel, period: EvaluationPeriod, login: string): string | undefined {
  const person = org.people[login];
  return deadlineFor(period, login, person ? unitChain(org, person.unitCode).map((u) => u.code) : []);
}

/** Reads DGCC_Periods.DeadlineOverrides; a malformed value or entry is left out (the period's deadline applies). */
export function readDeadlineOverrides(text: string | undefined): DeadlineOverride[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((o): o is { unitCode?: unknown; login?: unknown; deadline: string } => !!o && typeof o === 'object' && typeof (o as { deadline?: unknown }).deadline === 'string')
    .filter((o) => !isNaN(Date.parse(o.deadline)))
    .map((o): DeadlineOverride | undefined =>
      typeof o.unitCode === 'string' && o.unitCode ? { unitCode: o.unitCode, deadline: o.deadline } : typeof o.login === 'string' && o.login ? { login: o.login, deadline: o.deadline } : undefined
    )
    .filter((o): o is DeadlineOverride => !!o);
}

/** A unit's kind: its own, else the nearest unit above's, else the ministry's setting. */
export function unitPeriodKind(org: OrgModel, unitCode: string, ministryKind: TrackedKind): TrackedKind {
  const own = unitChain(org, unitCode).find((u) => !!u.periodKind);
  return (own && own.periodKind) || ministryKind;
}

/** A person's kind: their unit's. */
export function personPeriodKind(org: OrgModel, login: string, ministryKind: TrackedKind): TrackedKind {
  const person = org.people[login];
  return person ? unitPeriodKind(org, person.unitCode, ministryKind) : ministryKind;
}

/** Does the period concern people of this kind? The year concerns everyone. */
export function periodAppliesTo(period: EvaluationPeriod, kind: TrackedKind): boolean {
  return period.kind === 'YEAR' || period.kind === kind;
}

/**
 * The periods a person sees: those of their kind, each with the deadline that applies to them; one
 * planned ahead that has not begun yet is HR's only.
 */
export function periodsForPerson(periods: readonly EvaluationPeriod[], kind: TrackedKind, login: string, unitCodes: readonly string[], today: Date): EvaluationPeriod[] {
  const now = today.toISOString();
  return periods
    .filter((p) => periodAppliesTo(p, kind) && !(isPlanned(p) && startOf(p.kind, p.year, p.index) > now))
    .map((p) => ({ ...p, deadline: deadlineFor(p, login, unitCodes) }));
}

/** A period's progress for HR: of the people it applies to, how many submitted, were scored, are late. */
export interface PeriodProgress {
  periodId: number;
  people: number;
  submitted: number;
  scored: number;
  late: number;
}

/**
 * Counts over the tracked people the period applies to. Late as the reminders say (lateness.ts): not
 * submitted once the day of the deadline that applies to them has come (an extended one: not late).
 */
export function periodProgress(
  period: EvaluationPeriod,
  people: ReadonlyArray<{ login: string; unitCodes: readonly string[]; kind: TrackedKind }>,
  submitted: (login: string) => boolean,
  scored: (login: string) => boolean,
  today: Date
): PeriodProgress {
  const concerned = people.filter((p) => periodAppliesTo(period, p.kind));
  let s = 0;
  let r = 0;
  let late = 0;
  concerned.forEach((p) => {
    const done = submitted(p.login);
    if (done) s++;
    if (scored(p.login)) r++;
    const due = deadlineFor(period, p.login, p.unitCodes);
    if (!done && deadlineReached(due, today)) late++;
  });
  return { periodId: period.id, people: concerned.length, submitted: s, scored: r, late };
}
