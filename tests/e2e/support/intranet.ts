/**
 * What a browser test asks of the local intranet directly, as a person would do outside the product's
 * screens: HR reopening a period in the periods list, reading the directory, reading the outbox.
 */
import { BASE_URL } from './browser';

const SITE = `${BASE_URL}/sites/danhgia`;
const JSON_LIGHT = 'application/json;odata=nometadata';

export interface DevUser {
  upn: string;
  displayName: string;
  jobTitle?: string;
  unitId?: string;
  office?: string;
  managerUpn?: string;
  role: string;
}

async function call<T>(url: string, init: RequestInit & { as: string }): Promise<T> {
  const response = await fetch(url, { ...init, headers: { Accept: JSON_LIGHT, 'X-Dev-User': init.as, ...(init.headers as Record<string, string>) } });
  if (!response.ok) throw new Error(`${init.method || 'GET'} ${url} as ${init.as}: HTTP ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function devUsers(query: string = ''): Promise<DevUser[]> {
  return call<DevUser[]>(`${BASE_URL}/_dev/users${query}`, { as: 'quantri@vhttdl.local' });
}

export interface UnitRow {
  UnitCode: string;
  Title: string;
  HeadLogin?: string;
  DeputyLogins?: string;
  ParentCode?: string;
}

export async function unitRow(code: string, as: string): Promise<UnitRow> {
  const rows = await call<{ value: UnitRow[] }>(
    `${SITE}/_api/web/lists/getbytitle('DGCC_Units')/items?$select=UnitCode,Title,HeadLogin,DeputyLogins,ParentCode&$filter=UnitCode eq '${code}'`,
    { as }
  );
  if (!rows.value.length) throw new Error(`no unit ${code} in DGCC_Units`);
  return rows.value[0];
}

/** HR opens or locks a period in the periods list (the product has no screen for it yet). */
export async function setPeriodStatus(as: string, year: number, kind: 'MONTH' | 'YEAR', index: number | undefined, status: 'OPEN' | 'LOCKED' | 'CLOSED'): Promise<void> {
  const filter = `EvalYear eq ${year} and PeriodKind eq '${kind}'${index === undefined ? '' : ` and PeriodIndex eq ${index}`}`;
  const rows = await call<{ value: Array<{ Id: number }> }>(`${SITE}/_api/web/lists/getbytitle('DGCC_Periods')/items?$select=Id&$filter=${encodeURIComponent(filter)}`, { as });
  if (rows.value.length !== 1) throw new Error(`expected one period for ${filter}, found ${rows.value.length}`);
  const digest = await call<{ FormDigestValue: string }>(`${SITE}/_api/contextinfo`, { as, method: 'POST' });
  await call(`${SITE}/_api/web/lists/getbytitle('DGCC_Periods')/items(${rows.value[0].Id})`, {
    as,
    method: 'POST',
    headers: { 'Content-Type': JSON_LIGHT, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-RequestDigest': digest.FormDigestValue },
    body: JSON.stringify({ PeriodStatus: status })
  });
}

export interface OutboxEntry {
  kind: string;
  sender: string;
  to: string[];
  subject: string;
  body: string;
  sentAt: string;
}

export function outbox(): Promise<OutboxEntry[]> {
  return call<OutboxEntry[]>(`${BASE_URL}/_dev/outbox`, { as: 'quantri@vhttdl.local' });
}

/** The late unit of the sample site (dev/product/setUpSampleProduct.ts LATE_UNIT) and who acts in it. */
export interface LateUnit {
  /** Its civil servants (reporting to its head), by login. */
  staff: DevUser[];
  /** Its head: their direct manager and the keeper of its minutes. */
  manager: DevUser;
  /** The Cục trưởng: the competent evaluator of its people. */
  evaluator: DevUser;
}

export async function lateUnit(as: string): Promise<LateUnit> {
  const unit = await unitRow('BC-3', as);
  const cuc = await unitRow('BC', as);
  const people = await devUsers('?unit=BC');
  const manager = people.find((u) => u.upn === unit.HeadLogin) as DevUser;
  const evaluator = people.find((u) => u.upn === cuc.HeadLogin) as DevUser;
  const staff = people.filter((u) => u.managerUpn === manager.upn).sort((a, b) => (a.upn < b.upn ? -1 : 1));
  if (!manager || !evaluator || staff.length < 3) throw new Error('the sample site has no late unit BC-3 with a head, a Cục trưởng and three people');
  return { staff, manager, evaluator };
}
