import { RepositoryEvent, WriteNotConfirmedError } from '../../../src/services/sharepoint/repository';
import { DEV_ACCOUNTS, spAs, startTestIntranet } from '../../intranet/support';
import { actRepository, ActFields, allKeys, LoseAddAnswers, provisionActList, serverStats, setFaults, TestIntranet } from './support';

function count<T>(values: T[]): Map<T, number> {
  const m = new Map<T, number>();
  values.forEach((v) => m.set(v, (m.get(v) ?? 0) + 1));
  return m;
}

describe('writes under throttling: 20 % of requests answered 429/503 with Retry-After', () => {
  let intranet: TestIntranet;

  beforeAll(async () => {
    intranet = await startTestIntranet();
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('a bulk write of 2,000 items completes with every item written exactly once', async () => {
    const title = 'RepoBulk';
    await provisionActList(intranet, title);
    const keys = Array.from({ length: 2000 }, (_, i) => `bulk-${i}`);
    const fields: Array<Partial<ActFields>> = keys.map((k, i) => ({ Title: `Act ${i}`, UnitCode: `DV${i % 20}`, EvalYear: 2026, Month: (i % 12) + 1, ActKey: k }));
    const events: RepositoryEvent[] = [];
    // the product's PnPjs set-up: BrowserFetchWithRetry for reads (here with 4 tries, as forSite.ts)
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn, true), title, events);
    // and 1 add answer in 100 lost after the server applied it (as a dropped connection would)
    const lossy = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn, true).using(LoseAddAnswers((n) => n % 100 === 50)), title, events);

    await setFaults(intranet, { rate: 0.2, statuses: [429, 503], retryAfter: 0, seed: 20 });
    const before = await serverStats(intranet);
    const started = Date.now();
    const [a, b] = await Promise.all([repo.addMany(fields.slice(0, 1000), 4), lossy.addMany(fields.slice(1000), 4)]);
    const elapsed = Date.now() - started;
    const after = await serverStats(intranet);
    await setFaults(intranet, { rate: 0 });

    const written = [...a, ...b];
    expect(written).toHaveLength(2000);
    expect(written.map((r) => r.value.key)).toEqual(keys);
    expect(new Set(written.map((r) => r.id)).size).toBe(2000);

    // on the server: every key once, none missing, nothing else
    const stored = count(await allKeys(intranet, title));
    expect(stored.size).toBe(2000);
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    expect(keys.every((k) => stored.get(k) === 1)).toBe(true);

    const faults = after.faults - before.faults;
    const requests = after.sharepoint - before.sharepoint;
    const retries = events.filter((e) => e.kind === 'retry');
    const lookups = events.filter((e) => e.kind === 'keyLookup');
    // roughly a fifth of the requests were refused, and every refused write was retried after Retry-After
    expect(faults / requests).toBeGreaterThan(0.15);
    expect(faults / requests).toBeLessThan(0.25);
    expect(retries.length).toBeGreaterThan(300);
    // throttled attempts waited Retry-After (0 s here); the lost answers (no status) a short back-off
    expect(retries.every((e) => e.kind === 'retry' && (e.status === undefined || ((e.status === 429 || e.status === 503) && e.waitMs === 0)))).toBe(true);
    // the 10 lost answers were found by their key, not added again
    expect(lookups.filter((e) => e.kind === 'keyLookup' && e.found)).toHaveLength(10);
    expect(elapsed).toBeLessThan(60000);
    const mostAttempts = 1 + Math.max(...retries.map((e) => (e.kind === 'retry' && e.operation === 'add' ? e.attempt : 0)));
    // eslint-disable-next-line no-console
    console.log(`2,000 adds: ${requests} requests, ${faults} injected 429/503, ${retries.length} retries, ` +
      `${lookups.length} key look-ups, at most ${mostAttempts} attempts for one add, ${elapsed} ms`);
  }, 120000);

  it('waits what Retry-After says before sending a throttled write again', async () => {
    const title = 'RepoRetryAfter';
    await provisionActList(intranet, title);
    const events: RepositoryEvent[] = [];
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), title, events);
    await setFaults(intranet, { rate: 0.5, statuses: [429, 503], retryAfter: 1, seed: 3 });
    const started = Date.now();
    for (let i = 0; i < 3; i++) {
      await repo.add({ Title: `r${i}`, UnitCode: 'DV1', EvalYear: 2026 });
    }
    const elapsed = Date.now() - started;
    await setFaults(intranet, { rate: 0 });
    const retries = events.filter((e) => e.kind === 'retry');
    expect(retries.length).toBeGreaterThan(0);
    expect(retries.every((e) => e.kind === 'retry' && e.waitMs === 1000)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(1000 * retries.length - 50);
    expect(count(await allKeys(intranet, title)).size).toBe(3);
  }, 60000);
});

