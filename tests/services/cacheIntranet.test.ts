import type { PeriodDraft } from '../../src/domain/evaluation/periodDraft';
import { MapStorage } from '../../src/services/cache/storage';
import type { AppServices } from '../../src/services/contracts';
import { composeServices } from '../../src/services/composeServices';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { GraphDirectoryService } from '../../src/services/graph/GraphDirectoryService';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { LISTS } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

/**
 * The view cache on the local intranet (issue 13, "Speed": warm openings within 15 minutes; README,
 * "Speed and caching"): one tab's storage, services made anew for each opening as a page reload does.
 * What is kept is the reader's own; acts are read again at each opening and after each write.
 */
describe('the view cache against the local intranet', () => {
  const YEAR = 2026;
  const TODAY = new Date('2026-11-28T09:00:00+07:00');
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let november: number;

  const open = (upn: string, storage?: MapStorage): AppServices =>
    createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn, today: () => TODAY, cacheStorage: storage });
  const stats = async (reset: boolean = false): Promise<{ sharepoint: number; graph: number; batchParts: number }> =>
    (await (await fetch(`${intranet.url}/_dev/stats`, { method: reset ? 'DELETE' : 'GET' })).json()) as { sharepoint: number; graph: number; batchParts: number };
  /** Requests and batch parts `run` costs. */
  const measure = async (run: () => Promise<unknown>): Promise<{ requests: number; parts: number }> => {
    await stats(true);
    await run();
    const after = await stats();
    return { requests: after.sharepoint + after.graph, parts: after.batchParts };
  };
  const draft: PeriodDraft = {
    lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn trả lời địa phương', assigned: 4, completed: 4, completedOnTime: 4, evidence: ['/sites/danhgia/MinhChung/L1.pdf'] }],
    generalCriteriaSelfScore: 27,
    comment: 'Tháng 11'
  };

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 120 });
    await provisionSampleSite(intranet, [YEAR], TODAY);
    const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string } => ({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn });
    // HR takes the organisation's snapshot, as the site's set-up does: the views read it, not Graph.
    await new OrgDirectoryService(createSpForSite(connection(hr)), createGraphForSite(connection(hr)), () => TODAY).refreshSnapshot();
    await createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn))
      .web.lists.getByTitle(LISTS.productTypes.title)
      .items.add({ Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, EffectiveFrom: '2026-01-01T00:00:00Z' });
    const periods = await open(staff).evaluation.getPeriods(YEAR);
    november = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
  }, 180000);
  afterAll(async () => {
    await intranet.close();
  });

  it('a second opening within 15 minutes is one request, the first with nothing kept costs what it did', async () => {
    const storage = new MapStorage();
    const openMine = (services: AppServices): Promise<unknown> =>
      services.evaluation.getMyOverview(YEAR).then(() => Promise.all([services.journey.period.getMyPeriod(november), services.journey.year.getMyYear(YEAR)]));
    const cold = await measure(() => openMine(open(staff, storage)));
    const uncached = await measure(() => openMine(open(staff)));
    expect(cold.requests).toBe(uncached.requests);
    // Within the first opening the year's and the month's screens reuse the units and settings the overview read.
    expect(cold.parts).toBeLessThan(uncached.parts);
    expect(cold.requests).toBeLessThanOrEqual(3); // issue 13: myEvaluationRequests ≤ 3, no Graph /me
    const warm = await measure(() => openMine(open(staff, storage)));
    expect(warm.requests).toBe(1);
  });

  it('a second user on the same storage gets nothing of the first: neither the dashboard’s figures nor the reads behind a view', async () => {
    const storage = new MapStorage();
    // The dashboard the page shows: HR's figures cover the ministry; the civil servant gets their own view.
    const hrView = await open(hr, storage).evaluation.getDashboard({ year: YEAR });
    const ownView = await open(staff).evaluation.getDashboard({ year: YEAR });
    expect(hrView.units.length).toBeGreaterThan(ownView.units.length);
    expect((await open(staff, storage).evaluation.getDashboard({ year: YEAR })).units).toEqual(ownView.units);

    // The manager after the civil servant on one tab: the first opening costs what a cold one does.
    await open(staff, storage).evaluation.getMyOverview(YEAR);
    const afterSomeoneElse = await measure(() => open(manager, storage).evaluation.getMyOverview(YEAR));
    const coldAlone = await measure(() => open(manager, new MapStorage()).evaluation.getMyOverview(YEAR));
    expect(afterSomeoneElse).toEqual(coldAlone);
    const me = (await open(manager, storage).evaluation.getMyOverview(YEAR)).me;
    expect(me.userPrincipalName).toBe(manager);
    expect(me.displayName).toBe(DEV_ACCOUNTS.manager.displayName);
  });

  it('the dashboard keeps its figures 15 minutes and says when they were read; «Làm mới» reads again', async () => {
    let clock = Date.UTC(2026, 10, 28, 2, 0, 0);
    const storage = new MapStorage();
    const page = (): AppServices =>
      createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: hr, today: () => TODAY, cacheStorage: storage, cacheNow: () => clock });
    const first = await page().evaluation.getDashboard({ year: YEAR });
    expect(first.readAt).toBe(new Date(clock).toISOString());
    clock += 14 * 60000;
    let kept: typeof first | undefined;
    const cost = await measure(async () => (kept = await page().evaluation.getDashboard({ year: YEAR })));
    expect(cost.requests).toBe(0);
    expect(kept && kept.readAt).toBe(first.readAt);
    const refreshed = await page().evaluation.getDashboard({ year: YEAR, refresh: true });
    expect(refreshed.readAt).toBe(new Date(clock).toISOString());
    clock += 15 * 60000;
    expect((await page().evaluation.getDashboard({ year: YEAR })).readAt).toBe(new Date(clock).toISOString());
  });

  it('who reads and whom they manage come from the snapshot without Graph, and agree with Graph', async () => {
    const graphOf = (upn: string): GraphDirectoryService =>
      new GraphDirectoryService(createGraphForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn }));
    let reports: string[] = [];
    const cost = await measure(async () => (reports = await open(manager).directory.getDirectReports()));
    expect((await stats()).graph).toBe(0);
    expect(cost.requests).toBe(1); // the organisation's batch
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.slice().sort()).toEqual((await graphOf(manager).getDirectReports()).slice().sort());
    const me = await open(staff).directory.getMe();
    const fromGraph = await graphOf(staff).getMe();
    expect([me.displayName, me.jobTitle, me.department, me.managerLogin]).toEqual([fromGraph.displayName, fromGraph.jobTitle, fromGraph.department, fromGraph.managerLogin]);
  });

  it('the login the page gives cannot make the reader someone else: SharePoint’s own user wins, and their own months are read', async () => {
    const connection = { siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: staff };
    // A page that names the manager while SharePoint knows the civil servant (never so on a real page).
    const services = composeServices(createSpForSite(connection), createGraphForSite(connection), () => TODAY, undefined, { login: manager, cacheStorage: new MapStorage() });
    const overview = await services.evaluation.getMyOverview(YEAR);
    expect(overview.me.userPrincipalName).toBe(staff);
    const own = await open(staff).evaluation.getMyOverview(YEAR);
    expect(overview.periods).toEqual(own.periods);
    expect(await services.evaluation.getPendingTasks()).toEqual(await open(staff).evaluation.getPendingTasks());
  });

  it('the organisation a view’s batch was to carry is read alone when that batch fails or does not carry it', async () => {
    const connection = { siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: staff };
    const failed = new OrgDirectoryService(createSpForSite(connection), createGraphForSite(connection), () => TODAY);
    await expect(failed.carry(() => Promise.reject(new Error('the view’s batch failed')))).rejects.toThrow('the view’s batch failed');
    expect((await failed.getOrg()).readerLogin).toBe(staff);
    const notCarried = new OrgDirectoryService(createSpForSite(connection), createGraphForSite(connection), () => TODAY);
    await expect(notCarried.carry(() => Promise.resolve('nothing to read'))).resolves.toBe('nothing to read');
    expect((await notCarried.getOrg()).snapshot).toMatchObject({ used: true });
  });

  it('after the page records an act the view reads it again, and so does the next opening; an act by someone else shows at the next opening', async () => {
    const storage = new MapStorage();
    const page = open(staff, storage);
    expect((await page.journey.period.getMyPeriod(november)).step).toBe('NOT_STARTED');
    await page.journey.period.saveMyPeriodDraft(november, draft);
    expect((await page.journey.period.getMyPeriod(november)).step).toBe('DRAFT');
    const reloaded = open(staff, storage);
    expect((await reloaded.journey.period.getMyPeriod(november)).step).toBe('DRAFT');
    await reloaded.journey.period.submitMyPeriod(november, draft);
    expect((await reloaded.journey.period.getMyPeriod(november)).step).toBe('SUBMITTED');
    expect((await open(staff, storage).journey.period.getMyPeriod(november)).step).toBe('SUBMITTED');

    // The manager returns the month from their own page: the civil servant's next opening, warm, says so.
    await open(manager).journey.period.reviewPeriod(staff, november, { outcome: 'RETURNED', returnReason: 'Bổ sung minh chứng.', assessments: [], comment: '' });
    const next = open(staff, storage);
    let view: Awaited<ReturnType<AppServices['journey']['period']['getMyPeriod']>> | undefined;
    const warm = await measure(async () => (view = await next.journey.period.getMyPeriod(november)));
    expect(view && view.step).toBe('RETURNED');
    expect(warm.requests).toBe(1);
  });
});
