import { FieldRow, GroupRow, ItemRow, ListRow, RoleDefinitionRow, UserRow } from '../../store/store';
import { evaluateFilter, parseFilter } from '../query/filter';
import { listRootPath, SITE_PATH, SpContext } from './context';
import { SpError, spErrors } from './errors';
import { basePermissionsValue, folderEntity, groupEntity, roleDefinitionEntity, SITE_ID, userEntity, webEntity } from './entities';
import {
  addItem, deleteItem, fieldMap, folderItem, getReadableItem, itemEtag, queryItems, singleItemEntity, updateItem, valuesFromBody, versionEntities
} from './items';
import { collectionPayload, Entity, entityPayload, noContent, Payload, renderEntity, valuePayload } from './odata';
import { Args, firstArg, parseArgs, Segment, splitPath } from './path';
import { itemScopeKey, listScopeKey, Perm, PermissionContext } from './permissions';
import { applyListSettings, createField, createList, fieldEntity, fieldSpecFromXml, listEntity, updateField } from './schema';
import {
  addRoleAssignment, breakInheritance, effectiveScope, removeRoleAssignment, resetInheritance, resolveLogin, Securable
} from './security';
import { parseFormValue } from './values';
import { DigestIssuer } from './digest';

type Node =
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

export interface SpServices {
  digests: DigestIssuer;
}

