import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { readDeadlineOverrides, deadlineFor } from '../../domain/admin/periods';
import { derivePeriodResult, PeriodActs, SubmissionAct, ReviewAct, DecisionAct, reviewFollows } from '../../domain/evaluation/derivePeriodResult';
import type { DashboardQuery, DashboardView, EvaluationPeriod, PendingTask, Person } from '../../domain/evaluation/model';
import { screenActs, RecordedAct } from '../../domain/org/acts';
import type { ActStep } from '../../domain/org/authority';
import { buildOrgModel, DirectoryPerson } from '../../domain/org/buildOrgModel';
import { normalizeLogin, OrgModel } from '../../domain/org/orgModel';
import { unitPathName } from '../../domain/evaluation/dashboardProgress';
import { IDirectoryService, IEvaluationService, MyEvaluationOverview, NotProvisionedError, SetupStatus, type UnitHistoryEntry } from '../contracts';
import type { UnitVersion } from '../../domain/org/unitHistory';
import { OrgDirectoryService, readUnitRows, unitsInForce, UnitRow, type OrgReads } from '../graph/OrgDirectoryService';
import { withHistory } from '../../domain/org/unitHistory';
import { periodActsThatCount } from '../../domain/workflow/periodWorkflow';
import { yearActsThatCount, type YearActFacts } from '../../domain/workflow/yearWorkflow';
import { folderNameOf, loginFromClaims } from './actsReader';
import { isNotFound, odataString } from './odata';
import { readTogether } from './repository';
import { periodKindSettingRows, periodsOfPerson, type SettingRow } from './periodKindSetting';
import { readSchemaVersion } from './schemaVersion';
import { ALL_LISTS, LISTS, SCHEMA_VERSION } from './schema';
import { readDashboard } from './dashboardReader';
import type { PersonHistoryView, ResultsView } from '../contracts';

export interface PeriodRow {
  Id: number;
  EvalYear: number;
  PeriodKind: EvaluationPeriod['kind'];
  PeriodIndex?: number;
  PeriodStatus: EvaluationPeriod['status'];
  Deadline?: string;
  LockedAt?: string;
  ClosedAt?: string;
  /** JSON [{ unitCode | login, deadline }]: extensions HR granted (periods.ts). */
  DeadlineOverrides?: string;
  Modified?: string;
}

/** The columns every act list shares, with the server-set author. */
export interface ActRow {
  Id: number;
  EvalYear: number;
  PeriodId?: number;
  EmployeeLogin: string;
  EmployeeName?: string;
  UnitCode: string;
  Step?: string;
  ReviewerLogin?: string;
  Score?: number;
  Rating?: string;
  Payload?: string;
  ActKey?: string;
  /** The folder's server-relative path, set by SharePoint from where the item was added. */
  FileDirRef?: string;
  Created: string;
  Author?: { Name?: string };
  Editor?: { Name?: string };
}

/** The rows of a person's overview, in the order overviewReads reads them. */
type OverviewRows = [PeriodRow[], UnitRow[], ActRow[], ActRow[], ActRow[], ActRow[], SettingRow[]];
type OverviewReads = [Promise<PeriodRow[]>, Promise<UnitRow[]>, Promise<ActRow[]>, Promise<ActRow[]>, Promise<ActRow[]>, Promise<ActRow[]>, Promise<SettingRow[]>];

export const PERIOD_FIELDS = ['Id', 'EvalYear', 'PeriodKind', 'PeriodIndex', 'PeriodStatus', 'Deadline', 'LockedAt', 'ClosedAt', 'DeadlineOverrides', 'Modified'];
export const ACT_FIELDS = ['Id', 'EvalYear', 'EmployeeLogin', 'UnitCode', 'Payload', 'ActKey', 'FileDirRef', 'Created', 'Author/Name', 'Editor/Name'];
/** Columns of the lists of a period's acts (submissions, reviews). */
export const PERIOD_ACT_FIELDS = ['PeriodId'];
/** One page of a unit's or a person's acts of a year stays far below the 5,000-item threshold. */
const ROWS = 2000;

