import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/webs';
import { buildOrgModel, DirectoryPerson } from '../../domain/org/buildOrgModel';
import type { OrgModel, OrgUnit, UnitLevel } from '../../domain/org/orgModel';
import { httpStatusOf, isNotFound } from '../sharepoint/odata';
import { readTogether } from '../sharepoint/repository';
import { HR_GROUP } from '../sharepoint/access';
import { LISTS } from '../sharepoint/schema';
import type { GraphApi } from './GraphDirectoryService';

export interface UnitRow {
  Title: string;
  UnitCode: string;
  ParentCode?: string;
  UnitLevel?: UnitLevel;
  HeadLogin?: string;
  DeputyLogins?: string;
  SecretaryLogin?: string;
  EvaluatorLogin?: string;
  TaskGroups?: string;
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

/** The units list's columns, which the evaluation service reads too. */
export const UNIT_FIELDS = ['Title', 'UnitCode', 'ParentCode', 'UnitLevel', 'HeadLogin', 'DeputyLogins', 'SecretaryLogin', 'EvaluatorLogin', 'TaskGroups'];
/** A ministry has a few hundred units: one page. */
const UNIT_ROWS = 2000;

interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface LoadedOrg {
  org: OrgModel;
  /** People the directory has but the units list cannot place: shown to HR to correct. */
  unplaced: string[];
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
    taskGroups: splitLogins(row.TaskGroups)
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
    const units = unitRows.filter((r) => !!r.UnitCode).map(toOrgUnit);
    const hrLogins = hrUsers.map((u) => u.UserPrincipalName || u.Email || '').filter((s) => !!s);
    return buildOrgModel(units, people, hrLogins);
  }

  /** The units list and the HR group's members, in one `$batch`. */
  private readUnitsAndHr(): Promise<[UnitRow[], HrMember[]]> {
    return readTogether<[UnitRow[], HrMember[]]>(this.sp, (b) => [
      b.web.lists.getByTitle(LISTS.units.title).items.select(...UNIT_FIELDS).top(UNIT_ROWS)<UnitRow[]>(),
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
