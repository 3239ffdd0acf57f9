import type { PeriodDraft } from '../../src/domain/evaluation/periodDraft';
import { MapStorage } from '../../src/services/cache/storage';
import type { AppServices } from '../../src/services/contracts';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
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
    const hrUnits = await open(hr, storage).evaluation.getUnitProgress(YEAR);
    // HR's figures cover the ministry; the civil servant reads only their own unit's.
    const ownUnits = await open(staff).evaluation.getUnitProgress(YEAR);
    expect(hrUnits.length).toBeGreaterThan(ownUnits.length);
    expect(await open(staff, storage).evaluation.getUnitProgress(YEAR)).toEqual(ownUnits);

    // The manager after the civil servant on one tab: the first opening costs what a cold one does.
    await open(staff, storage).evaluation.getMyOverview(YEAR);
    const afterSomeoneElse = await measure(() => open(manager, storage).evaluation.getMyOverview(YEAR));
    const coldAlone = await measure(() => open(manager, new MapStorage()).evaluation.getMyOverview(YEAR));
    expect(afterSomeoneElse).toEqual(coldAlone);
    const me = (await open(manager, storage).evaluation.getMyOverview(YEAR)).me;
    expect(me.userPrincipalName).toBe(manager);
    expect(me.displayName).toBe(DEV_ACCOUNTS.manager.displayName);
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
