/**
 * Each role's own screen on the local page, as that person uses it: choose the user with the switcher,
 * open the web part's tab, and check what the seeded history (dev/product/history) puts there.
 */
import { Page } from 'playwright-core';
import { browserForThisFile, ACCOUNTS, openTab, panel, panelText, screenshot, switchUser, tableRows, TABS, userSwitcher } from './support/browser';

const today = new Date();
const YEAR = today.getFullYear();
/** The seed leaves this month open, every earlier month of the year closed. */
const OPEN_MONTH = today.getMonth() + 1;
/** A score as vi-VN writes it: decimal comma, at most two decimals (e.g. 76,33), never a decimal point. */
const VI_SCORE = /^\d{1,3}(,\d{1,2})?$/;
/** A date as vi-VN writes it: dd/mm/yyyy. */
const VI_DATE = /^\d{2}\/\d{2}\/\d{4}$/;

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(() => {
  // The page should neither throw nor log errors on any of these screens.
  expect(errors).toEqual([]);
});

test('the page opens in Vietnamese with the switcher, the language switch and the five tabs', async () => {
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Đánh giá, xếp loại chất lượng công chức');
  await expect(page.getByLabel('Ngôn ngữ').inputValue()).resolves.toBe('vi');
  const tabs = await page.getByRole('tablist').first().getByRole('tab').allInnerTexts();
  expect(tabs.map((t) => t.trim())).toEqual(Object.values(TABS));
  // The six accounts of the README are offered first, each with its role (the switcher's list, opened).
  await userSwitcher(page).press('ArrowDown');
  const labels = await page.getByRole('group', { name: 'Vai trò mẫu' }).getByRole('option').allInnerTexts();
  await userSwitcher(page).press('Escape');
  expect(labels).toHaveLength(6);
  expect(labels.join('\n')).toContain('Công chức: Nguyễn Văn An – Chuyên viên');
});

test(`staff (${ACCOUNTS.staff.upn}): "Đánh giá của tôi" lists the ${YEAR} periods with scores, the open month submitted`, async () => {
  await switchUser(page, 'staff');
  const view = await openTab(page, TABS.my);
  await expect(view.getByRole('heading', { name: TABS.my, level: 2 }).isVisible()).resolves.toBe(true);
  expect(await panelText(page)).toContain('Nguyễn Văn An · Chuyên viên');
  // The open month's form comes first (the seed left it submitted: read-only), then the periods.
  await view.getByRole('region', { name: `Tháng ${OPEN_MONTH}/${YEAR}` }).waitFor();
  const rows = await tableRows(page, `Các kỳ đánh giá năm ${YEAR}`);
  // period | status | deadline | step | score | rating | (a button to view the period)
  const byPeriod = new Map(rows.map((r) => [r[0], r]));
  for (let month = 1; month <= OPEN_MONTH; month++) {
    expect(byPeriod.has(`Tháng ${month}/${YEAR}`)).toBe(true);
  }
  expect(byPeriod.has(`Năm ${YEAR}`)).toBe(true);

  const closed = rows.filter((r) => r[1] === 'Đã kết thúc');
  expect(closed).toHaveLength(OPEN_MONTH - 1);
  const scored = closed.filter((r) => VI_SCORE.test(r[4]));
  // Every closed month has its manager's score (one may have been returned for correction).
  expect(scored.length).toBeGreaterThanOrEqual(Math.max(0, closed.length - 1));
  if (OPEN_MONTH > 2) {
    expect(scored.length).toBeGreaterThan(0);
  }
  for (const r of scored) {
    expect(r[3]).toBe('Đã chấm điểm');
    expect(r[5]).toMatch(/nhiệm vụ$/); // e.g. "Hoàn thành tốt nhiệm vụ"
    expect(r[2]).toMatch(VI_DATE);
  }
  expect(rows.some((r) => r[4].includes('.'))).toBe(false);
  // At least one score has decimals, written with a comma.
  expect(scored.some((r) => r[4].includes(','))).toBe(scored.length > 0);

  const open = byPeriod.get(`Tháng ${OPEN_MONTH}/${YEAR}`) as string[];
  expect(open[1]).toBe('Đang mở');
  expect(open[3]).toBe('Đã nộp, chờ chấm điểm');
  expect(open[4]).toBe('Chưa có');
  await screenshot(page, 'role-staff-my-evaluation');
});

