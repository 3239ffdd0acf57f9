import { delay } from '@pnp/core';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
// The signed-in user's id (a retry's lookup binds a key to its author): not only the set-up's module.
import '@pnp/sp/site-users/web';
// A list's root folder (where an act is added when no folder is named).
import '@pnp/sp/folders';
import type { IItems } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { httpStatusOf, odataString } from '../odata';
import { ConflictError, FieldValuesRejectedError, QueryNotIndexedError, WriteNotConfirmedError } from './errors';
import { etagOf, idOf } from './etag';
import { newIdempotencyKey } from './idempotencyKey';
import { classifyFailure, retryDelayMs } from './retryPolicy';
import { SingleAttemptFetch } from './singleAttemptFetch';
import type { AddOptions, FilterValue, IndexedCondition, ListQuery, RawItem, RepositoryEvent, Versioned } from './types';

export interface ListRepositoryOptions<TItem> {
  sp: SPFI;
  listTitle: string;
  /**
   * Internal names of the list's indexed columns (ID is always indexed). Every query must start from
   * one of them: that is what keeps a query working when the list grows past 5,000 items.
   */
  indexedColumns: readonly string[];
  /** Columns read for each row (what `map` needs). */
  select: readonly string[];
  /** Turns a raw SharePoint row into the domain's type. */
  map: (raw: RawItem) => TItem;
  /** Person or lookup columns to expand (e.g. `Author`, with `Author/Name` in `select`). */
  expand?: readonly string[];
  /**
   * An indexed text column holding a client-generated key per added item, so that an add whose
   * outcome is unknown can be looked up instead of sent twice. Default `ActKey`.
   */
  idempotencyKeyColumn?: string;
  /** Attempts per operation, the first included (default 8: at 20 % throttling, 0.2^8 ≈ 3e-6 fail). */
  maxAttempts?: number;
  /** First back-off when the server sends no Retry-After (default 200 ms, doubling). */
  baseDelayMs?: number;
  /** Upper bound of any wait, Retry-After included (default 60 s). */
  maxDelayMs?: number;
  /** A write that takes longer is abandoned and treated as of unknown outcome (default 30 s). */
  writeTimeoutMs?: number;
  onEvent?: (event: RepositoryEvent) => void;
}

/** SharePoint's `$top` may not exceed the list view threshold. */
const MAX_PAGE_SIZE = 5000;
const DEFAULT_PAGE_SIZE = 500;

/**
 * A typed repository over one SharePoint list: indexed-first paged queries, batched reads, and writes
 * that carry the item's ETag and an idempotency key.
 */
export class ListRepository<TItem, TFields extends object = Record<string, unknown>> {
  public readonly listTitle: string;
  public readonly idempotencyKeyColumn: string;
  private readonly sp: SPFI;
  private readonly indexed: { [name: string]: true } = {};
  private readonly indexedNames: string[];
  private readonly select: string[];
  private readonly map: (raw: RawItem) => TItem;
  private readonly expand: string[];
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly writeTimeoutMs: number;
  private readonly emit: (event: RepositoryEvent) => void;
  private rootFolderUrl: string | undefined;
  private userId: number | undefined;

  public constructor(options: ListRepositoryOptions<TItem>) {
    this.sp = options.sp;
    this.listTitle = options.listTitle;
    this.idempotencyKeyColumn = options.idempotencyKeyColumn || 'ActKey';
    this.indexedNames = ['ID'].concat(options.indexedColumns.filter((c) => c !== 'ID' && c !== 'Id'));
    this.indexedNames.forEach((c) => (this.indexed[c] = true));
    this.indexed.Id = true;
    if (!this.indexed[this.idempotencyKeyColumn]) {
      // The key is looked up on a list that may hold millions of items: it must be indexed too.
      throw new Error(`List '${this.listTitle}': the idempotency key column '${this.idempotencyKeyColumn}' must be one of the indexed columns.`);
    }
    const select = ['Id'].concat(options.select.filter((c) => c !== 'Id' && c !== 'ID'));
    this.select = select;
    this.map = options.map;
    this.expand = options.expand ? options.expand.slice() : [];
    this.maxAttempts = Math.max(1, options.maxAttempts || 8);
    this.baseDelayMs = options.baseDelayMs === undefined ? 200 : options.baseDelayMs;
    this.maxDelayMs = options.maxDelayMs === undefined ? 60000 : options.maxDelayMs;
    this.writeTimeoutMs = options.writeTimeoutMs === undefined ? 30000 : options.writeTimeoutMs;
    this.emit = options.onEvent || ((): void => undefined);
  }

