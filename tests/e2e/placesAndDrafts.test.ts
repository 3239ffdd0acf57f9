/**
 * Drafts and places (issue 14): the direct manager's scoring survives a reload (what was typed, said
 * restored); a return asks for confirmation and then says one thing, naming the person and what comes
 * next; the review and an administration tab survive a reload and the back button. Axe on each new screen.
 *
 * It acts as someone of Cục Báo chí outside its late unit (BC-3), who has not started this month's report,
 * and as that person's direct manager. (A notice's link opening its item: tests/e2e/nothingStalls.test.ts.)
 */
import { Locator, Page } from 'playwright-core';
import { ACCOUNTS, browserForThisFile, screenshot, settled, TABS } from './support/browser';
import { DevUser, devUsers, unitRow } from './support/intranet';
import { actAs, announced, checkScreen, choose, confirmAct, openTask } from './support/journey';
import { criterionBoxName, fillGeneralCriteria, MAU01_LEAVES } from './support/mau01';

const YEAR = new Date().getFullYear();
const OPEN_MONTH = new Date().getMonth() + 1;
const MONTH = `Tháng ${OPEN_MONTH}/${YEAR}`;
const HR = ACCOUNTS.hr.upn;
const COMMENT_LABEL = '6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá';
const REVIEW_HEADING = (name: string): string => `Chấm điểm tháng ${OPEN_MONTH}/${YEAR} của ${name}`;

let page: Page;
let errors: string[];
let person: DevUser;
let manager: DevUser;

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(async () => {
  await screenshot(page, `places-drafts-after-${expect.getState().currentTestName || 'step'}`.slice(0, 120));
  expect(errors).toEqual([]);
});

/** The selected tab of the administration (its own tablist, inside the page's). */
function adminTabSelected(name: string): Locator {
  return page.getByRole('tabpanel').first().getByRole('tab', { name, exact: true, selected: true });
}

test(`someone of Cục Báo chí submits ${MONTH}`, async () => {
  const [late, cuc, people] = await Promise.all([unitRow('BC-3', HR), unitRow('BC', HR), devUsers('?unit=BC')]);
  const fixed: string[] = Object.values(ACCOUNTS).map((a) => a.upn);
  const candidates = people
    .filter((u) => u.managerUpn && u.managerUpn !== late.HeadLogin && u.managerUpn !== cuc.HeadLogin && fixed.indexOf(u.upn) < 0 && fixed.indexOf(u.managerUpn) < 0)
    .sort((a, b) => (a.upn < b.upn ? -1 : 1));
  for (const candidate of candidates) {
    const view = await actAs(page, candidate.upn, TABS.my);
    const form = view.getByRole('region', { name: MONTH });
    await form.waitFor();
    if (!(await form.getByRole('button', { name: 'Thêm sản phẩm' }).count()) || (await form.getByRole('group', { name: 'Sản phẩm 1' }).count())) continue;
    person = candidate;
    manager = people.find((u) => u.upn === candidate.managerUpn) as DevUser;
    await form.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    const line = form.getByRole('group', { name: 'Sản phẩm 1' });
    await choose(line, page, 'Loại sản phẩm', /hệ số/);
    await line.getByLabel('Mô tả (số, trích yếu văn bản…)').fill('Tổng hợp phản ánh của độc giả');
    await line.getByLabel('Số được giao').fill('4');
    await line.getByLabel('Số đã hoàn thành').fill('4');
    await line.getByLabel('Số hoàn thành đúng hạn').fill('4');
    await fillGeneralCriteria(form, 26);
    await form.getByRole('button', { name: 'Nộp', exact: true }).click();
    await confirmAct(page, 'Xác nhận nộp');
    await announced(view, 'Đã nộp cho người quản lý trực tiếp.');
    return;
  }
  throw new Error('nobody of Cục Báo chí outside BC-3 has this month still to start');
});

