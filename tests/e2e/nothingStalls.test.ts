/**
 * Nothing stalls (issue 11): a submission asks first and is confirmed with the keyboard alone; the notice
 * it sends links to the exact review, which a reload keeps; a leader goes from the dashboard to a unit's
 * sheet, which a reload keeps, and the back button returns to it from the inbox. Axe on each screen.
 *
 * It acts as someone of Cục Báo chí outside the late unit (BC-3, the journeys' unit), whose month no
 * other browser test reads, found among those who have not started this month's report.
 */
import { Locator, Page } from 'playwright-core';
import { ACCOUNTS, browserForThisFile, screenshot, settled, TABS } from './support/browser';
import { DevUser, devUsers, outbox, unitRow } from './support/intranet';
import { actAs, announced, checkScreen, choose } from './support/journey';
import { criterionBoxName, fillGeneralCriteria, MAU01_LEAVES } from './support/mau01';

const YEAR = new Date().getFullYear();
const OPEN_MONTH = new Date().getMonth() + 1;
const MONTH = `Tháng ${OPEN_MONTH}/${YEAR}`;
const HR = ACCOUNTS.hr.upn;

let page: Page;
let errors: string[];
let candidates: DevUser[];
let person: DevUser;
let manager: DevUser;
let cucHead: string;

beforeAll(async () => {
  const [late, cuc, people] = await Promise.all([unitRow('BC-3', HR), unitRow('BC', HR), devUsers('?unit=BC')]);
  cucHead = cuc.HeadLogin as string;
  const fixed: string[] = Object.values(ACCOUNTS).map((a) => a.upn);
  candidates = people
    .filter((u) => u.managerUpn && u.managerUpn !== late.HeadLogin && u.managerUpn !== cucHead && fixed.indexOf(u.upn) < 0 && fixed.indexOf(u.managerUpn) < 0)
    .sort((a, b) => (a.upn < b.upn ? 1 : -1));
});

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(async () => {
  await screenshot(page, `nothing-stalls-after-${expect.getState().currentTestName || 'step'}`.slice(0, 120));
  expect(errors).toEqual([]);
});

/** What has the focus: its role or tag, and its text. */
async function focused(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el && el !== document.body ? (el.innerText || el.getAttribute('aria-label') || el.tagName).replace(/\s+/g, ' ').trim() : '';
  });
}

