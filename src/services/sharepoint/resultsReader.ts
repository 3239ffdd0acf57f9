import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { settingsForYear, publicationMarkOf, type SettingRow } from '../../domain/admin/settingsHistory';
import { readDecisionPayload, readReviewPayload } from '../../domain/evaluation/payloadReaders';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import {
  agencyResults,
  historyPeriods,
  historyYears,
  mayReadHistory,
  standingDecisions,
  tallyRatings,
  type DecisionFacts,
  type ReviewFacts,
  type StandingDecision
} from '../../domain/evaluation/resultsSummary';
import { screenActs, type RecordedAct } from '../../domain/org/acts';
import { competentEvaluatorOf, mayRead } from '../../domain/org/authority';
import { normalizeLogin, unitChain, type OrgModel, type OrgUnit } from '../../domain/org/orgModel';
import { quotaGroupOf } from '../../domain/org/quotaGroup';
import { selectRuleSet } from '../../domain/rating/ruleSets';
import { periodActsThatCount } from '../../domain/workflow/periodWorkflow';
import { yearActsThatCount, type YearActFacts } from '../../domain/workflow/yearWorkflow';
import type { ReviewAct, SubmissionAct } from '../../domain/evaluation/derivePeriodResult';
import { readSettingRows } from '../admin/SettingsReader';
import { PersonHistoryNotAllowedError, type AgencyResults, type IDirectoryService, type PersonHistoryView, type ResultsView } from '../contracts';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { odataString } from './odata';
import { readTogether } from './repository';
import { actRowsInBatch, PERIOD_FIELDS, submissionOf, toAct, toPeriod, unitPath, type ActRow, type PeriodRow } from './SharePointEvaluationService';
import { LISTS } from './schema';

/**
 * Issue 13, results: the year's HTXSNV quota per agency and per group of similar tasks with the
 * exceptions and their reasons, the same units' ratings in the two years before, and a person's history.
 * Every decision and review is screened by its author's right, then by the workflow (a decision out of
 * turn does not stand); each reader sees only the agencies whose people they may all read.
 */

/** One page of a unit's decisions over three years, or a person's acts over the years kept: far below 5,000. */
const ROWS = 2000;
/** The years compared with the one asked for (the sample, the dashboard and the person's screen keep three). */
const YEARS_BEFORE = 2;

type DecisionAct = RecordedAct<DecisionFacts & YearActFacts>;

const decisionAct = (row: ActRow): DecisionAct =>
  toAct({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) }, 'DECISION', (r) => {
    const p = readDecisionPayload(r.Payload, r.Rating);
    return { rating: p.rating, published: p.published, quotaException: p.quotaException, supersedes: p.supersedes, corrects: p.corrects };
  });

/** The agency-level unit whose quota applies to a unit (itself for a Cục or Vụ; the ministry's own leaders are one). */
function agencyOf(org: OrgModel, code: string): OrgUnit | undefined {
  const chain = unitChain(org, code);
  return chain.filter((u) => u.level === 'AGENCY')[0] || chain[0];
}

/**
 * The year's decisions that stand, per person, out of acts already screened by their authors' right: the
 * year's workflow (a decision after publication counts only as a re-decision; the reader may not read
 * complaints, so a published re-decision naming the standing one stands, as on the dashboard).
 */
function standingOfYear(org: OrgModel, acts: readonly DecisionAct[]): { standing: { [login: string]: StandingDecision }; ignored: number; published: DecisionAct[] } {
  const counted = yearActsThatCount(acts, (login) => (org.people[login] ? org.people[login].unitCode : undefined), { complaintsKnown: false });
  return { standing: standingDecisions(counted.counted), ignored: counted.ignored.length, published: counted.counted.filter((a) => a.payload.published) };
}

