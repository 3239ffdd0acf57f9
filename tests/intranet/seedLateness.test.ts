import type { SPFI } from '@pnp/sp';
import type { PeriodReviewPayload } from '../../src/domain/evaluation/actPayloads';
import { latePeople, type OwnPartAct } from '../../src/domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../src/domain/evaluation/model';
import type { RecordedAct } from '../../src/domain/org/acts';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { trackedStaff } from '../../src/domain/org/trackedStaff';
import { createGraphForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { PERIOD_FIELDS, type PeriodRow, toPeriod } from '../../src/services/sharepoint/SharePointEvaluationService';
import { LISTS } from '../../src/services/sharepoint/schema';
import { isLeaderIn } from '../../dev/product/history';
import { setUpSampleProduct } from '../../dev/product/setUpSampleProduct';
import { DEV_ACCOUNTS, startTestIntranet } from './support';

/**
 * The sample ministry as `npm start` seeds it is complete except for one unit late on purpose
 * (README: Phòng Báo điện tử of Cục Báo chí, BC-3): leaders report their months and are reviewed with
 * the components d, đ, e like everyone else (NĐ 335/2025, law.md 5.1), so the people late for a month
 * (HR's reminders: the domain's latePeople over the submitted reports, read as HR reads them) are
 * exactly that unit's people for the month before the open one, and nobody for any other month.
 * Told on two days: late November (October late), and in January (last year's December late).
 */
const LATE_UNIT_CODE = 'BC-3';

describe.each([
  { story: 'late November 2026', today: new Date('2026-11-28T09:00:00+07:00'), years: 1, open: [2026, 11], late: [2026, 10] },
  { story: 'January 2027', today: new Date('2027-01-20T09:00:00+07:00'), years: 2, open: [2027, 1], late: [2026, 12] }
])('the sample ministry seeded on $story', ({ today, years, open, late }) => {
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let periods: EvaluationPeriod[];
  const hr = (): SPFI => createSpForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: DEV_ACCOUNTS.hr.upn });

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 300 });
    await setUpSampleProduct(intranet, years, today);
    const connection = { siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: DEV_ACCOUNTS.hr.upn };
    org = (await new OrgDirectoryService(createSpForSite(connection), createGraphForSite(connection)).getOrg()).org;
    const rows = await hr().web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).top(500)<PeriodRow[]>();
    periods = rows.map(toPeriod).filter((p) => p.kind === 'MONTH');
  }, 900000);
  afterAll(async () => {
    await intranet.close();
  });

  /** The submitted reports of a period, with their server-set authors, as HR's reminders read them. */
  const submitted = async (period: EvaluationPeriod): Promise<Array<RecordedAct<OwnPartAct>>> => {
    const rows = await actRepository(hr(), LISTS.periodScores).query({ indexedFilter: { field: 'PeriodId', value: period.id }, filter: "Step eq 'SUBMITTED'", pageSize: 2000 });
    return rows.map((row) => ({
      id: row.id,
      step: 'SELF_ASSESSMENT',
      subjectLogin: row.value.subjectLogin,
      authorLogin: row.value.authorLogin,
      editorLogin: row.value.editorLogin,
      createdAt: row.value.createdAt,
      payload: { periodId: period.id, submitted: true }
    }));
  };

  it('names only the late unit’s people, for the month before the open one, and nobody for any other month', async () => {
    const lateUnitPeople = trackedStaff(org).filter((login) => org.people[login].unitCode === LATE_UNIT_CODE);
    // The unit has its head (a leader) and at least three of staff: the browser journeys walk it.
    expect(lateUnitPeople.length).toBeGreaterThanOrEqual(4);
    expect(lateUnitPeople).toContain(org.units[LATE_UNIT_CODE].headLogin);
    const [openYear, openMonth] = open;
    const [lateYear, lateMonth] = late;
    expect(periods.some((p) => p.year === openYear && p.index === openMonth && p.status === 'OPEN')).toBe(true);
    let checked = 0;
    for (const period of periods) {
      const names = latePeople(org, period, await submitted(period), today).map((p) => p.login).sort();
      const expected = period.year === lateYear && period.index === lateMonth ? lateUnitPeople : [];
      expect({ month: `${period.index}/${period.year}`, late: names }).toEqual({ month: `${period.index}/${period.year}`, late: expected });
      checked++;
    }
    // Every month of the story was looked at: January to the open month of each year seeded.
    expect(checked).toBe(years === 1 ? openMonth : 12 + openMonth);
  }, 300000);

  it('has each leader’s months reported and reviewed with the components d, đ, e (NĐ 335/2025, leaders)', async () => {
    const leaders = trackedStaff(org).filter((login) => isLeaderIn(org, login) && org.people[login].unitCode !== LATE_UNIT_CODE);
    // Cục trưởng, Vụ trưởng, their deputies and the heads of phòng.
    expect(leaders.length).toBeGreaterThan(30);
    const closed = periods.filter((p) => p.status === 'CLOSED');
    const order = (p: EvaluationPeriod): number => p.year * 12 + (p.index as number);
    const lastClosed = closed.reduce((a, b) => (order(a) > order(b) ? a : b));
    const reviews = await actRepository(hr(), LISTS.reviews).query({ indexedFilter: { field: 'PeriodId', value: lastClosed.id }, pageSize: 2000 });
    for (const login of leaders) {
      const review = reviews.find((r) => r.value.subjectLogin === login);
      expect({ login, reviewedBy: review && review.value.authorLogin }).toEqual({ login, reviewedBy: org.people[login].managerLogin });
      const payload = (review as { value: { payload: unknown } }).value.payload as PeriodReviewPayload;
      expect(payload.leaderComponents).toBeDefined();
      const c = payload.leaderComponents as NonNullable<PeriodReviewPayload['leaderComponents']>;
      [c.unitResults, c.leadershipCapacity, c.unitingCapacity].forEach((v) => expect(v >= 0 && v <= 100).toBe(true));
    }
  }, 300000);
});
