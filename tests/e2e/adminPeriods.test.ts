/**
 * HR (Vụ Tổ chức cán bộ) runs next year's periods from "Quản trị đánh giá" › "Kỳ đánh giá": creates
 * them, opens January, extends its deadline for one unit with a reason (keyboard only), locks it and
 * reopens it with a reason (mouse), and reads the history (who, when, why). Only next year is touched:
 * the other files read this year's periods as the seed left them. Every screen is checked with axe.
 */
import { Locator, Page } from 'playwright-core';
import { browserForThisFile, TABS } from './support/browser';
import { actAs, announced, checkScreen, choose } from './support/journey';

const NEXT = new Date().getFullYear() + 1;
const JANUARY = `Tháng 1/${NEXT}`;
/** The period inside a sentence or a button's label (issue 14): "Mở tháng 1/2027". */
const JANUARY_IN_SENTENCE = `tháng 1/${NEXT}`;
const HR = 'tran.thi.mai@vhttdl.local';
const UNIT = 'Vụ Pháp chế';
// A change is three requests and the table's reload a batch: on a loaded 2-core machine, seconds each.
const SLOW = 60000;
const TEST_TIMEOUT = 240000;

let page: Page;
let errors: string[];
let view: Locator;

/** January's row of the periods table (its row header names it; the history's rows name periods too). */
function januaryRow(): Locator {
  return view
    .getByRole('table', { name: `Kỳ đánh giá năm ${NEXT}`, exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: JANUARY, exact: true }) });
}

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

/** What has the keyboard focus: its accessible name as the page gives it (label, aria-label or text). */
async function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    const byIds = labelledBy
      ? labelledBy
          .split(' ')
          .map((id) => (document.getElementById(id) || { textContent: '' }).textContent || '')
          .join(' ')
      : '';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    return (el.getAttribute('aria-label') || byIds || (label && label.textContent) || el.innerText || '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name starts with `name` (or is it, `exact`), at most `max` times. */
async function tabTo(name: string, exact: boolean = false, max: number = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedName();
    if (exact ? now === name : now.indexOf(name) === 0) return;
    seen.push(now.slice(0, 50));
  }
  throw new Error(`Tab never reached ${name}; focus went through:\n  ${seen.join('\n  ')}`);
}

test('HR creates next year’s periods and opens January (mouse)', async () => {
  view = await actAs(page, HR, TABS.admin);
  await view.getByRole('tab', { name: 'Kỳ đánh giá' }).click();
  await view.getByRole('button', { name: `Tạo các kỳ của năm ${NEXT}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Tạo các kỳ của năm ${NEXT}` });
  await dialog.getByText(`Sẽ tạo 13 kỳ: Tháng 1/${NEXT}`).waitFor();
  await checkScreen(page, 'admin-periods-create');
  await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
  await announced(view, `Đã tạo 13 kỳ của năm ${NEXT}.`, SLOW);
  await choose(view, page, 'Năm', String(NEXT));
  await view.getByRole('table', { name: `Kỳ đánh giá năm ${NEXT}` }).waitFor();
  await view.getByRole('button', { name: `Mở ${JANUARY_IN_SENTENCE}`, exact: true }).click();
  await page.getByRole('alertdialog', { name: `Mở ${JANUARY_IN_SENTENCE}?` }).getByRole('button', { name: 'Mở', exact: true }).click();
  await announced(view, `Đã mở ${JANUARY_IN_SENTENCE}.`, SLOW);
  await januaryRow().getByText('Đang mở').waitFor();
}, TEST_TIMEOUT);

