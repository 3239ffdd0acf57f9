/**
 * The unit's meeting minutes with the keyboard alone (WCAG 2.1.1), in a Teams tab's 800 px (issue 14):
 * a phòng's head opens the year's sheet from a notice's link, types the date, the place, the chair and
 * the secretary, then for each person the comments, the proposal and its votes, in one row per person.
 * A meeting dated after today is refused next to its date (biên bản: NĐ 90/2020 Điều 18 bước 2; law.md 4,
 * "recorded in the minutes and approved at the meeting": the meeting has been held); with the day it was
 * held the minutes are approved and recorded. axe on each screen.
 */
import { Page } from 'playwright-core';
import { BASE_URL, browserForThisFile, chooseUser, panel, screenshot, settled, TABS } from './support/browser';
import { devUsers, unitRow } from './support/intranet';
import { announced, checkScreen } from './support/journey';
import { tabToNamed } from './support/keyboard';

const YEAR = new Date().getFullYear();
const HR = 'tran.thi.mai@vhttdl.local';
/** A Teams tab: 800 px wide, and the height of a screen under Teams' own bars. */
const TAB = { width: 800, height: 720 };
/**
 * Phòng of Cục the other browser tests leave alone this year (the journeys use Phòng Báo điện tử, the
 * decision sheet a Vụ, the documents the past year); the one closest to ten people is chosen.
 */
const PHONG = ['DLQG-2', 'DLQG-3', 'DLQG-4', 'VHCS-2', 'VHCS-3', 'VHCS-4', 'TDTT-2', 'TDTT-3', 'DA-2', 'DA-3'];

let page: Page;
let errors: string[];
let unitCode: string;
let headUpn: string;

/** A calendar day in Hà Nội (UTC+7), `days` from now. */
function hanoiDay(days: number): { iso: string; day: string; month: string; year: string } {
  const iso = new Date(Date.now() + 7 * 3600000 + days * 86400000).toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-');
  return { iso, day, month, year };
}
const TODAY = hanoiDay(0);
const TOMORROW = hanoiDay(1);

beforeAll(async () => {
  const sizes = await Promise.all(
    PHONG.map(async (code) => {
      const row = await unitRow(code, HR);
      const people = await devUsers(`?unit=${code.split('-')[0]}`);
      return { code, head: row.HeadLogin as string, size: people.filter((u) => u.managerUpn === row.HeadLogin).length + 1 };
    })
  );
  sizes.sort((a, b) => Math.abs(a.size - 10) - Math.abs(b.size - 10) || b.size - a.size);
  unitCode = sizes[0].code;
  headUpn = sizes[0].head;
});

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

afterEach(async () => {
  await screenshot(page, `minutes-keyboard-after-${expect.getState().currentTestName || 'step'}`.slice(0, 120));
  expect(errors).toEqual([]);
});

/** Presses Tab until the focused control's name starts with `name`. */
function tabTo(name: string, max: number = 80): Promise<void> {
  return tabToNamed(page, name, { max });
}

/**
 * Types a day into the focused date field, segment by segment. Chromium orders the segments by its own
 * interface language (en-US here: mm/dd/yyyy), not by the page's.
 */
async function typeDate(date: { day: string; month: string; year: string }): Promise<void> {
  await page.keyboard.type(date.month);
  await page.keyboard.type(date.day);
  await page.keyboard.type(date.year);
}

