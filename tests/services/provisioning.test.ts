import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
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

  it('upgrades a site provisioned at the previous schema version in place, keeping every item', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    const v1 = await ensureSchema(sp, SCHEMA_VERSION - 1);
    expect(v1.createdLists).toHaveLength(ALL_LISTS.length);
    const decisionsBefore = await sp.web.lists.getByTitle(LISTS.decisions.title).fields.select('InternalName')<Array<{ InternalName: string }>>();
    expect(decisionsBefore.map((f) => f.InternalName)).not.toContain('ActKey');

    const periods = sp.web.lists.getByTitle(LISTS.periods.title).items;
    await periods.add({ Title: 'Tháng 1/2026', EvalYear: 2026, PeriodKind: 'MONTH', PeriodIndex: 1, PeriodStatus: 'CLOSED' });
    await periods.add({ Title: 'Tháng 2/2026', EvalYear: 2026, PeriodKind: 'MONTH', PeriodIndex: 2, PeriodStatus: 'OPEN' });
    const decisions = sp.web.lists.getByTitle(LISTS.decisions.title).items;
    await decisions.add({ Title: 'Quyết định', EvalYear: 2025, EmployeeLogin: DEV_ACCOUNTS.staff.upn, UnitCode: 'CDSVH', Rating: 'HTTNV', Payload: '{"reason":"Hoàn thành tốt"}' });

    const upgrade = await ensureSchema(sp);
    expect(upgrade.fromVersion).toBe(SCHEMA_VERSION - 1);
    expect(upgrade.toVersion).toBe(SCHEMA_VERSION);
    expect(upgrade.createdLists).toEqual([]);
    expect(upgrade.createdFields).toEqual(
      expect.arrayContaining([`${LISTS.decisions.title}.ActKey`, `${LISTS.workItems.title}.ActKey`, `${LISTS.units.title}.UnitLevel`])
    );

    const periodRows = await periods.select('Title', 'EvalYear', 'PeriodStatus').orderBy('PeriodIndex')<Array<{ Title: string; EvalYear: number; PeriodStatus: string }>>();
    expect(periodRows).toEqual([
      expect.objectContaining({ Title: 'Tháng 1/2026', EvalYear: 2026, PeriodStatus: 'CLOSED' }),
      expect.objectContaining({ Title: 'Tháng 2/2026', EvalYear: 2026, PeriodStatus: 'OPEN' })
    ]);
    const decisionRows = await decisions.select('EmployeeLogin', 'Rating', 'Payload')<Array<{ EmployeeLogin: string; Rating: string; Payload: string }>>();
    expect(decisionRows).toEqual([expect.objectContaining({ EmployeeLogin: DEV_ACCOUNTS.staff.upn, Rating: 'HTTNV', Payload: '{"reason":"Hoàn thành tốt"}' })]);

    const again = await ensureSchema(sp);
    expect(again).toEqual({ fromVersion: SCHEMA_VERSION, toVersion: SCHEMA_VERSION, createdLists: [], updatedLists: [], createdFields: [], indexedFields: [] });
  });

  it('leaves every list with versioning on, item-level write security on the lists of acts, and the query columns indexed', async () => {
    const sp = spAs(intranet, DEV_ACCOUNTS.siteOwner.upn);
    for (const spec of ALL_LISTS) {
      const list = sp.web.lists.getByTitle(spec.title);
      const settings = await list.select('EnableVersioning', 'WriteSecurity')<{ EnableVersioning: boolean; WriteSecurity: number }>();
      expect({ list: spec.title, versioning: settings.EnableVersioning, writeSecurity: settings.WriteSecurity }).toEqual({
        list: spec.title,
        versioning: true,
        writeSecurity: spec.ownItemsOnly ? 2 : 1
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
