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

/** SharePoint's role types (SP.RoleType): Reader; Contributor reads and adds; Administrator is Full Control. */
const READER = 2;
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
  const [reader, contributor, administrator, owners, members, visitors] = await Promise.all([
    sp.web.roleDefinitions.getByType(READER)<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(CONTRIBUTOR)<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ADMINISTRATOR)<{ Id: number }>(),
    sp.web.associatedOwnerGroup<{ Id: number }>(),
    sp.web.associatedMemberGroup<{ Id: number }>(),
    sp.web.associatedVisitorGroup<{ Id: number }>()
  ]);
  const hrGroupId = await ensureGroup(sp, HR_GROUP, hrLogins, report);

  // The configuration lists decide who leads and who evaluates whom: everyone on the site reads them,
  // only HR (and the owners) change them; the site's members lose their usual Edit here.
  for (const spec of ALL_LISTS.filter((l) => !l.ownItemsOnly)) {
    const changed = await secure(sp.web.lists.getByTitle(spec.title), false, [
      [owners.Id, administrator.Id],
      [hrGroupId, contributor.Id],
      [members.Id, reader.Id],
      [visitors.Id, reader.Id]
    ]);
    if (changed) report.configurationListsOpenedToHr.push(spec.title);
  }

  const actLists = ALL_LISTS.filter((l) => l.ownItemsOnly);
  for (const spec of actLists) {
    const changed = await secure(sp.web.lists.getByTitle(spec.title), false, [
      [owners.Id, administrator.Id],
      [hrGroupId, contributor.Id]
    ]);
    if (changed) report.listsSecured.push(spec.title);
  }
  for (const scope of scopes) {
    const groupId = await ensureGroup(sp, scope.groupName, scope.readerLogins, report);
    for (const spec of actLists) {
      await secureFolder(sp, spec, scope.folderName, [[owners.Id, administrator.Id], [hrGroupId, contributor.Id], [groupId, contributor.Id]], report);
    }
  }
  return report;
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
    select(...fields: string[]): () => Promise<unknown>;
    add(principalId: number, roleDefId: number): Promise<void>;
  };
}

/**
 * Gives a list or folder its own permissions with exactly these grants added. Checks each grant even
 * when the permissions are already unique, so that a run cut short between breaking the inheritance
 * and the last grant is finished by the next run. Returns whether anything changed.
 */
async function secure(securable: Securable, copyFromParent: boolean, grants: readonly Grant[]): Promise<boolean> {
  const { HasUniqueRoleAssignments } = (await securable.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
  let changed = false;
  if (!HasUniqueRoleAssignments) {
    await securable.breakRoleInheritance(copyFromParent, true);
    changed = true;
  }
  const present = ((await securable.roleAssignments.select('PrincipalId')()) as Array<{ PrincipalId: number }>).map((a) => a.PrincipalId);
  for (const [principal, role] of grants) {
    if (present.indexOf(principal) >= 0) continue;
    await securable.roleAssignments.add(principal, role);
    changed = true;
  }
  return changed;
}

async function secureFolder(sp: SPFI, spec: ListSpec, folderName: string, grants: readonly Grant[], report: AccessReport): Promise<void> {
  const folders = sp.web.lists.getByTitle(spec.title).rootFolder.folders;
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
  const item = await folders.getByUrl(folderName).getItem();
  if (await secure(item as unknown as Securable, false, grants)) report.foldersSecured++;
}
