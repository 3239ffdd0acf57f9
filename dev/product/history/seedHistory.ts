import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { OrgModel } from '../../../src/domain/org/orgModel';
import { OrgDirectoryService } from '../../../src/services/graph/OrgDirectoryService';
import { ALL_LISTS, LISTS } from '../../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../seed/accounts';
import { seederGraph, seederSp } from '../seederClients';
import { prng } from '../../seed/names';
import { bulkInsertItems, type BulkItem, type Intranet } from '../../server';
import { administrationSample } from './administration';
import { CATALOGUE_EFFECTIVE_FROM, catalogueUnitCode, PRODUCT_CATALOGUE } from './catalogue';
import { castOf, Folders, vnTime, type CastMember } from './cast';
import { seedMonthlyYear, type ActsByList, type MonthPeriod, type MonthlyStory } from './monthly';
import { complaintStory, seedNd90Year, type YearSpecials } from './yearly';
import type { Rand } from './texts';

/** The first year tracked monthly under NĐ 335/2025; the years before are NĐ 90/2020 as amended by NĐ 48/2023. */
export const FIRST_ND335_YEAR = 2026;

export const HISTORY_SEED = 20261128;

export interface SeedHistoryOptions {
  /** the evaluation years to fill, e.g. [2024, 2025, 2026]; their periods must exist (provisionSampleSite) */
  years: readonly number[];
  /** the story is told as of this day: nothing is created after it */
  today: Date;
  /** a deterministic generator (default: a fixed-seed mulberry32) */
  rand?: Rand;
  /**
   * A unit late with its evaluation, left for someone to walk through the journey on the page: its
   * people have nothing from the month before the open one on, and nothing for the last NĐ 90 year.
   */
  lateUnit?: string;
}

export interface SeedHistoryReport {
  /** items inserted per list title */
  items: { [listTitle: string]: number };
  total: number;
  /** civil servants in the story (the ministry's own leadership and the site's owner are not evaluated here) */
  people: number;
  ms: number;
  /** who the special cases are, per year, for the README and the tests */
  specials: { [year: number]: YearSpecials };
  monthly: { [year: number]: MonthlyStory };
  /** the late unit's code, when there is one (options.lateUnit) */
  lateUnit?: string;
  /** the month HR reopened (with a reason in the journal) and closed again */
  reopenedPeriodId?: number;
}

interface PeriodRow {
  Id: number;
  Title?: string;
  EvalYear: number;
  PeriodKind: string;
  PeriodIndex?: number;
  PeriodStatus: string;
  Deadline?: string;
}

/**
 * The periods the late unit has not done: the open month and the month before it, which in January is
 * last year's December. Whatever today's date, the late unit is late for exactly one closed month.
 */
export function monthsLeftToDo(periods: ReadonlyArray<Pick<PeriodRow, 'Id' | 'EvalYear' | 'PeriodKind' | 'PeriodIndex' | 'PeriodStatus'>>): number[] {
  const months = periods.filter((p) => p.PeriodKind === 'MONTH' && typeof p.PeriodIndex === 'number');
  const order = (p: { EvalYear: number; PeriodIndex?: number }): number => p.EvalYear * 12 + (p.PeriodIndex as number) - 1;
  const open = months.filter((p) => p.PeriodStatus === 'OPEN').reduce((latest, p) => Math.max(latest, order(p)), -1);
  if (open < 0) return [];
  return months.filter((p) => order(p) === open || order(p) === open - 1).map((p) => p.Id);
}

/** Picks people for the special cases of the NĐ 90 years, never a well-known account except the complainant. */
function chooseSpecials(rand: Rand, cast: readonly CastMember[], nd90Years: readonly number[]): { [year: number]: YearSpecials } {
  const wellKnown = new Set(Object.values(DEV_ACCOUNTS).map((a) => a.upn));
  const ordinary = cast.filter((m) => !m.isLeader && !wellKnown.has(m.login));
  const taken = new Set<string>();
  const take = (filter: (m: CastMember) => boolean): string | undefined => {
    const pool = ordinary.filter((m) => !taken.has(m.login) && filter(m));
    if (pool.length === 0) return undefined;
    const chosen = pool[Math.floor(rand() * pool.length)];
    taken.add(chosen.login);
    return chosen.login;
  };
  const result: { [year: number]: YearSpecials } = {};
  const first = nd90Years[0];
  const last = nd90Years[nd90Years.length - 1];
  // Recruits first, in year order: someone recruited in 2025 has no 2024.
  for (const year of nd90Years) {
    result[year] = { recruited: take(() => true) };
  }
  if (first !== undefined) {
    result[first].disciplined = take(() => true);
    result[first].longSickLeave = take(() => true);
  }
  if (last !== undefined) {
    result[last].maternity = take((m) => m.female);
    const staff = cast.find((m) => m.login === DEV_ACCOUNTS.staff.upn);
    result[last].complainant = staff ? staff.login : take(() => true);
  }
  return result;
}

/**
 * Fills a provisioned sample site with a realistic, deterministic history (issue 5): the product
 * catalogue; for NĐ 335 years, each civil servant's monthly work items, submissions and their
 * manager's reviews; for NĐ 90/48 years, self-evaluations, unit meetings, decisions (quota kept) and
 * a complaint. Every item is written as the person whose act it is, in its subject's unit-year folder,
 * straight into the store (bulkInsertItems) so that thousands of people seed in seconds.
 */
