import { SPFI, spPatch, spPost, SPInstance } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { PermissionKind } from '@pnp/sp/security';
import { DEV_ACCOUNTS, errorOf, spAs, startTestIntranet, statusOf } from './support';
import { basePermissionsOf } from '../../src/services/sharepoint/access';
import { Intranet } from '../../dev/server';

// A custom permission level ("Add and View, no Edit, no Delete") as the product creates it with PnPjs v4, and
// what it really allows: adding where it is granted, never editing, deleting or recycling, not even one's own.

let intranet: Intranet;
let owner: SPFI;
let staff: SPFI;
let ids: { staff: number };

const NAME = 'Add and View, no Edit, no Delete';
const ADD_AND_VIEW = [
  PermissionKind.ViewListItems, PermissionKind.AddListItems, PermissionKind.OpenItems, PermissionKind.ViewVersions, PermissionKind.ViewFormPages,
  PermissionKind.Open, PermissionKind.ViewPages, PermissionKind.BrowseUserInfo, PermissionKind.UseRemoteAPIs, PermissionKind.UseClientIntegration
];

beforeAll(async () => {
  intranet = await startTestIntranet();
  owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
  staff = spAs(intranet, DEV_ACCOUNTS.staff.upn);
  ids = { staff: (await owner.web.ensureUser(DEV_ACCOUNTS.staff.upn)).Id as number };
});

afterAll(async () => {
  await intranet.close();
});

async function levelId(): Promise<number> {
  return (await owner.web.roleDefinitions.getByName(NAME)()).Id as number;
}

