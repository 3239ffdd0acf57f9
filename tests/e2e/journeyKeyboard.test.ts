/**
 * The month's report with the keyboard alone (WCAG 2.1.1): a civil servant of the late unit reaches
 * each control with Tab, chooses the product with the arrow keys, types the figures, and submits with
 * Enter; the problems of a first, incomplete attempt are announced. Then the direct manager opens it from
 * the inbox, scores and approves it, and goes back to the list, still with the keyboard alone.
 */
import { Page } from 'playwright-core';
import { browserForThisFile, screenshot, TABS } from './support/browser';
import { DevUser, lateUnit } from './support/intranet';
import { actAs, announced, checkScreen } from './support/journey';
import { criterionBoxName, MAU01_LEAVES, typeGeneralCriteria } from './support/mau01';
import { nameOfFocus, tabToNamed, waitForFocus } from './support/keyboard';

const YEAR = new Date().getFullYear();
const OPEN_MONTH = new Date().getMonth() + 1;
const HR = 'tran.thi.mai@vhttdl.local';

let page: Page;
let errors: string[];
let person: DevUser;
let manager: DevUser;

beforeAll(async () => {
  // Someone of the late unit whom the other journeys leave alone this month.
  const late = await lateUnit(HR);
  person = late.staff[2];
  manager = late.manager;
});

afterAll(async () => {
});

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(async () => {
  await screenshot(page, `journey-keyboard-after-${expect.getState().currentTestName || 'step'}`.slice(0, 120));
  expect(errors).toEqual([]);
});

/** The accessible name of what has the focus (its label, aria-label or text). */
function focusedName(): Promise<string> {
  return nameOfFocus(page);
}

/** Waits (a few seconds at most) until the focused control's name is `name`. */
function focusIs(name: string): Promise<void> {
  return waitForFocus(page, name);
}

/** Presses Tab until the focused control's name starts with `name`. */
function tabTo(name: string, max: number = 60): Promise<void> {
  return tabToNamed(page, name, { max });
}

test(`Tháng ${OPEN_MONTH}/${YEAR} is reported and submitted with the keyboard alone`, async () => {
  const view = await actAs(page, person.upn, TABS.my);
  const form = view.getByRole('region', { name: `Tháng ${OPEN_MONTH}/${YEAR}` });
  await form.getByRole('button', { name: 'Thêm sản phẩm' }).waitFor();
  await page.getByRole('tab', { name: TABS.my, exact: true }).focus();

  // A first attempt with nothing typed: the problems are announced, and the focus goes to their summary.
  await tabTo('Nộp');
  await page.keyboard.press('Enter');
  await announced(form, 'Chưa gửi được');

  await tabTo('Thêm sản phẩm');
  await page.keyboard.press('Enter');
  await tabTo('Loại sản phẩm');
  // Fluent's Dropdown: the arrow keys choose the next option without opening the list.
  await page.keyboard.press('ArrowDown');
  await tabTo('Mô tả');
  await page.keyboard.type('Thẩm định hồ sơ cấp phép trang tin điện tử tổng hợp');
  await tabTo('Số được giao');
  await page.keyboard.type('5');
  await tabTo('Số đã hoàn thành');
  await page.keyboard.type('5');
  await tabTo('Số hoàn thành đúng hạn');
  await page.keyboard.type('4');
  // Mẫu 01 Section I: each criterion's box in turn, named by its number and maximum.
  await typeGeneralCriteria(page, (name) => tabTo(name), 25);
  await form.getByText('Điểm tiêu chí chung: 25/30').waitFor();
  expect(await announced(form, /Tổng điểm: [\d,]+\/100/)).toMatch(/Tổng điểm/);
  await checkScreen(page, 'journey-keyboard-month-filled');
  await tabTo('Nộp');
  await page.keyboard.press('Enter');
  // Asked first: the focus on "Hủy", the harmless choice; Shift+Tab reaches "Xác nhận nộp", Enter confirms.
  await page.getByRole('alertdialog', { name: `Nộp báo cáo tháng ${OPEN_MONTH}/${YEAR}?` }).getByRole('button', { name: 'Hủy' }).waitFor();
  await focusIs('Hủy');
  await page.keyboard.press('Shift+Tab');
  await focusIs('Xác nhận nộp');
  await page.keyboard.press('Enter');
  expect(await announced(view, 'Đã nộp cho người quản lý trực tiếp.')).toContain(manager.displayName);
});

test('the direct manager opens it from the inbox and approves it with the keyboard alone', async () => {
  const view = await actAs(page, person.managerUpn as string, TABS.review);
  await view.getByRole('table', { name: 'Việc đang chờ xử lý' }).waitFor();
  await page.getByRole('tab', { name: TABS.review, exact: true }).focus();
  await tabTo(`Mở: Chấm điểm kỳ – ${person.displayName}, Tháng ${OPEN_MONTH}/${YEAR}`);
  await page.keyboard.press('Enter');
  // Starts from the person's own scores (25); the manager lowers one criterion from the keyboard.
  await view.getByLabel(criterionBoxName(MAU01_LEAVES[0]), { exact: true }).waitFor();
  await tabTo(criterionBoxName(MAU01_LEAVES[0]));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3,5');
  await view.getByText('Điểm tiêu chí chung: 24/30').waitFor();
  expect(await announced(view, /Tổng điểm: [\d,]+\/100/)).toMatch(/Tổng điểm/);
  await tabTo('Duyệt');
  await page.keyboard.press('Enter');
  await announced(view, `Đã duyệt báo cáo tháng ${OPEN_MONTH}/${YEAR} của ${person.displayName}`);
  // The way on is the back button, which now has the focus.
  // (Its text starts with an arrow hidden from screen readers.)
  expect(await focusedName()).toMatch(/(^|\s)Quay lại danh sách việc$/);
  await page.keyboard.press('Enter');
  await view.getByRole('table', { name: 'Việc đang chờ xử lý' }).or(view.getByText('Hiện không có việc nào chờ duyệt hoặc quyết định.')).waitFor();
});
