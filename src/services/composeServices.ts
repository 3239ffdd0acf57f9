import { spfi, type SPFI } from '@pnp/sp';
import type { DashboardQuery, DashboardView } from '../domain/evaluation/model';
import { PageReads } from './cache/pageReads';
import type { CacheStorage } from './cache/storage';
import { ViewCache } from './cache/viewCache';
import type { AppServices, IEvaluationService } from './contracts';
import type { IDocumentService } from './documents/contracts';
import { GraphApi, GraphDirectoryService } from './graph/GraphDirectoryService';
import { OrgDirectoryService } from './graph/OrgDirectoryService';
import type { createJourneyServices } from './journeyServices';
import { SharePointEvaluationService } from './sharepoint/SharePointEvaluationService';

type JourneyServices = ReturnType<typeof createJourneyServices>;
type AdminServicesFactory = typeof import('./admin/createAdminServices');

/**
 * A service whose code loads on the first call of any of its methods (all of them return promises):
 * the journey's services and the rules they run are a chunk of their own ('dgcc-journey'), which a
 * page that only lists or reports never downloads.
 */
function deferred<T extends object>(load: () => Promise<T>): T {
  return new Proxy({} as T, {
    get: (_target, method: string | symbol) =>
      // `then` is asked by anything that checks whether a value is a promise: this is not one.
      method === 'then' ? undefined : (...args: unknown[]) => load().then((service) => (service as unknown as Record<string | symbol, (...a: unknown[]) => unknown>)[method](...args))
  });
}

/** What the page knows before any request, and where it keeps what it read. */
export interface PageOptions {
  /** The reader's login as the page knows it (the SPFx page context, the local page's switcher). */
  login?: string;
  /** Where views keep what they read for 15 minutes, per user (the tab's sessionStorage). None: nothing is kept. */
  cacheStorage?: CacheStorage;
  /** The cache's clock, in ms (tests). */
  cacheNow?: () => number;
}

/**
 * The dashboard's figures kept 15 minutes for the reader, with when they were read: the view says
 * it, and `refresh` reads again ("Làm mới"). Every other method goes straight to the service.
 */
function withDashboardCache(evaluation: IEvaluationService, cache: ViewCache): IEvaluationService {
  const getDashboard = (query: DashboardQuery): Promise<DashboardView> => {
    const key = `view:dashboard:${query.year}:${query.periodId === undefined ? '' : query.periodId}`;
    return cache
      .remember(key, () => evaluation.getDashboard(query), !!query.refresh)
      .then(({ value, readAt }) => ({ ...value, readAt: new Date(readAt).toISOString() }));
  };
  return new Proxy(evaluation, {
    get: (target, name: string | symbol) => {
      if (name === 'getDashboard') return getDashboard;
      const member = (target as unknown as Record<string | symbol, unknown>)[name];
      return typeof member === 'function' ? (member as (...a: unknown[]) => unknown).bind(target) : member;
    }
  });
}

/**
 * The one composition root: every service of the product is built here, from a configured PnPjs
 * root and a Graph client. The SPFx adapter (forSpfx.ts) and the local-site adapter (forSite.ts)
 * only configure those two clients, so the same code talks to SharePoint Online and to the local
 * intranet.
 *
 * With a login and a storage, every read goes through the page's view cache (cache/pageReads.ts):
 * the organisation, settings and catalogue kept 15 minutes, the acts and periods read again in one
 * batch at each opening, everything forgotten when the page records an act.
 */
export function composeServices(sp: SPFI, graph: GraphApi, today: () => Date = () => new Date(), pageUrl?: string, page: PageOptions = {}): AppServices {
  const cache = page.login && page.cacheStorage ? new ViewCache({ storage: page.cacheStorage, site: sp.web.toUrl(), login: page.login, now: page.cacheNow }) : undefined;
  const rawSp = sp;
  if (cache) sp = spfi(rawSp).using(new PageReads(cache, rawSp, page.cacheNow).behaviour());
  const orgDirectory = new OrgDirectoryService(sp, graph, today);
  const directory = new GraphDirectoryService(graph, page.login, () => orgDirectory.getOrg());
  const sharePointEvaluation = new SharePointEvaluationService(sp, directory, orgDirectory, today);
  const evaluation = cache ? withDashboardCache(sharePointEvaluation, cache) : sharePointEvaluation;
  let journeyServices: Promise<JourneyServices> | undefined;
  const loadJourney = (): Promise<JourneyServices> => {
    if (!journeyServices) {
      journeyServices = import(/* webpackChunkName: 'dgcc-journey' */ './journeyServices').then((m) =>
        m.createJourneyServices({ sp, directory, orgDirectory, today, pageUrl }, graph)
      );
      journeyServices.catch(() => (journeyServices = undefined)); // a failed download is tried again
    }
    return journeyServices;
  };
  let adminServices: Promise<ReturnType<AdminServicesFactory['createAdminServices']>> | undefined;
  const loadAdmin = (): Promise<ReturnType<AdminServicesFactory['createAdminServices']>> => {
    if (!adminServices) {
      adminServices = import(/* webpackChunkName: 'dgcc-admin' */ './admin/createAdminServices').then((m: AdminServicesFactory) =>
        m.createAdminServices({ sp, graph, directory, orgDirectory, today, pageUrl, unitHistory: () => evaluation.getUnitHistory() })
      );
      adminServices.catch(() => (adminServices = undefined));
    }
    return adminServices;
  };
  const services: AppServices = {
    directory,
    evaluation,
    journey: {
      period: deferred(() => loadJourney().then((j) => j.journey.period)),
      year: deferred(() => loadJourney().then((j) => j.journey.year)),
      unitYear: deferred(() => loadJourney().then((j) => j.journey.unitYear))
    },
    reminders: deferred(() => loadJourney().then((j) => j.reminders)),
    admin: {
      journal: deferred(() => loadAdmin().then((a) => a.journal)),
      audit: deferred(() => loadAdmin().then((a) => a.audit)),
      catalogue: deferred(() => loadAdmin().then((a) => a.catalogue)),
      units: deferred(() => loadAdmin().then((a) => a.units)),
      periods: deferred(() => loadAdmin().then((a) => a.periods)),
      imports: deferred(() => loadAdmin().then((a) => a.imports)),
      settings: deferred(() => loadAdmin().then((a) => a.settings))
    },
    // The set-up (PnPjs' fields, folders and security modules, the access rules) is a site owner's act: admin chunk.
    provisioning: deferred(() => loadAdmin().then((a) => a.provisioning)),
    today
  };
  // The documents (their builders, docx and exceljs) download only when a document is asked for.
  services.documents = deferred<IDocumentService>(() =>
    import(/* webpackChunkName: 'dgcc-documents' */ './documents/generate').then((m) => m.createDocumentService(sp, orgDirectory, services))
  );
  return services;
}
