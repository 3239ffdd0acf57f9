import type { SPFI } from '@pnp/sp';
import type { IDirectoryService } from '../contracts';
import type { GraphApi } from '../graph/GraphDirectoryService';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { AdminJournal } from './AdminJournal';
import type { AdminServices } from './contracts';

export interface AdminDeps {
  sp: SPFI;
  graph: GraphApi;
  directory: IDirectoryService;
  orgDirectory: OrgDirectoryService;
  today: () => Date;
  /** The page the product runs on: links in notices point back to it. */
  pageUrl?: string;
}

/** The administration's services, built together when HR first uses one of them. */
export function createAdminServices(deps: AdminDeps): AdminServices {
  const journal = new AdminJournal(deps.sp);
  return {
    journal
  };
}
