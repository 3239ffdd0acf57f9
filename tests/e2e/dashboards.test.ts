/**
 * The dashboards a ministry runs its cycle from (issue 13), as HR, a Cục trưởng and the Thứ trưởng use
 * them: HR finds a civil servant by name and opens their history, then the results against the quota;
 * the Cục trưởng reads her Cục's results in a Teams tab (800 px) in the dark and high-contrast themes;
 * the Thứ trưởng reads the units' progress in a Teams tab. Axe (WCAG 2.0/2.1 A and AA) on every screen.
 * The screenshots named `dashboard-*` are the README's pictures (npm run -s pictures copies them).
 */
import { Page } from 'playwright-core';
import { ACCOUNTS, axe, browserForThisFile, describeViolations, openTab, panel, screenshot, switchUser, TABS } from './support/browser';

const YEAR = 2026;
const PROGRESS_CAPTION = /^Tiến độ (tháng|quý) \d{1,2}\/\d{4} và năm \d{4}$/;
const RESULTS_SUMMARY = `Kết quả xếp loại năm ${YEAR}: tỷ lệ hoàn thành xuất sắc theo cơ quan, nhóm và so sánh các năm`;

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

async function showIn(host: 'sharePoint' | 'default' | 'dark' | 'contrast'): Promise<void> {
  await page.getByLabel('Hiển thị trong').selectOption(host);
  await page.waitForFunction((h) => (document.body.dataset.hostTheme || 'sharePoint') === h, host);
}

/** Axe on the screen as it is now; the screenshot keeps it for the README and for a look by eye. */
async function checked(screen: string): Promise<void> {
  await screenshot(page, screen);
  expect(describeViolations(await axe(page, screen))).toBe('');
}

async function openResults(): Promise<void> {
  await panel(page).getByText(RESULTS_SUMMARY, { exact: true }).click();
  await panel(page).getByRole('heading', { name: `Kết quả xếp loại năm ${YEAR} và tỷ lệ Hoàn thành xuất sắc nhiệm vụ` }).waitFor();
}

test('HR downloads each view as Excel, finds a civil servant by a name typed without diacritics, opens their history (a place: back returns to the table), then the results per agency', async () => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await showIn('sharePoint');
  await switchUser(page, 'hr');
  await openTab(page, TABS.dashboard);
  const table = panel(page).getByRole('table', { name: PROGRESS_CAPTION });
  await table.waitFor();
  await checked('dashboard-hr-progress');
  // The table as an Excel file (each view exportable), named by its year and period.
  const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Tải bảng tiến độ (Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tien-do-2026-(thang|quy)-\d{1,2}\.xlsx$/);

  await panel(page).getByRole('searchbox', { name: 'Tìm đơn vị hoặc công chức' }).fill('nguyen van an');
  const an = table.getByRole('link', { name: ACCOUNTS.staff.name, exact: true });
  await an.click();
  await panel(page).getByRole('heading', { name: `Quá trình đánh giá của ${ACCOUNTS.staff.name}` }).waitFor();
  // The months he was scored in, and the years decided: HR reads them all.
  await panel(page).getByRole('table', { name: 'Điểm hằng tháng, hằng quý đã được duyệt' }).waitFor();
  await panel(page).getByRole('table', { name: 'Xếp loại chất lượng hằng năm' }).waitFor();
  expect(page.url()).toContain('dgcc-screen=person');
  const [history] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Tải quá trình đánh giá (Excel)' }).click()]);
  expect(history.suggestedFilename()).toBe('qua-trinh-danh-gia-nguyen-van-an.xlsx');
  await checked('dashboard-hr-person-history');

  await page.goBack();
  await panel(page).getByRole('table', { name: PROGRESS_CAPTION }).waitFor();
  await openResults();
  const agencies = panel(page).getByRole('table', { name: `Theo cơ quan, đơn vị (năm ${YEAR})` });
  // The whole ministry's agencies, each with its quota line.
  await expect(agencies.locator('tbody tr').count()).resolves.toBeGreaterThan(3);
  const [results] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Tải kết quả và tỷ lệ (Excel)' }).click()]);
  expect(results.suggestedFilename()).toBe(`ket-qua-ty-le-${YEAR}.xlsx`);
  await checked('dashboard-hr-results');
  expect(errors).toEqual([]);
});

test('the Cục trưởng reads her Cục’s results in a Teams tab (800 px), in the dark and high-contrast themes, her Cục alone', async () => {
  await page.setViewportSize({ width: 800, height: 720 });
  await switchUser(page, 'unitHead');
  for (const theme of ['dark', 'contrast'] as const) {
    await showIn(theme);
    await openTab(page, TABS.dashboard);
    await panel(page).getByRole('table', { name: PROGRESS_CAPTION }).waitFor();
    await openResults();
    const agencies = panel(page).getByRole('table', { name: `Theo cơ quan, đơn vị (năm ${YEAR})` });
    const names = (await agencies.locator('tbody tr th').allInnerTexts()).map((n) => n.trim()).filter((n) => n !== '');
    expect(names[0]).toBe('Cục Di sản văn hóa');
    expect(names.every((n) => !/^Cục (Báo chí|Điện ảnh)/.test(n))).toBe(true);
    await checked(`dashboard-unit-head-results-${theme}`);
  }
  expect(errors).toEqual([]);
});

test('the Thứ trưởng reads the progress of the Cục he oversees in a Teams tab (800 px, Teams’ default theme), the table within the tab’s width', async () => {
  await page.setViewportSize({ width: 800, height: 720 });
  await switchUser(page, 'leader');
  await showIn('default');
  await openTab(page, TABS.dashboard);
  await panel(page).getByRole('table', { name: PROGRESS_CAPTION }).waitFor();
  // The page never scrolls sideways: a wide table scrolls inside its own region.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await checked('dashboard-leader-teams');
  expect(errors).toEqual([]);
});
