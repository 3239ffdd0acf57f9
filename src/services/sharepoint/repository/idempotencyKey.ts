import { getGUID } from '@pnp/core';

/**
 * A fresh key for one add. crypto.randomUUID where the browser has it (every browser SharePoint
 * supports does, on https); PnPjs's getGUID, time plus Math.random, otherwise.
 */
export function newIdempotencyKey(): string {
  const c = typeof crypto !== 'undefined' ? (crypto as { randomUUID?: () => string }) : undefined;
  return c && typeof c.randomUUID === 'function' ? c.randomUUID() : getGUID();
}
