import { SPFI, spPostMerge } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { DEV_ACCOUNTS, errorOf, spAs, startTestIntranet, statusOf } from './support';
import { Intranet } from '../../dev/server';

let intranet: Intranet;
let owner: SPFI;
let staff: SPFI;
let manager: SPFI;
let ids: { staff: number; manager: number; visitors: number };
let roles: { read: number; contribute: number; edit: number };

beforeAll(async () => {
  intranet = await startTestIntranet();
  owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
  staff = spAs(intranet, DEV_ACCOUNTS.staff.upn);
  manager = spAs(intranet, DEV_ACCOUNTS.manager.upn);
  ids = {
    staff: (await owner.web.ensureUser(DEV_ACCOUNTS.staff.upn)).Id as number,
    manager: (await owner.web.ensureUser(DEV_ACCOUNTS.manager.upn)).Id as number,
    visitors: (await owner.web.associatedVisitorGroup()).Id as number
  };
  roles = {
    read: (await owner.web.roleDefinitions.getByName('Read')()).Id as number,
    contribute: (await owner.web.roleDefinitions.getByName('Contribute')()).Id as number,
    edit: (await owner.web.roleDefinitions.getByName('Edit')()).Id as number
  };
});

afterAll(async () => {
  await intranet.close();
});

/** A list everyone in the site can add to (Contribute for the Visitors group), as the product sets up its lists. */
async function contributeList(title: string, settings: Record<string, unknown> = {}): Promise<void> {
  await owner.web.lists.add(title, '', 100, false, settings);
  const list = owner.web.lists.getByTitle(title);
  await list.breakRoleInheritance(true, false);
  await list.roleAssignments.add(ids.visitors, roles.contribute);
}

describe('server-set fields', () => {
  it('sets Author, Editor, Created and Modified itself and ignores what the client sends', async () => {
    await contributeList('TacGia');
    const added = await staff.web.lists.getByTitle('TacGia').items.add({
      Title: 'Của tôi', AuthorId: ids.manager, EditorId: ids.manager, Created: '2000-01-01T00:00:00Z', Modified: '2000-01-01T00:00:00Z'
    });
    expect(added.AuthorId).toBe(ids.staff);
    expect(added.EditorId).toBe(ids.staff);
    expect(added.Created.startsWith('2000')).toBe(false);
    await manager.web.lists.getByTitle('TacGia').items.getById(added.Id as number).update({ Title: 'Sửa', AuthorId: ids.manager, Modified: '2000-01-01T00:00:00Z' });
    const after = await owner.web.lists.getByTitle('TacGia').items.getById(added.Id as number).select('AuthorId', 'EditorId', 'Created', 'Modified', 'Title')();
    expect(after).toEqual(expect.objectContaining({ AuthorId: ids.staff, EditorId: ids.manager, Title: 'Sửa', Created: added.Created }));
    expect(after.Modified >= after.Created).toBe(true);
  });
});

