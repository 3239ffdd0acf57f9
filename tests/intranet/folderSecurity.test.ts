import { SPFI, spDelete, spPost, SPInstance } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/recycle-bin';
import { DEV_ACCOUNTS, errorOf, spAs, startTestIntranet, statusOf } from './support';
import { basePermissionsOf } from '../../src/services/sharepoint/access';
import { Intranet } from '../../dev/server';

// Folders: who may delete or recycle one (not Read, not a level without Delete), what goes with it (all it
// holds, whoever wrote it), and Cancel Checkout granted on a folder (exempts its contents from item-level security).

let intranet: Intranet;
let owner: SPFI;
let staff: SPFI;
let manager: SPFI;
let ids: { staff: number; manager: number; visitors: number };
let roles: { read: number; contribute: number; design: number; addAndView: number };

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
  const addAndView = await owner.web.roleDefinitions.add('Add and View, no Edit, no Delete', '', 200, basePermissionsOf([
    PermissionKind.ViewListItems, PermissionKind.AddListItems, PermissionKind.OpenItems, PermissionKind.ViewVersions, PermissionKind.ViewFormPages,
    PermissionKind.Open, PermissionKind.ViewPages, PermissionKind.BrowseUserInfo, PermissionKind.UseRemoteAPIs, PermissionKind.UseClientIntegration
  ]));
  roles = {
    read: (await owner.web.roleDefinitions.getByName('Read')()).Id as number,
    contribute: (await owner.web.roleDefinitions.getByName('Contribute')()).Id as number,
    design: (await owner.web.roleDefinitions.getByName('Design')()).Id as number,
    addAndView: addAndView.data.Id as number
  };
});

afterAll(async () => {
  await intranet.close();
});

async function rootOf(title: string): Promise<string> {
  return (await owner.web.lists.getByTitle(title).rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl as string;
}

/** A folder of `title` with its own permissions: what the list gives (copied), plus `grants`. */
async function folderWith(title: string, leaf: string, grants: Array<[number, number]>): Promise<number> {
  const list = owner.web.lists.getByTitle(title);
  await list.rootFolder.folders.addUsingPath(leaf);
  const item = await owner.web.getFolderByServerRelativePath(`${await rootOf(title)}/${leaf}`).getItem('Id');
  if (grants.length > 0) {
    await item.breakRoleInheritance(true, false);
    for (const [principal, role] of grants) {
      await item.roleAssignments.add(principal, role);
    }
  }
  return (await item()).Id as number;
}

async function addIn(sp: SPFI, title: string, folder: string, text: string): Promise<number> {
  const results = await sp.web.lists.getByTitle(title).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: text }], folder);
  return Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
}

