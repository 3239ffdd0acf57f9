import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { SPFx, spfi } from '@pnp/sp';
import type { AppServices } from './contracts';
import { composeServices } from './composeServices';

/**
 * Services for a web part on SharePoint or in Teams: PnPjs with the SPFx preset (digest, retry on
 * 429/503 with Retry-After) and the Graph client SPFx hands out (MSGraphClientV3, whose tokens SPFx
 * obtains for the permissions approved in the admin centre).
 *
 * Web parts on one page share one set of services, so the directory is asked once per page.
 */
const servicesBySite: { [key: string]: Promise<AppServices> } = {};

export function getServicesForSpfx(context: WebPartContext): Promise<AppServices> {
  const key = `${context.pageContext.web.absoluteUrl}|${context.pageContext.user.loginName}`;
  if (!servicesBySite[key]) {
    servicesBySite[key] = context.msGraphClientFactory
      .getClient('3')
      .then((graph) => composeServices(spfi().using(SPFx(context)), graph));
    servicesBySite[key].catch(() => delete servicesBySite[key]);
  }
  return servicesBySite[key];
}
