import type { RecordedAct } from '../org/acts';
import { mayRead } from '../org/authority';
import { normalizeLogin, unitChain, type OrgModel } from '../org/orgModel';
import { emptyCounts, quotaMaximum, WHOLE_AGENCY, type LevelCounts, type QuotaScope } from '../rating/quota';
import { isRatingLevel, type RatingLevel, type RatingOutcome } from '../rating/ratingCodes';
import type { RuleSet } from '../rating/ruleSet';
import { ND335_RULE_SET } from '../rating/ruleSets';
import { DEFAULT_SETTINGS, type QuotaSettings } from '../rating/settings';
import { quotaOf, type PersonQuotaException } from './decisionSheet';
import type { EvaluationPeriod } from './model';

/**
 * The year's results as HR and the leaders read them (issue 13, "Results"): per agency (cơ quan, đơn
 * vị) and per group of similar tasks (nhóm công chức có nhiệm vụ tương đồng), the people rated, the
 * HTXSNV used and allowed (law.md 3.7: at most 20 % of those rated HTTNV, rounded down, counted as the
 * decision sheet counts it), the exceptions with their reasons; the same units' ratings in the years
 * before; and a person's history over months and years for those entitled.
 */

/** The decision that stands for a person in a year: the latest one the year's workflow counts. */
export interface StandingDecision {
  login: string;
  rating: RatingOutcome;
  published: boolean;
  quotaException?: PersonQuotaException;
}

/** What a decision act must say for the results (payloadReaders' DecisionPayload has it). */
export interface DecisionFacts {
  rating: RatingOutcome;
  published: boolean;
  quotaException?: PersonQuotaException;
}

/**
 * Per person, the latest of the acts that count (screened by the author's right and passed through the
 * year's workflow, oldest first): a correction or a re-decision replaces the earlier one.
 */
export function standingDecisions(counted: ReadonlyArray<RecordedAct<DecisionFacts>>): { [login: string]: StandingDecision } {
  const standing: { [login: string]: StandingDecision } = {};
  counted
    .filter((act) => act.step === 'DECISION')
    .forEach((act) => {
      const login = normalizeLogin(act.subjectLogin);
      standing[login] = { login, rating: act.payload.rating, published: act.payload.published, quotaException: act.payload.quotaException };
    });
  return standing;
}

/** Those rated at one of the four levels, by level (NOT_CLASSIFIED and NEEDS_DECISION are not a rating). */
export interface RatingTally {
  rated: number;
  ratings: LevelCounts;
}

export function tallyRatings(decisions: ReadonlyArray<{ rating?: RatingOutcome }>): RatingTally {
  const ratings = emptyCounts();
  let rated = 0;
  decisions.forEach((d) => {
    if (isRatingLevel(d.rating)) {
      ratings[d.rating] += 1;
      rated += 1;
    }
  });
  return { rated, ratings };
}

/** One scope of the quota as the results show it. */
export interface ScopeResult {
  /** The group's name, or WHOLE_AGENCY. */
  scope: string;
  wholeAgency: boolean;
  rated: number;
  ratings: LevelCounts;
  /** HTXSNV decided. */
  used: number;
  /** The quota's base: those rated HTTNV (or HTTNV and above, HR's setting). */
  base: number;
  rate: number;
  /** floor(rate × base), before any exception. */
  plainAllowed: number;
  /** What the scope may hold, with the recorded exceptions (one more per reasoned exception, up to HR's ceiling). */
  allowed: number;
  excess: number;
  violated: boolean;
  /** HTXSNV decided with a recorded exception in this scope. */
  exceptions: number;
}

export interface ExceptionShown {
  login: string;
  displayName: string;
  taskGroup: string;
  reason: string;
  decisionReference?: string;
  published: boolean;
}

export interface AgencyResultsInput {
  people: ReadonlyArray<{ login: string; displayName: string; taskGroup: string }>;
  decisions: { readonly [login: string]: StandingDecision | undefined };
  settings?: QuotaSettings;
  ruleSet?: RuleSet;
}

export interface AgencyResultsSummary {
  staff: number;
  rated: number;
  ratings: LevelCounts;
  /** Each group, then the whole agency (always last, even for an agency of one group). */
  scopes: ScopeResult[];
  exceptions: ExceptionShown[];
}

const excepted = (d: StandingDecision | undefined): boolean => !!d && d.rating === 'HTXSNV' && !!d.quotaException && !!d.quotaException.reason.trim();

/**
 * An agency's quota from its standing decisions, counted as the decision sheet counts it
 * (decisionSheet.quotaOf: per group and for the whole agency, floor(rate × base), one more per reasoned
 * exception up to HR's ceiling). A person without a decision is staff, not rated.
 */
