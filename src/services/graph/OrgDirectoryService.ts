import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/webs';
import { readDepartures, readTaskGroupMembers } from '../../domain/org/unitRowReaders';
import { buildOrgModel, DirectoryPerson } from '../../domain/org/buildOrgModel';
import {
  judgeSnapshot,
  newestCompleteSnapshot,
  snapshotLimitsAt,
  type OrgSnapshot,
  type SnapshotSettingRow,
  type SnapshotState,
  type StoredSnapshotPart
} from '../../domain/org/orgSnapshot';
import { readSnapshotParts, readSnapshotSettingRows } from '../sharepoint/orgSnapshot';
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

export interface HrMember {
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
  /** The organisation's snapshot (issue 13): whether the directory above came from it, and its state. */
  snapshot?: SnapshotState;
  /** Who SharePoint says reads (its currentUser, read in the same batch), normalised. */
  readerLogin?: string;
}

/** What the organisation is read from: one `$batch`, alone or inside a view's batch. */
export type OrgReads = [UnitRow[], HrMember[], HrMember[], StoredSnapshotPart[], SnapshotSettingRow[], HrMember | undefined];


/** What one entitled person may do with the snapshot: HR and the site owners add to its list. */
interface Reader {
  login: string;
  mayWriteSnapshot: boolean;
}

/** Lists of logins are stored one per line (or separated by ";"), the way people paste them. */
export function splitLogins(text: string | undefined): string[] {
  return (text || '')
    .split(/[\n;,]+/)
    .map((s) => s.trim())
    .filter((s) => !!s);
}

/** No group yet (404), or a group whose members only its members may see (403): nobody known. */
function noMembers(error: unknown): HrMember[] {
  if (isNotFound(error) || httpStatusOf(error) === 403) return [];
  throw error;
}

function normalize(login: string | undefined): string {
  return (login || '').trim().toLowerCase();
}