function ci(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function listByPath(ctx: SpContext, serverRelative: string): ListRow | undefined {
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

function securableOf(node: Node): Securable | undefined {
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
    throw spErrors.folderNotFound(serverRelative);
  }
  const f = folderItem(ctx, list, serverRelative);
  if (f && !ctx.perms.canReadItem(list, f)) {
    throw spErrors.folderNotFound(serverRelative);
  }
  return { k: 'folder', list, folder: f };
}

function folderPath(list: ListRow, folder: ItemRow | null): string {
  return folder ? `${folder.folder}/${folder.leaf}` : listRootPath(list);
}

function step(ctx: SpContext, node: Node, seg: Segment): Node {
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
          return { k: 'folders', list: node.list, parent: node.folder };
        case 'listitemallfields':
          if (!node.folder) {
            throw spErrors.itemNotFound();
          }
          return { k: 'item', list: node.list, item: node.folder };
        case 'parentfolder': {
          if (!node.folder) {
            throw spErrors.folderNotFound('');
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

// ------------------------------------------------------------------ shaping of non-item collections

function selectedSet(ctx: SpContext): Set<string> | undefined {
  const s = ctx.url.searchParams.get('$select');
  if (!s) {
    return undefined;
  }
  return new Set(s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean));
}

function applySelect(e: Entity, selected: Set<string> | undefined): Entity {
  if (!selected || selected.has('*')) {
    return e;
  }
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e.props)) {
    if (selected.has(k.toLowerCase())) {
      props[k] = v;
    }
  }
  return new Entity(e.type, e.id, e.editLink, props, e.etag, e.uri);
}

function shapeCollection(ctx: SpContext, entities: Entity[]): Entity[] {
  const q = ctx.url.searchParams;
  let out = entities;
  const filter = q.get('$filter');
  if (filter) {
    const expr = parseFilter(filter);
    out = out.filter((e) => evaluateFilter(expr, renderEntity(e, 'nometadata')));
  }
  const orderby = q.get('$orderby');
  if (orderby) {
    const [field, dir] = orderby.split(',')[0].trim().split(/\s+/);
    const desc = (dir ?? '').toLowerCase() === 'desc';
    out = [...out].sort((a, b) => {
      const x = a.props[field];
      const y = b.props[field];
      const c = String(x ?? '').localeCompare(String(y ?? ''), 'vi', { numeric: true });
      return desc ? -c : c;
    });
  }
  const top = q.get('$top');
  if (top) {
    out = out.slice(0, Number(top));
  }
  const selected = selectedSet(ctx);
  return out.map((e) => applySelect(e, selected));
}

function metadataUrl(ctx: SpContext, name: string): string {
  return `${ctx.webAbs}/_api/$metadata#${name}`;
}

// ------------------------------------------------------------------ handlers

function body(ctx: SpContext): Record<string, unknown> {
  const b = ctx.body;
  if (b === null || typeof b !== 'object') {
    return {};
  }
  return b as Record<string, unknown>;
}

function requireWebPerm(ctx: SpContext, kind: number): void {
  if (!ctx.perms.can('W', kind)) {
    throw spErrors.accessDenied();
  }
}

function requireListPerm(ctx: SpContext, list: ListRow, kind: number): void {
  if (!ctx.perms.can(listScopeKey(list), kind)) {
    throw spErrors.accessDenied();
  }
}

function listPayload(ctx: SpContext, list: ListRow, status: number = 200): Payload {
  const selected = selectedSet(ctx);
  const e = listEntity(ctx, list, selected);
  const expand = (ctx.url.searchParams.get('$expand') ?? '').toLowerCase().split(',').map((s) => s.trim());
  if (expand.includes('rootfolder')) {
    e.props.RootFolder = folderEntity(ctx, list, null);
  }
  if (expand.includes('parentweb')) {
    e.props.ParentWeb = webEntity(ctx);
  }
  return entityPayload(e, ctx.format, metadataUrl(ctx, 'SP.ApiData.Lists/@Element'), status);
}

function createFolder(ctx: SpContext, list: ListRow, serverRelative: string): ItemRow | null {
  const root = listRootPath(list);
  const rel = serverRelative.replace(/\/+$/, '').slice(root.length).split('/').filter(Boolean);
  let parentPath = root;
  let current: ItemRow | null = null;
  for (const leaf of rel) {
    const existing = ctx.store.folderByPath(list.id, parentPath, leaf);
    if (existing) {
      current = existing;
    } else {
      current = addItem(ctx, list, { Title: leaf }, { folderPath: parentPath, fsobj: 1, leaf });
    }
    parentPath = `${parentPath}/${leaf}`;
  }
  return current;
}

function principalEntity(ctx: SpContext, id: number): Entity {
  const u = ctx.store.userById(id);
  if (u) {
    return userEntity(ctx, u);
  }
  const g = ctx.store.groupById(id);
  if (g) {
    return groupEntity(ctx, g);
  }
  throw spErrors.userNotFound();
}

function roleAssignmentEntities(ctx: SpContext, sec: Securable, only?: number): Entity[] {
  const scope = effectiveScope(sec);
  const expand = (ctx.url.searchParams.get('$expand') ?? '').toLowerCase().split(',').map((s) => s.trim());
  const byPrincipal = new Map<number, number[]>();
  for (const ra of ctx.store.roleAssignments(scope)) {
    if (only === undefined || ra.principalId === only) {
      byPrincipal.set(ra.principalId, [...(byPrincipal.get(ra.principalId) ?? []), ra.roleDefId]);
    }
  }
  return [...byPrincipal.entries()].map(([pid, defs]) => {
    const props: Record<string, unknown> = { PrincipalId: pid };
    if (expand.includes('member')) {
      props.Member = principalEntity(ctx, pid);
    }
    if (expand.includes('roledefinitionbindings')) {
      props.RoleDefinitionBindings = defs.map((d) => ctx.store.roleDefinition(d)).filter((d): d is RoleDefinitionRow => d !== undefined)
        .map((d) => roleDefinitionEntity(ctx, d));
    }
    const link = `Web/RoleAssignments/GetByPrincipalId(${pid})`;
    return new Entity('SP.RoleAssignment', `${ctx.webAbs}/_api/${link}`, link, props);
  });
}

function handleCall(ctx: SpContext, node: Extract<Node, { k: 'call' }>, services: SpServices): Payload {
  const t = node.target;
  const b = body(ctx);
  switch (node.name) {
    case 'contextinfo': {
      const info = {
        FormDigestTimeoutSeconds: services.digests.timeoutSeconds, FormDigestValue: services.digests.issue(),
        LibraryVersion: '16.0.25000.12004', SiteFullUrl: ctx.webAbs, SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'], WebFullUrl: ctx.webAbs
      };
      const e = new Entity('SP.ContextWebInformation', `${ctx.webAbs}/_api/contextinfo`, 'contextinfo', info);
      if (ctx.format === 'verbose') {
        return { status: 200, body: JSON.stringify({ d: { GetContextWebInformation: renderEntity(e, 'verbose') } }), headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' } };
      }
      return entityPayload(e, ctx.format, metadataUrl(ctx, 'SP.ContextWebInformation'));
    }
    case 'ensureuser': {
      const login = String(b.logonName ?? b.LogonName ?? '');
      const u = resolveLogin(ctx, login);
      if (!u) {
        throw spErrors.principalNotFound(login);
      }
      requireWebPerm(ctx, Perm.BrowseUserInfo);
      return entityPayload(userEntity(ctx, u), ctx.format, metadataUrl(ctx, 'SP.ApiData.Users1/@Element'));
    }
    case 'hasunique': {
      const sec = securableOf(t);
      const unique = sec ? (sec.kind === 'web' ? true : sec.kind === 'list' ? sec.list.hasUnique : sec.item.hasUnique) : false;
      return valuePayload('HasUniqueRoleAssignments', unique, ctx.format, metadataUrl(ctx, 'Edm.Boolean'));
    }
    case 'breakroleinheritance':
    case 'resetroleinheritance': {
      const sec = securableOf(t);
      if (!sec) {
        break;
      }
      if (node.name === 'breakroleinheritance') {
        const copy = (node.args.named.get('copyroleassignments') ?? node.args.positional[0] ?? 'false').toLowerCase() === 'true';
        const clear = (node.args.named.get('clearsubscopes') ?? node.args.positional[1] ?? 'false').toLowerCase() === 'true';
        breakInheritance(ctx, sec, copy, clear);
      } else {
        resetInheritance(ctx, sec);
      }
      return noContent();
    }
    case 'addroleassignment':
    case 'removeroleassignment': {
      if (t.k !== 'roleassignments') {
        break;
      }
      const pid = Number(node.args.named.get('principalid') ?? node.args.positional[0]);
      const rid = Number(node.args.named.get('roledefid') ?? node.args.positional[1]);
      if (node.name === 'addroleassignment') {
        addRoleAssignment(ctx, t.sec, pid, rid);
      } else {
        removeRoleAssignment(ctx, t.sec, pid, rid);
      }
      return noContent();
    }
    case 'recycle':
    case 'deletewithparameters': {
      if (t.k === 'item' || (t.k === 'folder' && t.folder)) {
        const list = t.list;
        const item = t.k === 'item' ? t.item : (t as { folder: ItemRow }).folder;
        const id = deleteItem(ctx, list, item, undefined, true);
        return valuePayload('Recycle', id, ctx.format, metadataUrl(ctx, 'Edm.Guid'));
      }
      if (t.k === 'list') {
        requireListPerm(ctx, t.list, Perm.ManageLists);
        ctx.store.deleteList(t.list.id);
        return valuePayload('Recycle', t.list.id, ctx.format, metadataUrl(ctx, 'Edm.Guid'));
      }
      break;
    }
    case 'addvalidateupdateitemusingpath':
    case 'validateupdatelistitem': {
      const list = t.k === 'list' ? t.list : t.k === 'item' ? t.list : undefined;
      if (!list) {
        break;
      }
      const fm = fieldMap(ctx, list);
      const formValues = (Array.isArray(b.formValues) ? b.formValues : []) as Array<{ FieldName?: string; FieldValue?: string }>;
      const values: Record<string, unknown> = {};
      const results: Array<Record<string, unknown>> = [];
      for (const fv of formValues) {
        const fname = String(fv.FieldName ?? '');
        const f = fm.byName.get(fname.toLowerCase());
        if (!f) {
          throw spErrors.badField(fname);
        }
        const key = f.typeKind === 7 || f.typeKind === 20 ? `${f.internalName}Id` : f.internalName;
        values[key] = parseFormValue(f, String(fv.FieldValue ?? ''), (login) => resolveLogin(ctx, login)?.id);
        results.push({ ErrorCode: 0, ErrorMessage: null, FieldName: fname, FieldValue: fv.FieldValue ?? '', HasException: false });
      }
      let item: ItemRow;
      if (t.k === 'item') {
        item = updateItem(ctx, list, t.item, valuesFromBody(ctx, fm, values), undefined);
      } else {
        const info = (b.listItemCreateInfo ?? {}) as { FolderPath?: { DecodedUrl?: string }; UnderlyingObjectType?: number; LeafName?: { DecodedUrl?: string } };
        const folder = info.FolderPath?.DecodedUrl || listRootPath(list);
        const isFolder = Number(info.UnderlyingObjectType ?? 0) === 1;
        if (isFolder) {
          const leaf = info.LeafName?.DecodedUrl ?? String(values.Title ?? 'Folder');
          item = createFolder(ctx, list, `${folder.replace(/\/+$/, '')}/${leaf}`) as ItemRow;
        } else {
          item = addItem(ctx, list, valuesFromBody(ctx, fm, values), { folderPath: folder });
        }
        results.push({ ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(item.id), HasException: false });
      }
      const entities = results.map((r) => new Entity('SP.ListItemFormUpdateValue', '', '', { ...r, ItemId: item.id }));
      if (ctx.format === 'verbose') {
        const name = node.name === 'validateupdatelistitem' ? 'ValidateUpdateListItem' : 'AddValidateUpdateItemUsingPath';
        return { status: 200, body: JSON.stringify({ d: { [name]: { results: entities.map((e) => renderEntity(e, 'nometadata')) } } }), headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' } };
      }
      return collectionPayload(entities.map((e) => new Entity(e.type, '', '', e.props)), 'nometadata', metadataUrl(ctx, 'Collection(SP.ListItemFormUpdateValue)'));
    }
    case 'addfield':
    case 'createfieldasxml': {
      if (t.k !== 'fields') {
        break;
      }
      requireListPerm(ctx, t.list, Perm.ManageLists);
      const params = (b.parameters ?? {}) as Record<string, unknown>;
      const spec = node.name === 'addfield' ? params : fieldSpecFromXml(String(params.SchemaXml ?? ''));
      const f = createField(ctx, t.list, spec);
      return entityPayload(fieldEntity(ctx, t.list, f), ctx.format, metadataUrl(ctx, 'SP.ApiData.Fields/@Element'));
    }
    case 'addusingpath': {
      if (t.k !== 'folders') {
        break;
      }
      const p = node.args.named.get('decodedurl') ?? node.args.positional[0] ?? '';
      const full = p.startsWith('/') ? p : `${t.list ? folderPath(t.list, t.parent) : SITE_PATH}/${p}`;
      const list = t.list ?? listByPath(ctx, full);
      if (!list || !ctx.perms.canSeeList(list)) {
        throw spErrors.folderNotFound(full);
      }
      const f = createFolder(ctx, list, full);
      return entityPayload(folderEntity(ctx, list, f), ctx.format, metadataUrl(ctx, 'SP.ApiData.Folders/@Element'));
    }
    case 'addsubfolderusingpath': {
      if (t.k !== 'folder') {
        break;
      }
      const leaf = String(((b.leafPath ?? {}) as { DecodedUrl?: string }).DecodedUrl ?? '');
      createFolder(ctx, t.list, leaf.startsWith('/') ? leaf : `${folderPath(t.list, t.folder)}/${leaf}`);
      return noContent();
    }
    case 'removebyid':
    case 'removebyloginname': {
      if (t.k !== 'groupusers') {
        break;
      }
      requireWebPerm(ctx, Perm.ManagePermissions);
      const key = firstArg(node.args);
      const u = node.name === 'removebyid' ? ctx.store.userById(Number(key)) : resolveLogin(ctx, key);
      if (u) {
        ctx.store.removeGroupMember(t.group.id, u.id);
      }
      return noContent();
    }
    case 'setshowindisplayform':
    case 'setshowineditform':
    case 'setshowinnewform':
      return noContent();
    default:
      break;
  }
  throw spErrors.notSupported(`'${node.name}'`);
}

function handleGet(ctx: SpContext, node: Node): Payload {
  switch (node.k) {
    case 'web':
      requireWebPerm(ctx, Perm.ViewPages);
      return entityPayload(applySelect(webEntity(ctx), selectedSet(ctx)), ctx.format, metadataUrl(ctx, 'SP.Web'));
    case 'site':
      return entityPayload(new Entity('SP.Site', `${ctx.webAbs}/_api/site`, 'site', { Id: SITE_ID, ServerRelativeUrl: SITE_PATH, Url: ctx.webAbs, ReadOnly: false }),
        ctx.format, metadataUrl(ctx, 'SP.Site'));
    case 'lists': {
      const lists = ctx.store.allLists().filter((l) => ctx.perms.canSeeList(l)).map((l) => listEntity(ctx, l));
      return collectionPayload(shapeCollection(ctx, lists), ctx.format, metadataUrl(ctx, 'SP.ApiData.Lists'));
    }
    case 'list':
      return listPayload(ctx, node.list);
    case 'fields': {
      const fields = ctx.store.fields(node.list.id).map((f) => fieldEntity(ctx, node.list, f));
      return collectionPayload(shapeCollection(ctx, fields), ctx.format, metadataUrl(ctx, 'SP.ApiData.Fields'));
    }
    case 'field':
      return entityPayload(applySelect(fieldEntity(ctx, node.list, node.field), selectedSet(ctx)), ctx.format, metadataUrl(ctx, 'SP.ApiData.Fields/@Element'));
    case 'items': {
      const r = queryItems(ctx, node.list);
      return collectionPayload(r.items, ctx.format, metadataUrl(ctx, `SP.ListData.${node.list.urlName}ListItems`), r.nextLink);
    }
    case 'item':
      return entityPayload(singleItemEntity(ctx, node.list, node.item), ctx.format, metadataUrl(ctx, `SP.ListData.${node.list.urlName}ListItems/@Element`));
    case 'versions':
      if (!ctx.perms.can(itemScopeKey(node.list, node.item), Perm.ViewVersions)) {
        throw spErrors.accessDenied();
      }
      return collectionPayload(shapeCollection(ctx, versionEntities(ctx, node.list, node.item)), ctx.format, metadataUrl(ctx, 'SP.ApiData.ListItemVersions'));
    case 'version': {
      const v = versionEntities(ctx, node.list, node.item).find((e) => e.props.VersionId === node.versionId);
      if (!v) {
        throw spErrors.itemNotFound();
      }
      return entityPayload(v, ctx.format, metadataUrl(ctx, 'SP.ApiData.ListItemVersions/@Element'));
    }
    case 'folders': {
      if (!node.list) {
        const roots = ctx.store.allLists().filter((l) => ctx.perms.canSeeList(l)).map((l) => folderEntity(ctx, l, null));
        return collectionPayload(shapeCollection(ctx, roots), ctx.format, metadataUrl(ctx, 'SP.ApiData.Folders'));
      }
      const list = node.list;
      const path = folderPath(list, node.parent);
      const children = ctx.store.all('SELECT * FROM items WHERE list_id = ? AND folder = ? AND fsobj = 1 ORDER BY id', list.id, path)
        .map((r) => ctx.store.toItem(r)).filter((f) => ctx.perms.canReadItem(list, f)).map((f) => folderEntity(ctx, list, f));
      return collectionPayload(shapeCollection(ctx, children), ctx.format, metadataUrl(ctx, 'SP.ApiData.Folders'));
    }
    case 'folder':
      return entityPayload(applySelect(folderEntity(ctx, node.list, node.folder), selectedSet(ctx)), ctx.format, metadataUrl(ctx, 'SP.ApiData.Folders/@Element'));
    case 'files':
      return collectionPayload([], ctx.format, metadataUrl(ctx, 'SP.ApiData.Files12'));
    case 'siteusers':
      requireWebPerm(ctx, Perm.BrowseUserInfo);
      return collectionPayload(shapeCollection(ctx, ctx.store.allUsers().map((u) => userEntity(ctx, u))), ctx.format, metadataUrl(ctx, 'SP.ApiData.Users'));
    case 'user':
      return entityPayload(applySelect(userEntity(ctx, node.user), selectedSet(ctx)), ctx.format, metadataUrl(ctx, 'SP.ApiData.Users/@Element'));
    case 'usergroups': {
      const groups = ctx.store.groupsOfUser(node.user.id).map((id) => ctx.store.groupById(id)).filter((g): g is GroupRow => g !== undefined);
      return collectionPayload(shapeCollection(ctx, groups.map((g) => groupEntity(ctx, g))), ctx.format, metadataUrl(ctx, 'SP.ApiData.Groups'));
    }
    case 'sitegroups':
      return collectionPayload(shapeCollection(ctx, ctx.store.allGroups().map((g) => groupEntity(ctx, g))), ctx.format, metadataUrl(ctx, 'SP.ApiData.Groups'));
    case 'group':
      return entityPayload(applySelect(groupEntity(ctx, node.group), selectedSet(ctx)), ctx.format, metadataUrl(ctx, 'SP.ApiData.Groups/@Element'));
    case 'groupusers':
      return collectionPayload(shapeCollection(ctx, ctx.store.groupMembers(node.group.id).map((u) => userEntity(ctx, u))), ctx.format, metadataUrl(ctx, 'SP.ApiData.Users'));
    case 'roledefs':
      return collectionPayload(shapeCollection(ctx, ctx.store.roleDefinitions().map((d) => roleDefinitionEntity(ctx, d))), ctx.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions'));
    case 'roledef':
      return entityPayload(roleDefinitionEntity(ctx, node.def), ctx.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions/@Element'));
    case 'roleassignments':
      if (!ctx.perms.can(effectiveScope(node.sec), Perm.EnumeratePermissions)) {
        throw spErrors.accessDenied();
      }
      return collectionPayload(roleAssignmentEntities(ctx, node.sec), ctx.format, metadataUrl(ctx, 'SP.ApiData.RoleAssignments'));
    case 'roleassignment': {
      const found = roleAssignmentEntities(ctx, node.sec, node.principalId)[0];
      if (!found) {
        throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + node.principalId + '.');
      }
      return entityPayload(found, ctx.format, metadataUrl(ctx, 'SP.ApiData.RoleAssignments/@Element'));
    }
    case 'member':
      return entityPayload(principalEntity(ctx, node.principalId), ctx.format, metadataUrl(ctx, 'SP.ApiData.Principals/@Element'));
    case 'bindings': {
      const defs = ctx.store.roleAssignments(effectiveScope(node.sec)).filter((r) => r.principalId === node.principalId)
        .map((r) => ctx.store.roleDefinition(r.roleDefId)).filter((d): d is RoleDefinitionRow => d !== undefined);
      return collectionPayload(defs.map((d) => roleDefinitionEntity(ctx, d)), ctx.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions'));
    }
    case 'perms': {
      const pc = node.user.id === ctx.user.id ? ctx.perms : new PermissionContext(ctx.store, node.user, everyoneIds(ctx));
      const mask = pc.scopeMask(effectiveScope(node.sec));
      const value = basePermissionsValue(mask);
      const e = new Entity('SP.BasePermissions', '', '', value);
      if (ctx.format === 'verbose') {
        return { status: 200, body: JSON.stringify({ d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...value } } }), headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' } };
      }
      return entityPayload(new Entity(e.type, '', '', value), 'nometadata', '');
    }
    case 'recyclebin': {
      const items = ctx.store.recycleBin().filter((r) => ctx.perms.isSiteAdmin || r.deletedBy === ctx.user.id).map((r) =>
        new Entity('SP.RecycleBinItem', `${ctx.webAbs}/_api/Web/RecycleBin('${r.id}')`, `Web/RecycleBin('${r.id}')`,
          { Id: r.id, Title: r.title, DeletedDate: r.deleted, DeletedByName: ctx.store.userById(r.deletedBy)?.title ?? '', ItemType: 1, LeafName: `${r.itemId}_.000` }));
      return collectionPayload(shapeCollection(ctx, items), ctx.format, metadataUrl(ctx, 'SP.ApiData.RecycleBinItems'));
    }
    default:
      throw spErrors.methodNotAllowed();
  }
}

export function everyoneIds(ctx: SpContext): number[] {
  const r = ctx.store.getMeta('everyone_id');
  return r ? [Number(r)] : [];
}

function handlePost(ctx: SpContext, node: Node): Payload {
  const b = body(ctx);
  switch (node.k) {
    case 'lists': {
      requireWebPerm(ctx, Perm.ManageLists);
      const list = createList(ctx, b);
      return listPayload(ctx, list, 201);
    }
    case 'fields': {
      requireListPerm(ctx, node.list, Perm.ManageLists);
      const meta = (b.__metadata ?? {}) as { type?: string };
      const f = createField(ctx, node.list, b, meta.type);
      return entityPayload(fieldEntity(ctx, node.list, f), ctx.format, metadataUrl(ctx, 'SP.ApiData.Fields/@Element'), 201);
    }
    case 'items': {
      const fm = fieldMap(ctx, node.list);
      const item = addItem(ctx, node.list, valuesFromBody(ctx, fm, b));
      const p = entityPayload(singleItemEntityAfterWrite(ctx, node.list, item), ctx.format, metadataUrl(ctx, `SP.ListData.${node.list.urlName}ListItems/@Element`), 201);
      p.headers.Location = `${ctx.webAbs}/_api/Web/Lists(guid'${node.list.id}')/Items(${item.id})`;
      return p;
    }
    case 'siteusers': {
      const login = String(b.LoginName ?? '');
      const u = resolveLogin(ctx, login);
      if (!u) {
        throw spErrors.principalNotFound(login);
      }
      return entityPayload(userEntity(ctx, u), ctx.format, metadataUrl(ctx, 'SP.ApiData.Users/@Element'), 201);
    }
    case 'sitegroups': {
      requireWebPerm(ctx, Perm.CreateGroups);
      const title = String(b.Title ?? '').trim();
      if (!title || ctx.store.groupByName(title)) {
        throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
      }
      const g: GroupRow = { id: ctx.store.nextPrincipalId(), title, description: String(b.Description ?? ''), ownerId: 3 };
      ctx.store.insertGroup(g);
      return entityPayload(groupEntity(ctx, g), ctx.format, metadataUrl(ctx, 'SP.ApiData.Groups/@Element'), 201);
    }
    case 'groupusers': {
      requireWebPerm(ctx, Perm.ManagePermissions);
      const login = String(b.LoginName ?? '');
      const u = resolveLogin(ctx, login);
      if (!u) {
        throw spErrors.principalNotFound(login);
      }
      ctx.store.addGroupMember(node.group.id, u.id);
      return entityPayload(userEntity(ctx, u), ctx.format, metadataUrl(ctx, 'SP.ApiData.Users/@Element'), 201);
    }
    default:
      throw spErrors.methodNotAllowed();
  }
}

function singleItemEntityAfterWrite(ctx: SpContext, list: ListRow, item: ItemRow): Entity {
  // the 201 answer of items.add carries the item's default properties, whatever $select the URL had
  const url = new URL(ctx.url.toString());
  url.search = '';
  return singleItemEntity({ ...ctx, url }, list, item);
}

function handleMerge(ctx: SpContext, node: Node): Payload {
  const b = body(ctx);
  const ifMatch = ctx.headers['if-match'];
  switch (node.k) {
    case 'list': {
      requireListPerm(ctx, node.list, Perm.ManageLists);
      if (ifMatch && ifMatch !== '*' && ifMatch.replace(/"/g, '') !== String(node.list.version)) {
        throw spErrors.versionConflict();
      }
      const newTitle = b.Title !== undefined ? String(b.Title) : undefined;
      if (newTitle && !ci(newTitle, node.list.title) && ctx.store.listByTitle(newTitle)) {
        throw spErrors.duplicateList(newTitle);
      }
      applyListSettings(node.list, b);
      node.list.version++;
      node.list.modified = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      ctx.store.updateList(node.list);
      return noContent({ ETag: `"${node.list.version}"` });
    }
    case 'field':
      requireListPerm(ctx, node.list, Perm.ManageLists);
      updateField(ctx, node.list, node.field, b);
      return noContent();
    case 'item': {
      const fm = fieldMap(ctx, node.list);
      const updated = updateItem(ctx, node.list, node.item, valuesFromBody(ctx, fm, b), ifMatch);
      return noContent({ ETag: itemEtag(updated) });
    }
    case 'user':
    case 'group':
      requireWebPerm(ctx, Perm.ManagePermissions);
      return noContent();
    default:
      throw spErrors.methodNotAllowed();
  }
}

function handleDelete(ctx: SpContext, node: Node): Payload {
  const ifMatch = ctx.headers['if-match'];
  switch (node.k) {
    case 'list':
      requireListPerm(ctx, node.list, Perm.ManageLists);
      ctx.store.deleteList(node.list.id);
      return { status: 200, body: '', headers: {} };
    case 'field':
      requireListPerm(ctx, node.list, Perm.ManageLists);
      if (node.field.props.System === true) {
        throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a hidden column.');
      }
      ctx.store.deleteField(node.list.id, node.field.id);
      return { status: 200, body: '', headers: {} };
    case 'item':
      deleteItem(ctx, node.list, node.item, ifMatch, false);
      return { status: 200, body: '', headers: {} };
    case 'folder':
      if (!node.folder) {
        throw spErrors.accessDenied();
      }
      deleteItem(ctx, node.list, node.folder, ifMatch, false);
      return { status: 200, body: '', headers: {} };
    case 'roleassignment':
      removeRoleAssignment(ctx, node.sec, node.principalId);
      return { status: 200, body: '', headers: {} };
    case 'group':
      requireWebPerm(ctx, Perm.ManagePermissions);
      return { status: 200, body: '', headers: {} };
    default:
      throw spErrors.methodNotAllowed();
  }
}

/** Routes one SharePoint REST call (path after `/_api/`, already URL-decoded). */
export function routeSp(ctx: SpContext, apiPath: string, services: SpServices): Payload {
  let node: Node = { k: 'api' };
  for (const seg of splitPath(apiPath)) {
    node = step(ctx, node, seg);
  }
  const method = ctx.method.toUpperCase();
  if (node.k === 'call') {
    if (method === 'GET' && node.name !== 'hasunique') {
      throw spErrors.methodNotAllowed();
    }
    return handleCall(ctx, node, services);
  }
  switch (method) {
    case 'GET':
      return handleGet(ctx, node);
    case 'POST':
      return handlePost(ctx, node);
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return handleMerge(ctx, node);
    case 'DELETE':
      return handleDelete(ctx, node);
    default:
      throw spErrors.methodNotAllowed();
  }
}