export function agencyResults(input: AgencyResultsInput): AgencyResultsSummary {
  const settings = input.settings || DEFAULT_SETTINGS.quota;
  const ruleSet = input.ruleSet || ND335_RULE_SET;
  const counted = input.people.map((p) => {
    const d = input.decisions[normalizeLogin(p.login)];
    return { login: p.login, group: p.taskGroup, rating: d ? d.rating : undefined, exception: d ? d.quotaException : undefined };
  });
  const quota = quotaOf(counted, '', settings, ruleSet);
  const groupNames = counted.map((c) => c.group).filter((g, i, all) => all.indexOf(g) === i);
  const inScope = (scope: string): typeof counted => counted.filter((c) => scope === WHOLE_AGENCY || c.group === scope);
  const scopeResult = (scope: string, check: QuotaScope | undefined): ScopeResult => {
    const members = inScope(scope);
    const tally = tallyRatings(members);
    const base = settings.base === 'HTTNV_OR_ABOVE' ? tally.ratings.HTTNV + tally.ratings.HTXSNV : tally.ratings.HTTNV;
    const plainAllowed = quotaMaximum(settings.rate, base);
    const allowed = check ? check.maxHTXSNV : plainAllowed;
    return {
      scope,
      wholeAgency: scope === WHOLE_AGENCY,
      rated: tally.rated,
      ratings: tally.ratings,
      used: tally.ratings.HTXSNV,
      base,
      rate: settings.rate,
      plainAllowed,
      allowed,
      excess: Math.max(0, tally.ratings.HTXSNV - allowed),
      violated: tally.ratings.HTXSNV > allowed,
      exceptions: members.filter((c) => excepted(input.decisions[normalizeLogin(c.login)])).length
    };
  };
  const find = (scope: string): QuotaScope | undefined => quota.perScope.filter((s) => s.scope === scope)[0];
  const scopes = groupNames.map((g) => scopeResult(g, find(g)));
  // checkQuota adds the whole agency only above one group: with one group the agency is that group.
  scopes.push(scopeResult(WHOLE_AGENCY, find(WHOLE_AGENCY) || (groupNames.length === 1 ? find(groupNames[0]) : undefined)));
  const all = tallyRatings(counted);
  const exceptions: ExceptionShown[] = input.people
    .filter((p) => excepted(input.decisions[normalizeLogin(p.login)]))
    .map((p) => {
      const d = input.decisions[normalizeLogin(p.login)] as StandingDecision;
      const e = d.quotaException as PersonQuotaException;
      return { login: p.login, displayName: p.displayName, taskGroup: p.taskGroup, reason: e.reason.trim(), decisionReference: e.decisionReference, published: d.published };
    });
  return { staff: input.people.length, rated: all.rated, ratings: all.ratings, scopes, exceptions };
}

// ---------------------------------------------------------------- a person's history

/**
 * Who may read a person's history over the months and years: the person, HR, the leaders (head,
 * deputies, secretary, delegated evaluator) of their unit and of the units above it, and their managers
 * up the directory. A colleague of the same unit reads the person's year at the unit meeting and its
 * published result (mayRead, NĐ 90/2020 Điều 18, 21), not the file of every month and year.
 */
export function mayReadHistory(org: OrgModel, reader: string, subject: string): boolean {
  const r = normalizeLogin(reader);
  const s = normalizeLogin(subject);
  if (!mayRead(org, r, s)) return false;
  if (r === s || org.hrLogins.indexOf(r) >= 0) return true;
  const person = org.people[s];
  if (!person) return false;
  const leads = unitChain(org, person.unitCode).some((u) => u.headLogin === r || u.secretaryLogin === r || u.evaluatorLogin === r || u.deputyLogins.indexOf(r) >= 0);
  if (leads) return true;
  const seen: { [login: string]: true } = {};
  for (let m = person.managerLogin; m && !seen[m]; m = org.people[m] ? org.people[m].managerLogin : undefined) {
    if (normalizeLogin(m) === r) return true;
    seen[m] = true;
  }
  return false;
}

/** What a review act must say for the history (payloadReaders' review reader has it). */
export interface ReviewFacts {
  periodId: number;
  outcome: 'APPROVED' | 'RETURNED';
  score?: number;
  level?: RatingLevel;
}

export interface HistoryPeriod {
  periodId: number;
  year: number;
  kind: 'MONTH' | 'QUARTER';
  index: number;
  /** The approved score that stands (the latest review that counts, if approved); absent otherwise. */
  score?: number;
  level?: RatingLevel;
}

export interface HistoryYear {
  year: number;
  rating?: RatingOutcome;
  published: boolean;
}

/**
 * Each month's or quarter's standing score: per period, the latest review that counts (already passed
 * through periodActsThatCount, oldest first); a review that returned the report leaves no score.
 * Periods without any review are listed without a score, oldest first.
 */
export function historyPeriods(periods: readonly EvaluationPeriod[], countedReviews: ReadonlyArray<RecordedAct<ReviewFacts>>): HistoryPeriod[] {
  return periods
    .filter((p) => (p.kind === 'MONTH' || p.kind === 'QUARTER') && typeof p.index === 'number')
    .slice()
    .sort((a, b) => a.year - b.year || (a.kind === b.kind ? 0 : a.kind === 'QUARTER' ? 1 : -1) || (a.index as number) - (b.index as number))
    .map((p) => {
      const reviews = countedReviews.filter((r) => r.step === 'PERIOD_REVIEW' && r.payload.periodId === p.id);
      const latest = reviews[reviews.length - 1];
      const approved = latest && latest.payload.outcome === 'APPROVED' && typeof latest.payload.score === 'number' ? latest.payload : undefined;
      return {
        periodId: p.id,
        year: p.year,
        kind: p.kind as 'MONTH' | 'QUARTER',
        index: p.index as number,
        score: approved ? approved.score : undefined,
        level: approved ? approved.level : undefined
      };
    });
}

/** The years from the oldest to the newest, each with the decision that stands (or none yet). */
export function historyYears(years: readonly number[], standingByYear: { readonly [year: number]: StandingDecision | undefined }): HistoryYear[] {
  return years
    .filter((y, i, all) => all.indexOf(y) === i)
    .sort((a, b) => a - b)
    .map((year) => {
      const d = standingByYear[year];
      return d ? { year, rating: d.rating, published: d.published } : { year, published: false };
    });
}
