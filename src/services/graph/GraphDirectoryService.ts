import type { Person } from '../../domain/evaluation/model';
import { normalizeLogin } from '../../domain/org/orgModel';
import type { IDirectoryService } from '../contracts';

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

export class GraphDirectoryService implements IDirectoryService {
  private readonly graph: GraphApi;
  private me: Promise<Person> | undefined;
  private reports: Promise<string[]> | undefined;

  public constructor(graph: GraphApi) {
    this.graph = graph;
  }

  public getMe(): Promise<Person> {
    // Asked once per page: every web part on the page shares this service.
    if (!this.me) {
      this.me = this.graph
        .api('/me')
        .select(PERSON_FIELDS)
        // The manager comes with the same request: who scores my periods.
        .expand('manager($select=userPrincipalName)')
        .get()
        .then((user) => toPerson(user as GraphUser));
      this.me.catch(() => {
        this.me = undefined; // a failure is not cached: "Try again" asks again
      });
    }
    return this.me;
  }

  public getDirectReports(): Promise<string[]> {
    if (!this.reports) {
      this.reports = this.graph
        .api('/me/directReports')
        .select('userPrincipalName')
        .top(999)
        .get()
        .then((page) => ((page as { value: Array<{ userPrincipalName?: string }> }).value || []).map((u) => normalizeLogin(u.userPrincipalName)).filter((l) => !!l));
      this.reports.catch(() => {
        this.reports = undefined;
      });
    }
    return this.reports;
  }
}
