import { RecordedAct, screenActs } from '../org/acts';
import { normalizeLogin, OrgModel, unitChain } from '../org/orgModel';
import { trackedStaff } from '../org/trackedStaff';
import type { OwnPartAct } from './lateness';
import type { EvaluationPeriod } from './model';

/** Whom HR reminds: everyone the period applies to, one unit (with or without its sub-units), or chosen people. */
export type ReminderAudience =
  | { kind: 'ALL' }
  | { kind: 'UNIT'; unitCode: string; withSubUnits: boolean }
  | { kind: 'PEOPLE'; logins: readonly string[] };

/**
 * When: before the deadline (those whose deadline is at most `days` days away, its day included), or
 * after it (those whose deadline's day has come: late, as latePeople says).
 */
export type ReminderTiming = { kind: 'BEFORE'; days: number } | { kind: 'AFTER' };

export interface ReminderChoice {
  audience: ReminderAudience;
  timing: ReminderTiming;
  /** "Gửi kèm bản sao cho người quản lý trực tiếp": each manager gets one notice listing their people. */
  copyToManagers: boolean;
}

/** Days before a deadline a "before" reminder reaches by default, until HR's setting says otherwise. */
export const DEFAULT_REMINDER_DAYS = 3;
/** A "before" reminder more than this far ahead is not a reminder: the screen refuses it. */
export const MAX_REMINDER_DAYS = 60;

export interface ReminderFacts {
  org: OrgModel;
  period: EvaluationPeriod;
  /** The submitted acts that settle people's part of the period (see latePeople). */
  acts: ReadonlyArray<RecordedAct<OwnPartAct>>;
  today: Date;
  /** Whom the period applies to (a unit's months or quarters); every tracked civil servant when absent. */
  appliesTo?: (login: string) => boolean;
  /** The deadline that applies to a person (an extension for their unit or them); the period's when absent. */
  deadlineOf?: (login: string) => string | undefined;
}

export interface ReminderTarget {
  login: string;
  /** The deadline that applies to them (ISO). */
  deadline: string;
  /** Calendar days (Hà Nội) from today to it: 0 on the day, negative once past. */
  daysLeft: number;
}

export interface ManagerCopy {
  managerLogin: string;
  /** The people reminded whom this manager manages directly, in the recipients' order. */
  about: string[];
}

/** Why a chosen person gets no reminder. */
export type ReminderSkip = 'NOT_IN_PERIOD' | 'SUBMITTED' | 'NOT_DUE' | 'ALREADY_LATE';

export interface ReminderPlan {
  recipients: ReminderTarget[];
  managerCopies: ManagerCopy[];
  /** Chosen people (audience PEOPLE) left out, and why: the screen says so before HR sends. */
  skipped: Array<{ login: string; reason: ReminderSkip }>;
}

/** Hà Nội time (UTC+7, no daylight saving): deadlines are Vietnamese calendar days. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function vietnameseDayNumber(time: number): number {
  return Math.floor((time + VIETNAM_OFFSET_MS) / DAY_MS);
}

/** Calendar days in Hà Nội from `today` to the deadline's day (0 on the day itself); undefined without a readable deadline. */
export function daysUntil(deadline: string | undefined, today: Date): number | undefined {
  const due = deadline ? Date.parse(deadline) : NaN;
  if (isNaN(due)) return undefined;
  return vietnameseDayNumber(due) - vietnameseDayNumber(today.getTime());
}

/**
 * The people a period applies to: tracked civil servants (trackedStaff: the Bộ's own leaders are not
 * evaluated here) the period is for. Sorted by unit, then name, as the ministry lists its staff.
 */
export function periodAudience(facts: Pick<ReminderFacts, 'org' | 'appliesTo'>): string[] {
  const { org, appliesTo } = facts;
  return trackedStaff(org)
    .filter((login) => !appliesTo || appliesTo(login))
    .sort((a, b) => {
      const pa = org.people[a];
      const pb = org.people[b];
      return pa.unitCode === pb.unitCode ? pa.displayName.localeCompare(pb.displayName, 'vi') : pa.unitCode < pb.unitCode ? -1 : 1;
    });
}

