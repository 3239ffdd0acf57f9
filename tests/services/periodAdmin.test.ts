import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import type { EvaluationPeriod } from '../../src/domain/evaluation/model';
import { unitChain, type OrgModel } from '../../src/domain/org/orgModel';
import { trackedStaff } from '../../src/domain/org/trackedStaff';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet, statusOf } from '../intranet/support';

/**
 * HR's periods against the local intranet: HR (Contribute on DGCC_Periods, add on the journal) runs a
 * year's periods through admin.periods, every change journalled; a civil servant (Read only) is
 * refused by SharePoint itself, through the product's service and by plain REST alike.
 */
describe('admin.periods on the local intranet', () => {
  const YEAR = 2026;
  const today = new Date('2026-12-06T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  const hr = DEV_ACCOUNTS.hr.upn;
  const staff = DEV_ACCOUNTS.staff.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => today
  });
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  const services = (upn: string): ReturnType<typeof createServicesForSite> => createServicesForSite(connection(upn));
  const periodItem = (id: number): Promise<Record<string, unknown>> => sp(hr).web.lists.getByTitle(LISTS.periods.title).items.getById(id)();

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR], today);
    org = (await new OrgDirectoryService(sp(DEV_ACCOUNTS.siteOwner.upn), createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;
  }, 400000);
  afterAll(async () => {
    await intranet.close();
  });

  it('HR plans 2027 once (twelve months and the year, not yet open), opens, locks and reopens a month with a reason, extends a unit’s deadline; all journalled', async () => {
    const admin = services(hr).admin.periods;
    const created = await admin.createYear(2027);
    expect(created.map((p) => (p.kind === 'YEAR' ? 'YEAR' : `${p.kind}${p.index}`))).toEqual([...Array.from({ length: 12 }, (_, i) => `MONTH${i + 1}`), 'YEAR']);
    // Idempotent: asked again, nothing more.
    expect(await admin.createYear(2027)).toEqual([]);
    const view = await admin.getPeriods(2027);
    expect(view.rows).toHaveLength(13);
    expect(view.rows.every((r) => r.planned)).toBe(true);
    const january = view.rows[0].period;

    const opened = await admin.open(january.id);
    expect(opened.status).toBe('OPEN');
    const locked = await admin.lock(january.id);
    expect(locked.status).toBe('LOCKED');
    expect((await periodItem(january.id)).LockedAt).toBeTruthy();
    await expect(admin.reopen(january.id, 'OPEN', '  ')).rejects.toMatchObject({ problem: 'REASON_REQUIRED' });
    await admin.reopen(january.id, 'OPEN', 'Sự cố mạng ngày khóa sổ');
    const item = await periodItem(january.id);
    expect(item.PeriodStatus).toBe('OPEN');
    expect(item.LockedAt || undefined).toBeUndefined();

    const unit = org.people[staff].unitCode;
    await expect(admin.setDeadline(january.id, { kind: 'UNIT', unitCode: unit }, '2027-02-01', 'Đơn vị đi công tác')).rejects.toMatchObject({ problem: 'DEADLINE_NOT_LATER' });
    await admin.setDeadline(january.id, { kind: 'UNIT', unitCode: unit }, '2027-02-12T00:00:00Z', 'Đơn vị đi công tác');
    expect(JSON.parse(String((await periodItem(january.id)).DeadlineOverrides))).toEqual([{ unitCode: unit, deadline: '2027-02-12T00:00:00.000Z' }]);

    const history = await admin.history(2027);
    expect(history.map((e) => e.action)).toEqual(['EXTEND', 'REOPEN', 'LOCK', 'OPEN', 'CREATE']);
    expect(history[0]).toMatchObject({ byLogin: hr, reason: 'Đơn vị đi công tác', subjectKey: String(january.id) });
    expect(history[1].before).toMatchObject({ status: 'LOCKED' });
    expect(history[1].after).toMatchObject({ status: 'OPEN' });
  }, 400000);

  it('a civil servant can change no period and add nothing to the journal: SharePoint refuses (service and REST)', async () => {
    const periods = await services(staff).evaluation.getPeriods(YEAR);
    const november = periods.find((p) => p.kind === 'MONTH' && p.index === 11) as EvaluationPeriod;
    // December is open: the rules would let it be locked; SharePoint does not let a civil servant.
    const december = periods.find((p) => p.kind === 'MONTH' && p.index === 12) as EvaluationPeriod;
    await expect(services(staff).admin.periods.lock(december.id)).rejects.toMatchObject({ status: 403 });
    await expect(services(staff).admin.periods.setDeadline(december.id, { kind: 'PERSON', login: staff }, '2027-03-01', 'tự gia hạn')).rejects.toMatchObject({ status: 403 });
    expect((await periodItem(december.id)).PeriodStatus).toBe('OPEN');
    const list = sp(staff).web.lists.getByTitle(LISTS.periods.title);
    expect(await statusOf(list.items.getById(november.id).update({ PeriodStatus: 'OPEN', Deadline: '2027-06-01T00:00:00Z' }))).toBe(403);
    expect(await statusOf(list.items.getById(november.id).update({ DeadlineOverrides: JSON.stringify([{ login: staff, deadline: '2027-06-01T00:00:00Z' }]) }))).toBe(403);
    expect(await statusOf(list.items.add({ Title: 'Tháng 13', EvalYear: YEAR, PeriodKind: 'MONTH', PeriodIndex: 13, PeriodStatus: 'OPEN' }))).toBe(403);
    expect(await statusOf(list.items.getById(november.id).delete())).toBe(403);
    // The journal is HR's alone: not even visible (404) to others, let alone writable.
    expect([403, 404]).toContain(await statusOf(sp(staff).web.lists.getByTitle(LISTS.adminLog.title).items.add({ Title: 'giả', Subject: 'PERIOD', SubjectKey: String(november.id) })));
    const after = await periodItem(november.id);
    expect(after.PeriodStatus).toBe(november.status);
    expect(after.DeadlineOverrides || undefined).toBeUndefined();
  }, 400000);

  it('what people see follows their unit’s kind and their own deadline (an extension for their unit: not late)', async () => {
    const admin = services(hr).admin.periods;
    const november = (await admin.getPeriods(YEAR)).rows.map((r) => r.period).find((p) => p.kind === 'MONTH' && p.index === 11) as EvaluationPeriod;
    const unit = org.people[staff].unitCode;
    // November is closed in the sample: a closed period's deadline is not moved; reopened, it is.
    await expect(admin.setDeadline(november.id, { kind: 'UNIT', unitCode: unit }, '2026-12-20T00:00:00Z', 'Gia hạn')).rejects.toMatchObject({ problem: 'ALREADY_CLOSED' });
    await admin.reopen(november.id, 'OPEN', 'Gia hạn cho đơn vị bị sự cố');
    // Nobody has reported in this bare site: every tracked civil servant is late since 5 December.
    const tracked = trackedStaff(org);
    const before = (await admin.getPeriods(YEAR)).rows.find((r) => r.period.id === november.id);
    expect(before?.progress).toMatchObject({ people: tracked.length, submitted: 0, late: tracked.length });
    await admin.setDeadline(november.id, { kind: 'UNIT', unitCode: unit }, '2026-12-20T00:00:00Z', 'Gia hạn cho đơn vị');
    const mine = await services(staff).evaluation.getMyOverview(YEAR);
    expect(mine.periods.find((p) => p.period.id === november.id)?.period.deadline).toBe('2026-12-20T00:00:00.000Z');
    // HR's progress no longer counts the unit's people (and those of units below it) as late.
    const inUnit = tracked.filter((l) => unitChain(org, org.people[l].unitCode).some((u) => u.code === unit)).length;
    expect(inUnit).toBeGreaterThan(0);
    const after = (await admin.getPeriods(YEAR)).rows.find((r) => r.period.id === november.id);
    expect(after?.progress?.late).toBe(tracked.length - inUnit);

    // Two colleagues report November: each counts (the workflow judges one person's acts at a time).
    const colleague = Object.keys(org.people).find((l) => l !== staff && org.people[l].unitCode === unit && org.people[l].managerLogin === org.people[staff].managerLogin) as string;
    await sp(DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle(LISTS.productTypes.title).items.add({ Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, EffectiveFrom: '2026-01-01T00:00:00Z' });
    const report = { lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 2, completed: 2, completedOnTime: 2, evidence: [] }], generalCriteriaSelfScore: 27, comment: '' };
    await services(staff).journey.period.submitMyPeriod(november.id, report);
    await services(colleague).journey.period.submitMyPeriod(november.id, report);
    const reported = (await admin.getPeriods(YEAR)).rows.find((r) => r.period.id === november.id);
    expect(reported?.progress).toMatchObject({ submitted: 2, scored: 0, late: tracked.length - inUnit });

    // The ministry turns quarterly (a new dated row of the setting): the quarters are planned, and a
    // civil servant then sees the quarters and the year, no month.
    await sp(DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle(LISTS.settings.title).items.add({ Title: 'nd335.periodKind', SettingValue: 'QUARTER', EffectiveFrom: '2026-01-01T00:00:00Z' });
    const quarters = await admin.createYear(YEAR);
    expect(quarters.map((p) => `${p.kind}${p.index}`)).toEqual(['QUARTER1', 'QUARTER2', 'QUARTER3', 'QUARTER4']);
    const kinds = (await services(staff).evaluation.getMyOverview(YEAR)).periods.map((p) => p.period.kind);
    expect(kinds).toEqual(['QUARTER', 'QUARTER', 'QUARTER', 'QUARTER', 'YEAR']);
  }, 400000);
});
