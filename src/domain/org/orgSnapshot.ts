import type { DirectoryPerson } from './buildOrgModel';
import { normalizeLogin } from './orgModel';

/**
 * A dated snapshot of the directory (issue 13): each person's login, name, job title and manager, as
 * Graph gave them when HR (or a site owner) took it. Views read it in the batch they already send
 * instead of paging the whole directory (Graph's `$expand=manager`: 100 people a page).
 *
 * It is stored in parts, each a list item whose multi-line text holds a slice of the people: a list's
 * multiple lines of text column holds 63,999 characters, so a part stays below PART_CHARS. Each part
 * names its snapshot and how many parts and people the snapshot has: a reader takes the newest
 * snapshot whose parts are all there, written by someone entitled to write it.
 */

/** Below the 63,999 characters of a list's multiple lines of text column, with room to spare. */
export const PART_CHARS = 60000;

/** One part as written: the snapshot's id, its place among `count` parts, and its slice of people. */
export interface SnapshotPart {
  snapshotId: string;
  index: number;
  count: number;
  /** How many people the whole snapshot holds (a part lost or cut short shows). */
  people: number;
  /** JSON: [[login, name, jobTitle, managerLogin], …], '' for what Graph did not say. */
  text: string;
}

/** A part as read back, with what SharePoint says of it (who added it, when). */
export interface StoredSnapshotPart extends SnapshotPart {
  id: number;
  authorLogin: string;
  /** Who changed the item last (SharePoint's Editor); absent when unknown. */
  editorLogin?: string;
  created: string;
}

export interface OrgSnapshot {
  snapshotId: string;
  /** When it was taken: its first part's Created (set by SharePoint). */
  takenAt: string;
  takenBy: string;
  people: DirectoryPerson[];
}

function entryOf(person: DirectoryPerson): string {
  return JSON.stringify([person.login, person.displayName || '', person.jobTitle || '', person.managerLogin || '']);
}

/** The directory cut into parts of at most `limit` characters each (every person whole in one part). */
export function snapshotParts(people: readonly DirectoryPerson[], snapshotId: string, limit: number = PART_CHARS): SnapshotPart[] {
  const texts: string[] = [];
  let current: string[] = [];
  let length = 2; // the brackets
  people.forEach((person) => {
    const entry = entryOf(person);
    if (entry.length + 2 > limit) throw new Error(`A directory entry is longer than a snapshot part (${person.login}).`);
    const added = entry.length + (current.length ? 1 : 0);
    if (current.length && length + added > limit) {
      texts.push(`[${current.join(',')}]`);
      current = [];
      length = 2;
    }
    length += entry.length + (current.length ? 1 : 0);
    current.push(entry);
  });
  if (current.length || !texts.length) texts.push(`[${current.join(',')}]`);
  return texts.map((text, index) => ({ snapshotId, index, count: texts.length, people: people.length, text }));
}

/** A part's people; undefined when its text is not what the product writes (the snapshot is then incomplete). */
export function peopleOfPart(text: string): DirectoryPerson[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const people: DirectoryPerson[] = [];
  for (const entry of parsed) {
    if (!Array.isArray(entry) || entry.length !== 4 || entry.some((v) => typeof v !== 'string') || !entry[0]) return undefined;
    const [login, name, jobTitle, manager] = entry as string[];
    people.push({ login, displayName: name || login, jobTitle: jobTitle || undefined, managerLogin: manager || undefined });
  }
  return people;
}

/**
 * The newest complete snapshot written by one of `writers` (HR and the site owners): parts by anyone
 * else, or changed by anyone after they were written, are ignored, whatever the list's permissions let
 * through. Complete: parts 0 … count−1 each once,
 * all by the same author and agreeing on the count, and the people they hold as many as they say.
 * Newest: by its first part's item id (SharePoint assigns ids in order; a Created can be forged).
 */
export function newestCompleteSnapshot(parts: readonly StoredSnapshotPart[], writers: readonly string[]): OrgSnapshot | undefined {
  const entitled: { [login: string]: true } = {};
  writers.forEach((w) => (entitled[normalizeLogin(w)] = true));
  const bySnapshot: { [id: string]: StoredSnapshotPart[] } = {};
  // A part changed after it was written, by anyone (its Editor is not its Author), is not the part HR wrote.
  const untouched = (p: StoredSnapshotPart): boolean => !p.editorLogin || normalizeLogin(p.editorLogin) === normalizeLogin(p.authorLogin);
  parts
    .filter((p) => !!p.snapshotId && entitled[normalizeLogin(p.authorLogin)] && untouched(p))
    .forEach((p) => (bySnapshot[p.snapshotId] = (bySnapshot[p.snapshotId] || []).concat([p])));
  const complete = Object.keys(bySnapshot)
    .map((id) => completeSnapshot(bySnapshot[id]))
    .filter((s): s is OrgSnapshot & { firstId: number } => !!s)
    .sort((a, b) => b.firstId - a.firstId);
  if (!complete.length) return undefined;
  const { snapshotId, takenAt, takenBy, people } = complete[0];
  return { snapshotId, takenAt, takenBy, people };
}

