import { randomUUID } from 'crypto';
import { IntranetStore, UserRow } from '../../store/store';
import { evaluateFilter, FilterExpr, FilterSyntaxError, parseFilter } from '../query/filter';
import { FaultInjector } from '../faults';

export const GRAPH_PREFIX = '/graph/v1.0';
const ORG_NAME = 'Bộ Văn hóa, Thể thao và Du lịch';

export interface GraphResult {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface GraphContext {
  store: IntranetStore;
  origin: string;
  user: UserRow;
  faults: FaultInjector;
}

export class GraphError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

export function graphErrorResult(e: GraphError, headers: Record<string, string> = {}): GraphResult {
  const requestId = randomUUID();
  return {
    status: e.status,
    headers: { 'Content-Type': 'application/json', 'request-id': requestId, ...headers },
    body: { error: { code: e.code, message: e.message, innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': requestId } } }
  };
}

const DEFAULT_PROPS = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage',
  'surname', 'userPrincipalName', 'id'];

function fullUser(u: UserRow): Record<string, unknown> {
  return {
    id: u.graphId, businessPhones: [], displayName: u.title, givenName: u.givenName, jobTitle: u.jobTitle, mail: u.email, mobilePhone: null,
    officeLocation: u.office, preferredLanguage: 'vi-VN', surname: u.surname, userPrincipalName: u.upn, department: u.department,
    companyName: ORG_NAME, accountEnabled: true, usageLocation: 'VN', country: 'Việt Nam', employeeType: 'Công chức', mailNickname: u.upn.split('@')[0],
    userType: 'Member'
  };
}

function project(u: UserRow, select: string[] | undefined, typed: boolean): Record<string, unknown> {
  const all = fullUser(u);
  const out: Record<string, unknown> = typed ? { '@odata.type': '#microsoft.graph.user' } : {};
  const keys = select && select.length > 0 ? select : DEFAULT_PROPS;
  for (const k of keys) {
    const key = Object.keys(all).find((x) => x.toLowerCase() === k.toLowerCase());
    if (key) {
      out[key] = all[key];
    } else {
      out[k] = null;
    }
  }
  return out;
}

function selectOf(q: URLSearchParams): string[] | undefined {
  const s = q.get('$select');
  return s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined;
}

interface ExpandSpec {
  name: 'manager' | 'directReports';
  select?: string[];
  /** manager($levels=max) follows the chain up to the top */
  levels: number;
}

/** `$expand=manager`, `manager($select=a,b)`, `manager($levels=max;$select=…)`, `directReports($select=…)` */
function expandOf(q: URLSearchParams): ExpandSpec[] {
  const raw = q.get('$expand');
  if (!raw) {
    return [];
  }
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of raw) {
    if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
    }
    if (ch === ',' && depth === 0) {
      items.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  items.push(cur);
  return items.map((item) => {
    const m = /^\s*([A-Za-z]+)\s*(?:\((.*)\))?\s*$/.exec(item);
    const name = (m?.[1] ?? '').toLowerCase();
    if (name !== 'manager' && name !== 'directreports') {
      throw new GraphError(400, 'BadRequest', `Could not find a property named '${m?.[1] ?? item}' on type 'microsoft.graph.user'.`);
    }
    const spec: ExpandSpec = { name: name === 'manager' ? 'manager' : 'directReports', levels: 1 };
    for (const opt of (m?.[2] ?? '').split(';').map((o) => o.trim()).filter(Boolean)) {
      const [k, v] = opt.split('=');
      if (k.toLowerCase() === '$select') {
        spec.select = v.split(',').map((x) => x.trim()).filter(Boolean);
      } else if (k.toLowerCase() === '$levels') {
        spec.levels = v === 'max' ? 20 : Math.max(1, Number(v) || 1);
      }
    }
    return spec;
  });
}

function managerChain(ctx: GraphContext, u: UserRow, select: string[] | undefined, levels: number): Record<string, unknown> | undefined {
  const mgr = u.managerUpn ? ctx.store.userByUpn(u.managerUpn) : undefined;
  if (!mgr) {
    return undefined;
  }
  const out = project(mgr, select, true);
  if (levels > 1) {
    const up = managerChain(ctx, mgr, select, levels - 1);
    if (up) {
      out.manager = up;
    }
  }
  return out;
}

/** A user as returned, with its expanded manager (omitted when there is none) or direct reports. */
function withExpand(ctx: GraphContext, u: UserRow, select: string[] | undefined, typed: boolean, expand: ExpandSpec[]): Record<string, unknown> {
  const out = project(u, select, typed);
  for (const e of expand) {
    if (e.name === 'manager') {
      const m = managerChain(ctx, u, e.select, e.levels);
      if (m) {
        out.manager = m;
      }
    } else {
      out.directReports = ctx.store.directReports(u.upn).map((r) => project(r, e.select, true));
    }
  }
  return out;
}

function findUser(ctx: GraphContext, key: string): UserRow {
  const k = decodeURIComponent(key);
  const u = /^[0-9a-f-]{36}$/i.test(k) ? ctx.store.userByGraphId(k) : ctx.store.userByUpn(k) ?? ctx.store.userByEmail(k);
  if (!u || u.principalType !== 1) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${k}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return u;
}

function context(ctx: GraphContext, what: string): string {
  return `https://graph.microsoft.com/v1.0/$metadata#${what}`;
}

function pageOf(ctx: GraphContext, all: UserRow[], q: URLSearchParams, basePath: string, typed: boolean, ctxName: string): GraphResult {
  const requested = q.get('$top');
  if (requested !== null && !(Number(requested) >= 1 && Number(requested) <= 999)) {
    throw new GraphError(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${requested}'. Must be between 1 and 999 inclusive.`);
  }
  const expand = expandOf(q);
  // with $expand, directory objects come at most 100 to a page whatever $top asks (a documented Graph limit)
  const top = Math.min(Math.max(Number(q.get('$top') ?? 100) || 100, 1), expand.length > 0 ? 100 : 999);
  const skip = q.get('$skiptoken') ? Number(Buffer.from(String(q.get('$skiptoken')), 'base64url').toString('utf8')) || 0 : 0;
  const page = all.slice(skip, skip + top);
  const body: Record<string, unknown> = { '@odata.context': context(ctx, ctxName) };
  if (q.get('$count') === 'true') {
    body['@odata.count'] = all.length;
  }
  if (skip + top < all.length) {
    const next = new URLSearchParams(q);
    next.set('$top', String(top));
    next.set('$skiptoken', Buffer.from(String(skip + top), 'utf8').toString('base64url'));
    // Graph writes its query options with a bare `$` ($select=…&$skiptoken=…)
    const query = [...next.entries()].map(([k, v]) => `${k.startsWith('$') ? k : encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    body['@odata.nextLink'] = `${ctx.origin}${GRAPH_PREFIX}/${basePath}?${query}`;
  }
  body.value = page.map((u) => withExpand(ctx, u, selectOf(q), typed, expand));
  return { status: 200, headers: { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' }, body };
}

function filterUsers(users: UserRow[], q: URLSearchParams): UserRow[] {
  let out = users;
  const f = q.get('$filter');
  if (f) {
    let expr: FilterExpr;
    try {
      expr = parseFilter(f);
    } catch (e) {
      if (e instanceof FilterSyntaxError) {
        throw new GraphError(400, 'BadRequest', `Invalid filter clause: ${e.message}`);
      }
      throw e;
    }
    out = out.filter((u) => evaluateFilter(expr, fullUser(u)));
  }
  const s = q.get('$search');
  if (s) {
    const m = /"(?:displayName|mail|userPrincipalName):([^"]*)"/i.exec(s);
    const term = (m ? m[1] : s.replace(/"/g, '')).toLowerCase();
    out = out.filter((u) => u.title.toLowerCase().includes(term) || u.upn.toLowerCase().includes(term));
  }
  const orderby = q.get('$orderby');
  if (orderby) {
    const [field, dir] = orderby.trim().split(/\s+/);
    out = [...out].sort((a, b) => {
      const c = String(fullUser(a)[field] ?? '').localeCompare(String(fullUser(b)[field] ?? ''), 'vi');
      return (dir ?? '').toLowerCase() === 'desc' ? -c : c;
    });
  }
  return out;
}

function json(status: number, body: unknown): GraphResult {
  return { status, headers: { 'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' }, body };
}

function addresses(list: unknown): string[] {
  if (!Array.isArray(list)) {
    return [];
  }
  return list.map((r) => String(((r as { emailAddress?: { address?: unknown } }).emailAddress ?? {}).address ?? '')).filter(Boolean);
}

function sendMail(ctx: GraphContext, sender: UserRow, body: unknown): GraphResult {
  if (sender.id !== ctx.user.id) {
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  const msg = ((body ?? {}) as { message?: Record<string, unknown> }).message;
  if (!msg) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'The request body must contain a message.');
  }
  const to = [...addresses(msg.toRecipients), ...addresses(msg.ccRecipients), ...addresses(msg.bccRecipients)];
  if (to.length === 0) {
    throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., A message can\'t be sent because it contains no recipients.');
  }
  const content = String(((msg.body ?? {}) as { content?: unknown }).content ?? '');
  ctx.store.addOutbox('mail', sender.upn, to, String(msg.subject ?? ''), content, body);
  return { status: 202, headers: {} };
}

function activity(ctx: GraphContext, recipients: UserRow[], body: unknown): GraphResult {
  const b = (body ?? {}) as { topic?: { value?: unknown; webUrl?: unknown }; activityType?: unknown; previewText?: { content?: unknown } };
  if (!b.topic || !b.activityType) {
    throw new GraphError(400, 'BadRequest', 'The activity notification requires a topic and an activityType.');
  }
  const topic = String(b.topic.value ?? '');
  ctx.store.addOutbox('teams', ctx.user.upn, recipients.map((r) => r.upn), `${String(b.activityType)}: ${topic}`,
    String(b.previewText?.content ?? ''), body);
  return { status: 204, headers: {} };
}

/** Routes one Graph call; `path` is relative to /graph/v1.0 (no leading slash). */
export function routeGraph(ctx: GraphContext, method: string, path: string, q: URLSearchParams, body: unknown): GraphResult {
  const segs = path.split('/').filter(Boolean);
  const m = method.toUpperCase();
  if (segs.length === 0) {
    throw new GraphError(400, 'BadRequest', 'Invalid request.');
  }
  let subject: UserRow | undefined;
  let rest: string[];
  if (segs[0].toLowerCase() === 'me') {
    subject = ctx.user;
    rest = segs.slice(1);
  } else if (segs[0].toLowerCase() === 'users') {
    if (segs.length === 1) {
      if (m !== 'GET') {
        throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      }
      return pageOf(ctx, filterUsers(ctx.store.directoryUsers(), q), q, 'users', false, 'users');
    }
    subject = findUser(ctx, segs[1]);
    rest = segs.slice(2);
  } else if (segs[0].toLowerCase() === 'teamwork' && segs[1]?.toLowerCase() === 'sendactivitynotificationtorecipients' && m === 'POST') {
    const recips = (((body ?? {}) as { recipients?: Array<{ userId?: unknown }> }).recipients ?? []).map((r) => findUser(ctx, String(r.userId ?? '')));
    return activity(ctx, recips, body);
  } else if (segs[0].toLowerCase() === 'organization' && m === 'GET') {
    return json(200, { '@odata.context': context(ctx, 'organization'), value: [{ id: '1b2c3d4e-0000-4000-8000-00000000b0b0', displayName: ORG_NAME, countryLetterCode: 'VN', preferredLanguage: 'vi-VN' }] });
  } else {
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segs[0]}'.`);
  }
  const what = (rest[0] ?? '').toLowerCase();
  if (what === '' && m === 'GET') {
    const body2 = {
      '@odata.context': context(ctx, selectOf(q) ? `users(${(selectOf(q) ?? []).join(',')})/$entity` : 'users/$entity'),
      ...withExpand(ctx, subject, selectOf(q), false, expandOf(q))
    };
    return json(200, body2);
  }
  if (what === 'manager' && m === 'GET') {
    const mgr = subject.managerUpn ? ctx.store.userByUpn(subject.managerUpn) : undefined;
    if (!mgr) {
      throw new GraphError(404, 'Request_ResourceNotFound', `Resource 'manager' does not exist or one of its queried reference-property objects are not present.`);
    }
    return json(200, { '@odata.context': context(ctx, 'directoryObjects/$entity'), ...project(mgr, selectOf(q), true) });
  }
  if (what === 'directreports' && m === 'GET') {
    return pageOf(ctx, filterUsers(ctx.store.directReports(subject.upn), q), q, `users/${subject.graphId}/directReports`, true, 'directoryObjects');
  }
  if (what === 'sendmail' && m === 'POST') {
    return sendMail(ctx, subject, body);
  }
  if (what === 'teamwork' && rest[1]?.toLowerCase() === 'sendactivitynotification' && m === 'POST') {
    return activity(ctx, [subject], body);
  }
  if (what === 'photo' || what === 'photos') {
    throw new GraphError(404, 'ImageNotFound', 'Exception of type \'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException\' was thrown.');
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${rest[0] ?? ''}'.`);
}

interface BatchRequest {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

/** JSON batching: at most 20 requests, each answered on its own (the envelope is 200 even if a request fails). */
export function graphBatch(ctx: GraphContext, body: unknown, run: (method: string, url: string, body: unknown) => GraphResult): GraphResult {
  const requests = ((body ?? {}) as { requests?: BatchRequest[] }).requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    throw new GraphError(400, 'BadRequest', 'Invalid batch payload format.');
  }
  if (requests.length > 20) {
    throw new GraphError(400, 'BadRequest', 'Unable to deserialize batch request. The number of requests in the batch exceeds the maximum of 20.');
  }
  const ids = new Set<string>();
  for (const r of requests) {
    const id = String(r.id ?? '');
    if (!id || ids.has(id)) {
      throw new GraphError(400, 'BadRequest', 'Batch request ids must be unique and not empty.');
    }
    ids.add(id);
  }
  const responses = requests.map((r) => {
    const fault = ctx.faults.draw();
    if (fault) {
      const e = graphErrorResult(new GraphError(fault.status, fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable',
        fault.status === 429 ? 'Too many requests.' : 'The service is temporarily unavailable.'), { 'Retry-After': String(fault.retryAfter) });
      return { id: String(r.id), status: e.status, headers: e.headers, body: e.body };
    }
    const res = run(String(r.method ?? 'GET'), String(r.url ?? ''), r.body);
    const out: Record<string, unknown> = { id: String(r.id), status: res.status, headers: res.headers };
    if (res.body !== undefined) {
      out.body = res.body;
    }
    return out;
  });
  return json(200, { responses });
}
