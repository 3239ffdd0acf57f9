import { FieldRow, ItemRow, ListRow, UserRow } from '../../store/store';
import { cachedList, cachedUser, listEditLink, loginName, SpContext } from './context';
import { SpError, spErrors } from './errors';
import { Entity, EntityCollection } from './odata';
import { entityPropertyName, isMulti, itemTypeName, storageKey } from './schema';
import { FieldMap, fieldMap } from './schema';

// ------------------------------------------------------------------ columns

// Items as SharePoint returns them: $select, $expand of person and lookup fields, versions.

export interface Selection {
  all: boolean;
  names: string[];
  nav: Map<string, string[]>;
  expand: Set<string>;
}

export function parseSelection(select: string | null, expand: string | null): Selection {
  const sel: Selection = { all: false, names: [], nav: new Map(), expand: new Set() };
  for (const e of (expand ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    sel.expand.add(e.split('/')[0].toLowerCase());
  }
  const tokens = (select ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (tokens.length === 0) {
    sel.all = true;
  }
  for (const t of tokens) {
    if (t === '*') {
      sel.all = true;
    } else if (t.includes('/')) {
      const [nav, prop] = t.split('/');
      const key = nav.toLowerCase();
      if (!sel.expand.has(key)) {
        throw spErrors.selectNeedsExpand(t, nav);
      }
      sel.nav.set(key, [...(sel.nav.get(key) ?? []), prop]);
    } else {
      sel.names.push(t);
    }
  }
  return sel;
}


function userEntity(ctx: SpContext, id: number | null | undefined, props: string[] | undefined): Entity | null {
  if (id === null || id === undefined) {
    return null;
  }
  const u = cachedUser(ctx, id);
  if (!u) {
    return null;
  }
  const all: Record<string, unknown> = {
    Id: u.id, Title: u.title, EMail: u.email, Name: loginName(u), UserName: u.upn, JobTitle: u.jobTitle, Department: u.department,
    FirstName: u.givenName, LastName: u.surname, SipAddress: u.email
  };
  const out: Record<string, unknown> = {};
  if (!props || props.length === 0) {
    Object.assign(out, all);
  } else {
    for (const p of props) {
      const k = Object.keys(all).find((x) => x.toLowerCase() === p.toLowerCase());
      if (!k) {
        throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The field or property '${p}' does not exist.`);
      }
      out[k] = all[k];
    }
  }
  return new Entity('SP.Data.UserInfoItem', `${ctx.webAbs}/_api/Web/SiteUserInfoList/Items(${u.id})`, `Web/SiteUserInfoList/Items(${u.id})`, out);
}

function lookupEntity(ctx: SpContext, f: FieldRow, id: number | null | undefined, props: string[] | undefined): Entity | null {
  if (id === null || id === undefined) {
    return null;
  }
  const targetId = String(f.props.LookupList ?? '').replace(/[{}]/g, '');
  const target = cachedList(ctx, targetId);
  if (!target) {
    return null;
  }
  const key = `${target.id}:${id}`;
  if (!ctx.lookupCache.has(key)) {
    ctx.lookupCache.set(key, ctx.store.itemById(target.id, id) ?? null);
  }
  const item = ctx.lookupCache.get(key);
  if (!item) {
    return null;
  }
  const out: Record<string, unknown> = {};
  const wanted = props && props.length > 0 ? props : ['Id', 'Title'];
  for (const p of wanted) {
    const lower = p.toLowerCase();
    if (lower === 'id') {
      out[p === 'ID' ? 'ID' : 'Id'] = item.id;
    } else if (lower === 'created' || lower === 'modified') {
      out[lower === 'created' ? 'Created' : 'Modified'] = lower === 'created' ? item.created : item.modified;
    } else {
      const k = Object.keys(item.data).find((x) => x.toLowerCase() === lower);
      out[k ?? p] = k ? item.data[k] : null;
    }
  }
  return new Entity(itemTypeName(target), item.uid, `${listEditLink(target)}/Items(${item.id})`, out);
}

function systemValue(item: ItemRow, lower: string): [string, unknown] | undefined {
  switch (lower) {
    case 'id': return ['Id', item.id];
    case 'created': return ['Created', item.created];
    case 'modified': return ['Modified', item.modified];
    case 'authorid': return ['AuthorId', item.authorId];
    case 'editorid': return ['EditorId', item.editorId];
    case 'fileref': return ['FileRef', `${item.folder}/${item.leaf}`];
    case 'filedirref': return ['FileDirRef', item.folder];
    case 'fileleafref': return ['FileLeafRef', item.leaf];
    case 'fsobjtype': return ['FSObjType', item.fsobj];
    case 'filesystemobjecttype': return ['FileSystemObjectType', item.fsobj];
    case 'contenttypeid': return ['ContentTypeId', item.fsobj === 1 ? '0x012000F1E2D3C4B5A69788' : '0x0100F1E2D3C4B5A69788'];
    case 'guid': return ['GUID', item.uid];
    case 'odata__uiversionstring': case '_uiversionstring': return ['OData__UIVersionString', `${item.version}.0`];
    case 'attachments': return ['Attachments', false];
    case 'hasuniqueroleassignments': return ['HasUniqueRoleAssignments', item.hasUnique];
    default: return undefined;
  }
}

function fieldValueProps(item: ItemRow, f: FieldRow, out: Record<string, unknown>): void {
  const epn = entityPropertyName(f.internalName);
  if (f.typeKind === 20 || f.typeKind === 7) {
    const v = item.data[storageKey(f)];
    if (isMulti(f)) {
      const ids = Array.isArray(v) ? (v as number[]) : [];
      out[`${epn}Id`] = ids;
      if (f.typeKind === 20) {
        out[`${epn}StringId`] = ids.map(String);
      }
    } else {
      out[`${epn}Id`] = v ?? null;
      if (f.typeKind === 20) {
        out[`${epn}StringId`] = v === null || v === undefined ? null : String(v);
      }
    }
    return;
  }
  out[epn] = item.data[f.internalName] ?? null;
}

export function itemEntity(ctx: SpContext, fm: FieldMap, item: ItemRow, sel: Selection | undefined): Entity {
  const list = fm.list;
  const out: Record<string, unknown> = {};
  const s = sel ?? { all: true, names: [], nav: new Map<string, string[]>(), expand: new Set<string>() };
  if (s.all) {
    out.FileSystemObjectType = item.fsobj;
    out.Id = item.id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = systemValue(item, 'contenttypeid')![1];
    out.Title = item.data.Title ?? null;
    for (const f of fm.all) {
      if (f.props.System !== true) {
        fieldValueProps(item, f, out);
      }
    }
    out.ComplianceAssetId = null;
    out.ID = item.id;
    out.Modified = item.modified;
    out.Created = item.created;
    out.AuthorId = item.authorId;
    out.EditorId = item.editorId;
    out.OData__UIVersionString = `${item.version}.0`;
    out.Attachments = false;
    out.GUID = item.uid;
  }
  for (const name of s.names) {
    const lower = name.toLowerCase();
    if (name === 'ID') {
      out.ID = item.id;
      continue;
    }
    const sys = systemValue(item, lower);
    if (sys) {
      out[sys[0]] = sys[1];
      continue;
    }
    if (lower === 'title') {
      out.Title = item.data.Title ?? null;
      continue;
    }
    const f = fm.byName.get(lower);
    if (f && f.props.System !== true && f.typeKind !== 7 && f.typeKind !== 20) {
      out[entityPropertyName(f.internalName)] = item.data[f.internalName] ?? null;
      continue;
    }
    if (f && (f.typeKind === 7 || f.typeKind === 20 || lower === 'author' || lower === 'editor')) {
      // a person or lookup field selected by name: its value comes through $expand
      if (!s.expand.has(lower)) {
        throw spErrors.selectNeedsExpand(name, name);
      }
      if (!s.nav.has(lower)) {
        s.nav.set(lower, []);
      }
      continue;
    }
    const idNav = lower.endsWith('stringid') ? fm.byName.get(lower.slice(0, -8)) : lower.endsWith('id') ? fm.byName.get(lower.slice(0, -2)) : undefined;
    if (idNav && (idNav.typeKind === 7 || idNav.typeKind === 20)) {
      const tmp: Record<string, unknown> = {};
      fieldValueProps(item, idNav, tmp);
      const k = Object.keys(tmp).find((x) => x.toLowerCase() === lower);
      if (k) {
        out[k] = tmp[k];
        continue;
      }
    }
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The field or property '${name}' does not exist.`);
  }
  for (const navLower of s.expand) {
    const f = fm.byName.get(navLower);
    if (!f || (f.typeKind !== 7 && f.typeKind !== 20)) {
      if (navLower === 'folder' || navLower === 'fieldvaluesastext' || navLower === 'file') {
        continue;
      }
      throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The field or property '${navLower}' does not exist.`);
    }
    if (!s.nav.has(navLower)) {
      continue;
    }
    const props = s.nav.get(navLower);
    const epn = entityPropertyName(f.internalName);
    if (navLower === 'author' || navLower === 'editor') {
      out[f.internalName] = userEntity(ctx, navLower === 'author' ? item.authorId : item.editorId, props);
    } else if (isMulti(f)) {
      const ids = (item.data[storageKey(f)] as number[] | undefined) ?? [];
      const ents = ids.map((id) => (f.typeKind === 20 ? userEntity(ctx, id, props) : lookupEntity(ctx, f, id, props))).filter((e): e is Entity => e !== null);
      out[epn] = new EntityCollection(ents);
    } else {
      const id = item.data[storageKey(f)] as number | null | undefined;
      out[epn] = f.typeKind === 20 ? userEntity(ctx, id, props) : lookupEntity(ctx, f, id, props);
    }
  }
  const link = `${listEditLink(list)}/Items(${item.id})`;
  return new Entity(itemTypeName(list), item.uid, link, out, `"${item.version}"`, `${ctx.webAbs}/_api/${link}`);
}


export function singleItemEntity(ctx: SpContext, list: ListRow, item: ItemRow): Entity {
  const q = ctx.url.searchParams;
  return itemEntity(ctx, fieldMap(ctx, list), item, parseSelection(q.get('$select'), q.get('$expand')));
}


export function versionEntities(ctx: SpContext, list: ListRow, item: ItemRow): Entity[] {
  const current = { version: item.version, editorId: item.editorId, created: item.modified, data: item.data };
  const stored = list.settings.EnableVersioning ? ctx.store.versions(list.id, item.id) : [];
  // the current version is always there, also for items written before versioning was turned on
  const versions = stored.some((v) => v.version === item.version) ? stored : [current, ...stored];
  return versions.map((v) => {
    const editor: UserRow | undefined = cachedUser(ctx, v.editorId);
    const props: Record<string, unknown> = {
      ...v.data,
      Created: v.created,
      IsCurrentVersion: v.version === item.version,
      VersionId: v.version * 512,
      VersionLabel: `${v.version}.0`,
      ID: item.id,
      Modified: v.created,
      Editor: editor ? { LookupId: editor.id, LookupValue: editor.title, Email: editor.email } : null,
      OData__UIVersionString: `${v.version}.0`
    };
    const link = `${listEditLink(list)}/Items(${item.id})/Versions(${v.version * 512})`;
    return new Entity('SP.ListItemVersion', `${ctx.webAbs}/_api/${link}`, link, props);
  });
}

