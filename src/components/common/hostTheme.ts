/**
 * The theme of the host a web part runs in. SharePoint themes the page itself (its site theme reaches
 * Fluent and our styles' "[theme:…]" tokens); Microsoft Teams does not: a tab must follow the theme the
 * person chose in Teams (default, dark or high contrast) and change with it. Only a Teams tab (or the local
 * page imitating one) calls `applyHostTheme`; the palettes load on demand, so a SharePoint page never
 * downloads them.
 */
export type HostTheme = 'default' | 'dark' | 'contrast';

export const HOST_THEMES: readonly HostTheme[] = ['default', 'dark', 'contrast'];

/** Teams names its themes 'default', 'dark' and 'contrast'; anything else (or nothing) is the default. */
export function hostThemeNamed(name: string | undefined): HostTheme {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

/** Themes Fluent and the product's styles for the whole page (a Teams tab holds only this product). */
export async function applyHostTheme(theme: HostTheme): Promise<void> {
  const palettes = await import(/* webpackChunkName: 'dgcc-theme' */ './hostPalettes');
  palettes.loadHostTheme(theme);
}
