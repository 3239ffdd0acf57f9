import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { personalScopes, reportScopes, readScopesForYear } from '../../src/domain/org/readScopes';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { AccessReport, ensureAccess } from '../../src/services/sharepoint/access';
import { ensureSchema } from '../../src/services/sharepoint/provisioning';
import { LISTS } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../seed/accounts';
import type { Intranet } from '../server';
import { sampleUnitRows } from './sampleUnits';
import { seederGraph, seederSp } from './seederClients';

export interface SampleSiteReport {
  units: number;
  unplaced: string[];
  access: AccessReport;
  periods: number;
}

/**
 * Sets up the product on the local intranet as a ministry would: the site owner provisions the lists
 * and fills the units list, the directory and the units list give the org model, and the access is
 * applied for each evaluation year; then HR (Vụ Tổ chức cán bộ) creates the periods, which HR's access
 * to the periods list allows. All through the product's own services over HTTP.
 */
export async function provisionSampleSite(intranet: Intranet, years: readonly number[], today: Date): Promise<SampleSiteReport> {
  const sp = seederSp(intranet, DEV_ACCOUNTS.siteOwner.upn);
  await ensureSchema(sp);

  const users = intranet.store.directoryUsers();
  const units = sampleUnitRows(users);
  // A queryable joins a batch once: each add starts from the batched root.
  const [batched, execute] = sp.batched();
  const unitAdds = units.map((row) => batched.web.lists.getByTitle(LISTS.units.title).items.add({ ...row }));
  await execute();
  await Promise.all(unitAdds);

  const { org, unplaced } = await new OrgDirectoryService(sp, seederGraph(intranet, DEV_ACCOUNTS.siteOwner.upn)).getOrg();
  const hrLogins = users.filter((u) => u.role === 'hr').map((u) => u.upn);
  const scopes = years.map((year) => readScopesForYear(org, year)).reduce((all, list) => all.concat(list), []);
  // Each person's folder of reports is read by their unit's group of the latest year set up.
  const access = await ensureAccess(sp, scopes, hrLogins, personalScopes(org), reportScopes(org, years[years.length - 1]));

  const [periodBatch, sendPeriods] = seederSp(intranet, DEV_ACCOUNTS.hr.upn).batched();
  const periodAdds: Array<Promise<unknown>> = [];
  const addPeriod = (fields: Record<string, unknown>): void => {
    periodAdds.push(periodBatch.web.lists.getByTitle(LISTS.periods.title).items.add(fields));
  };
  for (const year of years) {
    const closedMonths = year < today.getFullYear() ? 12 : today.getMonth();
    if (year >= 2026) {
      // NĐ 335/2025: tracked monthly (the default setting) from 2026.
      for (let month = 1; month <= Math.min(12, closedMonths + 1); month++) {
        const status = month <= closedMonths ? 'CLOSED' : 'OPEN';
        addPeriod({ Title: `Tháng ${month}/${year}`, EvalYear: year, PeriodKind: 'MONTH', PeriodIndex: month, PeriodStatus: status, Deadline: deadlineAfterMonth(year, month) });
      }
    }
    addPeriod({
      Title: `Năm ${year}`,
      EvalYear: year,
      PeriodKind: 'YEAR',
      PeriodStatus: year < today.getFullYear() ? 'CLOSED' : 'OPEN',
      // NĐ 90/2020 Điều 20: the yearly evaluation is done before 15 December.
      Deadline: new Date(Date.UTC(year, 11, 15)).toISOString()
    });
  }
  await sendPeriods();
  await Promise.all(periodAdds);
  return { units: units.length, unplaced, access, periods: periodAdds.length };
}

/** A month's products are recorded by the 5th of the next month (a ministry setting; this is the sample's). */
function deadlineAfterMonth(year: number, month: number): string {
  return new Date(Date.UTC(month === 12 ? year + 1 : year, month === 12 ? 0 : month, 5)).toISOString();
}
