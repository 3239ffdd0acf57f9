import { randomUUID } from 'crypto';
import { FieldRow, ItemRow, ListRow, spNow, UserRow } from '../../store/store';
import { SqlValue } from '../../store/sqlite';
import { FilterExpr, FilterSyntaxError, Literal, normaliseCmp, parseFilter } from '../query/filter';
import { cachedList, cachedUser, listEditLink, listRootPath, loginName, SpContext } from './context';
import { SpError, spErrors } from './errors';
import { Entity, EntityCollection } from './odata';
import { itemScopeKey, listScopeKey, Perm } from './permissions';
import { entityPropertyName, isMulti, itemTypeName, storageKey, systemColumnFor, ValueKind, valueKind } from './schema';
import { normaliseDate, normaliseValue } from './values';

// ------------------------------------------------------------------ columns

interface Column {
  sql: string;
  kind: ValueKind | 'id';
  indexed: boolean;
  /** ' COLLATE NOCASE' for values read from the JSON document (text compares case-insensitively, as SharePoint does) */
  collate: string;
}

export interface FieldMap {
  list: ListRow;
  all: FieldRow[];
  byName: Map<string, FieldRow>;
}

export function fieldMap(ctx: SpContext, list: ListRow): FieldMap {
  const all = ctx.store.fields(list.id);
  const byName = new Map<string, FieldRow>();
  for (const f of all) {
    byName.set(f.internalName.toLowerCase(), f);
    byName.set(entityPropertyName(f.internalName).toLowerCase(), f);
  }
  return { list, all, byName };
}

function jsonCol(key: string): string {
  return `json_extract(i.data, '$."${key}"')`;
}

const USER_PROPS: Record<string, string> = {
  title: 'u.title', email: 'u.email', name: "('i:0#.f|membership|' || u.upn)", username: 'u.upn', jobtitle: 'u.job_title',
  department: 'u.department', firstname: 'u.given_name', lastname: 'u.surname'
};

function resolveColumn(fm: FieldMap, path: string[]): Column {
  const name = path[0];
  const lower = name.toLowerCase();
  if (path.length === 1) {
    const sys = systemColumnFor(lower);
    if (sys && lower !== 'author' && lower !== 'editor') {
      const fieldName = lower === 'authorid' ? 'author' : lower === 'editorid' ? 'editor' : lower;
      const f = fm.byName.get(fieldName);
      const kind: Column['kind'] = ['id', 'authorid', 'editorid', 'fsobjtype', 'filesystemobjecttype'].includes(lower) ? 'number'
        : lower === 'created' || lower === 'modified' ? 'date' : 'text';
      // Folder paths are indexed by SharePoint itself (folder-scoped queries); ID always is.
      const indexed = lower === 'id' || lower === 'filedirref' || (f?.indexed ?? false);
      return { sql: sys, kind, indexed, collate: '' };
    }
    const f = fm.byName.get(lower);
    if (f && f.typeKind !== 7 && f.typeKind !== 20) {
      return { sql: jsonCol(f.internalName), kind: valueKind(f), indexed: f.indexed, collate: ' COLLATE NOCASE' };
    }
    if (lower.endsWith('id')) {
      const nav = fm.byName.get(lower.slice(0, -2));
      if (nav && (nav.typeKind === 7 || nav.typeKind === 20)) {
        return { sql: jsonCol(storageKey(nav)), kind: 'number', indexed: nav.indexed, collate: ' COLLATE NOCASE' };
      }
    }
    throw new SpError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);
  }
  const nav = fm.byName.get(lower);
  if (!nav || (nav.typeKind !== 7 && nav.typeKind !== 20)) {
    throw new SpError(400, '-1, Microsoft.SharePoint.SPException', `Field or property "${name}" does not exist.`);
  }
  const idSql = lower === 'author' ? 'i.author_id' : lower === 'editor' ? 'i.editor_id' : jsonCol(storageKey(nav));
  const prop = path[1].toLowerCase();
  if (prop === 'id') {
    return { sql: idSql, kind: 'number', indexed: nav.indexed, collate: idSql.startsWith('json') ? ' COLLATE NOCASE' : '' };
  }
  if (nav.typeKind === 20) {
    const col = USER_PROPS[prop];
    if (!col) {
      throw new SpError(400, '-1, Microsoft.SharePoint.SPException', `Field or property "${path[1]}" does not exist.`);
    }
    return { sql: `(SELECT ${col} FROM users u WHERE u.id = ${idSql})`, kind: 'text', indexed: false, collate: ' COLLATE NOCASE' };
  }
  const target = String(nav.props.LookupList ?? '').replace(/[{}]/g, '').replace(/[^0-9a-fA-F-]/g, '');
  const targetSys = systemColumnFor(prop);
  const expr = targetSys ? targetSys.replace(/\bi\./g, 't.') : `json_extract(t.data, '$."${path[1]}"')`;
  return {
    sql: `(SELECT ${expr} FROM items t WHERE t.list_id = '${target}' AND t.id = ${idSql})`,
    kind: 'text', indexed: false, collate: ' COLLATE NOCASE'
  };
}

