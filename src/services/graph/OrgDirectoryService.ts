import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/webs';
import { readDepartures, readTaskGroupMembers } from '../../domain/org/unitRowReaders';
import { buildOrgModel, DirectoryPerson } from '../../domain/org/buildOrgModel';
import type { OrgModel, OrgUnit, UnitLevel } from '../../domain/org/orgModel';
import { screenUnitHistory, unitsAt, withHistory, type UnitHistory, type UnitVersion } from '../../domain/org/unitHistory';
import { loginFromClaims } from '../sharepoint/actsReader';
import { httpStatusOf, isNotFound } from '../sharepoint/odata';
import { readTogether } from '../sharepoint/repository';
import { HR_GROUP } from '../sharepoint/hrGroup';
import { LISTS } from '../sharepoint/schema';
import type { GraphApi } from './GraphDirectoryService';

export interface UnitRow {
  Id?: number;
  Title: string;
  UnitCode: string;
  ParentCode?: string;
  UnitLevel?: UnitLevel;
  HeadLogin?: string;
  DeputyLogins?: string;
  SecretaryLogin?: string;
  EvaluatorLogin?: string;
  TaskGroups?: string;
  /** JSON { login: group }: who of the unit is in which task group (schema 4). */
  TaskGroupMembers?: string;
  /** MONTH | QUARTER, blank: the ministry's setting (schema 4). */
  PeriodKind?: string;
  /** JSON { login: { managerLogin } }: transfers out of the unit from the row's date (schema 5). */
  Departures?: string;
  /** From when the row holds (the units list is a dated history: a change is a new row). */
  EffectiveFrom?: string;
  Created?: string;
  Author?: { Name?: string };
  Editor?: { Name?: string };
}

interface GraphUserWithManager {
  userPrincipalName: string;
  displayName?: string;
  jobTitle?: string;
  manager?: { userPrincipalName?: string };
}

interface HrMember {
  UserPrincipalName?: string;
  Email?: string;
}

/** A ministry has a few hundred units and their changes: one page. */
const UNIT_ROWS = 2000;

/** The units list's columns, which the evaluation service reads too (with who recorded each row, when). */
export const UNIT_FIELDS = [
  'Id',
  'Title',
  'UnitCode',
  'ParentCode',
  'UnitLevel',
  'HeadLogin',
  'DeputyLogins',
  'SecretaryLogin',
  'EvaluatorLogin',
  'TaskGroups',
  'TaskGroupMembers',
  'PeriodKind',
  'Departures',
  'EffectiveFrom',
  'Created',
  'Author/Name',
  'Editor/Name'
];

/** The units list's rows (its whole dated history: a few hundred rows, one page), inside a screen's batch. */
export function readUnitRows(b: SPFI): Promise<UnitRow[]> {
  return b.web.lists.getByTitle(LISTS.units.title).items.select(...UNIT_FIELDS).expand('Author', 'Editor').top(UNIT_ROWS)<UnitRow[]>();
}

/** The units list's rows as the domain's dated history, screened (domain/org/unitHistory). */
export function unitHistoryOf(rows: readonly UnitRow[]): UnitHistory {
  const versions: UnitVersion[] = rows
    .filter((r) => !!r.UnitCode)
    .map((row) => {
      const recordedAt = row.Created || '';
      const editor = loginFromClaims((row.Editor && row.Editor.Name) || '');
      return {
        id: Number(row.Id) || 0,
        unit: toOrgUnit(row),
        from: row.EffectiveFrom || recordedAt,
        recordedAt,
        recordedBy: loginFromClaims((row.Author && row.Author.Name) || ''),
        editedBy: editor || undefined
      };
    });
  return screenUnitHistory(versions);
}

/** The units in force today, with the history kept to judge past acts at their dates. */
export function unitsInForce(rows: readonly UnitRow[], now: Date = new Date()): { units: OrgUnit[]; history: UnitHistory } {
  const history = unitHistoryOf(rows);
  return { units: unitsAt(history.versions, now.toISOString()), history };
}

interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface LoadedOrg {
  org: OrgModel;
  /** People the directory has but the units list cannot place: shown to HR to correct. */
  unplaced: string[];
  /** The units list's dated history, with what was ignored or should be looked at (HR's audit). */
  unitHistory?: UnitHistory;
  /** Everyone in the directory (Graph), placed or not: the administration picks people from it. */
  directory?: DirectoryPerson[];
}

/** Lists of logins are stored one per line (or separated by ";"), the way people paste them. */
export function splitLogins(text: string | undefined): string[] {
  return (text || '')
    .split(/[\n;,]+/)
    .map((s) => s.trim())
    .filter((s) => !!s);
}

export function toOrgUnit(row: UnitRow): OrgUnit {
  return {
    code: row.UnitCode,
    name: row.Title,
    level: row.UnitLevel || 'DIVISION',
    parentCode: row.ParentCode || undefined,
    headLogin: row.HeadLogin || undefined,
    deputyLogins: splitLogins(row.DeputyLogins),
    secretaryLogin: row.SecretaryLogin || undefined,
    evaluatorLogin: row.EvaluatorLogin || undefined,
    taskGroups: splitLogins(row.TaskGroups),
    taskGroupMembers: readTaskGroupMembers(row.TaskGroupMembers),
    periodKind: row.PeriodKind === 'MONTH' || row.PeriodKind === 'QUARTER' ? row.PeriodKind : undefined,
    ...(row.Departures ? { departures: readDepartures(row.Departures) } : {})
  };
}

/**
 * The organisation for the rules of who may do what: the units list (a few hundred rows), the
 * directory with each person's manager (Graph, 999 people a page) and the HR group. A whole ministry
 * costs a handful of requests, once per page: web parts on the page share the promise.
 */
export class OrgDirectoryService {
  private readonly sp: SPFI;
  private readonly graph: GraphApi;
  private loaded: Promise<LoadedOrg> | undefined;

  public constructor(sp: SPFI, graph: GraphApi) {
    this.sp = sp;
    this.graph = graph;
  }

  public getOrg(): Promise<LoadedOrg> {
    if (!this.loaded) {
      this.loaded = this.load();
      this.loaded.catch(() => (this.loaded = undefined));
    }
    return this.loaded;
  }

  private async load(): Promise<LoadedOrg> {
    const [[unitRows, hrUsers], people] = await Promise.all([this.readUnitsAndHr(), this.readDirectory()]);
    const { units, history } = unitsInForce(unitRows);
    const hrLogins = hrUsers.map((u) => u.UserPrincipalName || u.Email || '').filter((s) => !!s);
    const loaded = buildOrgModel(units, people, hrLogins);
    return { ...loaded, org: withHistory(loaded.org, { versions: history.versions, directory: people }), unitHistory: history, directory: people };
  }

  /** The units list and the HR group's members, in one `$batch`. */
  private readUnitsAndHr(): Promise<[UnitRow[], HrMember[]]> {
    return readTogether<[UnitRow[], HrMember[]]>(this.sp, (b) => [
      readUnitRows(b),
      b.web.siteGroups
        .getByName(HR_GROUP)
        .users.select('UserPrincipalName', 'Email')<HrMember[]>()
        .catch((error: unknown) => {
          // No HR group yet (404), or a group whose members only its members may see (403): no HR known.
          if (isNotFound(error) || httpStatusOf(error) === 403) return [];
          throw error;
        })
    ]);
  }

  private async readDirectory(): Promise<DirectoryPerson[]> {
    const people: DirectoryPerson[] = [];
    let request = this.graph
      .api('/users')
      .select('userPrincipalName,displayName,jobTitle')
      .expand('manager($select=userPrincipalName)')
      .top(999);
    for (;;) {
      const page = (await request.get()) as GraphPage<GraphUserWithManager>;
      page.value.forEach((u) =>
        people.push({
          login: u.userPrincipalName,
          displayName: u.displayName || u.userPrincipalName,
          jobTitle: u.jobTitle || undefined,
          managerLogin: (u.manager && u.manager.userPrincipalName) || undefined
        })
      );
      const next = page['@odata.nextLink'];
      if (!next) return people;
      request = this.graph.api(next);
    }
  }
}
