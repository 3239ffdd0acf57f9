import type { PeriodReviewPayload } from '../../src/domain/evaluation/actPayloads';
import type { PeriodDraft } from '../../src/domain/evaluation/periodDraft';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { readScopeName } from '../../src/domain/org/readScopes';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { GraphDirectoryService } from '../../src/services/graph/GraphDirectoryService';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { DraftConflictError, FormProblemsError, StepNotAllowedError } from '../../src/services/journey';
import type { INotifier, Notice, NoticeOutcome } from '../../src/services/notifications/contracts';
import { PeriodJourney } from '../../src/services/sharepoint/journey/PeriodJourney';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

/** Records what would be sent; the notifier's own delivery is tested with it. */
class RecordingNotifier implements INotifier {
  public readonly sent: Notice[] = [];
  public async notify(notice: Notice): Promise<NoticeOutcome> {
    this.sent.push(notice);
    return { delivered: notice.to.map((to) => ({ to, channel: 'MAIL' as const })), failed: [] };
  }
}

/**
 * The month of NĐ 335/2025 (law.md 5.1) on the local intranet: the civil servant's draft and
 * submission, the direct manager's return and approval (law.md 1.2: the manager who manages the
 * person scores), against the server's ETags, folders and item-level security.
 */
describe('the month: report, draft, submission and the direct manager’s review', () => {
  const YEAR = 2026;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let november: number;
  let colleague: string;
  const notifier = new RecordingNotifier();
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn
  });
  const journey = (upn: string): PeriodJourney => {
    const sp = createSpForSite(connection(upn));
    const graph = createGraphForSite(connection(upn));
    return new PeriodJourney({
      sp,
      directory: new GraphDirectoryService(graph),
      orgDirectory: new OrgDirectoryService(sp, graph),
      notifier,
      today: () => new Date('2026-11-28T09:00:00+07:00')
    });
  };
  const line = (key: string, productCode: string, assigned: number, completed: number, completedOnTime: number): PeriodDraft['lines'][number] => ({
    key,
    productCode,
    description: `Sản phẩm ${key}`,
    assigned,
    completed,
    completedOnTime,
    evidence: [`/sites/danhgia/MinhChung/${key}.pdf`]
  });
  const firstDraft: PeriodDraft = { lines: [line('L1', 'VBHC', 4, 3, 3)], generalCriteriaSelfScore: 27, comment: 'Bản nháp đầu' };
  const secondDraft: PeriodDraft = { ...firstDraft, comment: 'Bản nháp sửa ở máy khác' };
  let version2: string;

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR], new Date('2026-11-28T09:00:00+07:00'));
    const owner = createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn));
    org = (await new OrgDirectoryService(owner, createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;
    // The catalogue (danh mục sản phẩm): a standard product, a report worth three, and one no longer in force.
    for (const item of [
      { Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, EffectiveFrom: '2026-01-01T00:00:00Z' },
      { Title: 'Báo cáo chuyên đề', ProductCode: 'BCCD', ConversionFactor: 3, EffectiveFrom: '2026-01-01T00:00:00Z' },
      { Title: 'Tin bài', ProductCode: 'TINBAI', ConversionFactor: 0.5, EffectiveFrom: '2026-01-01T00:00:00Z', EffectiveTo: '2026-06-30T00:00:00Z' }
    ]) {
      await owner.web.lists.getByTitle(LISTS.productTypes.title).items.add(item);
    }
    const periods = await createServicesForSite(connection(staff)).evaluation.getPeriods(YEAR);
    november = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
    colleague = Object.keys(org.people).find((l) => l !== staff && org.people[l].managerLogin === manager) as string;
    expect(colleague).toBeDefined();
  }, 120000);
  afterAll(async () => {
    await intranet.close();
  });

  it('an open month with nothing yet: an empty form, the catalogue in force in November, editable', async () => {
    const view = await journey(staff).getMyPeriod(november);
    expect(view.step).toBe('NOT_STARTED');
    expect(view.canEdit).toEqual({ allowed: true });
    expect(view.draft).toEqual({ lines: [], comment: '' });
    expect(view.draftVersion).toBeUndefined();
    expect(view.catalogue.map((c) => [c.code, c.conversionFactor])).toEqual([
      ['BCCD', 3],
      ['VBHC', 1]
    ]);
  });

  it('saves a draft, finds it again on reload, and refuses a save from a stale version with the other version', async () => {
    const first = await journey(staff).saveMyPeriodDraft(november, firstDraft);
    const reloaded = await journey(staff).getMyPeriod(november);
    expect(reloaded.draft).toEqual(firstDraft);
    expect(reloaded.draftVersion).toBe(first.version);
    expect(reloaded.step).toBe('DRAFT');

    // Another tab saves over the first version…
    version2 = (await journey(staff).saveMyPeriodDraft(november, secondDraft, first.version)).version;
    expect(version2).not.toBe(first.version);
    // …and this tab, still on the first version, is told, with what the other saved.
    const stale = await journey(staff)
      .saveMyPeriodDraft(november, { ...firstDraft, comment: 'Sửa ở tab cũ' }, first.version)
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(DraftConflictError);
    expect((stale as DraftConflictError<PeriodDraft>).theirs).toEqual(secondDraft);
    expect((stale as DraftConflictError<PeriodDraft>).theirsVersion).toBe(version2);
    // A tab that never saw the draft cannot add a second one either.
    await expect(journey(staff).saveMyPeriodDraft(november, firstDraft)).rejects.toBeInstanceOf(DraftConflictError);
    expect((await journey(staff).getMyPeriod(november)).draft).toEqual(secondDraft);
  });

  it('refuses to submit a form with problems and writes nothing (completed ≤ assigned, law.md 5.1 ratio a)', async () => {
    const wrong: PeriodDraft = { ...secondDraft, lines: [line('L1', 'VBHC', 2, 3, 3)] };
    const error = await journey(staff).submitMyPeriod(november, wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormProblemsError);
    expect((error as FormProblemsError).problems).toContainEqual({ field: 'lines[0].completed', code: 'AT_MOST', params: [2] });
    expect((await journey(staff).getMyPeriod(november)).step).toBe('DRAFT');
  });

  it('submits to the direct manager, who is notified; then the form is closed until the manager answers', async () => {
    const { notice } = await journey(staff).submitMyPeriod(november, secondDraft);
    expect(notice.delivered.map((d) => d.to)).toEqual([manager]);
    // Named with the position; the link opens the manager's review of this person's month.
    expect(notifier.sent[notifier.sent.length - 1]).toMatchObject({
      kind: 'PERIOD_SUBMITTED',
      to: [manager],
      subjectName: 'Nguyễn Văn An',
      subjectPosition: 'Chuyên viên',
      periodLabel: 'Tháng 11/2026',
      place: { view: 'review', screen: 'period', periodId: november, person: staff }
    });

    const view = await journey(staff).getMyPeriod(november);
    expect(view.step).toBe('SUBMITTED');
    expect(view.canEdit).toEqual({ allowed: false, reason: 'ALREADY_SUBMITTED' });
    expect(view.submission?.draft.lines).toEqual(secondDraft.lines);
    await expect(journey(staff).saveMyPeriodDraft(november, secondDraft, version2)).rejects.toMatchObject({ reason: 'ALREADY_SUBMITTED' });
    await expect(journey(staff).submitMyPeriod(november, secondDraft)).rejects.toBeInstanceOf(StepNotAllowedError);

    const tasks = await createServicesForSite(connection(manager)).evaluation.getPendingTasks();
    expect(tasks.some((t) => t.subject.userPrincipalName === staff && t.period.index === 11)).toBe(true);
  });

  it('only the direct manager reviews (law.md 1.2): a colleague and the unit head are refused, a forged review changes nothing', async () => {
    for (const other of [colleague, DEV_ACCOUNTS.unitHead.upn]) {
      expect((await journey(other).getPeriodReview(staff, november)).canReview).toEqual({ allowed: false, reason: 'NOT_DIRECT_MANAGER' });
      const refused = await journey(other)
        .reviewPeriod(staff, november, { outcome: 'APPROVED', generalCriteriaScore: 30, assessments: [], comment: '' })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StepNotAllowedError);
      expect((refused as StepNotAllowedError).reason).toBe('NOT_DIRECT_MANAGER');
    }
    // The colleague reads the unit's folder but may add no review there (only the direct managers may).
    const forged = {
        Title: 'Chấm hộ',
        EvalYear: YEAR,
        PeriodId: november,
        EmployeeLogin: staff,
        UnitCode: org.people[staff].unitCode,
        Payload: JSON.stringify({ outcome: 'APPROVED', generalCriteriaScore: 30, assessments: [], comment: '', score: 100, level: 'HTXSNV' })
    };
    const folder = { folder: readScopeName(org.people[staff].unitCode, YEAR) };
    await expect(actRepository(createSpForSite(connection(colleague)), LISTS.reviews).add(forged, folder)).rejects.toMatchObject({ status: 403 });
    // A site owner may write anywhere, but has no right to that step: the approval counts for nothing.
    await actRepository(createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn)), LISTS.reviews).add(forged, folder);
    expect((await journey(staff).getMyPeriod(november)).step).toBe('SUBMITTED');
    expect((await journey(manager).getPeriodReview(staff, november)).canReview).toEqual({ allowed: true });
  });

  it('the manager returns it with a reason; the person sees the reason, edits and submits again', async () => {
    const review = await journey(manager).getPeriodReview(staff, november);
    expect(review.isLeader).toBe(false);
    expect(review.submission?.draft.lines).toEqual(secondDraft.lines);
    // A return needs its reason.
    const noReason = await journey(manager).reviewPeriod(staff, november, { outcome: 'RETURNED', returnReason: '  ', assessments: [], comment: '' }).catch((e: unknown) => e);
    expect((noReason as FormProblemsError).problems).toEqual([{ field: 'returnReason', code: 'REQUIRED' }]);

    const reason = 'Thiếu báo cáo chuyên đề được giao; bổ sung <b>minh chứng</b>.';
    await journey(manager).reviewPeriod(staff, november, { outcome: 'RETURNED', returnReason: reason, assessments: [], comment: '' });
    expect(notifier.sent[notifier.sent.length - 1]).toMatchObject({ kind: 'PERIOD_RETURNED', to: [staff], detail: reason, place: { view: 'my', periodId: november } });

    const returned = await journey(staff).getMyPeriod(november);
    expect(returned.step).toBe('RETURNED');
    expect(returned.canEdit).toEqual({ allowed: true });
    expect(returned.lastReview).toMatchObject({ outcome: 'RETURNED', returnReason: reason });
    expect(returned.draft).toEqual(secondDraft);

    const corrected: PeriodDraft = { lines: [line('L1', 'VBHC', 4, 4, 4), line('L2', 'BCCD', 2, 1, 1)], generalCriteriaSelfScore: 27, comment: 'Đã bổ sung' };
    // SharePoint records Created to the second, and a review answers a submission of the same second
    // (derivePeriodResult): a person takes longer than that to correct a returned period.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await journey(staff).saveMyPeriodDraft(november, corrected, returned.draftVersion);
    await journey(staff).submitMyPeriod(november, corrected);
    const resubmitted = await journey(staff).getMyPeriod(november);
    expect(resubmitted.step).toBe('SUBMITTED');

    // Two submissions, keyed by their number; the second carries the engine's score of the person's own
    // figures: a = b = c = (4·1 + 1·3) / (4·1 + 2·3) = 0.7, so 27 + 0.7 × 70 = 76.
    const raw = await createSpForSite(connection(staff))
      .web.lists.getByTitle(LISTS.periodScores.title)
      .items.select('ActKey', 'Step', 'Payload', 'Rating')
      .filter(`EmployeeLogin eq '${staff}'`)<Array<{ ActKey: string; Step: string; Payload: string; Rating?: string }>>();
    expect(raw.filter((r) => r.Step === 'SUBMITTED').map((r) => r.ActKey).sort()).toEqual([`PS-${november}-${staff}-1`, `PS-${november}-${staff}-2`]);
    const second = raw.find((r) => r.ActKey === `PS-${november}-${staff}-2`);
    expect(second).toMatchObject({ Rating: 'HTTNV' });
    expect(JSON.parse((second as { Payload: string }).Payload).selfScore).toBe(76);
  });

  it('the manager approves: the score is the engine’s, equal to law.md 5.1’s formula computed by hand', async () => {
    const { score, level, notice } = await journey(manager).reviewPeriod(staff, november, {
      outcome: 'APPROVED',
      generalCriteriaScore: 25,
      assessments: [
        // Two major errors (25 % of one product's quality points each); one delay, not excused.
        { workItemKey: 'L1', completedMeetingQuality: 4, majorErrors: 2, delays: 1, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false },
        // One delay whose objective cause is confirmed: no deduction.
        { workItemKey: 'L2', completedMeetingQuality: 1, majorErrors: 0, delays: 1, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: true }
      ],
      comment: 'Đạt yêu cầu'
    });
    // Assigned (converted): 4·1 + 2·3 = 10.
    // a = (4 + 3) / 10 = 0.7; b = ((4 − 2 × 0.25) + 3) / 10 = 0.65; c = ((4 − 0.25) + 3) / 10 = 0.675.
    // Task results = (a + b + c) / 3 × 70 = 47.25; score = 25 + 47.25 = 72.25 → HTTNV (≥ 70, < 90).
    expect(score).toBe(72.25);
    expect(level).toBe('HTTNV');
    expect(notice.delivered.map((d) => d.to)).toEqual([staff]);
    expect(notifier.sent[notifier.sent.length - 1]).toMatchObject({ kind: 'PERIOD_REVIEWED', to: [staff] });

    const view = await journey(staff).getMyPeriod(november);
    expect(view.step).toBe('REVIEWED');
    expect(view.canEdit).toEqual({ allowed: false, reason: 'ALREADY_REVIEWED' });
    expect(view.lastReview).toMatchObject({ outcome: 'APPROVED', score: 72.25, level: 'HTTNV', generalCriteriaScore: 25 });
    expect((await journey(manager).getPeriodReview(staff, november)).canReview).toEqual({ allowed: false, reason: 'ALREADY_REVIEWED' });
    const stored = await actRepository(createSpForSite(connection(manager)), LISTS.reviews).findByKey(`RV-${november}-${staff}-2`);
    expect((stored?.value.payload as PeriodReviewPayload).score).toBe(72.25);
    const tasks = await createServicesForSite(connection(manager)).evaluation.getPendingTasks();
    expect(tasks.some((t) => t.subject.userPrincipalName === staff && t.period.index === 11)).toBe(false);
  });
});