function literalFor(col: Column, lit: Literal): SqlValue {
  switch (col.kind) {
    case 'number':
    case 'id':
    case 'user':
    case 'lookup':
      if (lit.type === 'number') {
        return lit.value;
      }
      if (lit.type === 'bool') {
        return lit.value ? 1 : 0;
      }
      if (lit.type === 'string' && lit.value.trim() !== '' && Number.isFinite(Number(lit.value))) {
        return Number(lit.value);
      }
      break;
    case 'bool':
      if (lit.type === 'bool') {
        return lit.value ? 1 : 0;
      }
      if (lit.type === 'number') {
        return lit.value ? 1 : 0;
      }
      if (lit.type === 'string') {
        return lit.value === '1' || lit.value.toLowerCase() === 'true' ? 1 : 0;
      }
      break;
    case 'date':
      if (lit.type === 'datetime' || lit.type === 'string') {
        return normaliseDate(lit.value);
      }
      break;
    default:
      if (lit.type === 'string' || lit.type === 'guid' || lit.type === 'datetime') {
        return lit.value;
      }
      if (lit.type === 'number') {
        return String(lit.value);
      }
      if (lit.type === 'bool') {
        return lit.value ? 1 : 0;
      }
  }
  throw spErrors.invalidQuery(`The expression "${String(lit.value)}" is not valid for this field.`);
}

const SQL_OPS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function toSql(fm: FieldMap, e: FilterExpr, params: SqlValue[]): string {
  switch (e.kind) {
    case 'logical':
      return `(${toSql(fm, e.left, params)} ${e.op.toUpperCase()} ${toSql(fm, e.right, params)})`;
    case 'not':
      return `(NOT ${toSql(fm, e.expr, params)})`;
    case 'func': {
      const [a, b] = e.name === 'substringof' ? [e.args[1], e.args[0]] : [e.args[0], e.args[1]];
      if (!a || !b || a.kind !== 'field' || b.kind !== 'literal') {
        throw spErrors.invalidQuery(`The function ${e.name} needs a field and a text value.`);
      }
      const col = resolveColumn(fm, a.path);
      const v = escapeLike(String(b.value ?? ''));
      params.push(e.name === 'startswith' ? `${v}%` : e.name === 'endswith' ? `%${v}` : `%${v}%`);
      return `(${col.sql} LIKE ? ESCAPE '\\')`;
    }
    case 'cmp': {
      const n = normaliseCmp(e);
      if (!n) {
        throw spErrors.invalidQuery('A comparison needs a field on one side and a value on the other.');
      }
      const col = resolveColumn(fm, n.field.path);
      if (n.value.type === 'null') {
        return n.op === 'ne' ? `(${col.sql} IS NOT NULL)` : `(${col.sql} IS NULL)`;
      }
      params.push(literalFor(col, n.value));
      if (n.op === 'ne') {
        return `(${col.sql} IS NULL OR ${col.sql} <> ?${col.collate})`;
      }
      return `(${col.sql} ${SQL_OPS[n.op]} ?${col.collate})`;
    }
  }
}

