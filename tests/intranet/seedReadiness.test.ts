import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { setUpSampleProduct } from '../../dev/product/setUpSampleProduct';
import { Intranet, PREPARING_VI, startIntranet } from '../../dev/server';
import { DEV_ACCOUNTS } from './support';

/**
 * `npm start` interrupted while it builds the site (issue 11): the data it leaves has no ready marker,
 * the next start builds the site afresh, and the result is the site a fresh start gives. Meanwhile the
 * page and its SharePoint and Graph endpoints say the site is being prepared instead of failing.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const STAFF = 100;

interface ListCount {
  title: string;
  items: number;
}

async function info(url: string): Promise<{ ready: boolean; staff: number; lists: ListCount[] }> {
  return (await (await fetch(`${url}/_dev/info`)).json()) as { ready: boolean; staff: number; lists: ListCount[] };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a start interrupted while building the site', () => {
  const dirs: string[] = [];
  const opened: Intranet[] = [];
  let child: ChildProcess | undefined;
  const tmp = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intranet-ready-'));
    dirs.push(dir);
    return dir;
  };

  /** kill -9 to the start and everything it started: tsx runs the script in a child process of its own. */
  const killStart = (): void => {
    if (child && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };

  afterAll(async () => {
    killStart();
    for (const i of opened) await i.close().catch(() => undefined);
    dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  it('says so while it is prepared, is built afresh on the next start after kill -9, and equals a fresh site', async () => {
    const dataDir = tmp();
    // `npm start` as a user runs it (without the page build), on a port of its choosing.
    child = spawn(process.execPath, [TSX, 'dev/start.ts', '--staff', String(STAFF), '--years', '1'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DEV_DATA_DIR: dataDir, PORT: '0', DEV_FAULT_RATE: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // A process group of its own, so that kill -9 reaches the server tsx starts, not only tsx.
      detached: true
    });
    let output = '';
    child.stdout?.on('data', (b: Buffer) => (output += b.toString('utf8')));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString('utf8')));
    const url = await waitFor('the start to listen', async () => {
      const m = /Preparing the site at (http:\/\/localhost:\d+)\//.exec(output);
      return m ? m[1].replace('localhost', '127.0.0.1') : undefined;
    }, 60000);

    // Provisioning is under way: a few hundred of its SharePoint requests have been answered.
    await waitFor('provisioning to be under way', async () => {
      const stats = (await (await fetch(`${url}/_dev/stats`)).json()) as { sharepoint: number };
      return stats.sharepoint >= 300 ? true : undefined;
    }, 120000);
    const ready = (await (await fetch(`${url}/_dev/ready`)).json()) as { ready: boolean; step: string };
    expect(ready).toEqual(expect.objectContaining({ ready: false, step: 'provisioning' }));
    // The page says it is being prepared (in Vietnamese first), and polls /_dev/ready to reload itself.
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('Trang đang được chuẩn bị');
    expect(html).toContain('The site is being prepared');
    expect(html).toContain('/_dev/ready');
    // A user's SharePoint and Graph requests get 503 with Retry-After and the same notice, not a half-built site.
    const web = await fetch(`${url}/sites/danhgia/_api/web/lists`, { headers: { 'X-Dev-User': DEV_ACCOUNTS.hr.upn, Accept: 'application/json' } });
    expect(web.status).toBe(503);
    expect(web.headers.get('retry-after')).toBe('5');
    expect(((await web.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toContain(PREPARING_VI);
    const me = await fetch(`${url}/graph/v1.0/me`, { headers: { 'X-Dev-User': DEV_ACCOUNTS.hr.upn } });
    expect(me.status).toBe(503);

    // kill -9 in the middle of provisioning.
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    killStart();
    await exited;
    expect(output).not.toContain('is running');

    // The next start finds the unfinished data, builds the site afresh (at the scale the interrupted
    // start was asked for), and is ready.
    const today = new Date();
    const afterSeed = async (i: Intranet): Promise<void> => {
      await setUpSampleProduct(i, 1, today);
    };
    const next = await startIntranet({ port: 0, dataDir, afterSeed });
    opened.push(next);
    expect(next.seed).toEqual(expect.objectContaining({ fresh: true, rebuilt: true }));
    expect(next.ready).toBe(true);
    expect((await fetch(`${next.url}/_dev/ready`).then((r) => r.json())) as { ready: boolean }).toEqual(expect.objectContaining({ ready: true, step: 'ready' }));
    const rebuilt = await info(next.url);

    // A fresh start elsewhere, with the same options: the same lists with the same numbers of items.
    const fresh = await startIntranet({ port: 0, dataDir: tmp(), reset: true, staff: STAFF, years: 1, afterSeed });
    opened.push(fresh);
    const expected = await info(fresh.url);
    expect(next.seed.staff).toBe(fresh.seed.staff);
    expect(expected.lists.length).toBeGreaterThan(10);
    expect(expected.lists.filter((l) => l.title === 'DGCC_PeriodScores')[0].items).toBeGreaterThan(STAFF);
    expect(rebuilt.lists.slice().sort((a, b) => (a.title < b.title ? -1 : 1))).toEqual(expected.lists.slice().sort((a, b) => (a.title < b.title ? -1 : 1)));

    // Once ready, the site stays: a later start neither rebuilds nor runs afterSeed again.
    await next.close();
    opened.splice(opened.indexOf(next), 1);
    let ranAgain = false;
    const later = await startIntranet({ port: 0, dataDir, afterSeed: async () => {
      ranAgain = true;
    } });
    opened.push(later);
    expect(later.seed).toEqual(expect.objectContaining({ fresh: false, rebuilt: false }));
    expect(ranAgain).toBe(false);
    expect((await info(later.url)).lists).toEqual(rebuilt.lists);
  }, 900000);

  it('a crash in afterSeed leaves no ready marker: the next start builds afresh', async () => {
    const dataDir = tmp();
    await expect(
      startIntranet({
        port: 0, dataDir, reset: true, staff: STAFF, afterSeed: async (i) => {
          // The page and the API say the site is being prepared while afterSeed runs.
          expect((await fetch(`${i.url}/`)).status).toBe(503);
          const mine = await fetch(`${i.siteUrl}/_api/web`, { headers: { 'X-Dev-User': DEV_ACCOUNTS.siteOwner.upn, Accept: 'application/json', ...i.seederHeaders() } });
          expect(mine.status).toBe(200);
          throw new Error('crash while seeding');
        }
      })
    ).rejects.toThrow('crash while seeding');
    let ran = 0;
    const next = await startIntranet({ port: 0, dataDir, afterSeed: async () => {
      ran++;
    } });
    opened.push(next);
    expect(next.seed).toEqual(expect.objectContaining({ fresh: true, rebuilt: true }));
    expect(ran).toBe(1);
    expect((await fetch(`${next.url}/`)).status).not.toBe(503);
  }, 120000);
});
