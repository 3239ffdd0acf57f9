import { readReviewPayload, readSubmissionPayload } from '../../src/domain/evaluation/payloadReaders';
import type { PeriodDraft, PeriodReviewDraft } from '../../src/domain/evaluation/periodDraft';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { DEFAULT_MAU01 } from '../../src/domain/rating/mau01';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { GraphDirectoryService } from '../../src/services/graph/GraphDirectoryService';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { FormProblemsError } from '../../src/services/journey';
import type { INotifier, Notice, NoticeOutcome } from '../../src/services/notifications/contracts';
import { PeriodJourney } from '../../src/services/sharepoint/journey/PeriodJourney';
import { LISTS } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

class SilentNotifier implements INotifier {
  public async notify(notice: Notice): Promise<NoticeOutcome> {
    return { delivered: notice.to.map((to) => ({ to, channel: 'MAIL' as const })), failed: [] };
  }
}

/**
 * The general criteria of NĐ 335/2025 (30 points) recorded by sub-criterion as Mẫu 01 has them
 * (official-documents.md 1.1), checked a second time by the server against the local intranet: the parts
 * against the form in force (HR's dated settings), the stored total the sum of the parts, nothing written
 * when either is wrong (FormProblemsError).
 */
describe('Mẫu 01’s general criteria by sub-criterion, checked by the server', () => {
  const YEAR = 2026;
  const today = new Date('2026-11-28T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let november: number;
  let colleague: string;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => today
  });
  const journey = (upn: string): PeriodJourney => {
    const sp = createSpForSite(connection(upn));
    return new PeriodJourney({
      sp,
      directory: new GraphDirectoryService(createGraphForSite(connection(upn))),
      orgDirectory: new OrgDirectoryService(sp, createGraphForSite(connection(upn))),
      notifier: new SilentNotifier(),
      today: () => today
    });
  };
  // Mẫu 01: I.1, I.2 of 5 points; II.1–II.4 and III.1–III.4 of 2,5 (30 in all).
  const parts = { 'I.1': 5, 'I.2': 4.5, 'II.1': 2.5, 'II.2': 2.5, 'II.3': 2.5, 'II.4': 2.5, 'III.1': 2.5, 'III.2': 2.5, 'III.3': 2, 'III.4': 2.5 };
  const partsSum = 29; // 5 + 4,5 + 4 × 2,5 + 2,5 + 2,5 + 2 + 2,5
  const draft = (changes: Partial<PeriodDraft>): PeriodDraft => ({
    lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn trả lời', assigned: 4, completed: 4, completedOnTime: 4, evidence: [] }],
    comment: '',
    ...changes
  });
  const refusal = async (promise: Promise<unknown>): Promise<string[]> => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormProblemsError);
    return (error as FormProblemsError).problems.map((p) => `${p.field} ${p.code}${p.params ? ` ${p.params.join(',')}` : ''}`);
  };
  const review = (changes: Partial<PeriodReviewDraft>): PeriodReviewDraft => ({
    outcome: 'APPROVED',
    assessments: [{ workItemKey: 'L1', completedMeetingQuality: 4, majorErrors: 0, delays: 0, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false }],
    comment: '',
    ...changes
  });

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR], today);
    const owner = createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn));
    org = (await new OrgDirectoryService(owner, createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;
    await owner.web.lists.getByTitle(LISTS.productTypes.title).items.add({ Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, EffectiveFrom: '2026-01-01T00:00:00Z' });
    const periods = await createServicesForSite(connection(staff)).evaluation.getPeriods(YEAR);
    november = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
    colleague = Object.keys(org.people).find((l) => l !== staff && org.people[l].managerLogin === manager) as string;
    expect(colleague).toBeDefined();
  }, 400000);
  afterAll(async () => {
    await intranet.close();
  });

  it('the form offers the national Mẫu 01 when HR has split nothing', async () => {
    const view = await journey(staff).getMyPeriod(november);
    expect(view.step).toBe('NOT_STARTED');
    expect((view.mau01 as { groups: Array<{ code: string; max: number }> }).groups.map((g) => `${g.code}:${g.max}`)).toEqual(['I:10', 'II:10', 'III:10']);
  });

  it('refuses a submission whose total is not the sum of its parts, a part above its maximum or of a criterion the form lacks; nothing is written', async () => {
    expect(await refusal(journey(staff).submitMyPeriod(november, draft({ generalCriteriaSelfParts: parts, generalCriteriaSelfScore: 30 })))).toEqual([
      `generalCriteriaSelfScore NOT_THE_SUM ${partsSum}`
    ]);
    expect(await refusal(journey(staff).submitMyPeriod(november, draft({ generalCriteriaSelfParts: { ...parts, 'II.1': 3 }, generalCriteriaSelfScore: partsSum + 0.5 })))).toEqual([
      'generalCriteriaSelfParts.II.1 OUT_OF_RANGE 0,2.5'
    ]);
    expect(await refusal(journey(staff).submitMyPeriod(november, draft({ generalCriteriaSelfParts: { ...parts, 'IV.1': 0 }, generalCriteriaSelfScore: partsSum })))).toEqual([
      'generalCriteriaSelfParts.IV.1 UNKNOWN_CRITERION'
    ]);
    const partial: { [key: string]: number } = { ...parts };
    delete partial['III.4'];
    expect(await refusal(journey(staff).submitMyPeriod(november, draft({ generalCriteriaSelfParts: partial, generalCriteriaSelfScore: partsSum - 2.5 })))).toEqual([
      'generalCriteriaSelfParts.III.4 REQUIRED'
    ]);
    expect((await journey(staff).getMyPeriod(november)).step).toBe('NOT_STARTED');
  });

  it('records a submission by criterion with its total and items 4 and 5; the draft keeps the parts', async () => {
    await journey(staff).saveMyPeriodDraft(november, draft({ generalCriteriaSelfParts: { 'I.1': 4.5 }, strengths: 'Chủ động' }));
    const saved = await journey(staff).getMyPeriod(november);
    expect(saved.draft.generalCriteriaSelfParts).toEqual({ 'I.1': 4.5 });
    expect(saved.draft.strengths).toBe('Chủ động');

    await journey(staff).submitMyPeriod(
      november,
      draft({ generalCriteriaSelfParts: parts, generalCriteriaSelfScore: partsSum, strengths: ' Chủ động, đúng hạn ', weaknesses: 'Báo cáo tổng hợp còn chậm' })
    );
    const rows = (await createSpForSite(connection(staff))
      .web.lists.getByTitle(LISTS.periodScores.title)
      .items.select('Payload', 'Step', 'PeriodId')
      .filter(`PeriodId eq ${november} and Step eq 'SUBMITTED'`)()) as Array<{ Payload: string }>;
    expect(rows).toHaveLength(1);
    const stored = readSubmissionPayload(rows[0].Payload);
    expect(stored.generalCriteriaSelfParts).toEqual(parts);
    expect(stored.generalCriteriaSelfScore).toBe(partsSum);
    expect(stored.strengths).toBe('Chủ động, đúng hạn');
    expect(stored.weaknesses).toBe('Báo cáo tổng hợp còn chậm');
  });

  it('the manager sees the parts, and the server refuses a review whose total is not their sum or whose part exceeds its maximum', async () => {
    const view = await journey(manager).getPeriodReview(staff, november);
    expect((view.submission as { draft: PeriodDraft }).draft.generalCriteriaSelfParts).toEqual(parts);
    expect(view.mau01).toBeDefined();
    const managerParts = { ...parts, 'I.2': 3.5 };
    expect(await refusal(journey(manager).reviewPeriod(staff, november, review({ generalCriteriaParts: managerParts, generalCriteriaScore: partsSum })))).toEqual([
      `generalCriteriaScore NOT_THE_SUM ${partsSum - 1}`
    ]);
    expect(await refusal(journey(manager).reviewPeriod(staff, november, review({ generalCriteriaParts: { ...managerParts, 'I.1': 5.01 }, generalCriteriaScore: partsSum + 0.01 })))).toEqual([
      'generalCriteriaParts.I.1 OUT_OF_RANGE 0,5'
    ]);
    expect(await refusal(journey(manager).reviewPeriod(staff, november, review({ generalCriteriaParts: { ...managerParts, 'I.1': 4.125 }, generalCriteriaScore: partsSum - 1.875 })))).toEqual([
      'generalCriteriaParts.I.1 TOO_PRECISE 2'
    ]);
    const { score } = await journey(manager).reviewPeriod(staff, november, review({ generalCriteriaParts: managerParts, generalCriteriaScore: partsSum - 1, comment: 'Cần giữ vững' }));
    // a = b = c = 1: 28 + 70 (NĐ 335/2025, law.md 5.1).
    expect(score).toBe(98);
    const rows = (await createSpForSite(connection(manager))
      .web.lists.getByTitle(LISTS.reviews.title)
      .items.select('Payload', 'PeriodId', 'EmployeeLogin')
      .filter(`PeriodId eq ${november} and EmployeeLogin eq '${staff}'`)()) as Array<{ Payload: string }>;
    const stored = readReviewPayload(rows[rows.length - 1].Payload);
    expect(stored.generalCriteriaParts).toEqual(managerParts);
    expect(stored.generalCriteriaScore).toBe(28);
    expect(stored.comment).toBe('Cần giữ vững');
    const mine = await journey(staff).getMyPeriod(november);
    expect((mine.lastReview as { generalCriteriaParts?: object }).generalCriteriaParts).toEqual(managerParts);
  });

  it('HR’s split of a criterion (dated settings) is what the server checks: the whole criterion is no longer a box, its parts are', async () => {
    const split = DEFAULT_MAU01.groups.map((g) =>
      g.code !== 'I'
        ? g
        : {
            ...g,
            criteria: g.criteria.map((c) =>
              c.code !== '1' ? c : { ...c, parts: [{ code: '1', title: 'Phẩm chất chính trị', max: 2.5 }, { code: '2', title: 'Đạo đức, văn hóa thực thi công vụ', max: 2.5 }] }
            )
          }
    );
    await createServicesForSite(connection(hr)).admin.settings.save({ name: 'mau01.groups', value: split, effectiveFrom: '2026-01-01', reason: 'Quy chế của Bộ tách tiêu chí I.1' });
    expect(await refusal(journey(colleague).submitMyPeriod(november, draft({ generalCriteriaSelfParts: parts, generalCriteriaSelfScore: partsSum })))).toEqual([
      'generalCriteriaSelfParts.I.1.1 REQUIRED',
      'generalCriteriaSelfParts.I.1.2 REQUIRED',
      'generalCriteriaSelfParts.I.1 UNKNOWN_CRITERION'
    ]);
    const splitParts: { [key: string]: number } = { ...parts, 'I.1.1': 2.5, 'I.1.2': 2 };
    delete splitParts['I.1'];
    await journey(colleague).submitMyPeriod(november, draft({ generalCriteriaSelfParts: splitParts, generalCriteriaSelfScore: partsSum - 0.5 }));
    expect((await journey(colleague).getMyPeriod(november)).step).toBe('SUBMITTED');
  });
});
