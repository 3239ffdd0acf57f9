/**
 * Keyboard only, end to end: Tab reaches the user switcher, the language and host switches, the tabs are one
 * tab stop moved through with the arrow keys and activated with Enter or Space, and the site owner's
 * button is reached with Tab and pressed with Space and Enter. No mouse after the page opens.
 */
import { Page } from 'playwright-core';
import { browserForThisFile, ACCOUNTS, axe, describeViolations, screenshot, settled, SWITCHER_LABEL, TABS } from './support/browser';

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

interface Focused {
  tag: string;
  role: string;
  name: string;
  selected: string;
  value: string;
  /** an outline or a Fluent focus border is drawn around it */
  indicated: boolean;
}

/** What has the keyboard focus: element, role, accessible-ish name, and whether focus is drawn. */
async function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { tag: 'body', role: '', name: '', selected: '', value: '', indicated: false };
    }
    const label = el.closest('label');
    const name = (el.getAttribute('aria-label') || (label ? label.firstChild && label.firstChild.textContent : '') || el.innerText || '').trim();
    // The browser's focus ring (an outline) or Fluent's focus rectangle (a ::before/::after box).
    const drawn = (s: CSSStyleDeclaration): boolean =>
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0);
    const pseudo = (p: string): boolean => {
      const s = getComputedStyle(el, p);
      return s.content !== 'none' && s.content !== 'normal' && drawn(s);
    };
    const indicated = (getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) > 0) || pseudo('::after') || pseudo('::before');
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role') || '',
      name,
      selected: el.getAttribute('aria-selected') || '',
      value: (el as HTMLSelectElement).value || '',
      indicated
    };
  });
}

async function selectedTab(): Promise<string> {
  return (await page.locator('[role="tab"][aria-selected="true"]').first().innerText()).trim();
}

/** Presses Tab until `match` has the focus (at most `max` times); fails with what had the focus. */
async function tabUntil(match: (f: Focused) => boolean, what: string, max: number = 15): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (match(f)) {
      return f;
    }
    seen.push(`${f.tag}[${f.role}] ${f.name.slice(0, 40)}`);
  }
  throw new Error(`Tab never reached ${what}; focus went through:\n  ${seen.join('\n  ')}`);
}

test('Tab reaches the user switcher first; the arrow keys choose the site owner', async () => {
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  let f = await focused();
  expect(f).toMatchObject({ tag: 'input', role: 'combobox', name: SWITCHER_LABEL });
  expect(f.indicated).toBe(true);
  // The switcher is a combobox (dev/page/UserSwitcher.tsx): ArrowDown opens its list on the six role
  // accounts and moves through them; Enter chooses the one it is on.
  const active = (): Promise<string> =>
    page.evaluate(() => {
      const id = (document.activeElement && document.activeElement.getAttribute('aria-activedescendant')) || '';
      return ((id && document.getElementById(id)) || { textContent: '' }).textContent || '';
    });
  for (let i = 0; i < 12 && !(await active()).includes(ACCOUNTS.siteOwner.name); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  f = await focused();
  expect(f.value).toBe(ACCOUNTS.siteOwner.name);
  await settled(page);
  expect(await page.getByRole('tabpanel').first().innerText()).toContain(ACCOUNTS.siteOwner.name);
});

test('Tab goes on to the language switch and the host (a SharePoint page or a Teams tab), then to the selected tab', async () => {
  // Changing the user re-renders the web parts; the switcher keeps the focus.
  await expect(focused()).resolves.toMatchObject({ tag: 'input', name: SWITCHER_LABEL });
  await page.keyboard.press('Tab');
  await expect(focused()).resolves.toMatchObject({ tag: 'select', name: 'Ngôn ngữ', value: 'vi' });
  await page.keyboard.press('Tab');
  await expect(focused()).resolves.toMatchObject({ tag: 'select', name: 'Hiển thị trong', value: 'sharePoint' });
  await page.keyboard.press('Tab');
  const f = await focused();
  expect(f).toMatchObject({ role: 'tab', name: TABS.my, selected: 'true' });
  expect(f.indicated).toBe(true);
});

test('the arrow keys move along the tabs; Enter and Space activate the focused tab', async () => {
  await page.keyboard.press('ArrowRight');
  await expect(focused()).resolves.toMatchObject({ role: 'tab', name: TABS.review });
  await page.keyboard.press('ArrowRight');
  await expect(focused()).resolves.toMatchObject({ role: 'tab', name: TABS.dashboard });
  await page.keyboard.press('Space');
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: TABS.dashboard }).waitFor();
  expect(await selectedTab()).toBe(TABS.dashboard);
  await settled(page);
  // The site owner runs the site but is nobody's evaluator: the dashboard shows him no unit, and says so.
  expect(await page.getByRole('tabpanel').first().innerText()).toContain(`Chưa có dữ liệu đánh giá năm ${new Date().getFullYear()} trong phạm vi đồng chí được xem.`);

  await page.keyboard.press('ArrowLeft');
  await expect(focused()).resolves.toMatchObject({ role: 'tab', name: TABS.review });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(focused()).resolves.toMatchObject({ role: 'tab', name: TABS.admin });
  await page.keyboard.press('Enter');
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: TABS.admin }).waitFor();
  expect(await selectedTab()).toBe(TABS.admin);
  await settled(page);
  // The administration's own tabs: one Tab stop away, End selects the last one (the lists' set-up).
  await tabUntil((x) => x.role === 'tab' && x.name === 'Kỳ đánh giá', 'the administration\'s tab "Kỳ đánh giá"');
  await page.keyboard.press('End');
  await expect(focused()).resolves.toMatchObject({ role: 'tab', name: 'Cài đặt danh sách', selected: 'true' });
  await page.getByRole('tabpanel').first().getByText('Đã cài đặt đủ').waitFor();
});

