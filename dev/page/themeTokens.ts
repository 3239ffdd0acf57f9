import { getTheme } from '@fluentui/react/lib/Styling';

/**
 * What load-themed-styles does on a SharePoint page: the styles' theme tokens take the current theme's
 * colours. The local page's build turns each token into a `--theme-<slot>` variable (vite.config.ts);
 * this sets them all from Fluent's theme, after each `loadTheme`.
 */
export function publishThemeTokens(): void {
  const theme = getTheme();
  const slots: { [slot: string]: string | undefined } = { ...theme.palette, ...theme.semanticColors };
  const style = document.documentElement.style;
  Object.keys(slots).forEach((slot) => {
    const value = slots[slot];
    if (typeof value === 'string') style.setProperty(`--theme-${slot}`, value);
  });
}
