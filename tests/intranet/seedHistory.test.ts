import type { SPFI } from '@pnp/sp';
import type { ComplaintPayload, DecisionPayload, MeetingMinutesPayload, PeriodReviewPayload, PeriodSubmissionPayload, WorkItemPayload } from '../../src/domain/evaluation/actPayloads';
import { RecordedAct, screenActs } from '../../src/domain/org/acts';
import { competentEvaluatorOf } from '../../src/domain/org/authority';
import { agencyOf, type OrgModel } from '../../src/domain/org/orgModel';
import { personalFolderName, readScopeName } from '../../src/domain/org/readScopes';
import { checkQuota, emptyCounts, isRatingLevel, scorePeriod, type QuotaGroup, type WorkProduct } from '../../src/domain/rating';
import { createGraphForSite, createSpForSite } from '../../src/services/forSite';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { loginFromClaims, readScreenedActs } from '../../src/services/sharepoint/actsReader';
import { ListRepository, type RawItem } from '../../src/services/sharepoint/repository';
import { LISTS, type ListSpec } from '../../src/services/sharepoint/schema';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { isLeaderIn, PRODUCT_CATALOGUE, quotaGroupOf, seedHistory, type SeedHistoryReport } from '../../dev/product/history';
import { AdminJournal } from '../../src/services/admin/AdminJournal';
import { DEV_ACCOUNTS, startTestIntranet, statusOf } from './support';

/**
 * The history the local intranet is seeded with (issue 5), read back as the product reads it: PnPjs
 * over HTTP, acting as users, through the repositories. Every act by the person whose act it is, in its
 * subject's unit-year folder; the 2026 scores are the engine's; the 2024–2025 decisions keep the quota.
 */
/** The sum of Mẫu 01's parts as stored (ten of them on the national form), or NaN when there are none. */
const partsTotal = (parts: { [key: string]: number } | undefined): number =>
  parts && Object.keys(parts).length === 10 ? Math.round(Object.keys(parts).reduce((sum, k) => sum + parts[k], 0) * 100) / 100 : NaN;

