import { randomUUID } from 'crypto';
import { Payload } from './odata';

/** One HTTP request inside a `$batch` body. */
export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable'
};

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  return m ? m[1] : undefined;
}

function parseHeaders(lines: string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) {
      h[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
  }
  return h;
}

/** Splits a body on `--boundary` lines, returning the parts between them. */
function splitParts(body: string, boundary: string): string[] {
  const lines = body.split('\n');
  const parts: string[] = [];
  let cur: string[] | undefined;
  for (const line of lines) {
    const t = line.trim();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (cur) {
        parts.push(cur.join('\n'));
      }
      cur = t.endsWith('--') && t !== `--${boundary}` ? undefined : [];
      if (t === `--${boundary}--`) {
        break;
      }
      continue;
    }
    if (cur) {
      cur.push(line);
    }
  }
  return parts;
}

function parseHttpPart(text: string): BatchPart {
  const lines = text.split('\n');
  let i = 0;
  // MIME headers of the part (Content-Type: application/http, Content-Transfer-Encoding)
  while (i < lines.length && lines[i].trim() !== '') {
    i++;
  }
  while (i < lines.length && lines[i].trim() === '') {
    i++;
  }
  const requestLine = (lines[i++] ?? '').trim();
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[0-9.]+)?$/i.exec(requestLine);
  if (!m) {
    throw new Error(`Invalid request line in $batch: "${requestLine}"`);
  }
  const headerLines: string[] = [];
  while (i < lines.length && lines[i].trim() !== '') {
    headerLines.push(lines[i++]);
  }
  i++;
  const body = lines.slice(i).join('\n').trim();
  return { method: m[1].toUpperCase(), url: m[2], headers: parseHeaders(headerLines), body };
}

/** Parses a SharePoint `$batch` (multipart/mixed, changesets nested as multipart/mixed) into its requests, in order. */
export function parseBatch(contentType: string, rawBody: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) {
    throw new Error('The $batch request has no multipart boundary.');
  }
  const body = rawBody.replace(/\r\n/g, '\n');
  const out: BatchPart[] = [];
  for (const part of splitParts(body, boundary)) {
    const headerEnd = part.indexOf('\n\n');
    const headerText = headerEnd >= 0 ? part.slice(0, headerEnd) : part;
    const headers = parseHeaders(headerText.split('\n'));
    const ct = headers['content-type'] ?? '';
    if (/multipart\/mixed/i.test(ct)) {
      const cs = boundaryOf(ct);
      if (!cs) {
        throw new Error('A changeset has no boundary.');
      }
      for (const inner of splitParts(part.slice(headerEnd + 2), cs)) {
        if (inner.trim()) {
          out.push(parseHttpPart(inner));
        }
      }
    } else if (part.trim()) {
      out.push(parseHttpPart(part));
    }
  }
  return out;
}

/**
 * Builds the multipart answer: one `--batchresponse_` part per request, in order, each with its own
 * status, whether or not it sat in a changeset (SharePoint runs changesets without a transaction).
 */
export function buildBatchResponse(results: Payload[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const r of results) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? 'Unknown'}`);
    for (const [k, v] of Object.entries(r.headers)) {
      if (!v.includes(':') && !/^content-length$/i.test(k)) {
        out.push(`${k.toUpperCase()}: ${v}`);
      }
    }
    out.push('');
    out.push(r.status === 204 ? '' : r.body);
  }
  out.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: out.join('\r\n') };
}
