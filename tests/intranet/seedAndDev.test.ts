import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { DEV_ACCOUNTS, spAs, startTestIntranet } from './support';
import { Intranet, startIntranet, WELL_KNOWN_ACCOUNTS } from '../../dev/server';

interface DevUser {
  upn: string;
  displayName: string;
  role: string;
  department: string;
  jobTitle: string;
  managerUpn?: string;
  wellKnown: boolean;
}

describe('the sample ministry', () => {
  let intranet: Intranet;
  let users: DevUser[];
  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300, pageDir: path.join(os.tmpdir(), 'intranet-no-page-here') });
    users = (await (await fetch(`${intranet.url}/_dev/users`)).json()) as DevUser[];
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('has about 300 people with correctly written (NFC) Vietnamese names and ASCII UPNs', () => {
    expect(users.length).toBe(300);
    for (const u of users) {
      expect(u.displayName).toBe(u.displayName.normalize('NFC'));
      expect(u.upn).toMatch(/^[a-z0-9.]+@vhttdl\.local$/);
    }
    expect(new Set(users.map((u) => u.upn)).size).toBe(300);
    expect(users.some((u) => /[ăâđêôơư]/i.test(u.displayName))).toBe(true);
  });

  it('uses the real unit names and gives everyone but the Bộ trưởng and the site owner a manager', () => {
    const departments = new Set(users.map((u) => u.department));
    for (const unit of ['Văn phòng Bộ', 'Thanh tra Bộ', 'Vụ Tổ chức cán bộ', 'Vụ Kế hoạch, Tài chính', 'Cục Di sản văn hóa', 'Cục Du lịch Quốc gia Việt Nam']) {
      expect(departments).toContain(unit);
    }
    const byUpn = new Map(users.map((u) => [u.upn, u]));
    const withoutManager = users.filter((u) => !u.managerUpn).map((u) => u.jobTitle);
    expect(withoutManager.sort()).toEqual(['Bộ trưởng', 'Quản trị hệ thống']);
    for (const u of users) {
      if (u.managerUpn) {
        expect(byUpn.has(u.managerUpn)).toBe(true);
      }
    }
    // every chain ends at the Bộ trưởng, through a Thứ trưởng or directly
    for (const u of users.filter((x) => x.role === 'staff')) {
      let cur: DevUser | undefined = u;
      let depth = 0;
      while (cur && cur.managerUpn && depth < 10) {
        cur = byUpn.get(cur.managerUpn);
        depth++;
      }
      expect(cur?.jobTitle).toBe('Bộ trưởng');
    }
    expect(users.filter((u) => u.role === 'hr').every((u) => u.department === 'Vụ Tổ chức cán bộ')).toBe(true);
  });

  it('has the well-known account of each role first, where the README says', async () => {
    const accounts = (await (await fetch(`${intranet.url}/_dev/accounts`)).json()) as Array<{ role: string; upn: string }>;
    expect(accounts.map((a) => a.role)).toEqual(['staff', 'manager', 'unitHead', 'leader', 'hr', 'siteOwner']);
    expect(users.slice(0, 6).every((u) => u.wellKnown)).toBe(true);
    for (const a of WELL_KNOWN_ACCOUNTS) {
      const u = users.find((x) => x.upn === a.upn);
      expect(u).toEqual(expect.objectContaining({ displayName: a.displayName, role: a.role, department: a.department }));
    }
    expect(users.find((u) => u.upn === DEV_ACCOUNTS.staff.upn)?.managerUpn).toBe(DEV_ACCOUNTS.manager.upn);
    expect(users.find((u) => u.upn === DEV_ACCOUNTS.manager.upn)?.managerUpn).toBe(DEV_ACCOUNTS.unitHead.upn);
    expect(users.find((u) => u.upn === DEV_ACCOUNTS.unitHead.upn)?.managerUpn).toBe(DEV_ACCOUNTS.leader.upn);
    const managers = (await (await fetch(`${intranet.url}/_dev/users?role=manager`)).json()) as DevUser[];
    expect(managers.every((u) => u.role === 'manager')).toBe(true);
  });

  it('makes the site owner a site collection admin and everyone else a reader of the site', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.leader.upn);
    const perms = await sp.web.getCurrentUserEffectivePermissions();
    expect(sp.web.hasPermissions(perms, 1)).toBe(true);
    expect(sp.web.hasPermissions(perms, 2)).toBe(false);
    const ownerPerms = await spAs(intranet, DEV_ACCOUNTS.siteOwner.upn).web.getCurrentUserEffectivePermissions();
    // (PnPjs's own FullMask test expects Low 65535 and fails on SharePoint's real Full Control mask too)
    expect(sp.web.hasPermissions(ownerPerms, 26 /* ManagePermissions */)).toBe(true);
    expect(sp.web.hasPermissions(ownerPerms, 31 /* ManageWeb */)).toBe(true);
  });

  it('serves the info, a helpful page when the page is not built, and nothing outside loopback', async () => {
    const info = (await (await fetch(`${intranet.url}/_dev/info`)).json()) as { siteUrl: string; staff: number; threshold: number };
    expect(info).toEqual(expect.objectContaining({ siteUrl: intranet.siteUrl, staff: 300, threshold: 5000 }));
    const page = await fetch(`${intranet.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/_dev/accounts');
    await expect(startIntranet({ host: '0.0.0.0', port: 0, dataDir: intranet.store.file })).rejects.toThrow(/loopback/);
  });
});

describe('persistence, scale and the built page', () => {
  it('keeps data between starts, reseeds on reset, and seeds a larger ministry on request', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'intranet-persist-'));
    const pageDir = path.join(dataDir, 'page');
    fs.mkdirSync(path.join(pageDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(pageDir, 'index.html'), '<!doctype html><title>trang</title>');
    fs.writeFileSync(path.join(pageDir, 'assets', 'app.js'), 'console.log(1)');
    try {
      const seeded: boolean[] = [];
      const afterSeed = async (i: Intranet): Promise<void> => {
        seeded.push(i.seed.fresh);
        // Until afterSeed is done the site is being prepared: only the start's own seeders reach it.
        expect((await fetch(`${i.url}/danh-gia/thang`)).status).toBe(503);
        expect(i.ready).toBe(false);
        await spAs(i, DEV_ACCOUNTS.siteOwner.upn).using(InjectHeaders(i.seederHeaders())).web.lists.add('ConLai');
      };
      let intranet = await startIntranet({ port: 0, dataDir, reset: true, staff: 150, pageDir, afterSeed });
      expect(intranet.seed).toEqual(expect.objectContaining({ staff: 150, years: 1, fresh: true }));
      expect((await fetch(`${intranet.url}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
      expect(await (await fetch(`${intranet.url}/danh-gia/thang`)).text()).toContain('trang');
      await intranet.close();
      intranet = await startIntranet({ port: 0, dataDir, pageDir, afterSeed });
      expect((await spAs(intranet, DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle('ConLai')()).Title).toBe('ConLai');
      expect(intranet.seed.fresh).toBe(false);
      expect(seeded).toEqual([true]);
      await intranet.close();
      const t = Date.now();
      intranet = await startIntranet({ port: 0, dataDir, reset: true, staff: 2000, years: 3 });
      const seedMs = Date.now() - t;
      const info = (await (await fetch(`${intranet.url}/_dev/info`)).json()) as { staff: number; years: number; lists: unknown[] };
      expect(info).toEqual(expect.objectContaining({ staff: 2000, years: 3, lists: [] }));
      expect(seedMs).toBeLessThan(15000);
      await intranet.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
