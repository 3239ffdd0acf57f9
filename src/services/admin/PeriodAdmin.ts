import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { JournalEntry } from '../../domain/admin/journal';
import {
  closePeriod,
  isPlanned,
  lockPeriod,
  openPeriod,
  periodProgress,
  personPeriodKind,
  planYear,
  reopenPeriod,
  setDeadline,
  type DeadlineScope,
  type Outcome,
  type PeriodProgress,
  type PeriodStateChange,
  type PlannedPeriod
} from '../../domain/admin/periods';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import { screenActs, type RecordedAct } from '../../domain/org/acts';
import { normalizeLogin, unitChain, type OrgModel } from '../../domain/org/orgModel';
import { trackedStaff } from '../../domain/org/trackedStaff';
import { periodActsThatCount } from '../../domain/workflow/periodWorkflow';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { readUnitRows, unitsInForce, type UnitRow } from '../graph/OrgDirectoryService';
import { ministryPeriodKind, periodKindSettingRows, type SettingRow } from '../sharepoint/periodKindSetting';
import { readTogether } from '../sharepoint/repository';
import { LISTS } from '../sharepoint/schema';
import {
  actRowsInBatch,
  byKindAndIndex,
  PERIOD_ACT_FIELDS,
  PERIOD_FIELDS,
  parseJson,
  reviewOf,
  submissionOf,
  toAct,
  toPeriod,
  unitPath,
  type ActRow,
  type PeriodRow
} from '../sharepoint/SharePointEvaluationService';
import type { AdminJournal } from './AdminJournal';
import { PeriodChangeRefused, type IPeriodAdmin, type PeriodsAdminView } from './contracts';

/** A period's acts, one page: a 2,000-person ministry's month is well below it (more is read page by page). */
const PAGE = 5000;

const WORDS = { MONTH: 'Tháng', QUARTER: 'Quý', YEAR: 'Năm' } as const;
const titleOf = (p: { kind: EvaluationPeriod['kind']; year: number; index?: number }): string => (p.kind === 'YEAR' ? `Năm ${p.year}` : `${WORDS[p.kind]} ${p.index}/${p.year}`);

/** What the journal keeps of a period: its state and deadlines, small enough to show side by side. */
function snapshot(p: EvaluationPeriod): Record<string, unknown> {
  return {
    title: titleOf(p),
    status: p.status,
    deadline: p.deadline,
    lockedAt: p.lockedAt,
    closedAt: p.closedAt,
    deadlineOverrides: p.deadlineOverrides && p.deadlineOverrides.length ? p.deadlineOverrides : undefined
  };
}

function refuseUnlessOk<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new PeriodChangeRefused(outcome.problem);
  return outcome.value;
}

/**
 * HR's periods (Vụ Tổ chức cán bộ): a year's plan, states, deadlines, progress. HR holds Contribute on
 * DGCC_Periods (provisioning), staff only Read: SharePoint refuses a change by anyone else. Each
 * change reads the item first (the rules judge what is there now, not what a screen showed) and is
 * journalled with what it was and what it became.
 */
export class PeriodAdmin implements IPeriodAdmin {
  public constructor(
    private readonly sp: SPFI,
    private readonly orgDirectory: OrgDirectoryService,
    private readonly journal: Pick<AdminJournal, 'record' | 'read'>,
    private readonly today: () => Date
  ) {}

