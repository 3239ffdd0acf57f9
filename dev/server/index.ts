import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { randomUUID } from 'crypto';
import { IntranetStore, UserRow } from '../store/store';
import { seedMinistry } from '../seed/seed';
import { WELL_KNOWN_ACCOUNTS, WellKnownAccount } from '../seed/accounts';
import { FaultInjector, FaultOptions } from './faults';
import { serveStatic } from './static';
import { SpContext, SITE_PATH } from './sp/context';
import { SpError } from './sp/errors';
import { errorPayload, formatFromAccept, Payload } from './sp/odata';
import { everyoneIds, PermissionContext } from './sp/permissions';
import { routeSp, SpServices } from './sp/router';
import { DigestIssuer } from './sp/digest';
import { buildBatchResponse, parseBatch } from './sp/batch';
import { GraphContext, GraphError, graphBatch, graphErrorResult, GraphResult, GRAPH_PREFIX, routeGraph } from './graph/router';
import { handleDev, DevState } from './dev';

export { WELL_KNOWN_ACCOUNTS, DEV_ACCOUNTS } from '../seed/accounts';
export { bulkInsertItems } from './bulk';
export type { BulkItem } from './bulk';
export type { WellKnownAccount } from '../seed/accounts';
export type { FaultOptions } from './faults';

export interface IntranetOptions {
  /** 0 for an ephemeral port (tests); default 4321 */
  port?: number;
  /** loopback only; default 127.0.0.1 */
  host?: string;
  /** where the SQLite file lives; default <repo>/.intranet-data */
  dataDir?: string;
  /** delete the data and seed afresh */
  reset?: boolean;
  /** total headcount of the sample ministry when seeding (default 300) */
  staff?: number;
  /** years of data the product's seeders should create (recorded in /_dev/info; default 1) */
  years?: number;
  /** the list view threshold (default 5,000) */
  threshold?: number;
  /** fault injection (defaults to none; DEV_FAULT_* environment variables are read by dev/start.ts) */
  faults?: Partial<FaultOptions>;
  /** require a valid X-RequestDigest on SharePoint POSTs, as SharePoint does (default true) */
  requireDigest?: boolean;
  /** folder of the built page (default <repo>/dev/page/dist) */
  pageDir?: string;
  /** log each request to stdout */
  log?: boolean;
  /**
   * Runs once the server listens, only when the data was seeded by this start (first start or reset):
   * the place for the product's own data (its lists and `years` of evaluations, issue 5).
   */
  afterSeed?: (intranet: Intranet) => Promise<void>;
}

export interface SeedInfo {
  staff: number;
  years: number;
  /** when the sample ministry was seeded (ISO) */
  seeded: string;
  /** true when this start seeded the data */
  fresh: boolean;
}

export interface Intranet {
  /** e.g. http://127.0.0.1:4321 */
  url: string;
  /** e.g. http://127.0.0.1:4321/sites/danhgia */
  siteUrl: string;
  /** e.g. http://127.0.0.1:4321/graph (the Graph client's baseUrl; defaultVersion v1.0) */
  graphBaseUrl: string;
  port: number;
  store: IntranetStore;
  faults: FaultInjector;
  accounts: readonly WellKnownAccount[];
  seed: SeedInfo;
  close(): Promise<void>;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerHeaders(h: http.IncomingHttpHeaders | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v !== undefined) {
      out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
    }
  }
  return out;
}

const INVALID_JSON = new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  'Invalid JSON. A token was not recognized in the JSON content.');

/** A SharePoint call's JSON body; malformed JSON is refused as SharePoint refuses it. */
function spBody(text: string): unknown {
  if (!text.trim()) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw INVALID_JSON;
  }
}