  // ---------------------------------------------------------------- reads

  /** Every row matching the query, read page by page. For big reads prefer `pages`. */
  public async query(query: ListQuery): Promise<Array<Versioned<TItem>>> {
    const all: Array<Versioned<TItem>> = [];
    for await (const page of this.pages(query)) {
      for (let i = 0; i < page.length; i++) all.push(page[i]);
    }
    return all;
  }

  /**
   * The rows of a query, one page (`$top` rows, following odata.nextLink/$skiptoken) at a time.
   * Refuses, before any request, a query whose first clause is not on an indexed column.
   */
  public pages(query: ListQuery): AsyncIterableIterator<Array<Versioned<TItem>>> {
    const items = this.buildQuery(query);
    return this.readPages(items);
  }

  /**
   * Every item of the list, in ID order, one page at a time, with no filter: SharePoint allows this
   * above the threshold because it walks the ID index (exports, migrations, checks). Ordering on
   * another column is not offered: above the threshold it must be indexed, and a filter is better.
   */
  public scan(options: { select?: string[]; pageSize?: number } = {}): AsyncIterableIterator<Array<Versioned<TItem>>> {
    const pageSize = checkedPageSize(this.listTitle, options.pageSize);
    const select = options.select ? ['Id'].concat(options.select.filter((c) => c !== 'Id')) : this.select;
    return this.readPages(this.list().items.select(...select).expand(...this.expand).top(pageSize));
  }

  /** One item, or undefined when it does not exist (or this user may not read it). */
  public async get(id: number): Promise<Versioned<TItem> | undefined> {
    const raw = await this.readRaw(id, this.select);
    return raw ? this.toVersioned(raw) : undefined;
  }