export async function readResults(sp: SPFI, directory: IDirectoryService, orgDirectory: OrgDirectoryService, year: number): Promise<ResultsView> {
  const [me, { org }] = await Promise.all([directory.getMe(), orgDirectory.getOrg()]);
  const myLogin = normalizeLogin(me.userPrincipalName);
  const years: number[] = [];
  for (let y = year - YEARS_BEFORE; y <= year; y++) years.push(y);
  // Agencies (Cục, Vụ) with their units; one is shown when the reader may read every one of its people's
  // decisions, which lie in each person's own folder (the person, their competent evaluator, HR:
  // readScopes.personalScopes): its figures are the agency's whole, never a part passed off as it.
  const peopleOf: { [unitCode: string]: string[] } = {};
  Object.keys(org.people).forEach((login) => (peopleOf[org.people[login].unitCode] = (peopleOf[org.people[login].unitCode] || []).concat([login])));
  const unitsOfAgency: { [agencyCode: string]: string[] } = {};
  Object.keys(org.units).forEach((code) => {
    const agency = agencyOf(org, code);
    if (agency && (peopleOf[code] || []).length > 0) unitsOfAgency[agency.code] = (unitsOfAgency[agency.code] || []).concat([code]);
  });
  const agencyCodes = Object.keys(unitsOfAgency)
    .filter((code) => {
      const staff = unitsOfAgency[code].reduce<string[]>((all, u) => all.concat(peopleOf[u]), []);
      const isHr = org.hrLogins.indexOf(myLogin) >= 0;
      return staff.every((login) => mayRead(org, myLogin, login) && (isHr || login === myLogin || competentEvaluatorOf(org, login) === myLogin));
    })
    .sort((a, b) => unitPath(org, org.units[a]).localeCompare(unitPath(org, org.units[b]), 'vi'));
  const unitCodes = agencyCodes.reduce<string[]>((all, a) => all.concat(unitsOfAgency[a].slice().sort()), []);
  // One batch: HR's settings (the quota's rate and base of each year) and, per unit, its decisions of the
  // three years (UnitCode and EvalYear are indexed: each query stays below the threshold at any scale).
  const yearClause = `(${years.map((y) => `EvalYear eq ${y}`).join(' or ')})`;
  const [settingRows, ...perUnit] = await readTogether<Array<SettingRow[] | ActRow[]>>(sp, (b) => [
    readSettingRows(b),
    ...unitCodes.map((code) => actRowsInBatch(sp, b, LISTS.decisions.title, `UnitCode eq ${odataString(code)} and ${yearClause}`, ['Rating'], ROWS))
  ]);
  // A decision filed under a unit counts for that unit's year; in the year asked for, only about
  // someone of the unit now (a misfiled act counts for nothing, as in the decision sheet).
  const acts: DecisionAct[] = [];
  const unitOfAct: { [id: number]: string } = {};
  (perUnit as ActRow[][]).forEach((rows, i) => {
    rows.forEach((row) => {
      const login = normalizeLogin(row.EmployeeLogin);
      const person = org.people[login];
      if (!person || (Number(row.EvalYear) === year && person.unitCode !== unitCodes[i])) return;
      unitOfAct[row.Id] = unitCodes[i];
      acts.push({ ...decisionAct(row), unitCode: unitCodes[i] });
    });
  });
  const screened = screenActs(org, acts);
  let ignoredActs = screened.ignored.length;
  const yearOf: { [id: number]: number } = {};
  (perUnit as ActRow[][]).forEach((rows) => rows.forEach((row) => (yearOf[row.Id] = Number(row.EvalYear))));
  const byYear: { [y: number]: { standing: { [login: string]: StandingDecision }; unitOf: { [login: string]: string } } } = {};
  let quotaSettings = settingsForYear(settingRows as SettingRow[], year).settings.quota;
  years.forEach((y) => {
    const ofYear = screened.effective.filter((a) => yearOf[a.id] === y);
    const result = standingOfYear(org, ofYear);
    ignoredActs += result.ignored;
    const unitOf: { [login: string]: string } = {};
    ofYear.forEach((a) => (unitOf[normalizeLogin(a.subjectLogin)] = unitOfAct[a.id]));
    byYear[y] = { standing: result.standing, unitOf };
    if (y === year) {
      // A year already published keeps the settings it was published with (settingsHistory).
      const mark = publicationMarkOf(result.published.map((a) => ({ published: true, at: a.createdAt })));
      quotaSettings = settingsForYear(settingRows as SettingRow[], year, mark).settings.quota;
    }
  });
  const selection = selectRuleSet(year, 'CONG_CHUC');
  const ruleSet = selection.ok ? selection.ruleSet : undefined;
  const tallyOf = (y: number, unitCodesIn: readonly string[]): { year: number } & ReturnType<typeof tallyRatings> => {
    const { standing, unitOf } = byYear[y];
    return { year: y, ...tallyRatings(Object.keys(standing).filter((login) => unitCodesIn.indexOf(unitOf[login]) >= 0).map((login) => standing[login])) };
  };
  const agencies: AgencyResults[] = agencyCodes.map((agencyCode) => {
    const units = unitsOfAgency[agencyCode].slice().sort((a, b) => unitPath(org, org.units[a]).localeCompare(unitPath(org, org.units[b]), 'vi'));
    const people = units
      .reduce<string[]>((all, u) => all.concat(peopleOf[u]), [])
      .map((login) => ({ login, displayName: org.people[login].displayName, taskGroup: quotaGroupOf(org, login) }));
    const summary = agencyResults({ people, decisions: byYear[year].standing, settings: quotaSettings, ruleSet });
    return {
      agencyCode,
      agencyName: unitPath(org, org.units[agencyCode]) || org.units[agencyCode].name,
      ...summary,
      byYear: years.map((y) => tallyOf(y, units)),
      units: units.map((code) => ({ unitCode: code, unitName: unitPath(org, org.units[code]) || org.units[code].name, byYear: years.map((y) => tallyOf(y, [code])) }))
    };
  });
  return { year, ruleSetId: ruleSet ? ruleSet.id : undefined, years, quota: { rate: quotaSettings.rate, base: quotaSettings.base }, agencies, ignoredActs };
}

