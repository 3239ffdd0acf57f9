import type { EvaluationPeriod } from '../evaluation/model';
import type { IgnoredAct, RecordedAct } from '../org/acts';
import { screenActs } from '../org/acts';
import { normalizeLogin, type OrgModel } from '../org/orgModel';
import { periodActsThatCount, type PeriodReviewFacts, type PeriodSubmissionFacts } from '../workflow/periodWorkflow';
import { yearActsThatCount, type YearActFacts } from '../workflow/yearWorkflow';

/** A list's acts of one year, as read (with the server-set Author, Editor, Created and folder). */
export interface YearActs {
  submissions: ReadonlyArray<RecordedAct<PeriodSubmissionFacts>>;
  reviews: ReadonlyArray<RecordedAct<PeriodReviewFacts>>;
  /** Self-evaluations, minutes, decisions, complaints and their answers. */
  yearActs: ReadonlyArray<RecordedAct<YearActFacts>>;
}

/** One act that changes nothing, and why: what HR's audit lists. */
export interface AuditedAct {
  act: RecordedAct<unknown>;
  /** Why it does not count: no right to the step, out of turn, too late, a repeat. */
  reason: string;
  /** Which check set it aside. */
  check: 'AUTHORITY' | 'PERIOD_WORKFLOW' | 'YEAR_WORKFLOW';
}

/**
 * Every act of a year that does not count, with why, as the screens decide it: first the author's right
 * at the act's date (domain/org/acts), then the period's workflow per person and period (a report after
 * the lock, a review after the close or answering nothing), then the year's (a self-evaluation after the
 * minutes, a decision after publication). The same rules as the screens: the audit explains what they
 * already ignore, it judges nothing on its own.
 */
export function actsThatDoNotCount(org: OrgModel, periods: readonly EvaluationPeriod[], acts: YearActs): AuditedAct[] {
  const audited: AuditedAct[] = [];
  const byAuthority = (ignored: ReadonlyArray<IgnoredAct<unknown>>): void =>
    ignored.forEach((i) => audited.push({ act: i.act, reason: i.reason, check: 'AUTHORITY' }));

  const periodScreen = screenActs<PeriodSubmissionFacts | PeriodReviewFacts>(org, [...acts.submissions, ...acts.reviews]);
  byAuthority(periodScreen.ignored);
  const perPerson: { [login: string]: Array<RecordedAct<PeriodSubmissionFacts> | RecordedAct<PeriodReviewFacts>> } = {};
  periodScreen.effective.forEach((act) => {
    const login = normalizeLogin(act.subjectLogin);
    (perPerson[login] = perPerson[login] || []).push(act as RecordedAct<PeriodSubmissionFacts> | RecordedAct<PeriodReviewFacts>);
  });
  Object.keys(perPerson).forEach((login) =>
    periods
      .filter((p) => p.kind !== 'YEAR')
      .forEach((period) =>
        periodActsThatCount(period, perPerson[login]).ignored.forEach((i) => audited.push({ act: i.act, reason: i.reason, check: 'PERIOD_WORKFLOW' }))
      )
  );

  const yearScreen = screenActs<YearActFacts>(org, acts.yearActs);
  byAuthority(yearScreen.ignored);
  const unitOf = (login: string): string | undefined => (org.people[normalizeLogin(login)] ? org.people[normalizeLogin(login)].unitCode : undefined);
  yearActsThatCount(yearScreen.effective, unitOf).ignored.forEach((i) => audited.push({ act: i.act, reason: i.reason, check: 'YEAR_WORKFLOW' }));

  return audited.sort((a, b) => (a.act.createdAt === b.act.createdAt ? b.act.id - a.act.id : a.act.createdAt < b.act.createdAt ? 1 : -1));
}

/** A configuration item changed outside the administration's screens, as HR's audit shows it. */
export interface OutsideChange {
  list: string;
  itemId: number;
  /** The item's title (a setting's name, a product's name); for a period, `period` says which. */
  title: string;
  period?: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>;
  changedAt: string;
  changedBy: string;
  /** PERIOD_NOT_JOURNALLED: a period changed with no journal entry; ROW_EDITED: a row of a dated history edited. */
  why: 'PERIOD_NOT_JOURNALLED' | 'ROW_EDITED';
}

/** What the audit knows of a period item: its last change, and the journal's last entry about it. */
export interface PeriodChangeFacts {
  periodId: number;
  period: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>;
  modified: string;
  editorLogin: string;
  /** The newest journal entry about this period, if any. */
  lastJournalAt?: string;
}

/**
 * A period changed where the administration did not record it: its item was modified more than
 * `toleranceMs` after both its creation and the journal's last entry about it (the administration records
 * the entry right after the change, so the entry is the later of the two). Someone edited the list
 * directly. Both times are the server's.
 */
export function periodsChangedOutsideTheJournal(periods: readonly PeriodChangeFacts[], created: { [periodId: number]: string }, toleranceMs: number = 5000): PeriodChangeFacts[] {
  return periods.filter((p) => {
    const modified = Date.parse(p.modified);
    if (isNaN(modified)) return false;
    const known = [created[p.periodId], p.lastJournalAt].map((t) => Date.parse(t || '')).filter((t) => !isNaN(t));
    return known.length > 0 && modified - Math.max(...known) > toleranceMs;
  });
}
