import { ItemRow, ListRow } from '../../store/store';
import { listRootPath, SITE_PATH, SpContext, SpServices } from './context';
import { folderEntity, userEntity } from './entities';
import { spErrors } from './errors';
import { fieldMap } from './schema';
import { addItem, deleteItem, requireCanAdd, requireCanEdit, ServerSetValues, updateItem, valuesFromBody } from './items';
import { FormResult, parseFormValues } from './formValues';
import { folderPath, listByPath, Node, securableOf } from './navigate';
import { collectionPayload, Entity, entityPayload, noContent, Payload, renderEntity, valuePayload } from './odata';
import { firstArg } from './path';
import { Perm } from './permissions';
import { createField, fieldEntity, fieldSpecFromXml } from './schema';
import { addRoleAssignment, breakInheritance, removeRoleAssignment, resetInheritance, resolveLogin } from './security';
import { body, metadataUrl, requireListPerm, requireWebPerm } from './shape';

// The actions of the REST API (contextinfo, ensureuser, permissions, folders, form values, field XML): POST only.

/** Creates the folders of a server-relative path that do not exist yet (existing ones are returned as they are). */
export function createFolder(ctx: SpContext, list: ListRow, serverRelative: string, server?: ServerSetValues): ItemRow | null {
  const root = listRootPath(list);
  const rel = serverRelative.replace(/\/+$/, '').slice(root.length).split('/').filter(Boolean);
  let parentPath = root;
  let current: ItemRow | null = null;
  for (const leaf of rel) {
    const existing = ctx.store.folderByPath(list.id, parentPath, leaf);
    if (existing) {
      current = existing;
    } else {
      current = addItem(ctx, list, { Title: leaf }, { folderPath: parentPath, fsobj: 1, leaf, server });
    }
    parentPath = `${parentPath}/${leaf}`;
  }
  return current;
}

export function handleCall(ctx: SpContext, node: Extract<Node, { k: 'call' }>, services: SpServices): Payload {
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
      const info = (b.listItemCreateInfo ?? {}) as { FolderPath?: { DecodedUrl?: string }; UnderlyingObjectType?: number; LeafName?: { DecodedUrl?: string } };
      const folder = info.FolderPath?.DecodedUrl || listRootPath(list);
      // the caller's right to add or edit there comes first (403 / 404), then each field on its own
      if (t.k === 'item') {
        requireCanEdit(ctx, list, t.item);
      } else {
        requireCanAdd(ctx, list, folder);
      }
      const fm = fieldMap(ctx, list);
      const formValues = (Array.isArray(b.formValues) ? b.formValues : []) as Array<{ FieldName?: unknown; FieldValue?: unknown }>;
      const form = parseFormValues(ctx, fm, formValues);
      const results: FormResult[] = [...form.results];
      let itemId = t.k === 'item' ? t.item.id : 0;
      if (!form.failed) {
        let item: ItemRow;
        if (t.k === 'item') {
          item = updateItem(ctx, list, t.item, valuesFromBody(ctx, fm, form.values), undefined,
            { server: form.server, overwriteVersion: b.bNewDocumentUpdate === true });
        } else {
          const isFolder = Number(info.UnderlyingObjectType ?? 0) === 1;
          if (isFolder) {
            const leaf = info.LeafName?.DecodedUrl ?? String(form.values.Title ?? 'Folder');
            item = createFolder(ctx, list, `${folder.replace(/\/+$/, '')}/${leaf}`, form.server) as ItemRow;
          } else {
            item = addItem(ctx, list, valuesFromBody(ctx, fm, form.values), { folderPath: folder, server: form.server });
          }
          results.push({ ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(item.id), HasException: false });
        }
        itemId = item.id;
      }
      const entities = results.map((r) => new Entity('SP.ListItemFormUpdateValue', '', '', { ...r, ItemId: itemId }));
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
        throw spErrors.folderNotFound();
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

