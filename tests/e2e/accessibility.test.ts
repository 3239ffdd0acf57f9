/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) on every screen of every role: each of the six accounts
 * on each of the page's five tabs, in Vietnamese, and the staff's screens in English. Every screen is
 * also photographed (test-output/e2e/screens) and its axe result kept (test-output/e2e/axe).
 */
import { Page } from 'playwright-core';
import { browserForThisFile, ACCOUNTS, axe, AxeViolation, describeViolations, openTab, Role, ROLES, screenshot, switchUser, TAB_KEYS, TABS } from './support/browser';

const ENGLISH_TABS = ['My evaluation', 'Review and decide', 'Unit dashboard', 'Evaluation administration', 'Mail and notifications sent'];

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

test('the axe harness reports a violation when there is one', async () => {
  // Guards against a check that silently passes: an image without a text alternative must be caught.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.id = 'e2e-axe-probe';
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.appendChild(img);
  });
  const violations = await axe(page, 'harness-probe');
  await page.evaluate(() => document.getElementById('e2e-axe-probe')?.remove());
  expect(violations.map((v) => v.id)).toContain('image-alt');
});

test.each(ROLES.map((role) => [role, ACCOUNTS[role].upn] as [Role, string]))('every tab as %s (%s) has no WCAG A/AA violation', async (role) => {
  await switchUser(page, role);
  const found: Record<string, AxeViolation[]> = {};
  for (const tab of TAB_KEYS) {
    await openTab(page, TABS[tab]);
    const screen = `${role}-${tab}`;
    await screenshot(page, screen);
    const violations = await axe(page, screen);
    if (violations.length) {
      found[screen] = violations;
    }
  }
  const report = Object.keys(found).map((screen) => `${screen}:\n${describeViolations(found[screen])}`).join('\n');
  expect(report).toBe('');
  expect(errors).toEqual([]);
});

test('every tab in English (staff) has no WCAG A/AA violation', async () => {
  await switchUser(page, 'staff');
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByLabel('Language').waitFor();
  const found: string[] = [];
  for (const name of ENGLISH_TABS) {
    await openTab(page, name);
    const screen = `staff-en-${name.toLowerCase().replace(/ /g, '-')}`;
    await screenshot(page, screen);
    const violations = await axe(page, screen);
    if (violations.length) {
      found.push(`${screen}:\n${describeViolations(violations)}`);
    }
  }
  expect(found.join('\n')).toBe('');
});
