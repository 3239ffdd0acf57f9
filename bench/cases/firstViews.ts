// Requests and time of each web part's first view, cold (new services, nothing cached), against the
// local intranet with the sample ministry: architecture.md's budget is 6 requests to SharePoint and
// Graph together. A `$batch` is one request (its parts are counted apart).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createServicesForSite } from '../../src/services/forSite';
import type { AppServices } from '../../src/services/contracts';
import { periodToFillIn } from '../../src/domain/evaluation/periodToFillIn';
import { DEV_ACCOUNTS, startIntranet } from '../../dev/server';
import { setUpSampleProduct } from '../../dev/product/setUpSampleProduct';
import type { BenchCase, Figures } from '../benchCase';

const YEAR = 2026;
const TODAY = new Date('2026-11-28T09:00:00+07:00');

interface Stats {
  sharepoint: number;
  graph: number;
  batchParts: number;
}

/** What "Đánh giá của tôi" loads: the overview, then the period to fill in and the year, side by side. */
async function openMyEvaluation(s: AppServices): Promise<unknown> {
  const overview = await s.evaluation.getMyOverview(YEAR);
  const period = periodToFillIn(overview.periods);
  return Promise.all([period ? s.journey.period.getMyPeriod(period.id) : undefined, s.journey.year.getMyYear(YEAR)]);
}

const views: Array<{ name: string; upn: string; open: (s: AppServices) => Promise<unknown> }> = [
  { name: 'myEvaluation', upn: DEV_ACCOUNTS.staff.upn, open: openMyEvaluation },
  {
    name: 'reviewAndDecide',
    upn: DEV_ACCOUNTS.manager.upn,
    // The inbox: periods to score, and the leader's tasks of last year and this year.
    open: (s) => Promise.all([s.evaluation.getPendingTasks(), s.journey.unitYear.getLeaderTasks([YEAR - 1, YEAR])])
  },
  { name: 'unitDashboard', upn: DEV_ACCOUNTS.hr.upn, open: (s) => s.evaluation.getUnitProgress(YEAR) },
  { name: 'evaluationAdmin', upn: DEV_ACCOUNTS.siteOwner.upn, open: (s) => Promise.all([s.evaluation.getSetupStatus(), s.evaluation.getPeriods(YEAR)]) }
];

/** Opens each view cold against a sample ministry of `staff` people with three years of history. */
export async function measureFirstViews(staff: number, only?: readonly string[]): Promise<Figures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-first-views-'));
  const intranet = await startIntranet({ port: 0, dataDir, reset: true, staff });
  try {
    const { history } = await setUpSampleProduct(intranet, 3, TODAY);
    const figures: Figures = { listItems: history.total };
    const stats = async (reset: boolean, attempt: number = 1): Promise<Stats> => {
      try {
        const response = await fetch(`${intranet.url}/_dev/stats`, { method: reset ? 'DELETE' : 'GET' });
        return (await response.json()) as Stats;
      } catch (error) {
        // A pooled connection the server closed while the seed ran (ECONNRESET): ask once more.
        if (attempt > 1) throw error;
        return stats(reset, attempt + 1);
      }
    };
    for (const view of views.filter((v) => !only || only.indexOf(v.name) >= 0)) {
      await stats(true);
      const services = createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: view.upn, today: () => TODAY });
      const started = Date.now();
      await view.open(services);
      figures[`${view.name}Ms`] = Date.now() - started;
      const after = await stats(false);
      figures[`${view.name}Requests`] = after.sharepoint + after.graph;
      figures[`${view.name}BatchParts`] = after.batchParts;
    }
    return figures;
  } finally {
    await intranet.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const benchCase: BenchCase = {
  name: 'First view of each web part, cold (300 staff, 3 years of history)',
  run: () => measureFirstViews(300),
  budgets: [
    { figure: 'myEvaluationRequests', max: 6, unit: 'requests' },
    // The inbox of someone who leads a unit knows whose self-evaluation the unit's meeting waits for
    // and whom they decide from the organisation's snapshot, read in the batch of the units list
    // (issue 13): measured 9 at 300 people when it paged the directory (3 Graph pages of 100), 6 with
    // the snapshot (/me, /me/directReports and four batches). Issue 13 wants 4: not reached yet.
    { figure: 'reviewAndDecideRequests', max: 6, unit: 'requests' },
    { figure: 'evaluationAdminRequests', max: 6, unit: 'requests' },
    // The dashboard screens every act by its author's right from the organisation's snapshot, read
    // in the batch of the units list whatever the ministry's size (issue 13: at most 4; measured 3,
    // 6 when it paged the directory).
    { figure: 'unitDashboardRequests', max: 4, unit: 'requests' }
  ]
};
