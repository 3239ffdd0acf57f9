import { IntranetStore, ItemRow, ListRow, RoleDefinitionRow, UserRow } from '../../store/store';

/** SharePoint's PermissionKind values (1-based bit positions, as PnPjs's hasPermissions reads them). */
export const Perm = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
  ManagePermissions: 26,
  CreateGroups: 25
} as const;

export interface BasePermissions {
  low: number;
  high: number;
}

/** Where a user is exempt from ReadSecurity / WriteSecurity in one list (PermissionContext.itemSecurityBypass). */
export interface ItemSecurityBypass {
  /** Cancel Checkout on the list itself: every item */
  all: boolean;
  /** item scope keys ('I:<list>:<id>') that grant Cancel Checkout: the items that hold them (or inherit them) */
  scopes: string[];
  /** server-relative paths of folders whose own permissions grant it: everything under them */
  folderPaths: string[];
}

export const FULL_MASK: BasePermissions = { low: 0xffffffff, high: 0x7fffffff };
export const EMPTY_MASK: BasePermissions = { low: 0, high: 0 };

function maskOf(kinds: number[]): BasePermissions {
  let low = 0;
  let high = 0;
  for (const k of kinds) {
    const bit = k - 1;
    if (bit < 32) {
      low = (low | (1 << bit)) >>> 0;
    } else {
      high = (high | (1 << (bit - 32))) >>> 0;
    }
  }
  return { low, high };
}

export function hasPerm(mask: BasePermissions, kind: number): boolean {
  if (mask.low === FULL_MASK.low && mask.high === FULL_MASK.high) {
    return true;
  }
  const bit = kind - 1;
  return bit < 32 ? ((mask.low >>> bit) & 1) === 1 : ((mask.high >>> (bit - 32)) & 1) === 1;
}

export function union(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { low: (a.low | b.low) >>> 0, high: (a.high | b.high) >>> 0 };
}

const READ = [Perm.ViewListItems, Perm.OpenItems, Perm.ViewVersions, Perm.CreateAlerts, Perm.ViewFormPages, Perm.ViewPages,
  Perm.BrowseUserInfo, Perm.UseRemoteAPIs, Perm.UseClientIntegration, Perm.Open];
const CONTRIBUTE = [...READ, Perm.AddListItems, Perm.EditListItems, Perm.DeleteListItems, Perm.DeleteVersions, Perm.BrowseDirectories,
  Perm.EditMyUserInfo, Perm.ManagePersonalViews, Perm.AddDelPrivateWebParts, Perm.UpdatePersonalWebParts];
const EDIT = [...CONTRIBUTE, Perm.ManageLists];
const DESIGN = [...EDIT, Perm.ApproveItems, Perm.CancelCheckout, Perm.AddAndCustomizePages, Perm.ApplyThemeAndBorder, Perm.ApplyStyleSheets];
const LIMITED = [Perm.ViewFormPages, Perm.Open, Perm.BrowseUserInfo, Perm.UseClientIntegration, Perm.UseRemoteAPIs];