async function focusBecomes(test: (text: string) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  let now = '';
  while (Date.now() < deadline) {
    now = await focused();
    if (test(now)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the focus never went to ${what}; it is on "${now}"`);
}

/** The open month's form of the first candidate who has not started it (no line yet, still editable). */
async function untouchedMonth(): Promise<{ view: Locator; form: Locator }> {
  for (const candidate of candidates) {
    const view = await actAs(page, candidate.upn, TABS.my);
    const form = view.getByRole('region', { name: MONTH });
    await form.waitFor();
    if ((await form.getByRole('button', { name: 'Thêm sản phẩm' }).count()) && !(await form.getByRole('group', { name: 'Sản phẩm 1' }).count())) {
      person = candidate;
      manager = (await devUsers('?unit=BC')).find((u) => u.upn === candidate.managerUpn) as DevUser;
      return { view, form };
    }
  }
  throw new Error('nobody of Cục Báo chí outside BC-3 has this month still to start');
}

test(`${MONTH} is submitted after a confirmation, with the keyboard: Hủy first, Escape cancels, Enter confirms; one message after`, async () => {
  const { view, form } = await untouchedMonth();
  await form.getByRole('button', { name: 'Thêm sản phẩm' }).click();
  const line = form.getByRole('group', { name: 'Sản phẩm 1' });
  await choose(line, page, 'Loại sản phẩm', /hệ số/);
  await line.getByLabel('Mô tả (số, trích yếu văn bản…)').fill('Tổng hợp tin bài báo in tháng này');
  await line.getByLabel('Số được giao').fill('3');
  await line.getByLabel('Số đã hoàn thành').fill('3');
  await line.getByLabel('Số hoàn thành đúng hạn').fill('3');
  await fillGeneralCriteria(form, 26);
  await announced(form, /Tổng điểm: [\d,]+\/100/);
  const sentBefore = (await outbox()).length;

  await form.getByRole('button', { name: 'Nộp', exact: true }).focus();
  await page.keyboard.press('Enter');
  // (Fluent's dialog element has no box of its own: what is visible is inside it.)
  const dialog = page.getByRole('alertdialog', { name: `Nộp báo cáo tháng ${OPEN_MONTH}/${YEAR}?` });
  await dialog.getByRole('button', { name: 'Hủy' }).waitFor();
  await focusBecomes((t) => t === 'Hủy', '"Hủy"');
  await checkScreen(page, 'nothing-stalls-submit-confirmation');
  // Shift+Tab moves to the confirming button, inside the dialog.
  await page.keyboard.press('Shift+Tab');
  await focusBecomes((t) => t === 'Xác nhận nộp', '"Xác nhận nộp"');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await focusBecomes((t) => t === 'Nộp', 'the button "Nộp" again');
  expect((await outbox()).length).toBe(sentBefore);
  await expect(form.getByRole('button', { name: 'Nộp', exact: true }).isEnabled()).resolves.toBe(true);

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Hủy' }).waitFor();
  await focusBecomes((t) => t === 'Hủy', '"Hủy"');
  await page.keyboard.press('Shift+Tab');
  await focusBecomes((t) => t === 'Xác nhận nộp', '"Xác nhận nộp"');
  await page.keyboard.press('Enter');
  const message = await announced(view, 'Đã nộp cho người quản lý trực tiếp.');
  expect(message).toContain(manager.displayName);
  expect(message).toContain('Tiếp theo: người quản lý trực tiếp chấm điểm kỳ này');
  // The message has the focus (the button is gone), and it is the only one on the form.
  await focusBecomes((t) => t.startsWith('Đã nộp cho người quản lý trực tiếp.'), 'the message');
  await expect(form.locator('.ms-MessageBar').count()).resolves.toBe(1);
  await checkScreen(page, 'nothing-stalls-submitted');
});

test('the notice to the direct manager opens the exact review; a reload stays on it', async () => {
  const notice = (await outbox()).filter((m) => m.to.includes(manager.upn)).pop();
  const link = notice ? (/Mở trang đánh giá: (\S+)/.exec(notice.body) || [])[1] : undefined;
  expect(link).toMatch(/dgcc-view=review/);
  await actAs(page, manager.upn, TABS.review);
  for (const step of ['opened', 'reloaded']) {
    if (step === 'opened') await page.goto(link as string);
    else await page.reload();
    await page.getByRole('tab', { name: TABS.review, exact: true, selected: true }).waitFor();
    await settled(page);
    // The review of that person's month, not the inbox.
    const review = page.getByRole('tabpanel').first();
    await review.getByLabel(criterionBoxName(MAU01_LEAVES[0]), { exact: true }).waitFor();
    await expect(review.innerText()).resolves.toContain(person.displayName);
    await expect(review.innerText()).resolves.toContain(`Chấm điểm tháng ${OPEN_MONTH}/${YEAR} của ${person.displayName}`);
    await expect(review.getByRole('table', { name: 'Việc đang chờ xử lý' }).count()).resolves.toBe(0);
  }
  await checkScreen(page, 'nothing-stalls-review-from-notice');
});

test('the Cục trưởng goes from the dashboard to a unit’s sheet; a reload keeps it; the back button returns to it from the inbox', async () => {
  const units = await actAs(page, cucHead, TABS.dashboard);
  const unitName = (await units.getByRole('link').first().innerText()).trim();
  expect(unitName).toMatch(/^Cục Báo chí/);
  await units.getByRole('link', { name: unitName, exact: true }).click();
  const sheetHeading = page.getByRole('heading', { name: `Năm ${YEAR}: ${unitName}`, exact: true });
  await sheetHeading.waitFor();
  await expect(page.getByRole('tab', { name: TABS.review, exact: true, selected: true }).count()).resolves.toBe(1);
  await page.getByRole('region', { name: 'Quyết định xếp loại' }).waitFor();
  await checkScreen(page, 'nothing-stalls-sheet-from-dashboard');

  await page.reload();
  await sheetHeading.waitFor();

  await page.getByRole('button', { name: 'Quay lại danh sách việc' }).first().click();
  const inbox = page.getByRole('table', { name: 'Việc đang chờ xử lý' }).or(page.getByText('Hiện không có việc nào chờ duyệt hoặc quyết định.'));
  await inbox.first().waitFor();
  await page.goBack();
  await sheetHeading.waitFor();
});
