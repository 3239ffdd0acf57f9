/**
 * The part of the Web Storage API the view cache uses: the browser's sessionStorage in a page, a
 * Map-backed store in Node (tests, benchmarks).
 */
export interface CacheStorage {
  readonly length: number;
  key(index: number): string | null; // eslint-disable-line @rushstack/no-new-null -- Web Storage's own signature
  getItem(key: string): string | null; // eslint-disable-line @rushstack/no-new-null
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage kept in memory: what Node has instead of sessionStorage. Optionally bounded like a browser's. */
export class MapStorage implements CacheStorage {
  private readonly items: Map<string, string> = new Map();
  private readonly maxChars: number;

  /** `maxChars`: total characters of keys and values before setItem throws, as a full browser storage does. */
  public constructor(maxChars: number = Infinity) {
    this.maxChars = maxChars;
  }

  public get length(): number {
    return this.items.size;
  }

  public key(index: number): string | null { // eslint-disable-line @rushstack/no-new-null
    const keys = Array.from(this.items.keys());
    return index >= 0 && index < keys.length ? keys[index] : null;
  }

  public getItem(key: string): string | null { // eslint-disable-line @rushstack/no-new-null
    const value = this.items.get(key);
    return value === undefined ? null : value;
  }

  public setItem(key: string, value: string): void {
    const previous = this.items.get(key);
    const used = this.usedChars() - (previous === undefined ? 0 : key.length + previous.length);
    if (used + key.length + value.length > this.maxChars) {
      const error = new Error('The storage is full');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, value);
  }

  public removeItem(key: string): void {
    this.items.delete(key);
  }

  private usedChars(): number {
    let total = 0;
    this.items.forEach((value, key) => (total += key.length + value.length));
    return total;
  }
}

/**
 * The tab's sessionStorage when there is one and it works (a browser may refuse it, e.g. with storage
 * blocked): cleared when the tab closes and never shared with another tab.
 */
export function sessionStorageIfAny(): CacheStorage | undefined {
  try {
    if (typeof window === 'undefined' || !window.sessionStorage) return undefined;
    const probe = '__dgcc_probe__';
    window.sessionStorage.setItem(probe, '1');
    window.sessionStorage.removeItem(probe);
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
