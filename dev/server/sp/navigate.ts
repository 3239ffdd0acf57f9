import { FieldRow, GroupRow, ItemRow, ListRow, RoleDefinitionRow, UserRow } from '../../store/store';
import { listRootPath, SpContext } from './context';
import { spErrors } from './errors';
import { folderItem, getReadableItem } from './items';
import { Args, firstArg, parseArgs, Segment, splitPath } from './path';
import { resolveLogin, Securable } from './security';

// Resolves a REST path segment by segment (web → lists → list → items → item → …), hiding what the user cannot see.

export type Node =
  | { k: 'api' }
  | { k: 'web' }
  | { k: 'site' }
  | { k: 'lists' }
  | { k: 'list'; list: ListRow }
  | { k: 'fields'; list: ListRow }
  | { k: 'field'; list: ListRow; field: FieldRow }
  | { k: 'items'; list: ListRow }
  | { k: 'item'; list: ListRow; item: ItemRow }
  | { k: 'versions'; list: ListRow; item: ItemRow }
  | { k: 'version'; list: ListRow; item: ItemRow; versionId: number }
  | { k: 'folders'; list: ListRow | null; parent: ItemRow | null }
  | { k: 'folder'; list: ListRow; folder: ItemRow | null }
  | { k: 'files'; list: ListRow }
  | { k: 'siteusers' }
  | { k: 'user'; user: UserRow }
  | { k: 'usergroups'; user: UserRow }
  | { k: 'sitegroups' }
  | { k: 'group'; group: GroupRow }
  | { k: 'groupusers'; group: GroupRow }
  | { k: 'roledefs' }
  | { k: 'roledef'; def: RoleDefinitionRow }
  | { k: 'roleassignments'; sec: Securable }
  | { k: 'roleassignment'; sec: Securable; principalId: number }
  | { k: 'bindings'; sec: Securable; principalId: number }
  | { k: 'member'; sec: Securable; principalId: number }
  | { k: 'perms'; sec: Securable; user: UserRow }
  | { k: 'recyclebin' }
  | { k: 'call'; name: string; target: Node; args: Args };

const ACTIONS = new Set([
  'contextinfo', 'ensureuser', 'breakroleinheritance', 'resetroleinheritance', 'addroleassignment', 'removeroleassignment', 'recycle',
  'addvalidateupdateitemusingpath', 'validateupdatelistitem', 'addfield', 'createfieldasxml', 'addusingpath', 'addsubfolderusingpath',
  'removebyid', 'removebyloginname', 'deletewithparameters', 'setshowindisplayform', 'setshowineditform', 'setshowinnewform'
]);

