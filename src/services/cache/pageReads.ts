import { noInherit, type TimelinePipe } from '@pnp/core';
import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import { SPQueryable, type SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { LISTS } from '../sharepoint/schema';
import { CACHE_MINUTES, type ViewCache } from './viewCache';

/**
 * What a view may keep and what it must read again (README, "Speed and caching"):
 * - REFERENCE: the organisation (units, the snapshot, the HR and owners groups), HR's settings and the
 *   catalogue, and who the reader is. They change by HR's hand a few times a year; kept CACHE_MINUTES.
 * - FRESH: every act (reports, reviews, self-evaluations, minutes, decisions, complaints), the drafts
 *   and the periods' statuses. A stale status would make someone act wrongly (a returned month shown as
 *   submitted, a locked month shown open): never kept in storage, read again at each opening.
 * - anything else (the set-up's list of lists, the journal): not cached at all.
 */
export type ReadKind = 'REFERENCE' | 'FRESH' | 'OTHER';

const REFERENCE_LISTS = [LISTS.units, LISTS.orgSnapshots, LISTS.settings, LISTS.productTypes].map((l) => l.title.toLowerCase());
const FRESH_LISTS = [
  LISTS.periods,
  LISTS.periodScores,
  LISTS.selfEvaluations,
  LISTS.reviews,
  LISTS.meetings,
  LISTS.decisions,
  LISTS.complaints,
  LISTS.drafts,
  LISTS.workItems,
  LISTS.plans
].map((l) => l.title.toLowerCase());

export function kindOfRead(url: string): ReadKind {
  const path = url.split('?')[0].toLowerCase();
  const list = /\/lists\/getbytitle\('([^']*)'\)/.exec(path);
  if (list) {
    const title = decodeURIComponent(list[1]);
    if (REFERENCE_LISTS.indexOf(title) >= 0) return 'REFERENCE';
    return FRESH_LISTS.indexOf(title) >= 0 ? 'FRESH' : 'OTHER';
  }
  if (/\/_api\/web\/currentuser$/.test(path)) return 'REFERENCE';
  if (/\/_api\/web\/(sitegroups\/getbyname\('[^']*'\)|associatedownergroup)\/users$/.test(path)) return 'REFERENCE';
  return 'OTHER';
}

/** SharePoint takes up to 100 operations in one `$batch` (platform.md 2.5): the replay is one request. */
const MAX_REPLAYED = 100;
/** A replayed read is served once, and only to a view opening right after it (not to a later screen). */
const REPLAY_SERVES_WITHIN_MS = 60000;
const FRESH_URLS_KEY = 'fresh-reads';

interface FreshRead {
  url: string;
  at: number;
}

function methodOf(init: RequestInit): string {
  return (init.method || 'GET').toUpperCase();
}

/**
 * The reads of one page (one set of services) through the view cache, as a PnPjs behaviour on the
 * views' SPFI:
 * - a REFERENCE read is answered from the cache when it holds it (no request), else read and kept;
 * - the FRESH reads the user's last opening made (their addresses only, kept with the cache) are read
 *   again together in one `$batch` at this opening's first fresh read, and each view's fresh read is
 *   answered once from that batch: a warm opening is one request, and what it shows is as fresh as a
 *   cold one. A fresh read the last opening did not make is read as usual (and remembered);
 * - any write (an act the page records) forgets what is kept: the next view reads everything again.
 */
export class PageReads {
  private readonly cache: ViewCache;
  private readonly raw: SPFI;
  private readonly now: () => number;
  private replay: Promise<void> | undefined;
  /** The fresh reads of the user's last openings, read again at this opening's first fresh read. */
  private readonly toReplay: string[];
  private replayed: Map<string, { value: unknown; at: number }> = new Map();
  private freshReads: FreshRead[];
  private saveScheduled: boolean = false;
  private requestsSaved: number = 0;

  /** `raw`: the same site without this behaviour, for the replay's own batch. */
  public constructor(cache: ViewCache, raw: SPFI, now: () => number = () => Date.now()) {
    this.cache = cache;
    this.raw = raw;
    this.now = now;
    const kept = cache.get<FreshRead[]>(FRESH_URLS_KEY);
    const oldest = now() - CACHE_MINUTES * 60000;
    this.freshReads = kept && Array.isArray(kept.value) ? kept.value.filter((r) => r && typeof r.url === 'string' && r.at > oldest) : [];
    this.toReplay = this.freshReads.map((r) => r.url).slice(0, MAX_REPLAYED);
  }

  /** Reads answered without a request since the page opened (diagnostics, tests). */
  public get readsServed(): number {
    return this.requestsSaved;
  }

  /** Forgets what is kept for the user (the page recorded an act). */
  public invalidate(): void {
    this.replayed = new Map();
    this.cache.invalidate();
    // The addresses stay: the next opening reads them again together, which is what it should do.
    this.scheduleSave();
  }

  public behaviour(): TimelinePipe<Queryable> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const reads = this;
    return (instance: Queryable) => {
      instance.on.pre(async function (this: IQueryableInternal, url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
        if (result !== undefined) return [url, init, result];
        const method = methodOf(init);
        if (method !== 'GET') {
          // The batch envelope and the digest are not writes; every other POST, MERGE or DELETE is.
          if (!/\/_api\/(\$batch|contextinfo)$/i.test(url.split('?')[0])) {
            reads.invalidate();
            // Again once it is done: a read sent while the write was on its way may have seen the state before it.
            this.on.post(
              noInherit(async function (postUrl: URL, value: unknown): Promise<[URL, unknown]> {
                reads.invalidate();
                return [postUrl, value];
              })
            );
          }
          return [url, init, result];
        }
        const kind = kindOfRead(url);
        if (kind === 'REFERENCE') {
          const kept = reads.cache.get<unknown>(url);
          if (kept) {
            reads.requestsSaved++;
            return [url, init, kept.value];
          }
          const readAt = reads.now();
          const generation = reads.cache.generation;
          this.on.post(
            noInherit(async function (postUrl: URL, value: unknown): Promise<[URL, unknown]> {
              // A read that crossed one of the page's own writes is used once, never kept.
              if (value !== undefined && reads.cache.generation === generation) reads.cache.put(url, value, readAt);
              return [postUrl, value];
            })
          );
          return [url, init, result];
        }
        if (kind === 'FRESH') {
          const value = await reads.fromReplay(url);
          reads.remember(url);
          if (value) {
            reads.requestsSaved++;
            return [url, init, value.value];
          }
        }
        return [url, init, result];
      });
      return instance;
    };
  }

  /** The replayed answer to `url`, once, if this opening's replay read it. */
  private async fromReplay(url: string): Promise<{ value: unknown } | undefined> {
    if (!this.replay && this.toReplay.length > 0) this.replay = this.runReplay(this.toReplay);
    if (this.replay) await this.replay;
    const hit = this.replayed.get(url);
    if (!hit) return undefined;
    this.replayed.delete(url);
    return this.now() - hit.at <= REPLAY_SERVES_WITHIN_MS ? { value: hit.value } : undefined;
  }

  private async runReplay(urls: readonly string[]): Promise<void> {
    const [batched, execute] = this.raw.batched({ maxRequests: MAX_REPLAYED });
    const answers = urls.map((url) =>
      SPQueryable([batched.web, url])<unknown>().then(
        (value) => ({ url, value, ok: true }),
        () => ({ url, value: undefined, ok: false })
      )
    );
    const generation = this.cache.generation;
    try {
      await execute();
    } catch {
      return; // the views read for themselves, as on a cold opening
    }
    // The page wrote meanwhile: these answers may predate its act; the views read for themselves.
    if (this.cache.generation !== generation) return;
    const at = this.now();
    // A read that failed (a list the user may not see answers 404) is read by its view, which knows what it means.
    (await Promise.all(answers)).forEach((a) => {
      if (a.ok) this.replayed.set(a.url, { value: a.value, at });
    });
  }

  private remember(url: string): void {
    const at = this.now();
    this.freshReads = [{ url, at }].concat(this.freshReads.filter((r) => r.url !== url)).slice(0, MAX_REPLAYED);
    this.scheduleSave();
  }

  /** One write to the storage per burst of reads, not one per read. */
  private scheduleSave(): void {
    if (this.saveScheduled) return;
    this.saveScheduled = true;
    setTimeout(() => {
      this.saveScheduled = false;
      this.cache.put(FRESH_URLS_KEY, this.freshReads);
    }, 0);
  }
}
