import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import { snapshotParts } from '../../src/domain/org/orgSnapshot';
import { createServicesForSite } from '../../src/services/forSite';
import { OrgDirectoryService, type LoadedOrg } from '../../src/services/graph/OrgDirectoryService';
import { LISTS } from '../../src/services/sharepoint/schema';
import { graphAs, spAs, startTestIntranet } from '../intranet/support';

/**
 * The organisation's dated snapshot (issue 13) against the local intranet: HR takes it and it is
 * journalled; a view then reads the organisation in ONE request, without Graph; nobody but HR and the
 * owners writes it, and a part written by anyone else (the list's permissions loosened) changes
 * nobody's manager; a snapshot older than HR's limit is not used; a due one is refreshed by HR.
 */
describe('the organisation snapshot', () => {
  const YEAR = 2026;
  const DAY = 24 * 3600 * 1000;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  const staff = DEV_ACCOUNTS.staff.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  const owner = DEV_ACCOUNTS.siteOwner.upn;
  const orgAs = (upn: string, today: Date = new Date()): OrgDirectoryService => new OrgDirectoryService(spAs(intranet, upn), graphAs(intranet, upn), () => today);
  const stats = async (reset: boolean): Promise<{ sharepoint: number; graph: number }> =>
    (await (await fetch(`${intranet.url}/_dev/stats`, { method: reset ? 'DELETE' : 'GET' })).json()) as { sharepoint: number; graph: number };
  const partsCount = async (): Promise<number> => (await spAs(intranet, hr).web.lists.getByTitle(LISTS.orgSnapshots.title).items.select('Id')()).length;
  const managers = (loaded: LoadedOrg): { [login: string]: string | undefined } => {
    const out: { [login: string]: string | undefined } = {};
    (loaded.directory || []).forEach((p) => (out[p.login.toLowerCase()] = p.managerLogin && p.managerLogin.toLowerCase()));
    return out;
  };
  let fromGraph: LoadedOrg;

  beforeAll(async () => {
    intranet = await startTestIntranet();
    await provisionSampleSite(intranet, [YEAR], new Date('2026-11-28T09:00:00+07:00'));
  }, 300000);
  afterAll(async () => {
    await intranet.close();
  });

  it('no snapshot yet: the organisation is read from Graph and HR is told so', async () => {
    fromGraph = await orgAs(staff).getOrg();
    expect(fromGraph.snapshot).toEqual({ takenAt: undefined, people: undefined, used: false, maxAgeDays: 7 });
    expect((fromGraph.directory || []).length).toBeGreaterThan(100);
  });

  it('HR takes it from the units tab: journalled as HR’s act; then a view reads the organisation in one request, without Graph, the same people and managers', async () => {
    const taken = await createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: hr }).admin.units.refreshSnapshot();
    expect(taken.people).toBe((fromGraph.directory || []).length);
    const journal = await createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: hr }).admin.journal.read('UNIT');
    expect(journal[0]).toMatchObject({ subjectKey: 'DIRECTORY', action: 'SNAPSHOT', byLogin: hr, after: expect.objectContaining({ people: taken.people }) });

    await stats(true);
    const loaded = await orgAs(staff).getOrg();
    const counted = await stats(false);
    expect({ sharepoint: counted.sharepoint, graph: counted.graph }).toEqual({ sharepoint: 1, graph: 0 });
    expect(loaded.snapshot).toMatchObject({ used: true, people: taken.people });
    expect(managers(loaded)).toEqual(managers(fromGraph));
    expect(Object.keys(loaded.org.units).sort()).toEqual(Object.keys(fromGraph.org.units).sort());
    // The HR tab says when it was taken and how many people.
    const view = await createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: hr }).admin.units.getUnits();
    expect(view.snapshot).toMatchObject({ used: true, people: taken.people, takenAt: expect.any(String) });
  });

  it('a civil servant cannot write a part: SharePoint refuses the add and the refresh', async () => {
    const part = snapshotParts([{ login: staff, displayName: 'An', managerLogin: staff }], 'forged')[0];
    await expect(
      spAs(intranet, staff).web.lists.getByTitle(LISTS.orgSnapshots.title).items.add({ Title: 'x', SnapshotId: 'forged', PartIndex: 0, PartCount: 1, PeopleCount: 1, Payload: part.text })
    ).rejects.toMatchObject({ status: 403 });
    await expect(createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: staff }).admin.units.refreshSnapshot()).rejects.toBeDefined();
  });

  it('with the list’s permissions loosened, a civil servant’s complete snapshot making them everyone’s manager changes nobody’s manager', async () => {
    const ownerSp = spAs(intranet, owner);
    const list = ownerSp.web.lists.getByTitle(LISTS.orgSnapshots.title);
    const members = await ownerSp.web.associatedMemberGroup<{ Id: number }>();
    const visitors = await ownerSp.web.associatedVisitorGroup<{ Id: number }>();
    const contribute = await ownerSp.web.roleDefinitions.getByType(3)<{ Id: number }>();
    await list.roleAssignments.add(members.Id, contribute.Id);
    await list.roleAssignments.add(visitors.Id, contribute.Id);
    const forged = (fromGraph.directory || []).map((p) => ({ ...p, managerLogin: p.login === staff ? undefined : staff }));
    const asStaff = spAs(intranet, staff).web.lists.getByTitle(LISTS.orgSnapshots.title);
    for (const part of snapshotParts(forged, 'forged-by-staff')) {
      await asStaff.items.add({ Title: 'x', SnapshotId: part.snapshotId, PartIndex: part.index, PartCount: part.count, PeopleCount: part.people, Payload: part.text });
    }
    const loaded = await orgAs(DEV_ACCOUNTS.manager.upn).getOrg();
    expect(loaded.snapshot && loaded.snapshot.used).toBe(true);
    expect(managers(loaded)).toEqual(managers(fromGraph));
    expect(Object.keys(managers(loaded)).filter((login) => managers(loaded)[login] === staff)).toEqual(
      Object.keys(managers(fromGraph)).filter((login) => managers(fromGraph)[login] === staff)
    );
    // The owner puts the list's permissions back (the set-up's ensureAccess would too).
    await list.roleAssignments.remove(members.Id, contribute.Id);
    await list.roleAssignments.remove(visitors.Id, contribute.Id);
  });

  it('a snapshot older than HR’s limit (org.snapshotMaxAgeDays, 7 days) is not used: the organisation is read from Graph again', async () => {
    await stats(true);
    const loaded = await orgAs(staff, new Date(Date.now() + 8 * DAY)).getOrg();
    const counted = await stats(false);
    expect(loaded.snapshot).toMatchObject({ used: false, maxAgeDays: 7, takenAt: expect.any(String) });
    expect(counted.graph).toBeGreaterThan(0);
    expect(managers(loaded)).toEqual(managers(fromGraph));
  });

  it('HR’s shorter limit applies: with org.snapshotMaxAgeDays 1, a 2-day-old snapshot is not used', async () => {
    const settings = createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: hr }).admin.settings;
    await settings.save({ name: 'org.snapshotMaxAgeDays', value: 1, effectiveFrom: new Date().toISOString().slice(0, 10), reason: 'Thử giới hạn ngắn' });
    const twoDaysOn = new Date(Date.now() + 2 * DAY);
    expect((await orgAs(staff, twoDaysOn).getOrg()).snapshot).toMatchObject({ used: false, maxAgeDays: 1 });
    expect((await orgAs(staff, new Date()).getOrg()).snapshot).toMatchObject({ used: true, maxAgeDays: 1 });
    await settings.save({ name: 'org.snapshotMaxAgeDays', value: 7, effectiveFrom: new Date().toISOString().slice(0, 10), reason: 'Trở lại mặc định' });
  });

  it('a due snapshot (older than org.snapshotRefreshHours) is refreshed when HR opens a view, never by a civil servant', async () => {
    const dayAndHalfOn = new Date(Date.now() + 1.5 * DAY);
    const before = await partsCount();
    const asStaff = orgAs(staff, dayAndHalfOn);
    expect((await asStaff.getOrg()).snapshot).toMatchObject({ used: true });
    await asStaff.whenRefreshed();
    expect(await partsCount()).toBe(before);

    const asHr = orgAs(hr, dayAndHalfOn);
    expect((await asHr.getOrg()).snapshot).toMatchObject({ used: true });
    await asHr.whenRefreshed();
    expect(await partsCount()).toBeGreaterThan(before);
    const journal = await createServicesForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: hr }).admin.journal.read('UNIT');
    expect(journal.filter((e) => e.action === 'SNAPSHOT')).toHaveLength(2);
  });
  it('with the list’s permissions loosened, a civil servant who edits HR’s newest part (same counts, themselves everyone’s manager) changes nobody’s manager', async () => {
    const ownerSp = spAs(intranet, owner);
    const ownerList = ownerSp.web.lists.getByTitle(LISTS.orgSnapshots.title);
    const visitors = await ownerSp.web.associatedVisitorGroup<{ Id: number }>();
    const contribute = await ownerSp.web.roleDefinitions.getByType(3)<{ Id: number }>();
    await ownerList.roleAssignments.add(visitors.Id, contribute.Id);
    const list = spAs(intranet, staff).web.lists.getByTitle(LISTS.orgSnapshots.title);
    const parts = await spAs(intranet, hr).web.lists.getByTitle(LISTS.orgSnapshots.title).items.select('Id', 'SnapshotId', 'PartIndex', 'Payload', 'Author/Name').expand('Author').orderBy('Id', false).top(40)<
      Array<{ Id: number; SnapshotId: string; PartIndex: number; Payload: string; Author: { Name: string } }>
    >();
    const hrPart = parts.find((p) => p.PartIndex === 0 && p.Author.Name.toLowerCase().endsWith(hr.toLowerCase())) as { Id: number; Payload: string };
    expect(hrPart).toBeDefined();
    const edited = (JSON.parse(hrPart.Payload) as string[][]).map(([login, name, title]) => [login, name, title, login.toLowerCase() === staff.toLowerCase() ? '' : staff]);
    await list.items.getById(hrPart.Id).update({ Payload: JSON.stringify(edited) });
    await ownerList.roleAssignments.remove(visitors.Id, contribute.Id);
    const loaded = await orgAs(DEV_ACCOUNTS.manager.upn).getOrg();
    expect(managers(loaded)).toEqual(managers(fromGraph));
  });
});
