import { Client } from '@microsoft/microsoft-graph-client';
import { BrowserFetchWithRetry, DefaultParse, Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, SPFI, spfi } from '@pnp/sp';
import type { TimelinePipe } from '@pnp/core';
import type { CacheStorage } from './cache/storage';
import type { AppServices } from './contracts';
import { composeServices } from './composeServices';

export interface SiteConnection {
  /** e.g. http://localhost:4321/sites/danhgia */
  siteUrl: string;
  /** e.g. http://localhost:4321/graph (the client appends /v1.0/...) */
  graphUrl: string;
  /** The acting user, sent to the local intranet as X-Dev-User. */
  userPrincipalName: string;
  today?: () => Date;
  /** The page notices link to (the local page). */
  pageUrl?: string;
  /** Where views keep what they read for 15 minutes for this user (the local page: sessionStorage; bench and tests: a MapStorage). None: nothing kept. */
  cacheStorage?: CacheStorage;
  /** The cache's clock, in ms (tests). */
  cacheNow?: () => number;
}

/** The local intranet knows who acts from this header (it has no sign-in). */
export const ACTING_USER_HEADER = 'X-Dev-User';

/** Adds the acting user's header to every PnPjs request. */
export function ActAs(userPrincipalName: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...(init.headers as Record<string, string>), [ACTING_USER_HEADER]: userPrincipalName };
      return [url, init, result];
    });
    return instance;
  };
}

/** PnPjs for a site reached by URL, acting as the connection's user. */
export function createSpForSite(connection: SiteConnection): SPFI {
  return spfi(connection.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: 4 }),
    DefaultParse(),
    RequestDigest(),
    ActAs(connection.userPrincipalName)
  );
}

/** The Graph client for the same connection. */
export function createGraphForSite(connection: SiteConnection): Client {
  return Client.init({
    baseUrl: connection.graphUrl.replace(/\/$/, ''),
    defaultVersion: 'v1.0',
    authProvider: (done) => done(undefined, 'local-intranet'),
    fetchOptions: { headers: { [ACTING_USER_HEADER]: connection.userPrincipalName } }
  });
}

/** Services for a site reached by URL: the local page, the tests and the benchmarks use this. */
export function createServicesForSite(connection: SiteConnection): AppServices {
  // The acting user is known without asking: the login rides with the page's options (no Graph /me).
  return composeServices(createSpForSite(connection), createGraphForSite(connection), connection.today, connection.pageUrl, {
    login: connection.userPrincipalName,
    cacheStorage: connection.cacheStorage,
    cacheNow: connection.cacheNow
  });
}