test('the head opens the sheet from a notice’s link at 800 px: one row per person, nothing wider than the tab', async () => {
  await page.setViewportSize(TAB);
  await chooseUser(page, headUpn);
  // The link a notice carries (noticePlaces.unitYear): the head lands on the unit's year.
  await page.goto(`${BASE_URL}/?dgcc-view=review&dgcc-screen=unitYear&dgcc-year=${YEAR}&dgcc-unit=${unitCode}`);
  await page.getByRole('tab', { name: TABS.review, exact: true, selected: true }).waitFor();
  await settled(page);
  const minutes = panel(page).getByRole('region', { name: 'Biên bản họp nhận xét, đánh giá' });
  const table = minutes.getByRole('table', { name: 'Ý kiến nhận xét và biểu quyết về từng người' });
  await table.waitFor();
  const names = await table.getByRole('rowheader').allInnerTexts();
  expect(names.length).toBeGreaterThanOrEqual(5);
  // The hint before typing: from 01/01 of the year to today.
  await minutes.getByText(`Ngày đã họp, từ 01/01/${YEAR} đến ${TODAY.day}/${TODAY.month}/${TODAY.year}.`).waitFor();
  const measured = await page.evaluate(() => {
    const region = document.querySelector('[aria-labelledby="dgcc-unit-minutes"]') as HTMLElement;
    const grid = region.querySelector('table') as HTMLTableElement;
    const scroller = grid.parentElement as HTMLElement;
    return {
      pageWidth: document.documentElement.scrollWidth,
      tableWidth: grid.scrollWidth,
      boxWidth: scroller.clientWidth,
      tableHeight: Math.round(grid.getBoundingClientRect().height),
      rowHeight: Math.round(grid.tBodies[0].getBoundingClientRect().height / grid.tBodies[0].rows.length),
      formHeight: Math.round(region.getBoundingClientRect().height)
    };
  });
  // eslint-disable-next-line no-console
  console.log(`minutes of ${unitCode} (${names.length} people) at ${TAB.width} px: ${JSON.stringify(measured)}`);
  expect(measured.pageWidth).toBeLessThanOrEqual(TAB.width);
  expect(measured.tableWidth).toBeLessThanOrEqual(measured.boxWidth);
  // One row per person: the minutes of a 10-person unit (the rest of the form, and ten rows of the height
  // measured here) within two of the tab's screens.
  const tenPeople = measured.formHeight - measured.rowHeight * names.length + 10 * measured.rowHeight;
  // eslint-disable-next-line no-console
  console.log(`a 10-person unit's minutes at ${TAB.width} px: about ${tenPeople} px (two screens: ${2 * TAB.height} px)`);
  expect(tenPeople).toBeLessThanOrEqual(2 * TAB.height);
  await checkScreen(page, 'minutes-keyboard-opened-800');
});

test('keyboard alone: a meeting dated tomorrow is refused next to its date; dated today the minutes are approved', async () => {
  const view = panel(page);
  const minutes = view.getByRole('region', { name: 'Biên bản họp nhận xét, đánh giá' });
  const names = await minutes.getByRole('rowheader').allInnerTexts();
  await page.getByRole('tab', { name: TABS.review, exact: true }).focus();

  await tabTo('Ngày họp');
  await typeDate(TOMORROW);
  const date = minutes.getByLabel('Ngày họp', { exact: true });
  expect(await date.inputValue()).toBe(TOMORROW.iso);
  await tabTo('Địa điểm');
  await page.keyboard.type('Phòng họp tầng 2, 51 Ngô Quyền');
  // Fluent's Dropdown: the arrow keys choose without opening the list (the chair first, the secretary second).
  await tabTo('Chủ trì');
  await page.keyboard.press('ArrowDown');
  await tabTo('Thư ký');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo('Số người có mặt');
  await page.keyboard.type(String(names.length));
  for (const name of names) {
    await tabTo(`Ý kiến nhận xét về ${name}`);
    await page.keyboard.type(`Đồng chí ${name} hoàn thành tốt nhiệm vụ được giao.`);
    await tabTo(`Mức tập thể đề xuất cho ${name}`);
    // Hoàn thành xuất sắc, then Hoàn thành tốt nhiệm vụ.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(`Số phiếu “Hoàn thành tốt nhiệm vụ” cho ${name}`);
    await page.keyboard.type(String(names.length));
  }

  // Refused where the date is: said next to the field, the field marked invalid; nothing approved.
  await tabTo('Thông qua biên bản');
  await page.keyboard.press('Enter');
  await minutes.getByText(`Ngày họp không được sau hôm nay (${TODAY.day}/${TODAY.month}/${TODAY.year})`).waitFor();
  expect(await date.getAttribute('aria-invalid')).toBe('true');
  const describedBy = ((await date.getAttribute('aria-describedby')) || '').split(/\s+/).filter((id) => !!id);
  const description = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
  expect(description.join(' ')).toContain('Ngày họp không được sau hôm nay');
  expect(await minutes.getByText('Đã được thông qua tại cuộc họp.').count()).toBe(0);
  await checkScreen(page, 'minutes-keyboard-future-date-refused');

  // Back to the date from the top of the tab, the day it was held typed over it, then approved.
  await page.getByRole('tab', { name: TABS.review, exact: true }).focus();
  await tabTo('Ngày họp');
  await typeDate(TODAY);
  expect(await date.inputValue()).toBe(TODAY.iso);
  expect(await date.getAttribute('aria-invalid')).not.toBe('true');
  await tabTo('Thông qua biên bản');
  await page.keyboard.press('Enter');
  await announced(view, 'Đã ghi biên bản họp đã được thông qua.');
  await minutes.getByText('Đã được thông qua tại cuộc họp.', { exact: false }).waitFor();
  await checkScreen(page, 'minutes-keyboard-approved');
});