export async function seedHistory(intranet: Intranet, options: SeedHistoryOptions): Promise<SeedHistoryReport> {
  const started = Date.now();
  const rand = options.rand ?? prng(HISTORY_SEED);
  const today = options.today;
  const sp = seederSp(intranet, DEV_ACCOUNTS.siteOwner.upn);
  const { org } = await new OrgDirectoryService(sp, seederGraph(intranet, DEV_ACCOUNTS.siteOwner.upn)).getOrg();
  const periods: PeriodRow[] = await sp.web.lists
    .getByTitle(LISTS.periods.title)
    .items.select('Id', 'Title', 'EvalYear', 'PeriodKind', 'PeriodIndex', 'PeriodStatus', 'Deadline')
    .top(5000)();

  const folders = new Folders(intranet.store);
  const cast = castOf(org, rand);
  const years = options.years.slice().sort((a, b) => a - b);
  const nd90Years = years.filter((y) => y < FIRST_ND335_YEAR);
  const specials = chooseSpecials(rand, cast, nd90Years);
  const report: SeedHistoryReport = { items: {}, total: 0, people: cast.length, ms: 0, specials, monthly: {}, lateUnit: options.lateUnit };
  const isLate = (unitCode: unknown): boolean => !!options.lateUnit && unitCode === options.lateUnit;
  const lateUnitToDo = monthsLeftToDo(periods);
  const insert = (listTitle: string, items: BulkItem[]): number[] => {
    const ids = items.length > 0 ? bulkInsertItems(intranet.store, listTitle, items) : [];
    report.items[listTitle] = (report.items[listTitle] || 0) + ids.length;
    report.total += ids.length;
    return ids;
  };

  // Danh mục sản phẩm, issued by the Vụ Tổ chức cán bộ before the first NĐ 335 year.
  insert(
    LISTS.productTypes.title,
    PRODUCT_CATALOGUE.map((p, i) => ({
      authorUpn: DEV_ACCOUNTS.hr.upn,
      created: vnTime(2025, 12, 26, 9, i),
      values: { Title: p.name, ProductCode: p.code, ConversionFactor: p.conversionFactor, EffectiveFrom: CATALOGUE_EFFECTIVE_FROM, ProductGroup: p.group, MeasureUnit: p.measureUnit, UnitCode: catalogueUnitCode(p) }
    }))
  );

  for (const year of years) {
    const acts: ActsByList = {};
    if (year >= FIRST_ND335_YEAR) {
      const months: MonthPeriod[] = periods
        .filter((p) => p.EvalYear === year && p.PeriodKind === 'MONTH' && typeof p.PeriodIndex === 'number')
        .map((p) => ({ id: p.Id, month: p.PeriodIndex as number, status: p.PeriodStatus }));
      report.monthly[year] = seedMonthlyYear({ rand, year, today, folders, acts }, cast, months);
      // The late unit's last closed month and the open one stay to do.
      for (const list of [LISTS.workItems.title, LISTS.periodScores.title, LISTS.reviews.title, LISTS.drafts.title]) {
        insert(list, (acts[list] || []).filter((item) => !(isLate(item.values.UnitCode) && lateUnitToDo.indexOf(Number(item.values.PeriodId)) >= 0)));
      }
      continue;
    }
    const later = nd90Years.filter((y) => y > year).map((y) => specials[y].recruited);
    const lastNd90Year = year === nd90Years[nd90Years.length - 1];
    const inYear = cast.filter((m) => later.indexOf(m.login) < 0 && !(lastNd90Year && isLate(m.unitCode)));
    const ctx = { rand, year, today, org: org as OrgModel, folders, acts };
    const outcomes = seedNd90Year(ctx, inYear, specials[year]);
    insert(LISTS.selfEvaluations.title, acts[LISTS.selfEvaluations.title] || []);
    insert(LISTS.meetings.title, acts[LISTS.meetings.title] || []);
    const decisions = acts[LISTS.decisions.title] || [];
    const decisionIds = insert(LISTS.decisions.title, decisions);
    const complainant = specials[year].complainant;
    const index = outcomes.findIndex((o) => o.login === complainant);
    if (index >= 0) {
      const story = complaintStory(ctx, outcomes[index], decisionIds[index]);
      const [complaintId] = insert(LISTS.complaints.title, [story.complaint]);
      insert(LISTS.complaints.title, [story.answer(complaintId)]);
      insert(LISTS.decisions.title, [story.redecision]);
    }
  }
  // What HR did in the administration meanwhile: the settings in force and the journal of periods, settings and products.
  const administration = administrationSample(periods, today, years[0]);
  insert(LISTS.settings.title, administration.settings);
  insert(LISTS.adminLog.title, administration.journal);
  report.reopenedPeriodId = administration.reopenedPeriodId;
  for (const list of ALL_LISTS) {
    if (list.ownItemsOnly && report.items[list.title] === undefined) report.items[list.title] = 0;
  }
  report.ms = Date.now() - started;
  return report;
}
