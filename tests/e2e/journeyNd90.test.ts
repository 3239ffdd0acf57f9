/**
 * A past year under NĐ 90/2020 as amended by NĐ 48/2023, for the unit the sample site leaves late
 * (Phòng Báo điện tử of Cục Báo chí has no evaluation for last year). HR reopens the year; each person
 * writes Mẫu 02 with the four criteria of Điều 3, the year's tasks and, for the head, the unit's
 * results; the engine suggests a rating from them; the head records the meeting; the Cục trưởng
 * decides (the quota kept by lowering as suggested) and publishes; the civil servant reads the result
 * of that year. Every screen is checked with axe and photographed.
 */
import { Locator, Page } from 'playwright-core';
import { browserForThisFile, screenshot, TABS } from './support/browser';
import { DevUser, lateUnit, setPeriodStatus } from './support/intranet';
import { actAs, announced, checkScreen, choose, confirmAct, openTask, recordMinutes } from './support/journey';

// The last NĐ 90/48 year the sample holds (years up to 2025; from 2027 the year before is an NĐ 335 year).
const YEAR = Math.min(new Date().getFullYear() - 1, 2025);
const HR = 'tran.thi.mai@vhttdl.local';

let page: Page;
let errors: string[];
let staff: DevUser[];
let manager: DevUser;
let evaluator: DevUser;

beforeAll(async () => {
  ({ staff, manager, evaluator } = await lateUnit(HR));
  // HR reopens last year for the late unit (the periods list, as HR does today).
  await setPeriodStatus(HR, YEAR, 'YEAR', undefined, 'OPEN');
});

afterAll(async () => {
  await setPeriodStatus(HR, YEAR, 'YEAR', undefined, 'CLOSED');
});

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(async () => {
  await screenshot(page, `journey-90-after-${expect.getState().currentTestName || 'step'}`.slice(0, 120));
  expect(errors).toEqual([]);
});

/** "Đánh giá của tôi" for last year: the year chooser, then the year's section. */
async function myYear(person: DevUser): Promise<{ view: Locator; form: Locator }> {
  const view = await actAs(page, person.upn, TABS.my);
  await view.getByLabel('Năm đánh giá').selectOption(String(YEAR));
  const form = view.getByRole('region', { name: `Đánh giá, xếp loại chất lượng năm ${YEAR}` });
  await form.getByRole('heading', { name: 'Kết quả xếp loại' }).waitFor();
  return { view, form };
}

async function pick(form: Locator, group: string, option: string): Promise<void> {
  // Keyboard, as a person using a screen reader would: focus the choice and press Space.
  await form.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true }).focus();
  await page.keyboard.press('Space');
}

const CRITERIA = ['Chính trị tư tưởng', 'Đạo đức, lối sống', 'Tác phong, lề lối làm việc', 'Ý thức tổ chức kỷ luật'];

/** Mẫu 02, filled as its author would: every part, the criteria, the tasks, and the proposal. */
async function writeMau02(person: DevUser, facts: { exceeded: number; highEfficiency: 'Có' | 'Không'; proposal: string; leader?: boolean }): Promise<string> {
  const { view, form } = await myYear(person);
  const parts = form.locator('textarea');
  for (let i = 0; i < (await parts.count()); i++) {
    await parts.nth(i).fill(`${person.displayName}: nội dung tự đánh giá năm ${YEAR}, phần ${i + 1}.`);
  }
  for (const criterion of CRITERIA) await pick(form, criterion, 'Thực hiện tốt');
  const tasks = form.getByRole('group', { name: 'Nhiệm vụ trong năm' });
  await tasks.getByLabel('Số nhiệm vụ được giao').fill('12');
  await tasks.getByLabel('Số nhiệm vụ đã hoàn thành').fill('12');
  await tasks.getByLabel('Hoàn thành đúng tiến độ, bảo đảm chất lượng').fill('12');
  await tasks.getByLabel('Hoàn thành vượt mức').fill(String(facts.exceeded));
  await pick(form, 'Đạt hiệu quả cao', facts.highEfficiency);
  if (facts.leader) {
    await pick(form, 'Kết quả lãnh đạo, quản lý (điểm a khoản 5 Điều 3)', 'Thực hiện tốt');
    const unit = form.getByRole('group', { name: 'Cơ quan, đơn vị được giao lãnh đạo, quản lý' });
    await unit.getByLabel('Số chỉ tiêu, nhiệm vụ của đơn vị').fill('10');
    await unit.getByLabel('Số chỉ tiêu, nhiệm vụ đã hoàn thành').fill('10');
    await unit.getByLabel('Hoàn thành đúng tiến độ, bảo đảm chất lượng').fill('10');
    await unit.getByLabel('Hoàn thành vượt mức').fill('3');
    await unit.getByLabel('Số cơ quan, đơn vị trực tiếp quản lý').fill('0');
  }
  await pick(form, 'Tự nhận mức xếp loại', facts.proposal);
  const suggestion = (await form.getByRole('region', { name: 'Gợi ý theo quy định' }).innerText()).replace(/\s+/g, ' ');
  await form.getByRole('button', { name: 'Nộp bản tự đánh giá' }).click();
  await confirmAct(page, 'Xác nhận nộp');
  await announced(view, 'Đã nộp bản tự đánh giá.');
  return suggestion;
}

