/**
 * HR (Vụ Tổ chức cán bộ) reminds two chosen people of Cục Điện ảnh, before the open month's deadline,
 * with a copy to their direct manager, with the keyboard alone (WCAG 2.1.1): the tab by the arrow keys,
 * the period, the days, "chosen people" by the arrow keys, each person found by name and ticked with
 * Space, the preview, the confirmation. The preview and the notices name people by name and position;
 * each reminder links to the person's own month. No other browser test reminds anyone of Cục Điện ảnh.
 */
import { Page } from 'playwright-core';
import { browserForThisFile, screenshot, TABS } from './support/browser';
import { DevUser, devUsers, outbox } from './support/intranet';
import { actAs, announced, checkScreen } from './support/journey';
import { nameOfFocus } from './support/keyboard';

const YEAR = new Date().getFullYear();
const OPEN_MONTH = new Date().getMonth() + 1;
const HR = 'tran.thi.mai@vhttdl.local';

let page: Page;
let errors: string[];
let chosen: DevUser[];

beforeAll(async () => {
  const everyone = await devUsers();
  const once = (u: DevUser): boolean => everyone.filter((v) => v.displayName === u.displayName).length === 1;
  // Two civil servants of Cục Điện ảnh with a manager, each the only one of their name (found by name).
  chosen = everyone
    .filter((u) => (u.unitId || '').indexOf('DA') === 0 && !!u.managerUpn && /^Chuyên viên/.test(u.jobTitle || '') && once(u))
    .sort((a, b) => (a.upn < b.upn ? -1 : 1))
    .slice(0, 2);
  if (chosen.length < 2) throw new Error('the sample site has no two civil servants of Cục Điện ảnh');
});

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(async () => {
  await screenshot(page, `admin-reminders-after-${expect.getState().currentTestName || 'step'}`.slice(0, 120));
  expect(errors).toEqual([]);
});

/** The accessible name of what has the focus (its aria-label, aria-labelledby, label or text). */
function focusedName(): Promise<string> {
  return nameOfFocus(page);
}

/** Presses `key` until the focused control's name starts with `name` (or is it, `exact`). */
async function pressTo(key: string, name: string, exact: boolean = false, max: number = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focusedName();
    if (exact ? now === name : now.indexOf(name) === 0) return;
    seen.push(now.slice(0, 50));
  }
  throw new Error(`${key} never reached "${name}"; the focus went through: ${seen.join(' | ')}`);
}

test('HR reminds two chosen people before the deadline, with a copy to their manager, with the keyboard alone', async () => {
  const view = await actAs(page, HR, TABS.admin);
  // The tabs: one tab stop, the arrow keys move (WAI-ARIA tabs); "Nhắc hạn" is the second.
  await view.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('Home');
  await pressTo('ArrowRight', 'Nhắc hạn', true, 10);
  await view.getByRole('heading', { name: 'Nhắc hạn nộp' }).waitFor();

  const period = `Tháng ${OPEN_MONTH}/${YEAR}`;
  // Inside a sentence the period is written in lower case (issue 14): "người chưa nộp tháng 12/2026".
  const inSentence = `tháng ${OPEN_MONTH}/${YEAR}`;
  await pressTo('Tab', 'Kỳ cần nhắc');
  await page.keyboard.press('Enter');
  await pressTo('ArrowDown', period, false, 20);
  await page.keyboard.press('Enter');

  // The open month's deadline is ahead: "before the deadline" is offered; its days widened to reach it.
  await view.getByRole('radio', { name: /^Trước hạn chót/ }).waitFor();
  expect(await view.getByRole('radio', { name: /^Trước hạn chót/ }).isChecked()).toBe(true);
  await pressTo('Tab', 'Số ngày trước hạn chót', true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('40');
  await pressTo('Tab', 'Tất cả những người chưa nộp', true);
  await pressTo('ArrowDown', 'Một số người được chọn', true, 4);

  await pressTo('Tab', 'Tìm người (họ tên, chức vụ hoặc đơn vị)', true);
  for (const person of chosen) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(person.displayName);
    await pressTo('Tab', `${person.displayName} – ${person.jobTitle}`, false, 5);
    await page.keyboard.press('Space');
    await pressTo('Shift+Tab', 'Tìm người (họ tên, chức vụ hoặc đơn vị)', true, 5);
  }
  await view.getByText('Đã chọn 2 người:').waitFor();
  await pressTo('Tab', 'Xem trước danh sách nhận', true);
  await page.keyboard.press('Enter');

  const table = view.getByRole('table', { name: `người chưa nộp ${inSentence} sẽ nhận lời nhắc` });
  await table.waitFor();
  const rows = (await table.locator('tbody th').allInnerTexts()).sort();
  expect(rows).toEqual(chosen.map((p) => `${p.displayName} – ${p.jobTitle}`).sort());
  const managers = chosen.map((p) => p.managerUpn as string).filter((m, i, all) => all.indexOf(m) === i);
  const copies = view.getByRole('table', { name: `${managers.length} người quản lý trực tiếp sẽ nhận bản sao` });
  await copies.waitFor();
  await checkScreen(page, 'admin-reminders-preview');

  const before = (await outbox()).length;
  await pressTo('Tab', `Gửi ${chosen.length + managers.length} thông báo`, true);
  await page.keyboard.press('Enter');
  // The dialog's own element has no box of its own (Fluent's layer): its button shows it is open.
  await page.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).waitFor();
  await checkScreen(page, 'admin-reminders-confirm');
  await pressTo('Tab', 'Gửi', true, 6);
  await page.keyboard.press('Enter');
  await announced(view, `Đã gửi nhắc hạn cho 2 người và bản sao cho ${managers.length} người quản lý trực tiếp.`);

  const all = await outbox();
  const sent = all.slice(0, all.length - before);
  expect(sent).toHaveLength(chosen.length + managers.length);
  for (const person of chosen) {
    const reminder = sent.filter((m) => m.to.includes(person.upn));
    expect(reminder).toHaveLength(1);
    expect(reminder[0].subject).toContain(`Sắp đến hạn: ${person.displayName} (${person.jobTitle}) chưa nộp phần tự đánh giá ${inSentence}`);
    // The link opens the person's own month, not the site's front page.
    expect(reminder[0].body).toMatch(/\?(.*&)?dgcc-view=my&dgcc-period-id=\d+/);
  }
  for (const manager of managers) {
    const copy = sent.filter((m) => m.to.includes(manager));
    expect(copy).toHaveLength(1);
    for (const person of chosen.filter((p) => p.managerUpn === manager)) expect(copy[0].body).toContain(`- ${person.displayName} – ${person.jobTitle}, `);
    expect(copy[0].body).not.toMatch(/@vhttdl\.local/);
  }
});
