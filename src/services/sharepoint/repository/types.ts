/** An item as read, with what a later write needs: its id and the ETag of the version that was read. */
export interface Versioned<TItem> {
  id: number;
  /** SharePoint's ETag of this version, verbatim (e.g. `"3"`): send it back on update. */
  etag: string;
  value: TItem;
}

/** A list item as PnPjs returns it (JSON light; `__metadata` in verbose mode). */
export type RawItem = Record<string, unknown>;

/** Comparison operators that let SharePoint use a column index (`ne` cannot narrow through one). */
export type IndexedOperator = 'eq' | 'lt' | 'le' | 'gt' | 'ge' | 'startswith';

export type FilterValue = string | number | boolean | Date;

/** The first clause of every query: on an indexed column, and narrow enough to stay below the threshold. */
export interface IndexedCondition {
  field: string;
  op?: IndexedOperator;
  value: FilterValue;
}

export interface ListQuery {
  /** Must be on a column the repository knows to be indexed; checked before any request. */
  indexedFilter: IndexedCondition;
  /** Further OData conditions, ANDed after the indexed clause (they may use any column). */
  filter?: string;
  /** Columns to read; defaults to the repository's `select`. */
  select?: string[];
  orderBy?: Array<{ field: string; ascending?: boolean }>;
  /** Rows per request (`$top`), 1–5,000; default 500. */
  pageSize?: number;
}

/** What happened inside the repository, for logs, tests and benchmarks. */
export type RepositoryEvent =
  | { kind: 'retry'; operation: string; attempt: number; status?: number; waitMs: number }
  | { kind: 'keyLookup'; idempotencyKey: string; found: boolean }
  | { kind: 'conflict'; id: number; status: number }
  | { kind: 'page'; rows: number };

export interface AddOptions {
  /** A folder of the list, relative to its root (e.g. a unit-year folder "DSVH-2026"). */
  folder?: string;
}