function parseJson(text: string): unknown {
  if (!text.trim()) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The acting user: X-Dev-User, or (for convenience with Graph auth providers) "Authorization: Bearer <upn>". */
function actingUpn(headers: Record<string, string>): string | undefined {
  const dev = headers['x-dev-user'];
  if (dev && dev.trim()) {
    return dev.trim();
  }
  const auth = headers.authorization;
  const m = auth ? /^Bearer\s+(\S+@\S+)$/i.exec(auth.trim()) : null;
  return m ? m[1] : undefined;
}

const SP_HEADERS: Record<string, string> = {
  'X-SharePointHealthScore': '0',
  'MicrosoftSharePointTeamServices': '16.0.0.25000',
  'DataServiceVersion': '3.0',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, max-age=0'
};

export async function startIntranet(options: IntranetOptions = {}): Promise<Intranet> {
  if (!['127.0.0.1', 'localhost', '::1'].includes(options.host ?? '127.0.0.1')) {
    throw new Error(`The local intranet listens on loopback only (got host '${options.host ?? ''}').`);
  }
  const faults = new FaultInjector(options.faults ?? {});
  const dataDir = options.dataDir ?? path.join(REPO_ROOT, '.intranet-data');
  const store = IntranetStore.open(dataDir, options.reset === true);
  const fresh = store.getMeta('seeded') === undefined;
  if (fresh) {
    seedMinistry(store, { staff: options.staff ?? 300, years: options.years ?? 1 });
  }
  const threshold = options.threshold ?? 5000;
  const services: SpServices = { digests: new DigestIssuer() };
  const requireDigest = options.requireDigest !== false;
  const pageDir = options.pageDir ?? path.join(REPO_ROOT, 'dev', 'page', 'dist');
  const state: DevState = {
    store, faults, threshold, stats: { sharepoint: 0, graph: 0, batchParts: 0, faults: 0 }, recent: [], started: new Date().toISOString()
  };
  const remember = (method: string, path: string, status: number, ms: number, user: string | undefined): void => {
    state.recent.push({ at: new Date().toISOString(), method, path, status, ms, user: user ?? '' });
    if (state.recent.length > 200) {
      state.recent.shift();
    }
  };

  const userFor = (headers: Record<string, string>): UserRow | undefined => {
    const upn = actingUpn(headers);
    const u = upn ? store.userByUpn(upn) : undefined;
    return u && u.principalType === 1 ? u : undefined;
  };

  const spContext = (origin: string, url: URL, method: string, headers: Record<string, string>, body: unknown, user: UserRow): SpContext => ({
    store, origin, webAbs: `${origin}${SITE_PATH}`, user, perms: new PermissionContext(store, user, everyoneIds(store)),
    format: formatFromAccept(headers.accept), threshold, method, url, headers, body,
    userCache: new Map(), lookupCache: new Map(), listCache: new Map()
  });

  const runSp = (ctx: SpContext, apiPath: string): Payload => {
    try {
      return routeSp(ctx, apiPath, services);
    } catch (e) {
      if (e instanceof SpError) {
        return errorPayload(e, ctx.format);
      }
      const message = e instanceof Error ? e.message : String(e);
      if (options.log) {
        console.error(e);
      }
      return errorPayload(new SpError(500, '-2146233088, System.InvalidOperationException', message), ctx.format);
    }
  };

  const handleSharePoint = (req: http.IncomingMessage, url: URL, origin: string, headers: Record<string, string>, raw: Buffer): Payload => {
    const format = formatFromAccept(headers.accept);
    const rel = url.pathname.slice(SITE_PATH.length);
    if (!/^\/_api(\/|$)/i.test(rel)) {
      return errorPayload(new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'The local intranet only serves the REST API of the site (/_api/...).'), format);
    }
    const user = userFor(headers);
    if (!user) {
      const upn = actingUpn(headers);
      const p = errorPayload(new SpError(401, '-2147024891, System.UnauthorizedAccessException', upn
        ? `Access denied. The user '${upn}' is not in the sample directory (see /_dev/users).`
        : 'Access denied. Send the header X-Dev-User: <userPrincipalName> to act as a user of the sample directory (see /_dev/accounts).'), format);
      p.headers['WWW-Authenticate'] = 'Bearer realm="local-intranet", client_id="00000003-0000-0ff1-ce00-000000000000"';
      return p;
    }
    let apiPath: string;
    try {
      apiPath = decodeURIComponent(rel.replace(/^\/_api\/?/i, ''));
    } catch {
      apiPath = rel.replace(/^\/_api\/?/i, '');
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const override = headers['x-http-method'];
    const effective = method === 'POST' && override ? override.toUpperCase() : method;
    const isContextInfo = /^contextinfo$/i.test(apiPath);
    if (method !== 'GET' && method !== 'HEAD' && requireDigest && !isContextInfo && !services.digests.isValid(headers['x-requestdigest'])) {
      return errorPayload(new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
        "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."), format);
    }
    const text = raw.toString('utf8');
    if (/^\$batch$/i.test(apiPath) && method === 'POST') {
      let parts;
      try {
        parts = parseBatch(headers['content-type'] ?? '', text);
      } catch (e) {
        return errorPayload(new SpError(400, '-1, Microsoft.Data.OData.ODataException', e instanceof Error ? e.message : String(e)), format);
      }
      const results = parts.map((part) => {
        state.stats.batchParts++;
        const partUrl = new URL(part.url, `${origin}${SITE_PATH}/`);
        const partHeaders = lowerHeaders(part.headers);
        const partRel = partUrl.pathname.slice(SITE_PATH.length);
        let partPath: string;
        try {
          partPath = decodeURIComponent(partRel.replace(/^\/_api\/?/i, ''));
        } catch {
          partPath = partRel.replace(/^\/_api\/?/i, '');
        }
        const format = formatFromAccept(partHeaders.accept);
        let partBody: unknown;
        try {
          partBody = spBody(part.body);
        } catch {
          return errorPayload(INVALID_JSON, format);
        }
        const ctx = spContext(origin, partUrl, part.method, partHeaders, partBody, user);
        return runSp(ctx, partPath);
      });
      const built = buildBatchResponse(results);
      return { status: 200, body: built.body, headers: { 'Content-Type': built.contentType } };
    }
    let body: unknown;
    try {
      body = spBody(text);
    } catch {
      return errorPayload(INVALID_JSON, format);
    }
    const ctx = spContext(origin, url, effective, headers, body, user);
    return runSp(ctx, apiPath);
  };

  const graphUser = (headers: Record<string, string>): UserRow => {
    const u = userFor(headers);
    if (!u) {
      throw new GraphError(401, 'InvalidAuthenticationToken', actingUpn(headers)
        ? `The user '${actingUpn(headers) ?? ''}' is not in the sample directory.`
        : 'Access token is empty. (Local intranet: send X-Dev-User: <userPrincipalName>.)');
    }
    return u;
  };

  const runGraph = (gctx: GraphContext, method: string, rel: string, q: URLSearchParams, body: unknown): GraphResult => {
    try {
      return routeGraph(gctx, method, rel, q, body);
    } catch (e) {
      if (e instanceof GraphError) {
        return graphErrorResult(e);
      }
      return graphErrorResult(new GraphError(500, 'InternalServerError', e instanceof Error ? e.message : String(e)));
    }
  };

  const handleGraph = (req: http.IncomingMessage, url: URL, origin: string, headers: Record<string, string>, raw: Buffer): GraphResult => {
    let rel = url.pathname.slice(GRAPH_PREFIX.length).replace(/^\/+/, '');
    // The Graph client treats only https:// links as absolute: an http://…/graph/v1.0/… nextLink handed
    // back to client.api() arrives appended to the base URL. Accept that shape too.
    const nested = /^https?:\/+[^/]+\/graph\/v1\.0\/(.*)$/i.exec(rel);
    if (nested) {
      rel = nested[1];
    }
    try {
      const user = graphUser(headers);
      const gctx: GraphContext = { store, origin, user, faults };
      const body = parseJson(raw.toString('utf8'));
      if (rel === '$batch' && (req.method ?? '').toUpperCase() === 'POST') {
        return graphBatch(gctx, body, (method, u, b) => {
          // "/me", "me", "/v1.0/me" (what the SDK's BatchRequestContent sends for real Graph) or "/graph/v1.0/me"
          const relative = u.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/+/, '').replace(/^graph\//i, '').replace(/^v1\.0\//i, '');
          const inner = new URL(relative, `${origin}${GRAPH_PREFIX}/`);
          return runGraph(gctx, method, inner.pathname.slice(GRAPH_PREFIX.length).replace(/^\/+/, ''), inner.searchParams, b);
        });
      }
      return runGraph(gctx, req.method ?? 'GET', rel, url.searchParams, body);
    } catch (e) {
      if (e instanceof GraphError) {
        return graphErrorResult(e);
      }
      throw e;
    }
  };

  const server = http.createServer((req, res) => {
    (async (): Promise<void> => {
      const headers = lowerHeaders(req.headers);
      const host = headers.host ?? `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const origin = `http://${host}`;
      const url = new URL(req.url ?? '/', origin);
      const cors: Record<string, string> = {};
      const reqOrigin = headers.origin;
      if (reqOrigin && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/i.test(reqOrigin)) {
        cors['Access-Control-Allow-Origin'] = reqOrigin;
        cors['Access-Control-Allow-Credentials'] = 'true';
        cors['Access-Control-Expose-Headers'] = 'ETag, Retry-After, Location, request-id, SPRequestGuid';
        cors.Vary = 'Origin';
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors, 'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': headers['access-control-request-headers'] ?? '*', 'Access-Control-Max-Age': '600'
        });
        res.end();
        return;
      }
      const raw = await readBody(req);
      const started = Date.now();
      const pathname = url.pathname;
      const isSp = pathname.toLowerCase().startsWith(`${SITE_PATH}/`) || pathname.toLowerCase() === SITE_PATH;
      const isGraph = pathname.startsWith(`${GRAPH_PREFIX}/`);
      if (isSp || isGraph) {
        if (isSp) {
          state.stats.sharepoint++;
        } else {
          state.stats.graph++;
        }
        const requestId = randomUUID();
        const graphBatchCall = isGraph && /\/\$batch$/.test(pathname);
        const fault = graphBatchCall ? undefined : faults.draw();
        if (fault) {
          state.stats.faults++;
          const text = fault.status === 429 ? 'Too Many Requests' : 'Service Unavailable';
          const body = isSp
            ? JSON.stringify({ 'odata.error': { code: fault.status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-2147024713, Microsoft.SharePoint.SPServerBusyException',
              message: { lang: 'en-US', value: fault.status === 429 ? 'The request has been throttled. Retry after the time in the Retry-After header.' : 'The server is busy. Retry after the time in the Retry-After header.' } } })
            : JSON.stringify(graphErrorResult(new GraphError(fault.status, fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', text)).body);
          res.writeHead(fault.status, text, { ...cors, 'Content-Type': 'application/json;charset=utf-8', 'Retry-After': String(fault.retryAfter), 'request-id': requestId });
          res.end(body);
          remember(req.method ?? '', `${pathname}${url.search}`, fault.status, Date.now() - started, actingUpn(headers));
          return;
        }
        if (isSp) {
          const p = handleSharePoint(req, url, origin, headers, raw);
          res.writeHead(p.status, { ...SP_HEADERS, ...cors, SPRequestGuid: requestId, 'request-id': requestId,
            SPRequestDuration: String(Date.now() - started), ...p.headers });
          res.end(p.body);
        } else {
          const g = handleGraph(req, url, origin, headers, raw);
          res.writeHead(g.status, { ...cors, 'request-id': requestId, 'client-request-id': headers['client-request-id'] ?? requestId, ...g.headers });
          res.end(g.body === undefined ? '' : JSON.stringify(g.body));
        }
        remember(req.method ?? '', `${pathname}${url.search}`, res.statusCode, Date.now() - started, actingUpn(headers));
        if (options.log) {
          console.log(`${req.method ?? ''} ${pathname} ${res.statusCode} ${Date.now() - started}ms`);
        }
        return;
      }
      if (pathname.startsWith('/_dev/')) {
        const r = handleDev(state, req.method ?? 'GET', pathname, url.searchParams, parseJson(raw.toString('utf8')), origin);
        res.writeHead(r.status, { ...cors, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(r.body));
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        serveStatic(pageDir, pathname, origin, res);
        return;
      }
      res.writeHead(405, { 'Content-Type': 'text/plain' });
      res.end('Method not allowed');
    })().catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      res.end(e instanceof Error ? e.message : String(e));
    });
  });
  server.keepAliveTimeout = 5000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  const intranet: Intranet = {
    url, siteUrl: `${url}${SITE_PATH}`, graphBaseUrl: `${url}/graph`, port, store, faults, accounts: WELL_KNOWN_ACCOUNTS,
    seed: {
      staff: Number(store.getMeta('staff') ?? 0), years: Number(store.getMeta('years') ?? 1), seeded: store.getMeta('seeded') ?? '', fresh
    },
    close: async (): Promise<void> => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    }
  };
  if (fresh && options.afterSeed) {
    try {
      await options.afterSeed(intranet);
    } catch (e) {
      await intranet.close();
      throw e;
    }
  }
  return intranet;
}
