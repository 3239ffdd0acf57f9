import { instant } from '../instant';
import { normalizeLogin, type OrgUnit, type UnitLevel } from '../org/orgModel';
import type { UnitVersion } from '../org/unitHistory';

// The units list's JSON cells are read where the org model is built (view mode): kept apart from the tab's rules.
export { readDepartures, readTaskGroupMembers } from '../org/unitRowReaders';

/**
 * The units list as HR keeps it: a dated history (domain/org/unitHistory). A change of head, deputies,
 * secretary (who keeps the meeting's minutes), delegated evaluator, task groups or period kind is a new
 * row from a date; nothing is edited, so who had authority on any day stays known. What Graph cannot
 * say is kept here: the unit's code and place in the tree, and who of its people is in which group of
 * similar tasks (the quota's scope, domain/org/quotaGroup).
 */

/** The state of a unit HR records from a date (one new row). */
export interface UnitChange {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode?: string;
  headLogin?: string;
  deputyLogins: string[];
  secretaryLogin?: string;
  evaluatorLogin?: string;
  taskGroups: string[];
  /** login → one of taskGroups. */
  taskGroupMembers: { [login: string]: string };
  /** Blank: the ministry's setting. */
  periodKind?: 'MONTH' | 'QUARTER';
  /** yyyy-mm-dd (or an ISO time): from when the row holds. */
  effectiveFrom: string;
  /** Why, when the row reaches back before the unit's last recorded change (it is flagged to HR). */
  reason?: string;
}

/** The list's row as SharePoint stores it (DGCC_Units, schema 4). */
export interface UnitRowFields {
  Title: string;
  UnitCode: string;
  ParentCode: string;
  UnitLevel: UnitLevel;
  HeadLogin: string;
  DeputyLogins: string;
  SecretaryLogin: string;
  EvaluatorLogin: string;
  TaskGroups: string;
  TaskGroupMembers: string;
  EffectiveFrom: string;
  PeriodKind?: 'MONTH' | 'QUARTER';
}

export type UnitProblemCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  /** 1 to 20 capital letters, digits, "-" or "_". */
  | 'BAD_CODE'
  | 'BAD_DATE'
  /** The parent is not a unit of the list, or is the unit itself or one of its own units. */
  | 'BAD_PARENT'
  /** A person not in the directory (Entra ID). */
  | 'NOT_IN_DIRECTORY'
  /** The person recording the change named themself ({0}: the role's field). */
  | 'SELF_APPOINTED'
  /** The same person twice (head and deputy). */
  | 'DUPLICATE'
  /** Dated before the unit's last change ({0}: its date): say why. */
  | 'BACKDATED_NEEDS_REASON'
  /** A member put in a group the unit does not list. */
  | 'UNKNOWN_GROUP';

export type UnitField =
  | 'code'
  | 'name'
  | 'level'
  | 'parentCode'
  | 'headLogin'
  | 'deputyLogins'
  | 'secretaryLogin'
  | 'evaluatorLogin'
  | 'taskGroups'
  | 'taskGroupMembers'
  | 'effectiveFrom'
  | 'reason';

export interface UnitProblem {
  field: UnitField;
  code: UnitProblemCode;
  params?: Array<string | number>;
}

export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;
export const UNIT_NAME_MAX = 255;
export const REASON_MAX = 1000;

const distinct = (logins: ReadonlyArray<string | undefined>): string[] =>
  logins.map((l) => normalizeLogin(l)).filter((l, i, all) => !!l && all.indexOf(l) === i);