test(`manager (${ACCOUNTS.manager.upn}): the inbox of "Duyệt và quyết định" asks him to score Nguyễn Văn An's month`, async () => {
  await switchUser(page, 'manager');
  const view = await openTab(page, TABS.review);
  await expect(view.locator('table caption').innerText()).resolves.toBe('Việc đang chờ xử lý');
  const rows = await tableRows(page);
  // person | task | period | deadline
  const an = rows.find((r) => r[0] === 'Nguyễn Văn An');
  expect(an).toBeDefined();
  expect(an).toEqual(['Nguyễn Văn An', 'Chấm điểm kỳ', `Tháng ${OPEN_MONTH}/${YEAR}`, expect.stringMatching(VI_DATE), 'Mở']);
  // Only his own people wait for him: every task is a period to score.
  expect(rows.every((r) => r[1] === 'Chấm điểm kỳ')).toBe(true);
  await screenshot(page, 'role-manager-inbox');
});

/** The dashboard's table of units: its caption names the period shown (the year's latest whose deadline has come) and the year. */
const PROGRESS_CAPTION = /^Tiến độ (tháng|quý) \d{1,2}\/\d{4} và năm \d{4}$/;

async function progressCaption(): Promise<string> {
  const table = panel(page).getByRole('table', { name: PROGRESS_CAPTION });
  await table.waitFor();
  const caption = (await table.locator('caption').innerText()).trim();
  expect(caption.endsWith(`năm ${YEAR}`)).toBe(true);
  return caption;
}

test(`unit head (${ACCOUNTS.unitHead.upn}): "Tổng hợp đơn vị" shows only the units of her Cục, and opens it to its phòng with the keyboard`, async () => {
  await switchUser(page, 'unitHead');
  await openTab(page, TABS.dashboard);
  const caption = await progressCaption();
  // The totals, then her Cục, open on its own people and its phòng (the one unit she sees with units under it).
  const disclosure = panel(page).getByRole('button', { name: 'Chi tiết: Cục Di sản văn hóa', exact: true });
  await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('true');
  const opened = (await tableRows(page, caption)).map((r) => r[0]);
  expect(opened.slice(0, 2)).toEqual(['Tổng cộng', 'Cục Di sản văn hóa']);
  expect(opened).toContain('Phòng Quản lý di tích');
  await screenshot(page, 'role-unit-head-dashboard');
  // Closed and opened again with the keyboard alone.
  await disclosure.focus();
  await page.keyboard.press('Enter');
  await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('false');
  expect((await tableRows(page, caption)).map((r) => r[0])).toEqual(['Tổng cộng', 'Cục Di sản văn hóa']);
  await page.keyboard.press('Space');
  await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('true');
  expect((await tableRows(page, caption)).map((r) => r[0])).toEqual(opened);
});

test(`leader (${ACCOUNTS.leader.upn}): "Duyệt và quyết định" loads his inbox and the dashboard spans several Cục`, async () => {
  await switchUser(page, 'leader');
  await openTab(page, TABS.review);
  expect(await panelText(page)).toContain('Việc đang chờ xử lý');
  await screenshot(page, 'role-leader-inbox');
  await openTab(page, TABS.dashboard);
  const units = (await tableRows(page, await progressCaption())).map((r) => r[0]).slice(1);
  const cuc = new Set(units.map((u) => u.split(' › ')[0]));
  expect(cuc.size).toBeGreaterThan(1);
  await screenshot(page, 'role-leader-dashboard');
});

