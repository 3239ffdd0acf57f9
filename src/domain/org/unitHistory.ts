import { buildOrgModel, type DirectoryPerson } from './buildOrgModel';
import { instant as at } from '../instant';
import { normalizeLogin, type OrgModel, type OrgUnit } from './orgModel';

/**
 * The units list is a dated history (architecture: authority at the act's date). Each row is a unit's
 * state from a date on; a change is a new row (HR adds rows and edits none), so who headed, deputised,
 * kept the minutes or evaluated a unit on any day stays known, and a later change of heads never
 * rewrites the past. An act is judged by the authority on its own date.
 */
export interface UnitVersion {
  /** The row's id in the units list. */
  id: number;
  unit: OrgUnit;
  /** From when it holds (the row's EffectiveFrom, else when it was recorded). */
  from: string;
  /** When it was recorded (the row's Created, set by SharePoint). */
  recordedAt: string;
  /** Who recorded it (the row's Author). */
  recordedBy: string;
  /** Who last changed the row, if not its author (an owner editing history in place). */
  editedBy?: string;
}

export interface UnitHistory {
  /** The versions that count, oldest first. */
  versions: UnitVersion[];
  /** Versions ignored, with why (for HR's audit). */
  ignored: Array<{ version: UnitVersion; reason: string }>;
  /** Versions that count but that HR should look at: recorded with an earlier date, edited in place. */
  flagged: Array<{ version: UnitVersion; reason: string }>;
}

/**
 * Whom a row lends authority to: the unit's leaders, and for a transfer the manager who scored the months
 * before it, and the person moved (nobody records their own move: it decides who judged their months).
 */
const rolesOf = (unit: OrgUnit): string[] => {
  const departures = unit.departures || {};
  const moved = Object.keys(departures);
  return [unit.headLogin, unit.secretaryLogin, unit.evaluatorLogin, ...unit.deputyLogins, ...moved, ...moved.map((login) => departures[login].managerLogin)]
    .filter((l): l is string => !!l)
    .map(normalizeLogin);
};

const byFrom = (a: UnitVersion, b: UnitVersion): number =>
  at(a.from) !== at(b.from) ? at(a.from) - at(b.from) : at(a.recordedAt) !== at(b.recordedAt) ? at(a.recordedAt) - at(b.recordedAt) : a.id - b.id;

/**
 * Screens the units list's rows: a row that names its own author in a role of authority (head, deputy,
 * secretary, delegated evaluator) is ignored (nobody appoints themself: another HR member records it);
 * a row dated before it was recorded counts but is shown to HR (a real appointment entered late, or an
 * attempt to reach back); so is a row changed in place by someone other than its author.
 */
export function screenUnitHistory(versions: readonly UnitVersion[]): UnitHistory {
  const history: UnitHistory = { versions: [], ignored: [], flagged: [] };
  versions
    .slice()
    .sort(byFrom)
    .forEach((version) => {
      if (rolesOf(version.unit).indexOf(normalizeLogin(version.recordedBy)) >= 0) {
        history.ignored.push({ version, reason: `${version.recordedBy} tự ghi mình vào vai trò lãnh đạo, thư ký hoặc người đánh giá của đơn vị ${version.unit.code}: không được tính.` });
        return;
      }
      if (version.editedBy && normalizeLogin(version.editedBy) !== normalizeLogin(version.recordedBy)) {
        history.flagged.push({ version, reason: `Dòng do ${version.recordedBy} ghi đã bị ${version.editedBy} sửa trực tiếp.` });
      }
      if (version.from.slice(0, 10) < version.recordedAt.slice(0, 10)) {
        history.flagged.push({ version, reason: `Hiệu lực từ ${version.from.slice(0, 10)}, ghi ngày ${version.recordedAt.slice(0, 10)}: ghi lùi ngày.` });
      }
      history.versions.push(version);
    });
  return history;
}

/**
 * The units as they stood at `date`: for each unit, its latest version in force then. Before a unit's
 * first recorded version nothing better is known, so the first stands for the time before it (a site
 * whose units list was filled once, before any history, keeps judging its past acts as it did).
 */
export function unitsAt(versions: readonly UnitVersion[], date: string): OrgUnit[] {
  const byCode: { [code: string]: UnitVersion } = {};
  versions.forEach((version) => {
    const code = version.unit.code;
    const held = byCode[code];
    if (!held) byCode[code] = version;
    else if (at(version.from) <= at(date) && byFrom(held, version) < 0) byCode[code] = version;
  });
  return Object.keys(byCode)
    .sort()
    .map((code) => byCode[code].unit);
}

