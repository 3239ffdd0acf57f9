import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { ComplaintPayload, DecisionPayload, MeetingMinutesPayload, PeriodReviewPayload, SelfEvaluationPayload } from '../../../domain/evaluation/actPayloads';
import type { EvaluationPeriod } from '../../../domain/evaluation/model';
import { suggestYear, type YearPeriodScore, type YearSuggestion } from '../../../domain/evaluation/yearSuggestion';
import { screenActs, type IgnoredAct, type RecordedAct } from '../../../domain/org/acts';
import {
  readComplaintPayload,
  readDecisionPayload,
  readMinutesPayload,
  readReviewPayload,
  readSelfEvaluationPayload
} from '../../../domain/evaluation/payloadReaders';
import { actKeys } from '../../../domain/workflow/actKeys';
import { periodActsThatCount } from '../../../domain/workflow/periodWorkflow';
import { yearActsThatCount, type YearActFacts } from '../../../domain/workflow/yearWorkflow';
import type { ReviewAct, SubmissionAct } from '../../../domain/evaluation/derivePeriodResult';
import { competentEvaluatorOf, mayKeepMinutes } from '../../../domain/org/authority';
import { normalizeLogin, unitChain, type OrgModel, type OrgUnit } from '../../../domain/org/orgModel';
import { isRatingLevel, selectRuleSet, type RuleSetId } from '../../../domain/rating';
import type { Availability } from '../../journey/availability';
import { decideAvailability as decideWhen, minutesAvailability as minutesWhen, type PersonYearFacts } from '../../../domain/workflow/yearAvailability';
import type { ComplaintRecord, DecisionRecord } from '../../journey/year';
import { odataString } from '../odata';
import { actRowsVisible, draftRowsVisible, type DraftRow } from '../actsReader';
import { readTogether } from '../repository';
import { etagOf } from '../repository/etag';
import type { RawItem } from '../repository';
import { PERIOD_FIELDS, reviewOf, submissionOf, toAct, toPeriod, type ActRow, type PeriodRow } from '../SharePointEvaluationService';
import { LISTS } from '../schema';
import { lastSettingsRowId, publicationMarkOf, settingsForYear, type PublicationMark, type SettingRow } from '../../../domain/admin/settingsHistory';
import type { RatingSettings } from '../../../domain/rating/settings';
import { readSettingRows } from '../../admin/SettingsReader';

/**
 * What a unit-year's acts say, screened by their authors' rights (a forged act counts for nothing):
 * read per unit of an agency, every query starting from UnitCode and EvalYear, in one `$batch`.
 */

/** The rows of one unit of a year. */
export interface UnitRows {
  unitCode: string;
  selfEvaluations: ActRow[];
  meetings: ActRow[];
  decisions: ActRow[];
  complaints: ActRow[];
  reviews: ActRow[];
  /** The submissions of the unit's periods (what a review answers), when scores are read. */
  submissions: ActRow[];
}

export interface YearRows {
  units: UnitRows[];
  periods: EvaluationPeriod[];
  /** The reader's own working copies of minutes (private drafts list), by unit code. */
  minutesDrafts?: { [unitCode: string]: DraftRow | undefined };
  /** HR's settings rows (DGCC_Settings), read with the scores; absent: the defaults. */
  settings?: SettingRow[];
  /**
   * The period acts of the year of people who moved into these units (recorded transfers): those before
   * the move are filed under the unit they left, so they are read by person, not by unit.
   */
  movers?: { reviews: ActRow[]; submissions: ActRow[] };
}

/** One page of a unit's acts of a year; a unit's year stays far below the 5,000-item threshold. */
const ROWS = 2000;
const ACT_COLUMNS = ['Id', 'EvalYear', 'UnitCode', 'Payload', 'ActKey', 'FileDirRef', 'Created', 'Author/Name', 'Editor/Name'];
/** Lists read per unit (and what each read returns, in order). */
const PER_UNIT = 6;

