import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/**
 * Sends a write exactly once, with a timeout: the repository decides about retries itself.
 *
 * Why not PnPjs's BrowserFetchWithRetry for writes: it sends the same POST again after a network error
 * or a 504, when the server may already have applied it, so an add can be stored twice. It is right
 * for 429/503 (SharePoint throttles before doing the work), and the repository retries those too, but
 * only the repository knows the write's idempotency key and can look it up before trying again.
 *
 * Applied with `.using()` on the one queryable of a write; PnPjs copies the observers on change, so
 * the caller's SPFI and its reads keep their own send behaviour.
 */
export function SingleAttemptFetch(timeoutMs: number): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit): Promise<Response> => {
      const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
      const timer = controller && timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
      try {
        return await fetch(url.toString(), controller ? { ...init, signal: controller.signal } : init);
      } finally {
        if (timer !== undefined) clearTimeout(timer);
      }
    });
    return instance;
  };
}
