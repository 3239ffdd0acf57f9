import type { Person } from '../../domain/evaluation/model';
import { normalizeLogin, unitChain } from '../../domain/org/orgModel';
import type { IDirectoryService } from '../contracts';
import type { LoadedOrg } from './OrgDirectoryService';

/**
 * The part of the Graph client we use, so that both MSGraphClientV3 (SharePoint, which carries its
 * own copy of the client's types) and the plain Client (local intranet, tests) fit.
 */
export interface GraphRequestLike {
  select(properties: string | string[]): GraphRequestLike;
  top(n: number): GraphRequestLike;
  expand(properties: string | string[]): GraphRequestLike;
  filter(filter: string): GraphRequestLike;
  get(): Promise<unknown>;
  post(body: unknown): Promise<unknown>;
}

export interface GraphApi {
  api(path: string): GraphRequestLike;
}

const PERSON_FIELDS = 'id,displayName,userPrincipalName,mail,jobTitle,department';

interface GraphUser {
  id: string;
  displayName?: string;
  userPrincipalName: string;
  mail?: string | null; // eslint-disable-line @rushstack/no-new-null -- Graph sends null
  jobTitle?: string | null; // eslint-disable-line @rushstack/no-new-null
  department?: string | null; // eslint-disable-line @rushstack/no-new-null
  manager?: { userPrincipalName?: string };
}

export function toPerson(user: GraphUser): Person {
  return {
    id: user.id,
    displayName: user.displayName || user.userPrincipalName,
    userPrincipalName: user.userPrincipalName,
    mail: user.mail || undefined,
    jobTitle: user.jobTitle || undefined,
    department: user.department || undefined,
    managerLogin: (user.manager && user.manager.userPrincipalName) || undefined
  };
}

/** The organisation as the directory needs it (OrgDirectoryService.getOrg), to find the reader in it. */
export type OrgSource = () => Promise<LoadedOrg>;

/**
 * Who reads, and whose manager they are. Where the page already knows the reader's login (the SPFx
 * page context, the local page's switcher), the person and their direct reports come from the
 * organisation's snapshot, which the views read anyway: no Graph request (issue 13). Graph's `/me`
 * and `/me/directReports` remain for a page that does not know the login, a reader the organisation
 * does not hold, or SharePoint naming another user than the page.
 */
export class GraphDirectoryService implements IDirectoryService {
  private readonly graph: GraphApi;
  private readonly loginHint: string | undefined;
  private readonly org: OrgSource | undefined;
  private me: Promise<Person> | undefined;
  private reports: Promise<string[]> | undefined;

  public constructor(graph: GraphApi, loginHint?: string, org?: OrgSource) {
    this.graph = graph;
    this.loginHint = loginHint ? normalizeLogin(loginHint) : undefined;
    this.org = org;
  }

  /** The reader's login as the page knows it, before any request (undefined: ask getMe). */
  public myLogin(): string | undefined {
    return this.loginHint;
  }

  public getMe(): Promise<Person> {
    // Asked once per page: every web part on the page shares this service.
    if (!this.me) {
      this.me = this.fromOrg((loaded, login) => {
        const person = (loaded.directory || []).filter((p) => normalizeLogin(p.login) === login)[0];
        const placed = loaded.org.people[login];
        // Someone the units list does not place yet is asked of Graph, which knows their department.
        if (!person || !placed) return undefined;
        // The department as the directory has it: the Vụ or Cục (the unit below the ministry); the
        // ministry's leaders, their own unit.
        const chain = unitChain(loaded.org, placed.unitCode);
        const agency = chain.filter((u) => u.level !== 'MINISTRY').pop() || chain[0];
        return {
          id: login,
          displayName: person.displayName || login,
          userPrincipalName: login,
          jobTitle: person.jobTitle,
          department: agency ? agency.name : undefined,
          managerLogin: person.managerLogin ? normalizeLogin(person.managerLogin) : undefined
        };
      }).then((found) => found || this.meFromGraph());
      this.me.catch(() => {
        this.me = undefined; // a failure is not cached: "Try again" asks again
      });
    }
    return this.me;
  }

  public getDirectReports(): Promise<string[]> {
    if (!this.reports) {
      this.reports = this.fromOrg((loaded, login) =>
        (loaded.directory || []).some((p) => normalizeLogin(p.login) === login)
          ? (loaded.directory || []).filter((p) => normalizeLogin(p.managerLogin) === login).map((p) => normalizeLogin(p.login))
          : undefined
      ).then((found) => found || this.reportsFromGraph());
      this.reports.catch(() => {
        this.reports = undefined;
      });
    }
    return this.reports;
  }

  /** `pick` on the organisation, when the page knows the login and SharePoint agrees on who reads. */
  private async fromOrg<T>(pick: (loaded: LoadedOrg, login: string) => T | undefined): Promise<T | undefined> {
    const login = this.loginHint;
    if (!login || !this.org) return undefined;
    const loaded = await this.org();
    if (loaded.readerLogin && loaded.readerLogin !== login) return undefined;
    return pick(loaded, login);
  }

  private meFromGraph(): Promise<Person> {
    return (
      this.graph
        .api('/me')
        .select(PERSON_FIELDS)
        // The manager comes with the same request: who scores my periods.
        .expand('manager($select=userPrincipalName)')
        .get()
        .then((user) => toPerson(user as GraphUser))
    );
  }

  private reportsFromGraph(): Promise<string[]> {
    return this.graph
      .api('/me/directReports')
      .select('userPrincipalName')
      .top(999)
      .get()
      .then((page) => ((page as { value: Array<{ userPrincipalName?: string }> }).value || []).map((u) => normalizeLogin(u.userPrincipalName)).filter((l) => !!l));
  }
}
