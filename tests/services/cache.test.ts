import { kindOfRead } from '../../src/services/cache/pageReads';
import { MapStorage } from '../../src/services/cache/storage';
import { CACHE_MINUTES, ViewCache } from '../../src/services/cache/viewCache';

/**
 * The view cache (issue 13: "cache what a view read for 15 minutes as Microsoft's guidance says";
 * platform.md 6.2: at least 15 minutes): per user, bounded, forgetting on every write.
 */
describe('the view cache', () => {
  const SITE = 'https://contoso.sharepoint.com/sites/danhgia/_api/web';
  const UNITS = "https://contoso.sharepoint.com/sites/danhgia/_api/web/lists/getByTitle('DGCC_Units')/items?$select=Id";
  let clock: number;
  const now = (): number => clock;
  const cacheOf = (storage: MapStorage, login: string, options: Partial<ConstructorParameters<typeof ViewCache>[0]> = {}): ViewCache =>
    new ViewCache({ storage, site: SITE, login, now, ...options });

  beforeEach(() => {
    clock = Date.UTC(2026, 10, 28, 2, 0, 0);
  });

  it('serves what was read for 15 minutes, not a moment longer', () => {
    expect(CACHE_MINUTES).toBe(15);
    const cache = cacheOf(new MapStorage(), 'nguyen.van.an@vhttdl.local');
    cache.put(UNITS, [{ UnitCode: 'DSVH' }]);
    clock += 15 * 60000 - 1;
    expect(cache.get(UNITS)).toEqual({ value: [{ UnitCode: 'DSVH' }], at: clock - (15 * 60000 - 1) });
    clock += 1;
    expect(cache.get(UNITS)).toBeUndefined();
  });

  it('keys every entry by the user: another user on the same storage reads nothing of it, and the first user’s entries are removed', () => {
    const storage = new MapStorage();
    cacheOf(storage, 'Nguyen.Van.An@vhttdl.local').put(UNITS, ['an’s rows']);
    expect(cacheOf(storage, 'nguyen.van.an@vhttdl.local').get(UNITS)).toEqual({ value: ['an’s rows'], at: clock });
    const minh = cacheOf(storage, 'vu.duc.minh@vhttdl.local');
    expect(minh.get(UNITS)).toBeUndefined();
    // The other user's entries are gone from the storage, not only unread.
    const keys = Array.from({ length: storage.length }, (_v, i) => storage.key(i) || '');
    expect(keys.filter((k) => k.indexOf('nguyen.van.an') >= 0)).toEqual([]);
    expect(cacheOf(storage, 'nguyen.van.an@vhttdl.local').get(UNITS)).toBeUndefined();
  });

  it('keeps the sites apart (a Teams tab’s site and the evaluation site)', () => {
    const storage = new MapStorage();
    cacheOf(storage, 'an@x').put(UNITS, 1);
    expect(cacheOf(storage, 'an@x', { site: 'https://contoso.sharepoint.com/sites/other/_api/web' }).get(UNITS)).toBeUndefined();
  });

  it('forgets everything of the user on invalidate (the page recorded an act)', () => {
    const storage = new MapStorage();
    const cache = cacheOf(storage, 'an@x');
    cache.put(UNITS, 1);
    cache.put('view:dashboard:2026:', { units: [] });
    cache.invalidate();
    expect(cache.get(UNITS)).toBeUndefined();
    expect(cache.get('view:dashboard:2026:')).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('ignores an entry that does not parse, or that another key wrote under the same short name', () => {
    const storage = new MapStorage();
    const cache = cacheOf(storage, 'an@x');
    cache.put(UNITS, 1);
    const key = storage.key(0) || '';
    storage.setItem(key, '{"key":"');
    expect(cache.get(UNITS)).toBeUndefined();
    expect(storage.getItem(key)).toBeNull();
    storage.setItem(key, JSON.stringify({ key: 'another url', at: clock, value: 2 }));
    expect(cache.get(UNITS)).toBeUndefined();
  });

  it('bounds its size: an entry too large is not kept, and the oldest go first when the user’s share is full', () => {
    const storage = new MapStorage();
    const cache = cacheOf(storage, 'an@x', { maxEntryChars: 500, maxUserChars: 1000 });
    cache.put('big', 'x'.repeat(600));
    expect(cache.get('big')).toBeUndefined();
    cache.put('first', 'a'.repeat(300));
    clock += 1000;
    cache.put('second', 'b'.repeat(300));
    clock += 1000;
    cache.put('third', 'c'.repeat(300));
    expect(cache.get('first')).toBeUndefined();
    expect(cache.get<string>('second')?.value).toBe('b'.repeat(300));
    expect(cache.get<string>('third')?.value).toBe('c'.repeat(300));
  });

  it('a full storage only means nothing is kept', () => {
    const storage = new MapStorage(200);
    const cache = cacheOf(storage, 'an@x');
    expect(() => cache.put(UNITS, 'x'.repeat(400))).not.toThrow();
    expect(cache.get(UNITS)).toBeUndefined();
  });

  it('remembers a view’s result with when it was read, and reads again when asked to refresh', async () => {
    const cache = cacheOf(new MapStorage(), 'an@x');
    let reads = 0;
    const read = (): Promise<number> => Promise.resolve(++reads);
    const first = await cache.remember('view:dashboard:2026:', read);
    clock += 60000;
    const second = await cache.remember('view:dashboard:2026:', read);
    expect(second).toEqual({ value: 1, readAt: first.readAt, fromCache: true });
    const refreshed = await cache.remember('view:dashboard:2026:', read, true);
    expect(refreshed).toEqual({ value: 2, readAt: clock, fromCache: false });
  });

  it('does not keep a view read across one of the page’s own writes: it is shown once, and the next opening reads again', async () => {
    const cache = cacheOf(new MapStorage(), 'an@x');
    let reads = 0;
    let answer: (n: number) => void = () => undefined;
    // The dashboard is still loading when the page records an act (another web part of the page).
    const loading = cache.remember('view:dashboard:2026:', () => new Promise<number>((resolve) => (answer = resolve)));
    cache.invalidate();
    answer(++reads);
    expect(await loading).toEqual({ value: 1, readAt: clock, fromCache: false });
    const next = await cache.remember('view:dashboard:2026:', () => Promise.resolve(++reads));
    expect(next).toEqual({ value: 2, readAt: clock, fromCache: false });
  });

  it('keeps the organisation, settings and catalogue; reads acts, drafts and periods again; leaves the rest alone', () => {
    const api = 'https://contoso.sharepoint.com/sites/danhgia/_api/web';
    const list = (title: string): string => `${api}/lists/getByTitle('${title}')/items?$select=Id&$filter=EvalYear eq 2026`;
    ['DGCC_Units', 'DGCC_OrgSnapshots', 'DGCC_Settings', 'DGCC_ProductTypes'].forEach((t) => expect(kindOfRead(list(t))).toBe('REFERENCE'));
    expect(kindOfRead(`${api}/currentUser?$select=UserPrincipalName`)).toBe('REFERENCE');
    expect(kindOfRead(`${api}/siteGroups/getByName('DGCC%20V%E1%BB%A5')/users?$select=Email`)).toBe('REFERENCE');
    expect(kindOfRead(`${api}/associatedOwnerGroup/users?$select=Email`)).toBe('REFERENCE');
    ['DGCC_Periods', 'DGCC_PeriodScores', 'DGCC_Reviews', 'DGCC_SelfEvaluations', 'DGCC_Meetings', 'DGCC_Decisions', 'DGCC_Complaints', 'DGCC_Drafts'].forEach((t) =>
      expect(kindOfRead(list(t))).toBe('FRESH')
    );
    expect(kindOfRead(`${api}/lists/getByTitle('DGCC_Periods')/items(13)?$select=Id`)).toBe('FRESH');
    expect(kindOfRead(list('DGCC_AdminLog'))).toBe('OTHER');
    expect(kindOfRead(`${api}/lists?$select=Title`)).toBe('OTHER');
  });
});
