import type { RatingReason } from '../rating/reasons';
import { checkQuota, emptyCounts, quotaMaximum, reviewProposedRatings, WHOLE_AGENCY, type ProposedRating, type QuotaCheck, type QuotaException, type QuotaGroup, type QuotaSuggestion } from '../rating/quota';
import { isRatingLevel, levelRank, type RatingLevel, type RatingOutcome } from '../rating/ratingCodes';
import type { RuleSet } from '../rating/ruleSet';
import { ND335_RULE_SET } from '../rating/ruleSets';
import { DEFAULT_SETTINGS, type MeetingQuorum, type QuotaSettings } from '../rating/settings';
import type { MeetingMinutesPayload } from './actPayloads';
import { dayText } from './hanoiDay';
import { checkNumber, checkText, type FieldProblem } from './validation';

/**
 * The competent evaluator's decision sheet for a unit's year (NĐ 90/2020 Điều 18 bước 4: the decision
 * rests on the self-evaluation, the meeting's minutes and, for NĐ 335/2025, the year's scores), with the
 * HTXSNV quota checked live per group of similar tasks and for the whole agency (law.md 3.7).
 */

/** The engine's suggestion for a person's year (structurally the journey's YearSuggestion). */
export interface SheetSuggestion {
  outcome: RatingOutcome;
  /** More than one when the law does not decide (NEEDS_DECISION, law.md 2.3). */
  possibleOutcomes: RatingOutcome[];
  score?: number;
  reasons: RatingReason[];
}

/** A recorded lift of the quota for one HTXSNV decision (law.md 3.7, "tổ chức có thành tích xuất sắc"). */
export interface PersonQuotaException {
  reason: string;
  decisionReference?: string;
}

export interface SheetPerson {
  login: string;
  displayName: string;
  /** Nhóm công chức có nhiệm vụ tương đồng (a quota scope). */
  taskGroup: string;
  /** May the acting user decide about this person (the competent evaluator)? Others count in the quota only. */
  decidable: boolean;
  suggestion?: SheetSuggestion;
  /** Mức tự đề xuất (Mẫu 02 phần II). */
  selfProposal?: RatingLevel;
  /** The meeting's proposal and votes, from the approved minutes. */
  meeting?: { proposedRating: RatingLevel; votes?: { [level: string]: number } };
  /** The decision standing now (the latest one), with its recorded quota exception if any. */
  currentDecision?: { rating: RatingOutcome; published: boolean; quotaException?: PersonQuotaException };
}

/** What the evaluator has chosen on the screen for one person (not yet recorded). */
export interface SheetChoice {
  rating?: RatingOutcome;
  reasons: string;
  quotaException?: PersonQuotaException;
}

export interface DecisionSheetInput {
  people: readonly SheetPerson[];
  /** The rest of the agency (other units' people): counted in the whole agency's quota with their standing rating. */
  others?: ReadonlyArray<{ login: string; taskGroup: string; rating?: RatingOutcome; quotaException?: PersonQuotaException }>;
  choices: { readonly [login: string]: SheetChoice | undefined };
  /** Who records the exceptions (the acting evaluator's name), for the quota's reasons. */
  decidedBy: string;
  settings?: QuotaSettings;
  ruleSet?: RuleSet;
}

export interface SheetRow {
  login: string;
  displayName: string;
  taskGroup: string;
  decidable: boolean;
  score?: number;
  selfProposal?: RatingLevel;
  meetingProposal?: RatingLevel;
  suggestion?: SheetSuggestion;
  /** The engine leaves the choice to the evaluator: reasons must be typed. */
  needsDecision: boolean;
  possibleOutcomes: RatingOutcome[];
  /** What counts now: the choice on the screen, else the decision, else the meeting's, else the self-proposal. */
  standing?: RatingOutcome;
  /** The chosen level is below what the engine suggests: reasons must be typed. */
  lowerThanSuggestion: boolean;
  /** One of those the quota suggests lowering to HTTNV (lowest score first). */
  suggestedLowering: boolean;
  /** This HTXSNV is beyond the quota by a recorded exception. */
  excepted: boolean;
}

export interface DecisionSheet {
  rows: SheetRow[];
  /** The quota with the standing ratings and the recorded exceptions. */
  quota: QuotaCheck;
  /** Whom to lower (HTXSNV → HTTNV) to keep every scope within its limit, among the people of the sheet. */
  lowerings: QuotaSuggestion[];
}

export const ratingField = (login: string): string => `rating:${login}`;
export const reasonsField = (login: string): string => `reasons:${login}`;
export const exceptionField = (login: string): string => `exception:${login}`;
export const quotaField = (scope: string): string => `quota:${scope}`;

