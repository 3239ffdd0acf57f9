import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import { competentEvaluatorOf } from '../../src/domain/org/authority';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet } from '../intranet/support';

/**
 * A civil servant moves to another unit mid-year (the directory names a new manager): the months already
 * scored stay theirs (NĐ 335/2025: the year's result is built from every period's score; law.md 5.2),
 * counted in the year's roll-up, and read by whoever now manages and evaluates them, once the site's
 * access is set up again ("Cài đặt hoặc nâng cấp danh sách", ensureAccess).
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
    const before = await services(staff).journey.year.getMyYear(YEAR);
    scoredBefore = before.periodScores.find((p) => p.period.id === november);
    expect((scoredBefore as { score?: number }).score).toBeGreaterThan(0);

    org = await loadOrg();
    const oldAgency = org.units[org.people[staff].unitCode].parentCode;
    target = Object.keys(org.units).find((c) => org.units[c].level === 'DIVISION' && org.units[c].parentCode !== oldAgency && !!org.units[c].headLogin) as string;
    newManager = org.units[target].headLogin as string;
    intranet.store.run('UPDATE users SET manager_upn = ? WHERE upn = ?', newManager, staff);
    await services(DEV_ACCOUNTS.siteOwner.upn).provisioning.ensureSchema();
    moved = await loadOrg();
    expect(moved.people[staff].unitCode).toBe(target);
    expect(competentEvaluatorOf(moved, staff)).not.toBe(competentEvaluatorOf(org, staff));
  }, 180000);

  it('the new direct manager reads the months’ reports (the person’s folder is re-secured for them)', async () => {
    const review = await services(newManager).journey.period.getPeriodReview(staff, november);
    expect(review.submission && review.submission.draft.lines.map((l) => l.description)).toEqual(['Công văn']);
  });

  /*
   * KNOWN GAP (issue 11, reported): a period's review is judged by the direct manager in the directory
   * TODAY (domain/org/authority PERIOD_REVIEW; orgAt rebuilds the units at the act's date, but Graph keeps
   * no history of managers). After the move the old manager's review no longer counts, so the month
   * scored in the old unit drops out of the year's roll-up, and the old unit's review folder is not
   * readable by the new manager or evaluator. These tests state what must hold; they fail until managers
   * (or transfers) are kept as a dated history the authority can read.
   */
  it.failing('the person’s year still counts the month scored in the old unit (NĐ 335/2025: every period’s score builds the year)', async () => {
    const after = await services(staff).journey.year.getMyYear(YEAR);
    expect(after.periodScores.find((p) => p.period.id === november)).toEqual(scoredBefore);
  });

  it.failing('the new manager reads the old manager’s review, and the new evaluator sees the year the person sees', async () => {
    const review = await services(newManager).journey.period.getPeriodReview(staff, november);
    expect(review.previousReviews.map((r) => r.outcome)).toEqual(['APPROVED']);
    const mine = await services(staff).journey.year.getMyYear(YEAR);
    const unitYear = await services(competentEvaluatorOf(moved, staff) as string).journey.unitYear.getUnitYear(moved.units[target].parentCode as string, YEAR);
    const person = unitYear.people.find((p) => p.person.userPrincipalName === staff);
    expect(person && person.suggestion).toEqual(mine.suggestion);
    expect(mine.periodScores.find((p) => p.period.id === november)).toEqual(scoredBefore);
  });
});
