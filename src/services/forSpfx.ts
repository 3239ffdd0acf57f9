import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { SPFx, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import { sessionStorageIfAny } from './cache/storage';
import type { AppServices } from './contracts';
import { composeServices } from './composeServices';

/**
 * The tenant property (storage entity of the app catalog) that names the evaluation site, set once by
 * the site administrator. In Teams a web part does not run on that site: a personal app runs on the
 * tenant's root site, a tab on its team's site.
 */
export const EVALUATION_SITE_PROPERTY = 'DanhGiaCongChucSiteUrl';

/** On a SharePoint page the page's own site holds the lists; in Teams, the site the tenant property names. */
async function evaluationSiteUrl(context: WebPartContext): Promise<string> {
  const here = context.pageContext.web.absoluteUrl;
  if (!context.sdks.microsoftTeams) return here;
  try {
    const entity = (await spfi(here).using(SPFx(context)).web.getStorageEntity(EVALUATION_SITE_PROPERTY)) as { Value?: string } | undefined;
    return (entity && entity.Value) || here;
  } catch {
    return here; // no property: the screens then say the lists are not set up, which is true here
  }
}

/**
 * Services for a web part on SharePoint or in Teams: PnPjs with the SPFx preset (digest, retry on
 * 429/503 with Retry-After) on the evaluation site, and the Graph client SPFx hands out
 * (MSGraphClientV3, whose tokens SPFx obtains for the permissions approved in the admin centre).
 *
 * Web parts on one page share one set of services, so the directory is asked once per page.
 */
const servicesBySite: { [key: string]: Promise<AppServices> } = {};

export function getServicesForSpfx(context: WebPartContext): Promise<AppServices> {
  const key = `${context.pageContext.web.absoluteUrl}|${context.pageContext.user.loginName}`;
  if (!servicesBySite[key]) {
    servicesBySite[key] = Promise.all([evaluationSiteUrl(context), context.msGraphClientFactory.getClient('3')]).then(([siteUrl, graph]) =>
      // Notices link to the evaluation site: the page a Teams tab runs on is no address to send people to.
      composeServices(spfi(siteUrl).using(SPFx(context)), graph, undefined, context.sdks.microsoftTeams ? siteUrl : window.location.href.split('#')[0], {
        // The page context knows who signed in: no Graph /me. What the views read is kept 15 minutes in
        // the tab's sessionStorage, for this user only (cache/viewCache.ts).
        login: context.pageContext.user.loginName || context.pageContext.user.email,
        cacheStorage: sessionStorageIfAny()
      })
    );
    servicesBySite[key].catch(() => delete servicesBySite[key]);
  }
  return servicesBySite[key];
}
