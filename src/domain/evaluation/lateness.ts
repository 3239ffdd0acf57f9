import { deadlineInOrg, periodAppliesTo, personPeriodKind, type TrackedKind } from '../admin/periods';
import { RecordedAct, screenActs } from '../org/acts';
import type { OrgModel, OrgPerson } from '../org/orgModel';
import { ND335_DEFAULT_PERIOD_KIND } from '../rating/nd335Defaults';
import { trackedStaff } from '../org/trackedStaff';
import type { EvaluationPeriod } from './model';

/** Hà Nội time (UTC+7, no daylight saving): a deadline is a Vietnamese calendar day. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function vietnameseDay(time: number): string {
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Has the deadline's day come (in Hà Nội)? On the deadline day itself HR may already remind: the
 * reminder still arrives in time to submit.
 */
export function deadlineReached(deadline: string | undefined, today: Date): boolean {
  if (!deadline) return false;
  const due = Date.parse(deadline);
  if (isNaN(due)) return false;
  return vietnameseDay(today.getTime()) >= vietnameseDay(due);
}

/**
 * A civil servant's own act that may settle their part of a period: a month's or quarter's submission
 * (DGCC_PeriodScores, Step SUBMITTED), or the year's self-evaluation (DGCC_SelfEvaluations, submitted).
 */
export interface OwnPartAct {
  /** The month or quarter it is for; absent for the year's self-evaluation. */
  periodId?: number;
  submitted: boolean;
}

/**
 * Who is late for a period's deadline: every tracked civil servant (trackedStaff) who has no submitted
 * act of their own for it once the deadline's day has come. For a month or quarter that is the
 * submission of its results (NĐ 335/2025: tracked monthly or quarterly); for the year, the
 * self-evaluation (NĐ 90/2020 Điều 18, step 1: tự đánh giá). Only acts the person recorded themself
 * count (screenActs): a submission someone else wrote for them settles nothing.
 * A period without a deadline makes nobody late. A month concerns only the people of monthly units, a
 * quarter those of quarterly units (their unit's kind, else the ministry's: `ministryKind`), and each
 * person's deadline is the one that applies to them (an extension for them or their unit: not late).
 * Sorted by unit, then name.
 */
export function latePeople(
  org: OrgModel,
  period: EvaluationPeriod,
  acts: ReadonlyArray<RecordedAct<OwnPartAct>>,
  today: Date,
  ministryKind: TrackedKind = ND335_DEFAULT_PERIOD_KIND
): OrgPerson[] {
  const settled: { [login: string]: boolean } = {};
  screenActs(org, acts).effective.forEach((act) => {
    const forThisPeriod = period.kind === 'YEAR' ? act.payload.periodId === undefined : act.payload.periodId === period.id;
    if (act.step === 'SELF_ASSESSMENT' && act.payload.submitted && forThisPeriod) settled[act.subjectLogin] = true;
  });
  return trackedStaff(org)
    .filter((login) => !settled[login] && periodAppliesTo(period, personPeriodKind(org, login, ministryKind)))
    .filter((login) => deadlineReached(deadlineInOrg(org, period, login), today))
    .map((login) => org.people[login])
    .sort((a, b) => (a.unitCode === b.unitCode ? a.displayName.localeCompare(b.displayName, 'vi') : a.unitCode < b.unitCode ? -1 : 1));
}
