import type { SPFI } from '@pnp/sp';
import '@pnp/sp/folders';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import type { PersonalScope, ReportFolderScope, ReadScope } from '../../domain/org/readScopes';
import { HR_GROUP } from './hrGroup';
import { isNotFound } from './odata';
import { ALL_LISTS, LISTS, ListSpec } from './schema';

/** SharePoint's role types (SP.RoleType): Reader; Contributor reads, adds and edits; Administrator is Full Control. */
const READER = 2;
const CONTRIBUTOR = 3;
const ADMINISTRATOR = 5;

export { HR_GROUP };

/**
 * The permission level of the unit-year folders of the lists of acts: add and read, never edit or
 * delete. An act, once added, stays as it was written, even for its author; a correction is a new act
 * that names the one it corrects (domain/workflow). Nobody can recycle a folder holding others' acts.
 */
export const ADD_AND_VIEW = {
  name: 'DGCC Thêm và xem',
  description: 'Đánh giá công chức: thêm mục mới và xem; không sửa, không xóa (mỗi hồ sơ chỉ ghi thêm).',
  // SP.PermissionKind: ViewListItems 1, AddListItems 2, OpenItems 6, ViewVersions 7, ViewFormPages 13,
  // Open 17, ViewPages 18, BrowseUserInfo 28, UseClientIntegration 37, UseRemoteAPIs 38, CreateAlerts 40.
  kinds: [1, 2, 6, 7, 13, 17, 18, 28, 37, 38, 40]
};

/** The { High, Low } mask of SharePoint's BasePermissions for a set of SP.PermissionKind values. */
export function basePermissionsOf(kinds: readonly number[]): { High: number; Low: number } {
  let low = 0;
  let high = 0;
  kinds.forEach((kind) => {
    const bit = kind - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  });
  return { High: high, Low: low };
}

export interface AccessReport {
  listsSecured: string[];
  configurationListsOpenedToHr: string[];
  groupsCreated: string[];
  membersAdded: number;
  foldersCreated: number;
  foldersSecured: number;
  /** Grants taken back (an old Contribute, someone who no longer manages, keeps or decides there). */
  grantsRemoved: number;
}

/** SharePoint Online's claims login for a user principal name. */
export function claimsLogin(upn: string): string {
  return `i:0#.f|membership|${upn}`;
}

/** Which kind of act each list holds, and so who may add there (ReadScope's adders). */
type AdderKind = 'NOBODY' | 'MANAGERS' | 'KEEPERS' | 'EVALUATORS' | 'EVALUATORS_READ';
const ADDERS: { [listTitle: string]: AdderKind } = {
  // Reports and self-evaluations go in each person's own folder (REPORT_LISTS);
  // the unit-year folder keeps what earlier versions put there, read by the unit, added to by nobody.
  // Reviews go in the person's own folder too (schema 5); the unit-year folder keeps the earlier ones.
  [LISTS.workItems.title]: 'NOBODY',
  [LISTS.periodScores.title]: 'NOBODY',
  [LISTS.selfEvaluations.title]: 'NOBODY',
  [LISTS.reviews.title]: 'MANAGERS',
  [LISTS.meetings.title]: 'KEEPERS',
  // The unit-year folder holds the publications, which the unit reads (decisions before publication
  // are in the person's own folder, PERSONAL_LISTS).
  [LISTS.decisions.title]: 'EVALUATORS',
  // Complaints and answers are in the complainant's own folder; the unit does not read this one.
  [LISTS.complaints.title]: 'EVALUATORS_READ'
};

/** The lists with a folder per person where only the person adds (the unit's group and the manager read). */
const REPORT_LISTS: readonly string[] = [LISTS.periodScores.title, LISTS.selfEvaluations.title];

