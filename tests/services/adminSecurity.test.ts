import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import { personalFolderName } from '../../src/domain/org/readScopes';
import { createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet } from '../intranet/support';

/**
 * The administration as someone without the right would try it, with a browser token and plain REST
 * (PnPjs) against the local intranet: SharePoint itself refuses, whatever the screens show. And what HR
 * may do there is only what the dated histories allow: add rows, never rewrite one.
 */
describe('the administration: who may change the cycle, and what nobody may rewrite', () => {
  const YEAR = 2026;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  const owner = DEV_ACCOUNTS.siteOwner.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string } => ({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn });
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  const list = (upn: string, title: string): ReturnType<ReturnType<typeof createSpForSite>['web']['lists']['getByTitle']> => sp(upn).web.lists.getByTitle(title);
  const refused = { status: expect.any(Number) as number };
  /** SharePoint answers 403, or 404 for a list the user may not even see. */
  const expectRefused = async (attempt: Promise<unknown>): Promise<void> => {
    const error = (await attempt.then(
      () => undefined,
      (e: unknown) => e
    )) as { status?: number } | undefined;
    expect(error).toMatchObject(refused);
    expect([401, 403, 404]).toContain(error?.status);
  };
  let periodId: number;

  beforeAll(async () => {
    // The small sample (120 people): the walls are the same at any size.
    intranet = await startTestIntranet();
    await provisionSampleSite(intranet, [YEAR], new Date('2026-11-28T09:00:00+07:00'));
    const periods = await createServicesForSite(connection(staff)).evaluation.getPeriods(YEAR);
    periodId = (periods.find((p) => p.kind === 'MONTH' && p.index === 10) as { id: number }).id;
  }, 300000);
  afterAll(async () => {
    await intranet.close();
  });

  it('the journal: nobody but HR and the owners reads it or adds to it, and nobody edits or deletes an entry', async () => {
    const entry = { Title: 'PERIOD x', EvalYear: YEAR, Subject: 'PERIOD', SubjectKey: String(periodId), ActKey: 'k-1', Payload: '{"action":"EXTEND","reason":"nghỉ ốm"}' };
    for (const who of [staff, manager, DEV_ACCOUNTS.unitHead.upn]) {
      await expectRefused(list(who, LISTS.adminLog.title).items());
      await expectRefused(list(who, LISTS.adminLog.title).items.add({ ...entry, ActKey: `k-${who}` }));
    }
    const added = await list(hr, LISTS.adminLog.title).items.add(entry);
    const id = (added as { Id?: number; data?: { Id: number } }).Id ?? (added as { data: { Id: number } }).data.Id;
    expect((await list(hr, LISTS.adminLog.title).items()).length).toBeGreaterThan(0);
    // Append-only, for HR too: the reason HR gave stays as given.
    await expectRefused(list(hr, LISTS.adminLog.title).items.getById(id).update({ Payload: '{"action":"EXTEND","reason":"khác"}' }));
    await expectRefused(list(hr, LISTS.adminLog.title).items.getById(id).delete());
    await expectRefused(list(hr, LISTS.adminLog.title).items.getById(id).recycle());
    // The product's audit refuses the civil servant too (SharePoint's answer, not a hidden button).
    await expect(createServicesForSite(connection(staff)).admin.audit.getAudit(YEAR)).rejects.toBeDefined();
  });

  it('periods and plans: only HR changes them; the staff, a manager and a unit head are refused', async () => {
    for (const who of [staff, manager, DEV_ACCOUNTS.unitHead.upn]) {
      await expectRefused(list(who, LISTS.periods.title).items.getById(periodId).update({ PeriodStatus: 'OPEN' }));
      await expectRefused(list(who, LISTS.periods.title).items.add({ Title: 'Tháng 13', EvalYear: YEAR, PeriodKind: 'MONTH', PeriodIndex: 13, PeriodStatus: 'OPEN' }));
      await expectRefused(list(who, LISTS.periods.title).items.getById(periodId).delete());
      await expectRefused(list(who, LISTS.plans.title).items.add({ Title: 'plan', EvalYear: YEAR, EmployeeLogin: who, ProductCode: 'VBHC', Quantity: 1, PlanKey: `p-${who}` }));
    }
    const plan = await list(hr, LISTS.plans.title).items.add({ Title: 'plan', EvalYear: YEAR, PeriodKind: 'MONTH', PeriodIndex: 12, EmployeeLogin: staff, ProductCode: 'VBHC', Quantity: 3, PlanKey: 'hr-plan' });
    const planId = (plan as { Id?: number; data?: { Id: number } }).Id ?? (plan as { data: { Id: number } }).data.Id;
    await expect(list(hr, LISTS.plans.title).items.getById(planId).update({ Quantity: 4 })).resolves.toBeDefined();
    await expectRefused(list(staff, LISTS.plans.title).items.getById(planId).update({ Quantity: 40 }));
  });

  it('settings, the catalogue and the units are dated histories: staff add nothing, HR adds rows and rewrites none', async () => {
    const rows: Array<[string, Record<string, unknown>]> = [
      [LISTS.settings.title, { Title: 'QuotaRate', SettingValue: '0.3', EffectiveFrom: '2026-01-01T00:00:00Z' }],
      [LISTS.productTypes.title, { Title: 'Báo cáo chuyên đề', ProductCode: 'BCCD-T', ConversionFactor: 2, EffectiveFrom: '2026-01-01T00:00:00Z' }],
      [LISTS.units.title, { Title: 'Phòng thử', UnitCode: 'PTHU', ParentCode: 'CDSVH', UnitLevel: 'DIVISION', HeadLogin: manager, EffectiveFrom: '2026-12-01T00:00:00Z' }]
    ];
    for (const [title, fields] of rows) {
      for (const who of [staff, manager]) await expectRefused(list(who, title).items.add(fields));
      const added = await list(hr, title).items.add(fields);
      const id = (added as { Id?: number; data?: { Id: number } }).Id ?? (added as { data: { Id: number } }).data.Id;
      await expectRefused(list(hr, title).items.getById(id).update({ Title: 'sửa lại' }));
      await expectRefused(list(hr, title).items.getById(id).delete());
      await expectRefused(list(staff, title).items.getById(id).update({ Title: 'sửa lại' }));
    }
  });

  it('the audit shows a period edited in its list without the journal, a history row a site owner edited, and an act filed in another person’s folder', async () => {
    // HR may edit periods (Contribute): done in the list rather than the screens, it leaves no entry.
    // (Some seconds after the period was created: an edit within the creation's second is the creation.)
    const { Created } = await list(hr, LISTS.periods.title).items.getById(periodId).select('Created')<{ Created: string }>();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(Created) + 8000 - Date.now())));
    await list(hr, LISTS.periods.title).items.getById(periodId).update({ Deadline: '2026-11-20T10:00:00Z' });
    // The owners may edit anything: a setting's row rewritten in place.
    const setting = await list(hr, LISTS.settings.title).items.add({ Title: 'ReminderDaysBefore', SettingValue: '3', EffectiveFrom: '2026-01-01T00:00:00Z' });
    const settingId = (setting as { Id?: number; data?: { Id: number } }).Id ?? (setting as { data: { Id: number } }).data.Id;
    await list(owner, LISTS.settings.title).items.getById(settingId).update({ SettingValue: '1' });
    // A civil servant files a "report" about a colleague in their own folder (the only place they may add).
    const colleague = DEV_ACCOUNTS.manager.upn;
    await actRepository(sp(staff), LISTS.periodScores).add(
      { Title: 'act', EvalYear: YEAR, EmployeeLogin: colleague, UnitCode: 'x', PeriodId: periodId, Step: 'SUBMITTED', ActKey: 'forged', Payload: '{"lines":[]}' },
      { folder: personalFolderName(staff) }
    );

    const audit = createServicesForSite(connection(hr)).admin.audit;
    const report = await audit.getAudit(YEAR);
    expect(report.outsideChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ list: LISTS.periods.title, itemId: periodId, why: 'PERIOD_NOT_JOURNALLED', changedBy: expect.stringContaining('Trần Thị Mai') }),
        expect.objectContaining({ list: LISTS.settings.title, itemId: settingId, why: 'ROW_EDITED' })
      ])
    );
    const ignored = await audit.getActsThatDoNotCount(YEAR);
    const forged = ignored.find((a) => a.step === 'SELF_ASSESSMENT' && a.reason.indexOf(personalFolderName(staff)) >= 0);
    expect(forged).toMatchObject({ check: 'AUTHORITY', authorName: 'Nguyễn Văn An', subjectName: 'Vũ Đức Minh' });
  }, 120000);
});