/** The fields of the new row a change is written as (the Excel import writes the same). */
export function unitRowFields(change: UnitChange): UnitRowFields {
  const members: { [login: string]: string } = {};
  Object.keys(change.taskGroupMembers)
    .sort()
    .forEach((login) => {
      const group = (change.taskGroupMembers[login] || '').trim();
      if (group) members[normalizeLogin(login)] = group;
    });
  return {
    Title: change.name.trim(),
    UnitCode: change.code.trim().toUpperCase(),
    ParentCode: (change.parentCode || '').trim().toUpperCase(),
    UnitLevel: change.level,
    HeadLogin: normalizeLogin(change.headLogin),
    DeputyLogins: distinct(change.deputyLogins).join('\n'),
    SecretaryLogin: normalizeLogin(change.secretaryLogin),
    EvaluatorLogin: normalizeLogin(change.evaluatorLogin),
    TaskGroups: change.taskGroups.map((g) => g.trim()).filter((g, i, all) => !!g && all.indexOf(g) === i).join('\n'),
    TaskGroupMembers: Object.keys(members).length ? JSON.stringify(members) : '',
    EffectiveFrom: /^\d{4}-\d{2}-\d{2}$/.test(change.effectiveFrom) ? `${change.effectiveFrom}T00:00:00Z` : new Date(change.effectiveFrom).toISOString(),
    // A Choice column takes no empty value: left out, it is blank (the ministry's setting).
    ...(change.periodKind ? { PeriodKind: change.periodKind } : {})
  };
}

/** A unit as it stands, as the form's starting point for its next change. */
export function changeOf(unit: OrgUnit, effectiveFrom: string): UnitChange {
  return {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    parentCode: unit.parentCode,
    headLogin: unit.headLogin,
    deputyLogins: unit.deputyLogins.slice(),
    secretaryLogin: unit.secretaryLogin,
    evaluatorLogin: unit.evaluatorLogin,
    taskGroups: unit.taskGroups.slice(),
    taskGroupMembers: { ...(unit.taskGroupMembers || {}) },
    periodKind: unit.periodKind,
    effectiveFrom
  };
}

/** What validation needs besides the change. */
export interface UnitChangeContext {
  /** Who records the change (the form refuses a row naming them: the domain would ignore it anyway). */
  recorder: string;
  /** Everyone in the directory (Entra ID), normalised or not. */
  directory: readonly string[];
  /** The units in force (to check the parent and that the tree has no cycle). */
  units: readonly OrgUnit[];
  /** Each unit's last counted change (ISO): lastChanges(history.versions). */
  lastChange: { readonly [code: string]: string };
}

