/**
 * The official documents in the browser (issue 12): each role downloads what they may from where they
 * work, the file is opened here (jszip, exceljs) and a line of its text checked; axe on each screen with
 * the new buttons; a civil servant sees none of the unit's documents.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { axe, BASE_URL, browserForThisFile, describeViolations, openTab, panel, screenshot, settled, switchUser, TABS } from './support/browser';

const today = new Date();
const YEAR = today.getFullYear();
/** The last NĐ 90/48 year of the sample (decided, published, with its minutes). */
const PAST = YEAR - 1;
const CUC = 'DSVH'; // Cục Di sản văn hóa, whose head is the unit head account

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(() => {
  expect(errors).toEqual([]);
});

/** Clicks the button and returns the file the browser saved. */
async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90000 }), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path as string) };
}

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const lines: string[] = [];
  workbook.worksheets.forEach((sheet) => sheet.eachRow((row) => lines.push((row.values as unknown[]).filter((v) => v !== undefined).map(String).join(' | '))));
  return lines.join('\n');
}

async function expectAxeClean(screen: string): Promise<void> {
  const violations = await axe(page, screen);
  expect(describeViolations(violations)).toBe('');
}

async function openUnitYear(unitCode: string, year: number): Promise<Locator> {
  await page.goto(`${BASE_URL}/?dgcc-view=review&dgcc-screen=unitYear&dgcc-year=${year}&dgcc-unit=${unitCode}`);
  await page.getByRole('tab', { name: TABS.review, exact: true, selected: true }).waitFor();
  await settled(page);
  return panel(page);
}

test('the civil servant downloads their own Mẫu 01 of a scored month and their yearly sheet, from Đánh giá của tôi', async () => {
  await switchUser(page, 'staff');
  const view = await openTab(page, TABS.my);
  const monthButton = view.getByRole('button', { name: /^Tải phiếu theo dõi, đánh giá tháng \d+\/\d{4} \(Word\)$/ }).first();
  await monthButton.waitFor();
  // The button says which month it downloads (its text is its accessible name).
  expect(await monthButton.innerText()).toContain(`/${YEAR} `);
  await expectAxeClean('documents-my-evaluation');
  const month = await download(monthButton);
  expect(month.name).toMatch(/\.docx$/);
  const text = await docxText(month.bytes);
  expect(text).toContain('PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC');
  expect(text).toContain('Nguyễn Văn An');
  await view.getByText(/Đã tải xuống .*\.docx/).waitFor();

  await view.getByLabel('Năm đánh giá').selectOption(String(PAST));
  const yearButton = view.getByRole('button', { name: `Tải phiếu đánh giá năm ${PAST} (Word)` });
  await yearButton.waitFor({ timeout: 30000 });
  const sheet = await docxText((await download(yearButton)).bytes);
  expect(sheet).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC'); // Mẫu 02, NĐ 90/2020
  expect(sheet).toContain('Nguyễn Văn An');
  await screenshot(page, 'documents-my-evaluation');
});

test('a civil servant sees none of the unit’s documents: not on the dashboard, not on the unit’s sheet reached by its address', async () => {
  await switchUser(page, 'staff');
  const dashboard = await openTab(page, TABS.dashboard);
  await expect(dashboard.getByRole('button', { name: /Tải danh sách kết quả|Tải biên bản/ }).count()).resolves.toBe(0);
  const sheet = await openUnitYear(CUC, PAST);
  await expect(sheet.getByRole('button', { name: /Tải biên bản họp|Tải quyết định|Tải danh sách kết quả/ }).count()).resolves.toBe(0);
});

test('the direct manager downloads a report’s Mẫu 01 from the review screen, and their yearly sheet from the phòng’s sheet', async () => {
  await switchUser(page, 'manager');
  await page.goto(`${BASE_URL}/?dgcc-view=review`); // the inbox (the last test left the page on a unit's sheet)
  const inbox = await openTab(page, TABS.review);
  await inbox.getByRole('button', { name: /^Mở: Chấm điểm kỳ – Nguyễn Văn An, Tháng \d+\/\d{4}$/ }).first().click();
  const phieu = panel(page).getByRole('button', { name: /^Tải phiếu theo dõi, đánh giá tháng \d+\/\d{4} \(Word\)$/ });
  await phieu.waitFor();
  await expectAxeClean('documents-period-review');
  const report = await docxText((await download(phieu)).bytes);
  expect(report).toContain('PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC');
  expect(report).toContain('Nguyễn Văn An');

  await page.goto(`${BASE_URL}/?dgcc-view=dashboard`);
  const dashboard = await openTab(page, TABS.dashboard);
  // His phòng's code, from the link the dashboard gives him to its sheet.
  const link = dashboard.getByRole('link', { name: 'Cục Di sản văn hóa › Phòng Quản lý di tích' });
  const unit = new URL((await link.getAttribute('href')) as string, BASE_URL).searchParams.get('dgcc-unit') as string;
  const sheet = await openUnitYear(unit, PAST);
  await sheet.getByRole('heading', { name: 'Văn bản' }).waitFor();
  await sheet.getByLabel('Phiếu đánh giá năm của công chức').selectOption({ label: 'Nguyễn Văn An, Chuyên viên' });
  const text = await docxText((await download(sheet.getByRole('button', { name: `Tải phiếu đánh giá năm ${PAST} của Nguyễn Văn An (Word)` }))).bytes);
  expect(text).toContain('Nguyễn Văn An');
});

test('the Cục trưởng downloads the Cục’s minutes, decision and results list from its sheet', async () => {
  await switchUser(page, 'unitHead');
  const sheet = await openUnitYear(CUC, PAST);
  await sheet.getByRole('heading', { name: 'Văn bản' }).waitFor();
  await expectAxeClean('documents-unit-year');
  const minutes = await docxText((await download(sheet.getByRole('button', { name: 'Tải biên bản họp (Word)' }))).bytes);
  expect(minutes).toContain('BIÊN BẢN');
  expect(minutes).toContain('Cục Di sản văn hóa');
  const decision = await docxText((await download(sheet.getByRole('button', { name: 'Tải quyết định, thông báo kết quả (Word)' }))).bytes);
  expect(decision).toContain('QUYẾT ĐỊNH');
  expect(decision).toContain('Đặng Thu Hà'); // the signer
  const list = await download(sheet.getByRole('button', { name: 'Tải danh sách kết quả (Excel)' }));
  expect(list.name).toMatch(/\.xlsx$/);
  expect(await xlsxText(list.bytes)).toContain('Nguyễn Văn An');
  await screenshot(page, 'documents-unit-year');
});

test('HR downloads the ministry’s results list from the dashboard', async () => {
  await switchUser(page, 'hr');
  await page.goto(`${BASE_URL}/?dgcc-view=dashboard`);
  const dashboard = await openTab(page, TABS.dashboard);
  const button = dashboard.getByRole('button', { name: `Tải danh sách kết quả năm ${YEAR} của Bộ (Excel)` });
  await button.waitFor();
  await expectAxeClean('documents-dashboard-hr');
  const text = await xlsxText((await download(button)).bytes);
  expect(text).toContain('Nguyễn Văn An');
  expect(text).toContain('Cục Báo chí');
});
