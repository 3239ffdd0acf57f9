import * as http from 'http';
import { IntranetStore, UserRow } from '../store/store';

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function lowerHeaders(h: http.IncomingHttpHeaders | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v !== undefined) {
      out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
    }
  }
  return out;
}

/** A lenient JSON body (Graph and /_dev/): undefined when empty or malformed. */
export function parseJson(text: string): unknown {
  if (!text.trim()) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The acting user's UPN: X-Dev-User, or (for convenience with Graph auth providers) "Authorization: Bearer <upn>". */
export function actingUpn(headers: Record<string, string>): string | undefined {
  const dev = headers['x-dev-user'];
  if (dev && dev.trim()) {
    return dev.trim();
  }
  const auth = headers.authorization;
  const m = auth ? /^Bearer\s+(\S+@\S+)$/i.exec(auth.trim()) : null;
  return m ? m[1] : undefined;
}

/** The acting user, if the request names a person of the sample directory. */
export function actingUser(store: IntranetStore, headers: Record<string, string>): UserRow | undefined {
  const upn = actingUpn(headers);
  const u = upn ? store.userByUpn(upn) : undefined;
  return u && u.principalType === 1 ? u : undefined;
}