/** Checks a change before it is written; each problem names its field (shown next to it). */
export function validateUnitChange(change: UnitChange, context: UnitChangeContext): UnitProblem[] {
  const problems: UnitProblem[] = [];
  const code = change.code.trim().toUpperCase();
  if (!code) problems.push({ field: 'code', code: 'REQUIRED' });
  else if (!UNIT_CODE_PATTERN.test(code)) problems.push({ field: 'code', code: 'BAD_CODE' });
  if (!change.name.trim()) problems.push({ field: 'name', code: 'REQUIRED' });
  else if (change.name.trim().length > UNIT_NAME_MAX) problems.push({ field: 'name', code: 'TOO_LONG', params: [UNIT_NAME_MAX] });

  // The tree: a ministry has no parent; every other unit sits under a unit of the list, never under itself.
  const parent = (change.parentCode || '').trim().toUpperCase();
  if (change.level !== 'MINISTRY') {
    if (!parent) problems.push({ field: 'parentCode', code: 'REQUIRED' });
    else {
      const byCode: { [code: string]: OrgUnit } = {};
      context.units.forEach((u) => (byCode[u.code] = u));
      let cursor: string | undefined = parent;
      const seen: { [code: string]: true } = {};
      let bad = !byCode[parent];
      while (!bad && cursor && !seen[cursor]) {
        if (cursor === code) bad = true;
        seen[cursor] = true;
        cursor = byCode[cursor] ? byCode[cursor].parentCode : undefined;
      }
      if (bad) problems.push({ field: 'parentCode', code: 'BAD_PARENT' });
    }
  }

  const inDirectory: { [login: string]: true } = {};
  context.directory.forEach((l) => (inDirectory[normalizeLogin(l)] = true));
  const recorder = normalizeLogin(context.recorder);
  const person = (field: UnitField, login: string | undefined): void => {
    const l = normalizeLogin(login);
    if (!l) return;
    if (!inDirectory[l]) problems.push({ field, code: 'NOT_IN_DIRECTORY', params: [l] });
    else if (l === recorder) problems.push({ field, code: 'SELF_APPOINTED', params: [l] });
  };
  person('headLogin', change.headLogin);
  change.deputyLogins.forEach((l) => person('deputyLogins', l));
  person('secretaryLogin', change.secretaryLogin);
  person('evaluatorLogin', change.evaluatorLogin);
  const head = normalizeLogin(change.headLogin);
  if (head && change.deputyLogins.some((l) => normalizeLogin(l) === head)) problems.push({ field: 'deputyLogins', code: 'DUPLICATE', params: [head] });

  const groups = change.taskGroups.map((g) => g.trim()).filter((g) => !!g);
  Object.keys(change.taskGroupMembers).forEach((login) => {
    const group = (change.taskGroupMembers[login] || '').trim();
    if (!group) return;
    if (groups.indexOf(group) < 0) problems.push({ field: 'taskGroupMembers', code: 'UNKNOWN_GROUP', params: [group] });
    else if (!inDirectory[normalizeLogin(login)]) problems.push({ field: 'taskGroupMembers', code: 'NOT_IN_DIRECTORY', params: [normalizeLogin(login)] });
  });

  if (!change.effectiveFrom) problems.push({ field: 'effectiveFrom', code: 'REQUIRED' });
  else if (isNaN(Date.parse(change.effectiveFrom))) problems.push({ field: 'effectiveFrom', code: 'BAD_DATE' });
  else {
    const last = context.lastChange[code];
    // By the day, as the history flags backdated rows: a change dated today follows a row recorded this morning.
    const from = new Date(/^\d{4}-\d{2}-\d{2}$/.test(change.effectiveFrom) ? `${change.effectiveFrom}T00:00:00Z` : change.effectiveFrom).toISOString().slice(0, 10);
    if (last && instant(last) > 0 && from < new Date(instant(last)).toISOString().slice(0, 10) && !(change.reason || '').trim()) {
      problems.push({ field: 'reason', code: 'BACKDATED_NEEDS_REASON', params: [last.slice(0, 10)] });
    }
  }
  if ((change.reason || '').trim().length > REASON_MAX) problems.push({ field: 'reason', code: 'TOO_LONG', params: [REASON_MAX] });
  return problems;
}

/**
 * The instant a change dated `day` holds from, given the unit's last change: midnight of the day, unless
 * the last change holds from later that same day (a row recorded without a date holds from when it was
 * recorded); then just after it, so the change recorded later wins, as a later row of the same day does.
 */
export function effectiveFromAfter(fromIso: string, last: string | undefined): string {
  if (!last || instant(last) === 0 || last.slice(0, 10) !== fromIso.slice(0, 10) || instant(fromIso) > instant(last)) return fromIso;
  return new Date(instant(last) + 1000).toISOString();
}

/** Each unit's latest counted change (the screened versions are sorted by date, then as recorded). */
export function lastChanges(versions: readonly UnitVersion[]): { [code: string]: string } {
  const last: { [code: string]: string } = {};
  versions.forEach((v) => (last[v.unit.code] = v.from));
  return last;
}

/** A unit with the units under it, for the tree (Bộ → Cục/Vụ → Phòng). */
export interface UnitNode {
  unit: OrgUnit;
  children: UnitNode[];
}

/**
 * The units as a tree, by name within a level. A unit whose parent is not in the list (bad data) is
 * shown at the top, not lost.
 */
export function unitTree(units: readonly OrgUnit[]): UnitNode[] {
  const nodes: { [code: string]: UnitNode } = {};
  units.forEach((unit) => (nodes[unit.code] = { unit, children: [] }));
  const roots: UnitNode[] = [];
  units.forEach((unit) => {
    const parent = unit.parentCode ? nodes[unit.parentCode] : undefined;
    if (parent && parent !== nodes[unit.code]) parent.children.push(nodes[unit.code]);
    else roots.push(nodes[unit.code]);
  });
  const sort = (list: UnitNode[]): UnitNode[] => {
    list.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
    list.forEach((n) => sort(n.children));
    return list;
  };
  return sort(roots);
}
