import type { SPFI } from '@pnp/sp';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { ListRepository, RawItem, RepositoryEvent } from '../../../src/services/sharepoint/repository';
import { DEV_ACCOUNTS, spAs, startTestIntranet } from '../../intranet/support';

export type TestIntranet = Awaited<ReturnType<typeof startTestIntranet>>;

/** A row of the test list: a small "act" with the columns queries start from. */
export interface Act {
  title: string;
  unitCode: string;
  year: number;
  month: number;
  note: string;
  score: number | undefined;
  key: string;
}

export interface ActFields {
  Title: string;
  UnitCode: string;
  EvalYear: number;
  Month: number;
  Note: string;
  Score: number;
  ActKey: string;
}

export const INDEXED = ['UnitCode', 'EvalYear', 'ActKey'];

export function toAct(raw: RawItem): Act {
  return {
    title: String(raw.Title ?? ''),
    unitCode: String(raw.UnitCode ?? ''),
    year: Number(raw.EvalYear),
    month: Number(raw.Month),
    note: String(raw.Note ?? ''),
    score: typeof raw.Score === 'number' ? raw.Score : undefined,
    key: String(raw.ActKey ?? '')
  };
}

/**
 * Creates the test list as the site owner, the way the product provisions its lists: versioning on,
 * UnitCode/EvalYear/ActKey indexed, and Contribute for the site's visitors so that several users can
 * write (item-level write security off here, so that two users may edit the same item).
 */
export async function provisionActList(intranet: TestIntranet, title: string): Promise<void> {
  const owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
  await owner.web.lists.add(title, 'repository tests', 100, false, { EnableVersioning: true, WriteSecurity: 1 });
  const list = owner.web.lists.getByTitle(title);
  await list.fields.addText('UnitCode');
  await list.fields.addNumber('EvalYear');
  await list.fields.addNumber('Month');
  await list.fields.addText('Note');
  await list.fields.addNumber('Score');
  await list.fields.addText('ActKey');
  for (const name of INDEXED) {
    await list.fields.getByInternalNameOrTitle(name).update({ Indexed: true });
  }
  const visitors = (await owner.web.associatedVisitorGroup()).Id as number;
  const contribute = (await owner.web.roleDefinitions.getByName('Contribute')()).Id as number;
  await list.breakRoleInheritance(true, false);
  await list.roleAssignments.add(visitors, contribute);
}

export function actRepository(
  sp: SPFI,
  title: string,
  events: RepositoryEvent[] = [],
  options: { maxAttempts?: number; baseDelayMs?: number } = {}
): ListRepository<Act, ActFields> {
  return new ListRepository<Act, ActFields>({
    sp,
    listTitle: title,
    indexedColumns: INDEXED,
    select: ['Title', 'UnitCode', 'EvalYear', 'Month', 'Note', 'Score', 'ActKey'],
    map: toAct,
    baseDelayMs: options.baseDelayMs ?? 20,
    maxAttempts: options.maxAttempts,
    onEvent: (e) => events.push(e)
  });
}

export interface ServerStats {
  sharepoint: number;
  batchParts: number;
  faults: number;
}

/** The local intranet's request counters (HTTP requests to SharePoint, $batch parts, injected faults). */
export async function serverStats(intranet: TestIntranet): Promise<ServerStats> {
  return (await (await fetch(`${intranet.url}/_dev/stats`)).json()) as ServerStats;
}

export async function setFaults(intranet: TestIntranet, faults: { rate: number; statuses?: number[]; retryAfter?: number; seed?: number }): Promise<void> {
  const res = await fetch(`${intranet.url}/_dev/faults`, { method: 'PUT', body: JSON.stringify(faults) });
  if (!res.ok) throw new Error(`PUT /_dev/faults: ${res.status}`);
}

/**
 * A PnPjs behaviour that loses the answer of an add after the server applied it: the item is stored,
 * but the caller sees a network error, as when a connection drops while the 201 is on its way.
 * `lose(n)` is asked for the n-th add answer (from 1).
 */
export function LoseAddAnswers(lose: (n: number) => boolean): TimelinePipe<Queryable> {
  let n = 0;
  return (instance: Queryable) => {
    instance.on.post(async (url: URL, result: unknown) => {
      const isAdd = /\/items$/i.test(url.pathname) && typeof result === 'object' && result !== null && 'Id' in result && !Array.isArray(result);
      if (isAdd && lose(++n)) {
        throw new TypeError('fetch failed (test: the answer of an applied add was lost)');
      }
      return [url, result];
    });
    return instance;
  };
}

/** Collects every item of the list as the site owner, by ID pages (no filter: allowed above the threshold). */
export async function allKeys(intranet: TestIntranet, title: string): Promise<string[]> {
  const owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn, true);
  const keys: string[] = [];
  for await (const page of owner.web.lists.getByTitle(title).items.select('Id', 'ActKey').top(5000)) {
    for (const row of page as Array<{ ActKey: string }>) keys.push(row.ActKey);
  }
  return keys;
}
