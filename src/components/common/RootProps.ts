import type { AppServices } from '../../services/contracts';

/** What a web part shell (or the local page) hands to a root component. */
export interface RootProps {
  services: AppServices;
  strings: IDanhGiaStrings;
  locale: string;
}
