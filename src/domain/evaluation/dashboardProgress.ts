import { deadlineInOrg, periodAppliesTo, personPeriodKind, type TrackedKind } from '../admin/periods';
import { screenActs, type RecordedAct } from '../org/acts';
import { competentEvaluatorOf, mayKeepMinutes, mayRead } from '../org/authority';
import { normalizeLogin, unitChain, type OrgModel, type OrgUnit } from '../org/orgModel';
import { isTrackedCivilServant } from '../org/trackedStaff';
import type { RatingOutcome } from '../rating/ratingCodes';
import { periodActsThatCount, type PeriodReviewFacts, type PeriodSubmissionFacts } from '../workflow/periodWorkflow';
import { yearActsThatCount, type YearActFacts } from '../workflow/yearWorkflow';
import { deadlineReached } from './lateness';
import type { EvaluationPeriod, PersonPeriodStatus, PersonProgress, UnitDashboardRow } from './model';

/**
 * The dashboard's figures (issue 13): per unit, where its people stand in ONE period (month or quarter)
 * and in each step of the year (self-evaluation, minutes, decision, publication). Every act is screened
 * by its author's right as it stood on the act's date (domain/org/acts), then by the workflow
 * (a submission after the lock, a review after the close, a decision after publication count for
 * nothing); what does not count is counted apart, to be looked into.
 */

/** A review as the dashboard reads it: the workflow's facts and the approved score. */
export interface DashboardReviewFacts extends PeriodReviewFacts {
  score?: number;
}

/** The year's acts: a self-evaluation (submitted), the unit's minutes (approved, who they name), a decision. */
export interface DashboardYearFacts extends YearActFacts {
  /** Minutes: the people the meeting discussed (MeetingMinutesPayload.people). */
  named?: readonly string[];
  /** Decision: the rating decided. */
  rating?: RatingOutcome;
}

/** What was read for one unit: acts filed under its UnitCode. */
export interface UnitActs {
  unitCode: string;
  /** The chosen period's submissions (DGCC_PeriodScores, Step SUBMITTED). */
  submissions: ReadonlyArray<RecordedAct<PeriodSubmissionFacts>>;
  /** The chosen period's reviews (DGCC_Reviews). */
  reviews: ReadonlyArray<RecordedAct<DashboardReviewFacts>>;
  /** The year's self-evaluations (DGCC_SelfEvaluations, step SELF_ASSESSMENT). */
  selfEvaluations: ReadonlyArray<RecordedAct<DashboardYearFacts>>;
  /** The year's minutes (DGCC_Meetings, step MEETING_MINUTES, unitCode set, no subject). */
  minutes: ReadonlyArray<RecordedAct<DashboardYearFacts>>;
  /** The year's decisions and publications (DGCC_Decisions). */
  decisions: ReadonlyArray<RecordedAct<DashboardYearFacts>>;
}

export interface DashboardInput {
  org: OrgModel;
  readerLogin: string;
  /** The period shown; absent for a year without months or quarters (NĐ 90/2020 years). */
  period?: EvaluationPeriod;
  /** The ministry's NĐ 335 kind for the year (a unit without its own kind follows it). */
  ministryKind: TrackedKind;
  today: Date;
  /** The units shown (dashboardUnits), with their acts, in the order they are shown. */
  units: readonly UnitActs[];
}

/** "Cục Báo chí › Phòng Báo in": the unit and the units above it below the ministry. */
export function unitPathName(org: OrgModel, unit: OrgUnit): string {
  return (
    unitChain(org, unit.code)
      .filter((u) => u.level !== 'MINISTRY')
      .reverse()
      .map((u) => u.name)
      .join(' › ') || unit.name
  );
}

/** The people placed directly in each unit. */
export function staffByUnit(org: OrgModel): { [unitCode: string]: string[] } {
  const staff: { [unitCode: string]: string[] } = {};
  Object.keys(org.people).forEach((login) => {
    const code = org.people[login].unitCode;
    (staff[code] = staff[code] || []).push(login);
  });
  return staff;
}

