import { bulkInsertItems, BulkItem } from '../../../dev/server';
import { QueryNotIndexedError, readTogether, Versioned } from '../../../src/services/sharepoint/repository';
import { DEV_ACCOUNTS, errorOf, spAs, startTestIntranet } from '../../intranet/support';
import { Act, actRepository, provisionActList, serverStats, setFaults, TestIntranet } from './support';
import { RepositoryEvent } from '../../../src/services/sharepoint/repository';

const TITLE = 'RepoLarge';
const COUNT = 6000;

/** Fixture: 6,000 acts over 60 units, 2 years, 12 months. */
function fixture(i: number): { UnitCode: string; EvalYear: number; Month: number; Note: string } {
  return { UnitCode: `DV${i % 60}`, EvalYear: i % 2 === 0 ? 2025 : 2026, Month: (i % 12) + 1, Note: i % 3 === 0 ? 'x' : 'y' };
}

function expectEachOnce(rows: Array<Versioned<Act>>): void {
  const ids = rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('a list above the real 5,000-item threshold (6,000 items), read through the repository', () => {
  let intranet: TestIntranet;

  beforeAll(async () => {
    intranet = await startTestIntranet(); // the default threshold: 5,000
    await provisionActList(intranet, TITLE);
    const rows: BulkItem[] = Array.from({ length: COUNT }, (_, i) => ({
      values: { Title: `Act ${i}`, ...fixture(i), ActKey: `key-${i}` }
    }));
    bulkInsertItems(intranet.store, TITLE, rows);
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('SharePoint itself refuses a non-indexed filter on this list (the failure the repository prevents)', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn);
    expect((await sp.web.lists.getByTitle(TITLE).select('ItemCount')()).ItemCount).toBe(COUNT);
    const e = await errorOf(sp.web.lists.getByTitle(TITLE).items.filter("Note eq 'x'").top(100)());
    expect(e.status).toBe(500);
    expect(e.code).toContain('SPQueryThrottledException');
  });

  it('filters from an indexed column plus a non-indexed condition: right rows, each once, one request', async () => {
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const before = await serverStats(intranet);
    const rows = await repo.query({ indexedFilter: { field: 'UnitCode', value: 'DV7' }, filter: 'Month ge 6' });
    const after = await serverStats(intranet);
    const expected = Array.from({ length: COUNT }, (_, i) => i).filter((i) => i % 60 === 7 && fixture(i).Month >= 6);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.value.title).sort()).toEqual(expected.map((i) => `Act ${i}`).sort());
    expectEachOnce(rows);
    expect(rows.every((r) => r.value.unitCode === 'DV7' && r.value.month >= 6)).toBe(true);
    expect(rows.every((r) => r.etag === '"1"')).toBe(true);
    expect(after.sharepoint - before.sharepoint).toBe(1);
  });

  it('pages 3,000 rows of one year by $skiptoken: 6 pages of 500, 6 requests, every row exactly once', async () => {
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const before = await serverStats(intranet);
    const sizes: number[] = [];
    const all: Array<Versioned<Act>> = [];
    for await (const page of repo.pages({ indexedFilter: { field: 'EvalYear', value: 2026 }, pageSize: 500 })) {
      sizes.push(page.length);
      all.push(...page);
    }
    const after = await serverStats(intranet);
    expect(sizes).toEqual([500, 500, 500, 500, 500, 500]);
    expect(after.sharepoint - before.sharepoint).toBe(6);
    expect(all).toHaveLength(3000);
    expectEachOnce(all);
    expect(all.every((r) => r.value.year === 2026)).toBe(true);
    // ID order across pages, no gap or overlap at page boundaries
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => a - b));
  });

  it('reads all 6,000 with a scan by ID (no filter, allowed above the threshold): 3 requests of 2,000', async () => {
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const before = await serverStats(intranet);
    const keys = new Set<string>();
    let pages = 0;
    for await (const page of repo.scan({ pageSize: 2000 })) {
      pages++;
      page.forEach((r) => keys.add(r.value.key));
    }
    const after = await serverStats(intranet);
    expect(pages).toBe(3);
    expect(keys.size).toBe(COUNT);
    expect(after.sharepoint - before.sharepoint).toBe(3);
  });

  it('refuses, before any request, a query whose first clause is not on an indexed column', async () => {
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const before = await serverStats(intranet);
    expect(() => repo.pages({ indexedFilter: { field: 'Note', value: 'x' } })).toThrow(QueryNotIndexedError);
    await expect(repo.query({ indexedFilter: { field: 'Month', value: 3 }, filter: "UnitCode eq 'DV1'" })).rejects.toThrow(
      /first clause is on 'Month', which is not an indexed column/
    );
    expect(() => repo.pages({ indexedFilter: { field: 'UnitCode', value: 'DV1' }, pageSize: 5001 })).toThrow(/pageSize/);
    const after = await serverStats(intranet);
    expect(after.sharepoint - before.sharepoint).toBe(0);
  });

  it('reads 45 items by id in one $batch, split by PnPjs into 3 HTTP requests of at most 20 parts', async () => {
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const ids = Array.from({ length: 45 }, (_, i) => 1 + i * 131);
    await repo.getMany([1]); // the request digest of the batch POST is fetched once per site: not counted below
    const before = await serverStats(intranet);
    const rows = await repo.getMany([...ids, 999999]);
    const after = await serverStats(intranet);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.every((r) => r.etag === '"1"' && r.value.key === `key-${r.id - 1}`)).toBe(true);
    expect(after.batchParts - before.batchParts).toBe(46);
    expect(after.sharepoint - before.sharepoint).toBe(3);
  });

  it('readTogether: a screen’s reads of three kinds in one HTTP request', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn);
    const before = await serverStats(intranet);
    const [list, first, unitRows] = await readTogether<[{ ItemCount: number }, { Title: string }, Array<{ Id: number }>]>(sp, (b) => [
      b.web.lists.getByTitle(TITLE).select('ItemCount')(),
      b.web.lists.getByTitle(TITLE).items.getById(2).select('Title')(),
      b.web.lists.getByTitle(TITLE).items.filter("UnitCode eq 'DV3'").select('Id').top(500)()
    ]);
    const after = await serverStats(intranet);
    expect(list.ItemCount).toBe(COUNT);
    expect(first.Title).toBe('Act 1');
    expect(unitRows).toHaveLength(100);
    expect(after.sharepoint - before.sharepoint).toBe(1);
  });

  it('with 20 % of requests answered 429/503, a paged read asks again for the failed page only: every row once', async () => {
    const events: RepositoryEvent[] = [];
    // plain BrowserFetch (no PnPjs retry): the repository's own page retry is what is measured
    const repo = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE, events);
    await setFaults(intranet, { rate: 0.2, statuses: [429, 503], retryAfter: 0, seed: 11 });
    try {
      const before = await serverStats(intranet);
      const rows = await repo.query({ indexedFilter: { field: 'EvalYear', value: 2025 }, pageSize: 250 });
      const many = await repo.getMany(Array.from({ length: 100 }, (_, i) => 2 + i * 59));
      const after = await serverStats(intranet);
      expect(rows).toHaveLength(3000);
      expectEachOnce(rows);
      expect(rows.every((r) => r.value.year === 2025)).toBe(true);
      expect(many).toHaveLength(100);
      const faults = after.faults - before.faults;
      expect(faults).toBeGreaterThan(0);
      // 12 pages + 5 HTTP batches of 20, plus one request per injected fault, nothing more
      expect(after.sharepoint - before.sharepoint).toBe(12 + 5 + faults);
      expect(events.filter((e) => e.kind === 'retry')).toHaveLength(faults);
    } finally {
      await setFaults(intranet, { rate: 0 });
    }
  });
});
