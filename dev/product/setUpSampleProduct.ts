import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { DEV_ACCOUNTS } from '../seed/accounts';
import type { Intranet } from '../server';
import { seedHistory, SeedHistoryReport } from './history';
import { provisionSampleSite, SampleSiteReport } from './provisionSampleSite';
import { seederGraph, seederSp } from './seederClients';

export interface SampleProduct {
  years: number[];
  site: SampleSiteReport;
  history: SeedHistoryReport;
  provisionMs: number;
}

/**
 * Phòng Báo điện tử (Cục Báo chí) is late: its last two months and its last NĐ 90 year are still to do,
 * for anyone trying the journey on the page (and for the browser tests' whole-year journeys).
 */
export const LATE_UNIT = 'BC-3';

/** The evaluation years ending with today's: 3 gives 2024–2025 under NĐ 90/48 and 2026 under NĐ 335. */
export function evaluationYearsEndingAt(today: Date, count: number): number[] {
  return Array.from({ length: count }, (_, i) => today.getFullYear() - count + 1 + i);
}

/**
 * The product on a freshly seeded local intranet, as `npm start`, the browser tests and the
 * benchmarks all want it: lists, units, access and periods (as a site owner would set them up), the
 * organisation's snapshot (taken by HR), then the history of those years.
 */
export async function setUpSampleProduct(intranet: Intranet, yearCount: number, today: Date): Promise<SampleProduct> {
  const years = evaluationYearsEndingAt(today, yearCount);
  const started = Date.now();
  intranet.preparing('provisioning');
  const site = await provisionSampleSite(intranet, years, today);
  // HR takes the organisation's snapshot, as the site's set-up does (issue 13): views read it, not Graph.
  await new OrgDirectoryService(seederSp(intranet, DEV_ACCOUNTS.hr.upn), seederGraph(intranet, DEV_ACCOUNTS.hr.upn), () => today).refreshSnapshot();
  const provisionMs = Date.now() - started;
  intranet.preparing('history');
  const history = await seedHistory(intranet, { years, today, lateUnit: LATE_UNIT });
  return { years, site, history, provisionMs };
}
