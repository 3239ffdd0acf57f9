/**
 * The language switch: the page and every web part in English (the product's en-us loc file and the
 * en-US number and date formats), remembered across a reload, and back to Vietnamese.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { browserForThisFile, openTab, panelText, screenshot, switchUser, tableRows } from './support/browser';

const today = new Date();
const YEAR = today.getFullYear();
const OPEN_MONTH = today.getMonth() + 1;

/** The product's loc files, read as SharePoint's loader would (an AMD module returning the table). */
function loc(file: string): Record<string, string> {
  const source = fs.readFileSync(path.resolve(__dirname, '..', '..', 'src', 'components', 'loc', file), 'utf8');
  let table: Record<string, string> = {};
  // eslint-disable-next-line no-new-func -- our own loc file, evaluated as SharePoint's loader does
  new Function('define', source)((_deps: unknown, factory: () => Record<string, string>) => (table = factory()));
  return table;
}

/** Pieces of the Vietnamese strings (between placeholders) that differ from English, long enough to mean something. */
function vietnameseOnlyFragments(): string[] {
  const vi = loc('vi-vn.js');
  const en = loc('en-us.js');
  return Object.keys(vi)
    .filter((key) => vi[key] !== en[key])
    .reduce<string[]>((all, key) => all.concat(vi[key].split(/\{\d+\}/)), [])
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 12);
}

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

async function tabNames(): Promise<string[]> {
  return (await page.getByRole('tablist').first().getByRole('tab').allInnerTexts()).map((t) => t.trim());
}

test('choosing English shows the page and the web parts in English', async () => {
  await switchUser(page, 'staff');
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByLabel('Language').waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Local intranet: civil servant evaluation and classification');
  // The switcher (a search field, dev/page/UserSwitcher.tsx) still acts as the same person, named by name.
  await expect(page.getByRole('combobox', { name: 'Acting user' }).getAttribute('data-upn')).resolves.toBe('nguyen.van.an@vhttdl.local');
  await expect(page.getByRole('combobox', { name: 'Acting user' }).inputValue()).resolves.toBe('Nguyễn Văn An');
  expect(await tabNames()).toEqual(['My evaluation', 'Review and decide', 'Unit dashboard', 'Evaluation administration', 'Mail and notifications sent']);

  const view = await openTab(page, 'My evaluation');
  const periods = view.getByRole('table', { name: `Evaluation periods of ${YEAR}`, exact: true });
  const headers = (await periods.locator('thead th').allInnerTexts()).map((h) => h.trim());
  expect(headers).toEqual(['Evaluation period', 'Period status', 'Deadline', 'Current step', 'Score', 'Rating', 'View']);
  const rows = await tableRows(page, `Evaluation periods of ${YEAR}`);
  const open = rows.find((r) => r[0] === `Month ${OPEN_MONTH}/${YEAR}`) as string[];
  // The open month is the form above the table, so its row has no button to open it, only its sheet to download.
  expect(open).toEqual([`Month ${OPEN_MONTH}/${YEAR}`, 'Open', expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/), 'Submitted, awaiting scoring', 'Not yet', '', expect.stringMatching(/^Download the evaluation sheet of .+ \(Word\)$/)]);
  // en-US numbers: a decimal point, never a comma.
  const scores = rows.filter((r) => r[1] === 'Closed' && r[3] === 'Scored').map((r) => r[4]);
  if (OPEN_MONTH > 2) {
    expect(scores.length).toBeGreaterThan(0);
  }
  expect(scores.every((s) => /^\d{1,3}(\.\d{1,2})?$/.test(s))).toBe(true);
  expect(scores.some((s) => s.includes('.'))).toBe(scores.length > 0);
  // None of the product's Vietnamese words is left on the English page (what people typed, the
  // catalogue's product names and the law's clauses stay as written).
  const text = await panelText(page);
  const leftOver = vietnameseOnlyFragments().filter((fragment) => text.includes(fragment));
  expect(leftOver).toEqual([]);
  expect(text).toContain('Evaluation periods of');
  await screenshot(page, 'english-staff-my-evaluation');

  const admin = await openTab(page, 'Evaluation administration');
  await admin.getByRole('tab', { name: 'Set up the lists' }).click();
  await admin.getByText(/All \d+ lists are set up, schema version \d+\./).waitFor();
  await openTab(page, 'Unit dashboard');
  expect(await panelText(page)).toMatch(/Progress of (month|quarter) \d{1,2}\/\d{4} and of year \d{4}|Progress and results of \d{4}/);
  await openTab(page, 'Review and decide');
  expect(await panelText(page)).toMatch(/Waiting for you|Nothing is waiting for you/);
  await screenshot(page, 'english-staff-review');
});

test('the choice of language survives a reload', async () => {
  await page.reload();
  await page.getByLabel('Language').waitFor();
  expect(await tabNames()).toContain('My evaluation');
});

test('choosing Tiếng Việt brings the Vietnamese back', async () => {
  await page.getByLabel('Language').selectOption('vi');
  await page.getByLabel('Ngôn ngữ').waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
  expect(await tabNames()).toContain('Đánh giá của tôi');
  expect(errors).toEqual([]);
});
