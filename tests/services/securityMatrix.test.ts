import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/folders';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { personalFolderName, readScopeName } from '../../src/domain/org/readScopes';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS, type ListSpec } from '../../src/services/sharepoint/schema';
import { startTestIntranet } from '../intranet/support';

/**
 * The record's integrity, attack by attack, each as the user who would try it with a browser token:
 * plain REST (PnPjs) against the local intranet, then what the product's own services show. The
 * intranet honours a forged Author in the validate endpoints (dev/README.md, doubts), so every wall
 * here holds even where SharePoint Online turns out to be the attacker's friend.
 */
describe('security matrix: squatting, acts after the fact, who may add what', () => {
  const YEAR = 2026;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let november: number;
  let colleague: string;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const unitHead = DEV_ACCOUNTS.unitHead.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string } => ({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn });
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  const repo = (upn: string, spec: ListSpec): ReturnType<typeof actRepository> => actRepository(sp(upn), spec);
  const services = (upn: string): ReturnType<typeof createServicesForSite> => createServicesForSite(connection(upn));
  const folderOf = (login: string): string => readScopeName(org.people[login].unitCode, YEAR);
  const item = (login: string, fields: Record<string, unknown>, payload: unknown): Record<string, unknown> => ({
    Title: 'act',
    EvalYear: YEAR,
    EmployeeLogin: login,
    UnitCode: org.people[login].unitCode,
    ...fields,
    Payload: JSON.stringify(payload)
  });
  const report = { lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 2, completed: 2, completedOnTime: 2, evidence: [] }], generalCriteriaSelfScore: 27, comment: '' };

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR], new Date('2026-11-28T09:00:00+07:00'));
    org = (await new OrgDirectoryService(sp(DEV_ACCOUNTS.siteOwner.upn), createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;
    colleague = Object.keys(org.people).find((l) => l !== staff && org.people[l].unitCode === org.people[staff].unitCode && org.people[l].managerLogin === manager) as string;
    await sp(DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle(LISTS.productTypes.title).items.add({ Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, EffectiveFrom: '2026-01-01T00:00:00Z' });
    const periods = await services(staff).evaluation.getPeriods(YEAR);
    november = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
  }, 300000);
  afterAll(async () => {
    await intranet.close();
  });

  it('key squatting: a colleague writing the civil servant’s next keys first blocks nothing, and counts for nothing', async () => {
    // The keys are predictable: the colleague adds items under them in their own folder (the only one
    // where they may add reports), about the civil servant.
    const squat = repo(colleague, LISTS.periodScores);
    const theirs = { folder: personalFolderName(colleague) };
    await squat.add(item(staff, { PeriodId: november, Step: 'SUBMITTED', ActKey: `PS-${november}-${staff}-1` }, { generalCriteriaSelfScore: 30, comment: 'giả', lines: [] }), theirs);
    await repo(colleague, LISTS.selfEvaluations).add(item(staff, { ActKey: `SE-${YEAR}-${staff}-1` }, { ruleSetId: 'ND335', sections: {}, proposedRating: 'HTXSNV', submitted: true }), theirs);
    // Nor can they add in the civil servant's own folder (which they read) or the unit's.
    await expect(squat.add(item(staff, { PeriodId: november, Step: 'SUBMITTED', ActKey: 'sq-2' }, { comment: 'giả' }), { folder: personalFolderName(staff) })).rejects.toMatchObject({ status: 403 });
    await expect(squat.add(item(staff, { PeriodId: november, Step: 'SUBMITTED', ActKey: 'sq-3' }, { comment: 'giả' }), { folder: folderOf(staff) })).rejects.toMatchObject({ status: 403 });
    // The squatted items are not the civil servant's: their own period is still to do.
    expect((await services(staff).journey.period.getMyPeriod(november)).step).toBe('NOT_STARTED');
    // The civil servant submits: it goes through, and what counts is theirs.
    await services(staff).journey.period.submitMyPeriod(november, report);
    const mine = await services(staff).journey.period.getMyPeriod(november);
    expect(mine.step).toBe('SUBMITTED');
    expect(mine.submission?.draft.lines.map((l) => l.description)).toEqual(['Công văn']);
    // A retry that finds an item under the key accepts it only when the caller wrote it.
    expect(await repo(staff, LISTS.selfEvaluations).findByKey(`SE-${YEAR}-${staff}-1`)).toBeUndefined();
    const year = await services(staff).journey.year.getMyYear(YEAR);
    expect(year.selfEvaluation).toBeUndefined();
  });

  it('acts after the fact: nobody edits, recycles or deletes an act, their own included, nor the folder holding the manager’s reviews', async () => {
    const [submitted] = await repo(staff, LISTS.periodScores).query({ indexedFilter: { field: 'EmployeeLogin', value: staff }, filter: `PeriodId eq ${november} and Step eq 'SUBMITTED'` });
    const list = (upn: string, spec: ListSpec): ReturnType<ReturnType<typeof sp>['web']['lists']['getByTitle']> => sp(upn).web.lists.getByTitle(spec.title);
    await expect(list(staff, LISTS.periodScores).items.getById(submitted.id).update({ Payload: '{}' }, submitted.etag)).rejects.toMatchObject({ status: 403 });
    await expect(list(staff, LISTS.periodScores).items.getById(submitted.id).recycle()).rejects.toMatchObject({ status: 403 });
    await expect(list(staff, LISTS.periodScores).items.getById(submitted.id).delete()).rejects.toMatchObject({ status: 403 });
    // The manager approves; his review is his act, which he cannot edit either.
    await services(manager).journey.period.reviewPeriod(staff, november, {
      outcome: 'APPROVED',
      generalCriteriaScore: 25,
      assessments: [{ workItemKey: 'L1', completedMeetingQuality: 2, majorErrors: 0, delays: 0, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false }],
      comment: 'Đạt'
    });
    const [review] = await repo(manager, LISTS.reviews).query({ indexedFilter: { field: 'EmployeeLogin', value: staff }, filter: `PeriodId eq ${november}` });
    await expect(list(manager, LISTS.reviews).items.getById(review.id).update({ Payload: '{}' }, review.etag)).rejects.toMatchObject({ status: 403 });
    // The civil servant cannot recycle the unit-year folder that holds the manager's reviews.
    const folder = list(staff, LISTS.reviews).rootFolder.folders.getByUrl(folderOf(staff));
    await expect(folder.recycle()).rejects.toMatchObject({ status: 403 });
    await expect(folder.delete()).rejects.toMatchObject({ status: 403 });
    // A new report after the approval, and the manager's new score without naming the old: ignored.
    await repo(staff, LISTS.periodScores).add(item(staff, { PeriodId: november, Step: 'SUBMITTED', ActKey: `PS-${november}-${staff}-9` }, { generalCriteriaSelfScore: 30, comment: 'nộp lại', lines: [] }), { folder: personalFolderName(staff) });
    await repo(manager, LISTS.reviews).add(item(staff, { PeriodId: november, ActKey: `RV-${november}-${staff}-9` }, { outcome: 'APPROVED', generalCriteriaScore: 30, assessments: [], comment: '', score: 100, level: 'HTXSNV' }), { folder: folderOf(staff) });
    const overview = await services(staff).evaluation.getMyOverview(YEAR);
    const result = overview.periods.find((p) => p.period.id === november)?.result;
    expect(result?.step).toBe('REVIEWED');
    expect(result?.score).not.toBe(100);
  });

  it('a published rating is not changed after the fact: the competent evaluator’s later HTXSNV with no upheld complaint counts nowhere', async () => {
    const other = Object.keys(org.people).find((l) => l !== staff && l !== colleague && org.people[l].unitCode === org.people[staff].unitCode) as string;
    const published = await repo(unitHead, LISTS.decisions).add(item(other, { Rating: 'HTTNV', ActKey: `p-${other}` }, { rating: 'HTTNV', reasons: 'Hoàn thành tốt', published: true }), { folder: folderOf(other) });
    // The item cannot be edited (add and view only)…
    await expect(sp(unitHead).web.lists.getByTitle(LISTS.decisions.title).items.getById(published.id).update({ Rating: 'HTXSNV' }, published.etag)).rejects.toMatchObject({ status: 403 });
    // …and a new published HTXSNV, with or without naming the published one, is kept, ignored and counted as such.
    await repo(unitHead, LISTS.decisions).add(item(other, { Rating: 'HTXSNV', ActKey: `p2-${other}` }, { rating: 'HTXSNV', reasons: 'Nâng', published: true }), { folder: folderOf(other) });
    await repo(unitHead, LISTS.decisions).add(item(other, { Rating: 'HTXSNV', ActKey: `p3-${other}` }, { rating: 'HTXSNV', reasons: 'Nâng', published: true, supersedes: published.id }), { folder: folderOf(other) });
    const overview = await services(other).evaluation.getMyOverview(YEAR);
    expect(overview.periods.find((p) => p.period.kind === 'YEAR')?.result).toMatchObject({ step: 'PUBLISHED', rating: 'HTTNV' });
    expect(overview.ignoredActs).toBeGreaterThanOrEqual(2);
    const year = await services(other).journey.year.getMyYear(YEAR);
    expect(year.decisions.map((d) => d.rating)).toEqual(['HTTNV']);
    // The unit's colleagues cannot read complaints: on their dashboard the plain HTXSNV is ignored, and
    // the one naming the published decision stands for a re-decision, as it would after an upheld complaint.
    // (A limit, said in the README: the colleagues cannot tell that no complaint was upheld; the person's
    // own screens, the decision sheet and HR can, and there the published HTTNV stands.)
    const board = (await services(colleague).evaluation.getDashboard({ year: YEAR })).units.find((u) => u.unitCode === org.people[other].unitCode);
    expect(board && board.ignoredActs).toBeGreaterThanOrEqual(1);
    expect(((board && board.published) || []).find((p) => p.login === other)?.rating).toBe('HTXSNV');
    // A plain colleague sees the unit's figures, never each person's progress.
    expect(board && board.people).toBeUndefined();
    const sheet = await services(unitHead).journey.unitYear.getUnitYear(org.people[other].unitCode, YEAR);
    expect(sheet.people.find((p) => p.person.userPrincipalName === other)?.decisions.map((d) => d.rating)).toEqual(['HTTNV']);
  });

  it('who may add what: reviews only by the direct managers, minutes only by the keepers, decisions only by the competent evaluators', async () => {
    const decision = item(staff, { Rating: 'HTXSNV', ActKey: 'x-1' }, { rating: 'HTXSNV', reasons: '', published: true });
    const review = item(staff, { PeriodId: november, ActKey: 'x-2' }, { outcome: 'APPROVED', generalCriteriaScore: 30, assessments: [], comment: '', score: 100 });
    const minutes = { Title: 'Biên bản', EvalYear: YEAR, UnitCode: org.people[staff].unitCode, ActKey: 'x-3', Payload: JSON.stringify({ approved: true, people: [] }) };
    const folder = { folder: folderOf(staff) };
    // The civil servant and a colleague: no decision, no review, no minutes.
    for (const who of [staff, colleague]) {
      await expect(repo(who, LISTS.decisions).add(decision, folder)).rejects.toMatchObject({ status: 403 });
      await expect(repo(who, LISTS.reviews).add(review, folder)).rejects.toMatchObject({ status: 403 });
      await expect(repo(who, LISTS.meetings).add(minutes, folder)).rejects.toMatchObject({ status: 403 });
    }
    // The direct manager reviews but does not decide; the competent evaluator decides.
    await expect(repo(manager, LISTS.decisions).add(decision, folder)).rejects.toMatchObject({ status: 403 });
    await expect(repo(unitHead, LISTS.decisions).add({ ...decision, ActKey: 'x-4', Payload: JSON.stringify({ rating: 'HTTNV', reasons: 'Đủ', published: false }) }, folder)).resolves.toBeDefined();
    // HR reads every act and adds none.
    await expect(repo(DEV_ACCOUNTS.hr.upn, LISTS.decisions).add({ ...decision, ActKey: 'x-5' }, folder)).rejects.toMatchObject({ status: 403 });
    expect((await repo(DEV_ACCOUNTS.hr.upn, LISTS.decisions).query({ indexedFilter: { field: 'EmployeeLogin', value: staff } })).length).toBeGreaterThan(0);
  });

  it('confidentiality: a decision before publication, a complaint and its answer are read by the person, the competent evaluator and HR only', async () => {
    const own = { folder: personalFolderName(staff) };
    await repo(unitHead, LISTS.decisions).add(item(staff, { Rating: 'HTNV', ActKey: 'c-1' }, { rating: 'HTNV', reasons: 'Chưa công khai', published: false }), own);
    await repo(staff, LISTS.complaints).add(item(staff, { ActKey: 'c-2' }, { kind: 'COMPLAINT', text: 'Riêng tư' }), own);
    const sees = async (upn: string, spec: ListSpec, ofWhat: string): Promise<boolean> =>
      (await repo(upn, spec).query({ indexedFilter: { field: 'EmployeeLogin', value: staff } })).some((r) => JSON.stringify(r.value.payload).indexOf(ofWhat) >= 0);
    for (const reader of [staff, unitHead, DEV_ACCOUNTS.hr.upn]) {
      expect(await sees(reader, LISTS.decisions, 'Chưa công khai')).toBe(true);
      expect(await sees(reader, LISTS.complaints, 'Riêng tư')).toBe(true);
    }
    // The colleague and the trưởng phòng read the unit's folders, not the person's own.
    for (const other of [colleague, manager]) {
      expect(await sees(other, LISTS.decisions, 'Chưa công khai')).toBe(false);
      expect(await sees(other, LISTS.complaints, 'Riêng tư')).toBe(false);
    }
    // Nobody but the person files there, nobody but the competent evaluator decides there.
    // The colleague does not even see the person's folder: SharePoint answers 404, as for no folder.
    await expect(repo(colleague, LISTS.complaints).add(item(staff, { ActKey: 'c-3' }, { kind: 'COMPLAINT', text: 'x' }), own)).rejects.toMatchObject({ status: 404 });
    await expect(repo(staff, LISTS.decisions).add(item(staff, { Rating: 'HTXSNV', ActKey: 'c-4' }, { rating: 'HTXSNV', reasons: '', published: false }), own)).rejects.toMatchObject({ status: 403 });
  });

  it('authority at the act’s date: an HR member who names themself Cục trưởng gains nothing, a change of heads does not rewrite the past, and HR sees every change', async () => {
    const hr = DEV_ACCOUNTS.hr.upn;
    const cuc = org.people[unitHead].unitCode;
    const units = (upn: string): ReturnType<ReturnType<typeof sp>['web']['lists']['getByTitle']> => sp(upn).web.lists.getByTitle(LISTS.units.title);
    const [cucRow] = await units(hr).items.select('Id', 'Title', 'UnitCode', 'ParentCode', 'UnitLevel', 'DeputyLogins', 'EvaluatorLogin', 'TaskGroups').filter(`UnitCode eq '${cuc}'`)<Array<Record<string, unknown>>>();
    // The units list is a history HR adds to and nobody rewrites: HR cannot edit a row, a civil servant cannot add one.
    await expect(units(hr).items.getById(Number(cucRow.Id)).update({ HeadLogin: hr })).rejects.toMatchObject({ status: 403 });
    await expect(units(staff).items.add({ Title: 'Cục giả', UnitCode: cuc, HeadLogin: staff })).rejects.toMatchObject({ status: 403 });
    // The competent evaluator's decision stands (recorded in the test above).
    const decidedBefore = await services(hr).journey.unitYear.getUnitYear(org.people[staff].unitCode, YEAR);
    const before = decidedBefore.people.find((p) => p.person.userPrincipalName === staff)?.decisions.map((d) => d.id);
    expect(before && before.length).toBeGreaterThan(0);

    const row = { ...cucRow };
    delete row.Id;
    // HR names themself Cục trưởng: the row is kept, shown, and ignored (nobody appoints themself)…
    await units(hr).items.add({ ...row, HeadLogin: hr, EffectiveFrom: '2026-01-01T00:00:00Z' });
    // …and HR may add no decision anyway (they read every act and add none).
    await expect(repo(hr, LISTS.decisions).add(item(staff, { Rating: 'HTXSNV', ActKey: 'h-1' }, { rating: 'HTXSNV', reasons: '', published: false }), { folder: personalFolderName(staff) })).rejects.toMatchObject({ status: 403 });
    // A real change of heads from today (a colleague is appointed Cục trưởng): the former Cục
    // trưởng's earlier decisions still count, judged by who headed the Cục when they were made.
    await units(hr).items.add({ ...row, HeadLogin: colleague, EffectiveFrom: new Date(Date.now() + 1500).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = await services(hr).journey.unitYear.getUnitYear(org.people[staff].unitCode, YEAR);
    expect(after.people.find((p) => p.person.userPrincipalName === staff)?.decisions.map((d) => d.id)).toEqual(before);
    // From today the new Cục trưởng is the competent evaluator, and the former one no longer is.
    const canDecideAs = async (who: string): Promise<string | undefined> => {
      const view = await services(who).journey.unitYear.getUnitYear(org.people[staff].unitCode, YEAR);
      const may = view.people.find((p) => p.person.userPrincipalName === staff)?.canDecide;
      return may && !may.allowed ? may.reason : 'ALLOWED';
    };
    expect(await canDecideAs(unitHead)).toBe('NOT_COMPETENT_EVALUATOR');
    expect(await canDecideAs(colleague)).not.toBe('NOT_COMPETENT_EVALUATOR');

    // HR's audit: every row, who recorded it and when, the self-appointment marked as not counted.
    const history = await services(hr).evaluation.getUnitHistory();
    const ofCuc = history.filter((h) => h.unitCode === cuc);
    expect(ofCuc.length).toBeGreaterThanOrEqual(3);
    const selfAppointed = ofCuc.find((h) => !h.counted);
    expect(selfAppointed && selfAppointed.notes.join(' ')).toMatch(/tự ghi mình/);
    expect(ofCuc.filter((h) => h.counted).map((h) => h.headName)).toContain(org.people[colleague].displayName);
  });

  it('a forged Author through the validate endpoint cannot place a review where only managers may write', async () => {
    const root = await sp(colleague).web.lists.getByTitle(LISTS.reviews.title).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    const attempt = sp(colleague)
      .web.lists.getByTitle(LISTS.reviews.title)
      .addValidateUpdateItemUsingPath(
        [
          { FieldName: 'Title', FieldValue: 'Chấm hộ' },
          { FieldName: 'EmployeeLogin', FieldValue: staff },
          { FieldName: 'UnitCode', FieldValue: org.people[staff].unitCode },
          { FieldName: 'EvalYear', FieldValue: String(YEAR) },
          { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${manager}` }]) }
        ],
        `${root.ServerRelativeUrl}/${folderOf(staff)}`
      );
    await expect(attempt).rejects.toMatchObject({ status: 403 });
  });
});
