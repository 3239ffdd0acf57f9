import type { RawItem } from './types';

/**
 * The ETag of an item as PnPjs returns it: `odata.etag` in JSON light (what DefaultHeaders' Accept
 * `application/json` gets: minimal metadata, e.g. `"odata.etag":"\"3\""`), `__metadata.etag` in verbose
 * mode. Kept verbatim, because it goes back verbatim in If-Match.
 */
export function etagOf(raw: RawItem): string | undefined {
  const light = raw['odata.etag'];
  if (typeof light === 'string' && light) return light;
  const meta = raw.__metadata;
  if (typeof meta === 'object' && meta !== null) {
    const etag = (meta as { etag?: unknown }).etag;
    if (typeof etag === 'string' && etag) return etag;
  }
  return undefined;
}

/** The item id, whichever of `Id` or `ID` the server sent. */
export function idOf(raw: RawItem): number | undefined {
  const id = raw.Id !== undefined ? raw.Id : raw.ID;
  return typeof id === 'number' ? id : undefined;
}
