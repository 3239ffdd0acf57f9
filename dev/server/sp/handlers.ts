import { GroupRow, ItemRow, ListRow, RoleDefinitionRow } from '../../store/store';
import { SITE_PATH, SpContext } from './context';
import { basePermissionsValue, folderEntity, groupEntity, roleDefinitionEntity, SITE_ID, userEntity, webEntity } from './entities';
import { SpError, spErrors } from './errors';
import { queryItems } from './itemQuery';
import { fieldMap } from './schema';
import { addItem, deleteItem, itemEtag, updateItem, valuesFromBody } from './items';
import { singleItemEntity, versionEntities } from './itemRender';
import { folderPath, Node } from './navigate';
import { collectionPayload, Entity, entityPayload, noContent, Payload } from './odata';
import { everyoneIds, itemScopeKey, Perm, PermissionContext } from './permissions';
import { applyListSettings, createField, createList, fieldEntity, listEntity, updateField } from './schema';
import { createRoleDefinition, deleteRoleDefinition, updateRoleDefinition } from './roleDefinitions';
import { effectiveScope, removeRoleAssignment, resolveLogin, Securable } from './security';
import { applySelect, body, metadataUrl, requireListPerm, requireWebPerm, selectedSet, shapeCollection } from './shape';

// GET, POST, MERGE and DELETE on the resources that navigate.ts resolves.

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

export function handleGet(ctx: SpContext, node: Node): Payload {
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
      const pc = node.user.id === ctx.user.id ? ctx.perms : new PermissionContext(ctx.store, node.user, everyoneIds(ctx.store));
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

export function handlePost(ctx: SpContext, node: Node): Payload {
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
    case 'roledefs': {
      const d = createRoleDefinition(ctx, b);
      return entityPayload(roleDefinitionEntity(ctx, d), ctx.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions/@Element'), 201);
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

export function handleMerge(ctx: SpContext, node: Node): Payload {
  const b = body(ctx);
  const ifMatch = ctx.headers['if-match'];
  switch (node.k) {
    case 'list': {
      requireListPerm(ctx, node.list, Perm.ManageLists);
      if (ifMatch && ifMatch !== '*' && ifMatch.replace(/"/g, '') !== String(node.list.version)) {
        throw spErrors.versionConflict();
      }
      const newTitle = b.Title !== undefined ? String(b.Title) : undefined;
      if (newTitle && newTitle.toLowerCase() !== node.list.title.toLowerCase() && ctx.store.listByTitle(newTitle)) {
        throw spErrors.duplicateList();
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
    case 'roledef':
      updateRoleDefinition(ctx, node.def, b);
      return noContent();
    case 'user':
    case 'group':
      requireWebPerm(ctx, Perm.ManagePermissions);
      return noContent();
    default:
      throw spErrors.methodNotAllowed();
  }
}

export function handleDelete(ctx: SpContext, node: Node): Payload {
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
    case 'roledef':
      deleteRoleDefinition(ctx, node.def);
      return { status: 200, body: '', headers: {} };
    default:
      throw spErrors.methodNotAllowed();
  }
}

/** Routes one SharePoint REST call (path after `/_api/`, already URL-decoded). */

