import '@pnp/sp/site-groups/web';
import { createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { HR_GROUP } from '../../src/services/sharepoint/access';
import { LISTS, SCHEMA_VERSION } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { startTestIntranet } from '../intranet/support';

/**
 * The composition root against the local intranet: the very services the web parts use, over HTTP,
 * with PnPjs and the Graph client, acting as the sample ministry's people.
 */
describe('services built by the composition root, against the local intranet', () => {
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  const servicesFor = (upn: string): ReturnType<typeof createServicesForSite> =>
    createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn });

  beforeAll(async () => {
    intranet = await startTestIntranet();
  });
  afterAll(async () => {
    await intranet.close();
  });

  it('before setup, the administration view learns that every list is missing and the staff view says so', async () => {
    const status = await servicesFor(DEV_ACCOUNTS.siteOwner.upn).evaluation.getSetupStatus();
    expect(status.siteSchemaVersion).toBeUndefined();
    // Every list but HR's journal, which nobody else would see (its absence shows in the schema version).
    expect(status.missingLists).toHaveLength(Object.keys(LISTS).length - 1);
    await expect(servicesFor(DEV_ACCOUNTS.staff.upn).evaluation.getMyOverview(2026)).rejects.toMatchObject({ name: 'NotProvisionedError' });
  });

  it('a civil servant without rights on the site cannot set up the lists (403), and nothing is created', async () => {
    await expect(servicesFor(DEV_ACCOUNTS.staff.upn).provisioning.ensureSchema()).rejects.toMatchObject({ status: 403 });
    const status = await servicesFor(DEV_ACCOUNTS.siteOwner.upn).evaluation.getSetupStatus();
    // Every list but HR's journal, which nobody else would see (its absence shows in the schema version).
    expect(status.missingLists).toHaveLength(Object.keys(LISTS).length - 1);
  });

  it('the site owner sets up every list once; a second run changes nothing', async () => {
    const owner = servicesFor(DEV_ACCOUNTS.siteOwner.upn);
    const first = await owner.provisioning.ensureSchema();
    expect(first.createdLists.sort()).toEqual(Object.keys(LISTS).map((k) => LISTS[k as keyof typeof LISTS].title).sort());
    expect(first.fromVersion).toBeUndefined();
    expect(first.toVersion).toBe(SCHEMA_VERSION);

    const second = await owner.provisioning.ensureSchema();
    expect(second).toEqual({
      fromVersion: SCHEMA_VERSION,
      toVersion: SCHEMA_VERSION,
      createdLists: [],
      updatedLists: [],
      createdFields: [],
      indexedFields: [],
      access: { year: new Date().getFullYear(), foldersCreated: 0, foldersSecured: 0, groupsCreated: 0, membersAdded: 0 }
    });

    // Before the units list is filled there is no unit to scope, but HR's group is there to fill.
    expect(first.access).toEqual({ year: new Date().getFullYear(), foldersCreated: 0, foldersSecured: 0, groupsCreated: 1, membersAdded: 0 });
    const hrGroup = await createSpForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: DEV_ACCOUNTS.siteOwner.upn })
      .web.siteGroups.getByName(HR_GROUP)
      .select('Title')<{ Title: string }>();
    expect(hrGroup.Title).toBe(HR_GROUP);

    const status = await owner.evaluation.getSetupStatus();
    expect(status).toEqual({ expectedSchemaVersion: SCHEMA_VERSION, siteSchemaVersion: SCHEMA_VERSION, listCount: Object.keys(LISTS).length, missingLists: [] });
  });

  it('the first screen of a civil servant: who they are (from Graph) and an empty year', async () => {
    const overview = await servicesFor(DEV_ACCOUNTS.staff.upn).evaluation.getMyOverview(2026);
    expect(overview.me.displayName).toBe(DEV_ACCOUNTS.staff.displayName);
    expect(overview.me.department).toBe(DEV_ACCOUNTS.staff.department);
    expect(overview.periods).toEqual([]);
  });

  it('a manager’s inbox and the dashboard are empty before anything is submitted', async () => {
    await expect(servicesFor(DEV_ACCOUNTS.manager.upn).evaluation.getPendingTasks()).resolves.toEqual([]);
    await expect(servicesFor(DEV_ACCOUNTS.hr.upn).evaluation.getDashboard({ year: 2026 })).resolves.toMatchObject({ year: 2026, periods: [], units: [] });
  });

  it('the configuration lists (who leads, who evaluates) are read by everyone and changed by nobody but HR and the owners', async () => {
    const asStaff = createSpForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: DEV_ACCOUNTS.staff.upn });
    await expect(asStaff.web.lists.getByTitle(LISTS.units.title).items.select('Id')()).resolves.toEqual([]);
    const forged = asStaff.web.lists.getByTitle(LISTS.units.title).items.add({ Title: 'Cục giả', UnitCode: 'GIA', EvaluatorLogin: DEV_ACCOUNTS.staff.upn });
    await expect(forged).rejects.toMatchObject({ status: 403 });
  });
});