/** SharePoint Online's default permission levels, with their usual ids and RoleTypeKind. */
export function defaultRoleDefinitions(): RoleDefinitionRow[] {
  const def = (id: number, name: string, description: string, sort: number, roleType: number, mask: BasePermissions, hidden: boolean = false): RoleDefinitionRow =>
    ({ id, name, description, sort, roleType, low: mask.low, high: mask.high, hidden });
  return [
    def(1073741829, 'Full Control', 'Has full control.', 1, 5, FULL_MASK),
    def(1073741828, 'Design', 'Can view, add, update, delete, approve, and customize.', 32, 4, maskOf(DESIGN)),
    def(1073741830, 'Edit', 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', 48, 6, maskOf(EDIT)),
    def(1073741827, 'Contribute', 'Can view, add, update, and delete list items and documents.', 64, 3, maskOf(CONTRIBUTE)),
    def(1073741826, 'Read', 'Can view pages and list items and download documents.', 128, 2, maskOf(READ)),
    def(1073741825, 'Limited Access', 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', 160, 1, maskOf(LIMITED), true)
  ];
}

export const ROLE = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825
} as const;

/** Scope keys: 'W' (the web), 'L:<listId>' (a list with unique permissions), 'I:<listId>:<itemId>'. */
export function listScopeKey(list: ListRow): string {
  return list.hasUnique ? `L:${list.id}` : 'W';
}
export function itemScopeKey(list: ListRow, item: ItemRow): string {
  return item.scope === 'L' ? listScopeKey(list) : item.scope;
}

/**
 * Computes what one acting user may do, caching per request: the principals they count as
 * (themself, their groups, "Everyone") and the union of their role masks per scope.
 */
export class PermissionContext {
  private readonly principals: Set<number>;
  private readonly cache: Map<string, BasePermissions> = new Map();
  private readonly masks: Map<number, BasePermissions> = new Map();

  public constructor(private readonly store: IntranetStore, public readonly user: UserRow, everyoneIds: number[]) {
    this.principals = new Set<number>([user.id, ...store.groupsOfUser(user.id), ...everyoneIds]);
    for (const d of store.roleDefinitions()) {
      this.masks.set(d.id, { low: d.low, high: d.high });
    }
  }

  public get isSiteAdmin(): boolean {
    return this.user.isSiteAdmin;
  }

  public scopeMask(scope: string): BasePermissions {
    if (this.user.isSiteAdmin) {
      return FULL_MASK;
    }
    const cached = this.cache.get(scope);
    if (cached) {
      return cached;
    }
    let mask = EMPTY_MASK;
    for (const ra of this.store.roleAssignments(scope)) {
      if (this.principals.has(ra.principalId)) {
        mask = union(mask, this.masks.get(ra.roleDefId) ?? EMPTY_MASK);
      }
    }
    this.cache.set(scope, mask);
    return mask;
  }

  public can(scope: string, kind: number): boolean {
    return hasPerm(this.scopeMask(scope), kind);
  }

  public listMask(list: ListRow): BasePermissions {
    return this.scopeMask(listScopeKey(list));
  }

  private readonly readableCache: Map<string, { all: boolean; scopes: string[] }> = new Map();

  /**
   * The scopes of the list this user can read (for trimming queries): 'L' for what inherits from the
   * list, plus the keys of readable folders/items with their own permissions; `all` when nothing is
   * hidden. One query over the role assignments, however many unique scopes the list has.
   */
  public readableScopes(list: ListRow): { all: boolean; scopes: string[] } {
    const cached = this.readableCache.get(list.id);
    if (cached) {
      return cached;
    }
    const uniqueCount = Number(this.store.get('SELECT count(*) AS n FROM items WHERE list_id = ? AND has_unique = 1', list.id)?.n ?? 0);
    const scopes: string[] = [];
    if (this.can(listScopeKey(list), Perm.ViewListItems)) {
      scopes.push('L');
    }
    if (this.user.isSiteAdmin) {
      scopes.push(...this.store.uniqueScopesOfList(list.id));
    } else if (uniqueCount > 0) {
      const readerRoles = [...this.masks.entries()].filter(([, m]) => hasPerm(m, Perm.ViewListItems)).map(([id]) => id);
      const rows = this.store.all(
        // item scopes' assignments exist only while the item has unique permissions (reset and delete clear them)
        `SELECT DISTINCT scope FROM role_assignments
          WHERE scope LIKE ? AND principal_id IN (SELECT value FROM json_each(?)) AND roledef_id IN (SELECT value FROM json_each(?))`,
        `I:${list.id}:%`, JSON.stringify([...this.principals]), JSON.stringify(readerRoles));
      scopes.push(...rows.map((r) => String(r.scope)));
    }
    const result = { all: scopes.length === uniqueCount + 1, scopes };
    this.readableCache.set(list.id, result);
    return result;
  }

  /** A list is visible when the user can read it, or something inside it (SharePoint's limited access). */
  public canSeeList(list: ListRow): boolean {
    if (this.can(listScopeKey(list), Perm.ViewListItems) || this.can(listScopeKey(list), Perm.ManageLists)) {
      return true;
    }
    return this.readableScopes(list).scopes.length > 0;
  }

  private readonly bypassCache: Map<string, ItemSecurityBypass> = new Map();

  /**
   * Where ReadSecurity / WriteSecurity do not apply to this user: users with the Cancel Checkout permission
   * ("Override List Behaviors": Design, Full Control) are exempt, as the list's advanced settings page says;
   * Edit and Contribute obey them. SharePoint documents the list-level case only; when Cancel Checkout is
   * granted on a folder or an item with its own permissions, the local intranet exempts that folder's
   * contents (subfolders included) or that item too (the attacker's side, see dev/README.md "Doubts").
   */
  public itemSecurityBypass(list: ListRow): ItemSecurityBypass {
    const cached = this.bypassCache.get(list.id);
    if (cached) {
      return cached;
    }
    let result: ItemSecurityBypass = { all: true, scopes: [], folderPaths: [] };
    if (!this.can(listScopeKey(list), Perm.CancelCheckout)) {
      const roles = [...this.masks.entries()].filter(([, m]) => hasPerm(m, Perm.CancelCheckout)).map(([id]) => id);
      const scopes = this.store.all(
        `SELECT DISTINCT scope FROM role_assignments
          WHERE scope LIKE ? AND principal_id IN (SELECT value FROM json_each(?)) AND roledef_id IN (SELECT value FROM json_each(?))`,
        `I:${list.id}:%`, JSON.stringify([...this.principals]), JSON.stringify(roles)).map((r) => String(r.scope));
      const ids = scopes.map((k) => Number(k.slice(k.lastIndexOf(':') + 1)));
      const folderPaths = this.store.all(
        'SELECT folder, leaf FROM items WHERE list_id = ? AND fsobj = 1 AND id IN (SELECT value FROM json_each(?))', list.id, JSON.stringify(ids))
        .map((r) => `${String(r.folder)}/${String(r.leaf)}`);
      result = { all: false, scopes, folderPaths };
    }
    this.bypassCache.set(list.id, result);
    return result;
  }

  /** Whether ReadSecurity / WriteSecurity spare this item for this user (see itemSecurityBypass). */
  public bypassesItemSecurity(list: ListRow, item: ItemRow): boolean {
    const b = this.itemSecurityBypass(list);
    if (b.all) {
      return true;
    }
    return b.scopes.includes(item.scope) || b.folderPaths.some((p) => item.folder === p || item.folder.startsWith(`${p}/`));
  }

  public canReadItem(list: ListRow, item: ItemRow): boolean {
    if (!this.can(itemScopeKey(list, item), Perm.ViewListItems)) {
      return false;
    }
    if (list.settings.ReadSecurity === 2 && item.fsobj === 0 && item.authorId !== this.user.id && !this.bypassesItemSecurity(list, item)) {
      return false;
    }
    return true;
  }

  public canWriteItem(list: ListRow, item: ItemRow, kind: number): boolean {
    if (!this.can(itemScopeKey(list, item), kind)) {
      return false;
    }
    if (item.fsobj === 0 && !this.bypassesItemSecurity(list, item)) {
      if (list.settings.WriteSecurity === 4) {
        return false;
      }
      if (list.settings.WriteSecurity === 2 && item.authorId !== this.user.id) {
        return false;
      }
    }
    return true;
  }
}

/** The principal ids every user counts as (the "Everyone except external users" claim). */
export function everyoneIds(store: IntranetStore): number[] {
  const r = store.getMeta('everyone_id');
  return r ? [Number(r)] : [];
}
