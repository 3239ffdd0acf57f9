import { IntranetStore } from '../store/store';
import { WELL_KNOWN_ACCOUNTS } from '../seed/accounts';
import { FaultInjector, FaultOptions } from './faults';
import type { Readiness } from './readiness';
import { SITE_PATH } from './sp/context';
import { GRAPH_PREFIX } from './graph/router';

export interface DevState {
  store: IntranetStore;
  faults: FaultInjector;
  threshold: number;
  stats: { sharepoint: number; graph: number; batchParts: number; faults: number };
  /** the last 200 SharePoint and Graph requests, oldest first */
  recent: Array<{ at: string; method: string; path: string; status: number; ms: number; user: string }>;
  started: string;
  readiness: Readiness;
}

export interface DevResult {
  status: number;
  body: unknown;
}

const ROLE_LABELS: Record<string, string> = {
  staff: 'Công chức', manager: 'Người quản lý trực tiếp', deputyHead: 'Cấp phó của người đứng đầu', unitHead: 'Người đứng đầu đơn vị',
  leader: 'Lãnh đạo Bộ', hr: 'Cán bộ tổ chức', siteOwner: 'Quản trị trang'
};

/**
 * Endpoints for the local page and scripts (never faulted, no acting user needed):
 *   GET /_dev/accounts   one fixed account per role
 *   GET /_dev/users      the switcher's list (?role=manager, ?q=text, ?unit=DSVH)
 *   GET /_dev/outbox     mail and Teams notifications sent (DELETE clears)
 *   GET /_dev/info       URLs, scale, threshold, faults
 *   GET|PUT /_dev/faults fault injection settings
 *   GET /_dev/stats      request counters and the last 200 requests (DELETE resets), for budgets and benchmarks
 *   GET /_dev/ready      is the site ready (ministry, lists and sample data built)? { ready, step, since, rebuilt }
 */
export function handleDev(state: DevState, method: string, pathname: string, q: URLSearchParams, body: unknown, origin: string): DevResult {
  const m = method.toUpperCase();
  const route = pathname.replace(/\/+$/, '');
  switch (route) {
    case '/_dev/health':
      return { status: 200, body: { ok: true } };
    case '/_dev/ready':
      return { status: 200, body: state.readiness.view() };
    case '/_dev/accounts':
      return { status: 200, body: WELL_KNOWN_ACCOUNTS };
    case '/_dev/users': {
      const wellKnown = new Set(WELL_KNOWN_ACCOUNTS.map((a) => a.upn));
      const role = q.get('role');
      const unit = q.get('unit');
      const text = (q.get('q') ?? '').toLowerCase();
      const users = state.store.directoryUsers()
        .filter((u) => (!role || u.role === role) && (!unit || u.unitId === unit) && (!text || u.title.toLowerCase().includes(text) || u.upn.includes(text)))
        .map((u) => ({
          upn: u.upn, userPrincipalName: u.upn, displayName: u.title, role: u.role, roleLabel: ROLE_LABELS[u.role] ?? u.role, jobTitle: u.jobTitle, department: u.department,
          office: u.office, unitId: u.unitId, managerUpn: u.managerUpn, wellKnown: wellKnown.has(u.upn)
        }))
        .sort((a, b) => Number(b.wellKnown) - Number(a.wellKnown));
      return { status: 200, body: users };
    }
    case '/_dev/outbox':
      if (m === 'DELETE') {
        state.store.clearOutbox();
        return { status: 200, body: { cleared: true } };
      }
      // `to` and `sentAt` repeat recipients and created, the names the local page reads
      return { status: 200, body: state.store.outbox().map((o) => ({ ...o, to: o.recipients, sentAt: o.created })) };
    case '/_dev/info':
      return {
        status: 200,
        body: {
          siteUrl: `${origin}${SITE_PATH}`, graphUrl: `${origin}${GRAPH_PREFIX}`, staff: Number(state.store.getMeta('staff') ?? 0),
          years: Number(state.store.getMeta('years') ?? 1), seeded: state.store.getMeta('seeded'), threshold: state.threshold,
          faults: state.faults.current, started: state.started, ready: state.readiness.ready, lists: state.store.allLists().map((l) => ({ title: l.title, items: l.itemCount }))
        }
      };
    case '/_dev/faults':
      if (m === 'PUT' || m === 'POST') {
        try {
          state.faults.configure((body ?? {}) as Partial<FaultOptions>);
        } catch (e) {
          return { status: 400, body: { error: e instanceof Error ? e.message : String(e) } };
        }
      }
      return { status: 200, body: state.faults.current };
    case '/_dev/stats':
      if (m === 'DELETE') {
        state.stats = { sharepoint: 0, graph: 0, batchParts: 0, faults: 0 };
        state.recent.length = 0;
      }
      return { status: 200, body: { ...state.stats, recent: state.recent } };
    default:
      return { status: 404, body: { error: `No dev endpoint ${pathname}. Try /_dev/accounts, /_dev/users, /_dev/outbox, /_dev/info, /_dev/faults, /_dev/stats.` } };
  }
}
