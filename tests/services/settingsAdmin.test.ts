import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { DEFAULT_MAU01 } from '../../src/domain/rating/mau01';
import { SettingsChangeRefused } from '../../src/services/admin/contracts';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet, statusOf } from '../intranet/support';

/**
 * HR's settings against the local intranet: a change is a new dated row of DGCC_Settings (HR holds
 * "DGCC Thêm và xem": add and read), journalled, read by the engine for the year; a year whose results
 * are published keeps its settings (NĐ 90/2020 Điều 21), from the screen and from REST alike; a civil
 * servant cannot add a row, and HR cannot edit or delete one, SharePoint itself refusing.
 */
describe('admin.settings on the local intranet', () => {
  const today = new Date('2026-12-06T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  const hr = DEV_ACCOUNTS.hr.upn;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const owner = DEV_ACCOUNTS.siteOwner.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => today
  });
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  const services = (upn: string): ReturnType<typeof createServicesForSite> => createServicesForSite(connection(upn));
  const settingsList = (upn: string): ReturnType<ReturnType<typeof createSpForSite>['web']['lists']['getByTitle']> => sp(upn).web.lists.getByTitle(LISTS.settings.title);

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [2025, 2026], today);
    org = (await new OrgDirectoryService(sp(owner), createGraphForSite(connection(owner))).getOrg()).org;
  }, 400000);
  afterAll(async () => {
    await intranet.close();
  });

  it('HR sets the quota rate (law.md 3.7) from 01/07/2026 with a reason: a new row, journalled with before and after; the decision sheet of 2026 uses it', async () => {
    const admin = services(hr).admin.settings;
    const before = await admin.getSettings(2026);
    expect(before.resolved.settings.quota.rate).toBe(0.2);
    await admin.save({ name: 'quota.rate', value: 0.25, effectiveFrom: '2026-07-01', reason: 'Quyết định 12/QĐ-BVHTTDL về tỷ lệ' });

    const rows = (await settingsList(hr).items.select('Id', 'Title', 'SettingValue', 'EffectiveFrom').filter("Title eq 'quota.rate'")()) as Array<{ SettingValue: string; EffectiveFrom: string }>;
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].SettingValue)).toBe(0.25);
    expect(rows[0].EffectiveFrom.slice(0, 10)).toBe('2026-07-01');

    const journal = await services(hr).admin.journal.read('SETTING');
    expect(journal[0]).toMatchObject({ subjectKey: 'quota.rate', action: 'SET', reason: 'Quyết định 12/QĐ-BVHTTDL về tỷ lệ', after: { value: 0.25, effectiveFrom: '2026-07-01' }, before: { value: 'DEFAULT' } });
    expect(journal[0].byLogin).toBe(hr);

    const after = await admin.getSettings(2026);
    expect(after.resolved.settings.quota.rate).toBe(0.25);
    expect(after.rows.find((r) => r.name === 'quota.rate')).toMatchObject({ effectiveFrom: '2026-07-01', authorName: org.people[hr] ? org.people[hr].displayName : expect.any(String) });
    // 2025 ends before 01/07/2026: not reached.
    expect((await admin.forYear(2025)).quota.rate).toBe(0.2);

    // The engine: the leader's view of the unit's year carries the rate (and computes its quota with it).
    const phong = org.people[staff].unitCode;
    const view = await services(manager).journey.unitYear.getUnitYear(phong, 2026);
    expect(view.quotaSettings && view.quotaSettings.rate).toBe(0.25);
  }, 120000);

  it('a bad value, a missing reason and an impossible date are refused, nothing written', async () => {
    const admin = services(hr).admin.settings;
    const count = (await settingsList(hr).items.select('Id')()).length;
    const refused = await admin.save({ name: 'quota.rate', value: 1.5, effectiveFrom: '2026-02-30', reason: ' ' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SettingsChangeRefused);
    expect((refused as SettingsChangeRefused).problems.map((p) => p.field)).toEqual(['value', 'effectiveFrom', 'reason']);
    // Mẫu 01: the groups must make 30 points (NĐ 335/2025).
    const groups = DEFAULT_MAU01.groups.slice(0, 2);
    const mau01 = await admin.save({ name: 'mau01.groups', value: groups, effectiveFrom: '2027-01-01', reason: 'Thử' }).catch((e: unknown) => e);
    expect((mau01 as SettingsChangeRefused).problems[0].vi).toContain('phải bằng 30 điểm');
    expect((await settingsList(hr).items.select('Id')()).length).toBe(count);
  }, 60000);

  it('a published year keeps its settings: the screen refuses a change reaching it, and a row added through REST counts for nothing in it', async () => {
    const admin = services(hr).admin.settings;
    const lastRow = (await settingsList(hr).items.select('Id').orderBy('Id', false).top(1)()) as Array<{ Id: number }>;
    // 2025's results published (as UnitYearJourney.publish records them: the last settings row it used).
    const unit = org.people[staff].unitCode;
    await sp(owner)
      .web.lists.getByTitle(LISTS.decisions.title)
      .items.add({
        Title: 'Quyết định xếp loại năm 2025',
        EvalYear: 2025,
        EmployeeLogin: staff,
        UnitCode: unit,
        ActKey: `DC-2025-${staff}-1`,
        Rating: 'HTTNV',
        Payload: JSON.stringify({ rating: 'HTTNV', reasons: 'Hoàn thành tốt.', published: true, settingsThrough: lastRow[0].Id })
      });
    const view = await admin.getSettings(2025);
    expect(view.decidedYears).toContain(2025);
    expect(view.publication).toMatchObject({ settingsThrough: lastRow[0].Id });

    const refused = await admin.save({ name: 'quota.rate', value: 0.3, effectiveFrom: '2025-06-01', reason: 'Sửa năm đã công khai' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SettingsChangeRefused);
    expect((refused as SettingsChangeRefused).problems[0]).toMatchObject({ field: 'effectiveFrom' });
    expect((refused as SettingsChangeRefused).problems[0].vi).toContain('Năm 2025 đã công khai kết quả');

    // HR may add rows (that is the permission): a REST call backdated into 2025 is added, and ignored for 2025.
    expect(await statusOf(settingsList(hr).items.add({ Title: 'quota.rate', SettingValue: '0.5', EffectiveFrom: '2025-01-01T00:00:00Z' }))).toBe(200);
    expect((await admin.forYear(2025)).quota.rate).toBe(0.2);
    const after = await admin.getSettings(2025);
    expect(after.resolved.ignored.map((i) => [i.row.name, i.reason])).toEqual([['quota.rate', 'AFTER_PUBLICATION']]);
    // 2026, not published, takes it (the latest row by ID in force).
    expect((await admin.forYear(2026)).quota.rate).toBe(0.5);
  }, 60000);

  it('security: a civil servant cannot add or edit a settings row (REST and the service); HR cannot edit or delete one, only add', async () => {
    const [first] = (await settingsList(hr).items.select('Id').filter("Title eq 'quota.rate'").orderBy('Id', true).top(1)()) as Array<{ Id: number }>;
    // Staff: read only.
    expect(await statusOf(settingsList(staff).items.add({ Title: 'quota.rate', SettingValue: '1', EffectiveFrom: '2026-01-01T00:00:00Z' }))).toBe(403);
    expect(await statusOf(settingsList(staff).items.getById(first.Id).update({ SettingValue: '1' }))).toBe(403);
    expect(await statusOf(settingsList(staff).items.getById(first.Id).delete())).toBe(403);
    const viaService = await services(staff)
      .admin.settings.save({ name: 'quota.rate', value: 0.9, effectiveFrom: '2027-01-01', reason: 'Tự đặt' })
      .catch((e: unknown) => e);
    expect((viaService as { status?: number }).status).toBe(403);
    // HR: add and read, never edit nor delete ("DGCC Thêm và xem").
    expect(await statusOf(settingsList(hr).items.getById(first.Id).update({ SettingValue: '0.9' }))).toBe(403);
    expect(await statusOf(settingsList(hr).items.getById(first.Id).delete())).toBe(403);
    expect(await statusOf(settingsList(hr).items.getById(first.Id).recycle())).toBe(403);
    const still = (await settingsList(hr).items.getById(first.Id).select('SettingValue')()) as { SettingValue: string };
    expect(JSON.parse(still.SettingValue)).toBe(0.25);
  }, 60000);
});
