import { SPFI } from '@pnp/sp';
import { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { DEV_ACCOUNTS, errorOf, spAs, startTestIntranet, statusOf } from './support';
import { Intranet } from '../../dev/server';

// Author, Editor, Created and Modified through the validate endpoints: the worst case (SharePoint Online is
// reported both ways), so the local intranet honours them there; plain REST adds and MERGEs ignore them.

let intranet: Intranet;
let owner: SPFI;
let staff: SPFI;
let ids: { staff: number; manager: number; hr: number; visitors: number };
let roles: { contribute: number };
let root: string;

const claim = (upn: string): string => `i:0#.f|membership|${upn}`;
const personValue = (upn: string): string => JSON.stringify([{ Key: claim(upn) }]);

beforeAll(async () => {
  intranet = await startTestIntranet();
  owner = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
  staff = spAs(intranet, DEV_ACCOUNTS.staff.upn);
  ids = {
    staff: (await owner.web.ensureUser(DEV_ACCOUNTS.staff.upn)).Id as number,
    manager: (await owner.web.ensureUser(DEV_ACCOUNTS.manager.upn)).Id as number,
    hr: (await owner.web.ensureUser(DEV_ACCOUNTS.hr.upn)).Id as number,
    visitors: (await owner.web.associatedVisitorGroup()).Id as number
  };
  roles = { contribute: (await owner.web.roleDefinitions.getByName('Contribute')()).Id as number };
  // everyone may add to GiaMao (Contribute for the Visitors group); ChiDoc keeps the site's Read
  await owner.web.lists.add('GiaMao', '', 100, false, { EnableVersioning: true });
  const list = owner.web.lists.getByTitle('GiaMao');
  await list.breakRoleInheritance(true, false);
  await list.roleAssignments.add(ids.visitors, roles.contribute);
  await list.rootFolder.folders.addUsingPath('DSVH-2026');
  root = (await list.rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl as string;
  await owner.web.lists.add('ChiDoc');
});

afterAll(async () => {
  await intranet.close();
});

interface Stamp {
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
  Title: string;
}

async function stampOf(id: number): Promise<Stamp> {
  return owner.web.lists.getByTitle('GiaMao').items.getById(id).select('AuthorId', 'EditorId', 'Created', 'Modified', 'Title')<Stamp>();
}

function idOf(results: IListItemFormUpdateValue[]): number {
  const id = results.find((r) => r.FieldName === 'Id');
  expect(id?.HasException).toBe(false);
  return Number(id?.FieldValue);
}

describe('Author and Editor through the validate endpoints', () => {
  it('keeps the permission checks: a Reader gets 403 whatever Author says', async () => {
    const chiDoc = (await owner.web.lists.getByTitle('ChiDoc').rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl as string;
    const denied = await errorOf(staff.web.lists.getByTitle('ChiDoc').addValidateUpdateItemUsingPath(
      [{ FieldName: 'Title', FieldValue: 'giả' }, { FieldName: 'Author', FieldValue: personValue(DEV_ACCOUNTS.manager.upn) }], chiDoc));
    expect(denied.status).toBe(403);
    expect(denied.code).toBe('-2147024891, System.UnauthorizedAccessException');
    const theirs = await owner.web.lists.getByTitle('ChiDoc').items.add({ Title: 'của chủ trang' });
    expect(await statusOf(staff.web.lists.getByTitle('ChiDoc').items.getById(theirs.Id as number).validateUpdateListItem(
      [{ FieldName: 'Author', FieldValue: personValue(DEV_ACCOUNTS.staff.upn) }]))).toBe(403);
    // an unknown person does not turn the 403 into a per-field answer
    expect(await statusOf(staff.web.lists.getByTitle('ChiDoc').addValidateUpdateItemUsingPath(
      [{ FieldName: 'Author', FieldValue: personValue('nobody@vhttdl.local') }], chiDoc))).toBe(403);
    expect((await owner.web.lists.getByTitle('ChiDoc').items()).length).toBe(1);
  });

  it('lets a contributor add an item whose Author (and Editor, Created, Modified) is someone else', async () => {
    const results = await staff.web.lists.getByTitle('GiaMao').addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'Phiếu của Minh?' },
      { FieldName: 'Author', FieldValue: personValue(DEV_ACCOUNTS.manager.upn) }
    ], `${root}/DSVH-2026`);
    expect(results.filter((r) => r.HasException)).toEqual([]);
    const forged = await stampOf(idOf(results));
    expect(forged.AuthorId).toBe(ids.manager);
    // Editor is not implied by Author: the caller, unless Editor is sent too
    expect(forged.EditorId).toBe(ids.staff);
    const all = await staff.web.lists.getByTitle('GiaMao').addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'Dấu vết xoá sạch' },
      { FieldName: 'Author', FieldValue: personValue(DEV_ACCOUNTS.manager.upn) },
      { FieldName: 'Editor', FieldValue: personValue(DEV_ACCOUNTS.manager.upn) },
      { FieldName: 'Created', FieldValue: '2025-01-02T03:04:05Z' },
      { FieldName: 'Modified', FieldValue: '2025-01-03T03:04:05Z' }
    ], root);
    expect(await stampOf(idOf(all))).toEqual(expect.objectContaining({
      AuthorId: ids.manager, EditorId: ids.manager, Created: '2025-01-02T03:04:05Z', Modified: '2025-01-03T03:04:05Z'
    }));
  });

  it('accepts a plain claims login, a UPN or an e-mail as the person', async () => {
    const email = (await owner.web.siteUsers.getById(ids.hr).select('Email')()).Email as string;
    const forms = [claim(DEV_ACCOUNTS.hr.upn), DEV_ACCOUNTS.hr.upn, email.toUpperCase()];
    for (const value of forms) {
      const results = await staff.web.lists.getByTitle('GiaMao').addValidateUpdateItemUsingPath(
        [{ FieldName: 'Title', FieldValue: value }, { FieldName: 'Author', FieldValue: value }], root);
      expect((await stampOf(idOf(results))).AuthorId).toBe(ids.hr);
    }
  });

  it('answers an unknown person on that field (HasException) and saves nothing', async () => {
    const before = (await owner.web.lists.getByTitle('GiaMao').items.select('Id')()).length;
    const results = await staff.web.lists.getByTitle('GiaMao').addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'không ai' },
      { FieldName: 'Author', FieldValue: personValue('nobody@vhttdl.local') }
    ], root);
    const author = results.find((r) => r.FieldName === 'Author');
    expect(author).toEqual(expect.objectContaining({ HasException: true, ErrorMessage: 'The user does not exist or is not unique.' }));
    expect(results.find((r) => r.FieldName === 'Title')?.HasException).toBe(false);
    expect(results.find((r) => r.FieldName === 'Id')).toBeUndefined();
    expect((await owner.web.lists.getByTitle('GiaMao').items.select('Id')()).length).toBe(before);
    // a group is not a person: Author refuses the "Everyone" claim
    const everyone = await owner.web.siteUsers.filter('PrincipalType eq 4').select('LoginName')();
    const group = await staff.web.lists.getByTitle('GiaMao').addValidateUpdateItemUsingPath(
      [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: everyone[0].LoginName as string }]) }], root);
    expect(group.find((r) => r.FieldName === 'Author')?.HasException).toBe(true);
    // a date that is not one
    const date = await staff.web.lists.getByTitle('GiaMao').addValidateUpdateItemUsingPath(
      [{ FieldName: 'Created', FieldValue: 'hôm qua' }], root);
    expect(date.find((r) => r.FieldName === 'Created')?.HasException).toBe(true);
  });

  it('lets the author of an item hand it to someone else through validateUpdateListItem', async () => {
    const mine = await staff.web.lists.getByTitle('GiaMao').items.add({ Title: 'của An' });
    const item = staff.web.lists.getByTitle('GiaMao').items.getById(mine.Id as number);
    const results = await item.validateUpdateListItem([
      { FieldName: 'Title', FieldValue: 'của Minh (giả)' },
      { FieldName: 'Author', FieldValue: personValue(DEV_ACCOUNTS.manager.upn) },
      { FieldName: 'Editor', FieldValue: claim(DEV_ACCOUNTS.manager.upn) },
      { FieldName: 'Created', FieldValue: '2024-06-01T08:00:00Z' },
      { FieldName: 'Modified', FieldValue: '2024-06-02T08:00:00Z' }
    ]);
    expect(results.every((r) => !r.HasException)).toBe(true);
    expect(await stampOf(mine.Id as number)).toEqual(expect.objectContaining({
      AuthorId: ids.manager, EditorId: ids.manager, Created: '2024-06-01T08:00:00Z', Modified: '2024-06-02T08:00:00Z', Title: 'của Minh (giả)'
    }));
    // the version history records the forged editor too
    const versions = await owner.web.lists.getByTitle('GiaMao').items.getById(mine.Id as number).versions();
    expect(versions[0].Editor.LookupId).toBe(ids.manager);
    // an unknown Editor fails that field and leaves the item as it was
    const bad = await item.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x' }, { FieldName: 'Editor', FieldValue: 'nobody@vhttdl.local' }]);
    expect(bad.find((r) => r.FieldName === 'Editor')?.HasException).toBe(true);
    expect((await stampOf(mine.Id as number)).Title).toBe('của Minh (giả)');
  });

  it('overwrites the current version instead of adding one when bNewDocumentUpdate is true', async () => {
    const mine = await staff.web.lists.getByTitle('GiaMao').items.add({ Title: 'bản gốc' });
    const item = staff.web.lists.getByTitle('GiaMao').items.getById(mine.Id as number);
    await item.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'bản sửa lặng lẽ' }], true);
    const versions = await item.versions();
    expect(versions.map((v) => v.Title)).toEqual(['bản sửa lặng lẽ']);
    await item.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'bản mới' }]);
    expect((await item.versions()).map((v) => v.Title)).toEqual(['bản mới', 'bản sửa lặng lẽ']);
  });
});

describe('Author and Editor through plain REST', () => {
  it('ignores Author, Editor, Created and Modified on items.add and item.update', async () => {
    const added = await staff.web.lists.getByTitle('GiaMao').items.add({
      Title: 'REST', AuthorId: ids.manager, EditorId: ids.manager, Created: '2000-01-01T00:00:00Z', Modified: '2000-01-01T00:00:00Z'
    });
    expect(added.AuthorId).toBe(ids.staff);
    expect(added.EditorId).toBe(ids.staff);
    await staff.web.lists.getByTitle('GiaMao').items.getById(added.Id as number).update({ AuthorId: ids.hr, Created: '2000-01-01T00:00:00Z' });
    const after = await stampOf(added.Id as number);
    expect(after.AuthorId).toBe(ids.staff);
    expect(after.Created.startsWith('2000')).toBe(false);
  });
});