function completeSnapshot(parts: readonly StoredSnapshotPart[]): (OrgSnapshot & { firstId: number }) | undefined {
  const count = parts[0].count;
  const author = normalizeLogin(parts[0].authorLogin);
  if (!(count >= 1) || parts.length !== count) return undefined;
  if (parts.some((p) => p.count !== count || p.people !== parts[0].people || normalizeLogin(p.authorLogin) !== author)) return undefined;
  const ordered = parts.slice().sort((a, b) => a.index - b.index);
  if (ordered.some((p, i) => p.index !== i)) return undefined;
  const people: DirectoryPerson[] = [];
  for (const part of ordered) {
    const slice = peopleOfPart(part.text);
    if (!slice) return undefined;
    people.push(...slice);
  }
  if (people.length !== parts[0].people) return undefined;
  const first = parts.slice().sort((a, b) => a.id - b.id)[0];
  return { snapshotId: parts[0].snapshotId, takenAt: first.created, takenBy: author, people, firstId: first.id };
}

/** Hours from the snapshot to `now`; a snapshot dated after `now` (another clock) is of age 0. */
export function snapshotAgeHours(takenAt: string, now: Date): number {
  const taken = Date.parse(takenAt);
  if (!isFinite(taken)) return Infinity;
  return Math.max(0, (now.getTime() - taken) / 3600000);
}

/**
 * HR's dated settings of the snapshot (settingsCatalogue: group ORG; no rule says, so the ministry's
 * choice: UNCONFIRMED defaults of a day and a week). Read here apart from the whole settings engine so
 * that every view's bundle stays small; the same names, defaults and bounds as rating/settings.
 */
export const SNAPSHOT_SETTINGS = {
  refreshHours: { name: 'org.snapshotRefreshHours', byDefault: 24, min: 1, max: 168 },
  maxAgeDays: { name: 'org.snapshotMaxAgeDays', byDefault: 7, min: 1, max: 90 }
} as const;

/** A row of DGCC_Settings as the snapshot's reader needs it. */
export interface SnapshotSettingRow {
  id: number;
  name: string;
  text: string;
  /** YYYY-MM-DD… (the first day it applies); none: from the start */
  effectiveFrom?: string;
}

/** Per setting, the latest row by id in force on `day` (YYYY-MM-DD) whose value is a whole number in bounds; else the default. */
export function snapshotLimitsAt(rows: readonly SnapshotSettingRow[], day: string): SnapshotLimits {
  const valueOf = (setting: { name: string; byDefault: number; min: number; max: number }): number => {
    let value: number = setting.byDefault;
    rows
      .filter((r) => r.name.trim() === setting.name && (!r.effectiveFrom || r.effectiveFrom.slice(0, 10) <= day))
      .sort((a, b) => a.id - b.id)
      .forEach((r) => {
        const n = Number((r.text || '').trim());
        if ((r.text || '').trim() && Math.floor(n) === n && n >= setting.min && n <= setting.max) value = n;
      });
    return value;
  };
  return { refreshHours: valueOf(SNAPSHOT_SETTINGS.refreshHours), maxAgeDays: valueOf(SNAPSHOT_SETTINGS.maxAgeDays) };
}

export interface SnapshotLimits {
  /** org.snapshotRefreshHours: older than this, HR or an owner opening a view refreshes it */
  refreshHours: number;
  /** org.snapshotMaxAgeDays: older than this, views read Graph instead */
  maxAgeDays: number;
}

/** What HR's screens say of the snapshot: when it was taken, how many people, whether views use it. */
export interface SnapshotState {
  /** The newest complete snapshot by an entitled author, if any. */
  takenAt?: string;
  people?: number;
  /** The directory was read from it (else from Graph: none, or older than the limit). */
  used: boolean;
  /** org.snapshotMaxAgeDays in force: older than this, it is not used. */
  maxAgeDays: number;
}

export interface SnapshotJudgement {
  /** Young enough for the views to read the organisation from it. */
  usable: boolean;
  /** Old enough (or missing) for someone entitled to refresh it when they open a view. */
  refreshDue: boolean;
}

export function judgeSnapshot(snapshot: Pick<OrgSnapshot, 'takenAt'> | undefined, now: Date, limits: SnapshotLimits): SnapshotJudgement {
  if (!snapshot) return { usable: false, refreshDue: true };
  const age = snapshotAgeHours(snapshot.takenAt, now);
  return { usable: age <= limits.maxAgeDays * 24, refreshDue: age >= limits.refreshHours };
}