describe('ETags and If-Match', () => {
  it('increments the ETag on each write, answers 412 to a stale one, and overwrites without one or with *', async () => {
    await contributeList('PhienBan');
    const items = staff.web.lists.getByTitle('PhienBan').items;
    const added = await items.add({ Title: 'v1' });
    expect(added['odata.etag']).toBe('"1"');
    const item = items.getById(added.Id as number);
    const u1 = await item.update({ Title: 'v2' }, '"1"');
    expect(u1.etag).toBe('"2"');
    const stale = await errorOf(item.update({ Title: 'lost' }, '"1"'));
    expect(stale.status).toBe(412);
    expect(stale.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect(stale.message).toBe(`The request ETag value '"1"' does not match the object's ETag value '"2"'.`);
    expect((await item()).Title).toBe('v2');
    const star = await item.update({ Title: 'v3' });
    expect(star.etag).toBe('"3"');
    // a MERGE without any If-Match header overwrites too
    await spPostMerge(item, body({ Title: 'v4' }));
    const fresh = await item();
    expect(fresh['odata.etag']).toBe('"4"');
    expect(await statusOf(item.delete('"3"'))).toBe(412);
    await item.delete('"4"');
    expect(await statusOf(item())).toBe(404);
  });
});

describe('unique values', () => {
  it('refuses a second item with the value of a column that enforces unique values', async () => {
    await contributeList('KhoaDuyNhat');
    await owner.web.lists.getByTitle('KhoaDuyNhat').fields.add('ActKey', 2, { Indexed: true, EnforceUniqueValues: true });
    const items = staff.web.lists.getByTitle('KhoaDuyNhat').items;
    const first = await items.add({ Title: 'một', ActKey: 'k-1' });
    const dup = await errorOf(items.add({ Title: 'hai', ActKey: 'K-1' }));
    expect(dup.status).toBe(500);
    expect(dup.code).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect(dup.message).toBe('The list item could not be added or updated because duplicate values were found in one or more fields in the list.');
    const second = await items.add({ Title: 'hai', ActKey: 'k-2' });
    expect(await statusOf(items.getById(second.Id as number).update({ ActKey: 'k-1' }))).toBe(500);
    await items.getById(first.Id as number).update({ Title: 'một (sửa)', ActKey: 'k-1' });
    expect((await items.filter("ActKey eq 'k-1'")()).map((i) => i.Title)).toEqual(['một (sửa)']);
  });
});

describe('versions', () => {
  it('keeps the versions of an item when versioning is on', async () => {
    await contributeList('CoPhienBan', { EnableVersioning: true });
    const items = staff.web.lists.getByTitle('CoPhienBan').items;
    const added = await items.add({ Title: 'một' });
    await items.getById(added.Id as number).update({ Title: 'hai' });
    await manager.web.lists.getByTitle('CoPhienBan').items.getById(added.Id as number).update({ Title: 'ba' });
    const versions = await items.getById(added.Id as number).versions();
    expect(versions.map((v) => v.VersionLabel)).toEqual(['3.0', '2.0', '1.0']);
    expect(versions.map((v) => v.Title)).toEqual(['ba', 'hai', 'một']);
    expect(versions[0].IsCurrentVersion).toBe(true);
    expect(versions[0].Editor.LookupId).toBe(ids.manager);
    const v1 = await items.getById(added.Id as number).versions.getById(512)();
    expect(v1.Title).toBe('một');
  });
});

describe('permissions', () => {
  it('hides a list from a user without read, and answers 403 to a write without edit', async () => {
    await owner.web.lists.add('BiMat');
    const list = owner.web.lists.getByTitle('BiMat');
    await list.items.add({ Title: 'x' });
    await list.breakRoleInheritance(false, true);
    const e = await errorOf(staff.web.lists.getByTitle('BiMat')());
    expect(e.status).toBe(404);
    expect((await staff.web.lists.select('Title')()).map((l) => l.Title)).not.toContain('BiMat');
    await list.roleAssignments.add(ids.staff, roles.read);
    expect((await staff.web.lists.getByTitle('BiMat').items()).length).toBe(1);
    const denied = await errorOf(staff.web.lists.getByTitle('BiMat').items.add({ Title: 'y' }));
    expect(denied.status).toBe(403);
    expect(denied.code).toBe('-2147024891, System.UnauthorizedAccessException');
    await list.roleAssignments.add(ids.staff, roles.contribute);
    await staff.web.lists.getByTitle('BiMat').items.add({ Title: 'y' });
    const assignments = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    const mine = assignments.find((a) => a.PrincipalId === ids.staff) as unknown as { RoleDefinitionBindings: Array<{ Name: string }> };
    expect(mine.RoleDefinitionBindings.map((d) => d.Name).sort()).toEqual(['Contribute', 'Read']);
    await list.roleAssignments.remove(ids.staff, roles.contribute);
    await list.roleAssignments.remove(ids.staff, roles.read);
    expect(await statusOf(staff.web.lists.getByTitle('BiMat')())).toBe(404);
    await list.resetRoleInheritance();
    expect((await staff.web.lists.getByTitle('BiMat').items()).length).toBe(2);
    // only the owner may change permissions
    expect(await statusOf(staff.web.lists.getByTitle('BiMat').breakRoleInheritance(false))).toBe(403);
    // adding a role assignment to an object that inherits is refused, as SharePoint does
    expect(await statusOf(list.roleAssignments.add(ids.staff, roles.read))).toBe(400);
  });

  it('reports effective permissions for the current user', async () => {
    const list = staff.web.lists.getByTitle('BiMat');
    const perms = await list.getCurrentUserEffectivePermissions();
    expect(list.hasPermissions(perms, 1 /* ViewListItems */)).toBe(true);
    expect(list.hasPermissions(perms, 3 /* EditListItems */)).toBe(false);
    const ownerPerms = await owner.web.lists.getByTitle('BiMat').getUserEffectivePermissions(`i:0#.f|membership|${DEV_ACCOUNTS.staff.upn}`);
    expect(list.hasPermissions(ownerPerms, 1)).toBe(true);
  });

  it('scopes reading by folder: a folder with its own permissions hides its items', async () => {
    await contributeList('TheoDonVi');
    const list = owner.web.lists.getByTitle('TheoDonVi');
    await list.rootFolder.folders.addUsingPath('DSVH-2026');
    await list.rootFolder.folders.addUsingPath('PC-2026');
    const root = (await list.rootFolder()).ServerRelativeUrl as string;
    await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Phiếu DSVH' }], `${root}/DSVH-2026`);
    await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Phiếu PC' }], `${root}/PC-2026`);
    const folder = owner.web.getFolderByServerRelativePath(`${root}/DSVH-2026`);
    const folderItem = await folder.getItem();
    await folderItem.breakRoleInheritance(false, true);
    await folderItem.roleAssignments.add(ids.manager, roles.contribute);
    const staffSees = await staff.web.lists.getByTitle('TheoDonVi').items.select('Title', 'FileDirRef').filter('FSObjType eq 0')();
    expect(staffSees.map((i) => i.Title)).toEqual(['Phiếu PC']);
    const managerSees = await manager.web.lists.getByTitle('TheoDonVi').items.select('Title').filter(`FileDirRef eq '${root}/DSVH-2026'`)();
    expect(managerSees.map((i) => i.Title)).toEqual(['Phiếu DSVH']);
    const staffFolders = await staff.web.lists.getByTitle('TheoDonVi').rootFolder.folders();
    expect(staffFolders.map((f) => f.Name)).toEqual(['PC-2026']);
    expect(await statusOf(staff.web.getFolderByServerRelativePath(`${root}/DSVH-2026`)())).toBe(404);
    // the manager can add to the folder; the staff member cannot
    await manager.web.lists.getByTitle('TheoDonVi').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Của trưởng phòng' }], `${root}/DSVH-2026`);
    expect(await statusOf(staff.web.lists.getByTitle('TheoDonVi').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${root}/DSVH-2026`))).toBe(404);
    // resetting the folder gives everyone back what the list gives
    await folderItem.resetRoleInheritance();
    expect((await staff.web.lists.getByTitle('TheoDonVi').items.filter('FSObjType eq 0')()).length).toBe(3);
  });

  it('hides an item with its own permissions from users without read on it', async () => {
    await contributeList('MotPhieu');
    const items = owner.web.lists.getByTitle('MotPhieu').items;
    const a = await items.add({ Title: 'chung' });
    const b = await items.add({ Title: 'riêng' });
    await items.getById(b.Id as number).breakRoleInheritance(false, false);
    expect((await staff.web.lists.getByTitle('MotPhieu').items()).map((i) => i.Id)).toEqual([a.Id]);
    expect(await statusOf(staff.web.lists.getByTitle('MotPhieu').items.getById(b.Id as number)())).toBe(404);
    await items.getById(b.Id as number).roleAssignments.add(ids.staff, roles.read);
    expect((await staff.web.lists.getByTitle('MotPhieu').items()).map((i) => i.Id)).toEqual([a.Id, b.Id]);
    expect(await statusOf(staff.web.lists.getByTitle('MotPhieu').items.getById(b.Id as number).update({ Title: 'z' }))).toBe(403);
  });

  it('enforces item-level security: read and edit only own items (ReadSecurity/WriteSecurity = 2)', async () => {
    await contributeList('CuaAiNayXem', { ReadSecurity: 2, WriteSecurity: 2 });
    const mine = await staff.web.lists.getByTitle('CuaAiNayXem').items.add({ Title: 'của An' });
    const his = await manager.web.lists.getByTitle('CuaAiNayXem').items.add({ Title: 'của Minh' });
    expect((await staff.web.lists.getByTitle('CuaAiNayXem').items()).map((i) => i.Title)).toEqual(['của An']);
    expect(await statusOf(staff.web.lists.getByTitle('CuaAiNayXem').items.getById(his.Id as number)())).toBe(404);
    expect((await owner.web.lists.getByTitle('CuaAiNayXem').items()).length).toBe(2);
    await owner.web.lists.add('ChiSuaCuaMinh', '', 100, false, { WriteSecurity: 2 });
    const l2 = owner.web.lists.getByTitle('ChiSuaCuaMinh');
    await l2.breakRoleInheritance(true, false);
    await l2.roleAssignments.add(ids.visitors, roles.contribute);
    const staffItem = await staff.web.lists.getByTitle('ChiSuaCuaMinh').items.add({ Title: 'An viết' });
    const managerView = manager.web.lists.getByTitle('ChiSuaCuaMinh').items.getById(staffItem.Id as number);
    expect((await managerView()).Title).toBe('An viết');
    const forged = await errorOf(managerView.update({ Title: 'Minh sửa' }));
    expect(forged.status).toBe(403);
    expect(await statusOf(managerView.delete())).toBe(403);
    // Edit (which can manage lists) does not override item-level security; Design (Cancel Checkout) does
    await l2.roleAssignments.add(ids.manager, roles.edit);
    expect(await statusOf(managerView.update({ Title: 'Minh sửa' }))).toBe(403);
    const design = (await owner.web.roleDefinitions.getByName('Design')()).Id as number;
    await l2.roleAssignments.add(ids.manager, design);
    await managerView.update({ Title: 'Minh sửa (Design)' });
    await staff.web.lists.getByTitle('CuaAiNayXem').items.getById(mine.Id as number).update({ Title: 'của An (sửa)' });
    await owner.web.lists.getByTitle('ChiSuaCuaMinh').items.getById(staffItem.Id as number).update({ Title: 'chủ trang sửa' });
  });
});

describe('folders', () => {
  it('creates folders and subfolders, adds items in them and filters by folder', async () => {
    await contributeList('HoSo');
    const list = owner.web.lists.getByTitle('HoSo');
    const root = (await list.rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl as string;
    expect(root).toBe('/sites/danhgia/Lists/HoSo');
    const added = await list.rootFolder.folders.addUsingPath('2026');
    expect(added.ServerRelativeUrl).toBe(`${root}/2026`);
    await owner.web.getFolderByServerRelativePath(`${root}/2026`).addSubFolderUsingPath('DSVH');
    const sub = await owner.web.getFolderByServerRelativePath(`${root}/2026`).folders();
    expect(sub.map((f) => f.Name)).toEqual(['DSVH']);
    await owner.web.folders.addUsingPath(`${root}/2025`);
    const result = await staff.web.lists.getByTitle('HoSo').addValidateUpdateItemUsingPath(
      [{ FieldName: 'Title', FieldValue: 'Phiếu trong thư mục' }], `${root}/2026/DSVH`);
    const idValue = result.find((r) => r.FieldName === 'Id');
    expect(idValue?.FieldValue).toMatch(/^\d+$/);
    await staff.web.lists.getByTitle('HoSo').items.add({ Title: 'Ở gốc' });
    const inFolder = await staff.web.lists.getByTitle('HoSo').items.select('Title', 'FileDirRef', 'FileRef', 'AuthorId').filter(`FileDirRef eq '${root}/2026/DSVH'`)();
    expect(inFolder).toHaveLength(1);
    expect(inFolder[0]).toEqual(expect.objectContaining({ Title: 'Phiếu trong thư mục', FileDirRef: `${root}/2026/DSVH`, AuthorId: ids.staff }));
    const folders = await list.items.filter('FSObjType eq 1').select('FileLeafRef')();
    expect(folders.map((f) => f.FileLeafRef).sort()).toEqual(['2025', '2026', 'DSVH']);
    const folderItem = await owner.web.getFolderByServerRelativePath(`${root}/2026`).listItemAllFields();
    expect(folderItem.FileSystemObjectType).toBe(1);
  });
});

describe('$batch', () => {
  it('runs PnPjs batches with changesets, each request answered on its own, without a transaction', async () => {
    await contributeList('LoNhieu');
    const items = staff.web.lists.getByTitle('LoNhieu').items;
    const first = await items.add({ Title: 'đã có' });
    await items.getById(first.Id as number).update({ Title: 'đã sửa' });
    const [batched, execute] = staff.batched();
    const list = batched.web.lists.getByTitle('LoNhieu');
    const p1 = list.items.add({ Title: 'lô 1' });
    const p2 = list.items.add({ Title: 'lô 2' });
    const stale = list.items.getById(first.Id as number).update({ Title: 'cũ' }, '"1"');
    const p3 = list.items.add({ Title: 'lô 3' });
    const read = list.items.select('Title').top(100)();
    const staleStatus = statusOf(stale);
    await execute();
    expect((await p1).Title).toBe('lô 1');
    expect((await p2).Title).toBe('lô 2');
    expect((await p3).Title).toBe('lô 3');
    expect(await staleStatus).toBe(412);
    expect((await read).map((i: { Title: string }) => i.Title)).toEqual(['đã sửa', 'lô 1', 'lô 2', 'lô 3']);
  });

  it('splits more than 20 requests into several HTTP batches', async () => {
    const [batched, execute] = staff.batched();
    const list = batched.web.lists.getByTitle('LoNhieu');
    const adds = Array.from({ length: 45 }, (_, i) => list.items.add({ Title: `nhiều ${i}` }));
    await execute();
    const results = await Promise.all(adds);
    expect(new Set(results.map((r) => r.Id)).size).toBe(45);
  });
});
