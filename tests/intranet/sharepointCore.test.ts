import { DefaultHeaders, DefaultInit, SPFI, spfi, spPost, SPQueryable } from '@pnp/sp';
import { BrowserFetch, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { ActAs, DEV_ACCOUNTS, errorOf, spAs, startTestIntranet, statusOf } from './support';
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

describe('request digest, web and users', () => {
  it('issues a form digest from contextinfo and refuses a POST without one', async () => {
    const ctx = await spPost<{ FormDigestValue: string; FormDigestTimeoutSeconds: number; WebFullUrl: string }>(
      SPQueryable([staff.web, `${intranet.siteUrl}/_api/contextinfo`]));
    expect(ctx.FormDigestValue).toMatch(/^0x[0-9A-F]{128},/);
    expect(ctx.FormDigestTimeoutSeconds).toBe(1800);
    expect(ctx.WebFullUrl).toBe(intranet.siteUrl);
    // PnPjs without its RequestDigest behaviour: SharePoint refuses the POST
    const noDigest = spfi(intranet.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetch(), DefaultParse(), ActAs(DEV_ACCOUNTS.siteOwner.upn));
    const e = await errorOf(noDigest.web.lists.add('NoDigest'));
    expect(e.status).toBe(403);
    expect(e.code).toBe('-2130575251, Microsoft.SharePoint.SPException');
  });

  it('answers an anonymous call with 401 and a SharePoint error body', async () => {
    const anonymous = spfi(intranet.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetch(), DefaultParse());
    const e = await errorOf(anonymous.web());
    expect(e.status).toBe(401);
    expect(e.code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect(e.message).toContain('X-Dev-User');
  });

  it('returns the web and the current user as JSON light', async () => {
    const web = await staff.web.select('Title', 'ServerRelativeUrl', 'Language')();
    expect(web).toEqual(expect.objectContaining({ ServerRelativeUrl: '/sites/danhgia', Language: 1066 }));
    const me = await staff.web.currentUser();
    expect(me.Title).toBe('Nguyễn Văn An');
    expect(me.LoginName).toBe(`i:0#.f|membership|${DEV_ACCOUNTS.staff.upn}`);
    expect(me.IsSiteAdmin).toBe(false);
    const admin = await owner.web.currentUser();
    expect(admin.IsSiteAdmin).toBe(true);
  });

  it('answers verbose OData when asked (d, __metadata)', async () => {
    const verbose = staff.using(InjectHeaders({ Accept: 'application/json;odata=verbose' }));
    const me = await verbose.web.currentUser<{ __metadata: { type: string }; Title: string }>();
    expect(me.__metadata.type).toBe('SP.User');
    expect(me.Title).toBe('Nguyễn Văn An');
  });

  it('lists site users, ensures a user by login or UPN, and finds users by id and e-mail', async () => {
    const users = await staff.web.siteUsers.filter(`Email eq '${DEV_ACCOUNTS.manager.upn}'`)();
    expect(users).toHaveLength(1);
    const ensured = await staff.web.ensureUser(`i:0#.f|membership|${DEV_ACCOUNTS.manager.upn}`);
    expect(ensured.Id).toBe(users[0].Id);
    const byId = await staff.web.siteUsers.getById(ensured.Id)();
    expect(byId.Email).toBe(DEV_ACCOUNTS.manager.upn);
    const byEmail = await staff.web.siteUsers.getByEmail(DEV_ACCOUNTS.manager.upn)();
    expect(byEmail.Id).toBe(ensured.Id);
    const byLogin = await staff.web.siteUsers.getByLoginName(`i:0#.f|membership|${DEV_ACCOUNTS.manager.upn}`)();
    expect(byLogin.Id).toBe(ensured.Id);
    const missing = await errorOf(staff.web.ensureUser('nobody@vhttdl.local'));
    expect(missing.status).toBe(404);
  });

  it('has the site groups and SharePoint permission levels', async () => {
    const groups = await staff.web.siteGroups();
    expect(groups.map((g) => g.Title)).toEqual(expect.arrayContaining(['Đánh giá công chức Owners', 'Đánh giá công chức Members', 'Đánh giá công chức Visitors']));
    const ownersGroup = await staff.web.associatedOwnerGroup();
    const ownerMembers = await staff.web.siteGroups.getById(ownersGroup.Id).users();
    expect(ownerMembers.map((u) => u.Email)).toContain(DEV_ACCOUNTS.siteOwner.upn);
    const defs = await staff.web.roleDefinitions();
    expect(defs.map((d) => d.Name)).toEqual(expect.arrayContaining(['Full Control', 'Edit', 'Contribute', 'Read']));
    const contribute = await staff.web.roleDefinitions.getByName('Contribute')();
    expect(contribute.RoleTypeKind).toBe(3);
    const group = await owner.web.siteGroups.add({ Title: 'Tổ thư ký', Description: 'Thư ký đơn vị' });
    await owner.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${DEV_ACCOUNTS.staff.upn}`);
    const members = await owner.web.siteGroups.getByName('Tổ thư ký').users();
    expect(members.map((u) => u.Email)).toEqual([DEV_ACCOUNTS.staff.upn]);
  });
});

describe('lists and fields', () => {
  it('creates a list, gets it by title and id, updates settings, and 404s a missing list', async () => {
    const created = await owner.web.lists.add('DanhGiaThang', 'Phiếu theo dõi tháng', 100, false, { EnableVersioning: true });
    expect(created.Id).toMatch(/^[0-9a-f-]{36}$/);
    const byTitle = await owner.web.lists.getByTitle('DanhGiaThang').select('Id', 'Title', 'EnableVersioning', 'ListItemEntityTypeFullName')();
    expect(byTitle).toEqual(expect.objectContaining({ Id: created.Id, EnableVersioning: true, ListItemEntityTypeFullName: 'SP.Data.DanhGiaThangListItem' }));
    const byId = await owner.web.lists.getById(created.Id)();
    expect(byId.Title).toBe('DanhGiaThang');
    await owner.web.lists.getByTitle('DanhGiaThang').update({ ReadSecurity: 2, WriteSecurity: 2, Description: 'Tháng' });
    const after = await owner.web.lists.getByTitle('DanhGiaThang').select('ReadSecurity', 'WriteSecurity', 'Description')();
    expect(after).toEqual(expect.objectContaining({ ReadSecurity: 2, WriteSecurity: 2, Description: 'Tháng' }));
    const ensured = await owner.web.lists.ensure('DanhGiaThang');
    expect(ensured.created).toBe(false);
    const missing = await errorOf(owner.web.lists.getByTitle('KhongTonTai')());
    expect(missing.status).toBe(404);
    expect(missing.code).toBe('-1, System.ArgumentException');
    expect(missing.message).toBe(`List 'KhongTonTai' does not exist at site with URL '${intranet.siteUrl}'.`);
  });

  it('refuses to create a list for a user without Manage Lists (403)', async () => {
    const e = await errorOf(staff.web.lists.add('Cấm'));
    expect(e.status).toBe(403);
    expect(e.code).toBe('-2147024891, System.UnauthorizedAccessException');
  });

  it('adds fields of every type the product uses, and updates Indexed', async () => {
    await owner.web.lists.add('DonVi');
    await owner.web.lists.add('TruongDuLieu');
    const units = await owner.web.lists.getByTitle('DonVi')();
    const fields = owner.web.lists.getByTitle('TruongDuLieu').fields;
    const text = await fields.addText('MaDonVi', { MaxLength: 50 });
    expect(text).toEqual(expect.objectContaining({ InternalName: 'MaDonVi', TypeAsString: 'Text', MaxLength: 50 }));
    await fields.addMultilineText('NhanXet');
    await fields.addNumber('Diem', { MinimumValue: 0, MaximumValue: 100 });
    await fields.addBoolean('DaKhoa');
    await fields.addDateTime('NgayNop');
    const user = await fields.addUser('NhanVien', { SelectionMode: 0 });
    expect(user.TypeAsString).toBe('User');
    const lookup = await fields.addLookup('DonViLookup', { LookupListId: units.Id, LookupFieldName: 'Title' });
    expect(lookup.TypeAsString).toBe('Lookup');
    const choice = await fields.addChoice('TrangThai', { Choices: ['Nháp', 'Đã nộp', 'Đã duyệt'] });
    // fields.add* ask for verbose OData, where a collection of strings comes as { results: [...] }
    expect((choice.Choices as unknown as { results: string[] }).results).toEqual(['Nháp', 'Đã nộp', 'Đã duyệt']);
    const fromXml = await fields.createFieldAsXml('<Field Type="Number" DisplayName="Nam" Name="Nam" Indexed="TRUE" />');
    expect(fromXml).toEqual(expect.objectContaining({ InternalName: 'Nam', Indexed: true }));
    const vietnamese = await fields.addText('Kỳ đánh giá');
    expect(vietnamese.InternalName).toBe('K_x1ef3__x0020__x0111__x00e1_nh_');
    await fields.getByInternalNameOrTitle('MaDonVi').update({ Indexed: true, Title: 'Mã đơn vị' });
    const updated = await fields.getByInternalNameOrTitle('MaDonVi')();
    expect(updated).toEqual(expect.objectContaining({ Indexed: true, Title: 'Mã đơn vị', InternalName: 'MaDonVi' }));
    const all = await fields.filter('Hidden eq false').select('InternalName')();
    expect(all.map((f) => f.InternalName)).toEqual(expect.arrayContaining(['Title', 'MaDonVi', 'NhanXet', 'Diem', 'DaKhoa', 'NgayNop', 'NhanVien', 'DonViLookup', 'TrangThai', 'Nam']));
  });
});

describe('items', () => {
  let unitIds: number[] = [];
  beforeAll(async () => {
    const l = await owner.web.lists.add('PhieuDanhGia');
    const u = await owner.web.lists.add('DonViTest');
    const fields = owner.web.lists.getByTitle('PhieuDanhGia').fields;
    await fields.addNumber('Diem');
    await fields.addBoolean('DaNop');
    await fields.addDateTime('NgayNop');
    await fields.addUser('NhanVien');
    await fields.addLookup('DonVi', { LookupListId: u.Id, LookupFieldName: 'Title' });
    await fields.addChoice('TrangThai', { Choices: ['Nháp', 'Đã nộp'] });
    expect(l.Id).toBeTruthy();
    const units = owner.web.lists.getByTitle('DonViTest').items;
    unitIds = [(await units.add({ Title: 'Cục Di sản văn hóa' })).Id as number, (await units.add({ Title: 'Vụ Pháp chế' })).Id as number];
    const staffUser = await owner.web.ensureUser(DEV_ACCOUNTS.staff.upn);
    const managerUser = await owner.web.ensureUser(DEV_ACCOUNTS.manager.upn);
    const items = owner.web.lists.getByTitle('PhieuDanhGia').items;
    for (let i = 1; i <= 30; i++) {
      await items.add({
        Title: `Phiếu ${String(i).padStart(2, '0')}`, Diem: i * 3, DaNop: i % 2 === 0, NgayNop: new Date(Date.UTC(2026, 0, i)).toISOString(),
        NhanVienId: i % 3 === 0 ? managerUser.Id : staffUser.Id, DonViId: unitIds[i % 2], TrangThai: i % 2 === 0 ? 'Đã nộp' : 'Nháp'
      });
    }
  });

  const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => owner.web.lists.getByTitle('PhieuDanhGia');

  it('adds an item and returns it with the server-set fields', async () => {
    const added = await list().items.add({ Title: 'Mới', Diem: 87.5 });
    expect(added).toEqual(expect.objectContaining({ Title: 'Mới', Diem: 87.5, Id: added.ID, OData__UIVersionString: '1.0' }));
    expect(added['odata.etag']).toBe('"1"');
    const got = await list().items.getById(added.Id as number)();
    expect(got.Title).toBe('Mới');
    await list().items.getById(added.Id as number).delete();
    expect(await statusOf(list().items.getById(added.Id as number)())).toBe(404);
  });

  it('rejects a property that is not a field, as SharePoint does', async () => {
    const e = await errorOf(list().items.add({ Title: 'x', KhongCo: 1 }));
    expect(e.status).toBe(400);
    expect(e.message).toBe("The property 'KhongCo' does not exist on type 'SP.Data.PhieuDanhGiaListItem'. Make sure to only use property names that are defined by the type.");
  });

  it('selects, filters on text, number, boolean, date, person and lookup, orders and tops', async () => {
    const eq = await list().items.select('Id', 'Title').filter("Title eq 'Phiếu 05'")();
    expect(eq.map((i) => i.Title)).toEqual(['Phiếu 05']);
    expect(Object.keys(eq[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Id', 'Title']);
    const num = await list().items.select('Diem').filter('Diem ge 60 and Diem lt 70').orderBy('Diem', false)();
    expect(num.map((i) => i.Diem)).toEqual([69, 66, 63, 60]);
    const bool = await list().items.filter('DaNop eq 1 and (Diem le 12 or Diem eq 90)').select('Diem')();
    expect(bool.map((i) => i.Diem)).toEqual([6, 12, 90]);
    const boolTrue = await list().items.filter('DaNop eq true').select('Id')();
    expect(boolTrue).toHaveLength(15);
    const date = await list().items.filter("NgayNop ge datetime'2026-01-10T00:00:00Z' and NgayNop lt datetime'2026-01-13T00:00:00Z'").select('Title')();
    expect(date.map((i) => i.Title)).toEqual(['Phiếu 10', 'Phiếu 11', 'Phiếu 12']);
    const start = await list().items.filter("startswith(Title, 'Phiếu 2')").select('Title')();
    expect(start).toHaveLength(10);
    const ne = await list().items.filter("TrangThai ne 'Nháp'").select('Id')();
    expect(ne).toHaveLength(15);
    const manager = await owner.web.ensureUser(DEV_ACCOUNTS.manager.upn);
    const person = await list().items.filter(`NhanVienId eq ${manager.Id as number}`).select('Id')();
    expect(person).toHaveLength(10);
    const personNav = await list().items.filter(`NhanVien/Id eq ${manager.Id as number}`).select('Id')();
    expect(personNav).toHaveLength(10);
    const personTitle = await list().items.select('Id', 'NhanVien/Title').expand('NhanVien').filter("NhanVien/Title eq 'Vũ Đức Minh'")();
    expect(personTitle).toHaveLength(10);
    const lookup = await list().items.filter(`DonViId eq ${unitIds[0]}`).select('Id')();
    expect(lookup).toHaveLength(15);
    const lookupTitle = await list().items.filter("DonVi/Title eq 'Vụ Pháp chế'").select('Id')();
    expect(lookupTitle).toHaveLength(15);
    const author = await list().items.filter(`AuthorId eq ${(await owner.web.currentUser()).Id as number}`).top(5)();
    expect(author).toHaveLength(5);
    const top = await list().items.top(3).orderBy('Title', false).select('Title')();
    expect(top.map((i) => i.Title)).toEqual(['Phiếu 30', 'Phiếu 29', 'Phiếu 28']);
  });

  it('expands person and lookup fields', async () => {
    const rows = await list().items.select('Title', 'NhanVien/Title', 'NhanVien/EMail', 'DonVi/Title', 'Author/Title').expand('NhanVien', 'DonVi', 'Author')
      .filter("Title eq 'Phiếu 03'")();
    expect(rows[0].NhanVien).toEqual(expect.objectContaining({ Title: 'Vũ Đức Minh', EMail: DEV_ACCOUNTS.manager.upn }));
    expect(rows[0].DonVi).toEqual(expect.objectContaining({ Title: 'Vụ Pháp chế' }));
    expect(rows[0].Author).toEqual(expect.objectContaining({ Title: 'Quản trị hệ thống' }));
    const e = await errorOf(list().items.select('NhanVien/Title')());
    expect(e.status).toBe(400);
    expect(e.message).toContain('$expand');
  });

  it('rejects a filter on a column that does not exist', async () => {
    const e = await errorOf(list().items.filter("KhongCo eq 'x'")());
    expect(e.status).toBe(400);
    expect(e.message).toBe("Column 'KhongCo' does not exist. It may have been deleted by another user.");
  });

  it('pages with odata.nextLink and $skiptoken (async iteration and skip)', async () => {
    const pages: number[][] = [];
    for await (const page of list().items.select('Id').top(7)) {
      pages.push((page as Array<{ Id: number }>).map((i) => i.Id));
    }
    expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 7, 2]);
    expect(new Set(pages.flat()).size).toBe(30);
    const res = await fetch(`${intranet.siteUrl}/_api/web/lists/getbytitle('PhieuDanhGia')/items?$select=Id&$top=10`, {
      headers: { Accept: 'application/json', 'X-Dev-User': DEV_ACCOUNTS.siteOwner.upn }
    });
    const body = (await res.json()) as { 'odata.nextLink': string; value: Array<{ Id: number }> };
    expect(decodeURIComponent(body['odata.nextLink'])).toContain(`$skiptoken=Paged=TRUE&p_ID=${body.value[9].Id}`);
    const skipped = await list().items.select('Id').skip(body.value[9].Id).top(3)();
    expect(skipped.map((i) => i.Id)).toEqual(pages.flat().slice(10, 13));
    // ordered paging carries the order-by value in the token
    const ordered: string[] = [];
    for await (const page of list().items.select('Title').orderBy('Diem', false).top(8)) {
      ordered.push(...(page as Array<{ Title: string }>).map((i) => i.Title));
    }
    expect(ordered).toHaveLength(30);
    expect(ordered[0]).toBe('Phiếu 30');
    expect(ordered[29]).toBe('Phiếu 01');
  });

  it('updates with MERGE and returns the new ETag; deletes; recycles', async () => {
    const added = await list().items.add({ Title: 'Sửa' });
    const item = list().items.getById(added.Id as number);
    const r = await item.update({ Diem: 50 }, added['odata.etag'] as string);
    expect(r.etag).toBe('"2"');
    expect((await item()).Diem).toBe(50);
    const recycleId = await item.recycle();
    expect(String(recycleId)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await statusOf(item())).toBe(404);
  });
});
