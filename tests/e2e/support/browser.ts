/**
 * What every browser test needs: Debian's Chromium through playwright-core, the local page as a given
 * user (chosen with the page's own switcher), a web part's tab, axe-core and screenshots.
 * tools/e2e/run.ts starts the local intranet and passes its URL in E2E_BASE_URL.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';

export const BASE_URL: string = process.env.E2E_BASE_URL || '';
const CHROMIUM: string = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const OUTPUT_DIR: string = process.env.E2E_OUTPUT_DIR || path.resolve(__dirname, '..', '..', '..', 'test-output', 'e2e');

if (!BASE_URL) {
  throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e` (tools/e2e/run.ts starts the local intranet).');
}

/** The fixed accounts of the sample ministry (dev/seed/accounts.ts), one per role. */
export const ACCOUNTS = {
  staff: { upn: 'nguyen.van.an@vhttdl.local', name: 'Nguyễn Văn An' },
  manager: { upn: 'vu.duc.minh@vhttdl.local', name: 'Vũ Đức Minh' },
  unitHead: { upn: 'dang.thu.ha@vhttdl.local', name: 'Đặng Thu Hà' },
  leader: { upn: 'le.minh.quang@vhttdl.local', name: 'Lê Minh Quang' },
  hr: { upn: 'tran.thi.mai@vhttdl.local', name: 'Trần Thị Mai' },
  siteOwner: { upn: 'quantri@vhttdl.local', name: 'Quản trị hệ thống' }
} as const;
export type Role = keyof typeof ACCOUNTS;
export const ROLES: Role[] = Object.keys(ACCOUNTS) as Role[];

/** The page's tabs: the four web parts and the outbox, by the product's (and the page's) Vietnamese words. */
export const TABS = {
  my: 'Đánh giá của tôi',
  review: 'Duyệt và quyết định',
  dashboard: 'Tổng hợp đơn vị',
  admin: 'Quản trị đánh giá',
  outbox: 'Thư và thông báo đã gửi'
} as const;
export type Tab = keyof typeof TABS;
export const TAB_KEYS: Tab[] = Object.keys(TABS) as Tab[];

export const SWITCHER_LABEL = 'Người dùng đang thao tác';

/** Flags from the toolchain brief; playwright gives each launch a fresh temporary --user-data-dir. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 30000
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** uncaught errors and console errors seen so far */
  errors: string[];
}

/** A fresh context (empty localStorage, so the page starts in Vietnamese) with the page loaded. */
export async function openPage(browser: Browser): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') {
      errors.push(`console: ${m.text()}`);
    }
  });
  await page.goto(`${BASE_URL}/`);
  await userSwitcher(page).waitFor();
  return { context, page, errors };
}

/**
 * One browser and one page for a test file: opened before its tests (after the file's own set-up
 * hooks registered earlier), closed after them. `onOpen` receives the page and its error log.
 */
export function browserForThisFile(onOpen: (opened: OpenedPage) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    onOpen(await openPage(browser));
  });
  afterAll(async () => {
    if (browser) await browser.close();
  });
}

/** The tabpanel of the selected tab. */
export function panel(page: Page): Locator {
  // The page's own tabpanel (the first in the document); a web part may hold tabs of its own inside it.
  return page.getByRole('tabpanel').first();
}

/** Waits until the selected tab's web part has loaded (no spinner, no "loading" text). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const p = document.querySelector('[role="tabpanel"]');
    if (!p) {
      return false;
    }
    const text = (p as HTMLElement).innerText || '';
    return !p.querySelector('.ms-Spinner') && !/Đang tải|Loading/.test(text) && text.trim().length > 0;
  });
}

/** The page's user switcher: a combobox whose list (searched by name, unit, position, role or login) opens as one types. */
export function userSwitcher(page: Page): Locator {
  return page.getByRole('combobox', { name: SWITCHER_LABEL });
}

/**
 * Chooses anyone of the sample ministry with the page's switcher, as a tester would: types their
 * login (the login typed whole finds that person only) and presses Enter.
 */
export async function chooseUser(page: Page, upn: string): Promise<void> {
  const box = userSwitcher(page);
  if ((await box.getAttribute('data-upn')) === upn) return;
  await box.fill(upn);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await box.press('Enter');
  const now = await box.getAttribute('data-upn');
  if (now !== upn) throw new Error(`the switcher acts as ${now}, expected ${upn}`);
}

/** Chooses one of the six role accounts with the page's switcher. */
export async function switchUser(page: Page, role: Role): Promise<void> {
  await chooseUser(page, ACCOUNTS[role].upn);
}

/** Opens a tab of the page (the Pivot) with the mouse and waits for its content. */
export async function openTab(page: Page, tabName: string): Promise<Locator> {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await page.waitForFunction((name) => {
    const selected = document.querySelector('[role="tab"][aria-selected="true"]');
    return !!selected && (selected.textContent || '').trim() === name;
  }, tabName);
  await settled(page);
  return panel(page);
}

/** The visible text of the tabpanel, whitespace collapsed (table cells joined by spaces). */
export async function panelText(page: Page): Promise<string> {
  return (await panel(page).innerText()).replace(/\s+/g, ' ').trim();
}

/** The rows of a table in the tabpanel (the one named by its caption, or the first), each row's cells' texts. */
export async function tableRows(page: Page, caption?: string): Promise<string[][]> {
  const table = caption ? panel(page).getByRole('table', { name: caption, exact: true }) : panel(page).locator('table').first();
  return table.evaluate((table) =>
      Array.from((table as HTMLTableElement).tBodies[0].rows).map((row) => Array.from(row.cells).map((cell) => (cell.textContent || '').replace(/\s+/g, ' ').trim()))
    );
}

function fileName(screen: string): string {
  return screen.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

export async function screenshot(page: Page, screen: string): Promise<string> {
  const file = path.join(OUTPUT_DIR, 'screens', `${fileName(screen)}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** One axe violation, reduced to what a report needs. */
export interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the whole page as it is now and writes the result to
 * test-output/e2e/axe/<screen>.json (tools/e2e/run.ts prints a summary of them).
 */
export async function axe(page: Page, screen: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) {
    await page.addScriptTag({ path: AXE_SOURCE });
  }
  const { violations, incomplete, passes } = await page.evaluate(async (tags) => {
    type Result = { violations: AxeViolation[]; incomplete: AxeViolation[]; passes: AxeViolation[] };
    const axeApi = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axeApi.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const reduce = (v: AxeViolation): AxeViolation => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary }))
    });
    return { violations: result.violations.map(reduce), incomplete: result.incomplete.map(reduce), passes: result.passes.map((p) => p.id) };
  }, AXE_TAGS);
  const file = path.join(OUTPUT_DIR, 'axe', `${fileName(screen)}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // "incomplete" is what axe could not decide by itself (to review by hand), "passes" the rules that held.
  fs.writeFileSync(file, JSON.stringify({ screen, url: page.url(), tags: AXE_TAGS, violations, incomplete, passes }, undefined, 2));
  return violations;
}

/** A readable list of violations for a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact || ''}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}`).join('\n')}`)
    .join('\n');
}
