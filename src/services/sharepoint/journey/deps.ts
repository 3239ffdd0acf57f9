import type { SPFI } from '@pnp/sp';
import type { IDirectoryService } from '../../contracts';
import type { OrgDirectoryService } from '../../graph/OrgDirectoryService';
import type { INotifier } from '../../notifications/contracts';

/** What every part of the journey is built from (by the composition root, once per page). */
export interface JourneyDeps {
  sp: SPFI;
  directory: IDirectoryService;
  /** The whole organisation (units list, directory, HR group), read once per page. */
  orgDirectory: OrgDirectoryService;
  notifier: INotifier;
  today: () => Date;
  /** The evaluation page, linked from notices. */
  pageUrl?: string;
}
