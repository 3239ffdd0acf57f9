import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { bulkInsertItems, DEV_ACCOUNTS } from '../../dev/server';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { personalFolderName, readScopeName } from '../../src/domain/org/readScopes';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { unitsUnder } from '../../src/services/sharepoint/journey/unitYearState';
import { LISTS, type ListSpec } from '../../src/services/sharepoint/schema';
import { startTestIntranet } from '../intranet/support';

/**
 * The dashboard (issue 13) against the local intranet: each reader sees only the units they may, a
 * plain civil servant the figures and published results of their unit but no one's progress, every act
 * screened by its author's right, and the figures are the chosen period's.
 */
describe('the dashboard of a year and one period, as each reader', () => {
  const YEAR = 2026;
  /** 28 November: October's deadline (5 November) has come, November's (5 December) not yet. */
  const TODAY = new Date('2026-11-28T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let october: number;
  let november: number;
  let colleague: string;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const unitHead = DEV_ACCOUNTS.unitHead.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => TODAY
  });
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  const repo = (upn: string, spec: ListSpec): ReturnType<typeof actRepository> => actRepository(sp(upn), spec);
  const dashboard = (upn: string, periodId?: number): ReturnType<ReturnType<typeof createServicesForSite>['evaluation']['getDashboard']> =>
    createServicesForSite(connection(upn)).evaluation.getDashboard({ year: YEAR, periodId });
  const unitFolder = (login: string): string => readScopeName(org.people[login].unitCode, YEAR);
  const item = (login: string, fields: Record<string, unknown>, payload: unknown): Record<string, unknown> => ({
    Title: 'act',
    EvalYear: YEAR,
    EmployeeLogin: login,
    UnitCode: org.people[login].unitCode,
    ...fields,
    Payload: JSON.stringify(payload)
  });
  const submission = (login: string, periodId: number): Record<string, unknown> =>
    item(login, { PeriodId: periodId, Step: 'SUBMITTED', ReviewerLogin: org.people[login].managerLogin, ActKey: `S-${periodId}-${login}` }, { generalCriteriaSelfScore: 27, comment: '' });
  const approval = (login: string, periodId: number, score: number, key: string): Record<string, unknown> =>
    item(login, { PeriodId: periodId, ActKey: key }, { outcome: 'APPROVED', generalCriteriaScore: 27, assessments: [], comment: '', score });

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR], TODAY);
    org = (await new OrgDirectoryService(sp(DEV_ACCOUNTS.siteOwner.upn), createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;
    colleague = Object.keys(org.people).find((l) => l !== staff && org.people[l].unitCode === org.people[staff].unitCode && org.people[l].managerLogin === manager) as string;
    const periods = await createServicesForSite(connection(staff)).evaluation.getPeriods(YEAR);
    october = (periods.find((p) => p.kind === 'MONTH' && p.index === 10) as { id: number }).id;
    november = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
    // October: the civil servant submits and the manager approves (88). November: both submit; the site
    // owner, who may write anywhere but is nobody's manager, "approves" the colleague's month.
    // October is closed by now: its acts are recorded as they were in October (dated then, as SharePoint
    // would have dated them), in the folders where their authors may add them.
    const rootOf = async (title: string): Promise<string> =>
      (await sp(DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle(title).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()).ServerRelativeUrl;
    bulkInsertItems(intranet.store, LISTS.periodScores.title, [
      { authorUpn: staff, folderPath: `${await rootOf(LISTS.periodScores.title)}/${personalFolderName(staff)}`, created: '2026-10-30T03:00:00Z', values: { Title: 'act', ...submission(staff, october) } }
    ]);
    bulkInsertItems(intranet.store, LISTS.reviews.title, [
      { authorUpn: manager, folderPath: `${await rootOf(LISTS.reviews.title)}/${unitFolder(staff)}`, created: '2026-11-02T03:00:00Z', values: { Title: 'act', ...approval(staff, october, 88, `R-${october}-${staff}`) } }
    ]);
    await repo(staff, LISTS.periodScores).add(submission(staff, november), { folder: personalFolderName(staff) });
    await repo(colleague, LISTS.periodScores).add(submission(colleague, november), { folder: personalFolderName(colleague) });
    await repo(DEV_ACCOUNTS.siteOwner.upn, LISTS.reviews).add(approval(colleague, november, 100, `R-${november}-${colleague}`), { folder: unitFolder(colleague) });
    // The Cục trưởng decides and publishes the colleague's year.
    await repo(unitHead, LISTS.decisions).add(item(colleague, { Rating: 'HTTNV', ActKey: `P-${colleague}` }, { rating: 'HTTNV', reasons: 'Hoàn thành tốt', published: true }), {
      folder: unitFolder(colleague)
    });
  }, 300000);
  afterAll(async () => {
    await intranet.close();
  });

  const unitsWithPeople = (): string[] => Object.keys(org.units).filter((code) => Object.keys(org.people).some((l) => org.people[l].unitCode === code));

  it('HR sees every unit that has people, each person of it; by default the latest month whose deadline has come', async () => {
    const view = await dashboard(DEV_ACCOUNTS.hr.upn);
    expect(view.period && [view.period.kind, view.period.index]).toEqual(['MONTH', 10]);
    expect(view.units.map((u) => u.unitCode).sort()).toEqual(unitsWithPeople().sort());
    expect(view.units.every((u) => !!u.people && u.people.length === u.staffCount && u.readerIsHr)).toBe(true);
    const phong = view.units.find((u) => u.unitCode === org.people[staff].unitCode);
    expect(phong && phong.period).toMatchObject({ submitted: 1, approved: 1, scores: [88], returned: 0 });
    expect(((phong && phong.people) || []).find((p) => p.login === staff)).toMatchObject({ period: { status: 'APPROVED', score: 88, late: false } });
  });

  it('the chosen period’s figures: November differs from October, and the site owner’s “approval” counts for nothing', async () => {
    const phong = (await dashboard(DEV_ACCOUNTS.hr.upn, november)).units.find((u) => u.unitCode === org.people[staff].unitCode);
    expect(phong && phong.period).toMatchObject({ submitted: 2, approved: 0, scores: [], late: 0 });
    expect(phong && phong.ignoredActs).toBe(1);
    expect(((phong && phong.people) || []).find((p) => p.login === colleague)).toMatchObject({ period: { status: 'SUBMITTED' }, year: { rating: 'HTTNV', published: true } });
  });

  it('a Cục trưởng sees the units of their Cục only, each person of them', async () => {
    const view = await dashboard(unitHead);
    const cuc = org.people[unitHead].unitCode;
    const mine = unitsUnder(org, cuc).filter((code) => unitsWithPeople().indexOf(code) >= 0);
    expect(view.units.map((u) => u.unitCode).sort()).toEqual(mine.sort());
    expect(view.units.every((u) => !!u.people && !u.readerIsHr)).toBe(true);
    // The phòng nests under the Cục, which is shown too.
    expect(view.units.find((u) => u.unitCode === org.people[staff].unitCode)).toMatchObject({ parentCode: cuc, readerActsOnYear: true });
  });

  it('a plain civil servant sees their unit’s figures and published results, but nobody’s progress', async () => {
    const view = await dashboard(staff, november);
    expect(view.units.map((u) => u.unitCode)).toEqual([org.people[staff].unitCode]);
    const [own] = view.units;
    expect(own.people).toBeUndefined();
    expect(own).toMatchObject({ readerIsMember: true, readerIsHr: false, readerActsOnYear: false });
    expect(own.period).toMatchObject({ submitted: 2 });
    expect(own.published).toEqual([{ login: colleague, displayName: org.people[colleague].displayName, rating: 'HTTNV' }]);
  });
});
