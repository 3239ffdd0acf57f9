import type { SPFI } from '@pnp/sp';
import type { IDirectoryService, IProvisioningService, UnitHistoryEntry } from '../contracts';
import { ensureSiteSetup } from '../sharepoint/siteSetup';
import type { GraphApi } from '../graph/GraphDirectoryService';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { AdminJournal } from './AdminJournal';
import { PeriodAdmin } from './PeriodAdmin';
import { AuditService } from './AuditService';
import { CatalogueAdmin } from './CatalogueAdmin';
import { UnitAdmin } from './UnitAdmin';
import { SettingsAdmin } from './SettingsAdmin';
import type { AdminServices, IImportService } from './contracts';

export interface AdminDeps {
  sp: SPFI;
  graph: GraphApi;
  directory: IDirectoryService;
  orgDirectory: OrgDirectoryService;
  today: () => Date;
  /** The units list's history as HR's audit shows it (the evaluation service reads it). */
  unitHistory: () => Promise<UnitHistoryEntry[]>;
  /** The page the product runs on: links in notices point back to it. */
  pageUrl?: string;
}

/**
 * The administration's services, built together when HR first uses one of them, and the site owner's
 * set-up of the lists (their code is the heaviest of all: PnPjs' fields, folders and security modules).
 */
export function createAdminServices(deps: AdminDeps): AdminServices & { provisioning: IProvisioningService } {
  const journal = new AdminJournal(deps.sp);
  const audit = new AuditService(deps.sp, deps.orgDirectory, journal, () => deps.unitHistory());
  const catalogue = new CatalogueAdmin(deps.sp, journal, deps.today);
  const units = new UnitAdmin(deps.sp, deps.orgDirectory, deps.directory, journal, deps.today);
  return {
    journal,
    audit,
    catalogue,
    units,
    periods: new PeriodAdmin(deps.sp, deps.orgDirectory, journal, deps.today),
    imports: importsOnDemand(() =>
      import(/* webpackChunkName: 'dgcc-import' */ './import/ImportService').then(
        (m) => new m.ImportService(deps.sp, deps.orgDirectory, deps.directory, journal, units, catalogue, deps.today)
      )
    ),
    settings: new SettingsAdmin(deps.sp, journal, deps.today),
    provisioning: { ensureSchema: () => ensureSiteSetup(deps.sp, deps.orgDirectory, deps.today().getFullYear()) }
  };
}

/**
 * The import from Excel (its parsing, checks and writing) loads when HR first uses it, a few times a
 * year, not with the administration's first tab. A load that failed (the network) is tried again next time.
 */
function importsOnDemand(make: () => Promise<IImportService>): IImportService {
  let loaded: Promise<IImportService> | undefined;
  const service = (): Promise<IImportService> => {
    if (!loaded) {
      loaded = make().catch((error: unknown) => {
        loaded = undefined;
        throw error;
      });
    }
    return loaded;
  };
  return {
    preview: (kind, fileName, bytes) => service().then((s) => s.preview(kind, fileName, bytes)),
    apply: (preview) => service().then((s) => s.apply(preview)),
    plans: (year) => service().then((s) => s.plans(year)),
    template: (kind, year) => service().then((s) => s.template(kind, year))
  };
}