  /**
   * Items by id in as few HTTP requests as possible: one `$batch` (PnPjs splits it every 20 requests).
   * Missing or unreadable ids are left out. Parts that fail transiently are read again in a new batch.
   */
  public async getMany(ids: readonly number[]): Promise<Array<Versioned<TItem>>> {
    const found: { [id: number]: Versioned<TItem> } = {};
    const missing: { [id: number]: true } = {};
    let pending = ids.filter((id, i) => ids.indexOf(id) === i);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const [batched, execute] = this.sp.batched();
      const list = batched.web.lists.getByTitle(this.listTitle);
      const failed: { [id: number]: unknown } = {};
      const outcomes = pending.map((id) =>
        list.items
          .getById(id)
          .select(...this.select)
          .expand(...this.expand)<RawItem>()
          .then(
            (raw) => {
              found[id] = this.toVersioned(raw);
            },
            (error: unknown) => {
              if (httpStatusOf(error) === 404) missing[id] = true;
              else failed[id] = error;
            }
          )
      );
      let batchError: unknown;
      try {
        await execute();
        await Promise.all(outcomes);
      } catch (error) {
        // One HTTP request of the batch failed (PnPjs sends 20 parts per request): its parts never
        // complete, but those of the requests before it did. Only the unanswered ones are read again.
        batchError = error;
        await delay(0);
      }
      const again = pending.filter((id) => found[id] === undefined && !missing[id]);
      if (again.length > 0) {
        const partError = again.map((id) => failed[id]).filter((e) => e !== undefined)[0];
        await this.backOffOrThrow('getMany', attempt, batchError !== undefined ? batchError : partError);
      }
      pending = again;
    }
    return ids.filter((id) => found[id] !== undefined).map((id) => found[id]);
  }

  /**
   * The item the acting user added with this idempotency key, if the server has it. Keys are
   * predictable and not unique: an item someone else wrote under the same key is never taken for ours.
   */
  public async findByKey(idempotencyKey: string): Promise<Versioned<TItem> | undefined> {
    const me = await this.currentUserId();
    const rows = await this.withReadRetry('findByKey', () =>
      this.list()
        .items.filter(`${this.idempotencyKeyColumn} eq ${odataString(idempotencyKey)} and AuthorId eq ${me}`)
        .select(...this.select)
        .expand(...this.expand)
        .orderBy('ID', true)
        .top(1)<RawItem[]>()
    );
    return rows.length > 0 ? this.toVersioned(rows[0]) : undefined;
  }

  private async currentUserId(): Promise<number> {
    if (this.userId === undefined) {
      const me = await this.withReadRetry('currentUser', () => this.sp.web.currentUser.select('Id')<{ Id: number }>());
      this.userId = me.Id;
    }
    return this.userId;
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds in a folder of the list (the unit-year folders that scope reading). REST can only do that
   * through AddValidateUpdateItemUsingPath, whose values are strings parsed in the site's regional
   * settings: a decimal or a date written "87.5" means something else on a vi-VN site. And an act is
   * added once and never edited (people hold Add without Edit there), so the one request carries
   * everything: text, whole numbers and yes/no only; decimals and dates belong in the act's Payload.
   */
  private async addInFolder(body: Record<string, unknown>, folder: string): Promise<Versioned<TItem>> {
    const { formValues } = splitForForm(body);
    if (!this.rootFolderUrl) {
      const root = await this.list().rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
      this.rootFolderUrl = root.ServerRelativeUrl;
    }
    const answer = (await this.list()
      .using(SingleAttemptFetch(this.writeTimeoutMs))
      .addValidateUpdateItemUsingPath(formValues, `${this.rootFolderUrl}/${folder}`)) as unknown;
    const results = (Array.isArray(answer) ? answer : ((answer as { value?: unknown[] }).value || [])) as Array<{
      FieldName: string;
      HasException: boolean;
      ErrorMessage?: string;
      ItemId: number;
    }>;
    const rejected = results.filter((r) => r.HasException);
    if (rejected.length > 0) {
      throw new FieldValuesRejectedError(this.listTitle, rejected.map((r) => `${r.FieldName}: ${r.ErrorMessage || ''}`));
    }
    const created = results.length > 0 ? await this.get(results[0].ItemId) : undefined;
    if (!created) throw new WriteNotConfirmedError(this.listTitle, String(body[this.idempotencyKeyColumn]), undefined);
    return created;
  }

  /**
   * Adds an item and returns it with its ETag. Sends a fresh idempotency key (or the one in `fields`).
   *
   * Throttled attempts (429/503) are sent again after Retry-After: SharePoint did not process them.
   * After an attempt whose outcome is unknown (network error, timeout, 502/504, 500) the key is looked
   * up first, and the item found is returned instead of adding it a second time.
   */
  public async add(fields: Partial<TFields>, options: AddOptions = {}): Promise<Versioned<TItem>> {
    const given = (fields as Record<string, unknown>)[this.idempotencyKeyColumn];
    const key = typeof given === 'string' && given ? given : newIdempotencyKey();
    const body: Record<string, unknown> = { ...(fields as Record<string, unknown>) };
    body[this.idempotencyKeyColumn] = key;
    if (options.folder) {
      // Refused before any request: an act in a folder is one request of form values (addInFolder).
      const untyped = Object.keys(splitForForm(body).typed);
      if (untyped.length > 0) {
        throw new Error(`'${this.listTitle}': ${untyped.join(', ')} cannot be written in a folder in one request (decimals and dates go in the Payload).`);
      }
    }
    let uncertain = false;
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      if (uncertain) {
        const existing = await this.findByKey(key);
        this.emit({ kind: 'keyLookup', idempotencyKey: key, found: !!existing });
        if (existing) return existing;
      }
      try {
        if (options.folder) return await this.addInFolder(body, options.folder);
        const raw = await this.list().items.using(SingleAttemptFetch(this.writeTimeoutMs)).add(body) as RawItem;
        return this.toVersioned(raw);
      } catch (error) {
        lastError = error;
        const kind = classifyFailure(error);
        if (kind === 'final') throw error;
        if (kind !== 'throttled') uncertain = true;
        if (kind === 'uncertainFinal') break;
        if (attempt < this.maxAttempts) await this.wait('add', attempt, error);
      }
    }
    if (uncertain) {
      const existing = await this.findByKey(key);
      this.emit({ kind: 'keyLookup', idempotencyKey: key, found: !!existing });
      if (existing) return existing;
      // A 500 not found by its key is SharePoint's own error (e.g. a bad value): show it as it is.
      if (classifyFailure(lastError) === 'uncertainFinal') throw lastError;
      throw new WriteNotConfirmedError(this.listTitle, key, lastError);
    }
    throw lastError;
  }

  /**
   * Adds many items, a few at a time (each with its own idempotency key), in the order given.
   * SharePoint's `$batch` is not transactional and one HTTP request per item keeps retries simple and
   * exact; `concurrency` parallel requests stay well inside SharePoint's per-user throttling budget.
   */
  public async addMany(all: ReadonlyArray<Partial<TFields>>, concurrency: number = 4): Promise<Array<Versioned<TItem>>> {
    const out: Array<Versioned<TItem>> = new Array(all.length);
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      while (!failure && next < all.length) {
        const index = next++;
        try {
          out[index] = await this.add(all[index]);
        } catch (error) {
          failure = failure || { error };
        }
      }
    };
    const workers: Array<Promise<void>> = [];
    for (let i = 0; i < Math.max(1, Math.min(concurrency, all.length)); i++) workers.push(worker());
    await Promise.all(workers);
    if (failure) throw failure.error;
    return out;
  }

  /**
   * Updates an item from the version the user saw. Always sends that ETag (never `*`, which would
   * overwrite whatever another user saved meanwhile). On 412 or 409 it throws a ConflictError carrying
   * the server's current version and the attempted fields; nothing is written.
   */
  public async update(id: number, fields: Partial<TFields>, etag: string): Promise<{ id: number; etag: string }> {
    if (!etag || etag.trim() === '*') {
      throw new Error(`Update of item ${id} in '${this.listTitle}' needs the ETag read with the item; '*' would overwrite other users' changes.`);
    }
    let uncertain = false;
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      if (uncertain) {
        // Did the attempt whose answer we lost go through? Then the item is at a newer version that
        // holds exactly our values; if it is still at our ETag, it did not.
        const settled = await this.settledUpdate(id, fields, etag);
        if (settled) return settled;
      }
      try {
        const result = await this.list()
          .items.getById(id)
          .using(SingleAttemptFetch(this.writeTimeoutMs))
          .update(fields as Record<string, unknown>, etag);
        const newEtag = (result as { etag?: string | null }).etag;
        if (newEtag) return { id, etag: newEtag };
        const reread = await this.get(id);
        return { id, etag: reread ? reread.etag : '' };
      } catch (error) {
        lastError = error;
        const status = httpStatusOf(error);
        if (status === 412 || status === 409) {
          throw await this.conflict(id, fields, etag, status);
        }
        if (status === 404) {
          // Deleted (or hidden) since the user read it: a conflict too, with no current version.
          this.emit({ kind: 'conflict', id, status });
          throw new ConflictError<TItem, TFields>({ status, listTitle: this.listTitle, id, current: undefined, attempted: fields, sentEtag: etag });
        }
        const kind = classifyFailure(error);
        if (kind === 'final') throw error;
        if (kind !== 'throttled') uncertain = true;
        if (kind === 'uncertainFinal') break;
        if (attempt < this.maxAttempts) await this.wait('update', attempt, error);
      }
    }
    if (uncertain) {
      const settled = await this.settledUpdate(id, fields, etag);
      if (settled) return settled;
    }
    throw lastError;
  }

  /** Moves the item to the recycle bin (restorable). Already gone after an uncertain attempt = done. */
  public async recycle(id: number): Promise<void> {
    let uncertain = false;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.list().items.getById(id).using(SingleAttemptFetch(this.writeTimeoutMs)).recycle();
        return;
      } catch (error) {
        if (uncertain && httpStatusOf(error) === 404) return;
        const kind = classifyFailure(error);
        if (kind === 'final' || kind === 'uncertainFinal' || attempt >= this.maxAttempts) throw error;
        if (kind === 'uncertain') uncertain = true;
        await this.wait('recycle', attempt, error);
      }
    }
  }

  // ---------------------------------------------------------------- internals

  private list(): IList {
    return this.sp.web.lists.getByTitle(this.listTitle);
  }

  private buildQuery(query: ListQuery): IItems {
    const lead = query.indexedFilter;
    if (!lead || !this.indexed[lead.field]) {
      throw new QueryNotIndexedError(this.listTitle, lead ? lead.field : '(none)', this.indexedNames);
    }
    const pageSize = checkedPageSize(this.listTitle, query.pageSize);
    const first = condition(lead);
    const filter = query.filter && query.filter.trim() ? `${first} and (${query.filter})` : first;
    const select = query.select ? ['Id'].concat(query.select.filter((c) => c !== 'Id')) : this.select;
    let items = this.list().items.filter(filter).select(...select).expand(...this.expand).top(pageSize);
    (query.orderBy || []).forEach((o) => {
      items = items.orderBy(o.field, o.ascending !== false);
    });
    return items;
  }

  private async *readPages(items: IItems): AsyncIterableIterator<Array<Versioned<TItem>>> {
    // Driven by hand rather than with for-await so that a failed page can be asked for again: PnPjs's
    // iterator only moves to the next link once a page has arrived.
    const iterator = items[Symbol.asyncIterator]();
    for (;;) {
      const step = await this.withReadRetry('page', () => iterator.next());
      if (step.done) return;
      const rows = (step.value as RawItem[]).map((raw) => this.toVersioned(raw));
      this.emit({ kind: 'page', rows: rows.length });
      if (rows.length > 0) yield rows;
    }
  }

  private async readRaw(id: number, select: readonly string[] | undefined): Promise<RawItem | undefined> {
    try {
      return await this.withReadRetry('get', () => {
        const item = this.list().items.getById(id);
        return (select ? item.select(...select).expand(...this.expand) : item)<RawItem>();
      });
    } catch (error) {
      if (httpStatusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async settledUpdate(id: number, fields: Partial<TFields>, sentEtag: string): Promise<{ id: number; etag: string } | undefined> {
    const raw = await this.readRaw(id, undefined);
    if (!raw) return undefined;
    const current = etagOf(raw);
    if (current && current !== sentEtag && holds(raw, fields as Record<string, unknown>)) return { id, etag: current };
    if (current && current !== sentEtag) throw await this.conflict(id, fields, sentEtag, 412, raw);
    return undefined;
  }

  private async conflict(id: number, attempted: Partial<TFields>, sentEtag: string, status: number, raw?: RawItem): Promise<ConflictError<TItem, TFields>> {
    this.emit({ kind: 'conflict', id, status });
    let current: Versioned<TItem> | undefined;
    try {
      current = raw ? this.toVersioned(raw) : await this.get(id);
    } catch {
      current = undefined;
    }
    return new ConflictError<TItem, TFields>({ status, listTitle: this.listTitle, id, current, attempted, sentEtag });
  }

  private async withReadRetry<T>(operation: string, read: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await read();
      } catch (error) {
        await this.backOffOrThrow(operation, attempt, error);
      }
    }
  }

  /** Reads are idempotent: any transient failure is retried. Throws when it is not transient or the attempts are spent. */
  private async backOffOrThrow(operation: string, attempt: number, error: unknown): Promise<void> {
    const kind = classifyFailure(error);
    if (kind === 'final' || kind === 'uncertainFinal' || attempt >= this.maxAttempts) throw error;
    await this.wait(operation, attempt, error);
  }

  private async wait(operation: string, attempt: number, error: unknown): Promise<void> {
    const waitMs = retryDelayMs(error, attempt, this.baseDelayMs, this.maxDelayMs);
    this.emit({ kind: 'retry', operation, attempt, status: httpStatusOf(error), waitMs });
    if (waitMs > 0) await delay(waitMs);
  }

  private toVersioned(raw: RawItem): Versioned<TItem> {
    const id = idOf(raw);
    const etag = etagOf(raw);
    if (id === undefined || etag === undefined) {
      throw new Error(
        `'${this.listTitle}': a row came without its ${id === undefined ? 'Id' : 'ETag'}. The repository needs JSON light with ` +
          'metadata (Accept: application/json, as DefaultHeaders sends) or verbose, not odata=nometadata.'
      );
    }
    return { id, etag, value: this.map(raw) };
  }
}