describe('the seeded history of the sample ministry', () => {
  const TODAY = new Date('2026-11-28T09:00:00+07:00');
  const YEARS = [2024, 2025, 2026];
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  let report: SeedHistoryReport;
  const sp = (upn: string): SPFI => createSpForSite({ siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: upn });
  const hr = (): SPFI => sp(DEV_ACCOUNTS.hr.upn);

  interface Row {
    id: number;
    year: number;
    login: string;
    unitCode: string;
    periodId: number;
    actKey: string;
    folder: string;
    author: string;
    created: string;
    step: string;
    reviewer: string;
    score?: number;
    rating?: string;
    productCode: string;
    payload: unknown;
  }
  /** Every item of a list for a year, paged from the indexed EvalYear, as `upn` may read them. */
  const readAll = async (upn: string, spec: ListSpec, year: number): Promise<Row[]> => {
    const names = spec.fields.map((f) => f.name as string);
    const extra = ['PeriodId', 'EmployeeLogin', 'Step', 'ReviewerLogin', 'Score', 'Rating', 'ProductCode'].filter((f) => names.indexOf(f) >= 0);
    const repo = new ListRepository<Row>({
      sp: sp(upn),
      listTitle: spec.title,
      indexedColumns: spec.fields.filter((f) => f.indexed).map((f) => f.name),
      select: ['Id', 'EvalYear', 'UnitCode', 'ActKey', 'Payload', 'FileDirRef', 'Created', 'Author/Name', ...extra],
      expand: ['Author'],
      map: (raw: RawItem) => ({
        id: Number(raw.Id),
        year: Number(raw.EvalYear),
        login: String(raw.EmployeeLogin ?? ''),
        unitCode: String(raw.UnitCode ?? ''),
        periodId: Number(raw.PeriodId ?? 0),
        actKey: String(raw.ActKey ?? ''),
        folder: String(raw.FileDirRef ?? ''),
        author: loginFromClaims(String((raw.Author as { Name?: string } | undefined)?.Name ?? '')),
        created: String(raw.Created ?? ''),
        step: String(raw.Step ?? ''),
        reviewer: String(raw.ReviewerLogin ?? ''),
        score: typeof raw.Score === 'number' ? raw.Score : undefined,
        rating: typeof raw.Rating === 'string' ? raw.Rating : undefined,
        productCode: String(raw.ProductCode ?? ''),
        payload: JSON.parse(String(raw.Payload ?? '{}')) as unknown
      })
    });
    return (await repo.query({ indexedFilter: { field: 'EvalYear', value: year }, pageSize: 2000 })).map((r) => r.value);
  };
  const periodIdOf = async (year: number, month: number): Promise<number> => {
    const rows = await hr().web.lists.getByTitle(LISTS.periods.title).items.select('Id', 'PeriodIndex', 'PeriodKind').filter(`EvalYear eq ${year}`)<Array<{ Id: number; PeriodIndex?: number; PeriodKind: string }>>();
    const row = rows.find((r) => r.PeriodKind === 'MONTH' && r.PeriodIndex === month);
    if (!row) throw new Error(`No period ${month}/${year}`);
    return row.Id;
  };

  beforeAll(async () => {
    intranet = await startTestIntranet({ staff: 120 });
    await provisionSampleSite(intranet, YEARS, TODAY);
    report = await seedHistory(intranet, { years: YEARS, today: TODAY });
    const owner = { siteUrl: intranet.siteUrl, graphUrl: intranet.graphBaseUrl, userPrincipalName: DEV_ACCOUNTS.hr.upn };
    org = (await new OrgDirectoryService(createSpForSite(owner), createGraphForSite(owner)).getOrg()).org;
  }, 900000);
  afterAll(async () => {
    await intranet.close();
  });

  it('fills every list of acts, and the catalogue with its product types', async () => {
    for (const spec of [LISTS.workItems, LISTS.periodScores, LISTS.reviews, LISTS.selfEvaluations, LISTS.meetings, LISTS.decisions, LISTS.complaints]) {
      expect(report.items[spec.title]).toBeGreaterThan(0);
    }
    // Read as the civil servant: the catalogue is open to everyone.
    const types = await sp(DEV_ACCOUNTS.staff.upn).web.lists.getByTitle(LISTS.productTypes.title).items.select('Title', 'ProductCode', 'ConversionFactor', 'EffectiveFrom')<
      Array<{ Title: string; ProductCode: string; ConversionFactor: number; EffectiveFrom: string }>
    >();
    expect(types.map((t) => t.ProductCode).sort()).toEqual(PRODUCT_CATALOGUE.map((p) => p.code).sort());
    expect(types.filter((t) => t.ConversionFactor === 1)).toHaveLength(1); // the standard product
    types.forEach((t) => {
      expect(t.ConversionFactor).toBeGreaterThan(0);
      expect(t.Title).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      expect(t.EffectiveFrom.slice(0, 10)).toBe('2026-01-01');
    });
    const codes = new Set(types.map((t) => t.ProductCode));
    const workItems = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.workItems, 2026);
    expect(workItems.every((w) => codes.has(w.productCode) && (w.payload as WorkItemPayload).productCode === w.productCode)).toBe(true);
  });

  it('every act is written by the person whose act it is: nothing is ignored when screened', async () => {
    for (const year of YEARS) {
      for (const spec of [LISTS.workItems, LISTS.periodScores, LISTS.selfEvaluations, LISTS.reviews, LISTS.decisions]) {
        const screened = await readScreenedActs(hr(), org, spec, year);
        expect({ list: spec.title, year, ignored: screened.ignored.map((i) => i.reason) }).toEqual({ list: spec.title, year, ignored: [] });
      }
    }
    let effective = 0;
    for (const spec of [LISTS.workItems, LISTS.periodScores, LISTS.selfEvaluations, LISTS.reviews, LISTS.decisions]) {
      for (const year of YEARS) {
        const rows = await readAll(DEV_ACCOUNTS.hr.upn, spec, year);
        effective += rows.length;
        rows.forEach((r) => {
          const expected =
            spec === LISTS.reviews ? org.people[r.login].managerLogin : spec === LISTS.decisions ? competentEvaluatorOf(org, r.login) : r.login;
          expect({ list: spec.title, subject: r.login, author: r.author }).toEqual({ list: spec.title, subject: r.login, author: expected });
        });
      }
    }
    expect(effective).toBe(
      [LISTS.workItems, LISTS.periodScores, LISTS.selfEvaluations, LISTS.reviews, LISTS.decisions].reduce((n, s) => n + report.items[s.title], 0)
    );

    // Minutes name no single subject (no EmployeeLogin column): screened once per person they rate.
    for (const year of [2024, 2025]) {
      const meetings = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.meetings, year);
      expect(meetings.length).toBeGreaterThan(0);
      const acts: RecordedAct[] = [];
      meetings.forEach((m) => {
        const minutes = m.payload as MeetingMinutesPayload;
        expect(m.author).toBe(org.units[m.unitCode].headLogin);
        expect(minutes.chairLogin).toBe(m.author);
        expect(minutes.approved).toBe(true);
        expect(minutes.present).toBeLessThanOrEqual(minutes.total);
        minutes.people.forEach((p) => {
          expect(org.people[p.login].unitCode).toBe(m.unitCode);
          acts.push({ id: m.id, step: 'MEETING_MINUTES', subjectLogin: p.login, authorLogin: m.author, createdAt: m.created, payload: p });
        });
      });
      expect(screenActs(org, acts).ignored).toEqual([]);
    }

    // A complaint is the civil servant's; its answer is the competent evaluator's.
    const complaints = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.complaints, 2025);
    const acts: RecordedAct[] = complaints.map((c) => ({
      id: c.id,
      step: (c.payload as ComplaintPayload).kind === 'ANSWER' ? 'COMPLAINT_ANSWER' : 'COMPLAINT',
      subjectLogin: c.login,
      authorLogin: c.author,
      createdAt: c.created,
      payload: c.payload
    }));
    const screened = screenActs(org, acts);
    expect(screened.ignored).toEqual([]);
    expect(screened.effective.map((a) => a.step)).toEqual(['COMPLAINT', 'COMPLAINT_ANSWER']);
    const [complaint, answer] = screened.effective;
    expect((answer.payload as ComplaintPayload).answersComplaint).toBe(complaint.id);
  });

  it('puts each act in its subject’s unit-year folder (a complaint and its answer in the complainant’s own, a report and a self-evaluation in the person’s own); a civil servant reads their unit’s acts only', async () => {
    for (const year of YEARS) {
      for (const spec of [LISTS.workItems, LISTS.periodScores, LISTS.selfEvaluations, LISTS.reviews, LISTS.decisions, LISTS.complaints, LISTS.meetings]) {
        const rows = await readAll(DEV_ACCOUNTS.hr.upn, spec, year);
        rows.forEach((r) => {
          const unitCode = spec === LISTS.meetings ? r.unitCode : org.people[r.login].unitCode;
          // A complaint (read by the complainant, the competent evaluator and HR only), a report and a
          // self-evaluation (added by the person only) are in the person's own folder.
          const own = spec === LISTS.complaints || spec === LISTS.periodScores || spec === LISTS.selfEvaluations;
          const folder = own ? personalFolderName(r.login) : readScopeName(unitCode, year);
          expect({ key: r.actKey, folder: r.folder.split('/').pop(), unit: r.unitCode }).toEqual({ key: r.actKey, folder, unit: unitCode });
        });
      }
    }
    const an = DEV_ACCOUNTS.staff.upn;
    const unit = org.people[an].unitCode;
    for (const [spec, year] of [[LISTS.periodScores, 2026], [LISTS.decisions, 2025], [LISTS.selfEvaluations, 2024]] as Array<[ListSpec, number]>) {
      const seenByAn = await readAll(an, spec, year);
      const ofUnit = (await readAll(DEV_ACCOUNTS.hr.upn, spec, year)).filter((r) => r.unitCode === unit);
      expect(seenByAn.map((r) => r.id).sort()).toEqual(ofUnit.map((r) => r.id).sort());
      expect(seenByAn.some((r) => r.login === an)).toBe(true);
    }
  });

  it('scores each 2026 review as the engine does from the stored work items and the manager’s assessments', async () => {
    const factors: { [code: string]: number } = {};
    (await hr().web.lists.getByTitle(LISTS.productTypes.title).items.select('ProductCode', 'ConversionFactor')<Array<{ ProductCode: string; ConversionFactor: number }>>()).forEach(
      (t) => (factors[t.ProductCode] = t.ConversionFactor)
    );
    const workItems = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.workItems, 2026);
    const byKey = new Map(workItems.map((w) => [w.actKey, w]));
    const reviews = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.reviews, 2026);
    const submissions = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.periodScores, 2026);
    const approved = reviews.filter((r) => (r.payload as PeriodReviewPayload).outcome === 'APPROVED');
    expect(approved.length).toBeGreaterThan(0);
    const scores: number[] = [];
    for (const review of approved) {
      const payload = review.payload as PeriodReviewPayload;
      // A leader (unit head or deputy) is also scored on d, đ, e, typed in percent (NĐ 335/2025, law.md 5.1).
      const isLeader = isLeaderIn(org, review.login);
      expect({ key: review.actKey, leader: isLeader, components: payload.leaderComponents !== undefined }).toEqual({ key: review.actKey, leader: isLeader, components: isLeader });
      const c = payload.leaderComponents;
      const leaderComponents = c ? { unitResults: c.unitResults / 100, leadershipCapacity: c.leadershipCapacity / 100, unitingCapacity: c.unitingCapacity / 100 } : undefined;
      // Every line the person reported for the period is assessed, once.
      const lines = workItems.filter((w) => w.login === review.login && w.periodId === review.periodId).map((w) => w.actKey).sort();
      expect(payload.assessments.map((a) => a.workItemKey).sort()).toEqual(lines);
      const products: WorkProduct[] = payload.assessments.map((a) => {
        const item = byKey.get(a.workItemKey) as Row;
        const reported = item.payload as WorkItemPayload;
        return {
          productType: { code: reported.productCode, name: reported.productCode, conversionFactor: factors[reported.productCode] },
          assigned: reported.assigned,
          completed: reported.completed,
          completedOnTime: reported.completedOnTime,
          completedMeetingQuality: a.completedMeetingQuality,
          majorErrors: a.majorErrors,
          delays: a.delays,
          majorErrorsObjectiveCauseConfirmed: a.majorErrorsObjectiveCauseConfirmed,
          delaysObjectiveCauseConfirmed: a.delaysObjectiveCauseConfirmed
        };
      });
      const engine = scorePeriod({ isLeader, generalCriteriaScore: payload.generalCriteriaScore, products, leaderComponents });
      // Mẫu 01 by sub-criterion (official-documents.md 1.1): the manager's parts make the total the engine used.
      expect({ key: review.actKey, parts: partsTotal(payload.generalCriteriaParts) }).toEqual({ key: review.actKey, parts: payload.generalCriteriaScore });
      expect({ key: review.actKey, score: payload.score, level: payload.level }).toEqual({ key: review.actKey, score: engine.score, level: engine.level });
      scores.push(engine.score as number);
      // The submission before it carries the engine's score of the person's own figures.
      const submission = submissions.find((s) => s.login === review.login && s.periodId === review.periodId) as Row;
      expect(submission.step).toBe('SUBMITTED');
      expect(submission.reviewer).toBe(org.people[review.login].managerLogin);
      expect(submission.created < review.created).toBe(true);
      const own = scorePeriod({
        isLeader: false,
        generalCriteriaScore: (submission.payload as PeriodSubmissionPayload).generalCriteriaSelfScore,
        products: products.map((p) => ({ ...p, completedMeetingQuality: p.completed, majorErrors: 0, delays: 0 }))
      });
      expect({ key: submission.actKey, score: submission.score, rating: submission.rating }).toEqual({ key: submission.actKey, score: own.score, rating: own.level });
      const own335 = submission.payload as PeriodSubmissionPayload;
      expect({ key: submission.actKey, parts: partsTotal(own335.generalCriteriaSelfParts), items: !!own335.strengths && !!own335.weaknesses }).toEqual({
        key: submission.actKey,
        parts: own335.generalCriteriaSelfScore,
        items: true
      });
    }
    // Most score 70 to 95, a few below 70, a few from 90 (the story's shape, not its exact numbers).
    const share = (f: (s: number) => boolean): number => scores.filter(f).length / scores.length;
    expect(share((s) => s >= 70 && s < 95)).toBeGreaterThan(0.6);
    expect(share((s) => s < 70)).toBeGreaterThan(0);
    expect(share((s) => s < 70)).toBeLessThan(0.25);
    expect(share((s) => s >= 90)).toBeGreaterThan(0);
    expect(share((s) => s >= 90)).toBeLessThan(0.35);
    // Deductions happen, and some are lifted for a confirmed objective cause.
    const assessments = approved.flatMap((r) => (r.payload as PeriodReviewPayload).assessments);
    expect(assessments.some((a) => a.delays > 0 && !a.delaysObjectiveCauseConfirmed)).toBe(true);
    expect(assessments.some((a) => a.delays > 0 && a.delaysObjectiveCauseConfirmed)).toBe(true);
    expect(assessments.some((a) => a.majorErrors > 0)).toBe(true);
    // Leaders report and are reviewed like everyone else.
    expect(approved.some((r) => isLeaderIn(org, r.login))).toBe(true);

    // Each closed month (January to October) is reviewed for everyone tracked; one October period went back.
    const october = await periodIdOf(2026, 10);
    const returned = reviews.filter((r) => (r.payload as PeriodReviewPayload).outcome === 'RETURNED');
    expect(returned.map((r) => [r.login, r.periodId])).toEqual([[report.monthly[2026].returned?.login, october]]);
    expect((returned[0].payload as PeriodReviewPayload).returnReason).toMatch(/\S/);
    const tracked = new Set(submissions.map((s) => s.login));
    for (let month = 1; month <= 10; month++) {
      const id = await periodIdOf(2026, month);
      expect(new Set(reviews.filter((r) => r.periodId === id).map((r) => r.login))).toEqual(tracked);
    }
  });

  it('leaves November open: the well-known manager has submissions waiting, the well-known civil servant’s among them', async () => {
    const manager = DEV_ACCOUNTS.manager.upn;
    const november = await periodIdOf(2026, 11);
    const waiting = (await readAll(manager, LISTS.periodScores, 2026)).filter((s) => s.periodId === november && s.step === 'SUBMITTED' && s.reviewer === manager);
    const reviewed = (await readAll(manager, LISTS.reviews, 2026)).filter((r) => r.periodId === november);
    const pending = waiting.filter((s) => !reviewed.some((r) => r.login === s.login && r.created >= s.created)).map((s) => s.login);
    const reports = Object.keys(org.people).filter((l) => org.people[l].managerLogin === manager);
    expect(pending).toContain(DEV_ACCOUNTS.staff.upn);
    expect(pending.length).toBeGreaterThanOrEqual(Math.min(3, reports.length));
    expect(pending.sort()).toEqual(report.monthly[2026].pendingForWellKnownManager.slice().sort());
    // Across the ministry, November has drafts (private, in the drafts list since schema 3) and submissions,
    // and some people have nothing yet.
    const all = (await readAll(DEV_ACCOUNTS.hr.upn, LISTS.periodScores, 2026)).filter((s) => s.periodId === november);
    const drafts = await sp(DEV_ACCOUNTS.siteOwner.upn).web.lists.getByTitle(LISTS.drafts.title).items
      .select('EmployeeLogin').filter(`PeriodId eq ${november}`).top(5000)<Array<{ EmployeeLogin: string }>>();
    expect(drafts.length).toBeGreaterThan(0);
    expect(all.some((s) => s.step === 'SUBMITTED')).toBe(true);
    const tracked = new Set((await readAll(DEV_ACCOUNTS.hr.upn, LISTS.periodScores, 2026)).map((s) => s.login));
    expect(all.length).toBeLessThan(tracked.size);
    expect(all.every((s) => s.created <= TODAY.toISOString())).toBe(true);
  });

  it('keeps the HTXSNV quota in every agency and group of similar tasks in 2024 and 2025, with the special cases decided', async () => {
    for (const year of [2024, 2025]) {
      const decisions = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.decisions, year);
      expect(decisions.every((d) => (d.payload as DecisionPayload).published && (d.payload as DecisionPayload).rating === d.rating)).toBe(true);
      // The latest decision about each person counts (a re-decision supersedes the first).
      const latest: { [login: string]: Row } = {};
      decisions.forEach((d) => {
        const current = latest[d.login];
        if (!current || current.created <= d.created) latest[d.login] = d;
      });
      const byAgency: { [code: string]: { [group: string]: QuotaGroup } } = {};
      Object.keys(latest).forEach((login) => {
        const rating = latest[login].rating;
        if (!isRatingLevel(rating)) return;
        const agency = (agencyOf(org, login) as { code: string }).code;
        const group = quotaGroupOf(org, login);
        const groups = (byAgency[agency] = byAgency[agency] || {});
        const g = (groups[group] = groups[group] || { name: group, ratings: emptyCounts() });
        g.ratings[rating] += 1;
      });
      Object.keys(byAgency).forEach((agency) => {
        const check = checkQuota(Object.keys(byAgency[agency]).map((k) => byAgency[agency][k]));
        expect({ year, agency, violated: check.perScope.filter((s) => s.violated).map((s) => s.scope) }).toEqual({ year, agency, violated: [] });
      });
      const specials = report.specials[year];
      if (specials.recruited) expect(latest[specials.recruited].rating).toBe('NOT_CLASSIFIED');
      if (specials.disciplined) expect(latest[specials.disciplined].rating).toBe('KHTNV');
      if (specials.longSickLeave) expect(['HTNV', 'KHTNV']).toContain(latest[specials.longSickLeave].rating);
      if (specials.maternity) expect(isRatingLevel(latest[specials.maternity].rating)).toBe(true);
      if (specials.complainant) {
        const mine = decisions.filter((d) => d.login === specials.complainant).sort((a, b) => (a.created < b.created ? -1 : 1));
        expect(mine).toHaveLength(2);
        expect((mine[1].payload as DecisionPayload).supersedes).toBe(mine[0].id);
      }
    }
    // Some were proposed HTXSNV by their unit and lowered to keep the quota; a few keep it.
    const all2025 = await readAll(DEV_ACCOUNTS.hr.upn, LISTS.decisions, 2025);
    expect(all2025.some((d) => /20 %/.test((d.payload as DecisionPayload).reasons))).toBe(true);
  });

  it('leaves HR’s administration as the product keeps it: dated settings, a grouped catalogue, and a journal of each period (HR only)', async () => {
    // Settings are a dated history: each row a name, a value and the day it applies from.
    const settings = await hr().web.lists.getByTitle(LISTS.settings.title).items.select('Title', 'SettingValue', 'EffectiveFrom', 'Author/Name').expand('Author')<
      Array<{ Title: string; SettingValue: string; EffectiveFrom?: string; Author: { Name: string } }>
    >();
    const dated = settings.filter((r) => r.EffectiveFrom);
    expect(dated.map((r) => r.Title).sort()).toEqual(['NotificationChannel', 'quota.rate']);
    expect(dated.every((r) => loginFromClaims(r.Author.Name) === DEV_ACCOUNTS.hr.upn)).toBe(true);
    // The law's 20 % (NĐ 48/2023 khoản 6 Điều 2) from the first year told; mail from the first NĐ 335 year.
    expect(dated.map((r) => [r.Title, r.SettingValue, r.EffectiveFrom?.slice(0, 10)]).sort()).toEqual([['NotificationChannel', 'MAIL', '2026-01-01'], ['quota.rate', '0.2', '2024-01-01']]);

    // The catalogue's groups and measure units, as the administration shows them.
    const types = await hr().web.lists.getByTitle(LISTS.productTypes.title).items.select('ProductCode', 'ProductGroup', 'MeasureUnit', 'UnitCode')<
      Array<{ ProductCode: string; ProductGroup: string; MeasureUnit: string; UnitCode?: string }>
    >();
    expect(types.every((t) => !!t.ProductGroup && !!t.MeasureUnit)).toBe(true);
    expect(new Set(types.map((t) => t.ProductGroup)).size).toBeGreaterThanOrEqual(4);
    expect(types.map((t) => t.ProductGroup)).toEqual(expect.arrayContaining(['Văn bản hành chính', 'Đề án, báo cáo']));
    expect(types.find((t) => t.ProductCode === 'TDDT')?.UnitCode).toBe('DSVH');

    // The journal: HR created every period and closed every closed month; one month reopened with a reason.
    const journal = await new AdminJournal(hr()).read('PERIOD');
    const periods = await hr().web.lists.getByTitle(LISTS.periods.title).items.select('Id', 'Title', 'EvalYear', 'PeriodKind', 'PeriodStatus').top(500)<
      Array<{ Id: number; Title: string; EvalYear: number; PeriodKind: string; PeriodStatus: string }>
    >();
    expect(journal.every((e) => e.byLogin === DEV_ACCOUNTS.hr.upn && e.at <= TODAY.toISOString())).toBe(true);
    // A year's periods created in one entry, as the periods screen records it.
    const created = journal.filter((e) => e.action === 'CREATE');
    expect(created.map((e) => e.subjectKey).sort()).toEqual(YEARS.map((y) => `year:${y}`));
    created.forEach((e) => {
      const titles = (e.after as Array<{ title: string }>).map((p) => p.title).sort();
      expect(titles).toEqual(periods.filter((p) => p.EvalYear === e.year).map((p) => p.Title).sort());
    });
    const closedMonths = periods.filter((p) => p.PeriodKind === 'MONTH' && p.PeriodStatus === 'CLOSED').map((p) => p.Id);
    closedMonths.forEach((id) => expect(journal.some((e) => e.action === 'CLOSE' && Number(e.subjectKey) === id)).toBe(true));
    const reopened = journal.filter((e) => e.action === 'REOPEN');
    expect(reopened).toHaveLength(1);
    expect(reopened[0].reason).toMatch(/\S{10}/);
    expect(Number(reopened[0].subjectKey)).toBe(report.reopenedPeriodId);
    // Newest first: the reopened month was closed again after it was reopened.
    const ofReopened = journal.filter((e) => e.subjectKey === reopened[0].subjectKey).map((e) => e.action);
    expect(ofReopened).toEqual(['CLOSE', 'REOPEN', 'CLOSE']);
    // The journal is HR's: a civil servant cannot even see the list.
    expect(await statusOf(sp(DEV_ACCOUNTS.staff.upn).web.lists.getByTitle(LISTS.adminLog.title).items())).toBe(404);
  });
});
