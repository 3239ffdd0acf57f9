import type { CacheStorage } from './storage';

/** Microsoft's page guidance: cache what a page reads for at least 15 minutes (platform.md 6.2). */
export const CACHE_MINUTES = 15;
const PREFIX = 'dgcc.cache.v1';
/** One entry: a snapshot of a 2,000-person ministry read whole is about 2.4 million characters. */
const MAX_ENTRY_CHARS = 3000000;
/** One user's entries together: a browser gives an origin about 5 million characters of sessionStorage. */
const MAX_USER_CHARS = 4000000;

export interface ViewCacheOptions {
  storage: CacheStorage;
  /** The evaluation site: a Teams tab and the page of another site keep apart. */
  site: string;
  /** Whose cache this is: every entry is keyed by it, and nobody else's entries are ever read. */
  login: string;
  /** Milliseconds since the epoch (injected by tests). */
  now?: () => number;
  maxAgeMs?: number;
  maxEntryChars?: number;
  maxUserChars?: number;
}

interface StoredEntry {
  /** The entry's own key, kept to tell a collision of the short storage key apart. */
  key: string;
  /** When the value was read (ms). */
  at: number;
  value: unknown;
}

export interface CachedValue<T> {
  value: T;
  /** When it was read from the site (ms since the epoch). */
  at: number;
}

/** A short, stable name for a long key (a request's URL). */
function hashOf(text: string): string {
  let h1 = 5381;
  let h2 = 52711;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = (h1 * 33) ^ c;
    h2 = (h2 * 31) ^ c;
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}

/**
 * What a view read, kept CACHE_MINUTES per user in the tab's storage. Keys carry the site and the
 * user's login; on creation the entries of any other user on the same storage are removed (a shared
 * tab on the local page, a browser lent to a colleague), so one user never reads another's. An entry
 * that does not parse, or is older than CACHE_MINUTES, is ignored and removed. Size is bounded per
 * entry and per user: the oldest entries go first, and a full storage just means no caching.
 */
export class ViewCache {
  public readonly login: string;
  private readonly storage: CacheStorage;
  private readonly prefix: string;
  private readonly now: () => number;
  private readonly maxAgeMs: number;
  private readonly maxEntryChars: number;
  private readonly maxUserChars: number;
  private forgotten: number = 0;

  public constructor(options: ViewCacheOptions) {
    this.storage = options.storage;
    this.login = options.login.trim().toLowerCase();
    this.prefix = `${PREFIX}|${encodeURIComponent(options.site.toLowerCase())}|${encodeURIComponent(this.login)}|`;
    this.now = options.now || (() => Date.now());
    this.maxAgeMs = options.maxAgeMs !== undefined ? options.maxAgeMs : CACHE_MINUTES * 60000;
    this.maxEntryChars = options.maxEntryChars || MAX_ENTRY_CHARS;
    this.maxUserChars = options.maxUserChars || MAX_USER_CHARS;
    this.removeOthersAndExpired();
  }

  /** The value kept under `key` if it was read less than CACHE_MINUTES ago. */
  public get<T>(key: string): CachedValue<T> | undefined {
    const storageKey = this.storageKeyOf(key);
    const entry = this.readEntry(storageKey);
    if (!entry || entry.key !== key) return undefined;
    if (!this.fresh(entry.at)) {
      this.remove(storageKey);
      return undefined;
    }
    return { value: entry.value as T, at: entry.at };
  }

  /** Keeps `value` (read now, or at `at`). Too large, or no room left: not kept, and nothing else breaks. */
  public put(key: string, value: unknown, at: number = this.now()): void {
    const storageKey = this.storageKeyOf(key);
    let text: string;
    try {
      text = JSON.stringify({ key, at, value } as StoredEntry);
    } catch {
      return;
    }
    if (text.length > this.maxEntryChars) {
      this.remove(storageKey);
      return;
    }
    this.makeRoom(text.length + storageKey.length, storageKey);
    try {
      this.storage.setItem(storageKey, text);
    } catch {
      // Full (QuotaExceededError) or refused: drop this user's oldest entries once and try again.
      this.evictOldest(Math.ceil(this.ownKeys().length / 2), storageKey);
      try {
        this.storage.setItem(storageKey, text);
      } catch {
        this.remove(storageKey);
      }
    }
  }