/** Logins with their own submitted act for the period (only acts the person recorded themself count). */
export function submittedLogins(facts: Pick<ReminderFacts, 'org' | 'period' | 'acts'>): { [login: string]: boolean } {
  const settled: { [login: string]: boolean } = {};
  screenActs(facts.org, facts.acts).effective.forEach((act) => {
    const forThisPeriod = facts.period.kind === 'YEAR' ? act.payload.periodId === undefined : act.payload.periodId === facts.period.id;
    if (act.step === 'SELF_ASSESSMENT' && act.payload.submitted && forThisPeriod) settled[act.subjectLogin] = true;
  });
  return settled;
}

function inAudience(org: OrgModel, login: string, audience: ReminderAudience): boolean {
  if (audience.kind === 'ALL') return true;
  if (audience.kind === 'PEOPLE') return audience.logins.some((l) => normalizeLogin(l) === login);
  const person = org.people[login];
  if (!person) return false;
  if (!audience.withSubUnits) return person.unitCode === audience.unitCode;
  return unitChain(org, person.unitCode).some((unit) => unit.code === audience.unitCode);
}

/**
 * Who receives a reminder for the period, and which direct managers get a copy. A reminder goes to
 * someone the period applies to who has not submitted their own part (NĐ 335/2025: results of the
 * month or quarter; NĐ 90/2020 Điều 18 khoản 1: the year's self-evaluation), chosen by the audience,
 * whose own deadline (an extension included) fits the timing. A manager's copy lists their people
 * reminded, once, however many they are; a manager who is not in the organisation gets none.
 */
export function planReminders(facts: ReminderFacts, choice: ReminderChoice): ReminderPlan {
  const { org, period, today } = facts;
  const applies = periodAudience(facts);
  const settled = submittedLogins(facts);
  const recipients: ReminderTarget[] = [];
  const skipped: ReminderPlan['skipped'] = [];
  const skip = (login: string, reason: ReminderSkip): void => {
    if (choice.audience.kind === 'PEOPLE') skipped.push({ login, reason });
  };
  applies
    .filter((login) => inAudience(org, login, choice.audience))
    .forEach((login) => {
      if (settled[login]) return skip(login, 'SUBMITTED');
      const deadline = (facts.deadlineOf ? facts.deadlineOf(login) : undefined) || period.deadline;
      const daysLeft = daysUntil(deadline, today);
      if (deadline === undefined || daysLeft === undefined) return skip(login, 'NOT_DUE');
      if (choice.timing.kind === 'AFTER' && daysLeft > 0) return skip(login, 'NOT_DUE');
      if (choice.timing.kind === 'BEFORE' && daysLeft < 0) return skip(login, 'ALREADY_LATE');
      if (choice.timing.kind === 'BEFORE' && daysLeft > choice.timing.days) return skip(login, 'NOT_DUE');
      recipients.push({ login, deadline, daysLeft });
    });
  if (choice.audience.kind === 'PEOPLE') {
    choice.audience.logins
      .map(normalizeLogin)
      .filter((login, i, all) => all.indexOf(login) === i && applies.indexOf(login) < 0)
      .forEach((login) => skipped.push({ login, reason: 'NOT_IN_PERIOD' }));
  }
  const managerCopies: ManagerCopy[] = [];
  if (choice.copyToManagers) {
    recipients.forEach((target) => {
      const manager = org.people[target.login].managerLogin;
      if (!manager || !org.people[manager]) return;
      const copy = managerCopies.find((c) => c.managerLogin === manager);
      if (copy) copy.about.push(target.login);
      else managerCopies.push({ managerLogin: manager, about: [target.login] });
    });
  }
  return { recipients, managerCopies, skipped };
}