/** A transfer as the history records it: from `from` on, `login` is no longer in `unitCode`. */
export interface RecordedDeparture {
  login: string;
  unitCode: string;
  /** Their direct manager until `from`. */
  managerLogin: string;
  from: string;
  /** The units list's row that records it. */
  versionId: number;
}

/** Every transfer the counted rows record, oldest first. A move is an event: each row records its own. */
export function departuresOf(versions: readonly UnitVersion[]): RecordedDeparture[] {
  const all: RecordedDeparture[] = [];
  versions.forEach((version) => {
    const departures = version.unit.departures || {};
    Object.keys(departures).forEach((login) =>
      all.push({ login: normalizeLogin(login), unitCode: version.unit.code, managerLogin: normalizeLogin(departures[login].managerLogin), from: version.from, versionId: version.id })
    );
  });
  return all.sort((a, b) => at(a.from) - at(b.from) || a.versionId - b.versionId);
}

/**
 * The directory as it stood at `date` as far as the transfers tell: someone who moved after `date` was
 * managed then by whoever managed them until their first move after it. Everyone else keeps today's manager.
 */
export function directoryAt(directory: readonly DirectoryPerson[], departures: readonly RecordedDeparture[], date: string): DirectoryPerson[] {
  const managerThen: { [login: string]: string } = {};
  departures.forEach((d) => {
    if (at(d.from) > at(date) && managerThen[d.login] === undefined) managerThen[d.login] = d.managerLogin;
  });
  return directory.map((person) => {
    const then = managerThen[normalizeLogin(person.login)];
    return then === undefined ? person : { ...person, managerLogin: then };
  });
}

/** What an org model needs to be rebuilt as it stood on another date. */
export interface OrgHistory {
  versions: readonly UnitVersion[];
  directory: readonly DirectoryPerson[];
}

const HISTORY = new WeakMap<OrgModel, OrgHistory>();
const AT = new WeakMap<OrgModel, { [epoch: string]: OrgModel }>();
const EVENTS = new WeakMap<OrgHistory, { changes: UnitVersion[]; departures: RecordedDeparture[] }>();

/** What starts a new epoch, worked out once per history (every act of a year is judged at its date). */
function eventsOf(history: OrgHistory): { changes: UnitVersion[]; departures: RecordedDeparture[] } {
  let events = EVENTS.get(history);
  if (!events) {
    const firstOf: { [code: string]: number } = {};
    history.versions.forEach((v, i) => (firstOf[v.unit.code] = firstOf[v.unit.code] === undefined ? i : firstOf[v.unit.code]));
    // Only a change after the first version of a unit starts a new epoch.
    events = { changes: history.versions.filter((v, i) => firstOf[v.unit.code] !== i), departures: departuresOf(history.versions) };
    EVENTS.set(history, events);
  }
  return events;
}

/** Who moved during `year` (recorded transfers): their acts of the year before the move carry the unit they left. */
export function movedDuring(org: OrgModel, year: number): string[] {
  const history = HISTORY.get(org);
  if (!history) return [];
  return departuresOf(history.versions)
    .filter((d) => d.from.slice(0, 4) === String(year))
    .map((d) => d.login)
    .filter((login, i, all) => all.indexOf(login) === i);
}

/** Attaches the history an org model was built from, so acts can be judged at their dates (orgAt). */
export function withHistory(org: OrgModel, history: OrgHistory): OrgModel {
  HISTORY.set(org, history);
  return org;
}

/**
 * The org model as it stood at `date`: the units then, and each person's manager then as far as the
 * recorded transfers tell (Microsoft Graph keeps no history of managers: without a transfer recorded, the
 * directory's manager today). Without a recorded history, the model itself.
 */
export function orgAt(org: OrgModel, date: string): OrgModel {
  const history = HISTORY.get(org);
  if (!history || history.versions.length === 0) return org;
  const { changes, departures } = eventsOf(history);
  if (changes.length === 0 && departures.length === 0) return org;
  const later = departures.filter((d) => at(d.from) > at(date));
  const epoch = `${changes.filter((v) => at(v.from) <= at(date)).map((v) => v.id).join(',')}|${later.map((d) => `${d.versionId}:${d.login}`).join(',')}`;
  const cache = AT.get(org) || {};
  AT.set(org, cache);
  if (!cache[epoch]) {
    const rebuilt = buildOrgModel(unitsAt(history.versions, date), directoryAt(history.directory, later, date), org.hrLogins).org;
    cache[epoch] = rebuilt;
  }
  return cache[epoch];
}