/** The longest text kept in one act's reasons or comments. */
export const MAX_REASONS = 4000;

function standingOf(person: SheetPerson, choice: SheetChoice | undefined): RatingOutcome | undefined {
  if (choice && choice.rating) return choice.rating;
  if (person.currentDecision) return person.currentDecision.rating;
  if (person.meeting) return person.meeting.proposedRating;
  return person.selfProposal;
}

function exceptionOf(person: SheetPerson, choice: SheetChoice | undefined): PersonQuotaException | undefined {
  if (choice && choice.rating) return choice.quotaException;
  return person.currentDecision ? person.currentDecision.quotaException : undefined;
}

interface Counted {
  login: string;
  group: string;
  rating?: RatingOutcome;
  exception?: PersonQuotaException;
  score?: number;
}

function groupsOf(counted: readonly Counted[]): QuotaGroup[] {
  const groups: QuotaGroup[] = [];
  counted.forEach((c) => {
    let group = groups.find((g) => g.name === c.group);
    if (!group) {
      group = { name: c.group, ratings: emptyCounts() };
      groups.push(group);
    }
    if (isRatingLevel(c.rating)) group.ratings[c.rating] += 1;
  });
  return groups;
}

/**
 * The exceptions the decisions carry: each HTXSNV with a recorded exception (and a reason) raises the
 * limit of its group and of the whole agency by one. Law.md 3.7 leaves who may exceed and by how much
 * UNCONFIRMED; one per recorded, reasoned decision keeps every excess explained by name.
 */
export function quotaExceptionsOf(
  counted: ReadonlyArray<{ group: string; rating?: RatingOutcome; exception?: PersonQuotaException }>,
  decidedBy: string,
  settings: QuotaSettings = DEFAULT_SETTINGS.quota,
  ruleSet: RuleSet = ND335_RULE_SET
): QuotaException[] {
  // HR's setting (law.md 3.7 b, UNCONFIRMED): no exception at all, or one per decision up to a ceiling.
  if (settings.exceptionMode === 'NOT_ALLOWED') return [];
  const plain = checkQuota(groupsOf(counted.map((c, i) => ({ login: String(i), ...c }))), settings, [], ruleSet);
  const excepted = counted.filter((c) => c.rating === 'HTXSNV' && c.exception && c.exception.reason.trim());
  const exceptions: QuotaException[] = [];
  plain.perScope.forEach((scope) => {
    const inScope = excepted.filter((c) => scope.scope === WHOLE_AGENCY || c.group === scope.scope);
    if (inScope.length === 0) return;
    const references = inScope.map((c) => c.exception?.decisionReference).filter((r): r is string => !!r);
    exceptions.push({
      scope: scope.scope,
      decidedBy,
      reason: inScope.map((c) => (c.exception as PersonQuotaException).reason.trim()).join('; '),
      decisionReference: references.length ? references.join('; ') : undefined,
      maxHTXSNV: exceptionCeiling(scope.maxHTXSNV, scope.maxHTXSNV + inScope.length, scope.base, settings)
    });
  });
  return exceptions;
}

/** One more per recorded exception, but not beyond HR's ceiling rate (when set), nor below the plain limit. */
function exceptionCeiling(plainMax: number, lifted: number, base: number, settings: QuotaSettings): number {
  const ceiling = settings.exceptionMaxRate;
  return typeof ceiling !== 'number' ? lifted : Math.max(plainMax, Math.min(lifted, quotaMaximum(ceiling, base)));
}

/** The quota of a set of standing ratings with the exceptions they carry. */
export function quotaOf(
  counted: ReadonlyArray<{ group: string; rating?: RatingOutcome; exception?: PersonQuotaException }>,
  decidedBy: string,
  settings: QuotaSettings = DEFAULT_SETTINGS.quota,
  ruleSet: RuleSet = ND335_RULE_SET
): QuotaCheck {
  const groups = groupsOf(counted.map((c, i) => ({ login: String(i), ...c })));
  return checkQuota(groups, settings, quotaExceptionsOf(counted, decidedBy, settings, ruleSet), ruleSet);
}