/** The lists with a folder per person, and who adds there besides the competent evaluator. */
const PERSONAL_LISTS: { [listTitle: string]: 'PERSON_READS' | 'PERSON_ADDS' } = {
  // A decision not yet published: the person reads it, the competent evaluator records it.
  [LISTS.decisions.title]: 'PERSON_READS',
  // A complaint by the person, its answer by the competent evaluator.
  [LISTS.complaints.title]: 'PERSON_ADDS'
};

interface Roles {
  reader: number;
  contributor: number;
  administrator: number;
  addAndView: number;
}

/** The site user ids of people (ensureUser adds them to the site once), each asked for once per run. */
class UserIds {
  private readonly known: { [login: string]: Promise<number> } = {};
  public constructor(private readonly sp: SPFI) {}
  public of(logins: readonly string[]): Promise<number[]> {
    return Promise.all(
      logins.map((login) => {
        const key = login.toLowerCase();
        if (!this.known[key]) this.known[key] = this.sp.web.ensureUser(claimsLogin(login)).then((user) => user.Id);
        return this.known[key];
      })
    );
  }
}

/** The names of each list's top folders, read once per list. */
class FolderNames {
  private readonly byList: { [title: string]: Promise<{ [name: string]: true }> } = {};
  public constructor(private readonly sp: SPFI) {}
  public async has(listTitle: string, name: string): Promise<boolean> {
    if (!this.byList[listTitle]) {
      this.byList[listTitle] = this.sp.web.lists
        .getByTitle(listTitle)
        .rootFolder.folders.select('Name')
        .top(5000)<Array<{ Name: string }>>()
        .then((rows) => {
          const names: { [name: string]: true } = {};
          rows.forEach((r) => (names[r.Name.toLowerCase()] = true));
          return names;
        });
    }
    return !!(await this.byList[listTitle])[name.toLowerCase()];
  }
}

/**
 * Who may touch what, on the site (architecture.md, "who may touch what"):
 * - the configuration lists (periods, units, catalogue, settings) stay readable by everyone on the
 *   site and become editable by the HR group;
 * - the private drafts list: everyone on the site adds there and sees only their own items;
 * - each list of acts stops inheriting the site's permissions: the site's owners keep Full Control and
 *   the HR group reads everything; the site's members and visitors no longer see the acts;
 * - one folder per unit and year, read by its group, with Add (never Edit or Delete: ADD_AND_VIEW)
 *   given per kind of act: reviews by the direct managers, minutes by the keepers, publications by the
 *   competent evaluators;
 * - one folder per person in the reports and self-evaluations lists, where only the person adds (the
 *   group of their unit in the year set up and their direct manager read);
 * - one folder per person in the decisions and complaints lists (domain/org/readScopes PersonalScope):
 *   a decision before publication, a complaint and its answer are read by the person, their competent
 *   evaluator and HR only.
 * Idempotent: what is already right is not touched; a grant that is wrong (an earlier version's
 * Contribute, a manager who moved) is replaced. Group membership only grows here: people who left a
 * unit keep reading that year's folder, where their own acts of that year are.
 */