function actsOf(b: SPFI, listTitle: string, filter: string, extra: string[]): Promise<ActRow[]> {
  return actRowsVisible<ActRow>(b, listTitle, filter, ACT_COLUMNS.concat(extra), ROWS);
}

/**
 * Every act of the year for these units, with the periods (NĐ 335 scores) when asked, and the reader's
 * own working copies of the minutes of `draftUnits`: one batch.
 */
export async function readYearRows(
  sp: SPFI,
  unitCodes: readonly string[],
  year: number | readonly number[],
  withScores: boolean,
  draftUnits: readonly string[] = [],
  movedIn: readonly string[] = []
): Promise<YearRows> {
  // Several years (the inbox: last year's and this year's) in the same batch, told apart by EvalYear.
  const years = typeof year === 'number' ? [year] : year;
  const yearClause = years.length === 1 ? `EvalYear eq ${years[0]}` : `(${years.map((y) => `EvalYear eq ${y}`).join(' or ')})`;
  const perUnit = (code: string): string => `UnitCode eq ${odataString(code)} and ${yearClause}`;
  const perPerson = (login: string): string => `EmployeeLogin eq ${odataString(login)} and ${yearClause}`;
  const movers = withScores ? movedIn : [];
  const none = Promise.resolve([] as ActRow[]);
  const draftsOf = draftUnits.map((code) => ({ code, key: actKeys.minutes(years[0], code) }));
  const results = await readTogether<unknown[]>(sp, (b) => [
    withScores
      ? b.web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).filter(yearClause).top(ROWS)<PeriodRow[]>()
      : Promise.resolve([] as PeriodRow[]),
    // HR's settings for the year (quota, quorum, rounding) in the same batch: no request of their own.
    withScores ? readSettingRows(b) : Promise.resolve([] as SettingRow[]),
    ...draftsOf.map((d) => draftRowsVisible(b, d.key)),
    ...unitCodes.reduce<Array<Promise<ActRow[]>>>(
      (reads, code) =>
        reads.concat([
          actsOf(b, LISTS.selfEvaluations.title, perUnit(code), ['EmployeeLogin']),
          actsOf(b, LISTS.meetings.title, perUnit(code), []),
          actsOf(b, LISTS.decisions.title, perUnit(code), ['EmployeeLogin', 'Rating']),
          actsOf(b, LISTS.complaints.title, perUnit(code), ['EmployeeLogin']),
          withScores ? actsOf(b, LISTS.reviews.title, perUnit(code), ['EmployeeLogin', 'PeriodId']) : none,
          withScores ? actsOf(b, LISTS.periodScores.title, `${perUnit(code)} and Step eq 'SUBMITTED'`, ['EmployeeLogin', 'PeriodId', 'Step']) : none
        ]),
      []
    ),
    ...movers.reduce<Array<Promise<ActRow[]>>>(
      (reads, login) =>
        reads.concat([
          actsOf(b, LISTS.reviews.title, perPerson(login), ['EmployeeLogin', 'PeriodId']),
          actsOf(b, LISTS.periodScores.title, `${perPerson(login)} and Step eq 'SUBMITTED'`, ['EmployeeLogin', 'PeriodId', 'Step'])
        ]),
      []
    )
  ]);
  const periodRows = results[0] as PeriodRow[];
  const settingRows = results[1] as SettingRow[];
  const drafts = results.slice(2, 2 + draftsOf.length) as DraftRow[][];
  const acts = results.slice(2 + draftsOf.length, 2 + draftsOf.length + PER_UNIT * unitCodes.length) as ActRow[][];
  const moverActs = results.slice(2 + draftsOf.length + PER_UNIT * unitCodes.length) as ActRow[][];
  const minutesDrafts: { [unitCode: string]: DraftRow | undefined } = {};
  draftsOf.forEach((d, i) => (minutesDrafts[d.code] = drafts[i][drafts[i].length - 1]));
  return {
    periods: periodRows.map(toPeriod),
    minutesDrafts,
    settings: withScores ? settingRows : undefined,
    movers: {
      reviews: ([] as ActRow[]).concat(...moverActs.filter((_r, i) => i % 2 === 0)),
      submissions: ([] as ActRow[]).concat(...moverActs.filter((_r, i) => i % 2 === 1))
    },
    units: unitCodes.map((unitCode, i) => ({
      unitCode,
      selfEvaluations: acts[PER_UNIT * i],
      meetings: acts[PER_UNIT * i + 1],
      decisions: acts[PER_UNIT * i + 2],
      complaints: acts[PER_UNIT * i + 3],
      reviews: acts[PER_UNIT * i + 4],
      submissions: acts[PER_UNIT * i + 5]
    }))
  };
}

