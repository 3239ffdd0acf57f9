import { ListRow } from '../../store/store';
import { evaluateFilter, parseFilter } from '../query/filter';
import { SpContext } from './context';
import { spErrors } from './errors';
import { Entity, renderEntity } from './odata';
import { listScopeKey } from './permissions';

// $filter/$select/$orderby/$top on small collections (lists, fields, users, groups) and shared request helpers.

export function selectedSet(ctx: SpContext): Set<string> | undefined {
  const s = ctx.url.searchParams.get('$select');
  if (!s) {
    return undefined;
  }
  return new Set(s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean));
}

export function applySelect(e: Entity, selected: Set<string> | undefined): Entity {
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

export function shapeCollection(ctx: SpContext, entities: Entity[]): Entity[] {
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

export function metadataUrl(ctx: SpContext, name: string): string {
  return `${ctx.webAbs}/_api/$metadata#${name}`;
}


export function body(ctx: SpContext): Record<string, unknown> {
  const b = ctx.body;
  if (b === null || typeof b !== 'object') {
    return {};
  }
  return b as Record<string, unknown>;
}

export function requireWebPerm(ctx: SpContext, kind: number): void {
  if (!ctx.perms.can('W', kind)) {
    throw spErrors.accessDenied();
  }
}

export function requireListPerm(ctx: SpContext, list: ListRow, kind: number): void {
  if (!ctx.perms.can(listScopeKey(list), kind)) {
    throw spErrors.accessDenied();
  }
}

