/**
 * Where the keyboard's focus is, for the keyboard-only journeys: the focused control's accessible name as
 * a screen reader would read it, waiting for the focus to arrive, and pressing Tab until it reaches a
 * control.
 */
import { Page } from 'playwright-core';

/** The accessible name of what has the focus (its aria-label, aria-labelledby, label or text). */
export async function nameOfFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const byIds = (ids: string | null): string =>
      (ids || '')
        .split(/\s+/)
        .map((id) => (document.getElementById(id) ? (document.getElementById(id) as HTMLElement).innerText : ''))
        .join(' ');
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    return (el.getAttribute('aria-label') || byIds(el.getAttribute('aria-labelledby')) || (label ? (label as HTMLElement).innerText : '') || el.innerText || '')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/**
 * Waits (5 s at most) until the focused control is named `name` (or, with `prefix`, its name starts with
 * it), and fails with the name it has.
 */
export async function waitForFocus(page: Page, name: string, options: { prefix?: boolean } = {}): Promise<void> {
  const matches = (now: string): boolean => (options.prefix ? now.startsWith(name) : now === name);
  const deadline = Date.now() + 5000;
  let now = await nameOfFocus(page);
  while (!matches(now) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    now = await nameOfFocus(page);
  }
  expect(options.prefix ? now.slice(0, name.length) : now).toBe(name);
}

/**
 * Presses Tab (or Shift+Tab) until the focused control's name starts with `name`, then runs `onReached`
 * (e.g. a check that the focus is visible); fails with the names the focus went through.
 */
export async function tabToNamed(
  page: Page,
  name: string,
  options: { max?: number; key?: 'Tab' | 'Shift+Tab'; onReached?: () => Promise<void> } = {}
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max || 60); i++) {
    await page.keyboard.press(options.key || 'Tab');
    const now = await nameOfFocus(page);
    if (now.startsWith(name)) {
      if (options.onReached) await options.onReached();
      return;
    }
    seen.push(now.slice(0, 40));
  }
  throw new Error(`Tab never reached "${name}"; it went through: ${seen.join(' | ')}`);
}