/** The rows of one year, out of rows read for several. */
export function rowsOfYear(rows: YearRows, year: number): YearRows {
  const inYear = (list: readonly ActRow[]): ActRow[] => list.filter((r) => Number(r.EvalYear) === year);
  return {
    periods: rows.periods.filter((p) => p.year === year),
    minutesDrafts: rows.minutesDrafts,
    settings: rows.settings,
    units: rows.units.map((u) => ({
      unitCode: u.unitCode,
      selfEvaluations: inYear(u.selfEvaluations),
      meetings: inYear(u.meetings),
      decisions: inYear(u.decisions),
      complaints: inYear(u.complaints),
      reviews: inYear(u.reviews),
      submissions: inYear(u.submissions)
    }))
  };
}

export interface MinutesState {
  id: number;
  authorLogin: string;
  at: string;
  /** The ETag of the reader's working copy (a draft); empty for approved minutes, which are an act. */
  version: string;
  payload: MeetingMinutesPayload;
  /** A working copy in the reader's private drafts, not yet an act. */
  draft?: boolean;
}

export interface PersonState {
  login: string;
  unitCode: string;
  selfEvaluation?: SelfEvaluationPayload;
  decisions: DecisionRecord[];
  /** Decision items about the person, whoever wrote them: the next ActKey's number follows them. */
  decisionItems: number;
  complaints: ComplaintRecord[];
  suggestion?: YearSuggestion;
  competentLogin?: string;
}

export interface YearState {
  year: number;
  ruleSetId?: RuleSetId;
  /** By unit code: the approved minutes that count, else the reader's own working copy. */
  minutes: { [unitCode: string]: MinutesState | undefined };
  /** By unit code: minutes items whatever their author: the next act's key number follows them. */
  minutesItems: { [unitCode: string]: number };
  people: { [login: string]: PersonState };
  /** Acts that do not count, with why: by someone without the right, or out of turn (shown on the screens). */
  ignored: Array<IgnoredAct<unknown>>;
  /** HR's settings for the year (the defaults when not read), frozen at the first publication seen. */
  settings: RatingSettings;
  /** The last settings row read: what a publication records (`settingsThrough`). */
  settingsThrough: number;
  /** The year's first publication among the acts read, if any. */
  publication?: PublicationMark;
}

function displayNameOf(org: OrgModel, login: string): string {
  const person = org.people[login];
  return person ? person.displayName : login;
}

/** Does `login` head or deputise a unit (a leader, rated on the leaders' criteria)? */
export function isLeader(org: OrgModel, login: string): boolean {
  return Object.keys(org.units).some((code) => org.units[code].headLogin === login || org.units[code].deputyLogins.indexOf(login) >= 0);
}

/** The agency-level unit a unit belongs to (itself for an agency); the quota's "cơ quan, đơn vị". */
export function agencyUnitOf(org: OrgModel, unitCode: string): OrgUnit | undefined {
  const chain = unitChain(org, unitCode);
  return chain.find((u) => u.level === 'AGENCY') || chain[0];
}

