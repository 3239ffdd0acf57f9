import type { Versioned } from './types';

/**
 * Another user (or process) changed the item since it was read: SharePoint answered 412 to the
 * If-Match ETag, or 409 "Save Conflict". Nothing was written. The UI shows both versions and lets the
 * user choose: keep theirs (`current`), or re-apply `attempted` on top of it with `current.etag`.
 */
export class ConflictError<TItem = unknown, TFields = Record<string, unknown>> extends Error {
  public readonly name: string = 'ConflictError';
  /** 412 (ETag mismatch) or 409 (save conflict) */
  public readonly status: number;
  public readonly listTitle: string;
  public readonly id: number;
  /** The server's version, re-read after the conflict; undefined when the item was deleted meanwhile. */
  public readonly current: Versioned<TItem> | undefined;
  /** What this user tried to write. */
  public readonly attempted: Partial<TFields>;
  /** The ETag this user's change was based on. */
  public readonly sentEtag: string;

  public constructor(args: {
    status: number;
    listTitle: string;
    id: number;
    current: Versioned<TItem> | undefined;
    attempted: Partial<TFields>;
    sentEtag: string;
  }) {
    super(
      `Item ${args.id} of '${args.listTitle}' was changed by someone else (HTTP ${args.status}): ` +
        (args.current ? `the server has version ${args.current.etag}, this change was based on ${args.sentEtag}.` : 'it no longer exists.')
    );
    // es5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, ConflictError.prototype);
    this.status = args.status;
    this.listTitle = args.listTitle;
    this.id = args.id;
    this.current = args.current;
    this.attempted = args.attempted;
    this.sentEtag = args.sentEtag;
  }
}

/**
 * A developer error, thrown before any request: the query does not start with an indexed column. On a
 * list above the 5,000-item list view threshold SharePoint answers such a query with
 * SPQueryThrottledException (HTTP 500), so it would work in a small test site and break in production.
 */
export class QueryNotIndexedError extends Error {
  public readonly name: string = 'QueryNotIndexedError';

  public constructor(listTitle: string, field: string, indexed: readonly string[]) {
    super(
      `Query on '${listTitle}' refused: its first clause is on '${field}', which is not an indexed column ` +
        `(indexed: ${indexed.join(', ')}). On a list above the 5,000-item threshold SharePoint refuses a query ` +
        'whose first clause is not on an indexed column (SPQueryThrottledException). Start from an indexed ' +
        'column that narrows the result below the threshold, and put other conditions in `filter`.'
    );
    Object.setPrototypeOf(this, QueryNotIndexedError.prototype);
  }
}

/**
 * A write whose outcome stayed unknown after every attempt (network errors, timeouts, gateway errors) and
 * whose idempotency key was not found on the server: it was most probably not applied. Safe to retry
 * with the same `idempotencyKey`.
 */
export class WriteNotConfirmedError extends Error {
  public readonly name: string = 'WriteNotConfirmedError';
  public readonly idempotencyKey: string;
  public readonly lastError: unknown;

  public constructor(listTitle: string, idempotencyKey: string, cause: unknown) {
    super(`Adding to '${listTitle}' (key ${idempotencyKey}) could not be confirmed: ${cause instanceof Error ? cause.message : String(cause)}`);
    Object.setPrototypeOf(this, WriteNotConfirmedError.prototype);
    this.idempotencyKey = idempotencyKey;
    this.lastError = cause;
  }
}

/**
 * SharePoint refused some values of an add in a folder (AddValidateUpdateItemUsingPath reports them per
 * field, with HTTP 200). Like a 400, sending it again would not help.
 */
export class FieldValuesRejectedError extends Error {
  public readonly status: number = 400;
  public readonly problems: string[];

  public constructor(listTitle: string, problems: string[]) {
    super(`List '${listTitle}' refused the values: ${problems.join('; ')}`);
    this.name = 'FieldValuesRejectedError';
    this.problems = problems;
    Object.setPrototypeOf(this, FieldValuesRejectedError.prototype);
  }
}
