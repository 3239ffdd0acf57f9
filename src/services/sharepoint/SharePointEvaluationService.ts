import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type {
  EvaluationPeriod,
  EvaluationStep,
  PendingTask,
  PeriodKind,
  PeriodResult,
  PeriodStatus,
  UnitProgress
} from '../../domain/evaluation/model';
import { isRatingOutcome } from '../../domain/rating/ratingCodes';
import {
  IDirectoryService,
  IEvaluationService,
  MyEvaluationOverview,
  NotProvisionedError,
  SetupStatus
} from '../contracts';
import { isNotFound, odataString } from './odata';
import { ALL_LISTS, LISTS, SCHEMA_VERSION, SCHEMA_VERSION_KEY } from './schema';

interface PeriodRow {
  Id: number;
  EvalYear: number;
  PeriodKind: PeriodKind;
  PeriodIndex?: number;
  PeriodStatus: PeriodStatus;
  Deadline?: string;
}

interface ScoreRow {
  Id: number;
  PeriodId: number;
  EmployeeLogin: string;
  EmployeeName?: string;
  UnitCode: string;
  Step: EvaluationStep;
  Score?: number;
  Rating?: string;
}

/** Rows per request when paging: well under the 5,000-item threshold, few round trips. */
const PAGE_SIZE = 500;

/** Reads the product's lists with PnPjs. Every query starts from an indexed column. */
export class SharePointEvaluationService implements IEvaluationService {
  private readonly sp: SPFI;
  private readonly directory: IDirectoryService;

  public constructor(sp: SPFI, directory: IDirectoryService) {
    this.sp = sp;
    this.directory = directory;
  }

  public async getSetupStatus(): Promise<SetupStatus> {
    const present = await this.sp.web.lists.select('Title').filter("startswith(Title,'DGCC_')")<Array<{ Title: string }>>();
    const titles = present.map((l) => l.Title);
    const missingLists = ALL_LISTS.map((l) => l.title).filter((t) => titles.indexOf(t) < 0);
    let siteSchemaVersion: number | undefined;
    if (titles.indexOf(LISTS.settings.title) >= 0) {
      const rows = await this.sp.web.lists
        .getByTitle(LISTS.settings.title)
        .items.select('SettingValue')
        .filter(`Title eq ${odataString(SCHEMA_VERSION_KEY)}`)
        .top(1)<Array<{ SettingValue?: string }>>();
      const parsed = rows.length ? Number(rows[0].SettingValue) : NaN;
      siteSchemaVersion = isFinite(parsed) ? parsed : undefined;
    }
    return { expectedSchemaVersion: SCHEMA_VERSION, siteSchemaVersion, listCount: ALL_LISTS.length, missingLists };
  }

  public async getPeriods(year: number): Promise<EvaluationPeriod[]> {
    const rows = await this.read(LISTS.periods.title, () =>
      this.sp.web.lists
        .getByTitle(LISTS.periods.title)
        .items.select('Id', 'EvalYear', 'PeriodKind', 'PeriodIndex', 'PeriodStatus', 'Deadline')
        .filter(`EvalYear eq ${year}`)
        .top(100)<PeriodRow[]>()
    );
    return rows.map(toPeriod);
  }

  public async getMyOverview(year: number): Promise<MyEvaluationOverview> {
    const me = await this.directory.getMe();
    const [periods, scores] = await Promise.all([
      this.getPeriods(year),
      this.readAll<ScoreRow>(
        LISTS.periodScores.title,
        `EmployeeLogin eq ${odataString(me.userPrincipalName)} and EvalYear eq ${year}`
      )
    ]);
    const byPeriod: { [periodId: number]: PeriodResult } = {};
    scores.forEach((row) => {
      byPeriod[row.PeriodId] = toResult(row);
    });
    return { me, year, periods: periods.map((period) => ({ period, result: byPeriod[period.id] })) };
  }

