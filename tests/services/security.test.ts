import { personalFolderName, readScopeName } from '../../src/domain/org/readScopes';
import type { OrgModel } from '../../src/domain/org/orgModel';
import type { UnitDashboardRow } from '../../src/domain/evaluation/model';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { actRepository, readScreenedActs } from '../../src/services/sharepoint/actsReader';
import { httpStatusOf } from '../../src/services/sharepoint/odata';
import { ListSpec, LISTS } from '../../src/services/sharepoint/schema';
import { BulkItem, bulkInsertItems, DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite, SampleSiteReport } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

/**
 * The security model (architecture.md) against the local intranet, acting as each role and as a user
 * without rights would try: reading another unit's acts, writing into it, changing another person's
 * act, forging a decision or a review.
 */
describe('who may read and change what, on a provisioned site', () => {
  const YEAR = 2026;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let site: SampleSiteReport;
  let org: OrgModel;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn
  });
  const repo = (upn: string, spec: ListSpec): ReturnType<typeof actRepository> => actRepository(createSpForSite(connection(upn)), spec);
  const staff = DEV_ACCOUNTS.staff.upn;
  let colleague: string;
  let outsider: string;
  const folderOf = (login: string): string => readScopeName(org.people[login].unitCode, YEAR);
  /** Where a person adds their own reports: their own folder, where nobody else may add. */
  const ownFolderOf = (login: string): string => personalFolderName(login);
  const submission = (login: string, text: string): Record<string, unknown> => ({
    Title: text,
    EvalYear: YEAR,
    PeriodId: 11,
    EmployeeLogin: login,
    UnitCode: org.people[login].unitCode,
    Step: 'SUBMITTED',
    ReviewerLogin: org.people[login].managerLogin,
    EmployeeName: login,
    Payload: JSON.stringify({ generalCriteriaSelfScore: 28, comment: text })
  });

  beforeAll(async () => {
    // The default 300 people: enough for colleagues in the well-known civil servant's phòng.
    intranet = await startTestIntranet({ staff: 300 });
    site = await provisionSampleSite(intranet, [YEAR], new Date('2026-11-28T09:00:00+07:00'));
    org = (await new OrgDirectoryService(createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn)), createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;
    const unitOfStaff = org.people[staff].unitCode;
    colleague = Object.keys(org.people).find((l) => l !== staff && org.people[l].unitCode === unitOfStaff && org.people[l].managerLogin === DEV_ACCOUNTS.manager.upn) as string;
    outsider = Object.keys(org.people).find((l) => org.people[l].unitCode === 'KHTC' && !org.units.KHTC.deputyLogins.includes(l) && org.units.KHTC.headLogin !== l) as string;
    expect([colleague, outsider].every((l) => !!l)).toBe(true);
  }, 300000);
  afterAll(async () => {
    await intranet.close();
  });

  it('places everyone of the directory in a unit (only the site’s technical owner stays outside) and scopes each unit-year', () => {
    expect(site.unplaced).toEqual([DEV_ACCOUNTS.siteOwner.upn]);
    const actLists = Object.keys(LISTS).filter((k) => LISTS[k as keyof typeof LISTS].ownItemsOnly).length;
    const unitsWithPeople = new Set(Object.keys(org.people).map((l) => org.people[l].unitCode)).size;
    const placed = Object.keys(org.people).length;
    // One folder per unit and year in each list of acts, one per person in the decisions and complaints
    // lists (what only the person, the competent evaluator and HR read), and one per person and year in
    // the reports and self-evaluations lists (where only the person adds), and one per person in the
    // reviews list (where only their manager of the day adds, so the reviews follow them after a
    // transfer). Never one per item.
    expect(site.access.foldersSecured).toBe(actLists * unitsWithPeople + 2 * placed + 2 * placed + placed);
  });

  it('each civil servant records their own act in their unit’s folder; nobody can write into another unit’s', async () => {
    await repo(staff, LISTS.periodScores).add(submission(staff, 'Nộp kỳ tháng 11 của An'), { folder: ownFolderOf(staff) });
    await repo(colleague, LISTS.periodScores).add(submission(colleague, 'Nộp kỳ của đồng nghiệp'), { folder: ownFolderOf(colleague) });
    await repo(outsider, LISTS.periodScores).add(submission(outsider, 'Nộp kỳ của Vụ Kế hoạch, Tài chính'), { folder: ownFolderOf(outsider) });

    const attempt = repo(staff, LISTS.periodScores).add(submission(staff, 'Ghi trộm vào đơn vị khác'), { folder: ownFolderOf(outsider) });
    await expect(attempt).rejects.toBeDefined();
    expect([403, 404]).toContain(httpStatusOf(await attempt.catch((e: unknown) => e)));
  });

  it('a civil servant reads their unit’s acts and not another unit’s; the other unit’s people do not read theirs', async () => {
    const seenByStaff = await repo(staff, LISTS.periodScores).query({ indexedFilter: { field: 'EvalYear', value: YEAR } });
    expect(seenByStaff.map((r) => r.value.subjectLogin).sort()).toEqual([colleague, staff].sort());
    const seenByOutsider = await repo(outsider, LISTS.periodScores).query({ indexedFilter: { field: 'EvalYear', value: YEAR } });
    expect(seenByOutsider.map((r) => r.value.subjectLogin)).toEqual([outsider]);
  });

  it('a manager sees only their unit; HR sees every unit', async () => {
    const seenByManager = await repo(DEV_ACCOUNTS.manager.upn, LISTS.periodScores).query({ indexedFilter: { field: 'EvalYear', value: YEAR } });
    expect(seenByManager.map((r) => r.value.subjectLogin).sort()).toEqual([colleague, staff].sort());
    const seenByHr = await repo(DEV_ACCOUNTS.hr.upn, LISTS.periodScores).query({ indexedFilter: { field: 'EvalYear', value: YEAR } });
    expect(seenByHr.map((r) => r.value.subjectLogin).sort()).toEqual([colleague, outsider, staff].sort());
  });

  it('nobody changes another person’s act, not even a colleague who can read it (item-level write security)', async () => {
    const [item] = (await repo(colleague, LISTS.periodScores).query({ indexedFilter: { field: 'EmployeeLogin', value: staff } }));
    const attempt = repo(colleague, LISTS.periodScores).update(item.id, { Payload: '{"generalCriteriaSelfScore":5}' }, item.etag);
    expect(httpStatusOf(await attempt.catch((e: unknown) => e))).toBe(403);
    const [after] = await repo(staff, LISTS.periodScores).query({ indexedFilter: { field: 'EmployeeLogin', value: staff } });
    expect(after.value.payload).toEqual({ generalCriteriaSelfScore: 28, comment: 'Nộp kỳ tháng 11 của An' });
  });

  it('a decision or a review forged by someone without that right changes no result and is reported', async () => {
    const decision = (login: string, rating: string): Record<string, unknown> => ({
      Title: `Quyết định ${rating}`,
      EvalYear: YEAR,
      EmployeeLogin: login,
      UnitCode: org.people[login].unitCode,
      Rating: rating,
      Payload: JSON.stringify({ rating, reasons: '', published: false })
    });
    const review = {
      Title: 'Chấm điểm kỳ',
      EvalYear: YEAR,
      PeriodId: 11,
      EmployeeLogin: staff,
      UnitCode: org.people[staff].unitCode,
      Payload: JSON.stringify({ outcome: 'APPROVED', generalCriteriaScore: 30, assessments: [], comment: '', score: 100 })
    };
    // The civil servant reads their folder but may add no decision there, and a colleague no review:
    // only the competent evaluators add decisions, only the direct managers reviews (who may add what).
    await expect(repo(staff, LISTS.decisions).add(decision(staff, 'HTXSNV'), { folder: folderOf(staff) })).rejects.toMatchObject({ status: 403 });
    await expect(repo(colleague, LISTS.reviews).add(review, { folder: folderOf(staff) })).rejects.toMatchObject({ status: 403 });
    // Someone who may write anywhere (a site owner) still has no right to those steps: both are ignored.
    await repo(DEV_ACCOUNTS.siteOwner.upn, LISTS.decisions).add(decision(staff, 'HTXSNV'), { folder: folderOf(staff) });
    await repo(DEV_ACCOUNTS.siteOwner.upn, LISTS.reviews).add(review, { folder: folderOf(staff) });
    // Then the competent evaluator decides.
    await repo(DEV_ACCOUNTS.unitHead.upn, LISTS.decisions).add(decision(staff, 'HTTNV'), { folder: folderOf(staff) });

    const hrSp = createSpForSite(connection(DEV_ACCOUNTS.hr.upn));
    const decisions = await readScreenedActs(hrSp, org, LISTS.decisions, YEAR);
    expect(decisions.effective.map((a) => [a.authorLogin, (a.payload as { rating: string }).rating])).toEqual([[DEV_ACCOUNTS.unitHead.upn, 'HTTNV']]);
    expect(decisions.ignored.map((i) => i.act.authorLogin)).toEqual([DEV_ACCOUNTS.siteOwner.upn]);
    // The site's technical owner is nobody in the ministry's directory: no step is theirs.
    expect(decisions.ignored[0].reason).toMatch(/Không tìm thấy quantri@vhttdl.local trong danh bạ/);

    const reviews = await readScreenedActs(hrSp, org, LISTS.reviews, YEAR);
    expect(reviews.effective).toEqual([]);
    expect(reviews.ignored.map((i) => i.act.authorLogin)).toEqual([DEV_ACCOUNTS.siteOwner.upn]);
    expect(reviews.ignored[0].reason).toMatch(/Không tìm thấy quantri@vhttdl.local trong danh bạ/);
  });

  describe('the first screens read the same acts, screened the same way', () => {
    const services = (upn: string): ReturnType<typeof createServicesForSite> => createServicesForSite(connection(upn));

    it('my evaluation: November submitted, the year decided by the competent evaluator, the two forged entries said to be ignored', async () => {
      const overview = await services(staff).evaluation.getMyOverview(YEAR);
      expect(overview.me.managerLogin).toBe(DEV_ACCOUNTS.manager.upn);
      const november = overview.periods.find((p) => p.period.kind === 'MONTH' && p.period.index === 11);
      expect(november?.result?.step).toBe('SUBMITTED');
      const theYear = overview.periods.find((p) => p.period.kind === 'YEAR');
      expect(theYear?.result).toMatchObject({ step: 'DECIDED', rating: 'HTTNV' });
      expect(overview.ignoredActs).toBe(2);
    });

    it('the manager’s inbox: both submissions of his phòng wait for his review; a submission forged for someone else makes no task', async () => {
      const third = Object.keys(org.people).find((l) => l !== staff && l !== colleague && org.people[l].managerLogin === DEV_ACCOUNTS.manager.upn) as string;
      await repo(colleague, LISTS.periodScores).add({ ...submission(third, 'Nộp hộ người khác'), EmployeeLogin: third }, { folder: ownFolderOf(colleague) });
      const tasks = await services(DEV_ACCOUNTS.manager.upn).evaluation.getPendingTasks();
      expect(tasks.map((t) => t.subject.userPrincipalName).sort()).toEqual([colleague, staff].sort());
      expect(tasks.every((t) => t.step === 'REVIEW_PERIOD' && t.period.kind === 'MONTH' && t.period.index === 11 && t.period.year === YEAR)).toBe(true);
    });

    it('HR’s dashboard: each unit’s progress in November, the decided rating, and the forged entries counted apart', async () => {
      const view = await services(DEV_ACCOUNTS.hr.upn).evaluation.getDashboard({ year: YEAR, periodId: 11 });
      expect(view.period && [view.period.kind, view.period.index]).toEqual(['MONTH', 11]);
      const units = view.units;
      const phong = units.find((u) => u.unitCode === org.people[staff].unitCode);
      expect(phong?.unitName).toBe(`${org.units.DSVH.name} › ${org.units[org.people[staff].unitCode].name}`);
      // Everyone of the unit counts, from the directory: also those who have recorded nothing yet.
      // Ignored: the decision and the review the site owner wrote and the submission forged for a third person.
      const headcount = (code: string): number => Object.keys(org.people).filter((l) => org.people[l].unitCode === code).length;
      expect(phong).toEqual(expect.objectContaining({ staffCount: headcount(org.people[staff].unitCode), ratings: { HTTNV: 1 }, ignoredActs: 3 }));
      expect(phong?.period).toMatchObject({ submitted: 2, approved: 0 });
      expect(phong?.year).toMatchObject({ decided: 1 });
      // HR reads every person of the unit.
      expect((phong?.people || []).map((p) => p.login).sort()).toEqual(Object.keys(org.people).filter((l) => org.people[l].unitCode === org.people[staff].unitCode).sort());
      const khtc = units.find((u) => u.unitCode === 'KHTC');
      expect(khtc).toEqual(expect.objectContaining({ staffCount: headcount('KHTC'), ignoredActs: 0 }));
      expect(khtc?.period).toMatchObject({ submitted: 1 });
      // HR sees every unit that has people, those with nothing recorded as well.
      expect(units).toHaveLength(new Set(Object.keys(org.people).map((l) => org.people[l].unitCode)).size);
    });

    it('a civil servant’s dashboard shows only the units they may read, their figures without each colleague', async () => {
      const view = await services(outsider).evaluation.getDashboard({ year: YEAR, periodId: 11 });
      expect(view.units.map((u) => u.unitName)).toEqual([org.units.KHTC.name]);
      expect(view.units[0].period).toMatchObject({ submitted: 1 });
      expect(view.units[0].people).toBeUndefined();
    });

    it('reads a unit’s acts past one page: a review after 2,100 others still counts', async () => {
      const manager = org.people[outsider].managerLogin as string;
      const root = await createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn)).web.lists.getByTitle(LISTS.reviews.title).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
      // 2,100 reviews dated before the submission answer nothing (ignored); the one after it approves it.
      const review = (outcome: 'RETURNED' | 'APPROVED', n: number, created: string): BulkItem => ({
        authorUpn: manager,
        folderPath: `${root.ServerRelativeUrl}/${folderOf(outsider)}`,
        created,
        values: {
          Title: `Chấm điểm ${n}`,
          EvalYear: YEAR,
          PeriodId: 11,
          EmployeeLogin: outsider,
          UnitCode: 'KHTC',
          ActKey: `bulk-${n}`,
          Payload: JSON.stringify({ outcome, generalCriteriaScore: 25, assessments: [], comment: '', score: 77 })
        }
      });
      const khtcOf = async (upn: string): Promise<UnitDashboardRow | undefined> =>
        (await services(upn).evaluation.getDashboard({ year: YEAR, periodId: 11 })).units.find((u) => u.unitCode === 'KHTC');
      const before = await khtcOf(DEV_ACCOUNTS.hr.upn);
      expect(before?.period).toMatchObject({ approved: 0 });
      bulkInsertItems(
        intranet.store,
        LISTS.reviews.title,
        Array.from({ length: 2100 }, (_, n) => review('RETURNED', n, '2026-01-01T00:00:00Z')).concat([review('APPROVED', 2100, new Date(Date.now() + 60000).toISOString())])
      );
      // HR reads the month across the ministry, the Vụ trưởng unit by unit: both past a page.
      for (const reader of [DEV_ACCOUNTS.hr.upn, org.units.KHTC.headLogin as string]) {
        const after = await khtcOf(reader);
        expect(after?.period).toMatchObject({ approved: 1, scores: [77] });
        expect(after?.ignoredActs).toBe(2100);
      }
    });

    it('the administration view’s setup, run again on the provisioned site, finds lists and read scopes already right', async () => {
      const report = await services(DEV_ACCOUNTS.siteOwner.upn).provisioning.ensureSchema();
      expect(report.createdLists.concat(report.createdFields, report.indexedFields, report.updatedLists)).toEqual([]);
      expect(report.access).toEqual({ year: YEAR, foldersCreated: 0, foldersSecured: 0, groupsCreated: 0, membersAdded: 0 });
      // Every folder's grants are read back to check them: a few thousand requests for 300 people.
    }, 120000);

    it('an act added in a folder is one request that nobody edits after: a decimal column is refused before anything is sent (decimals live in the Payload)', async () => {
      const before = await repo(outsider, LISTS.periodScores).query({ indexedFilter: { field: 'EmployeeLogin', value: outsider } });
      await expect(repo(outsider, LISTS.periodScores).add({ ...submission(outsider, 'Điểm lẻ'), PeriodId: 10, Score: 87.5 }, { folder: ownFolderOf(outsider) })).rejects.toThrow(/Payload/);
      const after = await repo(outsider, LISTS.periodScores).query({ indexedFilter: { field: 'EmployeeLogin', value: outsider } });
      expect(after.length).toBe(before.length);
    });

    it('an act a site owner edited after its author recorded it no longer counts, and the person is told', async () => {
      const before = await services(staff).evaluation.getMyOverview(YEAR);
      const [mine] = await repo(staff, LISTS.periodScores).query({ indexedFilter: { field: 'EmployeeLogin', value: staff }, filter: 'PeriodId eq 11' });
      // Full Control overrides item-level write security: the owner can change the civil servant's act.
      await repo(DEV_ACCOUNTS.siteOwner.upn, LISTS.periodScores).update(mine.id, { Payload: JSON.stringify({ generalCriteriaSelfScore: 30, comment: '' }) }, mine.etag);
      const after = await services(staff).evaluation.getMyOverview(YEAR);
      expect(after.ignoredActs).toBe(before.ignoredActs + 1);
      expect(after.periods.find((p) => p.period.kind === 'MONTH' && p.period.index === 11)?.result).toBeUndefined();
    });
  });
});