describe('custom permission levels', () => {
  it('creates a level, reads it back by name and by id (BasePermissions as strings) and corrects its mask', async () => {
    const wrong = basePermissionsOf([...ADD_AND_VIEW, PermissionKind.EditListItems]);
    const added = await owner.web.roleDefinitions.add(NAME, 'Thêm và xem, không sửa, không xoá', 200, wrong);
    expect(added.data.Id).toBeGreaterThanOrEqual(1073741924);
    const byName = await owner.web.roleDefinitions.getByName(NAME)();
    expect(byName).toEqual(expect.objectContaining({
      Id: added.data.Id, Name: NAME, Description: 'Thêm và xem, không sửa, không xoá', Order: 200, RoleTypeKind: 0, Hidden: false,
      BasePermissions: { High: String(wrong.High), Low: String(wrong.Low) }
    }));
    const right = basePermissionsOf(ADD_AND_VIEW);
    expect(right).toEqual({ High: 48, Low: 134418531 });
    // the product's check: is the mask wrong? then MERGE it
    const current = (await owner.web.roleDefinitions.getById(added.data.Id as number)()).BasePermissions;
    expect(Number(current.Low) === right.Low && Number(current.High) === right.High).toBe(false);
    await owner.web.roleDefinitions.getById(added.data.Id as number).update({ BasePermissions: { ...right } });
    expect((await added.definition()).BasePermissions).toEqual({ High: '48', Low: '134418531' });
    expect((await owner.web.roleDefinitions()).map((d) => d.Name)).toContain(NAME);
    // any user can read the levels; only who manages permissions creates or changes them
    expect((await staff.web.roleDefinitions.getByName(NAME)()).Id).toBe(added.data.Id);
    const denied = await errorOf(staff.web.roleDefinitions.add('Của An', '', 300, right));
    expect(denied.status).toBe(403);
    expect(await statusOf(staff.web.roleDefinitions.getById(added.data.Id as number).update({ BasePermissions: { ...basePermissionsOf([]) } }))).toBe(403);
  });

  it('refuses a second level with the same name, numbers as Int64, and changing Full Control', async () => {
    const dup = await errorOf(owner.web.roleDefinitions.add(NAME.toUpperCase(), '', 201, basePermissionsOf(ADD_AND_VIEW)));
    expect(dup.code).toBe('-2130575293, Microsoft.SharePoint.SPException');
    // SharePoint reads Int64 from strings: a JSON number is refused (PnPjs always sends strings)
    const numbers = await errorOf(spPost(owner.web.roleDefinitions, body({ Name: 'Số', Description: '', Order: 1, BasePermissions: { High: 48, Low: 3 } })));
    expect(numbers.status).toBe(400);
    const fullControl = (await owner.web.roleDefinitions.getByType(5)()).Id as number;
    expect(await statusOf(owner.web.roleDefinitions.getById(fullControl).update({ BasePermissions: { ...basePermissionsOf(ADD_AND_VIEW) } }))).toBe(400);
    // a level can be deleted (its assignments go with it)
    const temp = await owner.web.roleDefinitions.add('Tạm', '', 400, basePermissionsOf([PermissionKind.ViewListItems]));
    await temp.definition.delete();
    expect(await statusOf(owner.web.roleDefinitions.getById(temp.data.Id as number)())).toBe(404);
  });

  it('lets a user add in the folder where the level is granted, and refuses edit, delete and recycle, even on their own items', async () => {
    const level = await levelId();
    await owner.web.lists.add('NopPhieu');
    const list = owner.web.lists.getByTitle('NopPhieu');
    const root = (await list.rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl as string;
    await list.rootFolder.folders.addUsingPath('DSVH-2026');
    const folderItem = await owner.web.getFolderByServerRelativePath(`${root}/DSVH-2026`).getItem();
    await folderItem.breakRoleInheritance(true, false);
    await folderItem.roleAssignments.add(ids.staff, level);
    const seen = await staff.web.getFolderByServerRelativePath(`${root}/DSVH-2026`).getItem();
    const perms = await seen.getCurrentUserEffectivePermissions();
    // the folder copied the site's Read (Visitors) and adds the level: still no Edit, no Delete
    expect(seen.hasPermissions(perms, PermissionKind.AddListItems)).toBe(true);
    expect(seen.hasPermissions(perms, PermissionKind.EditListItems)).toBe(false);
    expect(seen.hasPermissions(perms, PermissionKind.DeleteListItems)).toBe(false);

    const mineList = staff.web.lists.getByTitle('NopPhieu');
    const results = await mineList.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Phiếu của An' }], `${root}/DSVH-2026`);
    const id = Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
    const mine = mineList.items.getById(id);
    expect((await mine.select('Title', 'AuthorId')()).AuthorId).toBe(ids.staff);
    // the list itself gives Read only: adding at its root is refused
    expect(await statusOf(mineList.items.add({ Title: 'ở gốc' }))).toBe(403);

    const refusals: Array<[string, () => Promise<unknown>]> = [
      ['MERGE', () => mine.update({ Title: 'sửa' })],
      ['PATCH', () => spPatch(mine, body({ Title: 'sửa' }))],
      ['validateUpdateListItem', () => mine.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'sửa' }])],
      ['DELETE', () => mine.delete()],
      ['recycle', () => mine.recycle()],
      ['deleteWithParams', () => mine.deleteWithParams({ BypassSharedLock: false })]
    ];
    for (const [what, p] of refusals) {
      const e = await errorOf(p());
      expect([what, e.status, e.code]).toEqual([what, 403, '-2147024891, System.UnauthorizedAccessException']);
    }
    expect((await mine.select('Title')()).Title).toBe('Phiếu của An');
  });

  it('lets a user add with items.add where the level is granted on the list', async () => {
    await owner.web.lists.add('NopThang');
    const list = owner.web.lists.getByTitle('NopThang');
    await list.breakRoleInheritance(true, false);
    await list.roleAssignments.add(ids.staff, await levelId());
    const added = await staff.web.lists.getByTitle('NopThang').items.add({ Title: 'Tháng 1' });
    const item = staff.web.lists.getByTitle('NopThang').items.getById(added.Id as number);
    expect(await statusOf(item.update({ Title: 'Tháng 2' }))).toBe(403);
    expect(await statusOf(item.recycle())).toBe(403);
    expect(await statusOf(spPost(SPInstance(item, 'recycle')))).toBe(403);
    expect((await item()).Title).toBe('Tháng 1');
  });
});