test(`HR (${ACCOUNTS.hr.upn}): "Tổng hợp đơn vị" is the ministry's table of units, the period's steps and the year's, and reminds the late unit from there`, async () => {
  await switchUser(page, 'hr');
  const view = await openTab(page, TABS.dashboard);
  const caption = await progressCaption();
  const progress = view.getByRole('table', { name: caption, exact: true });
  const headers = (await progress.locator('thead th').allInnerTexts()).map((h) => h.trim());
  expect(headers[0]).toBe('Đơn vị');
  const steps = ['Áp dụng', 'Đã nộp', 'Trả lại', 'Đã duyệt', 'Trễ hạn', 'Tự đánh giá năm', 'Biên bản', 'Đã quyết định', 'Đã công khai'];
  expect(headers.filter((h) => steps.indexOf(h) >= 0)).toEqual(steps);
  expect(headers).toContain(`Năm ${YEAR}`);
  // The overview sums the same units: its progress chart names the staff of every unit in the table, and the period's scores are a histogram.
  const overview = view.getByRole('img', { name: `Tiến độ năm ${YEAR}:` });
  await expect(overview.count()).resolves.toBe(1);
  await expect(overview.getAttribute('aria-labelledby')).resolves.toMatch(/-title /);
  await expect(view.getByRole('img', { name: /^Phân bố điểm (tháng|quý) / }).count()).resolves.toBe(1);

  const rows = await tableRows(page, caption);
  expect(rows[0][0]).toBe('Tổng cộng');
  expect(rows.length).toBeGreaterThan(10);
  const row = rows.find((r) => r[0] === 'Cục Di sản văn hóa') as string[];
  expect(row).toBeDefined();
  expect(row.slice(1).every((cell) => /^\d+$/.test(cell.replace(' Nhắc hạn', '')))).toBe(true);
  expect(Number(row[1])).toBeGreaterThan(0);
  // Units from across the ministry, not only one Cục.
  expect(new Set(rows.map((r) => r[0].split(' ')[0])).size).toBeGreaterThan(2);
  await screenshot(page, 'role-hr-dashboard');

  // Phòng Báo điện tử of Cục Báo chí is late on purpose (README): its Cục offers HR the reminders of that period and unit.
  const remind = view.getByRole('link', { name: /^Nhắc hạn (tháng|quý) \d{1,2}\/\d{4} cho Cục Báo chí$/ });
  await remind.click();
  await page.getByRole('heading', { name: 'Nhắc hạn nộp' }).waitFor();
  await expect(page.getByRole('radio', { name: 'Những người chưa nộp của một đơn vị' }).isChecked()).resolves.toBe(true);
  await screenshot(page, 'role-hr-reminders-from-dashboard');
});

test(`site owner (${ACCOUNTS.siteOwner.upn}): "Quản trị đánh giá" says the lists are set up and lists the year's periods`, async () => {
  await switchUser(page, 'siteOwner');
  const view = await openTab(page, TABS.admin);
  await view.getByRole('tab', { name: 'Cài đặt danh sách' }).click();
  await expect(view.getByText(/Đã cài đặt đủ \d+ danh sách, lược đồ phiên bản \d+\./).waitFor()).resolves.toBeUndefined();
  await expect(view.getByRole('button', { name: 'Cài đặt hoặc nâng cấp danh sách' }).isEnabled()).resolves.toBe(true);
  await view.getByRole('tab', { name: 'Kỳ đánh giá' }).click();
  // The periods' table (the periods' history follows it).
  await view.getByRole('table', { name: `Kỳ đánh giá năm ${YEAR}`, exact: true }).waitFor();
  const rows = await tableRows(page, `Kỳ đánh giá năm ${YEAR}`);
  // period | status | deadline
  const expected = [
    ...Array.from({ length: OPEN_MONTH }, (_, i) => `Tháng ${i + 1}/${YEAR}`),
    `Năm ${YEAR}`
  ];
  expect(rows.map((r) => r[0])).toEqual(expected);
  expect(rows.map((r) => r[1])).toEqual([...Array.from({ length: OPEN_MONTH - 1 }, () => 'Đã kết thúc'), 'Đang mở', 'Đang mở']);
  expect(rows.every((r) => VI_DATE.test(r[2]))).toBe(true);
  await screenshot(page, 'role-site-owner-admin');
});

test('the outbox tab shows what the product sent (nothing yet: the history is seeded, not sent)', async () => {
  await openTab(page, TABS.outbox);
  const text = await panelText(page);
  expect(text === 'Chưa có thư hay thông báo Teams nào được gửi.' || (await panel(page).locator('table').count()) === 1).toBe(true);
  await screenshot(page, 'outbox');
});