function ci(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function listByPath(ctx: SpContext, serverRelative: string): ListRow | undefined {
  const p = serverRelative.replace(/\/+$/, '').toLowerCase();
  let best: ListRow | undefined;
  for (const l of ctx.store.allLists()) {
    const root = listRootPath(l).toLowerCase();
    if ((p === root || p.startsWith(`${root}/`)) && (!best || root.length > listRootPath(best).length)) {
      best = l;
    }
  }
  return best;
}

function visibleList(ctx: SpContext, list: ListRow | undefined, name: string): ListRow {
  if (!list || !ctx.perms.canSeeList(list)) {
    throw name ? spErrors.listNotFound(name, ctx.webAbs) : spErrors.listIdNotFound();
  }
  return list;
}

function userForPerms(ctx: SpContext, login: string): UserRow {
  const u = resolveLogin(ctx, login);
  if (!u) {
    throw spErrors.principalNotFound(login);
  }
  return u;
}

export function securableOf(node: Node): Securable | undefined {
  switch (node.k) {
    case 'web': return { kind: 'web' };
    case 'list': return { kind: 'list', list: node.list };
    case 'item': return { kind: 'item', list: node.list, item: node.item };
    default: return undefined;
  }
}

function folderNode(ctx: SpContext, serverRelative: string): Node {
  const list = listByPath(ctx, serverRelative);
  if (!list || !ctx.perms.canSeeList(list)) {
    throw spErrors.folderNotFound();
  }
  const f = folderItem(ctx, list, serverRelative);
  if (f && !ctx.perms.canReadItem(list, f)) {
    throw spErrors.folderNotFound();
  }
  return { k: 'folder', list, folder: f };
}

export function folderPath(list: ListRow, folder: ItemRow | null): string {
  return folder ? `${folder.folder}/${folder.leaf}` : listRootPath(list);
}

export function step(ctx: SpContext, node: Node, seg: Segment): Node {
  const args = (): Args => parseArgs(seg.args, ctx.url.searchParams);
  const name = seg.name;
  if (ACTIONS.has(name) && !(name === 'recycle' && node.k === 'web')) {
    return { k: 'call', name, target: node, args: args() };
  }
  const sec = securableOf(node);
  if (sec) {
    switch (name) {
      case 'roleassignments':
        if (seg.args !== undefined) {
          return { k: 'roleassignment', sec, principalId: Number(firstArg(args())) };
        }
        return { k: 'roleassignments', sec };
      case 'effectivebasepermissions':
      case 'effectivebasepermissionsforui':
        return { k: 'perms', sec, user: ctx.user };
      case 'getusereffectivepermissions':
        return { k: 'perms', sec, user: userForPerms(ctx, firstArg(args())) };
      case 'hasuniqueroleassignments':
        return { k: 'call', name: 'hasunique', target: node, args: args() };
      default:
        break;
    }
  }
  switch (node.k) {
    case 'api':
      if (name === 'web') {
        return { k: 'web' };
      }
      if (name === 'site') {
        return { k: 'site' };
      }
      break;
    case 'site':
      if (name === 'rootweb') {
        return { k: 'web' };
      }
      break;
    case 'web':
      switch (name) {
        case 'lists':
          if (seg.args !== undefined) {
            const id = firstArg(args());
            return { k: 'list', list: visibleList(ctx, ctx.store.listById(id), '') };
          }
          return { k: 'lists' };
        case 'getlist': {
          const p = firstArg(args());
          return { k: 'list', list: visibleList(ctx, listByPath(ctx, p), p) };
        }
        case 'currentuser':
          return { k: 'user', user: ctx.user };
        case 'siteusers':
          if (seg.args !== undefined) {
            const login = firstArg(args()).replace(/^!@v::/, '');
            const u = resolveLogin(ctx, login);
            if (!u) {
              throw spErrors.userNotFound();
            }
            return { k: 'user', user: u };
          }
          return { k: 'siteusers' };
        case 'getuserbyid': {
          const u = ctx.store.userById(Number(firstArg(args())));
          if (!u) {
            throw spErrors.userNotFound();
          }
          return { k: 'user', user: u };
        }
        case 'sitegroups':
          if (seg.args !== undefined) {
            const g = ctx.store.groupById(Number(firstArg(args())));
            if (!g) {
              throw spErrors.groupNotFound();
            }
            return { k: 'group', group: g };
          }
          return { k: 'sitegroups' };
        case 'associatedownergroup':
        case 'associatedmembergroup':
        case 'associatedvisitorgroup': {
          const id = name === 'associatedownergroup' ? 3 : name === 'associatedmembergroup' ? 5 : 4;
          const g = ctx.store.groupById(id);
          if (!g) {
            throw spErrors.groupNotFound();
          }
          return { k: 'group', group: g };
        }
        case 'roledefinitions':
          if (seg.args !== undefined) {
            const d = ctx.store.roleDefinition(Number(firstArg(args())));
            if (!d) {
              throw spErrors.roleDefinitionNotFound();
            }
            return { k: 'roledef', def: d };
          }
          return { k: 'roledefs' };
        case 'folders':
          return { k: 'folders', list: null, parent: null };
        case 'getfolderbyserverrelativepath':
        case 'getfolderbyserverrelativeurl':
          return folderNode(ctx, firstArg(args()));
        case 'recyclebin':
          return { k: 'recyclebin' };
        default:
          break;
      }
      break;
    case 'lists':
      if (name === 'getbytitle') {
        const title = firstArg(args());
        return { k: 'list', list: visibleList(ctx, ctx.store.listByTitle(title), title) };
      }
      if (name === 'getbyid') {
        return { k: 'list', list: visibleList(ctx, ctx.store.listById(firstArg(args())), '') };
      }
      break;
    case 'list':
      switch (name) {
        case 'items':
          if (seg.args !== undefined) {
            return { k: 'item', list: node.list, item: getReadableItem(ctx, node.list, Number(firstArg(args()))) };
          }
          return { k: 'items', list: node.list };
        case 'getitembyid':
          return { k: 'item', list: node.list, item: getReadableItem(ctx, node.list, Number(firstArg(args()))) };
        case 'fields':
          return { k: 'fields', list: node.list };
        case 'rootfolder':
          return { k: 'folder', list: node.list, folder: null };
        default:
          break;
      }
      break;
    case 'items':
      if (name === 'getbyid') {
        return { k: 'item', list: node.list, item: getReadableItem(ctx, node.list, Number(firstArg(args()))) };
      }
      break;
    case 'item':
      if (name === 'versions') {
        if (seg.args !== undefined) {
          return { k: 'version', list: node.list, item: node.item, versionId: Number(firstArg(args())) };
        }
        return { k: 'versions', list: node.list, item: node.item };
      }
      if (name === 'folder' && node.item.fsobj === 1) {
        return { k: 'folder', list: node.list, folder: node.item };
      }
      if (name === 'parentlist') {
        return { k: 'list', list: node.list };
      }
      break;
    case 'versions':
      if (name === 'getbyid') {
        return { k: 'version', list: node.list, item: node.item, versionId: Number(firstArg(args())) };
      }
      break;
    case 'fields': {
      const fields = ctx.store.fields(node.list.id);
      let f: FieldRow | undefined;
      const key = firstArg(args());
      if (name === 'getbytitle') {
        f = fields.find((x) => ci(x.title, key));
      } else if (name === 'getbyinternalnameortitle') {
        f = fields.find((x) => ci(x.internalName, key)) ?? fields.find((x) => ci(x.title, key));
      } else if (name === 'getbyid' || (name === 'fields' && seg.args !== undefined)) {
        f = fields.find((x) => ci(x.id, key.replace(/[{}]/g, '')));
      } else {
        break;
      }
      if (!f) {
        throw spErrors.fieldNotFound(key);
      }
      return { k: 'field', list: node.list, field: f };
    }
    case 'folder':
      switch (name) {
        case 'folders':
          if (seg.args !== undefined) {
            // folders('Name'): PnPjs's folders.getByUrl(name) straight after a folder
            const leaf = firstArg(args());
            const base = node.list ? folderPath(node.list, node.folder) : '';
            return folderNode(ctx, leaf.startsWith('/') || !node.list ? leaf : `${base}/${leaf}`);
          }
          return { k: 'folders', list: node.list, parent: node.folder };
        case 'listitemallfields':
          if (!node.folder) {
            throw spErrors.itemNotFound();
          }
          return { k: 'item', list: node.list, item: node.folder };
        case 'parentfolder': {
          if (!node.folder) {
            throw spErrors.folderNotFound();
          }
          return folderNode(ctx, node.folder.folder);
        }
        case 'files':
          return { k: 'files', list: node.list };
        default:
          break;
      }
      break;
    case 'folders':
      if (name === 'getbyurl' || (name === 'folders' && seg.args !== undefined)) {
        const leaf = firstArg(args());
        if (!node.list) {
          return folderNode(ctx, leaf);
        }
        const base = folderPath(node.list, node.parent);
        return folderNode(ctx, leaf.startsWith('/') ? leaf : `${base}/${leaf}`);
      }
      break;
    case 'user':
      if (name === 'groups') {
        return { k: 'usergroups', user: node.user };
      }
      break;
    case 'siteusers':
      if (name === 'getbyid') {
        const u = ctx.store.userById(Number(firstArg(args())));
        if (!u) {
          throw spErrors.userNotFound();
        }
        return { k: 'user', user: u };
      }
      if (name === 'getbyemail' || name === 'getbyloginname' || name === 'getbyprincipalname') {
        const u = resolveLogin(ctx, firstArg(args()));
        if (!u) {
          throw spErrors.userNotFound();
        }
        return { k: 'user', user: u };
      }
      break;
    case 'sitegroups':
      if (name === 'getbyid' || name === 'getbyname') {
        const key = firstArg(args());
        const g = name === 'getbyid' ? ctx.store.groupById(Number(key)) : ctx.store.groupByName(key);
        if (!g) {
          throw spErrors.groupNotFound();
        }
        return { k: 'group', group: g };
      }
      break;
    case 'group':
      if (name === 'users') {
        return { k: 'groupusers', group: node.group };
      }
      break;
    case 'groupusers':
      if (name === 'getbyid' || name === 'getbyemail' || (name === 'users' && seg.args !== undefined)) {
        const key = firstArg(args()).replace(/^!@v::/, '');
        const u = name === 'getbyid' ? ctx.store.userById(Number(key)) : resolveLogin(ctx, key);
        if (!u) {
          throw spErrors.userNotFound();
        }
        return { k: 'user', user: u };
      }
      break;
    case 'roledefs':
      if (name === 'getbyid' || name === 'getbyname' || name === 'getbytype') {
        const key = firstArg(args());
        const defs = ctx.store.roleDefinitions();
        const d = name === 'getbyid' ? defs.find((x) => x.id === Number(key)) : name === 'getbyname' ? defs.find((x) => ci(x.name, key))
          : defs.find((x) => x.roleType === Number(key));
        if (!d) {
          throw spErrors.roleDefinitionNotFound();
        }
        return { k: 'roledef', def: d };
      }
      break;
    case 'roleassignments':
      if (name === 'getbyprincipalid') {
        return { k: 'roleassignment', sec: node.sec, principalId: Number(firstArg(args())) };
      }
      break;
    case 'roleassignment':
      if (name === 'member') {
        return { k: 'member', sec: node.sec, principalId: node.principalId };
      }
      if (name === 'roledefinitionbindings') {
        return { k: 'bindings', sec: node.sec, principalId: node.principalId };
      }
      break;
    default:
      break;
  }
  throw spErrors.notSupported(`'${seg.raw}'`);
}


/** Walks a decoded `_api/...` path to the resource (or action) it names, checking visibility on the way. */
export function navigate(ctx: SpContext, apiPath: string): Node {
  let node: Node = { k: 'api' };
  for (const seg of splitPath(apiPath)) {
    node = step(ctx, node, seg);
  }
  return node;
}
