import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPFI, DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import { BrowserFetch, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { Client } from '@microsoft/microsoft-graph-client';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { Intranet, IntranetOptions, startIntranet } from '../../dev/server';
import { ActAs } from '../../src/services/forSite';

export { DEV_ACCOUNTS } from '../../dev/server';

/** Starts the local intranet on an ephemeral loopback port with a fresh temporary data folder. */
export async function startTestIntranet(options: IntranetOptions = {}): Promise<Intranet & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'intranet-test-'));
  const intranet = await startIntranet({ port: 0, dataDir, reset: true, staff: 120, ...options });
  const close = intranet.close;
  return {
    ...intranet,
    dataDir,
    close: async (): Promise<void> => {
      await close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

// The product's own behaviour that acts as one user of the sample directory (what the page's switcher does).
export { ActAs };

/** PnPjs configured as the product configures it for a browser (SPBrowser's behaviours), acting as `upn`. */
export function spAs(intranet: Intranet, upn: string, retry: boolean = false): SPFI {
  return spfi(intranet.siteUrl).using(
    DefaultHeaders(), DefaultInit(), retry ? BrowserFetchWithRetry({ retries: 4, interval: 50 }) : BrowserFetch(), DefaultParse(), RequestDigest(), ActAs(upn)
  );
}

/** The Graph client pointed at the local server, acting as `upn`. */
export function graphAs(intranet: Intranet, upn: string): Client {
  return Client.init({
    baseUrl: intranet.graphBaseUrl,
    defaultVersion: 'v1.0',
    authProvider: (done) => done(null, 'local-token'),
    fetchOptions: { headers: { 'X-Dev-User': upn } }
  });
}

/** The HTTP status PnPjs saw, from its HttpRequestError. */
export async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (typeof status === 'number') {
      return status;
    }
    throw e;
  }
}

/** The SharePoint error body (`odata.error`) PnPjs saw. */
export async function errorOf(p: Promise<unknown>): Promise<{ status: number; code: string; message: string; retryAfter?: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: Response; message?: string };
    const text = err.response ? await err.response.clone().text() : '';
    const json = text ? (JSON.parse(text) as { 'odata.error'?: { code: string; message: { value: string } }; error?: { code: string; message: { value: string } | string } }) : {};
    const inner = json['odata.error'] ?? json.error;
    const message = inner ? (typeof inner.message === 'string' ? inner.message : inner.message.value) : err.message ?? '';
    return { status: err.status ?? 0, code: inner?.code ?? '', message, retryAfter: err.response?.headers.get('retry-after') ?? undefined };
  }
  throw new Error('Expected the request to fail');
}
