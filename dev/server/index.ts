import * as http from 'http';
import * as path from 'path';
import { AddressInfo } from 'net';
import { randomUUID } from 'crypto';
import { IntranetStore } from '../store/store';
import { seedMinistry } from '../seed/seed';
import { WELL_KNOWN_ACCOUNTS, WellKnownAccount } from '../seed/accounts';
import { handleDev, DevState } from './dev';
import { answerNotReady, answerPreparingPage, Readiness, READY_KEY } from './readiness';
import { FaultInjector, FaultOptions } from './faults';
import { createGraphEndpoint } from './graph/endpoint';
import { GraphError, graphErrorResult, GRAPH_PREFIX } from './graph/router';
import { actingUpn, lowerHeaders, parseJson, readBody } from './http';
import { SITE_PATH, SpServices } from './sp/context';
import { DigestIssuer } from './sp/digest';
import { createSharePointEndpoint } from './sp/endpoint';
import { serveStatic } from './static';

export { WELL_KNOWN_ACCOUNTS, DEV_ACCOUNTS } from '../seed/accounts';
export { bulkInsertItems } from './bulk';
export type { BulkItem } from './bulk';
export type { WellKnownAccount } from '../seed/accounts';
export type { FaultOptions } from './faults';
export { SEEDER_HEADER, PREPARING_VI, PREPARING_EN } from './readiness';
export type { ReadinessView } from './readiness';

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
   * Runs once the server listens, only when the data was seeded by this start (first start, reset, or
   * data an unfinished start left): the place for the product's own data (its lists and `years` of
   * evaluations, issue 5). Until it resolves the site is not ready: the page shows a notice and the
   * SharePoint and Graph endpoints answer 503, except to requests carrying `intranet.seederHeaders()`.
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
  /** true when the data found had been left unfinished by an earlier start (so this start seeded afresh) */
  rebuilt: boolean;
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
  /** Is the site ready (ministry and afterSeed done)? */
  readonly ready: boolean;
  /** What the start is preparing, shown by the page's notice and /_dev/ready (for afterSeed to report progress). */
  preparing(step: string): void;
  /** Headers with which afterSeed's own requests reach SharePoint and Graph before the site is ready. */
  seederHeaders(): Record<string, string>;
  close(): Promise<void>;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const STAFF_ASKED_KEY = 'staffAsked';

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
  let store = IntranetStore.open(dataDir, options.reset === true);
  // Data without the ready marker was left by a start interrupted while building it: start over, at
  // the scale that start was asked for unless this one says otherwise.
  const unfinished = store.getMeta('seeded') !== undefined && store.getMeta(READY_KEY) === undefined;
  const unfinishedStaff = unfinished ? Number(store.getMeta(STAFF_ASKED_KEY) ?? '') || undefined : undefined;
  const unfinishedYears = unfinished ? Number(store.getMeta('years') ?? '') || undefined : undefined;
  if (unfinished) {
    store.close();
    store = IntranetStore.open(dataDir, true);
  }
  const fresh = store.getMeta('seeded') === undefined;
  const readiness = new Readiness(!fresh, unfinished);
  if (fresh) {
    const staffAsked = options.staff ?? unfinishedStaff ?? 300;
    seedMinistry(store, { staff: staffAsked, years: options.years ?? unfinishedYears ?? 1 });
    // The headcount asked for (the directory's own count may differ by a few): what a rebuild asks again.
    store.setMeta(STAFF_ASKED_KEY, String(staffAsked));
    if (!options.afterSeed) {
      store.setMeta(READY_KEY, new Date().toISOString());
      readiness.markReady();
    }
  }
  const threshold = options.threshold ?? 5000;
  const services: SpServices = { digests: new DigestIssuer() };
  const requireDigest = options.requireDigest !== false;
  const pageDir = options.pageDir ?? path.join(REPO_ROOT, 'dev', 'page', 'dist');
  const state: DevState = {
    store, faults, threshold, stats: { sharepoint: 0, graph: 0, batchParts: 0, faults: 0 }, recent: [], started: new Date().toISOString(), readiness
  };
  const remember = (method: string, path: string, status: number, ms: number, user: string | undefined): void => {
    state.recent.push({ at: new Date().toISOString(), method, path, status, ms, user: user ?? '' });
    if (state.recent.length > 200) {
      state.recent.shift();
    }
  };

  const handleSharePoint = createSharePointEndpoint({
    store, threshold, requireDigest, services, log: options.log === true, onBatchPart: () => { state.stats.batchParts++; }
  });
  const handleGraph = createGraphEndpoint(store, faults);

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
      if ((isSp || isGraph) && !readiness.ready && !readiness.isSeeder(headers)) {
        answerNotReady(res, isSp ? 'sharepoint' : 'graph', cors);
        return;
      }
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
          const p = handleSharePoint(req.method ?? 'GET', url, origin, headers, raw);
          res.writeHead(p.status, { ...SP_HEADERS, ...cors, SPRequestGuid: requestId, 'request-id': requestId,
            SPRequestDuration: String(Date.now() - started), ...p.headers });
          res.end(p.body);
        } else {
          const g = handleGraph(req.method ?? 'GET', url, origin, headers, raw);
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
      if ((req.method === 'GET' || req.method === 'HEAD') && !readiness.ready) {
        answerPreparingPage(res, readiness.view());
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
  // Long enough that a client never reuses a socket the server is closing: seeding in the same process
  // blocks the event loop for seconds (bulk inserts), after which a 5 s timeout raced the next request (ECONNRESET).
  server.keepAliveTimeout = 60000;

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
      staff: Number(store.getMeta('staff') ?? 0), years: Number(store.getMeta('years') ?? 1), seeded: store.getMeta('seeded') ?? '', fresh, rebuilt: unfinished
    },
    get ready(): boolean {
      return readiness.ready;
    },
    preparing: (step: string): void => readiness.step(step),
    seederHeaders: (): Record<string, string> => readiness.headers(),
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
      readiness.step('product');
      await options.afterSeed(intranet);
    } catch (e) {
      // No ready marker: the next start builds the site afresh.
      await intranet.close();
      throw e;
    }
    store.setMeta(READY_KEY, new Date().toISOString());
    readiness.markReady();
  }
  return intranet;
}