describe('deleting and recycling folders', () => {
  it('refuses a user with Read or with Add and View (no Delete) every way of deleting or recycling the folder', async () => {
    await owner.web.lists.add('HoSoXoa');
    const root = await rootOf('HoSoXoa');
    const folders: Record<string, number> = {
      ChiThem: await folderWith('HoSoXoa', 'ChiThem', [[ids.staff, roles.addAndView]]),
      ChiDoc: await folderWith('HoSoXoa', 'ChiDoc', [])
    };
    for (const [leaf, folderId] of Object.entries(folders)) {
      const inside = await addIn(owner, 'HoSoXoa', `${root}/${leaf}`, `của chủ trang trong ${leaf}`);
      const folder = staff.web.getFolderByServerRelativePath(`${root}/${leaf}`);
      const asItem = staff.web.lists.getByTitle('HoSoXoa').items.getById(folderId);
      const attempts: Array<[string, () => Promise<unknown>]> = [
        ['folder.recycle', () => folder.recycle()],
        ['folder.delete', () => folder.delete()],
        ['folder.deleteWithParams', () => folder.deleteWithParams({ BypassSharedLock: false })],
        ['getItem().delete', async () => (await folder.getItem()).delete()],
        ['getItem().recycle', async () => (await folder.getItem()).recycle()],
        ['listItemAllFields DELETE', () => spDelete(folder.listItemAllFields)],
        ['listItemAllFields/recycle', () => spPost(SPInstance(folder, 'listItemAllFields/recycle'))],
        ['items(id).delete', () => asItem.delete()],
        ['items(id).recycle', () => asItem.recycle()]
      ];
      for (const [what, attempt] of attempts) {
        const e = await errorOf(attempt());
        expect([leaf, what, e.status, e.code]).toEqual([leaf, what, 403, '-2147024891, System.UnauthorizedAccessException']);
      }
      expect((await owner.web.getFolderByServerRelativePath(`${root}/${leaf}`)()).Name).toBe(leaf);
      expect((await owner.web.lists.getByTitle('HoSoXoa').items.getById(inside).select('Title')()).Title).toBe(`của chủ trang trong ${leaf}`);
    }
  });

  it('takes everything in the folder when a user with Contribute on it recycles or deletes it, whoever wrote it', async () => {
    // the list: item-level security on (read and edit own items only), everyone reads
    await owner.web.lists.add('HoSoChung', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    const root = await rootOf('HoSoChung');
    for (const leaf of ['Thu', 'Xoa']) {
      await folderWith('HoSoChung', leaf, [[ids.staff, roles.contribute], [ids.manager, roles.contribute]]);
      const his = await addIn(manager, 'HoSoChung', `${root}/${leaf}`, `của Minh trong ${leaf}`);
      await owner.web.getFolderByServerRelativePath(`${root}/${leaf}`).addSubFolderUsingPath('Con');
      const deeper = await addIn(manager, 'HoSoChung', `${root}/${leaf}/Con`, `của Minh trong ${leaf}/Con`);
      // an item the staff member cannot even see (its own permissions, without them)
      const hidden = await addIn(owner, 'HoSoChung', `${root}/${leaf}`, `riêng trong ${leaf}`);
      await owner.web.lists.getByTitle('HoSoChung').items.getById(hidden).breakRoleInheritance(false, false);
      expect(await statusOf(staff.web.lists.getByTitle('HoSoChung').items.getById(his)())).toBe(404);
      expect(await statusOf(staff.web.lists.getByTitle('HoSoChung').items.getById(his).delete())).toBe(404);

      const folder = staff.web.getFolderByServerRelativePath(`${root}/${leaf}`);
      if (leaf === 'Thu') {
        await folder.recycle();
      } else {
        await folder.delete();
      }
      const left = await owner.web.lists.getByTitle('HoSoChung').items.select('Title', 'FileDirRef')();
      expect(left.filter((i) => String(i.FileDirRef).startsWith(`${root}/${leaf}`))).toEqual([]);
      for (const id of [his, deeper, hidden]) {
        expect(await statusOf(owner.web.lists.getByTitle('HoSoChung').items.getById(id)())).toBe(404);
      }
      expect(await statusOf(owner.web.getFolderByServerRelativePath(`${root}/${leaf}`)())).toBe(404);
      expect((await manager.web.lists.getByTitle('HoSoChung').items.filter('FSObjType eq 0')()).map((i) => i.Title)).toEqual([]);
    }
    // the recycled folder is in the recycle bin of who recycled it; the deleted one is not
    const bin = await staff.web.recycleBin();
    expect(bin.map((r) => r.Title)).toEqual(['Thu']);
  });

  it('lets anyone with Contribute on the list delete a folder someone else created, even with WriteSecurity = 2', async () => {
    await owner.web.lists.add('ThuMucCuaChu', '', 100, false, { WriteSecurity: 2 });
    const list = owner.web.lists.getByTitle('ThuMucCuaChu');
    await list.breakRoleInheritance(true, false);
    await list.roleAssignments.add(ids.visitors, roles.contribute);
    const root = await rootOf('ThuMucCuaChu');
    await list.rootFolder.folders.addUsingPath('CuaChu');
    const his = await addIn(manager, 'ThuMucCuaChu', `${root}/CuaChu`, 'của Minh');
    expect(await statusOf(staff.web.lists.getByTitle('ThuMucCuaChu').items.getById(his).delete())).toBe(403);
    await staff.web.getFolderByServerRelativePath(`${root}/CuaChu`).recycle();
    expect(await statusOf(owner.web.lists.getByTitle('ThuMucCuaChu').items.getById(his)())).toBe(404);
  });
});

describe('Cancel Checkout granted on a folder', () => {
  it('exempts the folder\'s contents from ReadSecurity and WriteSecurity, not the rest of the list', async () => {
    await owner.web.lists.add('RiengTu', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    const list = owner.web.lists.getByTitle('RiengTu');
    await list.breakRoleInheritance(true, false);
    await list.roleAssignments.add(ids.visitors, roles.contribute);
    const root = await rootOf('RiengTu');
    await folderWith('RiengTu', 'DSVH', [[ids.staff, roles.design]]);
    await owner.web.getFolderByServerRelativePath(`${root}/DSVH`).addSubFolderUsingPath('Phong');
    const inFolder = await addIn(manager, 'RiengTu', `${root}/DSVH`, 'của Minh trong DSVH');
    const deeper = await addIn(manager, 'RiengTu', `${root}/DSVH/Phong`, 'của Minh trong DSVH/Phong');
    const atRoot = (await manager.web.lists.getByTitle('RiengTu').items.add({ Title: 'của Minh ở gốc' })).Id as number;
    const items = staff.web.lists.getByTitle('RiengTu').items;
    expect((await items.filter('FSObjType eq 0').select('Title')()).map((i) => i.Title).sort())
      .toEqual(['của Minh trong DSVH', 'của Minh trong DSVH/Phong']);
    await items.getById(inFolder).update({ Title: 'An sửa' });
    await items.getById(deeper).update({ Title: 'An sửa (Phong)' });
    expect(await statusOf(items.getById(atRoot)())).toBe(404);
    // someone without Cancel Checkout there still sees only their own items
    const hr = spAs(intranet, DEV_ACCOUNTS.hr.upn);
    expect(await hr.web.lists.getByTitle('RiengTu').items.filter('FSObjType eq 0')()).toEqual([]);
    expect(await statusOf(hr.web.lists.getByTitle('RiengTu').items.getById(inFolder)())).toBe(404);
  });

  it('exempts an item whose own permissions grant Cancel Checkout', async () => {
    await owner.web.lists.add('RiengTuMot', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    const list = owner.web.lists.getByTitle('RiengTuMot');
    await list.breakRoleInheritance(true, false);
    await list.roleAssignments.add(ids.visitors, roles.contribute);
    const a = (await manager.web.lists.getByTitle('RiengTuMot').items.add({ Title: 'mở cho An' })).Id as number;
    await manager.web.lists.getByTitle('RiengTuMot').items.add({ Title: 'không mở' });
    const item = owner.web.lists.getByTitle('RiengTuMot').items.getById(a);
    await item.breakRoleInheritance(true, false);
    await item.roleAssignments.add(ids.staff, roles.design);
    expect((await staff.web.lists.getByTitle('RiengTuMot').items.select('Title')()).map((i) => i.Title)).toEqual(['mở cho An']);
    await staff.web.lists.getByTitle('RiengTuMot').items.getById(a).update({ Title: 'An sửa' });
  });
});