test('the manager types a score and a comment, reloads, finds them; a return asks first, then one message; the review survives a reload and the back button', async () => {
  expect(manager).toBeDefined();
  let view = await openTask(page, manager.upn, 'Chấm điểm kỳ', person.displayName, MONTH);
  const heading = page.getByRole('heading', { name: REVIEW_HEADING(person.displayName), exact: true });
  await heading.waitFor();
  const firstBox = (): Locator => page.getByRole('tabpanel').first().getByLabel(criterionBoxName(MAU01_LEAVES[0]), { exact: true });
  await firstBox().fill('3,5');
  await page.getByLabel(COMMENT_LABEL, { exact: true }).fill('Cần nêu rõ số văn bản trong mô tả');
  await announced(view, 'Thay đổi được giữ trên trình duyệt này');

  await page.reload();
  await page.getByRole('tab', { name: TABS.review, exact: true, selected: true }).waitFor();
  await settled(page);
  await heading.waitFor();
  view = page.getByRole('tabpanel').first();
  await expect(firstBox().inputValue()).resolves.toBe('3,5');
  await expect(page.getByLabel(COMMENT_LABEL, { exact: true }).inputValue()).resolves.toBe('Cần nêu rõ số văn bản trong mô tả');
  await announced(view, 'Đã khôi phục bản nháp chưa lưu từ lần trước.');
  await checkScreen(page, 'places-drafts-review-restored');

  // A return cannot be undone: asked first; Hủy sends nothing.
  await page.getByLabel('Lý do trả lại (bắt buộc khi trả lại)').fill('Bổ sung minh chứng cho sản phẩm 1');
  await view.getByRole('button', { name: 'Trả lại', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: `Trả lại báo cáo tháng ${OPEN_MONTH}/${YEAR} của ${person.displayName}?` });
  await dialog.getByRole('button', { name: 'Hủy' }).waitFor();
  await expect(dialog.innerText()).resolves.toContain(`${person.displayName} được báo lý do, phải sửa báo cáo và nộp lại`);
  await checkScreen(page, 'places-drafts-return-confirmation');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect(page.getByText(/^Đã trả lại/).count()).resolves.toBe(0);

  await view.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await confirmAct(page, 'Xác nhận trả lại');
  const message = await announced(view, `Đã trả lại báo cáo tháng ${OPEN_MONTH}/${YEAR} của ${person.displayName}`);
  expect(message).toContain(`Tiếp theo: ${person.displayName} sửa báo cáo và nộp lại`);
  expect(message).toContain(person.displayName);
  // One message on the review: no second note saying the period is not waiting any more.
  await expect(page.getByRole('region', { name: REVIEW_HEADING(person.displayName), exact: true }).locator('.ms-MessageBar').count()).resolves.toBe(1);
  await checkScreen(page, 'places-drafts-returned');

  // Sent, the draft is forgotten: a reload restores nothing, and stays on the review.
  await page.reload();
  await heading.waitFor();
  await expect(page.getByText('Đã khôi phục bản nháp chưa lưu từ lần trước.').count()).resolves.toBe(0);

  // The back button from the inbox returns to the review.
  await page.getByRole('button', { name: 'Quay lại danh sách việc' }).first().click();
  await page.getByRole('table', { name: 'Việc đang chờ xử lý' }).or(page.getByText('Hiện không có việc nào chờ duyệt hoặc quyết định.')).first().waitFor();
  await page.goBack();
  await heading.waitFor();
});

test('an administration tab survives a reload and the back button', async () => {
  const admin = await actAs(page, HR, TABS.admin);
  await admin.getByRole('tab', { name: 'Thiết lập', exact: true }).click();
  await admin.getByRole('heading', { name: 'Thiết lập đánh giá, xếp loại' }).waitFor();
  await page.reload();
  await page.getByRole('tab', { name: TABS.admin, exact: true, selected: true }).waitFor();
  await settled(page);
  await adminTabSelected('Thiết lập').waitFor();
  await checkScreen(page, 'places-drafts-admin-settings-reloaded');

  await page.getByRole('tabpanel').first().getByRole('tab', { name: 'Nhật ký', exact: true }).click();
  await adminTabSelected('Nhật ký').waitFor();
  await page.goBack();
  await adminTabSelected('Thiết lập').waitFor();
});