describe('an add whose answer is lost after the server applied it', () => {
  let intranet: TestIntranet;

  beforeAll(async () => {
    intranet = await startTestIntranet();
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('is found by its idempotency key and not added twice', async () => {
    const title = 'RepoLost';
    await provisionActList(intranet, title);
    const events: RepositoryEvent[] = [];
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn).using(LoseAddAnswers((n) => n === 1)), title, events);
    const added = await repo.add({ Title: 'Tự đánh giá', UnitCode: 'DV2', EvalYear: 2026, Month: 5 });
    expect(added.value.title).toBe('Tự đánh giá');
    expect(added.etag).toBe('"1"');
    expect(events).toEqual([{ kind: 'retry', operation: 'add', attempt: 1, status: undefined, waitMs: expect.any(Number) }, { kind: 'keyLookup', idempotencyKey: added.value.key, found: true }]);
    expect(await allKeys(intranet, title)).toEqual([added.value.key]);
  });

  it('what the repository prevents: sending the same add again after a lost answer stores it twice', async () => {
    const title = 'RepoNaive';
    await provisionActList(intranet, title);
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn).using(LoseAddAnswers((n) => n === 1));
    const naiveAdd = (): Promise<unknown> => sp.web.lists.getByTitle(title).items.add({ Title: 'Tự đánh giá', ActKey: 'k-1' });
    await naiveAdd().catch(() => naiveAdd());
    expect(await allKeys(intranet, title)).toEqual(['k-1', 'k-1']);
  });

  it('PnPjs’s BrowserFetchWithRetry sends a POST again after a network error: the repository’s writes do not use it', async () => {
    const title = 'RepoTransport';
    await provisionActList(intranet, title);
    const realFetch = globalThis.fetch;
    let dropped = 0;
    // the connection drops after the server answered the first add: at the transport, below PnPjs
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input: string | URL | Request, init?: RequestInit) => {
      const response = await realFetch(input, init);
      if (dropped === 0 && init?.method === 'POST' && /\/items$/i.test(String(input))) {
        dropped++;
        await response.arrayBuffer();
        throw new TypeError('fetch failed');
      }
      return response;
    });
    try {
      const retrying = spAs(intranet, DEV_ACCOUNTS.staff.upn, true);
      await retrying.web.lists.getByTitle(title).items.add({ Title: 'plain PnPjs', ActKey: 'plain' });
      dropped = 0;
      const events: RepositoryEvent[] = [];
      const added = await actRepository(retrying, title, events).add({ Title: 'repository', ActKey: 'repo' });
      expect(added.value.key).toBe('repo');
      expect(events.filter((e) => e.kind === 'keyLookup')).toEqual([{ kind: 'keyLookup', idempotencyKey: 'repo', found: true }]);
    } finally {
      spy.mockRestore();
    }
    const stored = count(await allKeys(intranet, title));
    expect(stored.get('plain')).toBe(2); // PnPjs's own retry duplicated it
    expect(stored.get('repo')).toBe(1);
  });

  it('an update whose answer is lost is recognised as applied when tried again (no false conflict)', async () => {
    const title = 'RepoLostUpdate';
    await provisionActList(intranet, title);
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), title);
    const added = await repo.add({ Title: 'a', UnitCode: 'DV1', EvalYear: 2026, Score: 10 });
    const realFetch = globalThis.fetch;
    let dropped = 0;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input: string | URL | Request, init?: RequestInit) => {
      const response = await realFetch(input, init);
      const method = (init?.headers as Record<string, string> | undefined)?.['X-HTTP-Method'];
      if (dropped === 0 && method === 'MERGE') {
        dropped++;
        throw new TypeError('fetch failed');
      }
      return response;
    });
    try {
      const saved = await repo.update(added.id, { Score: 11 }, added.etag);
      expect(saved.etag).toBe('"2"');
    } finally {
      spy.mockRestore();
    }
    expect(dropped).toBe(1);
    const now = await repo.get(added.id);
    expect(now?.etag).toBe('"2"');
    expect(now?.value.score).toBe(11);
  });

  it('an add that stays unconfirmed and is not on the server is reported as such, with its key, for a later retry', async () => {
    const title = 'RepoUnconfirmed';
    await provisionActList(intranet, title);
    const realFetch = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input: string | URL | Request, init?: RequestInit) => {
      if (init?.method === 'POST' && /\/items$/i.test(String(input))) {
        throw new TypeError('fetch failed');
      }
      return realFetch(input, init);
    });
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), title, [], { maxAttempts: 3, baseDelayMs: 1 });
    let error: unknown;
    try {
      await repo.add({ Title: 'x', ActKey: 'never' });
    } catch (e) {
      error = e;
    } finally {
      spy.mockRestore();
    }
    expect(error).toBeInstanceOf(WriteNotConfirmedError);
    expect((error as WriteNotConfirmedError).idempotencyKey).toBe('never');
    expect(await allKeys(intranet, title)).toEqual([]);
  });

  it('a write SharePoint rejects for its content fails at once with SharePoint’s own error, nothing stored', async () => {
    const title = 'RepoInvalid';
    await provisionActList(intranet, title);
    const events: RepositoryEvent[] = [];
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), title, events);
    const error = await repo.add({ Title: 'x', Score: 'not a number' as unknown as number }).then(() => undefined, (e: unknown) => e);
    expect(error).not.toBeInstanceOf(WriteNotConfirmedError);
    expect([400, 500]).toContain((error as { status?: number }).status);
    expect(events.filter((e) => e.kind === 'retry')).toEqual([]);
    expect(await allKeys(intranet, title)).toEqual([]);
  });
});
