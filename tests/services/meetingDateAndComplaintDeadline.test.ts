import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { MeetingMinutesPayload } from '../../src/domain/evaluation/actPayloads';
import { competentEvaluatorOf } from '../../src/domain/org/authority';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { readScopeName } from '../../src/domain/org/readScopes';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { FieldProblemsError, StepNotAllowedError } from '../../src/services/journey';
import type { AppServices } from '../../src/services/contracts';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

/**
 * The two dates the services hold against their own clock, whatever a screen did (a script calling the
 * service directly is refused the same way): the unit's meeting is recorded once held (biên bản, NĐ
 * 90/2020 Điều 18 bước 2; law.md 4), and a complaint about a published rating is filed within HR's
 * deadline (law.md 6: Luật Khiếu nại; Điều 9's 90 days by default, a setting because unconfirmed).
 */
describe('the services refuse a meeting not yet held and a complaint after its deadline (local intranet)', () => {
  jest.setTimeout(60000);
  const YEAR = 2026;
  /** 9 December 2026, 09:00 in Hà Nội. */
  const TODAY = new Date('2026-12-09T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  let competent: string;
  let phong: string;
  let people: string[];

  const servicesAs = (upn: string, today: Date = TODAY): AppServices =>
    createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn, today: () => today });
  const refusal = async (attempt: Promise<unknown>): Promise<unknown> => attempt.then(() => 'no refusal', (e: unknown) => e);
  /** The Hà Nội calendar day `days` after an instant, computed here on its own (UTC+7, no daylight saving). */
  const hanoiDayAfter = (iso: string, days: number): string => new Date(Date.parse(iso) + 7 * 3600000 + days * 86400000).toISOString().slice(0, 10);
  /** 10:00 in Hà Nội on a calendar day. */
  const at10 = (day: string): Date => new Date(`${day}T10:00:00+07:00`);

  const minutes = (heldOn: string, approved: boolean): MeetingMinutesPayload => ({
    heldOn,
    place: 'Phòng họp tầng 3, 51 Ngô Quyền',
    chairLogin: manager,
    secretaryLogin: people.find((l) => l !== manager) as string,
    present: people.length,
    total: people.length,
    people: people.map((login) => ({ login, comments: `Đồng chí ${org.people[login].displayName} hoàn thành tốt nhiệm vụ.`, proposedRating: 'HTTNV', votes: { HTTNV: people.length } })),
    approved
  });

  beforeAll(async () => {
    intranet = await startTestIntranet();
    await provisionSampleSite(intranet, [YEAR], TODAY);
    const owner = { siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: DEV_ACCOUNTS.siteOwner.upn, today: () => TODAY };
    org = (await new OrgDirectoryService(createSpForSite(owner), createGraphForSite(owner)).getOrg()).org;
    phong = org.people[staff].unitCode;
    people = Object.keys(org.people).filter((l) => org.people[l].unitCode === phong).sort();
    competent = competentEvaluatorOf(org, staff) as string;
    expect(org.units[phong].headLogin).toBe(manager);
  }, 180000);
  afterAll(async () => {
    await intranet.close();
  });

  it('minutes of a meeting dated after today are refused by the service, draft or approved; dated today they are recorded', async () => {
    const journey = servicesAs(manager).journey.unitYear;
    for (const approved of [false, true]) {
      const refused = await refusal(journey.recordMinutes(phong, YEAR, minutes('2026-12-10', approved)));
      expect(refused).toBeInstanceOf(FieldProblemsError);
      expect((refused as FieldProblemsError).problems).toEqual([{ field: 'heldOn', code: 'AFTER_TODAY', params: ['09/12/2026'] }]);
    }
    // Before the evaluated year: refused whatever the clock says.
    const early = await refusal(journey.recordMinutes(phong, YEAR, minutes('2025-12-31', true)));
    expect((early as FieldProblemsError).problems).toEqual([{ field: 'heldOn', code: 'OUT_OF_RANGE', params: ['01/01/2026', '15/01/2027'] }]);
    expect((await journey.getUnitYear(phong, YEAR)).minutes).toBeUndefined();

    await journey.recordMinutes(phong, YEAR, minutes('2026-12-09', true));
    expect((await journey.getUnitYear(phong, YEAR)).minutes).toMatchObject({ heldOn: '2026-12-09', approved: true });
  });

  it('HR’s complaint deadline (default 90 days) applies from publication: the last day accepted, the next refused by the service', async () => {
    const settings = servicesAs(hr).admin.settings;
    expect((await settings.getSettings(YEAR)).resolved.settings.complaints.deadlineDays).toBe(90);
    await settings.save({ name: 'complaints.deadlineDays', value: 30, effectiveFrom: '2026-01-01', reason: 'Quy chế của Bộ: 30 ngày kể từ ngày công khai' });
    expect((await settings.getSettings(YEAR)).resolved.settings.complaints.deadlineDays).toBe(30);

    // The competent evaluator publishes the staff member's rating (recorded in the unit's year folder).
    await actRepository(createSpForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: competent, today: () => TODAY }), LISTS.decisions).add(
      { Title: 'Quyết định', EvalYear: YEAR, EmployeeLogin: staff, UnitCode: phong, Rating: 'HTNV', Payload: JSON.stringify({ rating: 'HTNV', reasons: 'Hai nhiệm vụ chậm tiến độ.', published: true }) },
      { folder: readScopeName(phong, YEAR) }
    );
    const published = (await servicesAs(staff).journey.year.getMyYear(YEAR)).decisions[0];
    expect(published.published).toBe(true);
    const lastDay = hanoiDayAfter(published.at, 30);

    // The person and the leader read the same deadline.
    const onLastDay = await servicesAs(staff, at10(lastDay)).journey.year.getMyYear(YEAR);
    expect(onLastDay.complaintDeadline).toEqual({ lastDay, days: 30, publishedOn: hanoiDayAfter(published.at, 0) });
    expect(onLastDay.canComplain).toEqual({ allowed: true });
    const leaderView = await servicesAs(competent, at10(lastDay)).journey.unitYear.getUnitYear(org.units[phong].parentCode as string, YEAR);
    expect(leaderView.people.find((p) => p.person.userPrincipalName === staff)?.complaintDeadline).toEqual({ lastDay, days: 30, publishedOn: hanoiDayAfter(published.at, 0) });

    // The day after: the screen says why, and the service refuses a complaint sent anyway.
    const dayAfter = at10(hanoiDayAfter(published.at, 31));
    expect((await servicesAs(staff, dayAfter).journey.year.getMyYear(YEAR)).canComplain).toEqual({ allowed: false, reason: 'COMPLAINT_TOO_LATE' });
    const late = await refusal(servicesAs(staff, dayAfter).journey.year.fileComplaint(YEAR, 'Đề nghị xem xét lại kết quả xếp loại.'));
    expect(late).toBeInstanceOf(StepNotAllowedError);
    expect((late as StepNotAllowedError).reason).toBe('COMPLAINT_TOO_LATE');
    expect((await servicesAs(staff).journey.year.getMyYear(YEAR)).complaints).toEqual([]);

    // Within the deadline the same complaint is filed.
    await servicesAs(staff, at10(lastDay)).journey.year.fileComplaint(YEAR, 'Đề nghị xem xét lại kết quả xếp loại.');
    expect((await servicesAs(staff).journey.year.getMyYear(YEAR)).complaints.map((c) => c.text)).toEqual(['Đề nghị xem xét lại kết quả xếp loại.']);
  });
});