const PROVISION = 'Cài đặt hoặc nâng cấp danh sách';
/** Where the focus was once the set-up run with Enter had finished. */
let focusAfterRun: Focused | undefined;
const NOTHING_TO_CHANGE = /Không có gì cần thay đổi: các danh sách đã đúng lược đồ phiên bản \d+\./;
// The set-up checks every list, folder and grant of the year (about 2,000 requests at 300 people):
// 10–20 s on a quiet 2-core machine, over 30 s when other browser tests share it.
const SETUP_TIMEOUT = { timeout: 90000 };

test("Tab reaches the site owner's button; Space runs the set-up", async () => {
  const f = await tabUntil((x) => x.tag === 'button' && x.name === PROVISION, `the button "${PROVISION}"`);
  expect(f.indicated).toBe(true);
  await page.keyboard.press('Space');
  // The administration's browser tests run first and may have changed a unit's leaders: this run then
  // applies their rights ("Đã xong"); the next one must find nothing to change.
  await page.getByRole('tabpanel').first().getByText(NOTHING_TO_CHANGE).or(page.getByRole('tabpanel').first().getByText(/^Đã xong: /)).first().waitFor(SETUP_TIMEOUT);
  await screenshot(page, 'keyboard-site-owner-provisioned');
  const violations = await axe(page, 'keyboard-site-owner-provisioned');
  expect(describeViolations(violations)).toBe('');
}, 2 * SETUP_TIMEOUT.timeout);

test('Enter runs the set-up again (it may run any number of times)', async () => {
  // Mark the outcome shown now, to wait for the next one.
  await page.evaluate(() => {
    document.querySelectorAll('[role="tabpanel"] [data-notice]').forEach((m) => m.setAttribute('data-e2e-old', 'yes'));
  });
  await tabUntil((x) => x.tag === 'button' && x.name === PROVISION, `the button "${PROVISION}"`);
  await page.keyboard.press('Enter');
  await page.locator('[role="tabpanel"] [data-notice]:not([data-e2e-old])', { hasText: NOTHING_TO_CHANGE }).waitFor(SETUP_TIMEOUT);
  focusAfterRun = await focused();
  expect(errors).toEqual([]);
}, 2 * SETUP_TIMEOUT.timeout);

// The button is disabled while the set-up runs; it stays focusable (allowDisabledFocus), so a keyboard
// user is not sent back to the top of the page (WCAG 2.4.3).
test('the button keeps the focus after it runs (WCAG 2.4.3)', () => {
  expect(focusAfterRun).toMatchObject({ tag: 'button', name: PROVISION });
});

test('Shift+Tab walks back to the tabs and the switcher', async () => {
  await tabUntilBack((x) => x.role === 'tab', 'a tab');
  await expect(focused()).resolves.toMatchObject({ role: 'tab', name: 'Cài đặt danh sách', selected: 'true' });
  await tabUntilBack((x) => x.role === 'tab' && x.name === TABS.admin, 'the page\'s tab');
  await expect(focused()).resolves.toMatchObject({ role: 'tab', name: TABS.admin, selected: 'true' });
  await tabUntilBack((x) => x.tag === 'input' && x.name === SWITCHER_LABEL, 'the user switcher');
});

async function tabUntilBack(match: (f: Focused) => boolean, what: string, max: number = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Shift+Tab');
    if (match(await focused())) {
      return;
    }
  }
  throw new Error(`Shift+Tab never reached ${what}`);
}
