import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { periodAppliesTo, unitPeriodKind } from '../../domain/admin/periods';
import { dashboardRows, dashboardUnits, defaultPeriod, staffByUnit, type DashboardYearFacts, type UnitActs } from '../../domain/evaluation/dashboardProgress';
import type { DashboardQuery, DashboardView } from '../../domain/evaluation/model';
import type { RecordedAct } from '../../domain/org/acts';
import { normalizeLogin } from '../../domain/org/orgModel';
import { isRatingOutcome } from '../../domain/rating/ratingCodes';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { odataString } from './odata';
import { ministryPeriodKind, periodKindSettingRows, type SettingRow } from './periodKindSetting';
import { readTogether } from './repository';
import { LISTS } from './schema';
import { byKindAndIndex, parseJson, PERIOD_FIELDS, reviewOf, rowsInBatch, submissionOf, toAct, toPeriod, type ActRow, type PeriodRow } from './SharePointEvaluationService';

/**
 * The dashboard's reader (issue 13): reads only what the view shows. The organisation from its snapshot
 * (one request, shared by the page's web parts), the year's periods, then for the units the reader may
 * see: the chosen period's submissions and reviews and the year's self-evaluations, minutes and
 * decisions, only the columns needed, in as few `$batch`es as SharePoint takes (100 reads each). Every
 * act is screened by its author's right (domain/evaluation/dashboardProgress).
 */

/** The columns every act is screened with: who wrote it (Author, Editor), when, where, under which key. */
const BASE = ['Id', 'EvalYear', 'UnitCode', 'ActKey', 'FileDirRef', 'Created', 'Author/Name', 'Editor/Name'];
const PERSONAL = BASE.concat(['EmployeeLogin']);
/** A unit's acts of a period or a year: far below the threshold; a page that fills is read on. */
const UNIT_PAGE = 2000;
/** A read across the ministry asks for up to the threshold at once (SharePoint refuses more). */
const WIDE_PAGE = 5000;
/**
 * A list of acts is read across the ministry, from one indexed column (PeriodId, EvalYear), instead of
 * unit by unit, when the reader sees more units than this (HR, a Thứ trưởng) and the acts it matches
 * stay well below the 5,000-item threshold whatever the permissions (the threshold counts them all).
 */
const WIDE_FROM_UNITS = 12;
const WIDE_MAX_ITEMS = 3500;

interface CurrentUserRow {
  UserPrincipalName?: string;
  Email?: string;
}

const numberOrUndefined = (value: unknown): number | undefined => (typeof value === 'number' && isFinite(value) ? value : undefined);

function selfEvaluationAct(row: ActRow): RecordedAct<DashboardYearFacts> {
  return toAct({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) }, 'SELF_ASSESSMENT', (r) => {
    const p = parseJson(r.Payload);
    return { submitted: p.submitted === true, corrects: numberOrUndefined(p.corrects) };
  });
}

function minutesAct(row: ActRow): RecordedAct<DashboardYearFacts> {
  const act = toAct({ ...row, EmployeeLogin: '' }, 'MEETING_MINUTES', (r) => {
    const p = parseJson(r.Payload);
    const people = Array.isArray(p.people) ? (p.people as unknown[]) : [];
    const named = people
      .map((e) => (e && typeof e === 'object' ? (e as { login?: unknown }).login : undefined))
      .filter((login): login is string => typeof login === 'string')
      .map(normalizeLogin);
    return { approved: p.approved === true, corrects: numberOrUndefined(p.corrects), named };
  });
  return { ...act, unitCode: row.UnitCode };
}

function decisionAct(row: ActRow): RecordedAct<DashboardYearFacts> {
  return toAct({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) }, 'DECISION', (r) => {
    const p = parseJson(r.Payload);
    const rating = typeof p.rating === 'string' ? p.rating : r.Rating;
    return {
      rating: isRatingOutcome(rating) ? rating : undefined,
      published: p.published === true,
      supersedes: numberOrUndefined(p.supersedes),
      corrects: numberOrUndefined(p.corrects)
    };
  });
}