/** The unit and every unit below it. */
export function unitsUnder(org: OrgModel, unitCode: string): string[] {
  return Object.keys(org.units)
    .filter((code) => unitChain(org, code).some((u) => u.code === unitCode))
    .sort();
}

export function peopleOfUnits(org: OrgModel, unitCodes: readonly string[]): string[] {
  return Object.keys(org.people)
    .filter((login) => unitCodes.indexOf(org.people[login].unitCode) >= 0)
    .sort((a, b) => org.people[a].displayName.localeCompare(org.people[b].displayName, 'vi') || (a < b ? -1 : 1));
}

/** The acts of the year screened and folded into each person's and each unit's state. */
export function deriveYearState(org: OrgModel, year: number, rows: YearRows): YearState {
  const selection = selectRuleSet(year, 'CONG_CHUC');
  const ruleSetId = selection.ok ? selection.ruleSet.id : undefined;
  const state: YearState = { year, ruleSetId, minutes: {}, minutesItems: {}, people: {}, ignored: [], settings: settingsForYear([], year).settings, settingsThrough: 0 };
  const personState = (login: string): PersonState => {
    if (!state.people[login]) {
      state.people[login] = { login, unitCode: org.people[login].unitCode, decisions: [], decisionItems: 0, complaints: [], competentLogin: competentEvaluatorOf(org, login) };
    }
    return state.people[login];
  };
  // Each kind of act read by its own reader (domain/evaluation/payloadReaders), kept by the act's id.
  const selfOf: { [id: number]: SelfEvaluationPayload } = {};
  const decisionOf: { [id: number]: DecisionPayload } = {};
  const complaintOf: { [id: number]: ComplaintPayload } = {};
  const minutesOf: { [id: number]: MeetingMinutesPayload } = {};
  const acts: Array<RecordedAct<YearActFacts>> = [];
  const periodActs: Array<RecordedAct<SubmissionAct> | RecordedAct<ReviewAct>> = [];
  const reviewOfId: { [id: number]: PeriodReviewPayload } = {};
  rows.units.forEach((unit) => {
    // An act filed under this unit about someone of another unit is misfiled: it counts for nothing.
    const here = (row: ActRow): boolean => {
      const login = normalizeLogin(row.EmployeeLogin);
      return !!org.people[login] && org.people[login].unitCode === unit.unitCode;
    };
    const about = (row: ActRow): ActRow => ({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) });
    unit.selfEvaluations.filter(here).forEach((r) => acts.push(toAct(about(r), 'SELF_ASSESSMENT', (x) => (selfOf[x.Id] = readSelfEvaluationPayload(x.Payload)))));
    unit.decisions.filter(here).forEach((r) => {
      personState(normalizeLogin(r.EmployeeLogin)).decisionItems += 1;
      acts.push(toAct(about(r), 'DECISION', (x) => (decisionOf[x.Id] = readDecisionPayload(x.Payload, x.Rating))));
    });
    unit.complaints.filter(here).forEach((r) => {
      const complaint = (complaintOf[r.Id] = readComplaintPayload(r.Payload));
      acts.push(toAct(about(r), complaint.kind === 'ANSWER' ? 'COMPLAINT_ANSWER' : 'COMPLAINT', () => complaint));
    });
    unit.submissions.filter(here).forEach((r) => periodActs.push(toAct(about(r), 'SELF_ASSESSMENT', submissionOf)));
    unit.reviews.filter(here).forEach((r) => {
      reviewOfId[r.Id] = readReviewPayload(r.Payload);
      periodActs.push(toAct(about(r), 'PERIOD_REVIEW', reviewOf));
    });
    unit.meetings
      .filter((r) => r.UnitCode === unit.unitCode)
      .forEach((r) => {
        state.minutesItems[unit.unitCode] = (state.minutesItems[unit.unitCode] || 0) + 1;
        acts.push({ ...toAct({ ...r, EmployeeLogin: '' }, 'MEETING_MINUTES', (x) => (minutesOf[x.Id] = readMinutesPayload(x.Payload))), unitCode: unit.unitCode });
      });
  });
  // People who moved in: their months before the move, filed under the unit they left (each judged, as
  // every act, by the authority of its date; an act already read with its unit is not read twice).
  if (rows.movers) {
    const seen: { [id: number]: true } = {};
    periodActs.forEach((a) => (seen[a.id] = true));
    const about = (row: ActRow): ActRow => ({ ...row, EmployeeLogin: normalizeLogin(row.EmployeeLogin) });
    const fresh = (row: ActRow): boolean => !seen[row.Id] && !!org.people[normalizeLogin(row.EmployeeLogin)];
    rows.movers.submissions.filter(fresh).forEach((r) => periodActs.push(toAct(about(r), 'SELF_ASSESSMENT', submissionOf)));
    rows.movers.reviews.filter(fresh).forEach((r) => {
      reviewOfId[r.Id] = readReviewPayload(r.Payload);
      periodActs.push(toAct(about(r), 'PERIOD_REVIEW', reviewOf));
    });
  }
  // First the authors' right (domain/org), then the year's workflow (domain/workflow): out of turn, too late.
  const screened = screenActs(org, acts);
  const workflow = yearActsThatCount(screened.effective, (login) => (org.people[login] ? org.people[login].unitCode : undefined));
  const screenedPeriods = screenActs<SubmissionAct | ReviewAct>(org, periodActs);
  state.ignored = [...screened.ignored, ...workflow.ignored, ...screenedPeriods.ignored];
  const approvedScores: { [login: string]: { [periodId: number]: YearPeriodScore } } = {};
  rows.periods
    .filter((period) => period.kind !== 'YEAR' && period.index !== undefined)
    .forEach((period) => {
      const counted = periodActsThatCount(period, screenedPeriods.effective as typeof periodActs);
      state.ignored.push(...counted.ignored);
      counted.counted.forEach((act) => {
        if (act.step !== 'PERIOD_REVIEW' || !org.people[act.subjectLogin]) return;
        const p = reviewOfId[act.id];
        personState(act.subjectLogin);
        const scores = (approvedScores[act.subjectLogin] = approvedScores[act.subjectLogin] || {});
        // The latest review of a period that counts stands: a correction that returns it takes the score away.
        const kind = period.kind === 'QUARTER' ? 'QUARTER' : 'MONTH';
        scores[period.id] =
          p.outcome === 'APPROVED' && typeof p.score === 'number'
            ? { kind, index: period.index as number, score: p.score, level: isRatingLevel(p.level) ? p.level : undefined }
            : { kind, index: period.index as number };
      });
    });
  workflow.counted.forEach((act) => {
    if (act.step === 'MEETING_MINUTES' && act.unitCode) {
      state.minutes[act.unitCode] = { id: act.id, authorLogin: act.authorLogin, at: act.createdAt, version: '', payload: minutesOf[act.id] };
      return;
    }
    if (!org.people[act.subjectLogin]) return;
    const person = personState(act.subjectLogin);
    if (act.step === 'SELF_ASSESSMENT') person.selfEvaluation = selfOf[act.id];
    if (act.step === 'DECISION') {
      const d = decisionOf[act.id];
      person.decisions.push({
        id: act.id,
        rating: d.rating,
        reasons: d.reasons,
        published: d.published,
        decidedByName: displayNameOf(org, act.authorLogin),
        at: act.createdAt,
        quotaException: d.quotaException,
        supersedes: d.supersedes
      });
    }
    if (act.step === 'COMPLAINT') person.complaints.push({ id: act.id, text: complaintOf[act.id].text, filedAt: act.createdAt });
    if (act.step === 'COMPLAINT_ANSWER') {
      const c = complaintOf[act.id];
      const answered = person.complaints.find((x) => x.id === c.answersComplaint);
      if (answered && !answered.answer && c.outcome) {
        answered.answer = { text: c.text, outcome: c.outcome, at: act.createdAt, answeredByName: displayNameOf(org, act.authorLogin) };
      }
    }
  });
  // Minutes not yet approved: the reader's own working copy, which nobody else sees.
  Object.keys(rows.minutesDrafts || {}).forEach((code) => {
    const draft = (rows.minutesDrafts || {})[code];
    if (state.minutes[code] || !draft) return;
    state.minutes[code] = {
      id: draft.Id,
      authorLogin: normalizeLogin(draft.EmployeeLogin),
      at: draft.Modified || draft.Created,
      version: etagOf(draft as unknown as RawItem) || '',
      payload: readMinutesPayload(draft.Payload),
      draft: true
    };
  });
  // The settings of the year: rows after its first publication count for nothing in it (never rewritten).
  const published = workflow.counted
    .filter((act) => act.step === 'DECISION' && decisionOf[act.id] && decisionOf[act.id].published)
    .map((act) => ({ published: true, settingsThrough: decisionOf[act.id].settingsThrough, at: act.createdAt }));
  state.publication = publicationMarkOf(published);
  state.settings = settingsForYear(rows.settings || [], year, state.publication).settings;
  state.settingsThrough = lastSettingsRowId(rows.settings || []);
  if (ruleSetId) {
    Object.keys(state.people).forEach((login) => {
      const person = state.people[login];
      const scores = approvedScores[login] || {};
      person.suggestion = suggestYear({
        year,
        ruleSetId,
        isLeader: isLeader(org, login),
        periodScores: Object.keys(scores).map((id) => scores[Number(id)]),
        selfEvaluation: person.selfEvaluation && person.selfEvaluation.submitted ? person.selfEvaluation : undefined,
        settings: state.settings
      });
    });
  }
  return state;
}

