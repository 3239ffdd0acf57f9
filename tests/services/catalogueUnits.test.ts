import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import { changeOf } from '../../src/domain/admin/units';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { orgAt } from '../../src/domain/org/unitHistory';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet, statusOf } from '../intranet/support';

/**
 * The catalogue and the units list, as HR runs them from the administration (admin.catalogue,
 * admin.units), against the local intranet: every change is a new row and a journal entry; SharePoint
 * itself refuses staff any row and HR any edit or deletion of an existing one.
 */
describe('catalogue and units: what HR records, what SharePoint refuses', () => {
  const YEAR = 2026;
  const TODAY = new Date('2026-11-28T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let november: number;
  const hr = DEV_ACCOUNTS.hr.upn;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => TODAY
  });
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  const services = (upn: string): ReturnType<typeof createServicesForSite> => createServicesForSite(connection(upn));
  const loadOrg = async (): Promise<OrgModel> => (await new OrgDirectoryService(sp(DEV_ACCOUNTS.siteOwner.upn), createGraphForSite(connection(DEV_ACCOUNTS.siteOwner.upn))).getOrg()).org;
  const report = { lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 2, completed: 2, completedOnTime: 2, evidence: [] }], generalCriteriaSelfScore: 27, comment: '' };

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 120 });
    await provisionSampleSite(intranet, [YEAR], TODAY);
    org = await loadOrg();
    await sp(DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle(LISTS.productTypes.title).items.add({ Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, ProductGroup: 'Văn bản', EffectiveFrom: '2026-01-01T00:00:00Z' });
    const periods = await services(staff).evaluation.getPeriods(YEAR);
    november = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
  }, 180000);
  afterAll(async () => {
    await intranet.close();
  });

  it('HR adds, changes and retires products as new rows, each journalled; the period form offers the unit’s catalogue', async () => {
    const catalogue = services(hr).admin.catalogue;
    const agency = org.units[org.people[staff].unitCode].parentCode as string;
    const otherAgency = Object.keys(org.units).find((c) => org.units[c].level === 'AGENCY' && c !== agency) as string;
    await catalogue.add({ code: 'hsct', name: 'Hồ sơ chuyên ngành của Cục', conversionFactor: 2, group: 'Hồ sơ', unitCode: agency, effectiveFrom: '2026-01-01' }, 'Danh mục của Cục');
    await catalogue.add({ code: 'KHAC', name: 'Sản phẩm của đơn vị khác', conversionFactor: 2, group: 'Hồ sơ', unitCode: otherAgency, effectiveFrom: '2026-01-01' });
    await catalogue.add({ code: 'THU', name: 'Sản phẩm thử', conversionFactor: 1, group: 'Khác', effectiveFrom: '2026-01-01' });
    await catalogue.change({ code: 'THU', name: 'Sản phẩm thử', conversionFactor: 1.5, group: 'Khác', effectiveFrom: '2026-11-01' }, 'Hệ số mới');
    await catalogue.retire('THU', '2026-11-20', 'Không dùng nữa');

    const view = await catalogue.list();
    const thu = view.versions.filter((v) => v.code === 'THU');
    expect(thu.map((v) => [v.conversionFactor, v.effectiveFrom.slice(0, 10), v.effectiveTo ? v.effectiveTo.slice(0, 10) : ''])).toEqual([
      [1, '2026-01-01', ''],
      [1.5, '2026-11-01', ''],
      [1.5, '2026-11-01', '2026-11-20']
    ]);
    const journal = await services(hr).admin.journal.read('PRODUCT');
    expect(journal.filter((e) => e.subjectKey === 'THU').map((e) => e.action)).toEqual(['RETIRE', 'CHANGE', 'ADD']);
    expect(journal.find((e) => e.action === 'RETIRE')).toMatchObject({ reason: 'Không dùng nữa', byLogin: hr });

    // The civil servant's November: the ministry's products, their Cục's, not another Cục's; the one
    // retired on the 20th is still offered for November, at the factor of its last day.
    const form = await services(staff).journey.period.getMyPeriod(november);
    expect(form.catalogue.map((c) => `${c.code} ${c.conversionFactor}`).sort()).toEqual(['HSCT 2', 'THU 1.5', 'VBHC 1']);
  });

  it('a product a report used is retired only after that period; staff can add no product, HR edit or delete none (REST)', async () => {
    await services(staff).journey.period.submitMyPeriod(november, report);
    await expect(services(hr).admin.catalogue.retire('VBHC', '2026-11-15')).rejects.toMatchObject({ problems: [{ field: 'effectiveTo', code: 'USED_AFTER', params: ['2026-11-30'] }] });
    expect((await services(hr).admin.catalogue.uses([YEAR])).VBHC).toMatchObject({ reports: 1 });

    const products = sp(hr).web.lists.getByTitle(LISTS.productTypes.title);
    const [first] = await products.items.select('Id').filter("ProductCode eq 'VBHC'").top(1)<Array<{ Id: number }>>();
    expect(await statusOf(products.items.getById(first.Id).update({ ConversionFactor: 9 }))).toBe(403);
    expect(await statusOf(products.items.getById(first.Id).delete())).toBe(403);
    expect(await statusOf(sp(staff).web.lists.getByTitle(LISTS.productTypes.title).items.add({ Title: 'x', ProductCode: 'XX', ConversionFactor: 1 }))).toBe(403);
    // Through the product's own service too: SharePoint refuses it, nothing is journalled.
    await expect(services(staff).admin.catalogue.add({ code: 'XY', name: 'Giả', conversionFactor: 1, group: 'Khác', effectiveFrom: '2026-12-01' })).rejects.toMatchObject({ status: 403 });
    const staffRows = await sp(hr).web.lists.getByTitle(LISTS.productTypes.title).items.select('Id').filter("ProductCode eq 'XY' or ProductCode eq 'XX'")<unknown[]>();
    expect(staffRows).toHaveLength(0);
  });

  it('HR records a unit’s new deputy as a dated row (journalled); a self-appointment is refused; staff add no unit row, HR edit none', async () => {
    const division = org.people[staff].unitCode;
    const colleague = Object.keys(org.people).find((l) => l !== staff && org.people[l].unitCode === division && org.people[l].managerLogin === manager) as string;
    // The sample's rows hold from when they were added (now): a change is dated after them.
    const later = new Date(Date.now() + 2 * 86400000);
    const day = later.toISOString().slice(0, 10);
    const units = createServicesForSite({ ...connection(hr), today: () => later }).admin.units;
    const view = await units.getUnits();
    const unit = view.units.find((u) => u.code === division) as NonNullable<(typeof view.units)[number]>;
    expect(view.people[manager].displayName).toBeTruthy();
    expect((await units.searchDirectory('vu duc')).map((p) => p.login)).toContain(manager);

    const refused = (await units.recordChange({ ...changeOf(unit, day), deputyLogins: [hr] }).catch((e: unknown) => e)) as { problems: Array<{ field: string; code: string }> };
    expect(refused.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['deputyLogins:SELF_APPOINTED']);
    await units.recordChange({ ...changeOf(unit, day), deputyLogins: [colleague], taskGroupMembers: { [staff]: unit.taskGroups[0] } });
    const after = await units.getUnits();
    expect(after.units.find((u) => u.code === division)).toMatchObject({ deputyLogins: [colleague], taskGroupMembers: { [staff]: unit.taskGroups[0] } });
    const entry = (await services(hr).admin.journal.read('UNIT'))[0];
    expect(entry).toMatchObject({ subjectKey: division, action: 'CHANGE', byLogin: hr });
    // The org model reads the task group kept on the row (Graph has none), from the row's date.
    expect(orgAt(await loadOrg(), later.toISOString()).people[staff].taskGroup).toBe(unit.taskGroups[0]);
    expect((await loadOrg()).people[staff].taskGroup).toBeUndefined();

    const unitList = sp(hr).web.lists.getByTitle(LISTS.units.title);
    const [row] = await unitList.items.select('Id').filter(`UnitCode eq '${division}'`).top(1)<Array<{ Id: number }>>();
    expect(await statusOf(unitList.items.getById(row.Id).update({ HeadLogin: hr }))).toBe(403);
    expect(await statusOf(unitList.items.getById(row.Id).delete())).toBe(403);
    expect(await statusOf(sp(staff).web.lists.getByTitle(LISTS.units.title).items.add({ Title: 'Giả', UnitCode: division, HeadLogin: staff }))).toBe(403);
    await expect(createServicesForSite({ ...connection(staff), today: () => later }).admin.units.recordChange({ ...changeOf(unit, day), headLogin: manager })).rejects.toMatchObject({ status: 403 });
  });
});