export async function readPersonHistory(sp: SPFI, directory: IDirectoryService, orgDirectory: OrgDirectoryService, login: string): Promise<PersonHistoryView> {
  const [me, { org }] = await Promise.all([directory.getMe(), orgDirectory.getOrg()]);
  const subject = normalizeLogin(login);
  const person = org.people[subject];
  // Refused before anything of the person is read (the lists' folders are the second wall).
  if (!person || !mayReadHistory(org, me.userPrincipalName, subject)) throw new PersonHistoryNotAllowedError(subject);
  const mine = `EmployeeLogin eq ${odataString(subject)}`;
  const [periodRows, submissions, reviews, decisions] = await readTogether<[PeriodRow[], ActRow[], ActRow[], ActRow[]]>(sp, (b) => [
    // The periods list holds a dozen rows a year: read whole, it stays far below the threshold.
    b.web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).top(ROWS)<PeriodRow[]>(),
    actRowsInBatch(sp, b, LISTS.periodScores.title, `${mine} and Step eq 'SUBMITTED'`, ['PeriodId', 'Step', 'ReviewerLogin'], ROWS),
    actRowsInBatch(sp, b, LISTS.reviews.title, mine, ['PeriodId'], ROWS),
    actRowsInBatch(sp, b, LISTS.decisions.title, mine, ['Rating'], ROWS)
  ]);
  const about = (row: ActRow): ActRow => ({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) });
  const reviewFacts: { [id: number]: ReviewFacts } = {};
  const periodActs = [
    ...submissions.map((r) => toAct(about(r), 'SELF_ASSESSMENT', submissionOf)),
    ...reviews.map((r) =>
      toAct(about(r), 'PERIOD_REVIEW', (x): ReviewAct => {
        const p = readReviewPayload(x.Payload);
        reviewFacts[x.Id] = { periodId: x.PeriodId || 0, outcome: p.outcome, score: p.score, level: p.level };
        return { periodId: x.PeriodId || 0, outcome: p.outcome, score: p.score, level: p.level, corrects: p.corrects };
      })
    )
  ];
  const screenedPeriods = screenActs<SubmissionAct | ReviewAct>(org, periodActs);
  let ignoredActs = screenedPeriods.ignored.length;
  const periods: EvaluationPeriod[] = periodRows.map(toPeriod).filter((p) => p.kind !== 'YEAR');
  const countedReviews: Array<RecordedAct<ReviewFacts>> = [];
  periods.forEach((period) => {
    const counted = periodActsThatCount(period, screenedPeriods.effective as Array<RecordedAct<SubmissionAct> | RecordedAct<ReviewAct>>);
    ignoredActs += counted.ignored.length;
    counted.counted.filter((a) => a.step === 'PERIOD_REVIEW').forEach((a) => countedReviews.push({ ...a, payload: reviewFacts[a.id] }));
  });
  // Only the periods of the years the person has something in (a month before they joined is not theirs).
  const yearsWithActs = submissions.concat(reviews, decisions).map((r) => Number(r.EvalYear));
  const kept = periods.filter((p) => yearsWithActs.indexOf(p.year) >= 0);
  const screenedDecisions = screenActs(org, decisions.map(decisionAct));
  ignoredActs += screenedDecisions.ignored.length;
  const standingByYear: { [year: number]: StandingDecision | undefined } = {};
  const yearOf: { [id: number]: number } = {};
  decisions.forEach((r) => (yearOf[r.Id] = Number(r.EvalYear)));
  yearsWithActs
    .filter((y, i, all) => all.indexOf(y) === i)
    .forEach((y) => {
      const result = standingOfYear(org, screenedDecisions.effective.filter((a) => yearOf[a.id] === y));
      ignoredActs += result.ignored;
      standingByYear[y] = result.standing[subject];
    });
  const unit = org.units[person.unitCode];
  return {
    person: { login: subject, displayName: person.displayName, jobTitle: person.jobTitle, unitName: unit ? unitPath(org, unit) || unit.name : person.unitCode },
    periods: historyPeriods(kept, countedReviews),
    years: historyYears(yearsWithActs, standingByYear),
    ignoredActs
  };
}
