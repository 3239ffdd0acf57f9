import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { ReadScope } from '../../src/domain/org/readScopes';
import { ensureAccess } from '../../src/services/sharepoint/access';
import { ensureSchema } from '../../src/services/sharepoint/provisioning';
import { ALL_LISTS, LISTS, SCHEMA_VERSION } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { spAs, startTestIntranet } from '../intranet/support';

/** Provisioning as a site owner runs it, over HTTP with PnPjs, against the local intranet. */
describe('provisioning the lists (ensure)', () => {
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  beforeAll(async () => {
    intranet = await startTestIntranet();
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('upgrades a populated schema-2 site in place: every item kept, keys no longer unique, drafts, journal and plans lists, dated units, periods, settings and catalogue', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    const v2 = await ensureSchema(sp, 2);
    // Drafts came with schema 3, the journal and the plans with 4, the organisation's snapshot with 6.
    expect(v2.createdLists).toHaveLength(ALL_LISTS.length - 4);
    expect(v2.createdLists).not.toContain(LISTS.orgSnapshots.title);
    expect(v2.createdLists).not.toContain(LISTS.drafts.title);
    expect(v2.createdLists).not.toContain(LISTS.adminLog.title);
    const actKeyOf = async (): Promise<{ EnforceUniqueValues?: boolean; Indexed: boolean }> =>
      sp.web.lists.getByTitle(LISTS.decisions.title).fields.getByInternalNameOrTitle('ActKey').select('EnforceUniqueValues', 'Indexed')();
    expect(await actKeyOf()).toMatchObject({ EnforceUniqueValues: true, Indexed: true });

    const periods = sp.web.lists.getByTitle(LISTS.periods.title).items;
    await periods.add({ Title: 'Tháng 1/2026', EvalYear: 2026, PeriodKind: 'MONTH', PeriodIndex: 1, PeriodStatus: 'CLOSED' });
    await periods.add({ Title: 'Tháng 2/2026', EvalYear: 2026, PeriodKind: 'MONTH', PeriodIndex: 2, PeriodStatus: 'OPEN' });
    const decisions = sp.web.lists.getByTitle(LISTS.decisions.title).items;
    await decisions.add({ Title: 'Quyết định', EvalYear: 2025, EmployeeLogin: DEV_ACCOUNTS.staff.upn, UnitCode: 'CDSVH', ActKey: 'DC-2025-an-1', Rating: 'HTTNV', Payload: '{"reason":"Hoàn thành tốt"}' });

    const upgrade = await ensureSchema(sp);
    expect(upgrade.fromVersion).toBe(2);
    expect(upgrade.toVersion).toBe(SCHEMA_VERSION);
    expect(upgrade.createdLists.sort()).toEqual(['DGCC_AdminLog', 'DGCC_Drafts', 'DGCC_OrgSnapshots', 'DGCC_Plans']);
    const newLists = ['DGCC_AdminLog', 'DGCC_Drafts', 'DGCC_OrgSnapshots', 'DGCC_Plans'];
    expect(upgrade.createdFields.filter((f) => !newLists.some((l) => f.indexOf(`${l}.`) === 0)).sort()).toEqual(
      [
        'DGCC_Periods.ClosedAt',
        'DGCC_Periods.LockedAt',
        'DGCC_Periods.DeadlineOverrides',
        'DGCC_Units.EffectiveFrom',
        'DGCC_Units.PeriodKind',
        'DGCC_Units.TaskGroupMembers',
        'DGCC_Settings.EffectiveFrom',
        'DGCC_ProductTypes.ProductGroup',
        'DGCC_ProductTypes.UnitCode',
        'DGCC_ProductTypes.MeasureUnit'
      ].sort()
    );
    // ActKey stays indexed but is no longer unique: a predictable key must not let anyone block another's act.
    expect(await actKeyOf()).toMatchObject({ EnforceUniqueValues: false, Indexed: true });
    await expect(decisions.add({ Title: 'Cùng khóa', EvalYear: 2025, EmployeeLogin: 'x', UnitCode: 'CDSVH', ActKey: 'DC-2025-an-1' })).resolves.toBeDefined();

    const periodRows = await periods.select('Title', 'EvalYear', 'PeriodStatus').orderBy('PeriodIndex')<Array<{ Title: string; EvalYear: number; PeriodStatus: string }>>();
    expect(periodRows).toEqual([
      expect.objectContaining({ Title: 'Tháng 1/2026', EvalYear: 2026, PeriodStatus: 'CLOSED' }),
      expect.objectContaining({ Title: 'Tháng 2/2026', EvalYear: 2026, PeriodStatus: 'OPEN' })
    ]);
    const decisionRows = await decisions.select('EmployeeLogin', 'Rating', 'Payload').filter("Title eq 'Quyết định'")<Array<{ EmployeeLogin: string; Rating: string; Payload: string }>>();
    expect(decisionRows).toEqual([expect.objectContaining({ EmployeeLogin: DEV_ACCOUNTS.staff.upn, Rating: 'HTTNV', Payload: '{"reason":"Hoàn thành tốt"}' })]);

    const again = await ensureSchema(sp);
    expect(again).toEqual({ fromVersion: SCHEMA_VERSION, toVersion: SCHEMA_VERSION, createdLists: [], updatedLists: [], createdFields: [], indexedFields: [] });
  });

  it('upgrades a schema-5 site to 6: the organisation snapshot list added with its columns, nothing else touched', async () => {
    const other = await startTestIntranet();
    try {
      const sp = spAs(other, DEV_ACCOUNTS.siteOwner.upn);
      const v5 = await ensureSchema(sp, 5);
      expect(v5.createdLists).not.toContain(LISTS.orgSnapshots.title);
      const units = sp.web.lists.getByTitle(LISTS.units.title).items;
      await units.add({ Title: 'Vụ Tổ chức cán bộ', UnitCode: 'TCCB', UnitLevel: 'AGENCY' });
      const upgrade = await ensureSchema(sp);
      expect({ from: upgrade.fromVersion, to: upgrade.toVersion, lists: upgrade.createdLists, updated: upgrade.updatedLists, indexed: upgrade.indexedFields }).toEqual({
        from: 5,
        to: 6,
        lists: [LISTS.orgSnapshots.title],
        updated: [],
        indexed: []
      });
      expect(upgrade.createdFields.sort()).toEqual(LISTS.orgSnapshots.fields.map((f) => `${LISTS.orgSnapshots.title}.${f.name}`).sort());
      expect(await units.select('UnitCode')<Array<{ UnitCode: string }>>()).toEqual([expect.objectContaining({ UnitCode: 'TCCB' })]);
    } finally {
      await other.close();
    }
  });

  it('applies the new permission levels to a populated unit-year folder of an earlier version, keeping every item (Contribute becomes add-and-view)', async () => {
    const owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    await ensureSchema(owner);
    const staff = DEV_ACCOUNTS.staff.upn;
    const reviews = owner.web.lists.getByTitle(LISTS.reviews.title);
    // As schema 2 secured it: the unit's people with Contribute on its folder, and an act of theirs in it.
    const group = await owner.web.siteGroups.add({ Title: 'DGCC QLDT-2026', OnlyAllowMembersViewMembership: false });
    await owner.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${staff}`);
    await reviews.rootFolder.folders.addUsingPath('QLDT-2026');
    const folderItem = await reviews.rootFolder.folders.getByUrl('QLDT-2026').getItem();
    await folderItem.breakRoleInheritance(false, true);
    const contribute = await owner.web.roleDefinitions.getByType(3)<{ Id: number }>();
    await folderItem.roleAssignments.add(group.Id, contribute.Id);
    const asStaff = spAs(intranet, staff).web.lists.getByTitle(LISTS.reviews.title);
    const root = await asStaff.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    await asStaff.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'Ghi trước khi nâng cấp' },
        { FieldName: 'EvalYear', FieldValue: '2026' },
        { FieldName: 'EmployeeLogin', FieldValue: staff },
        { FieldName: 'UnitCode', FieldValue: 'QLDT' },
        { FieldName: 'ActKey', FieldValue: 'old-1' }
      ],
      `${root.ServerRelativeUrl}/QLDT-2026`
    );
    const before = await reviews.items.select('Id', 'Title', 'ActKey')<Array<{ Id: number; Title: string; ActKey: string }>>();

    const scope: ReadScope = {
      unitCode: 'QLDT',
      year: 2026,
      folderName: 'QLDT-2026',
      groupName: 'DGCC QLDT-2026',
      readerLogins: [staff, DEV_ACCOUNTS.manager.upn],
      managerLogins: [DEV_ACCOUNTS.manager.upn],
      keeperLogins: [DEV_ACCOUNTS.manager.upn],
      evaluatorLogins: [DEV_ACCOUNTS.unitHead.upn]
    };
    const first = await ensureAccess(owner, [scope], [DEV_ACCOUNTS.hr.upn]);
    expect(first.grantsRemoved).toBeGreaterThan(0);
    expect(await reviews.items.select('Id', 'Title', 'ActKey')()).toEqual(before);
    // The civil servant still reads the folder, but no longer adds a review there, nor changes the old one.
    const [old] = await asStaff.items.select('Id').filter("ActKey eq 'old-1'")<Array<{ Id: number }>>();
    await expect(asStaff.items.getById(old.Id).update({ Title: 'Sửa sau' })).rejects.toMatchObject({ status: 403 });
    await expect(asStaff.items.getById(old.Id).recycle()).rejects.toMatchObject({ status: 403 });
    await expect(
      asStaff.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Mới' }, { FieldName: 'ActKey', FieldValue: 'new-1' }], `${root.ServerRelativeUrl}/QLDT-2026`)
    ).rejects.toMatchObject({ status: 403 });
    // The direct manager adds there (add and view), and edits nothing either.
    const asManager = spAs(intranet, DEV_ACCOUNTS.manager.upn).web.lists.getByTitle(LISTS.reviews.title);
    await expect(
      asManager.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Chấm' }, { FieldName: 'ActKey', FieldValue: 'rv-1' }], `${root.ServerRelativeUrl}/QLDT-2026`)
    ).resolves.toBeDefined();
    // A second run changes nothing.
    const second = await ensureAccess(owner, [scope], [DEV_ACCOUNTS.hr.upn]);
    expect({ created: second.foldersCreated, secured: second.foldersSecured, removed: second.grantsRemoved }).toEqual({ created: 0, secured: 0, removed: 0 });
  });

  it('leaves every list with versioning on, item-level write security on the lists of acts, and the query columns indexed', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    for (const spec of ALL_LISTS) {
      const list = sp.web.lists.getByTitle(spec.title);
      const settings = await list.select('EnableVersioning', 'ReadSecurity', 'WriteSecurity')<{ EnableVersioning: boolean; ReadSecurity: number; WriteSecurity: number }>();
      expect({ list: spec.title, versioning: settings.EnableVersioning, readSecurity: settings.ReadSecurity, writeSecurity: settings.WriteSecurity }).toEqual({
        list: spec.title,
        versioning: true,
        // The drafts are private: each person reads and edits only their own.
        readSecurity: spec.privateItems ? 2 : 1,
        writeSecurity: spec.ownItemsOnly || spec.privateItems ? 2 : 1
      });
      const fields = await list.fields.select('InternalName', 'Indexed')<Array<{ InternalName: string; Indexed: boolean }>>();
      for (const field of spec.fields.filter((f) => f.indexed)) {
        expect({ field: `${spec.title}.${field.name}`, indexed: fields.find((f) => f.InternalName === field.name)?.Indexed }).toEqual({
          field: `${spec.title}.${field.name}`,
          indexed: true
        });
      }
    }
  });

  it('repairs a column whose index was removed and a list whose write security was loosened', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    await sp.web.lists.getByTitle(LISTS.reviews.title).fields.getByInternalNameOrTitle('EmployeeLogin').update({ Indexed: false });
    await sp.web.lists.getByTitle(LISTS.decisions.title).update({ WriteSecurity: 1 });

    const repair = await ensureSchema(sp);
    expect(repair.indexedFields).toEqual([`${LISTS.reviews.title}.EmployeeLogin`]);
    expect(repair.updatedLists).toEqual([LISTS.decisions.title]);
  });

  it('refuses to downgrade a site that a newer version of the product already upgraded', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    await expect(ensureSchema(sp, SCHEMA_VERSION - 1)).rejects.toThrow(/newer than this product/);
  });
});
