import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { DEV_ACCOUNTS } from '../../dev/server';
import type { DecisionPayload } from '../../src/domain/evaluation/actPayloads';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { competentEvaluatorOf } from '../../src/domain/org/authority';
import { personalFolderName } from '../../src/domain/org/readScopes';
import { WHOLE_AGENCY } from '../../src/domain/rating/quota';
import { actKeys } from '../../src/domain/workflow/actKeys';
import { PersonHistoryNotAllowedError, type ResultsView } from '../../src/services/contracts';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS } from '../../src/services/sharepoint/schema';
import { startTestIntranet } from '../intranet/support';

/**
 * Issue 13, results, against the local intranet: the HTXSNV quota per agency and group (law.md 3.7),
 * the two years before, and a person's history; each reader sees only what they may, and a decision
 * recorded by someone without the right counts for nothing (architecture.md: authority computed when reading).
 */
describe('results: the quota per agency and group, the years before, a person’s history', () => {
  const YEAR = 2026;
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let colleague: string;
  let otherColleague: string;
  let agencyCode: string;
  let approvedScore: number | undefined;
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const unitHead = DEV_ACCOUNTS.unitHead.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => new Date('2026-11-28T09:00:00+07:00')
  });
  const services = (upn: string): ReturnType<typeof createServicesForSite> => createServicesForSite(connection(upn));
  const sp = (upn: string): ReturnType<typeof createSpForSite> => createSpForSite(connection(upn));
  /** A decision item as the product writes one, by `author`, in the person's own folder. */
  const decide = async (author: string, login: string, year: number, n: number, payload: DecisionPayload): Promise<void> => {
    await actRepository(sp(author), LISTS.decisions).add(
      {
        Title: `Quyết định xếp loại chất lượng năm ${year}`,
        EvalYear: year,
        EmployeeLogin: login,
        UnitCode: org.people[login].unitCode,
        ActKey: actKeys.decision(year, login, n),
        Rating: payload.rating,
        Payload: JSON.stringify(payload)
      },
      { folder: personalFolderName(login) }
    );
  };

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await provisionSampleSite(intranet, [YEAR - 2, YEAR - 1, YEAR], new Date('2026-11-28T09:00:00+07:00'));
    const owner = DEV_ACCOUNTS.siteOwner.upn;
    org = (await new OrgDirectoryService(sp(owner), createGraphForSite(connection(owner))).getOrg()).org;
    const unitCode = org.people[staff].unitCode;
    [colleague, otherColleague] = Object.keys(org.people).filter((l) => l !== staff && l !== manager && org.people[l].unitCode === unitCode);
    agencyCode = org.units[unitCode].parentCode as string;
    // The Cục trưởng decides about the Cục's people (NĐ 90/2020 Điều 16; the sample's units list).
    expect(competentEvaluatorOf(org, staff)).toBe(unitHead);
    await decide(unitHead, staff, YEAR - 1, 1, { rating: 'HTTNV', reasons: '', published: true });
    await decide(unitHead, colleague, YEAR - 1, 1, { rating: 'HTNV', reasons: '', published: true });
    await decide(unitHead, staff, YEAR, 1, {
      rating: 'HTXSNV',
      reasons: 'Hoàn thành vượt mức',
      published: false,
      quotaException: { decidedBy: 'Đặng Thu Hà', reason: 'Phòng có thành tích xuất sắc, nổi trội trong năm', decisionReference: 'QĐ 45/QĐ-DSVH' }
    });
    await decide(unitHead, colleague, YEAR, 1, { rating: 'HTTNV', reasons: '', published: false });
    // The site owner (Full Control, no right to decide) records an HTXSNV for another colleague.
    await decide(owner, otherColleague, YEAR, 1, { rating: 'HTXSNV', reasons: 'giả', published: true });
    // November: the civil servant reports, the direct manager approves (NĐ 335/2025, the month's score).
    await sp(owner).web.lists.getByTitle(LISTS.productTypes.title).items.add({ Title: 'Văn bản hành chính', ProductCode: 'VBHC', ConversionFactor: 1, EffectiveFrom: '2026-01-01T00:00:00Z' });
    const november = ((await services(staff).evaluation.getPeriods(YEAR)).find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
    await services(staff).journey.period.submitMyPeriod(november, {
      lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn', assigned: 2, completed: 2, completedOnTime: 2, evidence: [] }],
      generalCriteriaSelfScore: 27,
      comment: ''
    });
    approvedScore = (
      await services(manager).journey.period.reviewPeriod(staff, november, {
        outcome: 'APPROVED',
        generalCriteriaScore: 28,
        assessments: [{ workItemKey: 'L1', completedMeetingQuality: 2, majorErrors: 0, delays: 0, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false }],
        comment: ''
      })
    ).score;
  }, 180000);
  afterAll(async () => {
    await intranet.close();
  });

  const agencyIn = (view: ResultsView, code: string): ResultsView['agencies'][number] => {
    const found = view.agencies.find((a) => a.agencyCode === code);
    if (!found) throw new Error(`${code} not shown`);
    return found;
  };

  it('HR sees every agency with people; a Cục trưởng only theirs', async () => {
    const everyAgency = Object.keys(org.units).filter((code) => org.units[code].level === 'AGENCY' && Object.keys(org.people).some((l) => org.people[l].unitCode === code || org.units[org.people[l].unitCode].parentCode === code));
    const forHr = await services(hr).evaluation.getResults(YEAR);
    expect(everyAgency.length).toBeGreaterThan(5);
    everyAgency.forEach((code) => expect(forHr.agencies.map((a) => a.agencyCode)).toContain(code));
    const forHead = await services(unitHead).evaluation.getResults(YEAR);
    expect(forHead.agencies.map((a) => a.agencyCode)).toEqual([agencyCode]);
    // A civil servant reads no agency whole.
    expect((await services(staff).evaluation.getResults(YEAR)).agencies).toEqual([]);
  });

  it('counts the quota per group and for the agency, with the exception and its reason (law.md 3.7: 20 % of those rated HTTNV, rounded down)', async () => {
    const view = await services(unitHead).evaluation.getResults(YEAR);
    expect(view.years).toEqual([YEAR - 2, YEAR - 1, YEAR]);
    expect(view.quota).toEqual({ rate: 0.2, base: 'HTTNV' });
    const cuc = agencyIn(view, agencyCode);
    // Two decided by the Cục trưởng; the site owner's decision is not counted.
    expect(cuc.rated).toBe(2);
    expect(cuc.ratings).toEqual({ HTXSNV: 1, HTTNV: 1, HTNV: 0, KHTNV: 0 });
    const group = cuc.scopes.find((s) => !s.wholeAgency && s.rated > 0);
    // 1 HTTNV: floor(0.2 × 1) = 0 allowed; the recorded exception lifts it to 1.
    expect(group).toMatchObject({ used: 1, base: 1, plainAllowed: 0, allowed: 1, exceptions: 1, violated: false });
    expect(cuc.scopes[cuc.scopes.length - 1]).toMatchObject({ scope: WHOLE_AGENCY, used: 1, allowed: 1 });
    expect(cuc.exceptions).toEqual([
      expect.objectContaining({ login: staff, reason: 'Phòng có thành tích xuất sắc, nổi trội trong năm', decisionReference: 'QĐ 45/QĐ-DSVH' })
    ]);
  });

  it('a decision recorded by someone without the right is not counted, and is counted apart', async () => {
    const view = await services(hr).evaluation.getResults(YEAR);
    const cuc = agencyIn(view, agencyCode);
    expect(cuc.ratings.HTXSNV).toBe(1);
    expect(cuc.exceptions.map((e) => e.login)).toEqual([staff]);
    expect(view.ignoredActs).toBeGreaterThanOrEqual(1);
  });

  it('compares the same units with the two years before (the standing decisions)', async () => {
    const cuc = agencyIn(await services(hr).evaluation.getResults(YEAR), agencyCode);
    expect(cuc.byYear.map((y) => [y.year, y.rated, y.ratings.HTTNV, y.ratings.HTNV, y.ratings.HTXSNV])).toEqual([
      [YEAR - 2, 0, 0, 0, 0],
      [YEAR - 1, 2, 1, 1, 0],
      [YEAR, 2, 1, 0, 1]
    ]);
    const unit = cuc.units.find((u) => u.unitCode === org.people[staff].unitCode);
    expect(unit && unit.byYear.map((y) => y.rated)).toEqual([0, 2, 2]);
  });

  it('a person’s history: the month’s approved score and each year’s standing rating, for their competent evaluator', async () => {
    const history = await services(unitHead).evaluation.getPersonHistory(staff);
    expect(history.person).toMatchObject({ login: staff, displayName: org.people[staff].displayName });
    expect(typeof approvedScore).toBe('number');
    const november = history.periods.find((p) => p.year === YEAR && p.index === 11);
    expect(november && november.score).toBe(approvedScore);
    expect(history.periods.filter((p) => p.score !== undefined)).toHaveLength(1);
    expect(history.years.map((y) => [y.year, y.rating, y.published])).toEqual([
      [YEAR - 1, 'HTTNV', true],
      [YEAR, 'HTXSNV', false]
    ]);
  });

  it('the direct manager reads the months they scored, not the decisions (they lie in the person’s own folder: the person, the evaluator and HR)', async () => {
    const history = await services(manager).evaluation.getPersonHistory(staff);
    const november = history.periods.find((p) => p.year === YEAR && p.index === 11);
    expect(november && november.score).toBe(approvedScore);
    expect(history.years.filter((y) => y.rating !== undefined)).toEqual([]);
  });

  it('a civil servant asking for a colleague’s history is refused with a clear error; their own is theirs', async () => {
    await expect(services(colleague).evaluation.getPersonHistory(staff)).rejects.toBeInstanceOf(PersonHistoryNotAllowedError);
    const own = await services(staff).evaluation.getPersonHistory(staff);
    expect(own.years.map((y) => y.rating)).toEqual(['HTTNV', 'HTXSNV']);
  });

  it('reads HR’s whole ministry and a person’s history in a few requests (issue 13: read per unit in one batch)', async () => {
    type Stats = { sharepoint: number; graph: number };
    const stats = async (reset: boolean): Promise<Stats> => (await (await fetch(`${intranet.url}/_dev/stats`, { method: reset ? 'DELETE' : 'GET' })).json()) as Stats;
    const cold = services(hr);
    await stats(true);
    await cold.evaluation.getResults(YEAR);
    const results = await stats(false);
    await stats(true);
    await services(unitHead).evaluation.getPersonHistory(staff);
    const history = await stats(false);
    // eslint-disable-next-line no-console
    console.log(`results: getResults (HR, ${Object.keys(org.people).length} people, ${Object.keys(org.units).length} units, 3 years) ${results.sharepoint} SharePoint + ${results.graph} Graph requests; getPersonHistory ${history.sharepoint} + ${history.graph}`);
    expect(results.sharepoint + results.graph).toBeLessThanOrEqual(5);
    expect(history.sharepoint + history.graph).toBeLessThanOrEqual(5);
  });
});