test('HR extends the open January for one unit with a reason, keyboard only', async () => {
  // From the year chooser, Tab goes through the page's buttons to the row's "Gia hạn…".
  await view.getByRole('combobox', { name: 'Năm' }).focus();
  await tabTo(`Đặt hoặc gia hạn hạn chót ${JANUARY_IN_SENTENCE}`, true);
  await page.keyboard.press('Enter');
  // The open dialog by its title (a closed confirmation stays in the page, hidden).
  const dialog = page.getByRole('alertdialog', { name: `Hạn chót ${JANUARY_IN_SENTENCE}` });
  // Fluent's dialog element has no box of its own: wait for what is in it.
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
  // The scope starts at "one unit": find it by a few letters, pick the first match with the arrow key.
  await tabTo('Tìm đơn vị');
  await page.keyboard.type('phap che');
  await tabTo('Đơn vị');
  await page.keyboard.press('ArrowDown');
  await dialog.getByRole('combobox', { name: /^Đơn vị/ }).getByText(UNIT).waitFor();
  await tabTo('Hạn chót mới');
  await page.keyboard.type(`12/02/${NEXT}`);
  // Saved without a reason: the error is said next to the field, nothing is written.
  await tabTo('Lưu', true);
  await page.keyboard.press('Enter');
  await dialog.getByText('Nhập lý do: lý do được ghi vào lịch sử thay đổi.').waitFor();
  await checkScreen(page, 'admin-periods-extend-errors');
  await tabTo('Lý do');
  await page.keyboard.type('Vụ tập trung thẩm định luật trong tháng 1');
  await tabTo('Lưu', true);
  await page.keyboard.press('Enter');
  await announced(view, `Đã gia hạn ${JANUARY_IN_SENTENCE} cho ${UNIT} đến 12/02/${NEXT}.`, SLOW);
  await januaryRow().getByText('(1 gia hạn riêng)').waitFor();
}, TEST_TIMEOUT);

test('HR locks January, then reopens it with a reason (mouse), and reads the history', async () => {
  await view.getByRole('button', { name: `Khóa ${JANUARY_IN_SENTENCE}`, exact: true }).click();
  await page.getByRole('alertdialog', { name: `Khóa ${JANUARY_IN_SENTENCE}?` }).getByRole('button', { name: 'Khóa', exact: true }).click();
  await announced(view, `Đã khóa ${JANUARY_IN_SENTENCE}: công chức không nộp được nữa.`, SLOW);
  await view.getByRole('button', { name: `Mở lại ${JANUARY_IN_SENTENCE}`, exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: `Mở lại ${JANUARY_IN_SENTENCE}` });
  await dialog.getByRole('button', { name: 'Mở lại', exact: true }).click();
  await dialog.getByText('Nhập lý do: lý do được ghi vào lịch sử thay đổi.').waitFor();
  await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Khóa nhầm trước hạn đã gia hạn');
  await checkScreen(page, 'admin-periods-reopen');
  await dialog.getByRole('button', { name: 'Mở lại', exact: true }).click();
  await announced(view, `Đã mở lại ${JANUARY_IN_SENTENCE} cho mọi người.`, SLOW);
  await januaryRow().getByText('Đang mở').waitFor();

  await view.getByRole('button', { name: `Xem lịch sử thay đổi các kỳ năm ${NEXT}` }).click();
  const history = view.getByRole('table', { name: `Lịch sử thay đổi các kỳ năm ${NEXT}` });
  await history.getByText('Khóa nhầm trước hạn đã gia hạn').waitFor();
  const rows = await history.evaluate((t) => Array.from((t as HTMLTableElement).tBodies[0].rows).map((r) => Array.from(r.cells).map((c) => (c.textContent || '').trim())));
  // when | who | period | action | change | reason — newest first.
  expect(rows.map((r) => r[3])).toEqual(['Mở lại', 'Khóa', 'Gia hạn', 'Mở', 'Tạo các kỳ']);
  expect(rows.every((r) => r[1] === 'Trần Thị Mai')).toBe(true);
  expect(rows[0].slice(2)).toEqual([JANUARY, 'Mở lại', 'Đã khóa → Đang mở', 'Khóa nhầm trước hạn đã gia hạn']);
  expect(rows[2][5]).toBe('Vụ tập trung thẩm định luật trong tháng 1');
  await checkScreen(page, 'admin-periods-history');
  expect(errors).toEqual([]);
}, TEST_TIMEOUT);
