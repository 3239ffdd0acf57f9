import { loadTheme, type IPalette, type IPartialTheme } from '@fluentui/react/lib/Styling';
import type { HostTheme } from './hostTheme';

/*
 * Palettes for a Teams tab. Fluent builds every component's colours from these slots (an inverted theme
 * reads "white" as the background and "black" as the strongest text). The pairs people read were chosen
 * for WCAG AA contrast; tests/components/hostTheme.test.ts measures them.
 */

const DARK: Partial<IPalette> = {
  themeDarker: '#9acaf9',
  themeDark: '#74b6f7',
  themeDarkAlt: '#5aa8f6',
  themePrimary: '#479ef5',
  themeSecondary: '#3f8bd7',
  themeTertiary: '#2b5f93',
  themeLight: '#152f49',
  themeLighter: '#0b1927',
  themeLighterAlt: '#03060a',
  black: '#f8f8f8',
  neutralDark: '#f4f4f4',
  neutralPrimary: '#ffffff',
  neutralPrimaryAlt: '#dadada',
  neutralSecondary: '#d0d0d0',
  neutralSecondaryAlt: '#b8b8b8',
  neutralTertiary: '#a8a8a8',
  neutralTertiaryAlt: '#605e5c',
  neutralQuaternary: '#484644',
  neutralQuaternaryAlt: '#3b3a39',
  neutralLight: '#3b3a39',
  neutralLighter: '#2d2c2b',
  neutralLighterAlt: '#252423',
  white: '#1f1f1f'
};

// Teams' high contrast: white on black, yellow for what can be acted on and for the focus.
const CONTRAST: Partial<IPalette> = {
  themeDarker: '#ffff00',
  themeDark: '#ffff00',
  themeDarkAlt: '#ffff00',
  themePrimary: '#ffff00',
  themeSecondary: '#ffff00',
  themeTertiary: '#ffff00',
  themeLight: '#3b3b00',
  themeLighter: '#1f1f00',
  themeLighterAlt: '#000000',
  black: '#ffffff',
  neutralDark: '#ffffff',
  neutralPrimary: '#ffffff',
  neutralPrimaryAlt: '#ffffff',
  neutralSecondary: '#ffffff',
  neutralSecondaryAlt: '#ffffff',
  neutralTertiary: '#c8c8c8',
  neutralTertiaryAlt: '#ffffff',
  neutralQuaternary: '#8a8a8a',
  neutralQuaternaryAlt: '#2b2b2b',
  neutralLight: '#2b2b2b',
  neutralLighter: '#1a1a1a',
  neutralLighterAlt: '#0d0d0d',
  white: '#000000'
};

export const HOST_THEME_DEFINITIONS: { [theme in Exclude<HostTheme, 'default'>]: IPartialTheme } = {
  dark: {
    isInverted: true,
    palette: DARK,
    semanticColors: { bodyDivider: '#605e5c', inputBorder: '#a8a8a8', focusBorder: '#ffffff' }
  },
  contrast: {
    isInverted: true,
    palette: CONTRAST,
    semanticColors: {
      bodyDivider: '#ffffff',
      inputBorder: '#ffffff',
      focusBorder: '#ffff00',
      link: '#ffff00',
      linkHovered: '#ffff00',
      disabledText: '#c8c8c8',
      disabledBodyText: '#c8c8c8'
    }
  }
};

/** Themes Fluent (its components re-render) and re-themes the styles' "[theme:…]" tokens. */
export function loadHostTheme(theme: HostTheme): void {
  loadTheme(theme === 'default' ? {} : HOST_THEME_DEFINITIONS[theme]);
}
