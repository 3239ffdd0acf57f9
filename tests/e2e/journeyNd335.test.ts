/**
 * A whole NĐ 335/2025 year for one unit, acting as each person through the page's switcher:
 * Phòng Báo điện tử (Cục Báo chí), which the sample site leaves late (its last two months and its year
 * to do). HR reopens October for it and reminds those late; a civil servant reports October and
 * November; the direct manager returns October with a reason, then approves both; the unit's people
 * write their yearly self-evaluations; the head records the meeting's minutes; the Cục trưởng decides
 * within the quota (a conflict resolved), publishes; a complaint is answered. Every screen is checked
 * with axe and photographed.
 */
import { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, TABS } from './support/browser';
import { devUsers, DevUser, outbox, setPeriodStatus, unitRow } from './support/intranet';
import { actAs, announced, checkScreen, choose } from './support/journey';

const YEAR = new Date().getFullYear();
const OPEN_MONTH = new Date().getMonth() + 1;
const LAST_MONTH = OPEN_MONTH - 1;
const HR = 'tran.thi.mai@vhttdl.local';

let browser: Browser;
let page: Page;
let errors: string[];
let staff: DevUser[];
let manager: DevUser;
let evaluator: DevUser;

beforeAll(async () => {
  const unit = await unitRow('BC-3', HR);
  const cuc = await unitRow('BC', HR);
  const people = await devUsers('?unit=BC');
  manager = people.find((u) => u.upn === unit.HeadLogin) as DevUser;
  evaluator = people.find((u) => u.upn === cuc.HeadLogin) as DevUser;
  staff = people.filter((u) => u.managerUpn === manager.upn).sort((a, b) => (a.upn < b.upn ? -1 : 1));
  expect(staff.length).toBeGreaterThanOrEqual(3);
  // HR reopens the last month for the late unit (in the periods list, as HR does today).
  await setPeriodStatus(HR, YEAR, 'MONTH', LAST_MONTH, 'OPEN');
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser));
});

afterAll(async () => {
  await setPeriodStatus(HR, YEAR, 'MONTH', LAST_MONTH, 'CLOSED');
  await browser.close();
});

afterEach(() => {
  expect(errors).toEqual([]);
});

async function reportMonth(month: number, products: Array<{ description: string; assigned: number; completed: number; onTime: number }>, selfScore: string): Promise<void> {
  const view = await actAs(page, staff[0].upn, TABS.my);
  const form = view.getByRole('region', { name: `Tháng ${month}/${YEAR}` });
  if (!(await form.count())) await view.getByRole('button', { name: `Xem Tháng ${month}/${YEAR}` }).click();
  await form.waitFor();
  for (let i = 0; i < products.length; i++) {
    const p = products[i];
    await form.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    const line = form.getByRole('group', { name: `Sản phẩm ${i + 1}` });
    await choose(line, page, 'Loại sản phẩm', /hệ số/);
    await line.getByLabel('Mô tả (số, trích yếu văn bản…)').fill(p.description);
    await line.getByLabel('Số được giao').fill(String(p.assigned));
    await line.getByLabel('Số đã hoàn thành').fill(String(p.completed));
    await line.getByLabel('Số hoàn thành đúng hạn').fill(String(p.onTime));
  }
  await form.getByLabel('Tự chấm tiêu chí chung (0–30 điểm)').fill(selfScore);
  await announced(form, /Tổng điểm: [\d,]+\/100/);
  await checkScreen(page, `journey-335-staff-month-${month}-filled`);
  await form.getByRole('button', { name: 'Nộp' }).click();
  expect(await announced(view, 'Đã nộp cho người quản lý trực tiếp.')).toContain(manager.upn);
}

test('HR sees who is late for the reopened month and reminds them', async () => {
  const view = await actAs(page, HR, TABS.admin);
  await choose(view, page, 'Kỳ cần nhắc', new RegExp(`^Tháng ${LAST_MONTH}/${YEAR}`));
  const table = view.getByRole('table', { name: new RegExp(`người chưa nộp Tháng ${LAST_MONTH}/${YEAR}`) });
  await table.waitFor();
  const late = await table.locator('tbody th').allInnerTexts();
  for (const person of staff) expect(late.join('\n')).toContain(person.displayName);
  await checkScreen(page, 'journey-335-hr-reminders');
  const before = (await outbox()).length;
  await view.getByRole('button', { name: /^Gửi nhắc hạn cho \d+ người$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await announced(view, /Đã gửi nhắc hạn cho \d+ người/);
  const sent = (await outbox()).slice(0, (await outbox()).length - before);
  for (const person of staff) expect(sent.some((m) => m.to.includes(person.upn))).toBe(true);
});

test(`a civil servant reports Tháng ${LAST_MONTH} and submits it to the direct manager`, async () => {
  await reportMonth(LAST_MONTH, [
    { description: 'Công văn 123/CBC-BĐT hướng dẫn cấp phép trang tin điện tử', assigned: 4, completed: 4, onTime: 4 },
    { description: 'Báo cáo tình hình báo điện tử quý III', assigned: 2, completed: 2, onTime: 1 }
  ], '27');
});