export function buildDecisionSheet(input: DecisionSheetInput): DecisionSheet {
  const settings = input.settings || DEFAULT_SETTINGS.quota;
  const ruleSet = input.ruleSet || ND335_RULE_SET;
  const counted: Counted[] = input.people
    .map((p) => {
      const choice = input.choices[p.login];
      return { login: p.login, group: p.taskGroup, rating: standingOf(p, choice), exception: exceptionOf(p, choice), score: p.suggestion ? p.suggestion.score : undefined };
    })
    .concat((input.others || []).map((o) => ({ login: o.login, group: o.taskGroup, rating: o.rating, exception: o.quotaException, score: undefined })));
  const exceptions = quotaExceptionsOf(counted, input.decidedBy, settings, ruleSet);
  const quota = checkQuota(groupsOf(counted), settings, exceptions, ruleSet);
  // Whom to lower: the HTXSNV of the sheet that no recorded exception covers, lowest score first.
  const decidableLogins = input.people.filter((p) => p.decidable).map((p) => p.login);
  const lowerable = (c: Counted): boolean => decidableLogins.indexOf(c.login) >= 0 && !(c.exception && c.exception.reason.trim());
  const proposals: ProposedRating[] = counted
    .filter((c) => isRatingLevel(c.rating))
    .map((c) => ({
      personId: c.login,
      group: c.group,
      proposed: c.rating as RatingLevel,
      // An excepted HTXSNV, or one the acting user does not decide, is lowered last (and then not shown).
      score: lowerable(c) ? c.score : Number.POSITIVE_INFINITY
    }));
  const lowerings = quota.violated
    ? reviewProposedRatings(proposals, settings, exceptions, ruleSet).suggestions.filter((s) => decidableLogins.indexOf(s.personId) >= 0)
    : [];
  const rows: SheetRow[] = input.people.map((p, i) => {
    const suggestion = p.suggestion;
    const standing = counted[i].rating;
    const suggestedLevel = suggestion && isRatingLevel(suggestion.outcome) ? suggestion.outcome : undefined;
    return {
      login: p.login,
      displayName: p.displayName,
      taskGroup: p.taskGroup,
      decidable: p.decidable,
      score: suggestion ? suggestion.score : undefined,
      selfProposal: p.selfProposal,
      meetingProposal: p.meeting ? p.meeting.proposedRating : undefined,
      suggestion,
      needsDecision: !!suggestion && suggestion.outcome === 'NEEDS_DECISION',
      possibleOutcomes: suggestion ? suggestion.possibleOutcomes.slice() : [],
      standing,
      lowerThanSuggestion: !!suggestedLevel && isRatingLevel(standing) && levelRank(standing) > levelRank(suggestedLevel),
      suggestedLowering: lowerings.some((s) => s.personId === p.login),
      excepted: standing === 'HTXSNV' && !!counted[i].exception && !!(counted[i].exception as PersonQuotaException).reason.trim()
    };
  });
  return { rows, quota, lowerings };
}

/**
 * What must be right before the decisions are recorded: every person the evaluator decides is rated
 * with a level (or NOT_CLASSIFIED, law.md 3.1), NEEDS_DECISION is resolved with reasons (law.md 2.3),
 * a rating below the engine's suggestion says why, an exception says why, and no scope exceeds the
 * quota without one (law.md 3.7).
 */
export function validateDecisions(input: DecisionSheetInput): FieldProblem[] {
  const sheet = buildDecisionSheet(input);
  const problems: FieldProblem[] = [];
  sheet.rows
    .filter((row) => row.decidable)
    .forEach((row) => {
      const choice = input.choices[row.login];
      const rating = choice ? choice.rating : undefined;
      const reasons = choice ? choice.reasons : '';
      if (!rating || rating === 'NEEDS_DECISION') problems.push({ field: ratingField(row.login), code: 'REQUIRED' });
      const reasonsRequired = row.needsDecision || row.lowerThanSuggestion;
      problems.push(...checkText(reasonsField(row.login), reasons, { required: reasonsRequired, max: MAX_REASONS }));
      if (choice && choice.quotaException && rating === 'HTXSNV') {
        problems.push(...checkText(exceptionField(row.login), choice.quotaException.reason, { required: true, max: MAX_REASONS }));
      }
    });
  sheet.quota.perScope
    .filter((scope) => scope.violated)
    .forEach((scope) => problems.push({ field: quotaField(scope.scope), code: 'AT_MOST', params: [scope.maxHTXSNV] }));
  return problems;
}

// ---------------------------------------------------------------- the meeting's minutes

/**
 * Law.md 1.3 and 4 ask for the attendance (present / total) in the minutes but name no quorum: the
 * ministry decides (its Quy chế). NONE records the attendance as it was.
 */
export type MinutesQuorum = MeetingQuorum;

export interface MinutesRules {
  quorum: MinutesQuorum;
  /** Today in Hà Nội (YYYY-MM-DD, hanoiDay of the page's or service's clock): minutes record a meeting held, never one to come. */
  today?: string;
}

export const DEFAULT_MINUTES_RULES: MinutesRules = { quorum: 'NONE' };

