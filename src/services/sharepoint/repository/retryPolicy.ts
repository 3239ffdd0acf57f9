import { httpStatusOf } from '../odata';

/**
 * How a failed request is to be treated. SharePoint answers 429 and 503 when it throttles, *before*
 * doing the work, so those requests can simply be sent again after Retry-After. A network error, a
 * timeout or a gateway error (502, 504) says nothing about whether the server applied a write: such a
 * write is "uncertain", and must not be blindly sent again (an add would be duplicated).
 */
export type FailureKind = 'throttled' | 'uncertain' | 'uncertainFinal' | 'final';

export function classifyFailure(error: unknown): FailureKind {
  const status = httpStatusOf(error);
  if (status === undefined) {
    // fetch's TypeError ("fetch failed"), a reset connection, our own timeout (AbortError)
    return 'uncertain';
  }
  if (status === 429 || status === 503) return 'throttled';
  if (status === 502 || status === 504) return 'uncertain';
  // Usually a deterministic server-side exception: checked once, not retried.
  if (status === 500) return 'uncertainFinal';
  return 'final';
}

/**
 * Milliseconds to wait before the next attempt: the server's Retry-After (seconds or an HTTP date) or
 * RateLimit-Reset, whichever is larger (platform.md 2.6); otherwise an exponential back-off with jitter.
 */
export function retryDelayMs(error: unknown, attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  const headers = responseHeaders(error);
  const server = headers ? Math.max(seconds(headers.get('Retry-After') || ''), seconds(headers.get('RateLimit-Reset') || '')) : -1;
  if (server >= 0) return Math.min(server * 1000, maxDelayMs);
  const exp = baseDelayMs * Math.pow(2, attempt - 1);
  return Math.min(Math.round(exp / 2 + Math.random() * exp / 2), maxDelayMs);
}

function responseHeaders(error: unknown): Headers | undefined {
  if (typeof error === 'object' && error !== null && 'response' in error) {
    const response = (error as { response?: { headers?: Headers } }).response;
    return response && response.headers && typeof response.headers.get === 'function' ? response.headers : undefined;
  }
  return undefined;
}

/** -1 when absent or unreadable. */
function seconds(value: string): number {
  if (value.trim() === '') return -1;
  if (/^\d+$/.test(value.trim())) return parseInt(value.trim(), 10);
  const at = Date.parse(value);
  return isNaN(at) ? -1 : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