  public async getPendingTasks(): Promise<PendingTask[]> {
    const me = await this.directory.getMe();
    const rows = await this.readAll<ScoreRow & { EvalYear: number }>(
      LISTS.periodScores.title,
      `ReviewerLogin eq ${odataString(me.userPrincipalName)} and Step eq 'SUBMITTED'`
    );
    return rows.map((row) => ({
      id: `score-${row.Id}`,
      step: 'REVIEW_PERIOD',
      subject: { id: row.EmployeeLogin, userPrincipalName: row.EmployeeLogin, displayName: row.EmployeeName || row.EmployeeLogin },
      periodTitle: String(row.PeriodId)
    }));
  }

  public async getUnitProgress(year: number): Promise<UnitProgress[]> {
    const rows = await this.readAll<ScoreRow>(LISTS.periodScores.title, `EvalYear eq ${year}`);
    return summariseByUnit(rows);
  }

  /** Pages through a filtered query with `$skiptoken` (SharePoint ignores `$skip` on items). */
  private readAll<T>(listTitle: string, filter: string): Promise<T[]> {
    return this.read(listTitle, async () => {
      const all: T[] = [];
      for await (const page of this.sp.web.lists.getByTitle(listTitle).items.filter(filter).top(PAGE_SIZE)) {
        all.push(...(page as T[]));
      }
      return all;
    });
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

function toPeriod(row: PeriodRow): EvaluationPeriod {
  return {
    id: row.Id,
    kind: row.PeriodKind,
    year: row.EvalYear,
    index: row.PeriodIndex === undefined || row.PeriodIndex === null ? undefined : row.PeriodIndex,
    status: row.PeriodStatus,
    deadline: row.Deadline || undefined
  };
}

function toResult(row: ScoreRow): PeriodResult {
  return {
    periodId: row.PeriodId,
    step: row.Step,
    score: typeof row.Score === 'number' ? row.Score : undefined,
    rating: isRatingOutcome(row.Rating) ? row.Rating : undefined
  };
}

const AT_LEAST_SUBMITTED: readonly EvaluationStep[] = ['SUBMITTED', 'REVIEWED', 'DECIDED', 'PUBLISHED'];
const AT_LEAST_REVIEWED: readonly EvaluationStep[] = ['REVIEWED', 'DECIDED', 'PUBLISHED'];
const AT_LEAST_DECIDED: readonly EvaluationStep[] = ['DECIDED', 'PUBLISHED'];

/** One line per unit: people counted once each, by the furthest step any of their periods reached. */
export function summariseByUnit(rows: readonly ScoreRow[]): UnitProgress[] {
  const units: { [code: string]: { people: { [login: string]: ScoreRow[] } } } = {};
  rows.forEach((row) => {
    const unit = (units[row.UnitCode] = units[row.UnitCode] || { people: {} });
    (unit.people[row.EmployeeLogin] = unit.people[row.EmployeeLogin] || []).push(row);
  });
  return Object.keys(units)
    .sort()
    .map((code) => {
      const people = Object.keys(units[code].people).map((login) => units[code].people[login]);
      const reached = (steps: readonly EvaluationStep[]): number =>
        people.filter((personRows) => personRows.some((r) => steps.indexOf(r.Step) >= 0)).length;
      const ratings: UnitProgress['ratings'] = {};
      people.forEach((personRows) => {
        const rated = personRows.filter((r) => AT_LEAST_DECIDED.indexOf(r.Step) >= 0 && isRatingOutcome(r.Rating));
        const last = rated[rated.length - 1];
        if (last && isRatingOutcome(last.Rating)) ratings[last.Rating] = (ratings[last.Rating] || 0) + 1;
      });
      return {
        unitName: code,
        staffCount: people.length,
        submittedCount: reached(AT_LEAST_SUBMITTED),
        reviewedCount: reached(AT_LEAST_REVIEWED),
        decidedCount: reached(AT_LEAST_DECIDED),
        ratings
      };
    });
}