/** The part of a filter SharePoint can answer from an index: the first clause must be on an indexed column. */
function indexLead(fm: FieldMap, e: FilterExpr): FilterExpr | undefined {
  switch (e.kind) {
    case 'cmp': {
      const n = normaliseCmp(e);
      if (!n || n.op === 'ne') {
        return undefined;
      }
      return resolveColumn(fm, n.field.path).indexed ? e : undefined;
    }
    case 'func':
      return e.name === 'startswith' && e.args[0]?.kind === 'field' && resolveColumn(fm, e.args[0].path).indexed ? e : undefined;
    case 'logical':
      if (e.op === 'and') {
        return indexLead(fm, e.left);
      }
      return indexLead(fm, e.left) && indexLead(fm, e.right) ? e : undefined;
    default:
      return undefined;
  }
}

// ------------------------------------------------------------------ selection

interface Selection {
  all: boolean;
  names: string[];
  nav: Map<string, string[]>;
  expand: Set<string>;
}

function parseSelection(select: string | null, expand: string | null): Selection {
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

// ------------------------------------------------------------------ rendering

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

// ------------------------------------------------------------------ queries

export interface QueryResult {
  items: Entity[];
  nextLink?: string;
}

function parseSkipToken(token: string | null): Map<string, string> {
  const m = new Map<string, string>();
  if (!token) {
    return m;
  }
  for (const [k, v] of new URLSearchParams(token)) {
    m.set(k.toLowerCase(), v);
  }
  return m;
}

interface OrderTerm {
  col: Column;
  name: string;
  desc: boolean;
}

function sortExpr(t: OrderTerm): string {
  if (t.col.sql === 'i.id') {
    return 'i.id';
  }
  const fallback = t.col.kind === 'number' || t.col.kind === 'bool' || t.col.kind === 'id' ? '-1e308' : "''";
  return `coalesce(${t.col.sql}, ${fallback})${t.col.collate}`;
}

export function queryItems(ctx: SpContext, list: ListRow): QueryResult {
  const q = ctx.url.searchParams;
  const fm = fieldMap(ctx, list);
  const sel = parseSelection(q.get('$select'), q.get('$expand'));
  let filter: FilterExpr | undefined;
  const filterText = q.get('$filter');
  if (filterText && filterText.trim()) {
    try {
      filter = parseFilter(filterText);
    } catch (e) {
      if (e instanceof FilterSyntaxError) {
        throw spErrors.invalidQuery(`The expression "${filterText}" is not valid. ${e.message}`);
      }
      throw e;
    }
  }
  const orderTerms: OrderTerm[] = (q.get('$orderby') ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [name, dir] = s.split(/\s+/);
    return { col: resolveColumn(fm, name.split('/')), name, desc: (dir ?? '').toLowerCase() === 'desc' };
  });
  let top = Number(q.get('$top') ?? 100);
  if (!Number.isFinite(top) || top < 0) {
    top = 100;
  }

  // The list view threshold: on a list above it, the query must be answerable from an index.
  if (list.itemCount > ctx.threshold) {
    if (q.get('$top') !== null && top > ctx.threshold) {
      throw spErrors.throttled();
    }
    if (filter) {
      const lead = indexLead(fm, filter);
      if (!lead) {
        throw spErrors.throttled();
      }
      const params: SqlValue[] = [list.id];
      const where = toSql(fm, lead, params);
      const row = ctx.store.get(`SELECT count(*) AS n FROM (SELECT 1 FROM items i WHERE i.list_id = ? AND ${where} LIMIT ${ctx.threshold + 1})`, ...params);
      if (Number(row?.n ?? 0) > ctx.threshold) {
        throw spErrors.throttled();
      }
    } else if (orderTerms.some((t) => !t.col.indexed)) {
      throw spErrors.throttled();
    }
  }

  const params: SqlValue[] = [list.id];
  const where: string[] = ['i.list_id = ?'];
  // permission trimming
  const readable = ctx.perms.readableScopes(list);
  if (readable.scopes.length === 0) {
    return { items: [] };
  }
  if (!readable.all) {
    where.push(`i.scope IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(readable.scopes));
  }
  if (list.settings.ReadSecurity === 2 && !ctx.perms.bypassesItemSecurity(list)) {
    where.push('(i.author_id = ? OR i.fsobj = 1)');
    params.push(ctx.user.id);
  }
  if (filter) {
    where.push(toSql(fm, filter, params));
  }
  // paging: keyset on the order-by columns then ID, encoded in $skiptoken as SharePoint does (Paged=TRUE&p_ID=…)
  const token = parseSkipToken(q.get('$skiptoken'));
  const reverse = (token.get('pagedprev') ?? '').toLowerCase() === 'true';
  const terms = [...orderTerms];
  if (!terms.some((t) => t.col.sql === 'i.id')) {
    terms.push({ col: { sql: 'i.id', kind: 'number', indexed: true, collate: '' }, name: 'ID', desc: false });
  }
  if (token.has('p_id')) {
    const ors: string[] = [];
    const eqs: string[] = [];
    const eqParams: SqlValue[] = [];
    const keyParams: SqlValue[] = [];
    for (const t of terms) {
      const raw = t.col.sql === 'i.id' ? token.get('p_id') : token.get(`p_${t.name.replace('/', '_').toLowerCase()}`);
      const value: SqlValue = raw === undefined ? null : t.col.kind === 'number' || t.col.kind === 'id' || t.col.kind === 'bool' ? Number(raw) : raw;
      const after = t.desc !== reverse ? '<' : '>';
      ors.push(`(${[...eqs, `${sortExpr(t)} ${after} ?`].join(' AND ')})`);
      keyParams.push(...eqParams, value);
      eqs.push(`${sortExpr(t)} = ?`);
      eqParams.push(value);
    }
    where.push(`(${ors.join(' OR ')})`);
    params.push(...keyParams);
  }
  const order = terms.map((t) => `${sortExpr(t)} ${t.desc !== reverse ? 'DESC' : 'ASC'}`).join(', ');
  const sql = `SELECT i.* FROM items i WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${Math.min(top, 5000) + 1}`;
  const rows = ctx.store.all(sql, ...params).map((r) => ctx.store.toItem(r));
  const more = rows.length > top;
  const page = rows.slice(0, top);
  if (reverse) {
    page.reverse();
  }
  const items = page.map((it) => itemEntity(ctx, fm, it, sel));
  let nextLink: string | undefined;
  if (more && page.length > 0) {
    const last = page[page.length - 1];
    const tok = new URLSearchParams();
    tok.set('Paged', 'TRUE');
    for (const t of orderTerms) {
      if (t.col.sql !== 'i.id') {
        const v = ctx.store.get(`SELECT ${sortExpr(t)} AS v FROM items i WHERE i.list_id = ? AND i.id = ?`, list.id, last.id);
        tok.set(`p_${t.name.replace('/', '_')}`, String(v?.v ?? ''));
      }
    }
    tok.set('p_ID', String(last.id));
    const next = new URL(ctx.url.toString());
    next.searchParams.set('$skiptoken', tok.toString());
    next.searchParams.set('$top', String(top));
    nextLink = next.toString();
  }
  return { items, nextLink };
}

// ------------------------------------------------------------------ reads

export function getReadableItem(ctx: SpContext, list: ListRow, id: number): ItemRow {
  const item = ctx.store.itemById(list.id, id);
  if (!item || !ctx.perms.canReadItem(list, item)) {
    throw spErrors.itemNotFound();
  }
  return item;
}

export function singleItemEntity(ctx: SpContext, list: ListRow, item: ItemRow): Entity {
  const q = ctx.url.searchParams;
  return itemEntity(ctx, fieldMap(ctx, list), item, parseSelection(q.get('$select'), q.get('$expand')));
}

// ------------------------------------------------------------------ writes

const IGNORED_ON_WRITE = new Set(['__metadata', 'id', 'authorid', 'editorid', 'author', 'editor', 'created', 'modified', 'guid',
  'odata__uiversionstring', 'attachments', 'filesystemobjecttype', 'contenttypeid', 'contenttype', 'filedirref', 'fileref', 'fsobjtype',
  'serverredirectedembeduri', 'serverredirectedembedurl', 'compliance assetid', 'complianceassetid', 'odata.type', 'odata.id',
  'odata.etag', 'odata.editlink', 'odata.metadata']);

/** Maps a client's JSON body onto stored values; client-sent Author/Editor/Created/Modified are ignored, as SharePoint does. */
export function valuesFromBody(ctx: SpContext, fm: FieldMap, body: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (body === null || typeof body !== 'object') {
    return values;
  }
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    if (IGNORED_ON_WRITE.has(lower)) {
      continue;
    }
    let f = fm.byName.get(lower);
    if (f && f.props.System !== true && f.typeKind !== 7 && f.typeKind !== 20) {
      values[f.internalName] = normaliseValue(f, raw);
      continue;
    }
    if (lower === 'title' || lower === 'fileleafref') {
      values[lower === 'title' ? 'Title' : 'FileLeafRef'] = raw === null ? null : String(raw);
      continue;
    }
    f = lower.endsWith('stringid') ? fm.byName.get(lower.slice(0, -8)) : lower.endsWith('id') ? fm.byName.get(lower.slice(0, -2)) : undefined;
    if (f && (f.typeKind === 7 || f.typeKind === 20) && f.props.System !== true) {
      const v = normaliseValue(f, raw);
      if (f.typeKind === 20) {
        const ids = Array.isArray(v) ? (v as number[]) : v === null ? [] : [v as number];
        for (const id of ids) {
          if (!cachedUser(ctx, id)) {
            throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', 'The user does not exist or is not unique.');
          }
        }
      }
      values[storageKey(f)] = v;
      continue;
    }
    throw spErrors.badProperty(key, itemTypeName(fm.list));
  }
  return values;
}

function snapshot(ctx: SpContext, list: ListRow, item: ItemRow): void {
  if (list.settings.EnableVersioning) {
    ctx.store.insertVersion(list.id, item.id, { version: item.version, editorId: item.editorId, created: item.modified, data: item.data });
    const keep = Number(list.settings.MajorVersionLimit ?? 50);
    if (keep > 0 && item.version > keep) {
      ctx.store.trimVersions(list.id, item.id, keep);
    }
  }
}

/** Resolves a folder path of a list (the root or a folder item). */
export function folderItem(ctx: SpContext, list: ListRow, path: string): ItemRow | null {
  const root = listRootPath(list);
  const clean = path.replace(/\/+$/, '');
  if (clean.toLowerCase() === root.toLowerCase()) {
    return null;
  }
  const cut = clean.lastIndexOf('/');
  const f = ctx.store.folderByPath(list.id, clean.slice(0, cut), clean.slice(cut + 1));
  if (!f) {
    throw spErrors.folderNotFound();
  }
  return f;
}

export interface NewItemOptions {
  folderPath?: string;
  fsobj?: number;
  leaf?: string;
}

export function addItem(ctx: SpContext, list: ListRow, values: Record<string, unknown>, opts: NewItemOptions = {}): ItemRow {
  const root = listRootPath(list);
  const folderPath = (opts.folderPath ?? root).replace(/\/+$/, '');
  const parent = folderItem(ctx, list, folderPath);
  const scopeKey = parent ? itemScopeKey(list, parent) : listScopeKey(list);
  if (parent && !ctx.perms.canReadItem(list, parent)) {
    throw spErrors.folderNotFound();
  }
  if (!ctx.perms.can(scopeKey, Perm.AddListItems)) {
    throw spErrors.accessDenied();
  }
  return ctx.store.tx(() => {
    const id = ctx.store.reserveItemIds(list.id, 1);
    const now = spNow();
    const data = { ...values };
    delete data.FileLeafRef;
    const leaf = opts.leaf ?? `${id}_.000`;
    if (opts.fsobj === 1 && data.Title === undefined) {
      data.Title = leaf;
    }
    const item: ItemRow = {
      listId: list.id, id, uid: randomUUID(), fsobj: opts.fsobj ?? 0, folder: parent ? `${parent.folder}/${parent.leaf}` : root, leaf,
      authorId: ctx.user.id, editorId: ctx.user.id, created: now, modified: now, version: 1, hasUnique: false,
      scope: parent ? parent.scope : 'L', data
    };
    ctx.store.insertItem(item);
    ctx.store.touchList(list.id, 0);
    snapshot(ctx, list, item);
    return item;
  });
}

export function checkETag(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') {
    return;
  }
  const sent = ifMatch.trim().replace(/^W\//, '').replace(/"/g, '').split(',').pop() ?? '';
  if (sent !== String(version)) {
    throw spErrors.versionConflict(ifMatch.trim(), `"${version}"`);
  }
}

export function updateItem(ctx: SpContext, list: ListRow, item: ItemRow, values: Record<string, unknown>, ifMatch: string | undefined): ItemRow {
  if (!ctx.perms.canWriteItem(list, item, Perm.EditListItems)) {
    throw spErrors.accessDenied();
  }
  checkETag(ifMatch, item.version);
  const updated: ItemRow = {
    ...item, data: { ...item.data, ...values }, version: item.version + 1, editorId: ctx.user.id, modified: spNow()
  };
  // renaming (FileLeafRef) is not emulated: the leaf name stays
  delete updated.data.FileLeafRef;
  ctx.store.tx(() => {
    ctx.store.updateItem(updated);
    ctx.store.touchList(list.id, 0);
    snapshot(ctx, list, updated);
  });
  return updated;
}

export function deleteItem(ctx: SpContext, list: ListRow, item: ItemRow, ifMatch: string | undefined, recycle: boolean): string | undefined {
  if (!ctx.perms.canWriteItem(list, item, Perm.DeleteListItems)) {
    throw spErrors.accessDenied();
  }
  checkETag(ifMatch, item.version);
  return ctx.store.tx(() => {
    let removed = 1;
    if (item.fsobj === 1) {
      const path = `${item.folder}/${item.leaf}`;
      const children = ctx.store.all('SELECT id FROM items WHERE list_id = ? AND (folder = ? OR folder LIKE ?)', list.id, path, `${path}/%`);
      for (const c of children) {
        ctx.store.deleteItem(list.id, Number(c.id));
      }
      removed += children.length;
    }
    const recycleId = recycle ? ctx.store.recycle(item, String(item.data.Title ?? item.leaf), ctx.user.id) : undefined;
    ctx.store.deleteItem(list.id, item.id);
    ctx.store.touchList(list.id, -removed);
    return recycleId;
  });
}

export function versionEntities(ctx: SpContext, list: ListRow, item: ItemRow): Entity[] {
  const versions = list.settings.EnableVersioning ? ctx.store.versions(list.id, item.id)
    : [{ version: item.version, editorId: item.editorId, created: item.modified, data: item.data }];
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

export function itemEtag(item: ItemRow): string {
  return `"${item.version}"`;
}
