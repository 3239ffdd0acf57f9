import { ItemRow, ListRow, UserRow } from '../../store/store';
import { SpContext } from './context';
import { SpError, spErrors } from './errors';
import { itemScopeKey, listScopeKey, Perm, ROLE } from './permissions';

/** Something permissions can be set on: the web, a list, or a list item (folders are items). */
export type Securable =
  | { kind: 'web' }
  | { kind: 'list'; list: ListRow }
  | { kind: 'item'; list: ListRow; item: ItemRow };

export function effectiveScope(sec: Securable): string {
  switch (sec.kind) {
    case 'web': return 'W';
    case 'list': return listScopeKey(sec.list);
    default: return itemScopeKey(sec.list, sec.item);
  }
}

export function hasUnique(sec: Securable): boolean {
  return sec.kind === 'web' ? true : sec.kind === 'list' ? sec.list.hasUnique : sec.item.hasUnique;
}

function ownKey(sec: Securable): string {
  return sec.kind === 'web' ? 'W' : sec.kind === 'list' ? `L:${sec.list.id}` : `I:${sec.list.id}:${sec.item.id}`;
}

export function requireManagePermissions(ctx: SpContext, sec: Securable): void {
  if (!ctx.perms.can(effectiveScope(sec), Perm.ManagePermissions)) {
    throw spErrors.accessDenied();
  }
}

function folderPathOf(item: ItemRow): string {
  return `${item.folder}/${item.leaf}`;
}

/** The raw scope a child of this item's parent inherits ('L' or an ancestor folder's key). */
function parentScope(ctx: SpContext, list: ListRow, item: ItemRow): string {
  const cut = item.folder.lastIndexOf('/');
  const parent = ctx.store.folderByPath(list.id, item.folder.slice(0, cut), item.folder.slice(cut + 1));
  return parent ? parent.scope : 'L';
}

function resetItem(ctx: SpContext, list: ListRow, item: ItemRow, inheritFrom: string): void {
  const key = `I:${list.id}:${item.id}`;
  ctx.store.clearRoleAssignments(key);
  ctx.store.setItemScope(list.id, item.id, false, inheritFrom);
  if (item.fsobj === 1) {
    ctx.store.moveSubtreeScope(list.id, folderPathOf(item), key, inheritFrom);
  }
}

/**
 * breakroleinheritance(copyroleassignments, clearsubscopes). As SharePoint does, without copying the
 * parent's assignments the user who breaks inheritance is given Full Control so that they keep access.
 */
export function breakInheritance(ctx: SpContext, sec: Securable, copy: boolean, clearSubscopes: boolean): void {
  requireManagePermissions(ctx, sec);
  ctx.store.tx(() => {
    if (sec.kind === 'web') {
      return;
    }
    const key = ownKey(sec);
    if (!hasUnique(sec)) {
      const from = effectiveScope(sec);
      if (copy) {
        ctx.store.copyRoleAssignments(from, key);
      } else {
        ctx.store.addRoleAssignment(key, ctx.user.id, ROLE.fullControl);
      }
      if (sec.kind === 'list') {
        sec.list.hasUnique = true;
        ctx.store.updateList(sec.list);
      } else {
        const old = sec.item.scope;
        ctx.store.setItemScope(sec.list.id, sec.item.id, true, key);
        if (sec.item.fsobj === 1) {
          ctx.store.moveSubtreeScope(sec.list.id, folderPathOf(sec.item), old, key);
        }
        sec.item.hasUnique = true;
        sec.item.scope = key;
      }
    }
    if (clearSubscopes) {
      if (sec.kind === 'list') {
        for (const it of ctx.store.all('SELECT * FROM items WHERE list_id = ? AND has_unique = 1', sec.list.id).map((r) => ctx.store.toItem(r))) {
          resetItem(ctx, sec.list, it, parentScope(ctx, sec.list, it));
        }
      } else if (sec.item.fsobj === 1) {
        const under = ctx.store.uniqueItemsUnder(sec.list.id, folderPathOf(sec.item)).sort((a, b) => a.folder.length - b.folder.length);
        for (const it of under) {
          const fresh = ctx.store.itemById(sec.list.id, it.id);
          if (fresh) {
            resetItem(ctx, sec.list, fresh, parentScope(ctx, sec.list, fresh));
          }
        }
      }
    }
  });
}

export function resetInheritance(ctx: SpContext, sec: Securable): void {
  requireManagePermissions(ctx, sec);
  ctx.store.tx(() => {
    if (sec.kind === 'list' && sec.list.hasUnique) {
      ctx.store.clearRoleAssignments(`L:${sec.list.id}`);
      sec.list.hasUnique = false;
      ctx.store.updateList(sec.list);
    } else if (sec.kind === 'item' && sec.item.hasUnique) {
      resetItem(ctx, sec.list, sec.item, parentScope(ctx, sec.list, sec.item));
    }
  });
}

function requireUnique(sec: Securable): void {
  if (!hasUnique(sec)) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
  }
}

export function principalExists(ctx: SpContext, principalId: number): boolean {
  return ctx.store.userById(principalId) !== undefined || ctx.store.groupById(principalId) !== undefined;
}

export function addRoleAssignment(ctx: SpContext, sec: Securable, principalId: number, roleDefId: number): void {
  requireManagePermissions(ctx, sec);
  requireUnique(sec);
  if (!principalExists(ctx, principalId)) {
    throw spErrors.userNotFound();
  }
  if (!ctx.store.roleDefinition(roleDefId)) {
    throw spErrors.roleDefinitionNotFound();
  }
  ctx.store.addRoleAssignment(ownKey(sec), principalId, roleDefId);
}

export function removeRoleAssignment(ctx: SpContext, sec: Securable, principalId: number, roleDefId?: number): void {
  requireManagePermissions(ctx, sec);
  requireUnique(sec);
  ctx.store.removeRoleAssignment(ownKey(sec), principalId, roleDefId);
}

/** Resolves a login ("i:0#.f|membership|upn", a UPN, an e-mail or the Everyone claim) to a site user. */
export function resolveLogin(ctx: SpContext, login: string): UserRow | undefined {
  const l = login.trim();
  const upn = l.includes('|') && !l.startsWith('c:0') ? l.slice(l.lastIndexOf('|') + 1) : l;
  return ctx.store.userByUpn(upn) ?? ctx.store.userByEmail(upn);
}
