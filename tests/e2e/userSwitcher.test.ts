/**
 * The local page's user switcher (issue 14: "choosing who you are among 300 people is one long list;
 * make it searchable, by name, unit and role"), in the browser, keyboard only: Tab reaches it, the
 * README's role accounts are one arrow away, typing without accents narrows the ministry, the arrow keys
 * and Enter choose, and the page then acts as that person. One page load; axe on the open list.
 */
import { Locator, Page } from 'playwright-core';
import { ACCOUNTS, browserForThisFile, openTab, panelText, TABS, userSwitcher } from './support/browser';
import { devUsers, DevUser } from './support/intranet';
import { checkScreen } from './support/journey';

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

/** The text of the option the arrow keys are on (the combobox's aria-activedescendant). */
async function activeOption(): Promise<string> {
  return page.evaluate(() => {
    const box = document.querySelector('[role="combobox"][aria-activedescendant]');
    const option = box && document.getElementById(box.getAttribute('aria-activedescendant') || '');
    return option ? (option.textContent || '').trim() : '';
  });
}

/** The switcher's options (the web parts have options of their own: a year's <select>). */
const options = (): Locator => page.locator('.user-switcher').getByRole('option');

test('keyboard only: the role accounts first, then "ngo trong" finds Ngô Trọng Trung of Phòng Báo điện tử; Enter makes the page act as him', async () => {
  // The late unit's staff member the README names (Phòng Báo điện tử of Cục Báo chí).
  const trung = (await devUsers('?q=ngo.trong.trung')).find((u) => u.upn === 'ngo.trong.trung@vhttdl.local') as DevUser & { department: string };
  expect(trung).toBeDefined();

  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const box = userSwitcher(page);
  await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');

  // ArrowDown opens the list on the README's six accounts, each with its role.
  await page.keyboard.press('ArrowDown');
  const roles = await page.locator('.user-switcher').getByRole('group', { name: 'Vai trò mẫu' }).getByRole('option').allInnerTexts();
  expect(roles).toHaveLength(6);
  expect(roles[0].startsWith(`Công chức: ${ACCOUNTS.staff.name} – `)).toBe(true);
  expect(roles.some((r) => r.startsWith(`Quản trị trang: ${ACCOUNTS.siteOwner.name}`))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(options().count()).resolves.toBe(0);

  // By position, as a phrase, accents and case ignored.
  await page.keyboard.type('cuc truong');
  await options().first().waitFor();
  const heads = await options().allInnerTexts();
  expect(heads.length).toBeGreaterThan(3);
  for (const head of heads) expect(head).toMatch(/ – (Phó )?Cục trưởng · Cục /);

  // By name without accents; the arrow keys to him, then Enter.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('ngo trong');
  const expected = `${trung.displayName} – ${trung.jobTitle} · ${trung.office}, ${trung.department}`;
  expect(expected).toMatch(/^Ngô Trọng Trung – .+ · Phòng Báo điện tử, Cục Báo chí$/);
  await options().filter({ hasText: expected }).waitFor();
  const found = await options().allInnerTexts();
  expect(found.every((f) => f.startsWith('Ngô Trọng '))).toBe(true);
  await checkScreen(page, 'user-switcher-search');
  for (let i = 0; i < found.length && (await activeOption()) !== expected; i++) await page.keyboard.press('ArrowDown');
  expect(await activeOption()).toBe(expected);
  await page.keyboard.press('Enter');

  // The list is gone (no option left in the page), the field names him, the page acts as him.
  await expect(options().count()).resolves.toBe(0);
  await expect(box.inputValue()).resolves.toBe(trung.displayName);
  await expect(box.getAttribute('data-upn')).resolves.toBe(trung.upn);
  await openTab(page, TABS.my);
  expect(await panelText(page)).toContain(`${trung.displayName} · ${trung.jobTitle}`);
  await checkScreen(page, 'user-switcher-chosen');
  expect(errors).toEqual([]);
});
