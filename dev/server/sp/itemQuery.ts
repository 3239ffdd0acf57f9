import { ListRow } from '../../store/store';
import { SqlValue } from '../../store/sqlite';
import { FilterExpr, FilterSyntaxError, Literal, normaliseCmp, parseFilter } from '../query/filter';
import { SpContext } from './context';
import { SpError, spErrors } from './errors';
import { Entity } from './odata';
import { itemEntity, parseSelection } from './itemRender';
import { FieldMap, fieldMap, isMulti, storageKey, systemColumnFor, ValueKind, valueKind } from './schema';
import { normaliseDate } from './values';

// ------------------------------------------------------------------ columns

// Item queries: $filter to SQL over indexed columns, the list view threshold, permission trimming, keyset paging.

interface Column {
  sql: string;
  kind: ValueKind | 'id';
  indexed: boolean;
  /** ' COLLATE NOCASE' for values read from the JSON document (text compares case-insensitively, as SharePoint does) */
  collate: string;
  /** the JSON key of a multi-value person or lookup field (an array of ids): `eq` matches any of them */
  multiKey?: string;
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
        return { sql: jsonCol(storageKey(nav)), kind: 'number', indexed: nav.indexed, collate: ' COLLATE NOCASE', multiKey: isMulti(nav) ? storageKey(nav) : undefined };
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
    return {
      sql: idSql, kind: 'number', indexed: nav.indexed, collate: idSql.startsWith('json') ? ' COLLATE NOCASE' : '',
      multiKey: isMulti(nav) ? storageKey(nav) : undefined
    };
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
      if (col.multiKey && (n.op === 'eq' || n.op === 'ne')) {
        const any = `EXISTS (SELECT 1 FROM json_each(i.data, '$."${col.multiKey}"') WHERE value = ?)`;
        return n.op === 'eq' ? `(${any})` : `(NOT ${any})`;
      }
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
  const bypass = ctx.perms.itemSecurityBypass(list);
  if (list.settings.ReadSecurity === 2 && !bypass.all) {
    // own items, folders, and what Cancel Checkout on a folder or item exempts (PermissionContext.itemSecurityBypass)
    const ors = ['i.author_id = ?', 'i.fsobj = 1'];
    params.push(ctx.user.id);
    if (bypass.scopes.length > 0) {
      ors.push('i.scope IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(bypass.scopes));
    }
    for (const p of bypass.folderPaths) {
      ors.push('(i.folder = ? OR i.folder LIKE ?)');
      params.push(p, `${p}/%`);
    }
    where.push(`(${ors.join(' OR ')})`);
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


