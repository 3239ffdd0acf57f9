/**
 * A Teams tab follows the theme chosen in Teams. The colours people read must keep WCAG 2.1 AA contrast in
 * each theme: 4.5:1 for text (1.4.3), 3:1 for a control's boundary and the focus indicator (1.4.11).
 */
import { createTheme } from '@fluentui/react/lib/Styling';
import { HOST_THEME_DEFINITIONS } from '../../src/components/common/hostPalettes';
import { hostThemeNamed } from '../../src/components/common/hostTheme';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1's contrast ratio of two opaque colours written #rrggbb. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test('the contrast formula gives WCAG’s known figures (black on white 21:1, #767676 on white 4.54:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

test('Teams’ theme names are read; anything else is the default theme', () => {
  expect(hostThemeNamed('dark')).toBe('dark');
  expect(hostThemeNamed('contrast')).toBe('contrast');
  expect(hostThemeNamed('default')).toBe('default');
  expect(hostThemeNamed(undefined)).toBe('default');
  expect(hostThemeNamed('Dark')).toBe('default');
});

describe.each(['dark', 'contrast'] as const)('the %s theme', (name) => {
  const theme = createTheme(HOST_THEME_DEFINITIONS[name]);
  const c = theme.semanticColors;
  const p = theme.palette;

  test('is dark: light text on a dark background', () => {
    expect(luminance(c.bodyBackground)).toBeLessThan(0.05);
    expect(luminance(c.bodyText)).toBeGreaterThan(0.6);
  });

  test.each([
    ['body text', () => [c.bodyText, c.bodyBackground]],
    ['muted text (the screens’ notes: neutralSecondary)', () => [p.neutralSecondary, c.bodyBackground]],
    ['a link', () => [c.link, c.bodyBackground]],
    ['a primary button', () => [c.primaryButtonText, c.primaryButtonBackground]],
    ['a primary button under the pointer', () => [c.primaryButtonTextHovered, c.primaryButtonBackgroundHovered]],
    ['a button', () => [c.buttonText, c.buttonBackground]],
    ['a button under the pointer', () => [c.buttonTextHovered, c.buttonBackgroundHovered]],
    ['a field’s text', () => [c.inputText, c.inputBackground]],
    ['a menu or list item', () => [c.menuItemText, c.menuBackground]],
    ['a chosen list item', () => [c.bodyText, c.menuItemBackgroundChecked]],
    ['a message', () => [c.messageText, c.bodyBackground]]
  ])('%s keeps 4.5:1 (WCAG 1.4.3)', (_what, pair) => {
    const [text, background] = pair();
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  test.each([
    ['a field’s border', () => [c.inputBorder, c.bodyBackground]],
    ['the focus indicator', () => [c.focusBorder, c.bodyBackground]],
    ['a button’s border', () => [c.buttonBorder, c.bodyBackground]]
  ])('%s keeps 3:1 (WCAG 1.4.11)', (_what, pair) => {
    const [line, background] = pair();
    expect(contrast(line, background)).toBeGreaterThanOrEqual(3);
  });
});
