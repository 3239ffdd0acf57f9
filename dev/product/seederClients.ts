import { Client } from '@microsoft/microsoft-graph-client';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { ACTING_USER_HEADER, createSpForSite } from '../../src/services/forSite';
import type { Intranet } from '../server';

/** Adds the start's seeder headers to every PnPjs request (the site answers 503 to others until it is ready). */
function withHeaders(extra: Record<string, string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...(init.headers as Record<string, string>), ...extra };
      return [url, init, result];
    });
    return instance;
  };
}

/** PnPjs acting as `upn`, as the product's services use it, able to reach the site while it is being prepared. */
export function seederSp(intranet: Intranet, upn: string): SPFI {
  return createSpForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn }).using(withHeaders(intranet.seederHeaders()));
}

/** The Graph client acting as `upn`, with the same pass. */
export function seederGraph(intranet: Intranet, upn: string): Client {
  return Client.init({
    baseUrl: intranet.graphBaseUrl.replace(/\/$/, ''),
    defaultVersion: 'v1.0',
    authProvider: (done) => done(undefined, 'local-intranet'),
    fetchOptions: { headers: { [ACTING_USER_HEADER]: upn, ...intranet.seederHeaders() } }
  });
}
