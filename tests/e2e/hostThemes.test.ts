/**
 * In a Teams tab the web parts follow the theme chosen in Teams (src/components/common/hostTheme.ts): the
 * local page's "Hiển thị trong" imitates the tab. At a Teams tab's width (800 px), the Thứ trưởng, a Cục
 * trưởng and HR see every web part in Teams' default, dark and high-contrast themes with no WCAG A/AA
 * violation (axe checks the colours' contrast too), and the web parts paint the theme's background.
 */
import { Page } from 'playwright-core';
import { axe, browserForThisFile, describeViolations, openTab, Role, screenshot, switchUser, TABS } from './support/browser';

const HOST_LABEL = 'Hiển thị trong';
const WEB_PART_TABS = [TABS.my, TABS.review, TABS.dashboard, TABS.admin];
const BACKGROUND = { default: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', contrast: 'rgb(0, 0, 0)' } as const;
type TeamsTheme = keyof typeof BACKGROUND;

let page: Page;
let errors: string[];

browserForThisFile((opened) => {
  ({ page, errors } = opened);
});

beforeAll(async () => {
  await page.setViewportSize({ width: 800, height: 720 });
});

async function showIn(host: 'sharePoint' | TeamsTheme): Promise<void> {
  await page.getByLabel(HOST_LABEL).selectOption(host);
  await page.waitForFunction((h) => (document.body.dataset.hostTheme || 'sharePoint') === h, host);
}

/** The web part's own background, and the text colour it paints with, in the open tab. */
async function webPartColours(): Promise<{ background: string; text: string } | undefined> {
  return page.evaluate(() => {
    const root = document.querySelector('[role="tabpanel"] [data-host-theme]');
    if (!root) return undefined;
    const style = getComputedStyle(root);
    return { background: style.backgroundColor, text: style.color };
  });
}

const CASES: Array<[Role, TeamsTheme]> = [
  ['leader', 'default'],
  ['leader', 'dark'],
  ['leader', 'contrast'],
  ['unitHead', 'dark'],
  ['unitHead', 'contrast'],
  ['hr', 'dark'],
  ['hr', 'contrast']
];

test.each(CASES)('as %s in a Teams tab (%s theme, 800 px), every web part takes the theme and has no WCAG A/AA violation', async (role, theme) => {
  await switchUser(page, role);
  await showIn(theme);
  const found: string[] = [];
  for (const tab of WEB_PART_TABS) {
    await openTab(page, tab);
    const colours = await webPartColours();
    expect({ tab, background: colours?.background }).toEqual({ tab, background: BACKGROUND[theme] });
    const screen = `teams-${theme}-${role}-${tab}`;
    await screenshot(page, screen);
    const violations = await axe(page, screen);
    if (violations.length) found.push(`${screen}:\n${describeViolations(violations)}`);
  }
  expect(found.join('\n')).toBe('');
  expect(errors).toEqual([]);
});

test('on a SharePoint page the web parts take no theme of their own (the site’s theme applies)', async () => {
  await switchUser(page, 'staff');
  await showIn('sharePoint');
  await openTab(page, TABS.my);
  await expect(webPartColours()).resolves.toBeUndefined();
});
