import { IntranetStore, ItemRow, ListRow, UserRow } from '../../store/store';
import { DigestIssuer } from './digest';
import { ODataFormat } from './odata';
import { PermissionContext } from './permissions';

export const SITE_PATH = '/sites/danhgia';
export const SITE_TITLE = 'Đánh giá, xếp loại chất lượng công chức';

/** Everything one SharePoint REST (sub)request needs. */
export interface SpContext {
  store: IntranetStore;
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  /** absolute URL of the web, e.g. http://127.0.0.1:4321/sites/danhgia */
  webAbs: string;
  user: UserRow;
  perms: PermissionContext;
  format: ODataFormat;
  threshold: number;
  method: string;
  /** the absolute URL of this request (used for odata.nextLink) */
  url: URL;
  headers: Record<string, string>;
  body: unknown;
  /** per-request caches */
  userCache: Map<number, UserRow | null>;
  lookupCache: Map<string, ItemRow | null>;
  listCache: Map<string, ListRow | null>;
}

export function listRootPath(list: ListRow): string {
  return list.baseTemplate === 101 ? `${SITE_PATH}/${list.urlName}` : `${SITE_PATH}/Lists/${list.urlName}`;
}

export function listEditLink(list: ListRow): string {
  return `Web/Lists(guid'${list.id}')`;
}

export function cachedUser(ctx: SpContext, id: number): UserRow | undefined {
  if (!ctx.userCache.has(id)) {
    ctx.userCache.set(id, ctx.store.userById(id) ?? null);
  }
  return ctx.userCache.get(id) ?? undefined;
}

export function cachedList(ctx: SpContext, id: string): ListRow | undefined {
  const key = id.toLowerCase();
  if (!ctx.listCache.has(key)) {
    ctx.listCache.set(key, ctx.store.listById(id) ?? null);
  }
  return ctx.listCache.get(key) ?? undefined;
}

export function loginName(u: UserRow): string {
  return u.principalType === 4 ? u.upn : `i:0#.f|membership|${u.upn}`;
}

/** Server-wide services a SharePoint call may need. */
export interface SpServices {
  digests: DigestIssuer;
}