test(`each person of the unit writes Mẫu 02 for ${YEAR}; the engine suggests from the criteria and tasks (NĐ 90/2020 Điều 3, 9, 10)`, async () => {
  // Tasks exceeded beyond half, all criteria done well and high efficiency: the text of Điều 9.
  const first = await writeMau02(staff[0], { exceeded: 7, highEfficiency: 'Có', proposal: 'Hoàn thành xuất sắc nhiệm vụ' });
  expect(first).toContain('Gợi ý: Hoàn thành xuất sắc nhiệm vụ');
  await checkScreen(page, 'journey-90-staff-mau-02');
  const second = await writeMau02(staff[1], { exceeded: 7, highEfficiency: 'Có', proposal: 'Hoàn thành xuất sắc nhiệm vụ' });
  expect(second).toContain('Gợi ý: Hoàn thành xuất sắc nhiệm vụ');
  for (const person of staff.slice(2)) {
    // Every task on time and to quality, none beyond: Điều 10 (HTTNV).
    expect(await writeMau02(person, { exceeded: 1, highEfficiency: 'Không', proposal: 'Hoàn thành tốt nhiệm vụ' })).toContain('Gợi ý: Hoàn thành tốt nhiệm vụ');
  }
  await writeMau02(manager, { exceeded: 2, highEfficiency: 'Không', proposal: 'Hoàn thành tốt nhiệm vụ', leader: true });
});

const proposal = (person: DevUser): string => (person === staff[0] || person === staff[1] ? 'Hoàn thành xuất sắc nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ');

test('the head records the unit meeting of that year', async () => {
  const view = await openTask(page, manager.upn, 'Ghi biên bản họp nhận xét, đánh giá', 'Cục Báo chí › Phòng Báo điện tử', `Năm ${YEAR}`);
  const minutes = await recordMinutes(page, view, {
    heldOn: `${YEAR}-12-10`,
    place: 'Phòng họp Cục Báo chí',
    chair: manager,
    secretary: staff[3] || staff[2],
    people: staff.concat([manager]),
    proposal
  });
  await checkScreen(page, 'journey-90-minutes');
  await minutes.getByRole('button', { name: 'Thông qua biên bản' }).click();
  // Who was told is named by name (and position), never by address (issue 14).
  const told = await announced(view, 'Đã ghi biên bản họp đã được thông qua.');
  expect(told).toContain(evaluator.displayName);
  expect(told).not.toContain('@');
});

test('the Cục trưởng decides the year within the quota and publishes it', async () => {
  const view = await openTask(page, evaluator.upn, 'Quyết định xếp loại', 'Cục Báo chí', `Năm ${YEAR}`);
  const sheet = view.getByRole('region', { name: 'Quyết định xếp loại' });
  for (const person of staff.concat([manager])) {
    await choose(sheet, page, `Xếp loại ${person.displayName}`, proposal(person));
    await sheet.getByLabel(`Lý do xếp loại ${person.displayName}`).fill(`Theo Mẫu 02 và biên bản họp phòng năm ${YEAR}.`);
  }
  const quota = view.getByRole('region', { name: 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ' });
  await expect(quota.innerText()).resolves.toContain('vượt');
  await view.getByRole('button', { name: 'Hạ mức theo đề xuất' }).click();
  await expect(quota.innerText()).resolves.not.toContain('vượt');
  await checkScreen(page, 'journey-90-decision');
  await view.getByRole('button', { name: 'Quyết định', exact: true }).click();
  await announced(view, 'Đã ghi quyết định; kết quả chưa công khai.');
  await view.getByRole('button', { name: 'Công khai', exact: true }).click();
  await confirmAct(page, 'Xác nhận công khai');
  await announced(view, 'Đã thông báo và công khai kết quả trong đơn vị.');
});

test(`the civil servant reads the published result of ${YEAR} with its reasons and history`, async () => {
  const { view } = await myYear(staff[2]);
  await expect(view.locator('tr', { has: page.getByRole('rowheader', { name: `Năm ${YEAR}`, exact: true }) }).innerText()).resolves.toContain('Hoàn thành tốt nhiệm vụ');
  await view.getByText(`Theo Mẫu 02 và biên bản họp phòng năm ${YEAR}.`).first().waitFor();
  await checkScreen(page, 'journey-90-staff-result');
});