export function parseJson(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function toPeriod(row: PeriodRow): EvaluationPeriod {
  return {
    id: row.Id,
    kind: row.PeriodKind,
    year: row.EvalYear,
    index: typeof row.PeriodIndex === 'number' ? row.PeriodIndex : undefined,
    status: row.PeriodStatus,
    deadline: row.Deadline || undefined,
    lockedAt: row.LockedAt || undefined,
    closedAt: row.ClosedAt || undefined,
    changedAt: row.Modified || undefined,
    deadlineOverrides: readDeadlineOverrides(row.DeadlineOverrides)
  };
}

export function toAct<T>(row: ActRow, step: ActStep, payload: (row: ActRow) => T): RecordedAct<T> {
  return {
    id: row.Id,
    step,
    subjectLogin: row.EmployeeLogin,
    authorLogin: loginFromClaims((row.Author && row.Author.Name) || ''),
    editorLogin: row.Editor && row.Editor.Name ? loginFromClaims(row.Editor.Name) : undefined,
    createdAt: row.Created,
    key: row.ActKey || undefined,
    folder: folderNameOf(row.FileDirRef),
    payload: payload(row)
  };
}

const numberOrUndefined = (value: unknown): number | undefined => (typeof value === 'number' && isFinite(value) ? value : undefined);
export const submissionOf = (row: ActRow): SubmissionAct => {
  const after = parseJson(row.Payload).afterReviewId;
  return {
    periodId: row.PeriodId || 0,
    step: row.Step === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT',
    reviewerLogin: row.ReviewerLogin,
    employeeName: row.EmployeeName,
    afterReviewId: typeof after === 'number' ? after : undefined,
    corrects: numberOrUndefined(parseJson(row.Payload).corrects)
  };
};
export const reviewOf = (row: ActRow): ReviewAct => {
  const p = parseJson(row.Payload);
  return {
    periodId: row.PeriodId || 0,
    outcome: p.outcome === 'RETURNED' ? 'RETURNED' : 'APPROVED',
    score: typeof p.score === 'number' ? p.score : undefined,
    level: typeof p.level === 'string' ? (p.level as ReviewAct['level']) : undefined,
    corrects: numberOrUndefined(p.corrects)
  };
};
export const decisionOf = (row: ActRow): DecisionAct & YearActFacts => {
  const p = parseJson(row.Payload);
  return {
    rating: (typeof p.rating === 'string' ? p.rating : row.Rating || '') as DecisionAct['rating'],
    published: p.published === true,
    supersedes: numberOrUndefined(p.supersedes),
    corrects: numberOrUndefined(p.corrects)
  };
};
/** What the year's workflow reads of a complaint or its answer (the screens' full reader is payloadReaders). */
const complaintFactsOf = (row: ActRow): YearActFacts & { kind: 'COMPLAINT' | 'ANSWER' } => {
  const p = parseJson(row.Payload);
  return {
    kind: p.kind === 'ANSWER' ? 'ANSWER' : 'COMPLAINT',
    answersComplaint: numberOrUndefined(p.answersComplaint),
    outcome: p.outcome === 'UPHELD' || p.outcome === 'REJECTED' ? p.outcome : undefined
  };
};

/**
 * The org facts needed to screen the acts about one person, without reading the whole directory:
 * the person and their manager (one Graph request) and every unit's leaders (the units list).
 */
export function personalOrg(me: Person, unitRows: readonly UnitRow[]): OrgModel {
  const { units, history } = unitsInForce(unitRows);
  const leaders: DirectoryPerson[] = [];
  // Everyone who led, kept minutes or evaluated in any version: acts are judged at their dates.
  history.versions.forEach(({ unit: u }) =>
    [u.headLogin, u.secretaryLogin, u.evaluatorLogin, ...u.deputyLogins].forEach((login) => {
      if (login && !leaders.some((l) => l.login === login)) leaders.push({ login, displayName: login });
    })
  );
  const people: DirectoryPerson[] = [{ login: me.userPrincipalName, displayName: me.displayName, managerLogin: me.managerLogin }];
  if (me.managerLogin) people.push({ login: me.managerLogin, displayName: me.managerLogin });
  const directory = people.concat(leaders.filter((l) => normalizeLogin(l.login) !== normalizeLogin(me.userPrincipalName) && normalizeLogin(l.login) !== normalizeLogin(me.managerLogin)));
  return withHistory(buildOrgModel(units, directory, []).org, { versions: history.versions, directory });
}

/**
 * Reads the product's lists with PnPjs. Every query starts from an indexed column; the reads of a
 * screen go in one `$batch`, so a first view costs two requests (Graph, then SharePoint).
 */
export class SharePointEvaluationService implements IEvaluationService {
  private readonly sp: SPFI;
  private readonly directory: IDirectoryService;
  private readonly orgDirectory: OrgDirectoryService;

  private readonly today: () => Date;

  public constructor(sp: SPFI, directory: IDirectoryService, orgDirectory: OrgDirectoryService, today: () => Date = () => new Date()) {
    this.today = today;
    this.sp = sp;
    this.directory = directory;
    this.orgDirectory = orgDirectory;
  }

  public async getSetupStatus(): Promise<SetupStatus> {
    const present = await this.sp.web.lists.select('Title').filter("startswith(Title,'DGCC_')")<Array<{ Title: string }>>();
    const titles = present.map((l) => l.Title);
    // HR's journal is invisible to everyone else: its absence is told by the schema version, not by the list.
    const missingLists = ALL_LISTS.filter((l) => !l.hrOnly)
      .map((l) => l.title)
      .filter((t) => titles.indexOf(t) < 0);
    const siteSchemaVersion = titles.indexOf(LISTS.settings.title) >= 0 ? await readSchemaVersion(this.sp) : undefined;
    return { expectedSchemaVersion: SCHEMA_VERSION, siteSchemaVersion, listCount: ALL_LISTS.length, missingLists };
  }

  public async getUnitHistory(): Promise<UnitHistoryEntry[]> {
    const { org, unitHistory } = await this.read(LISTS.units.title, () => this.orgDirectory.getOrg());
    if (!unitHistory) return [];
    const name = (login: string | undefined): string | undefined => (login ? (org.people[login] ? org.people[login].displayName : login) : undefined);
    const notes: { [id: number]: string[] } = {};
    unitHistory.ignored.concat(unitHistory.flagged).forEach(({ version, reason }) => (notes[version.id] = (notes[version.id] || []).concat([reason])));
    const entry = (version: UnitVersion, counted: boolean): UnitHistoryEntry => ({
      id: version.id,
      unitCode: version.unit.code,
      unitName: version.unit.name,
      from: version.from,
      recordedAt: version.recordedAt,
      recordedByName: name(version.recordedBy) || version.recordedBy,
      headName: name(version.unit.headLogin),
      deputyNames: version.unit.deputyLogins.map((l) => name(l) || l),
      secretaryName: name(version.unit.secretaryLogin),
      evaluatorName: name(version.unit.evaluatorLogin),
      counted,
      notes: notes[version.id] || []
    });
    return unitHistory.versions
      .map((v) => entry(v, true))
      .concat(unitHistory.ignored.map((i) => entry(i.version, false)))
      .sort((a, b) => (a.recordedAt === b.recordedAt ? b.id - a.id : a.recordedAt < b.recordedAt ? 1 : -1));
  }

  public async getPeriods(year: number): Promise<EvaluationPeriod[]> {
    const [rows] = await this.read(LISTS.periods.title, () => readTogether<[PeriodRow[]]>(this.sp, (b) => [this.periodsQuery(b, year)]));
    return rows.map(toPeriod).sort(byKindAndIndex);
  }

  public async getMyOverview(year: number): Promise<MyEvaluationOverview> {
    // The login the page knows builds the query at once, and the organisation (who I am, my manager)
    // rides in the same batch: no request to Graph (issue 13).
    const known = this.directory.myLogin ? this.directory.myLogin() : undefined;
    const login = known || (await this.directory.getMe()).userPrincipalName;
    const [periodRows, unitRows, submissions, reviews, decisions, complaints, settingRows] = await this.read(LISTS.periods.title, () =>
      this.orgDirectory.carry((addOrgReads) =>
        readTogether<[...OverviewRows, OrgReads | undefined]>(this.sp, (b) => [
          ...this.overviewReads(b, login, year),
          addOrgReads ? addOrgReads(b) : Promise.resolve(undefined)
        ])
      )
    );
    const me = await this.directory.getMe();
    // SharePoint names another reader than the page did (never on a consistent page): their own overview.
    if (normalizeLogin(me.userPrincipalName) !== normalizeLogin(login)) return this.getMyOverviewOf(me, year);
    return this.overviewFrom(me, year, [periodRows, unitRows, submissions, reviews, decisions, complaints, settingRows]);
  }

  /** What a person's overview reads, in one batch: the year's periods, the units, their acts of the year, the period kinds. */
  private overviewReads(b: SPFI, login: string, year: number): OverviewReads {
    const mine = `EmployeeLogin eq ${odataString(login)} and EvalYear eq ${year}`;
    return [
      this.periodsQuery(b, year),
      readUnitRows(b),
      this.actsQuery(b, LISTS.periodScores.title, mine, [...PERIOD_ACT_FIELDS, 'Step', 'ReviewerLogin', 'EmployeeName']),
      this.actsQuery(b, LISTS.reviews.title, mine, PERIOD_ACT_FIELDS),
      this.actsQuery(b, LISTS.decisions.title, mine, ['Rating']),
      this.actsQuery(b, LISTS.complaints.title, mine, []),
      periodKindSettingRows(b)
    ];
  }

  private async getMyOverviewOf(me: Person, year: number): Promise<MyEvaluationOverview> {
    const rows = await this.read(LISTS.periods.title, () => readTogether<OverviewRows>(this.sp, (b) => this.overviewReads(b, me.userPrincipalName, year)));
    return this.overviewFrom(me, year, rows);
  }

  private overviewFrom(
    me: Person,
    year: number,
    [periodRows, unitRows, submissions, reviews, decisions, complaints, settingRows]: OverviewRows
  ): MyEvaluationOverview {
    const org = personalOrg(me, unitRows);
    const screened = screenActs<unknown>(org, [
      ...submissions.map((r) => toAct(r, 'SELF_ASSESSMENT', submissionOf)),
      ...reviews.map((r) => toAct(r, 'PERIOD_REVIEW', reviewOf))
    ]);
    // The year's decisions as the workflow counts them: nothing after publication but a re-decision on
    // an upheld complaint (domain/workflow/yearWorkflow); the person reads their own complaints.
    const yearScreened = screenActs<YearActFacts>(org, [
      ...decisions.map((r) => toAct(r, 'DECISION', decisionOf)),
      ...complaints.map((r) => {
        const c = complaintFactsOf(r);
        return toAct(r, c.kind === 'ANSWER' ? 'COMPLAINT_ANSWER' : 'COMPLAINT', () => c);
      })
    ]);
    const yearCounted = yearActsThatCount(yearScreened.effective, (login) => (org.people[login] ? org.people[login].unitCode : undefined));
    const decided = yearCounted.counted.filter((a) => a.step === 'DECISION');
    // The periods of the person's unit's kind (months or quarters), each with the deadline that applies to them.
    const periods = periodsOfPerson(org, me.userPrincipalName, periodRows.map(toPeriod).sort(byKindAndIndex), settingRows, year, this.today());
    const acts = [...screened.effective, ...decided] as PeriodActs;
    // Out of turn or too late (after a lock, a close, a publication): ignored, and the person is told.
    const periodIgnored = periods
      .filter((p) => p.kind !== 'YEAR')
      .reduce((n, period) => n + periodActsThatCount(period, screened.effective as Array<RecordedAct<SubmissionAct> | RecordedAct<ReviewAct>>).ignored.length, 0);
    return {
      me,
      year,
      periods: periods.map((period) => ({ period, result: derivePeriodResult(period, acts) })),
      ignoredActs: screened.ignored.length + yearScreened.ignored.length + yearCounted.ignored.length + periodIgnored
    };
  }

  public async getPendingTasks(): Promise<PendingTask[]> {
    // As the overview: the login the page knows, the organisation (my direct reports) in the same batch.
    const known = this.directory.myLogin ? this.directory.myLogin() : undefined;
    const reviewer = known || (await this.directory.getMe()).userPrincipalName;
    const toReview = (b: SPFI, login: string): Promise<ActRow[]> =>
      this.actsQuery(b, LISTS.periodScores.title, `ReviewerLogin eq ${odataString(login)} and Step eq 'SUBMITTED'`, [...PERIOD_ACT_FIELDS, 'Step', 'ReviewerLogin', 'EmployeeName']);
    let [rows] = await this.read(LISTS.periodScores.title, () =>
      this.orgDirectory.carry((addOrgReads) =>
        readTogether<[ActRow[], OrgReads | undefined]>(this.sp, (b) => [toReview(b, reviewer), addOrgReads ? addOrgReads(b) : Promise.resolve(undefined)])
      )
    );
    const [me, reports] = await Promise.all([this.directory.getMe(), this.directory.getDirectReports()]);
    const myLogin = normalizeLogin(me.userPrincipalName);
    // SharePoint names another reader than the page did (never on a consistent page): read theirs.
    if (myLogin !== normalizeLogin(reviewer)) [rows] = await readTogether<[ActRow[]]>(this.sp, (b) => [toReview(b, me.userPrincipalName)]);
    // The submitter names the reviewer; only a submission by the person themself, about a person the
    // directory says reports to me, makes a task. The latest one per person and period stands.
    const latest: { [key: string]: ActRow } = {};
    rows
      .filter((s) => loginFromClaims((s.Author && s.Author.Name) || '') === normalizeLogin(s.EmployeeLogin) && reports.indexOf(normalizeLogin(s.EmployeeLogin)) >= 0)
      .forEach((s) => {
        const key = `${normalizeLogin(s.EmployeeLogin)}|${s.PeriodId}`;
        if (!latest[key] || latest[key].Created <= s.Created) latest[key] = s;
      });
    const submissions = Object.keys(latest).map((k) => latest[k]);
    if (submissions.length === 0) return [];
    const periodIds = submissions.map((s) => s.PeriodId || 0).filter((id, i, all) => all.indexOf(id) === i);
    // A period's reviews, ministry-wide, stay below the threshold (one per civil servant).
    // The units in the same batch: a deadline extended for a unit above the person's applies to them.
    const [periodRows, unitRows, ...reviewsByPeriod] = await readTogether<ActRow[][]>(this.sp, (b) => [
      b.web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).filter(periodIds.map((id) => `Id eq ${id}`).join(' or ')).top(ROWS)(),
      readUnitRows(b) as unknown as Promise<ActRow[]>,
      ...periodIds.map((id) => this.actsQuery(b, LISTS.reviews.title, `PeriodId eq ${id}`, PERIOD_ACT_FIELDS))
    ]);
    const parents: { [code: string]: string | undefined } = {};
    unitsInForce(unitRows as unknown as UnitRow[], this.today()).units.forEach((u) => (parents[u.code] = u.parentCode));
    const unitsAbove = (code: string): string[] => {
      const chain: string[] = [];
      for (let c: string | undefined = code; c && chain.indexOf(c) < 0; c = parents[c]) chain.push(c);
      return chain;
    };
    const periods: { [id: number]: EvaluationPeriod } = {};
    (periodRows as unknown as PeriodRow[]).forEach((row) => (periods[row.Id] = toPeriod(row)));
    const reviews = ([] as ActRow[]).concat(...reviewsByPeriod);
    return submissions
      .filter((s) => {
        const period = periods[s.PeriodId || 0];
        // A closed period waits for nobody; otherwise waiting until a review of mine follows the submission.
        if (!period || period.status === 'CLOSED') return false;
        return !reviews.some(
          (r) =>
            normalizeLogin(r.EmployeeLogin) === normalizeLogin(s.EmployeeLogin) &&
            r.PeriodId === s.PeriodId &&
            loginFromClaims((r.Author && r.Author.Name) || '') === myLogin &&
            reviewFollows({ id: r.Id, createdAt: r.Created }, { createdAt: s.Created, payload: submissionOf(s) })
        );
      })
      .map((s) => {
        const period = periods[s.PeriodId || 0];
        return {
          id: `submission-${s.Id}`,
          step: 'REVIEW_PERIOD' as const,
          subject: { id: s.EmployeeLogin, userPrincipalName: s.EmployeeLogin, displayName: s.EmployeeName || s.EmployeeLogin },
          period,
          periodId: period.id,
          deadline: deadlineFor(period, s.EmployeeLogin, unitsAbove(s.UnitCode))
        };
      });
  }

  // The results and a person's history are opened on demand: their reader and the quota's rules load then,
  // not with every page's first view (issue 13's view bundle).
  public async getResults(year: number): Promise<ResultsView> {
    const { readResults } = await import(/* webpackChunkName: 'dgcc-results' */ './resultsReader');
    return this.read(LISTS.decisions.title, () => readResults(this.sp, this.directory, this.orgDirectory, year));
  }

  public async getPersonHistory(login: string): Promise<PersonHistoryView> {
    const { readPersonHistory } = await import(/* webpackChunkName: 'dgcc-results' */ './resultsReader');
    return this.read(LISTS.reviews.title, () => readPersonHistory(this.sp, this.directory, this.orgDirectory, login));
  }

  // Issue 13: the dashboard reads only what it shows (dashboardReader).
  public getDashboard(query: DashboardQuery): Promise<DashboardView> {
    return this.read(LISTS.periods.title, () => readDashboard(this.sp, this.orgDirectory, this.today(), query));
  }

  private periodsQuery(b: SPFI, year: number): Promise<PeriodRow[]> {
    return b.web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).filter(`EvalYear eq ${year}`).top(ROWS)();
  }

  private actsQuery(b: SPFI, listTitle: string, filter: string, extra: string[] = []): Promise<ActRow[]> {
    return actRowsInBatch(this.sp, b, listTitle, filter, extra, ROWS);
  }

  private async read<T>(listTitle: string, query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      if (isNotFound(error)) throw new NotProvisionedError([listTitle]);
      throw error;
    }
  }
}

