import { delay } from '@pnp/core';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { classifyFailure, retryDelayMs } from './retryPolicy';

type Reads<T extends readonly unknown[]> = { [K in keyof T]: Promise<T[K]> };

/**
 * Reads per HTTP `$batch`: SharePoint takes up to 100 operations in one batch (platform.md 2.5);
 * PnPjs's default of 20 would make a dashboard's 180 reads nine requests instead of two.
 */
export const READS_PER_BATCH = 100;

/**
 * Reads that belong together (e.g. a person's period, scores and review for one screen) in one
 * `$batch` request, split every READS_PER_BATCH reads. `build` receives the batched SPFI and
 * returns the reads, in order, made from it (and nothing else: a queryable cannot join two batches).
 *
 * If the batch request itself fails transiently (429/503 after PnPjs's own retries, a network error),
 * its parts never complete, so the whole group is built and sent again in a new batch; reads are
 * idempotent. A read that fails on its own (e.g. 404) rejects the whole call with its error.
 */
export async function readTogether<T extends readonly unknown[]>(
  sp: SPFI,
  build: (batched: SPFI) => Reads<T>,
  maxAttempts: number = 5
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const [batched, execute] = sp.batched({ maxRequests: READS_PER_BATCH });
    const reads = build(batched) as unknown as ReadonlyArray<Promise<unknown>>;
    const settled = reads.map((p) =>
      p.then(
        (value) => ({ ok: true, value, error: undefined as unknown }),
        (error: unknown) => ({ ok: false, value: undefined as unknown, error })
      )
    );
    try {
      await execute();
    } catch (error) {
      const kind = classifyFailure(error);
      if (kind === 'final' || kind === 'uncertainFinal' || attempt >= maxAttempts) throw error;
      await delay(retryDelayMs(error, attempt, 200, 60000));
      continue;
    }
    const results = await Promise.all(settled);
    for (let i = 0; i < results.length; i++) {
      if (!results[i].ok) throw results[i].error;
    }
    return results.map((r) => r.value) as unknown as T;
  }
}
