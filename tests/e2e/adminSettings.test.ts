/**
 * HR (Vụ Tổ chức cán bộ) changes the HTXS quota rate (law.md 3.7: 20 % by default, the clause not
 * verified) from "Quản trị đánh giá" › "Thiết lập", keyboard only: a rate of 150 % and no reason are
 * refused next to their fields, then 22,5 % from 01/01 of next year is saved and read back in the year's
 * settings and in the history. Only next year is reached: this year's decision sheets (journeyNd90,
 * journeyNd335) keep the 20 % they check. Every screen is checked with axe.
 */
import { Locator, Page } from 'playwright-core';
import { browserForThisFile, TABS } from './support/browser';
import { actAs, announced, checkScreen, choose } from './support/journey';

const NEXT = new Date().getFullYear() + 1;
const HR = 'tran.thi.mai@vhttdl.local';
const RATE = 'Tỷ lệ tối đa "Hoàn thành xuất sắc nhiệm vụ"';
/** The rate's row header and its field's label start with the setting's name. */
const RATE_START = /^Tỷ lệ tối đa "Hoàn thành xuất sắc nhiệm vụ"/;

let page: Page;
let errors: string[];
let view: Locator;

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

/** What has the keyboard focus: its accessible name as the page gives it (label, aria-label or text). */
async function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    return (el.getAttribute('aria-label') || (label && label.textContent) || el.innerText || '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name starts with `name` (or is it, `exact`), at most `max` times. */
async function tabTo(name: string, exact: boolean = false, max: number = 30): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedName();
    if (exact ? now === name : now.indexOf(name) === 0) return;
    seen.push(now.slice(0, 50));
  }
  throw new Error(`Tab never reached ${name}; focus went through:\n  ${seen.join('\n  ')}`);
}

test('HR reads the settings of the year: the quota at 20 % by default, its clause not verified', async () => {
  view = await actAs(page, HR, TABS.admin);
  await view.getByRole('tab', { name: 'Thiết lập' }).click();
  const quota = view.getByRole('table', { name: 'Tỷ lệ Hoàn thành xuất sắc' });
  const row = quota.getByRole('row').filter({ has: page.getByRole('rowheader', { name: RATE_START }) });
  await row.getByText('(điều khoản chưa xác minh)').waitFor();
  // The sample ministry recorded the 20 % as a dated row (from 01/01/2024); whatever its date, 20 %.
  expect((await row.getByRole('cell').first().innerText()).trim()).toMatch(/^20 %/);
  await checkScreen(page, 'admin-settings');
});

test('HR changes the rate from 01/01 of next year, keyboard only: a bad value and no reason refused, then saved', async () => {
  await view.getByRole('button', { name: `Thay đổi: ${RATE}` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Thay đổi: ${RATE}` });
  await dialog.getByRole('textbox', { name: RATE_START }).waitFor();
  // The first field has the focus.
  if ((await focusedName()).indexOf(RATE) !== 0) await tabTo(RATE);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('150');
  await tabTo('Áp dụng từ ngày');
  await page.keyboard.type(`0101${NEXT}`);
  await tabTo('Lưu thay đổi', true);
  await page.keyboard.press('Enter');
  await dialog.getByText('Nhập tỷ lệ từ 0 đến 100 (ví dụ 20 hoặc 22,5).').waitFor();
  await dialog.getByText('Nhập lý do thay đổi (căn cứ, văn bản).').waitFor();
  await checkScreen(page, 'admin-settings-errors');

  await dialog.getByRole('textbox', { name: RATE_START }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('22,5');
  await tabTo('Lý do');
  await page.keyboard.type('Quyết định của Bộ trưởng về tỷ lệ năm sau');
  await tabTo('Lưu thay đổi', true);
  await page.keyboard.press('Enter');
  await announced(view, `Đã lưu "${RATE}": 22,5 %, áp dụng từ 01/01/${NEXT}.`);
});

test('the new rate applies to next year and is in the history (who, from when, before → after)', async () => {
  await choose(view, page, 'Năm đánh giá', String(NEXT));
  const quota = view.getByRole('table', { name: 'Tỷ lệ Hoàn thành xuất sắc' });
  await quota.getByRole('columnheader', { name: `Áp dụng cho năm ${NEXT}` }).waitFor();
  const row = quota.getByRole('row').filter({ has: page.getByRole('rowheader', { name: RATE_START }) });
  await row.getByText(`từ 01/01/${NEXT}`).waitFor();
  expect((await row.getByRole('cell').first().innerText()).replace(/\s+/g, ' ').trim()).toBe(`22,5 % từ 01/01/${NEXT}`);
  const history = view.getByRole('table', { name: /Mới nhất trước/ });
  const first = history.getByRole('row').nth(1);
  const cells = (await first.locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(cells.slice(0, 4)).toEqual([RATE, '20 % → 22,5 %', `01/01/${NEXT}`, 'Trần Thị Mai']);
  await checkScreen(page, 'admin-settings-history');
  expect(errors).toEqual([]);
});