/**
 * The units the reader sees on the dashboard, in the order shown: those with people of whom the reader
 * may read at least one (HR, the unit's leaders and managers, its own people: NĐ 90/2020 Điều 18, 21).
 */
export function dashboardUnits(org: OrgModel, readerLogin: string): OrgUnit[] {
  const reader = normalizeLogin(readerLogin);
  const staff = staffByUnit(org);
  return Object.keys(org.units)
    .map((code) => org.units[code])
    .filter((unit) => (staff[unit.code] || []).some((login) => mayRead(org, reader, login)))
    .map((unit) => ({ unit, path: unitPathName(org, unit) }))
    .sort((a, b) => a.path.localeCompare(b.path, 'vi'))
    .map((x) => x.unit);
}

/**
 * Does the reader read `subject`'s evaluation as an official (HR, a leader, minutes keeper or evaluator of
 * a unit above, a manager up the chain), not merely as a colleague of the same unit? A plain member sees
 * the unit's figures and its published results, never each colleague's progress.
 */
function readsAsOfficial(org: OrgModel, reader: string, subject: string): boolean {
  if (reader === subject) return true;
  if (org.hrLogins.map(normalizeLogin).indexOf(reader) >= 0) return true;
  const person = org.people[subject];
  if (!person) return false;
  const leads = (u: OrgUnit): boolean => u.headLogin === reader || u.deputyLogins.indexOf(reader) >= 0 || u.secretaryLogin === reader || u.evaluatorLogin === reader;
  if (unitChain(org, person.unitCode).some(leads)) return true;
  const seen: { [login: string]: true } = {};
  for (let m = person.managerLogin; m && !seen[m]; m = org.people[m] ? org.people[m].managerLogin : undefined) {
    if (m === reader) return true;
    seen[m] = true;
  }
  return false;
}

/** May the reader see each person of these (the drill-down)? Every one readable, and not only as a colleague. */
export function mayReadPeople(org: OrgModel, readerLogin: string, staff: readonly string[]): boolean {
  const reader = normalizeLogin(readerLogin);
  return staff.length > 0 && staff.every((login) => mayRead(org, reader, login) && readsAsOfficial(org, reader, login));
}

/**
 * The period shown when the reader has not chosen one: the year's latest month or quarter whose deadline
 * has come (the ministry's kind first when a month and a quarter fall due the same day), else its first.
 */
export function defaultPeriod(periods: readonly EvaluationPeriod[], today: Date, ministryKind: TrackedKind): EvaluationPeriod | undefined {
  const candidates = periods.filter((p) => p.kind !== 'YEAR');
  const due = (p: EvaluationPeriod): number => (p.deadline ? Date.parse(p.deadline) : NaN);
  const ordered = candidates.slice().sort((a, b) => {
    const da = due(a);
    const db = due(b);
    if (da !== db && !isNaN(da) && !isNaN(db)) return da - db;
    if (a.kind !== b.kind) return a.kind === ministryKind ? 1 : -1;
    return (a.index || 0) - (b.index || 0);
  });
  const reached = ordered.filter((p) => deadlineReached(p.deadline, today));
  return reached.length > 0 ? reached[reached.length - 1] : ordered[0];
}

interface PersonPeriod {
  status: PersonPeriodStatus;
  score?: number;
}