  public async getPeriods(year: number): Promise<PeriodsAdminView> {
    const { org } = await this.orgDirectory.getOrg();
    const [rows, settingRows] = await readTogether<[PeriodRow[], SettingRow[]]>(this.sp, (b) => [this.periodsQuery(b, year), periodKindSettingRows(b)]);
    const periods = rows.map(toPeriod).sort(byKindAndIndex);
    const ministryKind = ministryPeriodKind(settingRows, year);
    const progress = await this.progress(org, year, periods.filter((p) => !isPlanned(p)), ministryKind);
    const units = Object.keys(org.units)
      .map((code) => ({ code, name: unitPath(org, org.units[code]) || org.units[code].name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    const people = trackedStaff(org)
      .map((login) => org.people[login])
      .map((p) => ({ login: p.login, displayName: p.displayName, jobTitle: p.jobTitle, unitCode: p.unitCode }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
    return { year, rows: periods.map((period) => ({ period, planned: isPlanned(period), progress: progress[period.id] })), units, people, ministryKind };
  }

  public async planYear(year: number, submissionDay?: number): Promise<PlannedPeriod[]> {
    const [rows, unitRows, settingRows] = await readTogether<[PeriodRow[], UnitRow[], SettingRow[]]>(this.sp, (b) => [
      this.periodsQuery(b, year),
      readUnitRows(b),
      periodKindSettingRows(b)
    ]);
    // The units in force when the year begins (or today, for the year under way): their kinds decide.
    const start = new Date(Math.max(Date.UTC(year, 0, 1), this.today().getTime()));
    const { units } = unitsInForce(unitRows, start);
    return planYear(year, {
      unitKinds: units.map((u) => u.periodKind),
      ministryKind: ministryPeriodKind(settingRows, year),
      existing: rows.map(toPeriod),
      today: this.today(),
      submissionDay
    });
  }

  public async createYear(year: number, submissionDay?: number): Promise<PlannedPeriod[]> {
    const plan = await this.planYear(year, submissionDay);
    if (plan.length === 0) return [];
    const [batched, execute] = this.sp.batched();
    const adds = plan.map((p) =>
      batched.web.lists.getByTitle(LISTS.periods.title).items.add({
        Title: titleOf(p),
        EvalYear: p.year,
        PeriodKind: p.kind,
        ...(p.index === undefined ? {} : { PeriodIndex: p.index }),
        PeriodStatus: p.status,
        Deadline: p.deadline
      })
    );
    await execute();
    await Promise.all(adds);
    await this.journal.record({
      subject: 'PERIOD',
      subjectKey: `year:${year}`,
      year,
      action: 'CREATE',
      after: plan.map((p) => ({ title: titleOf(p), status: p.status, deadline: p.deadline }))
    });
    return plan;
  }

  public open(periodId: number): Promise<EvaluationPeriod> {
    return this.changeState(periodId, 'OPEN', (p) => openPeriod(p));
  }

  public lock(periodId: number): Promise<EvaluationPeriod> {
    return this.changeState(periodId, 'LOCK', (p) => lockPeriod(p, this.today()));
  }

  public close(periodId: number): Promise<EvaluationPeriod> {
    return this.changeState(periodId, 'CLOSE', (p) => closePeriod(p, this.today()));
  }

  public reopen(periodId: number, to: 'OPEN' | 'LOCKED', reason: string): Promise<EvaluationPeriod> {
    return this.changeState(periodId, 'REOPEN', (p) => reopenPeriod(p, to, reason, this.today()), reason.trim());
  }

  public async setDeadline(periodId: number, scope: DeadlineScope, deadline: string, reason: string): Promise<EvaluationPeriod> {
    const before = await this.readPeriod(periodId);
    const change = refuseUnlessOk(setDeadline(before, scope, deadline, reason));
    const fields: Record<string, unknown> = {};
    if (change.deadline !== undefined) fields.Deadline = change.deadline;
    if (change.deadlineOverrides !== undefined) fields.DeadlineOverrides = JSON.stringify(change.deadlineOverrides);
    await this.item(periodId).update(fields);
    const after: EvaluationPeriod = { ...before, ...change };
    await this.journal.record({
      subject: 'PERIOD',
      subjectKey: String(periodId),
      year: before.year,
      action: scope.kind === 'MINISTRY' ? 'SET_DEADLINE' : 'EXTEND',
      reason: reason.trim(),
      before: { ...snapshot(before), scope },
      after: { ...snapshot(after), scope }
    });
    return after;
  }

  public async history(year: number): Promise<JournalEntry[]> {
    const entries = await this.journal.read('PERIOD');
    return entries.filter((e) => e.year === year);
  }

  private async changeState(periodId: number, action: string, rule: (p: EvaluationPeriod) => Outcome<PeriodStateChange>, reason?: string): Promise<EvaluationPeriod> {
    const before = await this.readPeriod(periodId);
    const change = refuseUnlessOk(rule(before));
    const fields: Record<string, unknown> = { PeriodStatus: change.status };
    // '' clears a time (SharePoint takes null for an empty date).
    // eslint-disable-next-line @rushstack/no-new-null
    if (change.lockedAt !== undefined) fields.LockedAt = change.lockedAt || null;
    // eslint-disable-next-line @rushstack/no-new-null
    if (change.closedAt !== undefined) fields.ClosedAt = change.closedAt || null;
    await this.item(periodId).update(fields);
    const after: EvaluationPeriod = {
      ...before,
      status: change.status,
      lockedAt: change.lockedAt === undefined ? before.lockedAt : change.lockedAt || undefined,
      closedAt: change.closedAt === undefined ? before.closedAt : change.closedAt || undefined
    };
    await this.journal.record({ subject: 'PERIOD', subjectKey: String(periodId), year: before.year, action, reason, before: snapshot(before), after: snapshot(after) });
    return after;
  }

  private item(periodId: number): ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['getById']> {
    return this.sp.web.lists.getByTitle(LISTS.periods.title).items.getById(periodId);
  }

  private async readPeriod(periodId: number): Promise<EvaluationPeriod> {
    return toPeriod(await this.item(periodId).select(...PERIOD_FIELDS)<PeriodRow>());
  }

  private periodsQuery(b: SPFI, year: number): Promise<PeriodRow[]> {
    return b.web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).filter(`EvalYear eq ${year}`).top(PAGE)<PeriodRow[]>();
  }

  /**
   * Each begun period's progress, from what the product already reads: the submissions and reviews
   * of each month or quarter (by the indexed PeriodId), the year's self-evaluations and decisions (by
   * EvalYear), all in one `$batch` beside the org the page has already loaded.
   */
  private async progress(org: OrgModel, year: number, periods: EvaluationPeriod[], ministryKind: 'MONTH' | 'QUARTER'): Promise<{ [id: number]: PeriodProgress }> {
    if (periods.length === 0) return {};
    const tracked = trackedStaff(org).map((login) => ({
      login,
      unitCodes: unitChain(org, org.people[login].unitCode).map((u) => u.code),
      kind: personPeriodKind(org, login, ministryKind)
    }));
    const parts = periods.filter((p) => p.kind !== 'YEAR');
    const byYear = `EvalYear eq ${year}`;
    const results = await readTogether<ActRow[][]>(this.sp, (b) => [
      ...parts.reduce<Array<Promise<ActRow[]>>>(
        (reads, p) =>
          reads.concat([
            this.acts(b, LISTS.periodScores.title, `PeriodId eq ${p.id} and Step eq 'SUBMITTED'`, [...PERIOD_ACT_FIELDS, 'Step']),
            this.acts(b, LISTS.reviews.title, `PeriodId eq ${p.id}`, PERIOD_ACT_FIELDS)
          ]),
        []
      ),
      this.acts(b, LISTS.selfEvaluations.title, byYear, []),
      this.acts(b, LISTS.decisions.title, byYear, ['Rating'])
    ]);
    const out: { [id: number]: PeriodProgress } = {};
    parts.forEach((period, i) => {
      const screened = screenActs<unknown>(org, [
        ...results[2 * i].map((r) => toAct(r, 'SELF_ASSESSMENT', submissionOf)),
        ...results[2 * i + 1].map((r) => toAct(r, 'PERIOD_REVIEW', reviewOf))
      ]).effective as Array<RecordedAct<ReturnType<typeof submissionOf>> | RecordedAct<ReturnType<typeof reviewOf>>>;
      // The workflow judges one person's acts at a time (the pending submission, the standing review).
      const byPerson: { [login: string]: typeof screened } = {};
      screened.forEach((a) => (byPerson[normalizeLogin(a.subjectLogin)] = (byPerson[normalizeLogin(a.subjectLogin)] || []).concat([a])));
      const submitted: { [login: string]: boolean } = {};
      const scored: { [login: string]: boolean } = {};
      Object.keys(byPerson).forEach((login) =>
        periodActsThatCount(period, byPerson[login]).counted.forEach((a) => {
          if (a.step === 'SELF_ASSESSMENT') submitted[login] = true;
          // The latest counted review stands: approved is scored, a return is not.
          else scored[login] = (a.payload as ReturnType<typeof reviewOf>).outcome === 'APPROVED';
        })
      );
      out[period.id] = periodProgress(period, tracked, (l) => !!submitted[l], (l) => !!scored[l], this.today());
    });
    const yearPeriod = periods.find((p) => p.kind === 'YEAR');
    if (yearPeriod) {
      const selfRows = results[2 * parts.length];
      const decisionRows = results[2 * parts.length + 1];
      const screened = screenActs<{ submitted: boolean }>(org, [
        ...selfRows.map((r) => toAct(r, 'SELF_ASSESSMENT', (row) => ({ submitted: parseJson(row.Payload).submitted === true }))),
        ...decisionRows.map((r) => toAct(r, 'DECISION', () => ({ submitted: true })))
      ]).effective;
      const submitted: { [login: string]: boolean } = {};
      const decided: { [login: string]: boolean } = {};
      screened.forEach((a) => {
        if (a.step === 'SELF_ASSESSMENT' && a.payload.submitted) submitted[normalizeLogin(a.subjectLogin)] = true;
        if (a.step === 'DECISION') decided[normalizeLogin(a.subjectLogin)] = true;
      });
      out[yearPeriod.id] = periodProgress(yearPeriod, tracked, (l) => !!submitted[l], (l) => !!decided[l], this.today());
    }
    return out;
  }

  /** One page in the batch; a full page is read on page by page after it. A list not there yet has no acts. */
  private acts(b: SPFI, listTitle: string, filter: string, extra: string[]): Promise<ActRow[]> {
    return actRowsInBatch(this.sp, b, listTitle, filter, extra, PAGE);
  }
}
