import type { SPFI } from '@pnp/sp';
import type { AppServices } from './contracts';
import { GraphApi, GraphDirectoryService } from './graph/GraphDirectoryService';
import { OrgDirectoryService } from './graph/OrgDirectoryService';
import { GraphNotifier } from './notifications/GraphNotifier';
import { ReminderService } from './notifications/ReminderService';
import type { JourneyDeps } from './sharepoint/journey/deps';
import { PeriodJourney } from './sharepoint/journey/PeriodJourney';
import { UnitYearJourney } from './sharepoint/journey/UnitYearJourney';
import { YearJourney } from './sharepoint/journey/YearJourney';
import { ensureSiteSetup } from './sharepoint/siteSetup';
import { SharePointEvaluationService } from './sharepoint/SharePointEvaluationService';

/**
 * The one composition root: every service of the product is built here, from a configured PnPjs
 * root and a Graph client. The SPFx adapter (forSpfx.ts) and the local-site adapter (forSite.ts)
 * only configure those two clients, so the same code talks to SharePoint Online and to the local
 * intranet.
 */
export function composeServices(sp: SPFI, graph: GraphApi, today: () => Date = () => new Date(), pageUrl?: string): AppServices {
  const directory = new GraphDirectoryService(graph);
  const orgDirectory = new OrgDirectoryService(sp, graph);
  const deps: JourneyDeps = { sp, directory, orgDirectory, notifier: new GraphNotifier(graph, sp), today, pageUrl };
  return {
    directory,
    evaluation: new SharePointEvaluationService(sp, directory, orgDirectory),
    journey: { period: new PeriodJourney(deps), year: new YearJourney(deps), unitYear: new UnitYearJourney(deps) },
    reminders: new ReminderService(deps),
    provisioning: { ensureSchema: () => ensureSiteSetup(sp, orgDirectory, today().getFullYear()) },
    today
  };
}