export async function readDashboard(sp: SPFI, orgDirectory: OrgDirectoryService, today: Date, query: DashboardQuery): Promise<DashboardView> {
  const year = query.year;
  // The organisation (units list, HR group, snapshot: one batch, shared by the page's web parts).
  const loaded = await orgDirectory.getOrg();
  const org = loaded.org;
  // Who reads (SharePoint's own word), the year's periods and the ministry's period kind: one batch.
  const [me, periodRows, settingRows] = await readTogether<[CurrentUserRow, PeriodRow[], SettingRow[]]>(sp, (b) => [
    b.web.currentUser.select('UserPrincipalName', 'Email')<CurrentUserRow>(),
    b.web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).filter(`EvalYear eq ${year}`).top(UNIT_PAGE)<PeriodRow[]>(),
    periodKindSettingRows(b)
  ]);
  const readerLogin = normalizeLogin(me.UserPrincipalName || me.Email || loaded.readerLogin);
  const ministryKind = ministryPeriodKind(settingRows, year);
  const periods = periodRows
    .map(toPeriod)
    .filter((p) => p.kind !== 'YEAR')
    .sort((a, b) => (a.kind === b.kind ? byKindAndIndex(a, b) : a.kind === 'MONTH' ? -1 : 1));
  const chosen = typeof query.periodId === 'number' ? periods.filter((p) => p.id === query.periodId)[0] : undefined;
  const period = chosen || defaultPeriod(periods, today, ministryKind);

  const units = dashboardUnits(org, readerLogin);
  const staff = staffByUnit(org);
  const peopleCount = Object.keys(org.people).length;
  // A month concerns only monthly units, a quarter quarterly ones: the others' period acts are not read.
  const periodUnits = period
    ? units.filter((u) => (staff[u.code] || []).length > 0 && periodAppliesTo(period, unitPeriodKind(org, u.code, ministryKind))).map((u) => u.code)
    : [];
  const wide = units.length > WIDE_FROM_UNITS;
  // Items one indexed filter matches across the ministry: a period's submissions or reviews about one a
  // person (more after returns), a year's self-evaluations one a person, its decisions two (the decision
  // and its publication).
  const periodWide = wide && peopleCount * 1.5 <= WIDE_MAX_ITEMS;
  const selfWide = wide && peopleCount * 1.5 <= WIDE_MAX_ITEMS;
  const decisionsWide = wide && peopleCount * 2.5 <= WIDE_MAX_ITEMS;
  const ofYear = `EvalYear eq ${year}`;
  const unitYear = (code: string): string => `UnitCode eq ${odataString(code)} and ${ofYear}`;
  const unitPeriod = (code: string, periodId: number): string => `UnitCode eq ${odataString(code)} and PeriodId eq ${periodId}`;
  const submissionColumns = PERSONAL.concat(['PeriodId', 'Step', 'Payload']);
  const reviewColumns = PERSONAL.concat(['PeriodId', 'Payload']);
  const selfColumns = PERSONAL.concat(['Payload']);
  const decisionColumns = PERSONAL.concat(['Rating', 'Payload']);
  const minutesColumns = BASE.concat(['Payload']);

  // Each read's place in the batch's answers, by what it reads.
  type Read = { list: 'submissions' | 'reviews' | 'selfEvaluations' | 'minutes' | 'decisions'; unitCode?: string };
  const plan: Read[] = [];
  const build = (b: SPFI): Array<Promise<ActRow[]>> => {
    const reads: Array<Promise<ActRow[]>> = [];
    const add = (read: Read, rows: Promise<ActRow[]>): void => {
      plan.push(read);
      reads.push(rows);
    };
    plan.length = 0;
    if (period) {
      if (periodWide) {
        // A submission after a return names no unit of its own: Step SUBMITTED only (drafts were never acts).
        add({ list: 'submissions' }, rowsInBatch(sp, b, LISTS.periodScores.title, `PeriodId eq ${period.id} and Step eq 'SUBMITTED'`, submissionColumns, WIDE_PAGE));
        add({ list: 'reviews' }, rowsInBatch(sp, b, LISTS.reviews.title, `PeriodId eq ${period.id}`, reviewColumns, WIDE_PAGE));
      } else {
        periodUnits.forEach((code) => {
          add({ list: 'submissions', unitCode: code }, rowsInBatch(sp, b, LISTS.periodScores.title, `${unitPeriod(code, period.id)} and Step eq 'SUBMITTED'`, submissionColumns, UNIT_PAGE));
          add({ list: 'reviews', unitCode: code }, rowsInBatch(sp, b, LISTS.reviews.title, unitPeriod(code, period.id), reviewColumns, UNIT_PAGE));
        });
      }
    }
    // The minutes: one item or two a unit and year, a few hundred a year across the ministry.
    add({ list: 'minutes' }, rowsInBatch(sp, b, LISTS.meetings.title, ofYear, minutesColumns, WIDE_PAGE));
    if (selfWide) add({ list: 'selfEvaluations' }, rowsInBatch(sp, b, LISTS.selfEvaluations.title, ofYear, selfColumns, WIDE_PAGE));
    if (decisionsWide) add({ list: 'decisions' }, rowsInBatch(sp, b, LISTS.decisions.title, ofYear, decisionColumns, WIDE_PAGE));
    units.forEach((u) => {
      if (!selfWide) add({ list: 'selfEvaluations', unitCode: u.code }, rowsInBatch(sp, b, LISTS.selfEvaluations.title, unitYear(u.code), selfColumns, UNIT_PAGE));
      if (!decisionsWide) add({ list: 'decisions', unitCode: u.code }, rowsInBatch(sp, b, LISTS.decisions.title, unitYear(u.code), decisionColumns, UNIT_PAGE));
    });
    return reads;
  };
  const results = units.length > 0 ? await readTogether<ActRow[][]>(sp, build) : [];

  // Each row to the unit it is filed under (UnitCode): only the units shown are kept.
  const byUnit: { [code: string]: UnitActs } = {};
  units.forEach((u) => (byUnit[u.code] = { unitCode: u.code, submissions: [], reviews: [], selfEvaluations: [], minutes: [], decisions: [] }));
  const place = (list: Read['list'], rows: readonly ActRow[], unitCode?: string): void => {
    rows.forEach((row) => {
      const target = byUnit[unitCode || row.UnitCode];
      if (!target) return;
      const acts = target as unknown as { [K in Read['list']]: Array<RecordedAct<unknown>> };
      if (list === 'submissions') acts.submissions.push(toAct({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) }, 'SELF_ASSESSMENT', submissionOf));
      else if (list === 'reviews') acts.reviews.push(toAct({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) }, 'PERIOD_REVIEW', reviewOf));
      else if (list === 'selfEvaluations') acts.selfEvaluations.push(selfEvaluationAct(row));
      else if (list === 'minutes') acts.minutes.push(minutesAct(row));
      else acts.decisions.push(decisionAct(row));
    });
  };
  // A read by unit keeps what it was asked for; a read across the ministry is placed by the row's UnitCode.
  results.forEach((rows, i) => place(plan[i].list, rows, plan[i].unitCode));

  return {
    year,
    periods,
    period,
    units: dashboardRows({ org, readerLogin, period, ministryKind, today, units: units.map((u) => byUnit[u.code]) }),
    orgAsOf: loaded.snapshot && loaded.snapshot.used ? loaded.snapshot.takenAt : undefined
  };
}
