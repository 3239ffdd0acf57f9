import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { setUpSampleProduct } from '../../../dev/product/setUpSampleProduct';
import { DEV_ACCOUNTS } from '../../../dev/server';
import type { OrgModel } from '../../../src/domain/org/orgModel';
import { DocumentSource } from '../../../src/services/documents/source';
import { DocumentNotAllowedError } from '../../../src/services/documents/errors';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../../src/services/forSite';
import { OrgDirectoryService } from '../../../src/services/graph/OrgDirectoryService';
import { readSettingRows } from '../../../src/services/admin/SettingsReader';
import { LISTS } from '../../../src/services/sharepoint/schema';
import { startTestIntranet } from '../../intranet/support';

/**
 * The documents' data, gathered with the acting user's rights against the local intranet: who receives
 * which document (the person their phiếu, the managers and competent levels their people's, the unit's
 * keepers and evaluator its minutes, decision and list, HR everything, a published unit's members its
 * results: NĐ 90/2020 Điều 21, 22), and SharePoint itself refusing the underlying reads to a user
 * without the right, as they would try them with a browser token and REST.
 */
describe('the documents gathered as the acting user (issue 12)', () => {
  const today = new Date('2026-11-28T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  const staff = DEV_ACCOUNTS.staff.upn; // Phòng Quản lý di tích, Cục Di sản văn hóa
  const manager = DEV_ACCOUNTS.manager.upn; // its Trưởng phòng
  const cucTruong = DEV_ACCOUNTS.unitHead.upn; // Cục trưởng Cục Di sản văn hóa
  const hr = DEV_ACCOUNTS.hr.upn;
  const owner = DEV_ACCOUNTS.siteOwner.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => today
  });
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  const sourceAs = (upn: string): DocumentSource => {
    const services = createServicesForSite(connection(upn));
    const orgDirectory = new OrgDirectoryService(sp(upn), createGraphForSite(connection(upn)));
    return new DocumentSource({ services, org: () => orgDirectory.getOrg().then((l) => l.org), settingRows: () => readSettingRows(sp(upn)) });
  };
  const refusedAs = async (attempt: Promise<unknown>, refusal: DocumentNotAllowedError['refusal']): Promise<DocumentNotAllowedError> => {
    const error = await attempt.then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(DocumentNotAllowedError);
    expect((error as DocumentNotAllowedError).refusal).toBe(refusal);
    return error as DocumentNotAllowedError;
  };
  let phong: string; // Phòng Quản lý di tích's code
  let colleague: string; // someone else of the same phòng
  let outsider: string; // a civil servant of another Cục
  let otherManager: string; // the head of another phòng of the same Cục

  beforeAll(async () => {
    intranet = await startTestIntranet();
    // 2025 (NĐ 90/48: self-evaluations, minutes, decisions published) and 2026 (NĐ 335 months reviewed).
    await setUpSampleProduct(intranet, 2, today);
    org = (await new OrgDirectoryService(sp(owner), createGraphForSite(connection(owner))).getOrg()).org;
    phong = org.people[staff].unitCode;
    const plain = (login: string): boolean => !Object.keys(org.units).some((c) => org.units[c].headLogin === login || org.units[c].deputyLogins.indexOf(login) >= 0 || org.units[c].secretaryLogin === login);
    const inDsvh = (login: string): boolean => org.people[login].unitCode === 'DSVH' || org.people[login].unitCode.indexOf('DSVH-') === 0;
    // Someone of the same phòng if the sample has one, else of the same Cục (who also reads the unit's folders).
    const colleagues = Object.keys(org.people).filter((l) => l !== staff && inDsvh(l) && plain(l));
    colleague = colleagues.filter((l) => org.people[l].unitCode === phong)[0] || colleagues[0];
    outsider = Object.keys(org.people).filter((l) => !inDsvh(l) && plain(l) && org.hrLogins.indexOf(l) < 0 && org.people[l].unitCode !== 'BO')[0];
    expect([colleague, outsider].every((l) => !!org.people[l])).toBe(true);
    const sibling = Object.keys(org.units).find((c) => org.units[c].parentCode === org.units[phong].parentCode && c !== phong && !!org.units[c].headLogin) as string;
    otherManager = org.units[sibling].headLogin as string;
  }, 400000);
  afterAll(async () => {
    await intranet.close();
  });

  it("the person's own Mẫu 01 of October 2026: their name, position and unit, Section I as the national form, the figures the manager's review recorded", async () => {
    const input = await sourceAs(staff).phieuKy({ year: 2026, period: 10 });
    expect(input.person).toEqual({ name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Phòng Quản lý di tích, Cục Di sản văn hóa' });
    expect(input.period).toEqual({ kind: 'MONTH', index: 10, year: 2026 });
    // NĐ 335/2025 Mẫu 01 Section I: three groups of 10 points (official-documents.md 1.1)
    expect(input.generalCriteria.map((g) => [g.code, g.max])).toEqual([['I', 10], ['II', 10], ['III', 10]]);
    expect(input.identity).toMatchObject({ parentAgencyName: 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', issuingUnitName: 'Cục Di sản văn hóa', place: 'Hà Nội' });
    expect(input.identity.number).toBeUndefined(); // the số is Văn thư's, never invented
    // The score printed is the one the review recorded, as the person's own screen reads it.
    const mine = await createServicesForSite(connection(staff)).journey.period.getMyPeriod((await createServicesForSite(connection(staff)).evaluation.getPeriods(2026)).find((p) => p.kind === 'MONTH' && p.index === 10)!.id);
    expect(mine.lastReview && mine.lastReview.outcome).toBe('APPROVED');
    expect(input.figuresSource).toBe('assessed');
    expect(input.figures.score).toBe(mine.lastReview!.score);
    expect(input.generalCriteriaAssessedTotal).toBe(mine.lastReview!.generalCriteriaScore);
    expect(input.reviewer).toEqual({ name: 'Vũ Đức Minh', position: 'Trưởng phòng Quản lý di tích' });
    expect(input.showAssessedColumn).toBe(true);
  });

  it("the direct manager gets a report's phiếu; a colleague and the head of another phòng do not", async () => {
    const input = await sourceAs(manager).phieuKy({ year: 2026, period: 10, personLogin: staff });
    expect(input.person.name).toBe('Nguyễn Văn An');
    await refusedAs(sourceAs(colleague).phieuKy({ year: 2026, period: 10, personLogin: staff }), 'NOT_ENTITLED');
    await refusedAs(sourceAs(otherManager).phieuKy({ year: 2026, period: 10, personLogin: staff }), 'NOT_ENTITLED');
    await refusedAs(sourceAs(outsider).phieuNam({ year: 2025, personLogin: staff }), 'NOT_ENTITLED');
  });

  it('SharePoint itself refuses the underlying reads: another Cục reads none of the person’s reports, and a colleague none of their decisions before the list is published to them', async () => {
    const filter = `EmployeeLogin eq '${staff}'`;
    // What a read returns to each: SharePoint's 403/404 counts as nothing returned; any other failure fails the test.
    const readAs = (upn: string, title: string, where: string): Promise<unknown[]> =>
      sp(upn)
        .web.lists.getByTitle(title)
        .items.filter(where)()
        .catch((e: { status?: number }) => {
          if (e.status === 403 || e.status === 404) return [];
          throw e;
        });
    expect(await readAs(outsider, LISTS.periodScores.title, filter)).toEqual([]);
    expect(await readAs(colleague, LISTS.decisions.title, filter)).toEqual([]);
    expect(await readAs(outsider, LISTS.meetings.title, `UnitCode eq '${phong}' and EvalYear eq 2025`)).toEqual([]);
    // The walls are the folders', not empty lists: those entitled read the same items.
    expect((await readAs(manager, LISTS.periodScores.title, filter)).length).toBeGreaterThan(0);
    expect((await readAs(cucTruong, LISTS.decisions.title, filter)).length).toBeGreaterThan(0);
    expect((await readAs(cucTruong, LISTS.meetings.title, `UnitCode eq '${phong}' and EvalYear eq 2025`)).length).toBeGreaterThan(0);
  });

  it('the yearly sheet of 2025 (Mẫu 02, NĐ 90/48): the person’s own, with the decision they see on their screen', async () => {
    const input = await sourceAs(staff).phieuNam({ year: 2025 });
    expect(input.ruleSetId).toBe('ND90_48');
    const year = await createServicesForSite(connection(staff)).journey.year.getMyYear(2025);
    const last = year.decisions[year.decisions.length - 1];
    expect(input.competent && input.competent.rating).toBe(last.rating);
    expect(input.proposedRating).toBe(year.selfEvaluation!.proposedRating);
    // The Cục trưởng, who decided, gets it too
    expect((await sourceAs(cucTruong).phieuNam({ year: 2025, personLogin: staff })).person.name).toBe('Nguyễn Văn An');
  });

  it("the Cục trưởng gets the phòng's minutes, the decision and the Cục's list of 2025; a civil servant of the phòng gets none of them but the notice of the published results", async () => {
    const minutes = await sourceAs(cucTruong).bienBan({ year: 2025, unitCode: phong });
    expect(minutes.unitName).toBe('Phòng Quản lý di tích');
    expect(minutes.people.map((p) => p.name)).toContain('Nguyễn Văn An');
    expect(minutes.identity.unitAbbreviation).toBe(phong); // "BB-{unit}" by default

    const decision = await sourceAs(cucTruong).quyetDinh({ year: 2025, unitCode: phong });
    expect(decision.form).toBe('QUYET_DINH');
    expect(decision.identity.signer).toMatchObject({ name: 'Đặng Thu Hà', position: 'CỤC TRƯỞNG', authority: '' });
    expect(decision.identity.unitAbbreviation).toBe('DSVH'); // "QĐ-{unit}": the Cục issues it
    const year = await createServicesForSite(connection(staff)).journey.year.getMyYear(2025);
    expect(decision.people.find((p) => p.name === 'Nguyễn Văn An')!.rating).toBe(year.decisions[year.decisions.length - 1].rating);

    // The Cục's decision lists whom its head decides: not herself (decided above the Cục, NĐ 90/2020 Điều 16)
    const cucDecision = await sourceAs(cucTruong).quyetDinh({ year: 2025, unitCode: 'DSVH' });
    expect(cucDecision.people.map((p) => p.name)).toContain('Nguyễn Văn An');
    expect(cucDecision.people.map((p) => p.name)).not.toContain('Đặng Thu Hà');

    const list = await sourceAs(cucTruong).danhSach({ year: 2025, unitCode: 'DSVH' });
    expect(list.scope).toEqual({ kind: 'AGENCY', name: 'Cục Di sản văn hóa' });
    const dsvhPeople = Object.keys(org.people).filter((l) => org.people[l].unitCode === 'DSVH' || org.people[l].unitCode.indexOf('DSVH-') === 0);
    expect(list.rows).toHaveLength(dsvhPeople.length);
    expect(list.quota.length).toBeGreaterThan(0);

    await refusedAs(sourceAs(staff).bienBan({ year: 2025, unitCode: phong }), 'NOT_ENTITLED');
    await refusedAs(sourceAs(staff).danhSach({ year: 2025, unitCode: phong }), 'NOT_ENTITLED');
    await refusedAs(sourceAs(outsider).quyetDinh({ year: 2025, unitCode: phong }), 'NOT_ENTITLED');
    const notice = await sourceAs(staff).quyetDinh({ year: 2025, unitCode: phong });
    expect(notice.form).toBe('THONG_BAO');
    expect(notice.people.find((p) => p.name === 'Nguyễn Văn An')!.rating).toBe(year.decisions[year.decisions.length - 1].rating);
    // 2026 is not decided yet: nothing published to the members
    await refusedAs(sourceAs(staff).quyetDinh({ year: 2026, unitCode: phong }), 'NOTHING_READABLE');
  });

  it("HR's settings of the documents apply from their date: the place on the date lines, and Mẫu 01 without the competent level's column (UNCONFIRMED)", async () => {
    const admin = createServicesForSite(connection(hr)).admin.settings;
    await admin.save({ name: 'documents.place', value: 'Thành phố Hà Nội', effectiveFrom: '2026-01-01', reason: 'Quy chế văn thư của Bộ' });
    await admin.save({ name: 'documents.mau01CompetentColumn', value: 'HIDDEN', effectiveFrom: '2026-01-01', reason: 'Theo mẫu của Bộ Nội vụ' });
    const input = await sourceAs(staff).phieuKy({ year: 2026, period: 10 });
    expect(input.identity.place).toBe('Thành phố Hà Nội');
    expect(input.showAssessedColumn).toBe(false);
    // A year before the rows' date keeps the defaults.
    expect((await sourceAs(staff).phieuNam({ year: 2025 })).identity.place).toBe('Hà Nội');
  });

  it("HR gets the ministry's list of 2025, one row per person of every Vụ and Cục; nobody else does", async () => {
    const list = await sourceAs(hr).danhSach({ year: 2025 });
    expect(list.scope.kind).toBe('MINISTRY');
    const agencies = Object.keys(org.units).filter((c) => org.units[c].level === 'AGENCY');
    const inAgencies = Object.keys(org.people).filter((l) => agencies.some((a) => org.people[l].unitCode === a || org.people[l].unitCode.indexOf(`${a}-`) === 0));
    expect(list.rows.length).toBeGreaterThanOrEqual(inAgencies.length);
    expect(list.rows.filter((r) => !!r.decided).length).toBeGreaterThan(inAgencies.length / 2);
    await refusedAs(sourceAs(cucTruong).danhSach({ year: 2025 }), 'NOT_ENTITLED');
  });
});
