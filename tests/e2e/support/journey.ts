/**
 * Steps the journeys repeat: acting as any person of the sample ministry (not only the six fixed
 * accounts), checking a screen with axe and keeping its picture, and reading what the page announces.
 */
import { Locator, Page } from 'playwright-core';
import { axe, describeViolations, openTab, screenshot, SWITCHER_LABEL } from './browser';

/** Chooses anyone in the switcher by their login, as a tester would. */
export async function actAs(page: Page, upn: string, tab: string): Promise<Locator> {
  const switcher = page.getByLabel(SWITCHER_LABEL);
  await switcher.selectOption(upn);
  if ((await switcher.inputValue()) !== upn) throw new Error(`the switcher did not take ${upn}`);
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