/** Where each person stands in the period, from the acts that count, oldest first. */
function periodStatuses(period: EvaluationPeriod, acts: ReadonlyArray<RecordedAct<PeriodSubmissionFacts> | RecordedAct<DashboardReviewFacts>>): {
  byPerson: { [login: string]: PersonPeriod };
  ignored: number;
} {
  const bySubject: { [login: string]: Array<RecordedAct<PeriodSubmissionFacts> | RecordedAct<DashboardReviewFacts>> } = {};
  acts.forEach((act) => (bySubject[act.subjectLogin] = (bySubject[act.subjectLogin] || []).concat([act])));
  const byPerson: { [login: string]: PersonPeriod } = {};
  let ignored = 0;
  Object.keys(bySubject).forEach((login) => {
    const counted = periodActsThatCount(period, bySubject[login]);
    ignored += counted.ignored.length;
    let state: PersonPeriod = { status: 'NOT_SUBMITTED' };
    counted.counted.forEach((act) => {
      if (act.step === 'SELF_ASSESSMENT') state = { status: 'SUBMITTED' };
      else {
        const review = act.payload as DashboardReviewFacts;
        state = review.outcome === 'APPROVED' ? { status: 'APPROVED', score: typeof review.score === 'number' ? review.score : undefined } : { status: 'RETURNED' };
      }
    });
    byPerson[login] = state;
  });
  return { byPerson, ignored };
}

