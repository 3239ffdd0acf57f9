import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { SelfEvaluationPayload } from '../../src/domain/evaluation/actPayloads';
import { emptySelfEvaluation } from '../../src/domain/evaluation/selfEvaluationForm';
import { competentEvaluatorOf } from '../../src/domain/org/authority';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { personalFolderName, readScopeName } from '../../src/domain/org/readScopes';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { DraftConflictError, StepNotAllowedError } from '../../src/services/journey/errors';
import { FormProblemsError } from '../../src/services/journey/period';
import type { IYearJourney } from '../../src/services/journey/year';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS, type ListSpec } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

/**
 * The civil servant's year against the local intranet, acting as each person: the self-evaluation
 * (NĐ 90/2020 Điều 18, Mẫu 02), the engine's suggestion for a NĐ 335 year and a NĐ 90/48 year, the
 * published result (Điều 21) and complaints about it (law.md 1.3 step 6).
 */
describe('the civil servant’s year on the local intranet', () => {
  // A busy machine provisions the site slowly; each step below is a handful of requests.
  jest.setTimeout(60000);
  /** The sample site on 28 November 2026: the year 2026 open (months to October closed), 2025 closed. */
  const TODAY = new Date('2026-11-28T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  let competent: string;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => TODAY
  });
  /** A fresh page for `upn` (nothing cached from an earlier one: a reload). */
  const yearAs = (upn: string): IYearJourney => createServicesForSite(connection(upn)).journey.year;
  const repo = (upn: string, spec: ListSpec): ReturnType<typeof actRepository> => actRepository(createSpForSite(connection(upn)), spec);
  const act = (login: string, year: number, fields: Record<string, unknown>, payload: unknown): Record<string, unknown> => ({
    Title: 'act',
    EvalYear: year,
    EmployeeLogin: login,
    UnitCode: org.people[login].unitCode,
    ...fields,
    Payload: JSON.stringify(payload)
  });
  const refusal = async (attempt: Promise<unknown>): Promise<unknown> => attempt.then(() => 'no refusal', (e: unknown) => e);

  beforeAll(async () => {
    intranet = await startTestIntranet();
    await provisionSampleSite(intranet, [2025, 2026], TODAY);
    const owner = connection(DEV_ACCOUNTS.siteOwner.upn);
    org = (await new OrgDirectoryService(createSpForSite(owner), createGraphForSite(owner)).getOrg()).org;
    competent = competentEvaluatorOf(org, staff) as string;
    expect(competent).toBe(DEV_ACCOUNTS.unitHead.upn);
  }, 120000);
  afterAll(async () => {
    await intranet.close();
  });

  describe('2026 (NĐ 335/2025)', () => {
    const YEAR = 2026;
    const draft = (summary: string): SelfEvaluationPayload => ({ ...emptySelfEvaluation('ND335', false), sections: { tongKetNam: summary, ghiChu: '', uuDiem: '', hanChe: '' } });

    it('a draft is saved, found again after a reload, and a save from a stale version is a conflict that shows the saved one', async () => {
      const first = await yearAs(staff).saveSelfEvaluation(YEAR, draft('Hoàn thành 45 văn bản thẩm định hồ sơ di tích.'));
      const reloaded = await yearAs(staff).getMyYear(YEAR);
      expect(reloaded.ruleSetId).toBe('ND335');
      expect(reloaded.selfEvaluation?.sections.tongKetNam).toBe('Hoàn thành 45 văn bản thẩm định hồ sơ di tích.');
      expect(reloaded.selfEvaluation?.submitted).toBe(false);
      expect(reloaded.selfEvaluationVersion).toBe(first.version);
      expect(reloaded.canSelfEvaluate).toEqual({ allowed: true });

      // Another tab saves on top of the first version…
      const second = await yearAs(staff).saveSelfEvaluation(YEAR, draft('Bản sửa ở thẻ khác.'), first.version);
      expect(second.version).not.toBe(first.version);
      // …then this tab, still at the first version, saves: nothing is written, both versions are offered.
      const conflict = await refusal(yearAs(staff).saveSelfEvaluation(YEAR, draft('Bản của thẻ này.'), first.version));
      expect(conflict).toBeInstanceOf(DraftConflictError);
      expect((conflict as DraftConflictError<SelfEvaluationPayload>).theirs.sections.tongKetNam).toBe('Bản sửa ở thẻ khác.');
      expect((conflict as DraftConflictError<SelfEvaluationPayload>).theirsVersion).toBe(second.version);
      // A form that never saw the saved one (no version) does not overwrite it either.
      expect(await refusal(yearAs(staff).saveSelfEvaluation(YEAR, draft('Từ máy khác.')))).toBeInstanceOf(DraftConflictError);
      expect((await yearAs(staff).getMyYear(YEAR)).selfEvaluation?.sections.tongKetNam).toBe('Bản sửa ở thẻ khác.');
    });

    it('an incomplete submission is refused field by field; a complete one notifies the unit’s minutes keepers and ends editing', async () => {
      const view = await yearAs(staff).getMyYear(YEAR);
      const version = view.selfEvaluationVersion as string;
      const incomplete = await refusal(yearAs(staff).saveSelfEvaluation(YEAR, { ...draft('Tóm tắt.'), submitted: true }, version));
      expect(incomplete).toBeInstanceOf(FormProblemsError);
      expect((incomplete as FormProblemsError).problems.map((p) => p.field).sort()).toEqual(['sections.hanChe', 'sections.uuDiem']);

      const complete: SelfEvaluationPayload = {
        ...draft('Hoàn thành 45 văn bản thẩm định hồ sơ di tích.'),
        sections: { tongKetNam: 'Hoàn thành 45 văn bản.', ghiChu: '', uuDiem: 'Chủ động, đúng hạn.', hanChe: 'Ngoại ngữ còn hạn chế.' },
        proposedRating: 'HTTNV',
        submitted: true
      };
      const submitted = await yearAs(staff).saveSelfEvaluation(YEAR, complete, version);
      // The unit is the phòng: its head (the direct manager) holds the meeting (NĐ 90/2020 Điều 18).
      const reached = (submitted.notice?.delivered || []).map((d) => d.to);
      expect(reached).toContain(manager);
      expect(reached).not.toContain(staff);

      const after = await yearAs(staff).getMyYear(YEAR);
      expect(after.selfEvaluation?.submitted).toBe(true);
      expect(after.canSelfEvaluate).toEqual({ allowed: false, reason: 'SELF_EVALUATION_SUBMITTED' });
      const again = await refusal(yearAs(staff).saveSelfEvaluation(YEAR, { ...complete, submitted: false }, after.selfEvaluationVersion));
      expect(again).toBeInstanceOf(StepNotAllowedError);
      expect((again as StepNotAllowedError).reason).toBe('SELF_EVALUATION_SUBMITTED');
    });

    it('suggests the year from the manager’s approved monthly scores: their average, a forged score left out (law.md 5.1)', async () => {
      const periods = await createServicesForSite(connection(staff)).evaluation.getPeriods(YEAR);
      const monthId = (m: number): number => (periods.find((p) => p.kind === 'MONTH' && p.index === m) as { id: number }).id;
      const review = (m: number, outcome: 'APPROVED' | 'RETURNED', score?: number): Record<string, unknown> =>
        act(staff, YEAR, { PeriodId: monthId(m) }, { outcome, generalCriteriaScore: 27, assessments: [], comment: '', score });
      const asManager = repo(manager, LISTS.reviews);
      const folder = readScopeName(org.people[staff].unitCode, YEAR);
      // The months are recorded as history: HR reopens them (acts after a period's close would not count).
      const owner = createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn)).web.lists.getByTitle(LISTS.periods.title).items;
      for (let m = 1; m <= 8; m++) await owner.getById(monthId(m)).update({ PeriodStatus: 'OPEN' });
      // Each month the civil servant submits and the manager reviews what is pending.
      const submit = async (m: number): Promise<void> => {
        await repo(staff, LISTS.periodScores).add(act(staff, YEAR, { PeriodId: monthId(m), Step: 'SUBMITTED' }, { generalCriteriaSelfScore: 27, comment: '', lines: [] }), { folder: personalFolderName(staff) });
      };
      // February was first approved at 60, then scored again at 92 naming the first: the correction stands.
      await submit(2);
      const february = await asManager.add(review(2, 'APPROVED', 60), { folder });
      await asManager.add({ ...review(2, 'APPROVED', 92), Payload: JSON.stringify({ outcome: 'APPROVED', generalCriteriaScore: 27, assessments: [], comment: '', score: 92, corrects: february.id }) }, { folder });
      for (const [m, score] of [[1, 88], [3, 75], [4, 81], [5, 90], [6, 86], [7, 84]] as Array<[number, number]>) {
        await submit(m);
        await asManager.add(review(m, 'APPROVED', score), { folder });
      }
      // August went back to the civil servant: no score yet.
      await submit(8);
      await asManager.add(review(8, 'RETURNED'), { folder });
      // The civil servant may not add a review at all (only the direct manager may): refused by SharePoint.
      await expect(repo(staff, LISTS.reviews).add(review(1, 'APPROVED', 100), { folder })).rejects.toMatchObject({ status: 403 });

      const view = await yearAs(staff).getMyYear(YEAR);
      const scoreOf = (m: number): number | undefined => view.periodScores.find((p) => p.period.index === m)?.score;
      expect([1, 2, 3, 4, 5, 6, 7, 8].map(scoreOf)).toEqual([88, 92, 75, 81, 90, 86, 84, undefined]);
      // (88 + 92 + 75 + 81 + 90 + 86 + 84) / 7 = 596 / 7 = 85,14 → from 70 to under 90: HTTNV.
      expect(view.suggestion?.score).toBeCloseTo(596 / 7, 5);
      expect(view.suggestion?.outcome).toBe('HTTNV');
    });
  });

  describe('2025 (NĐ 90/2020 as amended by NĐ 48/2023)', () => {
    const YEAR = 2025;

    it('the year is closed: no self-evaluation can be saved any more', async () => {
      const refused = await refusal(yearAs(staff).saveSelfEvaluation(YEAR, emptySelfEvaluation('ND90_48', false)));
      expect(refused).toBeInstanceOf(StepNotAllowedError);
      expect((refused as StepNotAllowedError).reason).toBe('PERIOD_NOT_OPEN');
      expect((await yearAs(staff).getMyYear(YEAR)).canSelfEvaluate).toEqual({ allowed: false, reason: 'PERIOD_NOT_OPEN' });
    });

    it('suggests the rating from the criteria and tasks the self-evaluation records (Điều 8 and 9 khoản 1)', async () => {
      // Recorded while the year was open: criteria all "thực hiện tốt" but working style only "đáp ứng";
      // 12 tasks, all on time with quality, 7 exceeded → not HTXSNV (Điều 8 khoản 1 điểm a), HTTNV (Điều 9 khoản 1).
      const payload: SelfEvaluationPayload = {
        ...emptySelfEvaluation('ND90_48', false),
        criteria: { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'meets', yThucKyLuat: 'good' },
        tasks: { tasksTotal: 12, tasksCompleted: 12, tasksOnTimeQuality: 12, tasksExceeded: 7, highEfficiency: true },
        proposedRating: 'HTXSNV',
        submitted: true
      };
      await repo(staff, LISTS.selfEvaluations).add(act(staff, YEAR, { ActKey: `SE-${YEAR}-${staff}` }, payload), { folder: personalFolderName(staff) });

      const view = await yearAs(staff).getMyYear(YEAR);
      expect(view.ruleSetId).toBe('ND90_48');
      expect(view.selfEvaluation?.criteria?.tacPhongLeLoi).toBe('meets');
      expect(view.suggestion?.outcome).toBe('HTTNV');
      expect(view.suggestion?.reasons.some((r) => r.clause.includes('Điều 8 khoản 1 điểm a') && !r.met)).toBe(true);
    });

    it('a complaint waits for a published decision; a forged or unpublished decision is not shown; one complaint at a time', async () => {
      const folder = readScopeName(org.people[staff].unitCode, YEAR);
      const decision = (rating: string, published: boolean): Record<string, unknown> => act(staff, YEAR, { Rating: rating }, { rating, reasons: `Lý do ${rating}`, published });
      const text = 'Đề nghị xem xét lại: hai nhiệm vụ chậm do Bộ lùi thời hạn.';

      const before = await refusal(yearAs(staff).fileComplaint(YEAR, text));
      expect((before as StepNotAllowedError).reason).toBe('NOT_PUBLISHED');

      // The competent evaluator decides, not yet published: the person does not see it and cannot complain.
      // Before publication a decision is in the person's own folder (the person, the evaluator and HR read it).
      await repo(competent, LISTS.decisions).add(decision('HTNV', false), { folder: personalFolderName(staff) });
      let view = await yearAs(staff).getMyYear(YEAR);
      expect(view.decisions).toEqual([]);
      expect(view.canComplain).toEqual({ allowed: false, reason: 'NOT_PUBLISHED' });

      // Published (the decision recorded again, published). The civil servant may not add a decision (403);
      // the competent evaluator's own later HTXSNV, with no complaint upheld, counts for nothing either.
      await repo(competent, LISTS.decisions).add(decision('HTNV', true), { folder });
      await expect(repo(staff, LISTS.decisions).add(decision('HTXSNV', true), { folder })).rejects.toMatchObject({ status: 403 });
      await repo(competent, LISTS.decisions).add(decision('HTXSNV', true), { folder });
      view = await yearAs(staff).getMyYear(YEAR);
      expect(view.decisions.map((d) => d.rating)).toEqual(['HTNV']);
      expect(view.decisions[0].reasons).toBe('Lý do HTNV');
      expect(view.canComplain).toEqual({ allowed: true });

      const empty = await refusal(yearAs(staff).fileComplaint(YEAR, '   '));
      expect((empty as FormProblemsError).problems).toEqual([{ field: 'text', code: 'REQUIRED' }]);

      const filed = await yearAs(staff).fileComplaint(YEAR, text);
      expect(filed.notice.delivered.map((d) => d.to)).toEqual([competent]);
      view = await yearAs(staff).getMyYear(YEAR);
      expect(view.complaints.map((c) => [c.text, c.answer])).toEqual([[text, undefined]]);
      expect(view.canComplain).toEqual({ allowed: false, reason: 'COMPLAINT_PENDING' });
      expect(((await refusal(yearAs(staff).fileComplaint(YEAR, 'Lần hai'))) as StepNotAllowedError).reason).toBe('COMPLAINT_PENDING');

      // Only the competent evaluator's answer counts: one the civil servant writes themself leaves it pending.
      const complaintId = view.complaints[0].id;
      const answer = { kind: 'ANSWER', answersComplaint: complaintId, outcome: 'REJECTED', text: 'Thời hạn đã được tính đúng.' };
      await repo(staff, LISTS.complaints).add(act(staff, YEAR, {}, { ...answer, outcome: 'UPHELD' }), { folder: personalFolderName(staff) });
      expect((await yearAs(staff).getMyYear(YEAR)).complaints[0].answer).toBeUndefined();
      await repo(competent, LISTS.complaints).add(act(staff, YEAR, {}, answer), { folder: personalFolderName(staff) });
      view = await yearAs(staff).getMyYear(YEAR);
      expect(view.complaints[0].answer?.outcome).toBe('REJECTED');
      expect(view.complaints[0].answer?.text).toBe('Thời hạn đã được tính đúng.');
      expect(view.canComplain).toEqual({ allowed: true });
    });
  });
});
