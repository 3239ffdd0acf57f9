import { IntranetStore, UserRow } from '../../store/store';
import { actingUpn, actingUser, lowerHeaders } from '../http';
import { buildBatchResponse, parseBatch } from './batch';
import { SITE_PATH, SpContext, SpServices } from './context';
import { SpError } from './errors';
import { errorPayload, formatFromAccept, Payload } from './odata';
import { everyoneIds, PermissionContext } from './permissions';
import { routeSp } from './router';

export interface SpEndpointOptions {
  store: IntranetStore;
  threshold: number;
  requireDigest: boolean;
  services: SpServices;
  log: boolean;
  /** counts the requests inside each $batch */
  onBatchPart: () => void;
}

export type SpEndpoint = (method: string, url: URL, origin: string, headers: Record<string, string>, raw: Buffer) => Payload;

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

function apiPathOf(pathname: string): string {
  const rel = pathname.slice(SITE_PATH.length).replace(/^\/_api\/?/i, '');
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}

/**
 * `/sites/danhgia/_api/...`: who acts (401 without a known user), the form digest on writes (403 without
 * it), `$batch`, then the router; any SpError becomes SharePoint's error body.
 */
export function createSharePointEndpoint(o: SpEndpointOptions): SpEndpoint {
  const context = (origin: string, url: URL, method: string, headers: Record<string, string>, body: unknown, user: UserRow, perms?: PermissionContext): SpContext => ({
    store: o.store, origin, webAbs: `${origin}${SITE_PATH}`, user, perms: perms ?? new PermissionContext(o.store, user, everyoneIds(o.store)),
    format: formatFromAccept(headers.accept), threshold: o.threshold, method, url, headers, body,
    userCache: new Map(), lookupCache: new Map(), listCache: new Map()
  });

  const run = (ctx: SpContext, apiPath: string): Payload => {
    try {
      return routeSp(ctx, apiPath, o.services);
    } catch (e) {
      if (e instanceof SpError) {
        return errorPayload(e, ctx.format);
      }
      if (o.log) {
        console.error(e);
      }
      return errorPayload(new SpError(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e)), ctx.format);
    }
  };

  const batch = (origin: string, headers: Record<string, string>, text: string, user: UserRow): Payload => {
    let parts;
    try {
      parts = parseBatch(headers['content-type'] ?? '', text);
    } catch (e) {
      return errorPayload(new SpError(400, '-1, Microsoft.Data.OData.ODataException', e instanceof Error ? e.message : String(e)), formatFromAccept(headers.accept));
    }
    // Reads in a row share one user's permissions (and what they cached): parts run one after the other,
    // synchronously, so nothing can change a permission between two reads; any other part starts afresh
    // and the reads after it too (it may have changed one).
    let readingPerms: PermissionContext | undefined;
    const results = parts.map((part) => {
      o.onBatchPart();
      const reading = part.method.toUpperCase() === 'GET';
      if (!reading) {
        readingPerms = undefined;
      } else if (!readingPerms) {
        readingPerms = new PermissionContext(o.store, user, everyoneIds(o.store));
      }
      const partUrl = new URL(part.url, `${origin}${SITE_PATH}/`);
      const partHeaders = lowerHeaders(part.headers);
      let body: unknown;
      try {
        body = spBody(part.body);
      } catch {
        return errorPayload(INVALID_JSON, formatFromAccept(partHeaders.accept));
      }
      const result = run(context(origin, partUrl, part.method, partHeaders, body, user, reading ? readingPerms : undefined), apiPathOf(partUrl.pathname));
      if (!reading) {
        readingPerms = undefined;
      }
      return result;
    });
    const built = buildBatchResponse(results);
    return { status: 200, body: built.body, headers: { 'Content-Type': built.contentType } };
  };

  return (method, url, origin, headers, raw) => {
    const format = formatFromAccept(headers.accept);
    if (!/^\/_api(\/|$)/i.test(url.pathname.slice(SITE_PATH.length))) {
      return errorPayload(new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'The local intranet only serves the REST API of the site (/_api/...).'), format);
    }
    const user = actingUser(o.store, headers);
    if (!user) {
      const upn = actingUpn(headers);
      const p = errorPayload(new SpError(401, '-2147024891, System.UnauthorizedAccessException', upn
        ? `Access denied. The user '${upn}' is not in the sample directory (see /_dev/users).`
        : 'Access denied. Send the header X-Dev-User: <userPrincipalName> to act as a user of the sample directory (see /_dev/accounts).'), format);
      p.headers['WWW-Authenticate'] = 'Bearer realm="local-intranet", client_id="00000003-0000-0ff1-ce00-000000000000"';
      return p;
    }
    const apiPath = apiPathOf(url.pathname);
    const verb = method.toUpperCase();
    const override = headers['x-http-method'];
    const effective = verb === 'POST' && override ? override.toUpperCase() : verb;
    if (verb !== 'GET' && verb !== 'HEAD' && o.requireDigest && !/^contextinfo$/i.test(apiPath) && !o.services.digests.isValid(headers['x-requestdigest'])) {
      return errorPayload(new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
        "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."), format);
    }
    const text = raw.toString('utf8');
    if (/^\$batch$/i.test(apiPath) && verb === 'POST') {
      return batch(origin, headers, text, user);
    }
    let body: unknown;
    try {
      body = spBody(text);
    } catch {
      return errorPayload(INVALID_JSON, format);
    }
    return run(context(origin, url, effective, headers, body, user), apiPath);
  };
}
