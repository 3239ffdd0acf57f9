import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import { competentEvaluatorOf } from '../../src/domain/org/authority';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet } from '../intranet/support';

/**
 * A civil servant moves to another unit mid-year (the directory names a new manager): the months already
 * scored stay theirs (NĐ 335/2025: the year's result is built from every period's score; law.md 5.2),
 * counted in the year's roll-up, and read by whoever now manages and evaluates them, once the site's
 * access is set up again ("Cài đặt hoặc nâng cấp danh sách", ensureAccess). Entra ID keeps no former
 * managers: HR records the move (a units row's Departures), and each act is judged by the manager of its date.
 */
describe('a transfer mid-year hands over the months already scored', () => {
  const YEAR = 2026;
  const TODAY = new Date('2026-11-28T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let november: number;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => TODAY
  });
  const services = (upn: string): ReturnType<typeof createServicesForSite> => createServicesForSite(connection(upn));
  const loadOrg = async (): Promise<OrgModel> =>
    (await new OrgDirectoryService(createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn)), createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 120 });
    await provisionSampleSite(intranet, [YEAR], TODAY);
    await createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn))
      .web.lists.getByTitle(LISTS.productTypes.title)
      .items.add({ Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, EffectiveFrom: '2026-01-01T00:00:00Z' });
    const periods = await services(staff).evaluation.getPeriods(YEAR);
    november = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
  }, 180000);
  afterAll(async () => {
    await intranet.close();
  });

  let scoredBefore: unknown;
  let target: string;
  let newManager: string;
  let moved: OrgModel;
  let org: OrgModel;

  it('the move: the directory names another Cục’s phòng trưởng as manager; setting up access again places the person there', async () => {
    const report = { lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 4, completed: 4, completedOnTime: 4, evidence: [] }], generalCriteriaSelfScore: 27, comment: '' };
    await services(staff).journey.period.submitMyPeriod(november, report);
    await services(manager).journey.period.reviewPeriod(staff, november, {
      outcome: 'APPROVED',
      generalCriteriaScore: 28,
      assessments: [{ workItemKey: 'L1', completedMeetingQuality: 4, majorErrors: 0, delays: 0, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false }],
      comment: 'Tốt'
    });
    // The intranet stamps Created with the real clock: the report and its review were made before the move (20/11).
    intranet.store.run(
      "UPDATE items SET created = '2026-11-18T03:00:00Z', modified = '2026-11-18T03:00:00Z' WHERE json_extract(data, '$.EmployeeLogin') = ? AND json_extract(data, '$.PeriodId') = ?",
      staff,
      november
    );
    const before = await services(staff).journey.year.getMyYear(YEAR);
    scoredBefore = before.periodScores.find((p) => p.period.id === november);
    expect((scoredBefore as { score?: number }).score).toBeGreaterThan(0);

    org = await loadOrg();
    const oldAgency = org.units[org.people[staff].unitCode].parentCode;
    target = Object.keys(org.units).find((c) => org.units[c].level === 'DIVISION' && org.units[c].parentCode !== oldAgency && !!org.units[c].headLogin) as string;
    newManager = org.units[target].headLogin as string;
    intranet.store.run('UPDATE users SET manager_upn = ? WHERE upn = ?', newManager, staff);
    // HR records the move (Entra ID now names only the new manager), then the site owner sets up access again.
    await services(DEV_ACCOUNTS.hr.upn).admin.units.recordTransfer({ login: staff, previousManagerLogin: manager, effectiveFrom: '2026-11-20', reason: 'Quyết định điều động số 12/QĐ-BVHTTDL ngày 18/11/2026' });
    await services(DEV_ACCOUNTS.siteOwner.upn).provisioning.ensureSchema();
    moved = await loadOrg();
    expect(moved.people[staff].unitCode).toBe(target);
    expect(competentEvaluatorOf(moved, staff)).not.toBe(competentEvaluatorOf(org, staff));
  }, 180000);

  it('the new direct manager reads the months’ reports (the person’s folder is re-secured for them)', async () => {
    const review = await services(newManager).journey.period.getPeriodReview(staff, november);
    expect(review.submission && review.submission.draft.lines.map((l) => l.description)).toEqual(['Công văn']);
  });

  it('the person’s year still counts the month scored in the old unit (NĐ 335/2025: every period’s score builds the year)', async () => {
    const after = await services(staff).journey.year.getMyYear(YEAR);
    expect(after.periodScores.find((p) => p.period.id === november)).toEqual(scoredBefore);
  });

  it('the new manager reads the old manager’s review, and the new evaluator sees the year the person sees', async () => {
    const review = await services(newManager).journey.period.getPeriodReview(staff, november);
    expect(review.previousReviews.map((r) => r.outcome)).toEqual(['APPROVED']);
    const mine = await services(staff).journey.year.getMyYear(YEAR);
    const unitYear = await services(competentEvaluatorOf(moved, staff) as string).journey.unitYear.getUnitYear(moved.units[target].parentCode as string, YEAR);
    const person = unitYear.people.find((p) => p.person.userPrincipalName === staff);
    expect(person && person.suggestion).toEqual(mine.suggestion);
    expect(mine.periodScores.find((p) => p.period.id === november)).toEqual(scoredBefore);
  });

  it('nobody but HR records a transfer: a manager trying through the service or plain REST is refused by SharePoint', async () => {
    const attempt = { login: staff, previousManagerLogin: manager, effectiveFrom: '2026-11-01', reason: 'Quyết định số 1' };
    await expect(services(newManager).admin.units.recordTransfer(attempt)).rejects.toMatchObject({ status: 403 });
    const units = createSpForSite(connection(manager)).web.lists.getByTitle(LISTS.units.title);
    await expect(units.items.add({ Title: 'x', UnitCode: org.people[staff].unitCode, Departures: JSON.stringify({ [staff]: { managerLogin: manager } }) })).rejects.toMatchObject({ status: 403 });
  });

  it('only the person’s manager today adds a review in their folder of reviews; the person and the former manager cannot', async () => {
    const folderUrl = `NV-${staff.replace(/[^a-z0-9._-]/g, '-')}`;
    const repoAdd = async (upn: string): Promise<void> => {
      await actRepository(createSpForSite(connection(upn)), LISTS.reviews).add({ Title: 'Đánh giá', EmployeeLogin: staff, PeriodId: november, EvalYear: YEAR, ActKey: `T-${upn}`, Payload: '{}' }, { folder: folderUrl });
    };
    await expect(repoAdd(staff)).rejects.toMatchObject({ status: 403 });
    // The former manager no longer even sees the folder: SharePoint answers as if it did not exist.
    await expect(repoAdd(manager)).rejects.toMatchObject({ status: 404 });
    await repoAdd(newManager);
  });
});
