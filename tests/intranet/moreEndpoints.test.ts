import { SPFI, spPost } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { DEV_ACCOUNTS, errorOf, spAs, startTestIntranet, statusOf } from './support';
import { Intranet } from '../../dev/server';

let intranet: Intranet;
let owner: SPFI;
let staff: SPFI;

beforeAll(async () => {
  intranet = await startTestIntranet();
  owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
  staff = spAs(intranet, DEV_ACCOUNTS.staff.upn);
});

afterAll(async () => {
  await intranet.close();
});

describe('more SharePoint endpoints', () => {
  it('grants a list to "Everyone except external users" through ensureUser', async () => {
    await owner.web.lists.add('ChoMoiNguoi');
    const list = owner.web.lists.getByTitle('ChoMoiNguoi');
    await list.breakRoleInheritance(false, true);
    expect(await statusOf(staff.web.lists.getByTitle('ChoMoiNguoi')())).toBe(404);
    const everyone = await owner.web.ensureUser('c:0-.f|rolemanager|spo-grid-all-users/8f3c2a1e-4b5d-4e6f-9a7b-0c1d2e3f4a5b');
    expect(everyone.PrincipalType).toBe(4);
    const contribute = await owner.web.roleDefinitions.getByType(3)();
    await list.roleAssignments.add(everyone.Id as number, contribute.Id as number);
    await staff.web.lists.getByTitle('ChoMoiNguoi').items.add({ Title: 'được' });
  });

  it('stores multi-value person and lookup fields, expands them, and takes form values', async () => {
    await owner.web.lists.add('Nhom');
    const groups = owner.web.lists.getByTitle('Nhom');
    const g1 = await groups.items.add({ Title: 'Nhóm A' });
    const g2 = await groups.items.add({ Title: 'Nhóm B' });
    await owner.web.lists.add('HopDong');
    const fields = owner.web.lists.getByTitle('HopDong').fields;
    await fields.addUser('NguoiDuHop', { AllowMultipleValues: true } as never);
    await fields.addLookup('CacNhom', { LookupListId: (await groups()).Id as string, LookupFieldName: 'Title', AllowMultipleValues: true } as never);
    await fields.addUser('ThuKy');
    const a = await owner.web.ensureUser(DEV_ACCOUNTS.staff.upn);
    const b = await owner.web.ensureUser(DEV_ACCOUNTS.manager.upn);
    const items = owner.web.lists.getByTitle('HopDong').items;
    const added = await items.add({ Title: 'Biên bản', NguoiDuHopId: [a.Id, b.Id], CacNhomId: { results: [g1.Id, g2.Id] } });
    expect(added.NguoiDuHopId).toEqual([a.Id, b.Id]);
    const rows = await items.select('NguoiDuHop/Title', 'CacNhom/Title').expand('NguoiDuHop', 'CacNhom').filter(`Id eq ${added.Id as number}`)();
    expect(rows[0].NguoiDuHop.map((u: { Title: string }) => u.Title)).toEqual(['Nguyễn Văn An', 'Vũ Đức Minh']);
    expect(rows[0].CacNhom.map((g: { Title: string }) => g.Title)).toEqual(['Nhóm A', 'Nhóm B']);
    // eq on a multi-value field matches any of its values
    expect((await items.filter(`NguoiDuHopId eq ${b.Id as number}`).select('Id')()).map((i) => i.Id)).toEqual([added.Id]);
    expect((await items.filter(`CacNhom/Id eq ${g2.Id as number}`).select('Id')()).map((i) => i.Id)).toEqual([added.Id]);
    expect(await items.filter('NguoiDuHopId eq 999').select('Id')()).toEqual([]);
    await items.getById(added.Id as number).validateUpdateListItem([
      { FieldName: 'ThuKy', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${DEV_ACCOUNTS.manager.upn}` }]) }
    ]);
    expect((await items.getById(added.Id as number).select('ThuKyId')()).ThuKyId).toBe(b.Id);
    const bad = await errorOf(items.add({ Title: 'x', ThuKyId: 999999 }));
    expect(bad.status).toBe(400);
  });

  it('answers nometadata, substringof, backwards paging and role definitions by type', async () => {
    await owner.web.lists.add('Chu');
    const items = owner.web.lists.getByTitle('Chu').items;
    for (const t of ['Hà Nội', 'Huế', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ']) {
      await items.add({ Title: t });
    }
    const nometadata = staff.using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
    const found = await nometadata.web.lists.getByTitle('Chu').items.select('Title').filter("substringof('Nẵng',Title)")();
    expect(found).toEqual([{ Title: 'Đà Nẵng' }]);
    const back = await items.select('Id').skip(4, true).top(2)();
    expect(back.map((i) => i.Id)).toEqual([2, 3]);
    expect((await staff.web.roleDefinitions.getByType(2)()).Name).toBe('Read');
  });

  it('deletes fields and lists, and removes group members', async () => {
    await owner.web.lists.add('Tam');
    const list = owner.web.lists.getByTitle('Tam');
    await list.fields.addText('Xoa');
    await list.fields.getByInternalNameOrTitle('Xoa').delete();
    expect(await statusOf(list.fields.getByInternalNameOrTitle('Xoa')())).toBe(404);
    await list.delete();
    expect(await statusOf(list())).toBe(404);
    const group = await owner.web.siteGroups.add({ Title: 'Tạm thời' });
    const g = owner.web.siteGroups.getById(group.Id as number);
    const u = await owner.web.ensureUser(DEV_ACCOUNTS.hr.upn);
    await g.users.add(`i:0#.f|membership|${DEV_ACCOUNTS.hr.upn}`);
    await g.users.removeById(u.Id as number);
    expect(await g.users()).toEqual([]);
  });

  it('refuses malformed JSON as SharePoint does', async () => {
    await owner.web.lists.add('JsonHong');
    const e = await errorOf(spPost(owner.web.lists.getByTitle('JsonHong').items, { body: '{"Title": ' }));
    expect(e.status).toBe(400);
    expect(e.message).toBe('Invalid JSON. A token was not recognized in the JSON content.');
  });

  it('counts requests for budgets', async () => {
    await fetch(`${intranet.url}/_dev/stats`, { method: 'DELETE' });
    await staff.web();
    await staff.web.currentUser();
    const stats = (await (await fetch(`${intranet.url}/_dev/stats`)).json()) as { sharepoint: number; graph: number; recent: Array<{ path: string; user: string; status: number }> };
    expect(stats).toEqual(expect.objectContaining({ sharepoint: 2, graph: 0 }));
    expect(stats.recent.map((r) => [r.path, r.user, r.status])).toEqual([
      ['/sites/danhgia/_api/web', DEV_ACCOUNTS.staff.upn, 200],
      ['/sites/danhgia/_api/web/currentUser', DEV_ACCOUNTS.staff.upn, 200]
    ]);
  });
});