export async function ensureAccess(
  sp: SPFI,
  scopes: readonly ReadScope[],
  hrLogins: readonly string[],
  personal: readonly PersonalScope[] = [],
  reportFolders: readonly ReportFolderScope[] = []
): Promise<AccessReport> {
  const report: AccessReport = { listsSecured: [], configurationListsOpenedToHr: [], groupsCreated: [], membersAdded: 0, foldersCreated: 0, foldersSecured: 0, grantsRemoved: 0 };
  const [reader, contributor, administrator, owners, members, visitors] = await Promise.all([
    sp.web.roleDefinitions.getByType(READER)<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(CONTRIBUTOR)<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ADMINISTRATOR)<{ Id: number }>(),
    sp.web.associatedOwnerGroup<{ Id: number }>(),
    sp.web.associatedMemberGroup<{ Id: number }>(),
    sp.web.associatedVisitorGroup<{ Id: number }>()
  ]);
  const runner = (await sp.web.currentUser.select('Id')<{ Id: number }>()).Id;
  const roles: Roles = { reader: reader.Id, contributor: contributor.Id, administrator: administrator.Id, addAndView: await ensureAddAndViewRole(sp) };
  const hrGroupId = await ensureGroup(sp, HR_GROUP, hrLogins, report);

  // The configuration lists decide who leads and who evaluates whom: everyone on the site reads them,
  // only HR (and the owners) change them; the site's members lose their usual Edit here.
  for (const spec of ALL_LISTS.filter((l) => !l.ownItemsOnly && !l.privateItems)) {
    const grants: Grant[] = [
      [owners.Id, roles.administrator],
      // A dated history (units, settings, catalogue, the journal): HR adds a row for each change and
      // edits none, so the past is never rewritten (domain/org/unitHistory, domain/admin).
      [hrGroupId, spec.hrAccess === 'ADD' ? roles.addAndView : roles.contributor]
    ];
    // The journal's reasons can be personal (a person's extended deadline): HR and the owners only.
    if (!spec.hrOnly) grants.push([members.Id, roles.reader], [visitors.Id, roles.reader]);
    const changed = await secure(sp.web.lists.getByTitle(spec.title), grants, report, runner);
    if (changed) report.configurationListsOpenedToHr.push(spec.title);
  }
  // Drafts: everyone writes their own working copies; the list shows each only theirs (ReadSecurity 2).
  for (const spec of ALL_LISTS.filter((l) => !!l.privateItems)) {
    if (await secure(sp.web.lists.getByTitle(spec.title), [[owners.Id, roles.administrator], [members.Id, roles.contributor], [visitors.Id, roles.contributor]], report, runner)) {
      report.listsSecured.push(spec.title);
    }
  }

  const actLists = ALL_LISTS.filter((l) => l.ownItemsOnly);
  for (const spec of actLists) {
    if (await secure(sp.web.lists.getByTitle(spec.title), [[owners.Id, roles.administrator], [hrGroupId, roles.reader]], report, runner)) {
      report.listsSecured.push(spec.title);
    }
  }
  const userIds = new UserIds(sp);
  // The folders already there, one request per list (not one per folder).
  const folders = new FolderNames(sp);
  const groupIds: { [groupName: string]: number } = {};
  await inPool(scopes, async (scope) => {
    const groupId = await ensureGroup(sp, scope.groupName, scope.readerLogins, report);
    groupIds[scope.groupName] = groupId;
    for (const spec of actLists) {
      const grants = await folderGrants(ADDERS[spec.title], scope, groupId, roles, userIds);
      await secureFolder(sp, spec, scope.folderName, [[owners.Id, roles.administrator], [hrGroupId, roles.reader], ...grants], report, folders, runner);
    }
  });
  await inPool(personal, async (person) => {
    const [personId] = await userIds.of([person.login]);
    const evaluators = await userIds.of(person.evaluatorLogins.filter((l) => l.toLowerCase() !== person.login.toLowerCase()));
    for (const title of Object.keys(PERSONAL_LISTS)) {
      const spec = actLists.find((l) => l.title === title) as ListSpec;
      const personRole = PERSONAL_LISTS[title] === 'PERSON_ADDS' ? roles.addAndView : roles.reader;
      const grants: Grant[] = [[owners.Id, roles.administrator], [hrGroupId, roles.reader], [personId, personRole], ...evaluators.map((id): Grant => [id, roles.addAndView])];
      await secureFolder(sp, spec, person.folderName, grants, report, folders, runner);
    }
  });
  await inPool(reportFolders, async (person) => {
    const groupId = groupIds[person.groupName];
    // The unit-year's group comes with the year's scopes; a person outside them has no folder yet.
    if (groupId === undefined) return;
    const [personId] = await userIds.of([person.login]);
    const managers = await userIds.of(person.managerLogin && person.managerLogin.toLowerCase() !== person.login.toLowerCase() ? [person.managerLogin] : []);
    const grants: Grant[] = [[owners.Id, roles.administrator], [hrGroupId, roles.reader], [groupId, roles.reader], [personId, roles.addAndView]];
    managers.filter((id) => id !== personId).forEach((id) => grants.push([id, roles.reader]));
    for (const title of REPORT_LISTS) {
      const spec = actLists.find((l) => l.title === title) as ListSpec;
      await secureFolder(sp, spec, person.folderName, grants, report, folders, runner);
    }
    // The manager's reviews of the person follow the person, not the unit: after a transfer, whoever
    // manages them now reads the months scored before it (and only their own manager adds there).
    const reviewGrants: Grant[] = [[owners.Id, roles.administrator], [hrGroupId, roles.reader], [groupId, roles.reader], [personId, roles.reader]];
    managers.filter((id) => id !== personId).forEach((id) => reviewGrants.push([id, roles.addAndView]));
    await secureFolder(sp, actLists.find((l) => l.title === LISTS.reviews.title) as ListSpec, person.folderName, reviewGrants, report, folders, runner);
  });
  return report;
}