/** "Cục Báo chí › Phòng Báo in": a phòng's name alone repeats across Cục (every Cục has a Văn phòng Cục). */
export const unitPath = unitPathName;

export function byKindAndIndex(a: EvaluationPeriod, b: EvaluationPeriod): number {
  const order = (p: EvaluationPeriod): number => (p.kind === 'YEAR' ? 100 : p.index || 0);
  return order(a) - order(b);
}

/**
 * A list's acts matching `filter`: one page inside the screen's batch (`b`); in the rare case it is
 * full, the rest is read page by page after the batch (`$skiptoken`, through `sp`), so no act is left
 * out whatever a unit's size. A list of acts is invisible to someone with no folder in it yet (SharePoint
 * answers 404, as for a list that does not exist): they have no acts to see.
 */
export function actRowsInBatch(sp: SPFI, b: SPFI, listTitle: string, filter: string, extra: readonly string[], page: number): Promise<ActRow[]> {
  return rowsInBatch(sp, b, listTitle, filter, ACT_FIELDS.concat(extra), page);
}

/** Rows of a list matching `filter` with the columns `select`, read as actRowsInBatch reads acts (a view that needs fewer columns). */
export function rowsInBatch(sp: SPFI, b: SPFI, listTitle: string, filter: string, select: readonly string[], page: number): Promise<ActRow[]> {
  return b.web.lists
    .getByTitle(listTitle)
    .items.select(...select)
    .expand('Author', 'Editor')
    .filter(filter)
    .top(page)<ActRow[]>()
    .then(
      async (first) => {
        if (first.length < page) return first;
        const rows: ActRow[] = [];
        for await (const next of sp.web.lists.getByTitle(listTitle).items.select(...select).expand('Author', 'Editor').filter(filter).top(page)) {
          rows.push(...(next as ActRow[]));
        }
        return rows;
      },
      (error: unknown) => {
        if (isNotFound(error)) return [];
        throw error;
      }
    );
}
