/**
 * HR (Vụ Tổ chức cán bộ) reads the administration's audit in "Quản trị đánh giá" › "Nhật ký": the journal
 * of the year as the seeded history left it (a month reopened with its reason), filtered by kind with the
 * keyboard, nothing changed outside the screens, and on request the acts of the year that do not count.
 * It only reads. Every screen is checked with axe.
 */
import { Locator, Page } from 'playwright-core';
import { browserForThisFile, TABS } from './support/browser';
import { actAs, checkScreen } from './support/journey';

const YEAR = new Date().getFullYear();
const HR = 'tran.thi.mai@vhttdl.local';
const TEST_TIMEOUT = 180000;

let page: Page;
let errors: string[];
let view: Locator;

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

test(
  'HR opens the audit: the journal says who reopened a month and why; nothing was changed around the screens',
  async () => {
    view = await actAs(page, HR, TABS.admin);
    await view.getByRole('tab', { name: 'Nhật ký' }).click();
    const journal = view.getByRole('table', { name: `Các thay đổi qua màn hình quản trị (năm ${YEAR})`, exact: true });
    await journal.waitFor({ timeout: 60000 });
    // The seeded story: HR reopened one month, with the unit's written request as the reason.
    const reopened = journal.getByRole('row').filter({ hasText: 'REOPEN' }).first();
    const cells = await reopened.locator('td, th').allInnerTexts();
    // time | by | what | action | reason | before → after
    expect(cells[1]).toBe('Trần Thị Mai');
    expect(cells[2]).toMatch(/^Kỳ đánh giá \d+$/);
    expect(cells[4].length).toBeGreaterThan(10);
    await view.getByText('Không có thay đổi nào làm ngoài màn hình quản trị.').waitFor();
    await checkScreen(page, 'admin-audit-journal');
  },
  TEST_TIMEOUT
);

test(
  'the keyboard filters the journal by kind of change, and the year’s acts are checked on request',
  async () => {
    const filter = view.getByRole('combobox', { name: /^Loại thay đổi/ });
    await filter.focus();
    // Fluent's Dropdown, closed: each ArrowDown chooses the next kind (what a keyboard user does).
    for (let i = 0; i < 8 && (await filter.innerText()).indexOf('Thiết lập') < 0; i++) await page.keyboard.press('ArrowDown');
    await expect(filter.innerText()).resolves.toContain('Thiết lập');
    const rows = view.getByRole('table', { name: `Các thay đổi qua màn hình quản trị (năm ${YEAR})`, exact: true }).locator('tbody tr');
    const kinds = await rows.locator('th').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.startsWith('Thiết lập'))).toBe(true);

    await view.getByRole('button', { name: 'Kiểm tra các bản ghi của năm' }).click();
    // Either every act counts, or the table lists those that do not, each with why.
    const allCount = view.getByText(`Mọi bản ghi của năm ${YEAR} đều được tính.`, { exact: true });
    const someDoNot = view.locator('table caption', { hasText: `Bản ghi không được tính năm ${YEAR} (` });
    await allCount.or(someDoNot).first().waitFor({ timeout: 90000 });
    await checkScreen(page, 'admin-audit-acts');
    expect(errors).toEqual([]);
  },
  TEST_TIMEOUT
);
