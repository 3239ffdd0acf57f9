import { DEV_ACCOUNTS, errorOf, graphAs, spAs, startTestIntranet, statusOf } from './support';
import { bulkInsertItems, BulkItem, Intranet } from '../../dev/server';

describe('the list view threshold (configurable, here 20)', () => {
  let intranet: Intranet;
  beforeAll(async () => {
    intranet = await startTestIntranet({ threshold: 20 });
    const owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    await owner.web.lists.add('Lon');
    await owner.web.lists.getByTitle('Lon').fields.addNumber('Nam');
    await owner.web.lists.getByTitle('Lon').fields.addText('DonVi');
    await owner.web.lists.getByTitle('Lon').fields.addText('GhiChu');
    const [batched, execute] = owner.batched();
    const adds: Array<Promise<unknown>> = [];
    for (let i = 0; i < 30; i++) {
      adds.push(batched.web.lists.getByTitle('Lon').items.add({ Title: `p${i}`, Nam: 2025 + (i % 2), DonVi: `U${i % 3}`, GhiChu: 'x' }));
    }
    await execute();
    await Promise.all(adds);
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('fails a filter that does not start with an indexed column, as SharePoint does', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn);
    const e = await errorOf(sp.web.lists.getByTitle('Lon').items.filter("DonVi eq 'U1'")());
    expect(e.status).toBe(500);
    expect(e.code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(e.message).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
  });

  it('answers once the first clause is on an indexed column that narrows below the threshold', async () => {
    const owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    await owner.web.lists.getByTitle('Lon').fields.getByInternalNameOrTitle('DonVi').update({ Indexed: true });
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn);
    const rows = await sp.web.lists.getByTitle('Lon').items.filter("DonVi eq 'U1' and GhiChu eq 'x'").select('Title')();
    expect(rows).toHaveLength(10);
    // not indexed first, even with an indexed second clause: still refused
    expect(await statusOf(sp.web.lists.getByTitle('Lon').items.filter("GhiChu eq 'x' and DonVi eq 'U1'")())).toBe(500);
    // an indexed column that does not narrow enough is refused too
    await owner.web.lists.getByTitle('Lon').fields.getByInternalNameOrTitle('Nam').update({ Indexed: true });
    expect(await statusOf(sp.web.lists.getByTitle('Lon').items.filter('Nam ge 2025')())).toBe(500);
    expect((await sp.web.lists.getByTitle('Lon').items.filter('Nam eq 2026')()).length).toBe(15);
  });

  it('pages a large list without a filter, but refuses ordering on a non-indexed column and a $top above the threshold', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn);
    let n = 0;
    for await (const page of sp.web.lists.getByTitle('Lon').items.select('Id').top(10)) {
      n += (page as unknown[]).length;
    }
    expect(n).toBe(30);
    expect(await statusOf(sp.web.lists.getByTitle('Lon').items.orderBy('GhiChu')())).toBe(500);
    expect((await sp.web.lists.getByTitle('Lon').items.orderBy('DonVi').top(5)()).length).toBe(5);
    expect(await statusOf(sp.web.lists.getByTitle('Lon').items.top(25)())).toBe(500);
  });
});

describe('a 6,000-item list at the default threshold', () => {
  let intranet: Intranet;
  beforeAll(async () => {
    intranet = await startTestIntranet();
    const owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    await owner.web.lists.add('SauNghin');
    const fields = owner.web.lists.getByTitle('SauNghin').fields;
    await fields.addNumber('Thang');
    await fields.addText('MaDonVi', { Indexed: true } as never);
    await fields.getByInternalNameOrTitle('MaDonVi').update({ Indexed: true });
    await fields.addUser('NhanVien');
    const staffId = (await owner.web.ensureUser(DEV_ACCOUNTS.staff.upn)).Id as number;
    const rows: BulkItem[] = Array.from({ length: 6000 }, (_, i) => ({
      values: { Title: `Phiếu ${i}`, Thang: (i % 12) + 1, MaDonVi: `DV${i % 50}`, NhanVienId: i % 100 === 0 ? staffId : null }
    }));
    const t = Date.now();
    bulkInsertItems(intranet.store, 'SauNghin', rows);
    expect(Date.now() - t).toBeLessThan(10000);
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('throttles a non-indexed filter (as in pnpjs issue 3149) and answers an indexed one', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn);
    const list = sp.web.lists.getByTitle('SauNghin');
    expect((await list.select('ItemCount')()).ItemCount).toBe(6000);
    const throttled = await errorOf(list.items.filter('Thang eq 3').top(100)());
    expect(throttled.status).toBe(500);
    expect(throttled.code).toContain('SPQueryThrottledException');
    const t = Date.now();
    const rows = await list.items.filter("MaDonVi eq 'DV7' and Thang ge 6").select('Id', 'Thang')();
    expect(rows.length).toBe(80);
    expect(rows.every((r) => r.Thang >= 6)).toBe(true);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('pages through all 6,000 items with odata.nextLink', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn);
    let total = 0;
    let pages = 0;
    for await (const page of sp.web.lists.getByTitle('SauNghin').items.select('Id').top(2000)) {
      total += (page as unknown[]).length;
      pages++;
    }
    expect(total).toBe(6000);
    expect(pages).toBe(3);
  });
});

describe('fault injection', () => {
  let intranet: Intranet;
  beforeAll(async () => {
    intranet = await startTestIntranet({ faults: { rate: 1, statuses: [429], retryAfter: 0 } });
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('answers 429 with Retry-After, and never faults the /_dev/ endpoints', async () => {
    const e = await errorOf(spAs(intranet, DEV_ACCOUNTS.staff.upn).web());
    expect(e.status).toBe(429);
    expect(e.retryAfter).toBe('0');
    const graphBatch = await graphAs(intranet, DEV_ACCOUNTS.staff.upn).api('/$batch').post({
      requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me/manager' }]
    }) as { responses: Array<{ status: number; headers: Record<string, string> }> };
    // in a Graph batch each request is throttled on its own; the envelope stays 200
    expect(graphBatch.responses.map((r) => r.status)).toEqual([429, 429]);
    expect(graphBatch.responses[0].headers['Retry-After']).toBe('0');
    const dev = await fetch(`${intranet.url}/_dev/accounts`);
    expect(dev.status).toBe(200);
  });

  it('lets PnPjs retries get through at a partial rate, with a reproducible sequence', async () => {
    // seed 5 faults 20 of its first 60 draws, never more than twice in a row: PnPjs's 4 tries always get through
    await fetch(`${intranet.url}/_dev/faults`, { method: 'PUT', body: JSON.stringify({ rate: 0.3, statuses: [429, 503], retryAfter: 0, seed: 5 }) });
    const sp = spAs(intranet, DEV_ACCOUNTS.staff.upn, true);
    for (let i = 0; i < 10; i++) {
      const web = await sp.web.select('Title')();
      expect(web.Title).toBeTruthy();
    }
    const stats = (await (await fetch(`${intranet.url}/_dev/stats`)).json()) as { faults: number; sharepoint: number };
    expect(stats.faults).toBeGreaterThan(0);
    expect(stats.sharepoint).toBeGreaterThan(10);
    await fetch(`${intranet.url}/_dev/faults`, { method: 'PUT', body: JSON.stringify({ rate: 0 }) });
  });
});