/** A few at a time: well inside SharePoint's per-user throttling, several times faster than one by one. */
async function inPool<T>(all: readonly T[], work: (item: T) => Promise<void>, size: number = 4): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < all.length) await work(all[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(size, all.length) }, worker));
}


/** Who gets what in one list's unit-year folder, besides the owners and HR. */
async function folderGrants(kind: AdderKind, scope: ReadScope, groupId: number, roles: Roles, userIds: UserIds): Promise<Grant[]> {
  const users = async (logins: readonly string[]): Promise<Grant[]> => (await userIds.of(logins)).map((id): Grant => [id, roles.addAndView]);
  switch (kind) {
    case 'NOBODY':
      return [[groupId, roles.reader]];
    case 'MANAGERS':
      return [[groupId, roles.reader] as Grant].concat(await users(scope.managerLogins));
    case 'KEEPERS':
      return [[groupId, roles.reader] as Grant].concat(await users(scope.keeperLogins));
    case 'EVALUATORS':
      return [[groupId, roles.reader] as Grant].concat(await users(scope.evaluatorLogins));
    case 'EVALUATORS_READ':
      return (await userIds.of(scope.evaluatorLogins)).map((id): Grant => [id, roles.reader]);
  }
}

/** The custom permission level, created once and corrected if someone changed its permissions. */
async function ensureAddAndViewRole(sp: SPFI): Promise<number> {
  const wanted = basePermissionsOf(ADD_AND_VIEW.kinds);
  let found: { Id: number; BasePermissions?: { High: string | number; Low: string | number } } | undefined;
  try {
    found = await sp.web.roleDefinitions.getByName(ADD_AND_VIEW.name).select('Id', 'BasePermissions')<{ Id: number; BasePermissions?: { High: string | number; Low: string | number } }>();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  if (!found) {
    const added = await sp.web.roleDefinitions.add(ADD_AND_VIEW.name, ADD_AND_VIEW.description, 200, wanted);
    return (added.data as { Id: number }).Id;
  }
  const current = found.BasePermissions;
  if (!current || Number(current.High) !== wanted.High || Number(current.Low) !== wanted.Low) {
    await sp.web.roleDefinitions.getById(found.Id).update({ BasePermissions: { High: String(wanted.High), Low: String(wanted.Low) } } as never);
  }
  return found.Id;
}

async function ensureGroup(sp: SPFI, name: string, logins: readonly string[], report: AccessReport): Promise<number> {
  let group: { Id: number } | undefined;
  try {
    group = await sp.web.siteGroups.getByName(name).select('Id')<{ Id: number }>();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  if (!group) {
    group = await sp.web.siteGroups.add({
      Title: name,
      Description: 'Đánh giá công chức: người được xem và ghi trong phạm vi này',
      // Everyone's screens read who is in HR's group; SharePoint would otherwise hide it from non-members.
      OnlyAllowMembersViewMembership: false
    });
    report.groupsCreated.push(name);
  }
  const members = await sp.web.siteGroups.getById(group.Id).users.select('UserPrincipalName', 'Email')<Array<{ UserPrincipalName?: string; Email?: string }>>();
  const present = members.map((m) => (m.UserPrincipalName || m.Email || '').toLowerCase());
  for (const login of logins) {
    if (present.indexOf(login.toLowerCase()) >= 0) continue;
    await sp.web.siteGroups.getById(group.Id).users.add(claimsLogin(login));
    report.membersAdded++;
  }
  return group.Id;
}

type Grant = [principalId: number, roleDefinitionId: number];

interface Securable {
  select(...fields: string[]): () => Promise<unknown>;
  breakRoleInheritance(copyRoleAssignments?: boolean, clearSubscopes?: boolean): Promise<void>;
  roleAssignments: {
    expand(...fields: string[]): { select(...fields: string[]): () => Promise<unknown> };
    add(principalId: number, roleDefId: number): Promise<void>;
    remove(principalId: number, roleDefId: number): Promise<void>;
  };
}

/**
 * Gives a list or folder its own permissions with exactly these grants: each principal named gets
 * exactly its role (a wrong one is replaced), and principals not named lose theirs. Checks every grant
 * even when the permissions are already unique, so that a run cut short is finished by the next one.
 * Returns whether anything changed.
 */
async function secure(securable: Securable, grants: readonly Grant[], report: AccessReport, runner?: number): Promise<boolean> {
  const { HasUniqueRoleAssignments } = (await securable.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
  let changed = false;
  if (!HasUniqueRoleAssignments) {
    // Subscopes kept: folders that already have their own permissions are corrected below, not reset.
    await securable.breakRoleInheritance(false, false);
    changed = true;
  }
  const assignments = (await securable.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')()) as Array<{
    PrincipalId: number;
    RoleDefinitionBindings?: Array<{ Id: number }>;
  }>;
  const wanted: { [principal: number]: number } = {};
  grants.forEach(([principal, role]) => (wanted[principal] = role));
  for (const assignment of assignments) {
    // Breaking the inheritance gave whoever runs this (a site owner) Full Control there: theirs anyway.
    if (assignment.PrincipalId === runner && wanted[assignment.PrincipalId] === undefined) continue;
    for (const binding of assignment.RoleDefinitionBindings || []) {
      if (wanted[assignment.PrincipalId] === binding.Id) continue;
      await securable.roleAssignments.remove(assignment.PrincipalId, binding.Id);
      report.grantsRemoved++;
      changed = true;
    }
  }
  for (const [principal, role] of grants) {
    const present = assignments.find((a) => a.PrincipalId === principal);
    if (present && (present.RoleDefinitionBindings || []).some((b) => b.Id === role)) continue;
    await securable.roleAssignments.add(principal, role);
    changed = true;
  }
  return changed;
}

async function secureFolder(sp: SPFI, spec: ListSpec, folderName: string, grants: readonly Grant[], report: AccessReport, known: FolderNames, runner: number): Promise<void> {
  const folders = sp.web.lists.getByTitle(spec.title).rootFolder.folders;
  if (!(await known.has(spec.title, folderName))) {
    await folders.addUsingPath(folderName);
    report.foldersCreated++;
    // A new folder: its own permissions with exactly the grants, nothing to read or take back first.
    const created = (await folders.getByUrl(folderName).getItem()) as unknown as Securable;
    await created.breakRoleInheritance(false, true);
    for (const [principal, role] of grants) await created.roleAssignments.add(principal, role);
    report.foldersSecured++;
    return;
  }
  const item = await folders.getByUrl(folderName).getItem();
  if (await secure(item as unknown as Securable, grants, report, runner)) report.foldersSecured++;
}
