import { IntranetStore, UserRow } from '../../store/store';
import { FaultInjector } from '../faults';
import { actingUpn, actingUser, parseJson } from '../http';
import { GraphContext, GraphError, graphBatch, graphErrorResult, GraphResult, GRAPH_PREFIX, routeGraph } from './router';

export type GraphEndpoint = (method: string, url: URL, origin: string, headers: Record<string, string>, raw: Buffer) => GraphResult;

/** `/graph/v1.0/...`: who acts (401 without a known user), JSON `$batch`, then the router. */
export function createGraphEndpoint(store: IntranetStore, faults: FaultInjector): GraphEndpoint {
  const userOf = (headers: Record<string, string>): UserRow => {
    const u = actingUser(store, headers);
    if (!u) {
      const upn = actingUpn(headers);
      throw new GraphError(401, 'InvalidAuthenticationToken', upn
        ? `The user '${upn}' is not in the sample directory.`
        : 'Access token is empty. (Local intranet: send X-Dev-User: <userPrincipalName>.)');
    }
    return u;
  };

  const run = (gctx: GraphContext, method: string, rel: string, q: URLSearchParams, body: unknown): GraphResult => {
    try {
      return routeGraph(gctx, method, rel, q, body);
    } catch (e) {
      if (e instanceof GraphError) {
        return graphErrorResult(e);
      }
      return graphErrorResult(new GraphError(500, 'InternalServerError', e instanceof Error ? e.message : String(e)));
    }
  };

  return (method, url, origin, headers, raw) => {
    let rel = url.pathname.slice(GRAPH_PREFIX.length).replace(/^\/+/, '');
    // The Graph client treats only https:// links as absolute: an http://…/graph/v1.0/… nextLink handed
    // back to client.api() arrives appended to the base URL. Accept that shape too.
    const nested = /^https?:\/+[^/]+\/graph\/v1\.0\/(.*)$/i.exec(rel);
    if (nested) {
      rel = nested[1];
    }
    try {
      const gctx: GraphContext = { store, origin, user: userOf(headers), faults };
      const body = parseJson(raw.toString('utf8'));
      if (rel === '$batch' && method.toUpperCase() === 'POST') {
        return graphBatch(gctx, body, (m, u, b) => {
          // "/me", "me", "/v1.0/me" (what the SDK's BatchRequestContent sends for real Graph) or "/graph/v1.0/me"
          const relative = u.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/+/, '').replace(/^graph\//i, '').replace(/^v1\.0\//i, '');
          const inner = new URL(relative, `${origin}${GRAPH_PREFIX}/`);
          return run(gctx, m, inner.pathname.slice(GRAPH_PREFIX.length).replace(/^\/+/, ''), inner.searchParams, b);
        });
      }
      return run(gctx, method, rel, url.searchParams, body);
    } catch (e) {
      if (e instanceof GraphError) {
        return graphErrorResult(e);
      }
      throw e;
    }
  };
}
