import type { AppServices } from '../../services/contracts';
import type { HostTheme } from './hostTheme';

/** What a web part shell (or the local page) hands to a root component. */
export interface RootProps {
  services: AppServices;
  strings: IDanhGiaStrings;
  locale: string;
  /** Set in a Teams tab (or the local page imitating one): the theme chosen in Teams. */
  hostTheme?: HostTheme;
}