export const minutesPersonField = (login: string, part: string): string => `people[${login}].${part}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * The minutes of the unit's meeting (biên bản, NĐ 90/2020 Điều 18 bước 2; law.md 4): when, where, who
 * chaired and who kept them, the attendance, and for each person of the unit the comments, the proposed
 * level and the votes. A draft (not approved) may be incomplete; what is typed must still make sense.
 * The meeting of year Y is held in Y, or by 15/01 of Y + 1 for special work cycles (law.md 1.4).
 */
export function validateMinutes(minutes: MeetingMinutesPayload, year: number, unitLogins: readonly string[], rules: MinutesRules = DEFAULT_MINUTES_RULES): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const complete = minutes.approved;
  if (!minutes.heldOn) {
    if (complete) problems.push({ field: 'heldOn', code: 'REQUIRED' });
  } else if (!validDate(minutes.heldOn) || minutes.heldOn < `${year}-01-01` || minutes.heldOn > `${year + 1}-01-15`) {
    problems.push({ field: 'heldOn', code: 'OUT_OF_RANGE', params: [`01/01/${year}`, `15/01/${year + 1}`] });
  } else if (rules.today && minutes.heldOn > rules.today) {
    // The minutes record what the meeting said (law.md 4: "recorded in minutes and approved at the meeting"): it has been held.
    problems.push({ field: 'heldOn', code: 'AFTER_TODAY', params: [dayText(rules.today)] });
  }
  problems.push(...checkText('place', minutes.place, { required: complete, max: 255 }));
  problems.push(...checkText('chairLogin', minutes.chairLogin, { required: complete }));
  problems.push(...checkText('secretaryLogin', minutes.secretaryLogin, { required: complete }));
  if (minutes.chairLogin && minutes.secretaryLogin && minutes.chairLogin.trim().toLowerCase() === minutes.secretaryLogin.trim().toLowerCase()) {
    // Signed by the chair and by the secretary (law.md 4): two people.
    problems.push({ field: 'secretaryLogin', code: 'DUPLICATE' });
  }
  const totalProblems = checkNumber('total', minutes.total, { min: 1, max: 100000, whole: true, required: complete });
  problems.push(...totalProblems);
  const total = totalProblems.length === 0 && typeof minutes.total === 'number' ? minutes.total : undefined;
  const presentProblems = checkNumber('present', minutes.present, { min: 0, max: 100000, whole: true, required: complete });
  if (presentProblems.length === 0 && total !== undefined && minutes.present > total) presentProblems.push({ field: 'present', code: 'AT_MOST', params: [total] });
  // The quorum HR set (settings.meeting.quorum, UNCONFIRMED): more than half, or at least two thirds.
  const fewest = total === undefined ? 0 : rules.quorum === 'MORE_THAN_HALF' ? Math.floor(total / 2) + 1 : rules.quorum === 'TWO_THIRDS' ? Math.ceil((2 * total) / 3) : 0;
  if (presentProblems.length === 0 && total !== undefined && minutes.present < fewest) {
    presentProblems.push({ field: 'present', code: 'OUT_OF_RANGE', params: [fewest, total] });
  }
  problems.push(...presentProblems);
  const present = presentProblems.length === 0 && typeof minutes.present === 'number' ? minutes.present : undefined;

  const entries = minutes.people || [];
  entries.forEach((entry, i) => {
    if (entries.findIndex((e) => e.login === entry.login) !== i) problems.push({ field: minutesPersonField(entry.login, 'login'), code: 'DUPLICATE' });
  });
  unitLogins.forEach((login) => {
    const entry = entries.find((e) => e.login === login);
    if (!entry) {
      if (complete) problems.push({ field: minutesPersonField(login, 'comments'), code: 'REQUIRED' });
      return;
    }
    // "Comments are recorded in minutes and approved at the meeting" (Điều 18).
    problems.push(...checkText(minutesPersonField(login, 'comments'), entry.comments, { required: complete, max: MAX_REASONS }));
    if (!isRatingLevel(entry.proposedRating)) {
      if (complete || entry.proposedRating) problems.push({ field: minutesPersonField(login, 'proposedRating'), code: 'REQUIRED' });
    }
    const votes = entry.votes || {};
    let sum = 0;
    let votesValid = true;
    Object.keys(votes).forEach((level) => {
      const found = checkNumber(minutesPersonField(login, `votes.${level}`), votes[level], { min: 0, max: present !== undefined ? present : 100000, whole: true });
      if (found.length) votesValid = false;
      else sum += votes[level];
      problems.push(...found);
    });
    // Each attendee votes once: the votes about one person add up to no more than those present.
    if (votesValid && present !== undefined && sum > present) problems.push({ field: minutesPersonField(login, 'votes'), code: 'AT_MOST', params: [present] });
  });
  return problems;
}
