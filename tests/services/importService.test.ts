import * as fs from 'fs';
import * as path from 'path';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { CATALOGUE_EFFECTIVE_FROM, catalogueUnitCode, PRODUCT_CATALOGUE } from '../../dev/product/history/catalogue';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import { plansTemplate } from '../../src/domain/admin/import/template';
import { readWorkbook, writeTemplate } from '../../src/services/admin/import/readWorkbook';
import { createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet, statusOf } from '../intranet/support';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const bytesOf = (file: string): ArrayBuffer => {
  const buffer = fs.readFileSync(path.join(SAMPLES, file));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
};

/**
 * The shipped sample files read with exceljs in node (the same reader the browser runs), previewed and
 * written by HR on the local intranet's sample ministry; a staff member can write none of it.
 */
describe('import from Excel on the local intranet', () => {
  const YEAR = 2026;
  const hr = DEV_ACCOUNTS.hr.upn;
  const staff = DEV_ACCOUNTS.staff.upn;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => new Date('2026-12-07T09:00:00+07:00')
  });
  const imports = (upn: string): ReturnType<typeof createServicesForSite>['admin']['imports'] => createServicesForSite(connection(upn)).admin.imports;
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR], new Date('2026-11-28T09:00:00+07:00'));
    // The sample ministry's catalogue, as its history seeds it (dev/product/history/seedHistory).
    const products = sp(DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle(LISTS.productTypes.title).items;
    for (const p of PRODUCT_CATALOGUE) {
      await products.add({ Title: p.name, ProductCode: p.code, ConversionFactor: p.conversionFactor, EffectiveFrom: CATALOGUE_EFFECTIVE_FROM, ProductGroup: p.group, MeasureUnit: p.measureUnit, UnitCode: catalogueUnitCode(p) });
    }
  }, 420000);
  afterAll(async () => {
    await intranet.close();
  });

  it('reads the sample files’ header below their title, in the sheet before the guide', async () => {
    const sheets = await readWorkbook(bytesOf('danh-muc-san-pham.xlsx'));
    expect(sheets.map((s) => s.name)).toEqual(['Danh mục sản phẩm', 'Hướng dẫn']);
    expect(sheets[0].rows[3]).toEqual(['Mã', 'Tên sản phẩm', 'Nhóm', 'Đơn vị tính', 'Hệ số quy đổi', 'Đơn vị áp dụng', 'Hiệu lực từ', 'Hiệu lực đến']);
  });

  it('the units file of the sample ministry changes nothing on its site', async () => {
    const preview = await imports(hr).preview('UNITS', 'don-vi.xlsx', bytesOf('don-vi.xlsx'));
    expect(preview.problems.filter((p) => p.severity === 'ERROR')).toEqual([]);
    expect(preview.counts.NEW + preview.counts.CHANGED + preview.counts.REMOVED).toBe(0);
    expect(preview.counts.UNCHANGED).toBeGreaterThan(50);
  }, 60000);

  it('the catalogue file adds its two new products once; the same file again changes nothing; each write is journalled', async () => {
    const first = await imports(hr).preview('CATALOGUE', 'danh-muc-san-pham.xlsx', bytesOf('danh-muc-san-pham.xlsx'));
    expect(first.problems).toEqual([]);
    expect(first.counts).toEqual({ NEW: 2, CHANGED: 0, UNCHANGED: PRODUCT_CATALOGUE.length, REMOVED: 0 });
    expect(first.changes.filter((c) => c.status === 'NEW').map((c) => [c.key, c.effectiveFrom])).toEqual([
      ['HSQTG', '2027-01-01'],
      ['KBPHIM', '2027-01-01']
    ]);
    // Nothing is written by a preview.
    const before = await sp(hr).web.lists.getByTitle(LISTS.productTypes.title).items.select('Id')();
    expect(before).toHaveLength(PRODUCT_CATALOGUE.length);

    const result = await imports(hr).apply(first);
    expect(result.counts.NEW).toBe(2);
    const rows = await sp(hr).web.lists.getByTitle(LISTS.productTypes.title).items.select('ProductCode', 'UnitCode', 'ConversionFactor', 'EffectiveFrom')<Array<{ ProductCode: string; UnitCode: string; ConversionFactor: number; EffectiveFrom: string }>>();
    expect(rows.find((r) => r.ProductCode === 'HSQTG')).toMatchObject({ UnitCode: 'BQTG', ConversionFactor: 1.5 });

    const again = await imports(hr).preview('CATALOGUE', 'danh-muc-san-pham.xlsx', bytesOf('danh-muc-san-pham.xlsx'));
    expect(again.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: PRODUCT_CATALOGUE.length + 2, REMOVED: 0 });
    // Applying the first preview again (a retry) writes nothing more.
    await imports(hr).apply(first);
    expect(await sp(hr).web.lists.getByTitle(LISTS.productTypes.title).items.select('Id')()).toHaveLength(PRODUCT_CATALOGUE.length + 2);

    const journal = await createServicesForSite(connection(hr)).admin.journal.read();
    expect(journal.filter((e) => e.subject === 'PRODUCT' && e.action === 'ADD').map((e) => e.subjectKey).sort()).toEqual(['HSQTG', 'KBPHIM']);
    expect(journal.filter((e) => e.subject === 'IMPORT' && e.subjectKey === 'danh-muc-san-pham.xlsx').length).toBe(2);
  }, 120000);

  it('plans: added by PlanKey, a changed quantity updated, a product left out removed, other people untouched', async () => {
    const first = await imports(hr).preview('PLANS', 'ke-hoach-thang.xlsx', bytesOf('ke-hoach-thang.xlsx'));
    expect(first.problems.filter((p) => p.severity === 'ERROR')).toEqual([]);
    expect(first.counts.NEW).toBeGreaterThan(5);
    await imports(hr).apply(first);
    const planned = await imports(hr).plans(YEAR);
    expect(planned).toHaveLength(first.counts.NEW);
    expect(planned.every((p) => p.kind === 'MONTH' && p.index === 12 && p.unitCode === 'PC')).toBe(true);
    // Names from the directory, not only logins.
    expect(planned.some((p) => p.displayName !== p.login)).toBe(true);

    // The same month again for the first person only: one quantity changed, one product left out.
    const person = planned[0].login;
    const mine = planned.filter((p) => p.login === person);
    const edited = mine.slice(1).map((p, i) => ({ year: p.year, kind: p.kind, index: p.index, login: p.login, unitCode: p.unitCode, productCode: p.productCode, quantity: i === 0 ? p.quantity + 3 : p.quantity }));
    const second = await imports(hr).preview('PLANS', 'ke-hoach-sua.xlsx', await writeTemplate(plansTemplate(edited, 'ke-hoach-sua.xlsx')));
    expect(second.counts).toEqual({ NEW: 0, CHANGED: 1, UNCHANGED: edited.length - 1, REMOVED: 1 });
    await imports(hr).apply(second);
    const after = await imports(hr).plans(YEAR);
    expect(after).toHaveLength(planned.length - 1);
    expect(after.find((p) => p.login === person && p.productCode === edited[0].productCode)?.quantity).toBe(edited[0].quantity);
    expect(after.filter((p) => p.login !== person)).toEqual(planned.filter((p) => p.login !== person));
  }, 120000);

  it('a staff member can write no plan, product or unit (SharePoint refuses), and the import service with them', async () => {
    const staffSp = sp(staff);
    expect(await statusOf(staffSp.web.lists.getByTitle(LISTS.plans.title).items.add({ Title: 'x', EvalYear: YEAR, PeriodKind: 'MONTH', PeriodIndex: 12, EmployeeLogin: staff, UnitCode: 'PC', ProductCode: 'VBHC', Quantity: 99, PlanKey: 'x' }))).toBe(403);
    expect(await statusOf(staffSp.web.lists.getByTitle(LISTS.productTypes.title).items.add({ Title: 'x', ProductCode: 'XX', ConversionFactor: 50 }))).toBe(403);
    expect(await statusOf(staffSp.web.lists.getByTitle(LISTS.units.title).items.add({ Title: 'x', UnitCode: 'PC', UnitLevel: 'AGENCY', HeadLogin: staff }))).toBe(403);
    const plans = await sp(hr).web.lists.getByTitle(LISTS.plans.title).items.select('Id').top(1)<Array<{ Id: number }>>();
    expect(await statusOf(staffSp.web.lists.getByTitle(LISTS.plans.title).items.getById(plans[0].Id).update({ Quantity: 99 }))).toBe(403);
    expect(await statusOf(staffSp.web.lists.getByTitle(LISTS.plans.title).items.getById(plans[0].Id).delete())).toBe(403);

    const preview = await imports(hr).preview('CATALOGUE', 'danh-muc.xlsx', await writeTemplate({ fileName: 'x.xlsx', sheetName: 'S', title: 'T', notes: [], headers: ['Mã', 'Tên sản phẩm', 'Nhóm', 'Hệ số quy đổi'], rows: [['TROM', 'Sản phẩm lạ', 'Khác', 9]], guide: [] }));
    expect(preview.counts.NEW).toBe(1);
    await expect(imports(staff).apply(preview)).rejects.toBeDefined();
    const codes = (await sp(hr).web.lists.getByTitle(LISTS.productTypes.title).items.select('ProductCode')<Array<{ ProductCode: string }>>()).map((r) => r.ProductCode);
    expect(codes).not.toContain('TROM');
  }, 120000);
});
