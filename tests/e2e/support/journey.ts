/**
 * Steps the journeys repeat: acting as any person of the sample ministry (not only the six fixed
 * accounts), checking a screen with axe and keeping its picture, and reading what the page announces.
 */
import { Locator, Page } from 'playwright-core';
import { axe, chooseUser, describeViolations, openTab, screenshot, TABS } from './browser';
import type { DevUser } from './intranet';

/** Acts as anyone of the sample ministry (chosen in the switcher by their login), on a tab of the page. */
export async function actAs(page: Page, upn: string, tab: string): Promise<Locator> {
  await chooseUser(page, upn);
  return openTab(page, tab);
}

/** The screen has no WCAG 2.1 A/AA violation; its picture and axe report are kept under `name`. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await axe(page, name);
  if (violations.length) throw new Error(`axe on ${name}:\n${describeViolations(violations)}`);
}

/** Chooses an option of a Fluent Dropdown (a combobox) by the start of its text. */
export async function choose(scope: Locator, page: Page, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  // The open list is Fluent's, in a layer of its own (the page's user switcher has options too).
  const options = page.locator('.ms-Dropdown-items').getByRole('option', { name: option });
  await options.first().click();
}

/**
 * Waits for a status or alert message containing `text` and returns its whole text. Polls the texts
 * rather than holding one element: a screen that reloads after an act replaces its messages.
 */
export async function announced(scope: Locator, text: string | RegExp, timeoutMs: number = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const texts = (await scope.locator('[role="status"], [role="alert"]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    const found = texts.find((t) => (typeof text === 'string' ? t.includes(text) : text.test(t)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`nothing announced ${String(text)}; the messages on screen: ${texts.join(' | ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Answers the confirmation an act that cannot be undone asks for (submit, publish) with its confirming
 * button, and waits until the dialog has gone (the act runs once it has closed).
 */
export async function confirmAct(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Opens a task of "Duyệt và quyết định" by its button ("Mở: <task> – <subject>, <period>"). */
export async function openTask(page: Page, upn: string, task: string, subject: string, period: string): Promise<Locator> {
  const view = await actAs(page, upn, TABS.review);
  // Still on an earlier task's screen (the same person, the same tab): back to the list first.
  const back = view.getByRole('button', { name: 'Quay lại danh sách việc' });
  if (await back.count()) await back.first().click();
  await view.getByRole('button', { name: `Mở: ${task} – ${subject}, ${period}` }).click();
  return view;
}

/**
 * The unit's meeting as its head records it (NĐ 90/2020 Điều 18): date, place, chair and secretary,
 * attendance, and for each person the comments, the proposal and its votes; then the minutes approved.
 */
export async function recordMinutes(
  page: Page,
  view: Locator,
  meeting: { heldOn: string; place: string; chair: DevUser; secretary: DevUser; people: DevUser[]; proposal: (person: DevUser) => string }
): Promise<Locator> {
  const minutes = view.getByRole('region', { name: 'Biên bản họp nhận xét, đánh giá' });
  await minutes.getByLabel('Ngày họp').fill(meeting.heldOn);
  await minutes.getByLabel('Địa điểm').fill(meeting.place);
  await choose(minutes, page, 'Chủ trì', meeting.chair.displayName);
  await choose(minutes, page, 'Thư ký', meeting.secretary.displayName);
  await minutes.getByLabel('Số người có mặt').fill(String(meeting.people.length));
  await minutes.getByLabel('Tổng số người được triệu tập').fill(String(meeting.people.length));
  for (const person of meeting.people) {
    await minutes.getByLabel(`Ý kiến nhận xét về ${person.displayName}`).fill(`Tập thể thống nhất nhận xét ${person.displayName} hoàn thành nhiệm vụ đúng hạn.`);
    await choose(minutes, page, `Mức tập thể đề xuất cho ${person.displayName}`, meeting.proposal(person));
    await minutes.getByLabel(`Số phiếu “${meeting.proposal(person)}” cho ${person.displayName}`).fill(String(meeting.people.length - 1));
  }
  return minutes;
}