function loginsOf(users: readonly HrMember[]): string[] {
  return users.map((u) => u.UserPrincipalName || u.Email || '').filter((s) => !!s);
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
  private readonly today: () => Date;
  private loaded: Promise<LoadedOrg> | undefined;
  private refreshing: Promise<void> = Promise.resolve();

  public constructor(sp: SPFI, graph: GraphApi, today: () => Date = () => new Date()) {
    this.sp = sp;
    this.graph = graph;
    this.today = today;
  }

  /** The background refresh started by the last load, if any (tests and the set-up wait for it). */
  public whenRefreshed(): Promise<void> {
    return this.refreshing;
  }

  /**
   * Takes a new snapshot now (HR's button, the site's set-up): the whole directory from Graph, written
   * in parts and journalled. The next load reads it.
   */
  public async refreshSnapshot(): Promise<{ takenAt: string; people: number }> {
    const people = await this.readDirectory();
    const { takeOrgSnapshot } = await import(/* webpackChunkName: 'dgcc-org-snapshot' */ '../sharepoint/orgSnapshotWriter');
    const taken = await takeOrgSnapshot(this.sp, people, this.today());
    this.loaded = undefined;
    return taken;
  }

  public getOrg(): Promise<LoadedOrg> {
    if (!this.loaded) {
      this.loaded = this.load(this.readUnitsAndHr());
      this.loaded.catch(() => (this.loaded = undefined));
    }
    return this.loaded;
  }

  /**
   * Lets a view's own `$batch` carry the organisation's reads when nobody has read it yet on this
   * page (issue 13: no request of its own). `send` gets a function adding the reads to its batch
   * (undefined when the organisation is read or being read already); callers of getOrg meanwhile wait
   * for that batch. Should the view's batch fail before the reads came back, they are read alone.
   */
  public async carry<T>(send: (addReads: ((b: SPFI) => Promise<OrgReads>) | undefined) => Promise<T>): Promise<T> {
    if (this.loaded) return send(undefined);
    let carried: Promise<OrgReads> | undefined;
    let settle: (reads: Promise<OrgReads>) => void = () => undefined;
    const reads = new Promise<OrgReads>((resolve) => (settle = (r) => resolve(r)));
    const loading = this.load(reads);
    this.loaded = loading;
    loading.catch(() => {
      if (this.loaded === loading) this.loaded = undefined;
    });
    const settleFromBatch = async (): Promise<void> => {
      const attempt = carried;
      const ok = attempt ? await attempt.then(() => true, () => false) : false;
      settle(ok && attempt ? attempt : this.readUnitsAndHr());
    };
    try {
      const result = await send((b) => (carried = this.orgReadsIn(b)));
      await settleFromBatch();
      return result;
    } catch (error) {
      await settleFromBatch();
      throw error;
    }
  }

  private async load(read: Promise<OrgReads>): Promise<LoadedOrg> {
    const [unitRows, hrUsers, ownerUsers, parts, settingRows, me] = await read;
    const now = this.today();
    const { units, history } = unitsInForce(unitRows);
    const hrLogins = loginsOf(hrUsers);
    const writers = hrLogins.concat(loginsOf(ownerUsers));
    // HR's dated settings in force today (Hà Nội's day).
    const limits = snapshotLimitsAt(settingRows, new Date(now.getTime() + 7 * 3600000).toISOString().slice(0, 10));
    // Parts by anyone but HR and the owners count for nothing, whatever the list's permissions let through.
    const snapshot = newestCompleteSnapshot(parts, writers);
    const judged = judgeSnapshot(snapshot, now, limits);
    const people = snapshot && judged.usable ? snapshot.people : await this.readDirectory();
    const reader: Reader = { login: normalize(me && (me.UserPrincipalName || me.Email)), mayWriteSnapshot: false };
    reader.mayWriteSnapshot = !!reader.login && writers.map(normalize).indexOf(reader.login) >= 0;
    // An entitled reader refreshes an existing snapshot that is due, after the view has what it needs;
    // the first one is taken by the site's set-up or HR's button.
    if (snapshot && judged.refreshDue && reader.mayWriteSnapshot) this.refreshInBackground(snapshot, judged.usable ? undefined : people);
    const loaded = buildOrgModel(units, people, hrLogins);
    return {
      ...loaded,
      org: withHistory(loaded.org, { versions: history.versions, directory: people }),
      unitHistory: history,
      directory: people,
      snapshot: { takenAt: snapshot && snapshot.takenAt, people: snapshot && snapshot.people.length, used: !!snapshot && judged.usable, maxAgeDays: limits.maxAgeDays },
      readerLogin: reader.login || undefined
    };
  }

  private refreshInBackground(previous: OrgSnapshot, readFromGraph: DirectoryPerson[] | undefined): void {
    const refresh = async (): Promise<void> => {
      const people = readFromGraph || (await this.readDirectory());
      const { takeOrgSnapshot } = await import(/* webpackChunkName: 'dgcc-org-snapshot' */ '../sharepoint/orgSnapshotWriter');
      await takeOrgSnapshot(this.sp, people, this.today());
    };
    // The view does not wait; a failed refresh is tried again by the next entitled reader.
    this.refreshing = this.refreshing.then(refresh).catch((error: unknown) => {
      // eslint-disable-next-line no-console
      console.warn(`The organisation snapshot of ${previous.takenAt} was not refreshed`, error);
    });
  }

  /** The units list, the HR group's and the owners' members, the snapshot's newest parts, the settings and who reads: one `$batch`. */
  private readUnitsAndHr(): Promise<OrgReads> {
    return readTogether<OrgReads>(this.sp, (b) => this.orgReadList(b));
  }

  /** The same reads inside another batch, as one promise. */
  private orgReadsIn(b: SPFI): Promise<OrgReads> {
    return Promise.all(this.orgReadList(b)) as unknown as Promise<OrgReads>;
  }

  private orgReadList(
    b: SPFI
  ): [Promise<UnitRow[]>, Promise<HrMember[]>, Promise<HrMember[]>, Promise<StoredSnapshotPart[]>, Promise<SnapshotSettingRow[]>, Promise<HrMember | undefined>] {
    return [
      readUnitRows(b),
      b.web.siteGroups
        .getByName(HR_GROUP)
        .users.select('UserPrincipalName', 'Email')<HrMember[]>()
        .catch(noMembers),
      b.web.associatedOwnerGroup.users.select('UserPrincipalName', 'Email')<HrMember[]>().catch(noMembers),
      readSnapshotParts(b),
      readSnapshotSettingRows(b),
      b.web.currentUser.select('UserPrincipalName', 'Email')<HrMember>()
    ];
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