function checkedPageSize(listTitle: string, requested: number | undefined): number {
  const pageSize = requested === undefined ? DEFAULT_PAGE_SIZE : requested;
  if (!(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE) || Math.floor(pageSize) !== pageSize) {
    throw new Error(`Query on '${listTitle}': pageSize must be an integer from 1 to ${MAX_PAGE_SIZE} (the list view threshold).`);
  }
  return pageSize;
}

function literal(value: FilterValue): string {
  if (typeof value === 'string') return odataString(value);
  if (typeof value === 'number') {
    if (!isFinite(value)) throw new Error(`Cannot filter on ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  return `datetime'${value.toISOString()}'`;
}

function condition(c: IndexedCondition): string {
  const op = c.op || 'eq';
  return op === 'startswith' ? `startswith(${c.field},${literal(c.value)})` : `${c.field} ${op} ${literal(c.value)}`;
}

/** True when the server's row holds every attempted value (the lost-answer update went through). */
function holds(raw: RawItem, fields: Record<string, unknown>): boolean {
  return Object.keys(fields).every((k) => same(raw[k], fields[k]));
}

function same(server: unknown, sent: unknown): boolean {
  const a = server === undefined ? null : server;
  const b = sent === undefined ? null : sent;
  if (b instanceof Date) return typeof a === 'string' && Date.parse(a) === b.getTime();
  if (typeof b === 'boolean' && typeof a === 'number') return (a !== 0) === b;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Values AddValidateUpdateItemUsingPath parses the same on every site (text, whole numbers, yes/no), and the rest. */
function splitForForm(body: Record<string, unknown>): { formValues: Array<{ FieldName: string; FieldValue: string }>; typed: Record<string, unknown> } {
  const formValues: Array<{ FieldName: string; FieldValue: string }> = [];
  const typed: Record<string, unknown> = {};
  Object.keys(body).forEach((name) => {
    const value = body[name];
    if (value === undefined || value === null) return;
    if (typeof value === 'string') formValues.push({ FieldName: name, FieldValue: value });
    else if (typeof value === 'boolean') formValues.push({ FieldName: name, FieldValue: value ? '1' : '0' });
    else if (typeof value === 'number' && Number.isInteger(value)) formValues.push({ FieldName: name, FieldValue: String(value) });
    else typed[name] = value;
  });
  return { formValues, typed };
}