/** One unit's row. `staff` are the people placed directly in it. */
function unitRow(input: DashboardInput, unit: OrgUnit, staff: readonly string[], acts: UnitActs, shown: { [code: string]: true }): UnitDashboardRow {
  const { org, period, today, ministryKind } = input;
  const reader = normalizeLogin(input.readerLogin);
  const about = <T>(act: RecordedAct<T>): RecordedAct<T> => ({ ...act, subjectLogin: normalizeLogin(act.subjectLogin) });
  const inUnit = (act: RecordedAct<unknown>): boolean => staff.indexOf(normalizeLogin(act.subjectLogin)) >= 0;
  // Filed under this unit about someone of another unit: misfiled, it counts for nothing (as the unit's sheet).
  const personal = [...acts.submissions, ...acts.reviews, ...acts.selfEvaluations, ...acts.decisions] as Array<RecordedAct<unknown>>;
  const misfiled = personal.filter((a) => !inUnit(a)).length + acts.minutes.filter((m) => m.unitCode !== unit.code).length;

  // The period: the author's right first, then the month's or quarter's workflow.
  const periodScreened = screenActs<PeriodSubmissionFacts | DashboardReviewFacts>(org, [
    ...acts.submissions.filter(inUnit).map(about),
    ...acts.reviews.filter(inUnit).map(about)
  ] as Array<RecordedAct<PeriodSubmissionFacts | DashboardReviewFacts>>);
  const statuses = period
    ? periodStatuses(period, periodScreened.effective as Array<RecordedAct<PeriodSubmissionFacts> | RecordedAct<DashboardReviewFacts>>)
    : { byPerson: {}, ignored: 0 };

  // The year: the author's right first, then the year's workflow (the self-evaluation before the meeting,
  // the minutes, the decision and its corrections before publication). The dashboard's readers do not
  // read complaints: a published re-decision naming the standing one is taken as answering one.
  const yearScreened = screenActs<DashboardYearFacts>(org, [
    ...acts.selfEvaluations.filter(inUnit).map(about),
    ...acts.minutes.filter((m) => m.unitCode === unit.code).map((m) => ({ ...m, subjectLogin: '' })),
    ...acts.decisions.filter(inUnit).map(about)
  ]);
  const unitOf = (login: string): string | undefined => (org.people[login] ? org.people[login].unitCode : undefined);
  const yearCounted = yearActsThatCount(yearScreened.effective, unitOf, { complaintsKnown: false });
  const selfEvaluated: { [login: string]: true } = {};
  const decision: { [login: string]: { rating?: RatingOutcome; published: boolean } } = {};
  let minutes: RecordedAct<DashboardYearFacts> | undefined;
  yearCounted.counted.forEach((act) => {
    if (act.step === 'SELF_ASSESSMENT' && act.payload.submitted) selfEvaluated[act.subjectLogin] = true;
    else if (act.step === 'MEETING_MINUTES') minutes = act;
    // Oldest first: a later decision that counts (a correction, a re-decision) replaces the earlier one.
    else if (act.step === 'DECISION') decision[act.subjectLogin] = { rating: act.payload.rating, published: act.payload.published === true };
  });
  const named: { [login: string]: true } = {};
  if (minutes) (minutes.payload.named || []).forEach((login) => (named[normalizeLogin(login)] = true));

  const people: PersonProgress[] = staff
    .map((login) => {
      const person = org.people[login];
      const applies = !!period && isTrackedCivilServant(org, login) && periodAppliesTo(period, personPeriodKind(org, login, ministryKind));
      const state = statuses.byPerson[login] || { status: 'NOT_SUBMITTED' as PersonPeriodStatus };
      const standing = decision[login];
      return {
        login,
        displayName: person.displayName,
        position: person.jobTitle,
        period:
          applies && period
            ? {
                status: state.status,
                score: state.score,
                late: state.status === 'NOT_SUBMITTED' && deadlineReached(deadlineInOrg(org, period, login), today)
              }
            : undefined,
        year: {
          selfEvaluated: !!selfEvaluated[login],
          inMinutes: !!minutes && !!named[login],
          rating: standing && standing.rating ? standing.rating : undefined,
          published: !!standing && standing.published
        }
      };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi') || (a.login < b.login ? -1 : 1));

  const concerned = people.filter((p) => !!p.period);
  const count = (test: (p: PersonProgress) => boolean): number => people.filter(test).length;
  const ratings: Partial<Record<RatingOutcome, number>> = {};
  people.forEach((p) => {
    if (p.year.rating) ratings[p.year.rating] = (ratings[p.year.rating] || 0) + 1;
  });
  // Made known within the unit once published (NĐ 90/2020 Điều 21): the decision standing, if published.
  const published = people
    .filter((p) => p.year.published && !!p.year.rating)
    .map((p) => ({ login: p.login, displayName: p.displayName, rating: p.year.rating as RatingOutcome }));
  const parent = unit.parentCode && shown[unit.parentCode] ? unit.parentCode : undefined;
  return {
    unitCode: unit.code,
    unitName: unitPathName(org, unit),
    shortName: unit.name,
    parentCode: parent,
    staffCount: staff.length,
    period: period
      ? {
          applies: concerned.length,
          submitted: concerned.filter((p) => p.period && (p.period.status === 'SUBMITTED' || p.period.status === 'APPROVED')).length,
          returned: concerned.filter((p) => p.period && p.period.status === 'RETURNED').length,
          approved: concerned.filter((p) => p.period && p.period.status === 'APPROVED').length,
          late: concerned.filter((p) => p.period && p.period.late).length,
          scores: concerned
            .filter((p) => p.period && p.period.status === 'APPROVED' && typeof p.period.score === 'number')
            .map((p) => (p.period as { score: number }).score)
        }
      : undefined,
    year: {
      selfEvaluated: count((p) => p.year.selfEvaluated),
      inMinutes: count((p) => p.year.inMinutes),
      minutesApproved: !!minutes,
      decided: count((p) => !!p.year.rating),
      published: count((p) => p.year.published)
    },
    ratings,
    ignoredActs: misfiled + periodScreened.ignored.length + statuses.ignored + yearScreened.ignored.length + yearCounted.ignored.length,
    readerIsMember: staff.indexOf(reader) >= 0,
    // The unit's year screen is for those who act in it: its minutes keepers and its people's evaluator.
    readerActsOnYear: mayKeepMinutes(org, reader, unit.code).allowed || staff.some((login) => competentEvaluatorOf(org, login) === reader),
    readerIsHr: org.hrLogins.map(normalizeLogin).indexOf(reader) >= 0,
    people: mayReadPeople(org, reader, staff) ? people : undefined,
    published
  };
}

/** The dashboard's rows: one per unit given, its period's and its year's figures, people for those entitled. */
export function dashboardRows(input: DashboardInput): UnitDashboardRow[] {
  const staff = staffByUnit(input.org);
  const shown: { [code: string]: true } = {};
  input.units.forEach((u) => (shown[u.unitCode] = true));
  return input.units
    .filter((u) => !!input.org.units[u.unitCode])
    .map((acts) => unitRow(input, input.org.units[acts.unitCode], (staff[acts.unitCode] || []).slice().sort(), acts, shown));
}