  public delete(key: string): void {
    this.remove(this.storageKeyOf(key));
  }

  /**
   * How many times the page forgot what it kept: a read that began before a write must not be kept after it
   * (it may hold the state before the page's own act), so it compares this before keeping what it read.
   */
  public get generation(): number {
    return this.forgotten;
  }

  /** Forgets everything kept for this user: the page recorded an act, so what it read may have changed. */
  public invalidate(): void {
    this.forgotten++;
    this.ownKeys().forEach((k) => this.remove(k));
  }

  /**
   * A view's result kept CACHE_MINUTES: `compute` runs when nothing fresh is kept or the reader asks
   * to refresh. Says when what is shown was read, for the view to tell the reader.
   */
  public async remember<T>(key: string, compute: () => Promise<T>, refresh: boolean = false): Promise<{ value: T; readAt: number; fromCache: boolean }> {
    if (!refresh) {
      const kept = this.get<T>(key);
      if (kept) return { value: kept.value, readAt: kept.at, fromCache: true };
    }
    const readAt = this.now();
    const before = this.forgotten;
    const value = await compute();
    // Read across one of the page's own writes: shown once, never kept.
    if (this.forgotten === before) this.put(key, value, readAt);
    return { value, readAt, fromCache: false };
  }

  private fresh(at: number): boolean {
    const age = this.now() - at;
    return age >= 0 && age < this.maxAgeMs;
  }

  private storageKeyOf(key: string): string {
    return this.prefix + hashOf(key);
  }

  private readEntry(storageKey: string): StoredEntry | undefined {
    let text: string | null; // eslint-disable-line @rushstack/no-new-null
    try {
      text = this.storage.getItem(storageKey);
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    try {
      const entry = JSON.parse(text) as StoredEntry;
      if (entry && typeof entry === 'object' && typeof entry.key === 'string' && typeof entry.at === 'number' && 'value' in entry) return entry;
    } catch {
      // not ours, or cut short: ignored below
    }
    this.remove(storageKey);
    return undefined;
  }

  private ownKeys(): string[] {
    return this.allKeys().filter((k) => k.indexOf(this.prefix) === 0);
  }

  private allKeys(): string[] {
    const keys: string[] = [];
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const k = this.storage.key(i);
        if (k !== null && k.indexOf(`${PREFIX}|`) === 0) keys.push(k);
      }
    } catch {
      // a storage that cannot be listed holds nothing we can use
    }
    return keys;
  }

  private removeOthersAndExpired(): void {
    this.allKeys().forEach((k) => {
      if (k.indexOf(this.prefix) !== 0) this.remove(k);
      else {
        const entry = this.readEntry(k);
        if (entry && !this.fresh(entry.at)) this.remove(k);
      }
    });
  }

  /** Oldest first, this user's entries go until `needed` more characters fit within the user's bound. */
  private makeRoom(needed: number, replacing: string): void {
    const sizes = this.ownKeys()
      .filter((k) => k !== replacing)
      .map((k) => ({ k, text: this.safeGet(k) }))
      .map(({ k, text }) => ({ k, size: k.length + text.length, at: this.atOf(text) }))
      .sort((a, b) => a.at - b.at);
    let total = sizes.reduce((n, s) => n + s.size, 0);
    for (const s of sizes) {
      if (total + needed <= this.maxUserChars) break;
      this.remove(s.k);
      total -= s.size;
    }
  }

  private evictOldest(count: number, keep: string): void {
    this.ownKeys()
      .filter((k) => k !== keep)
      .map((k) => ({ k, at: this.atOf(this.safeGet(k)) }))
      .sort((a, b) => a.at - b.at)
      .slice(0, Math.max(1, count))
      .forEach(({ k }) => this.remove(k));
  }

  private atOf(text: string): number {
    const match = /"at":(\d+)/.exec(text);
    return match ? Number(match[1]) : 0;
  }

  private safeGet(key: string): string {
    try {
      return this.storage.getItem(key) || '';
    } catch {
      return '';
    }
  }

  private remove(storageKey: string): void {
    try {
      this.storage.removeItem(storageKey);
    } catch {
      // nothing to do: the entry will be ignored when it is too old
    }
  }
}
