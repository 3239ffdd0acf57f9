import type { SPFI } from '@pnp/sp';
import '@pnp/sp/folders';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/webs';
import type { ReadScope } from '../../domain/org/readScopes';
import { isNotFound } from './odata';
import { ALL_LISTS, ListSpec } from './schema';

/** SharePoint's role types (SP.RoleType): Contributor reads and adds; Administrator is Full Control. */
const CONTRIBUTOR = 3;
const ADMINISTRATOR = 5;

export const HR_GROUP = 'DGCC Vụ Tổ chức cán bộ';

export interface AccessReport {
  listsSecured: string[];
  configurationListsOpenedToHr: string[];
  groupsCreated: string[];
  membersAdded: number;
  foldersCreated: number;
  foldersSecured: number;
}

/** SharePoint Online's claims login for a user principal name. */
export function claimsLogin(upn: string): string {
  return `i:0#.f|membership|${upn}`;
}

/**
 * Who may touch what, on the site (architecture.md, "who may touch what"):
 * - the configuration lists (periods, units, catalogue, settings) stay readable by everyone on the
 *   site and become editable by the HR group;
 * - the read scopes of a year (domain/org/readScopes) are applied to every list of acts:
 * - each list stops inheriting the site's permissions: the site's owners keep Full Control and the
 *   HR group reads and adds everywhere; the site's members and visitors no longer see the acts;
 * - one folder per unit and year, readable (and writable, for adding one's own acts) by its group.
 * Idempotent: what is already right is not touched. Group membership only grows here: people who
 * left a unit keep reading that year's folder, where their own acts of that year are.
 */
export async function ensureAccess(sp: SPFI, scopes: readonly ReadScope[], hrLogins: readonly string[]): Promise<AccessReport> {
  const report: AccessReport = { listsSecured: [], configurationListsOpenedToHr: [], groupsCreated: [], membersAdded: 0, foldersCreated: 0, foldersSecured: 0 };
  const [contributor, administrator, owners] = await Promise.all([
    sp.web.roleDefinitions.getByType(CONTRIBUTOR)<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ADMINISTRATOR)<{ Id: number }>(),
    sp.web.associatedOwnerGroup<{ Id: number }>()
  ]);
  const hrGroupId = await ensureGroup(sp, HR_GROUP, hrLogins, report);

  for (const spec of ALL_LISTS.filter((l) => !l.ownItemsOnly)) {
    const list = sp.web.lists.getByTitle(spec.title);
    const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (HasUniqueRoleAssignments) continue;
    // Copy the site's permissions (everyone keeps reading), then let HR edit.
    await list.breakRoleInheritance(true, false);
    await list.roleAssignments.add(hrGroupId, contributor.Id);
    report.configurationListsOpenedToHr.push(spec.title);
  }

  const actLists = ALL_LISTS.filter((l) => l.ownItemsOnly);
  for (const spec of actLists) {
    await secureList(sp, spec, [
      [owners.Id, administrator.Id],
      [hrGroupId, contributor.Id]
    ], report);
  }
  for (const scope of scopes) {
    const groupId = await ensureGroup(sp, scope.groupName, scope.readerLogins, report);
    for (const spec of actLists) {
      await secureFolder(sp, spec, scope.folderName, groupId, contributor.Id, report);
    }
  }
  return report;
}

/** The HR group exists from the first setup, so the site owner can add HR's people before anything else. */
export async function ensureHrGroup(sp: SPFI, hrLogins: readonly string[]): Promise<number> {
  return ensureGroup(sp, HR_GROUP, hrLogins, { listsSecured: [], configurationListsOpenedToHr: [], groupsCreated: [], membersAdded: 0, foldersCreated: 0, foldersSecured: 0 });
}

async function ensureGroup(sp: SPFI, name: string, logins: readonly string[], report: AccessReport): Promise<number> {
  let group: { Id: number } | undefined;
  try {
    group = await sp.web.siteGroups.getByName(name).select('Id')<{ Id: number }>();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  if (!group) {
    group = await sp.web.siteGroups.add({ Title: name, Description: 'Đánh giá công chức: người được xem và ghi trong phạm vi này' });
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

async function secureList(sp: SPFI, spec: ListSpec, grants: readonly Grant[], report: AccessReport): Promise<void> {
  const list = sp.web.lists.getByTitle(spec.title);
  const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (HasUniqueRoleAssignments) return;
  await list.breakRoleInheritance(false, true);
  for (const [principal, role] of grants) await list.roleAssignments.add(principal, role);
  report.listsSecured.push(spec.title);
}

async function secureFolder(sp: SPFI, spec: ListSpec, folderName: string, groupId: number, roleId: number, report: AccessReport): Promise<void> {
  const list = sp.web.lists.getByTitle(spec.title);
  const folders = list.rootFolder.folders;
  let exists = true;
  try {
    await folders.getByUrl(folderName).select('Name')();
  } catch (error) {
    if (!isNotFound(error)) throw error;
    exists = false;
  }
  if (!exists) {
    await folders.addUsingPath(folderName);
    report.foldersCreated++;
  }
  const item = await folders.getByUrl(folderName).getItem<{ HasUniqueRoleAssignments: boolean }>('HasUniqueRoleAssignments');
  if (item.HasUniqueRoleAssignments) return;
  // Copy the list's owners and HR, then let the unit-year group in.
  await item.breakRoleInheritance(true, true);
  await item.roleAssignments.add(groupId, roleId);
  report.foldersSecured++;
}
