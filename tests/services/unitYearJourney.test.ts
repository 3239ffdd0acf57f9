import type { ComplaintPayload, MeetingMinutesPayload, SelfEvaluationPayload } from '../../src/domain/evaluation/actPayloads';
import { personalFolderName, readScopeName } from '../../src/domain/org/readScopes';
import type { OrgModel } from '../../src/domain/org/orgModel';
import type { RatingOutcome } from '../../src/domain/rating';
import type { AppServices } from '../../src/services/contracts';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { DraftConflictError, FieldProblemsError, StepNotAllowedError, type DecisionInput } from '../../src/services/journey';
import type { NoticeOutcome } from '../../src/services/notifications/contracts';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

/**
 * A unit's year on the local intranet (NĐ 90/2020 Điều 18, 21; law.md 1.3, 3.7): the phòng's people
 * self-evaluate, its head records the minutes, the Cục trưởng (the competent evaluator) decides within
 * the HTXSNV quota, publishes, and answers a complaint with a new decision that keeps the old.
 */
describe('a unit’s year: minutes, decisions within the quota, publication, complaints', () => {
  const YEAR = 2026;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const unitHead = DEV_ACCOUNTS.unitHead.upn;
  let phong: string;
  let cuc: string;
  let people: string[];
  let colleague: string;
  /** The most HTXSNV the phòng may have: k ≤ floor(20 % × (n − k)) when the others are HTTNV (law.md 3.7). */
  let allowedExcellent: number;

  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => new Date('2026-12-09T09:00:00+07:00')
  });
  const as = (upn: string): AppServices => createServicesForSite(connection(upn));
  const recipients = (notice: NoticeOutcome): string[] => [...notice.delivered.map((d) => d.to), ...notice.failed.map((f) => f.to)].sort();
  const reasonOf = async (p: Promise<unknown>): Promise<string> => {
    const error = await p.then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(StepNotAllowedError);
    return (error as StepNotAllowedError).reason;
  };
  const minutes = (approved: boolean, place: string = 'Phòng họp tầng 3, 51 Ngô Quyền'): MeetingMinutesPayload => ({
    heldOn: '2026-12-08',
    place,
    chairLogin: manager,
    secretaryLogin: colleague,
    present: people.length,
    total: people.length,
    people: people.map((login) => ({ login, comments: `Đồng chí ${org.people[login].displayName} hoàn thành tốt nhiệm vụ được giao.`, proposedRating: 'HTTNV', votes: { HTTNV: people.length } })),
    approved
  });
  /** The first `excellent` people (the staff member aside) rated HTXSNV, the others HTTNV; the staff member HTNV (the complaint is about that). */
  const decisions = (excellent: number, overrides: { [login: string]: Partial<DecisionInput> } = {}): DecisionInput[] => {
    const best = people.filter((l) => l !== staff).slice(0, excellent);
    return people.map((login) => ({
      login,
      rating: (login === staff ? 'HTNV' : best.indexOf(login) >= 0 ? 'HTXSNV' : 'HTTNV') as RatingOutcome,
      reasons: login === staff ? 'Hai nhiệm vụ chậm tiến độ.' : 'Hoàn thành nhiệm vụ theo kế hoạch.',
      ...overrides[login]
    }));
  };

  const yearResultOf = (overview: Awaited<ReturnType<AppServices['evaluation']['getMyOverview']>>): unknown => {
    const entry = overview.periods.find((p) => p.period.kind === 'YEAR');
    return entry ? entry.result : undefined;
  };

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR], new Date('2026-12-01T09:00:00+07:00'));
    const owner = connection(DEV_ACCOUNTS.siteOwner.upn);
    org = (await new OrgDirectoryService(createSpForSite(owner), createGraphForSite(owner)).getOrg()).org;
    phong = org.people[staff].unitCode;
    cuc = org.units[phong].parentCode as string;
    people = Object.keys(org.people)
      .filter((l) => org.people[l].unitCode === phong)
      .sort();
    colleague = people.find((l) => l !== staff && l !== manager) as string;
    expect(org.units[cuc].headLogin).toBe(unitHead);
    expect(people.length).toBeGreaterThanOrEqual(4);
    allowedExcellent = 0;
    while (allowedExcellent + 1 <= Math.floor(0.2 * (people.length - 1 - (allowedExcellent + 1)))) allowedExcellent++;
  }, 300000);
  afterAll(async () => {
    await intranet.close();
  });

  it('the phòng’s head has no meeting to record until everyone has submitted a self-evaluation', async () => {
    const before = await as(manager).journey.unitYear.getLeaderTasks([YEAR]);
    expect(before.filter((t) => t.step === 'RECORD_MEETING')).toEqual([]);
    for (const login of people) {
      const payload: SelfEvaluationPayload = { ruleSetId: 'ND335', sections: { summary: `Tự đánh giá năm ${YEAR}.` }, proposedRating: 'HTTNV', submitted: true };
      await actRepository(createSpForSite(connection(login)), LISTS.selfEvaluations).add(
        { Title: `Tự đánh giá ${login}`, EvalYear: YEAR, EmployeeLogin: login, UnitCode: phong, ActKey: `SE-${YEAR}-${login}`, Payload: JSON.stringify(payload) },
        { folder: personalFolderName(login) }
      );
    }
    const after = await as(manager).journey.unitYear.getLeaderTasks([YEAR]);
    expect(after.filter((t) => t.step === 'RECORD_MEETING').map((t) => t.unitCode)).toEqual([phong]);
  });

  it('the head records the minutes, as a draft then approved; a stale version is a conflict; the Cục trưởng is told (Điều 18 bước 2)', async () => {
    const journey = as(manager).journey.unitYear;
    expect((await journey.getUnitYear(phong, YEAR)).canRecordMinutes).toEqual({ allowed: true });
    const draft = await journey.recordMinutes(phong, YEAR, minutes(false));
    expect(draft.notice).toEqual({ delivered: [], failed: [] });
    const second = await journey.recordMinutes(phong, YEAR, minutes(false, 'Hội trường Cục'), draft.version);
    // The screen reopens the draft with the version it was saved as, so its next save is not a conflict.
    expect((await journey.getUnitYear(phong, YEAR)).minutes).toMatchObject({ approved: false, place: 'Hội trường Cục', version: second.version });
    // Typed over the first version, which is no longer the saved one: both are shown to choose from.
    const conflict = await journey.recordMinutes(phong, YEAR, minutes(true), draft.version).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(DraftConflictError);
    expect((conflict as DraftConflictError<MeetingMinutesPayload>).theirs.place).toBe('Hội trường Cục');

    const invalid = await journey.recordMinutes(phong, YEAR, { ...minutes(true), present: people.length + 1 }, second.version).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(FieldProblemsError);
    expect((invalid as FieldProblemsError).problems).toEqual([{ field: 'present', code: 'AT_MOST', params: [people.length] }]);

    const approved = await journey.recordMinutes(phong, YEAR, minutes(true), second.version);
    expect(recipients(approved.notice)).toEqual([unitHead]);
    const view = await journey.getUnitYear(phong, YEAR);
    expect(view.minutes).toMatchObject({ approved: true, place: 'Phòng họp tầng 3, 51 Ngô Quyền', recordedByName: org.people[manager].displayName });
    expect(view.canRecordMinutes).toEqual({ allowed: false, reason: 'MINUTES_APPROVED' });
    expect(await reasonOf(journey.recordMinutes(phong, YEAR, minutes(true), view.minutes?.version))).toBe('MINUTES_APPROVED');
  });

  it('a civil servant of the phòng may not keep its minutes', async () => {
    expect(await reasonOf(as(staff).journey.unitYear.recordMinutes(phong, YEAR, minutes(false)))).toBe('NOT_MINUTES_KEEPER');
  });

  it('the Cục trưởng finds the decision waiting for the whole Cục, and may decide each person of the phòng', async () => {
    const tasks = await as(unitHead).journey.unitYear.getLeaderTasks([YEAR]);
    expect(tasks.filter((t) => t.step === 'DECIDE').map((t) => t.unitCode)).toEqual([cuc]);
    // The inbox asks for last year and this year in one read: each task stays with its own year.
    const twoYears = await as(unitHead).journey.unitYear.getLeaderTasks([YEAR - 1, YEAR]);
    expect(twoYears.map((t) => `${t.step} ${t.unitCode} ${t.period.year}`)).toEqual(tasks.map((t) => `${t.step} ${t.unitCode} ${t.period.year}`));
    const view = await as(unitHead).journey.unitYear.getUnitYear(phong, YEAR);
    expect(view.people.map((p) => p.person.userPrincipalName).sort()).toEqual(people);
    expect(view.people.every((p) => p.canDecide.allowed)).toBe(true);
    expect(view.people.every((p) => p.meeting && p.meeting.proposedRating === 'HTTNV')).toBe(true);
    expect(view.canPublish).toEqual({ allowed: false, reason: 'NOT_DECIDED' });
  });

  it('a set with one HTXSNV too many is refused (law.md 3.7), accepted with a reasoned exception, and again after lowering one', async () => {
    const journey = as(unitHead).journey.unitYear;
    const tooMany = decisions(allowedExcellent + 1);
    expect(tooMany.filter((d) => d.rating === 'HTXSNV')).toHaveLength(allowedExcellent + 1);
    expect(await reasonOf(journey.decide(phong, YEAR, tooMany))).toBe('QUOTA_EXCEEDED');
    expect((await journey.getUnitYear(phong, YEAR)).people.every((p) => p.decisions.length === 0)).toBe(true);

    const excepted = tooMany.find((d) => d.rating === 'HTXSNV') as DecisionInput;
    const withException = decisions(allowedExcellent + 1, { [excepted.login]: { quotaException: { reason: 'Phòng được Bộ khen thưởng thành tích xuất sắc, nổi trội năm 2026.', decisionReference: 'QĐ 45/QĐ-BVHTTDL' } } });
    expect((await journey.decide(phong, YEAR, withException)).notice).toEqual({ delivered: [], failed: [] });
    let view = await journey.getUnitYear(phong, YEAR);
    expect(view.quota.violated).toBe(false);
    const exceptedPerson = view.people.find((p) => p.person.userPrincipalName === excepted.login);
    expect(exceptedPerson?.decisions[0]).toMatchObject({ rating: 'HTXSNV', published: false, quotaException: { reason: 'Phòng được Bộ khen thưởng thành tích xuất sắc, nổi trội năm 2026.', decisionReference: 'QĐ 45/QĐ-BVHTTDL' } });

    // Before publication the evaluator may decide again: lowering one instead keeps the quota.
    const lowered = decisions(allowedExcellent);
    await journey.decide(phong, YEAR, lowered);
    view = await journey.getUnitYear(phong, YEAR);
    const standing = view.people.map((p) => p.decisions[p.decisions.length - 1].rating);
    expect(standing.filter((r) => r === 'HTXSNV')).toHaveLength(allowedExcellent);
    expect(view.quota.violated).toBe(false);
    expect(view.canPublish).toEqual({ allowed: true });
  });

  it('nobody but the competent evaluator decides, publishes or answers; a decision forged through the repository does not count', async () => {
    expect(await reasonOf(as(manager).journey.unitYear.decide(phong, YEAR, decisions(0)))).toBe('NOT_COMPETENT_EVALUATOR');
    expect(await reasonOf(as(colleague).journey.unitYear.decide(phong, YEAR, decisions(0)))).toBe('NOT_COMPETENT_EVALUATOR');
    expect(await reasonOf(as(manager).journey.unitYear.publish(phong, YEAR))).toBe('NOT_COMPETENT_EVALUATOR');
    expect(await reasonOf(as(colleague).journey.unitYear.publish(phong, YEAR))).toBe('NOT_COMPETENT_EVALUATOR');

    // The trưởng phòng reads the phòng's folder but may not add a decision there (only the competent
    // evaluator may): SharePoint refuses his forged published HTXSNV for the staff member.
    await expect(
      actRepository(createSpForSite(connection(manager)), LISTS.decisions).add(
        { Title: 'Quyết định', EvalYear: YEAR, EmployeeLogin: staff, UnitCode: phong, ActKey: `forged-${staff}`, Rating: 'HTXSNV', Payload: JSON.stringify({ rating: 'HTXSNV', reasons: 'Tự ghi', published: true }) },
        { folder: readScopeName(phong, YEAR) }
      )
    ).rejects.toMatchObject({ status: 403 });
    const view = await as(unitHead).journey.unitYear.getUnitYear(phong, YEAR);
    const staffDecisions = view.people.find((p) => p.person.userPrincipalName === staff)?.decisions || [];
    expect(staffDecisions.map((d) => [d.rating, d.published])).toEqual([
      ['HTNV', false],
      ['HTNV', false]
    ]);
    const overview = await as(staff).evaluation.getMyOverview(YEAR);
    expect(yearResultOf(overview)).toMatchObject({ step: 'DECIDED', rating: 'HTNV' });
  });

  it('the Cục trưởng publishes: each person is told, and the civil servant’s overview shows the published rating (Điều 21)', async () => {
    // Everyone ready is decided, nothing published: the Cục's sheet stays in her inbox until she publishes.
    const sheetTasks = async (): Promise<string[]> =>
      (await as(unitHead).journey.unitYear.getLeaderTasks([YEAR])).filter((t) => t.unitCode === cuc && (t.step === 'DECIDE' || t.step === 'PUBLISH')).map((t) => t.step);
    expect(await sheetTasks()).toEqual(['PUBLISH']);
    const published = await as(unitHead).journey.unitYear.publish(phong, YEAR);
    expect(await sheetTasks()).toEqual([]);
    expect(recipients(published.notice)).toEqual(people);
    const overview = await as(staff).evaluation.getMyOverview(YEAR);
    expect(yearResultOf(overview)).toMatchObject({ step: 'PUBLISHED', rating: 'HTNV' });
    const view = await as(unitHead).journey.unitYear.getUnitYear(phong, YEAR);
    expect(view.canPublish).toEqual({ allowed: false, reason: 'ALREADY_PUBLISHED' });
    expect(view.people.every((p) => !p.canDecide.allowed && p.canDecide.reason === 'ALREADY_PUBLISHED')).toBe(true);
    // A colleague reads the unit's published results (publication within the unit).
    const seen = await actRepository(createSpForSite(connection(colleague)), LISTS.decisions).query({ indexedFilter: { field: 'EmployeeLogin', value: staff } });
    expect(seen.some((r) => (r.value.payload as { published?: boolean }).published === true)).toBe(true);
    // …and sees them on the dashboard of their own unit, each person with the rating that stands.
    const own = (await as(colleague).evaluation.getDashboard({ year: YEAR })).units.find((u) => u.unitCode === phong);
    expect(own && own.readerIsMember).toBe(true);
    expect((own && own.published ? own.published : []).find((p) => p.login === staff)).toMatchObject({ rating: 'HTNV' });
    // The dashboard links the phòng to its year's sheet for the Cục trưởng who decides it, not for HR, who reads every unit and decides none.
    const hers = (await as(unitHead).evaluation.getDashboard({ year: YEAR })).units.find((u) => u.unitCode === phong);
    expect(hers && hers.readerActsOnYear).toBe(true);
    const hrs = (await as(DEV_ACCOUNTS.hr.upn).evaluation.getDashboard({ year: YEAR })).units.find((u) => u.unitCode === phong);
    expect(hrs && hrs.readerActsOnYear).toBe(false);
    // The year's steps as the dashboard counts them: the staff member decided and published.
    expect(hrs && (hrs.people || []).find((p) => p.login === staff)).toMatchObject({ year: { rating: 'HTNV', published: true } });
  });

  it('a complaint is answered by the competent evaluator only; upheld, the new decision supersedes the old and the history keeps both', async () => {
    const complaint: ComplaintPayload = { kind: 'COMPLAINT', text: 'Hai nhiệm vụ chậm do Bộ lùi thời hạn <b>khách quan</b>.' };
    await actRepository(createSpForSite(connection(staff)), LISTS.complaints).add(
      { Title: 'Khiếu nại', EvalYear: YEAR, EmployeeLogin: staff, UnitCode: phong, ActKey: `CP-${YEAR}-${staff}`, Payload: JSON.stringify(complaint) },
      { folder: personalFolderName(staff) }
    );
    const tasks = await as(unitHead).journey.unitYear.getLeaderTasks([YEAR]);
    const task = tasks.find((t) => t.step === 'ANSWER_COMPLAINT');
    expect(task).toMatchObject({ unitCode: cuc, subject: { userPrincipalName: staff } });
    const complaintId = task?.complaintId as number;

    const answer = { text: 'Chấp nhận: hai nhiệm vụ chậm do nguyên nhân khách quan.', outcome: 'UPHELD' as const, newDecision: { login: staff, rating: 'HTTNV' as RatingOutcome, reasons: 'Xếp loại lại sau khiếu nại.' } };
    // The trưởng phòng and a colleague cannot even read the complaint (the complainant's own folder).
    expect(await reasonOf(as(manager).journey.unitYear.answerComplaint(complaintId, answer))).toBe('NO_COMPLAINT');
    expect(await reasonOf(as(colleague).journey.unitYear.answerComplaint(complaintId, answer))).toBe('NO_COMPLAINT');

    const answered = await as(unitHead).journey.unitYear.answerComplaint(complaintId, answer);
    expect(recipients(answered.notice)).toEqual([staff]);
    const view = await as(unitHead).journey.unitYear.getUnitYear(phong, YEAR);
    const person = view.people.find((p) => p.person.userPrincipalName === staff);
    const history = person?.decisions || [];
    expect(history.map((d) => [d.rating, d.published])).toEqual([
      ['HTNV', false],
      ['HTNV', false],
      ['HTNV', true],
      ['HTTNV', true]
    ]);
    expect(history[3].supersedes).toBe(history[2].id);
    expect(person?.complaints[0]).toMatchObject({ text: complaint.text, answer: { outcome: 'UPHELD', answeredByName: org.people[unitHead].displayName } });
    expect(await reasonOf(as(unitHead).journey.unitYear.answerComplaint(complaintId, answer))).toBe('NO_COMPLAINT');
    const overview = await as(staff).evaluation.getMyOverview(YEAR);
    expect(yearResultOf(overview)).toMatchObject({ step: 'PUBLISHED', rating: 'HTTNV' });
    expect((await as(unitHead).journey.unitYear.getLeaderTasks([YEAR])).filter((t) => t.step === 'ANSWER_COMPLAINT')).toEqual([]);
  });
  it('the Cục trưởng is decided by the level above (the delegated Thứ trưởng), on the Cục’s own minutes; she cannot decide herself (Điều 16)', async () => {
    const leader = DEV_ACCOUNTS.leader.upn;
    const cucPeople = Object.keys(org.people).filter((l) => org.people[l].unitCode === cuc).sort();
    expect(cucPeople).toContain(unitHead);
    for (const login of cucPeople) {
      const payload: SelfEvaluationPayload = { ruleSetId: 'ND335', sections: { summary: 'Tự đánh giá của lãnh đạo Cục.' }, proposedRating: 'HTTNV', submitted: true };
      await actRepository(createSpForSite(connection(login)), LISTS.selfEvaluations).add(
        { Title: `Tự đánh giá ${login}`, EvalYear: YEAR, EmployeeLogin: login, UnitCode: cuc, ActKey: `SE-${YEAR}-${login}`, Payload: JSON.stringify(payload) },
        { folder: personalFolderName(login) }
      );
    }
    const cucView = await as(unitHead).journey.unitYear.getUnitYear(cuc, YEAR);
    // The agency's screen shows the whole Cục, its phòng included; its minutes are about the people directly in it.
    expect(cucView.people.map((p) => p.person.userPrincipalName)).toEqual(expect.arrayContaining([...people, ...cucPeople]));
    expect(cucView.minutesLogins.slice().sort()).toEqual(cucPeople);
    const secretary = cucPeople.find((l) => l !== unitHead) as string;
    const cucMinutes: MeetingMinutesPayload = {
      ...minutes(true),
      chairLogin: unitHead,
      secretaryLogin: secretary,
      present: cucPeople.length,
      total: cucPeople.length,
      people: cucPeople.map((login) => ({ login, comments: 'Lãnh đạo Cục hoàn thành tốt nhiệm vụ.', proposedRating: 'HTTNV' }))
    };
    const recorded = await as(unitHead).journey.unitYear.recordMinutes(cuc, YEAR, cucMinutes);
    expect(recipients(recorded.notice)).toEqual([leader]);

    const decideHerself = [{ login: unitHead, rating: 'HTXSNV' as RatingOutcome, reasons: 'Tự quyết định' }];
    expect(await reasonOf(as(unitHead).journey.unitYear.decide(cuc, YEAR, decideHerself))).toBe('NOT_COMPETENT_EVALUATOR');
    const tasks = await as(leader).journey.unitYear.getLeaderTasks([YEAR]);
    expect(tasks.filter((t) => t.step === 'DECIDE').map((t) => t.unitCode)).toContain(cuc);
    const seenByLeader = await as(leader).journey.unitYear.getUnitYear(cuc, YEAR);
    expect(seenByLeader.people.filter((p) => p.canDecide.allowed).map((p) => p.person.userPrincipalName)).toEqual([unitHead]);
    await as(leader).journey.unitYear.decide(cuc, YEAR, [{ login: unitHead, rating: 'HTTNV', reasons: 'Cục hoàn thành tốt kế hoạch năm.' }]);
    const after = await as(leader).journey.unitYear.getUnitYear(cuc, YEAR);
    expect(after.people.find((p) => p.person.userPrincipalName === unitHead)?.decisions.map((d) => [d.rating, d.decidedByName])).toEqual([['HTTNV', org.people[leader].displayName]]);
  });
});
