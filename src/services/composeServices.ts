import type { SPFI } from '@pnp/sp';
import type { AppServices } from './contracts';
import { GraphApi, GraphDirectoryService } from './graph/GraphDirectoryService';
import { OrgDirectoryService } from './graph/OrgDirectoryService';
import { ensureSiteSetup } from './sharepoint/siteSetup';
import { SharePointEvaluationService } from './sharepoint/SharePointEvaluationService';

/**
 * The one composition root: every service of the product is built here, from a configured PnPjs
 * root and a Graph client. The SPFx adapter (forSpfx.ts) and the local-site adapter (forSite.ts)
 * only configure those two clients, so the same code talks to SharePoint Online and to the local
 * intranet.
 */
export function composeServices(sp: SPFI, graph: GraphApi, today: () => Date = () => new Date()): AppServices {
  const directory = new GraphDirectoryService(graph);
  const orgDirectory = new OrgDirectoryService(sp, graph);
  return {
    directory,
    evaluation: new SharePointEvaluationService(sp, directory, orgDirectory),
    provisioning: { ensureSchema: () => ensureSiteSetup(sp, orgDirectory, today().getFullYear()) },
    today
  };
}