/** The state of a person, even one with no act yet. */
export function personIn(state: YearState, org: OrgModel, login: string): PersonState {
  return (
    state.people[login] || {
      login,
      unitCode: org.people[login].unitCode,
      decisions: [],
      decisionItems: 0,
      complaints: [],
      competentLogin: competentEvaluatorOf(org, login)
    }
  );
}

export const latestDecision = (person: PersonState): DecisionRecord | undefined => person.decisions[person.decisions.length - 1];
export const openComplaint = (person: PersonState): ComplaintRecord | undefined => person.complaints.find((c) => !c.answer);
export const submittedSelfEvaluation = (person: PersonState): boolean => !!person.selfEvaluation && person.selfEvaluation.submitted === true;

/** What the year's availability rules (domain/workflow/yearAvailability) need to know about a person. */
export function personFacts(state: YearState, org: OrgModel, login: string): PersonYearFacts {
  const person = personIn(state, org, login);
  const minutes = state.minutes[person.unitCode];
  return {
    competentLogin: person.competentLogin,
    selfEvaluationSubmitted: submittedSelfEvaluation(person),
    minutesApproved: !!minutes && !minutes.draft && minutes.payload.approved,
    latestDecision: latestDecision(person),
    complaintOpen: !!openComplaint(person)
  };
}

/** Deciding about a person: the competent evaluator, on the self-evaluation and the approved minutes, before publication. */
export function decideAvailability(org: OrgModel, state: YearState, actorLogin: string, login: string): Availability {
  return decideWhen(actorLogin, !!state.ruleSetId, personFacts(state, org, login));
}

/** Recording a unit's minutes: its keepers (mayKeepMinutes), while no approved minutes stand. */
export function minutesAvailability(org: OrgModel, state: YearState, actorLogin: string, unitCode: string): Availability {
  const minutes = state.minutes[unitCode];
  return minutesWhen(mayKeepMinutes(org, actorLogin, unitCode).allowed, !!minutes && !minutes.draft && minutes.payload.approved);
}
