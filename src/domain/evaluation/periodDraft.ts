import { scorePeriod, type LeaderComponents, type PeriodScore, type WorkProduct } from '../rating';
import { DEFAULT_SETTINGS, type Nd335Settings } from '../rating/settings';
import type { LeaderComponentPercents, PeriodReviewPayload, SubmittedWorkLine, WorkItemAssessment, WorkItemPayload } from './actPayloads';
import type { EvaluationPeriod } from './model';
import { checkLink, checkNumber, checkText, type FieldProblem } from './validation';
import { generalCriteriaSum, totalMatchesParts, validateGeneralCriteriaParts, type GeneralCriteriaParts, type GeneralCriterionLeaf } from './generalCriteria';

/**
 * The month's (or quarter's) form under NĐ 335/2025 (law.md 5.1): the civil servant lists the work
 * products of the period, the direct manager assesses each line. Pure rules: what is valid, and what
 * the engine makes of it while the form is typed.
 */

/** One line of the period's work; `key` stays the same across drafts, submissions and reviews. */
export type WorkLine = SubmittedWorkLine;

/** What the civil servant fills in for a month or quarter (kept whole as the draft). */
export interface PeriodDraft {
  lines: WorkLine[];
  /** 0–30 (NĐ 335/2025, tiêu chí chung); absent until typed; the sum of the parts when the form has them. */
  generalCriteriaSelfScore?: number;
  /** Mẫu 01 column (4) by leaf (generalCriteria.ts); absent in older drafts and acts. */
  generalCriteriaSelfParts?: GeneralCriteriaParts;
  /** Mẫu 01 item 4, Ưu điểm. */
  strengths?: string;
  /** Mẫu 01 item 5, Hạn chế, khuyết điểm. */
  weaknesses?: string;
  comment: string;
}

/** A product type of the catalogue (danh mục sản phẩm), with the period it is in force. */
export interface CatalogueEntry {
  code: string;
  name: string;
  /** Hệ số quy đổi: product score / score of the standard product (law.md 5.1). */
  conversionFactor: number;
  effectiveFrom?: string;
  effectiveTo?: string;
}

export const DESCRIPTION_MAX = 500;
export const COMMENT_MAX = 2000;
export const RETURN_REASON_MAX = 1000;
export const EVIDENCE_MAX = 10;
/** A count typed into the form; more in one month is a typing error, not a product. */
export const COUNT_MAX = 9999;
/** Tiêu chí chung: at most 30 of the 100 points (NĐ 335/2025, law.md 5.1). */
export const GENERAL_CRITERIA_MAX = 30;

export const EMPTY_DRAFT: PeriodDraft = { lines: [], comment: '' };

/** The first and last instant of a month or quarter (UTC dates; the catalogue's dates are whole days). */
export function periodSpan(period: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>): { start: string; end: string } {
  const index = period.index || 1;
  const [first, last] = period.kind === 'QUARTER' ? [3 * (index - 1), 3 * index - 1] : period.kind === 'MONTH' ? [index - 1, index - 1] : [0, 11];
  return {
    start: new Date(Date.UTC(period.year, first, 1)).toISOString(),
    end: new Date(Date.UTC(period.year, last + 1, 1) - 1).toISOString()
  };
}

/**
 * The catalogue in force during the period: an entry counts when its dates overlap the period; when a
 * product's factor changed within the period, the one in force at its end applies (one factor per
 * product and period keeps the ratios comparable).
 */
export function catalogueForPeriod(entries: readonly CatalogueEntry[], period: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>): CatalogueEntry[] {
  const { start, end } = periodSpan(period);
  const byCode: { [code: string]: CatalogueEntry } = {};
  entries
    .filter((e) => (!e.effectiveFrom || e.effectiveFrom <= end) && (!e.effectiveTo || e.effectiveTo >= start))
    .filter((e) => isFinite(e.conversionFactor) && e.conversionFactor > 0)
    .forEach((e) => {
      const held = byCode[e.code];
      if (!held || (e.effectiveFrom || '') > (held.effectiveFrom || '')) byCode[e.code] = e;
    });
  return Object.keys(byCode)
    .map((code) => byCode[code])
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A key for a new line, unique within the draft (the manager's assessment refers to it). */
export function newLineKey(draft: PeriodDraft, seed: string = Date.now().toString(36)): string {
  const taken: { [key: string]: true } = {};
  draft.lines.forEach((l) => (taken[l.key] = true));
  for (let n = draft.lines.length + 1; ; n++) {
    const key = `L-${seed}-${n}`;
    if (!taken[key]) return key;
  }
}

/**
 * The engine's work products for a period: the person's lines with the manager's assessment of each.
 * Without an assessment a line is self-assessed: everything completed meets the quality requirements
 * and no error or delay is found yet (what the person can claim before the manager looks).
 */
export function workProductsOf(
  lines: ReadonlyArray<{ payload: WorkItemPayload; factor: number; name?: string; assessment?: WorkItemAssessment }>
): WorkProduct[] {
  return lines.map(({ payload, factor, name, assessment }) => ({
    productType: { code: payload.productCode, name: name || payload.productCode, conversionFactor: factor },
    assigned: payload.assigned,
    completed: payload.completed,
    completedOnTime: payload.completedOnTime,
    completedMeetingQuality: assessment ? assessment.completedMeetingQuality : payload.completed,
    majorErrors: assessment ? assessment.majorErrors : 0,
    delays: assessment ? assessment.delays : 0,
    majorErrorsObjectiveCauseConfirmed: assessment ? assessment.majorErrorsObjectiveCauseConfirmed : false,
    delaysObjectiveCauseConfirmed: assessment ? assessment.delaysObjectiveCauseConfirmed : false
  }));
}

/** Leader components as typed (percent) to the engine's ratios d, đ, e. */
export function leaderRatios(percents: LeaderComponentPercents | undefined): LeaderComponents | undefined {
  if (!percents) return undefined;
  return {
    unitResults: percents.unitResults / 100,
    leadershipCapacity: percents.leadershipCapacity / 100,
    unitingCapacity: percents.unitingCapacity / 100
  };
}

/** The manager's side of the live score, when reviewing. */
export interface ReviewScoring {
  generalCriteriaScore?: number;
  assessments: readonly WorkItemAssessment[];
  isLeader: boolean;
  leaderComponents?: LeaderComponentPercents;
}

export interface DraftScore {
  /** The engine's result; `score` is absent until the form is complete enough. */
  result: PeriodScore;
  /** Lines left out of the live score (no product chosen, a product outside the catalogue, or counts not valid yet). */
  leftOut: number[];
  /** The general criteria score has not been typed yet. */
  generalMissing: boolean;
}

const count = (n: unknown): boolean => typeof n === 'number' && isFinite(n) && n >= 0 && Math.floor(n) === n;

/**
 * Scores the form as it is typed: the person's own figures (self-assessed), or, when reviewing, the
 * manager's assessments, general criteria score and leader components (d, đ, e). Incomplete lines are
 * left out and said so, rather than failing the whole score.
 */
export function scoreDraft(
  draft: PeriodDraft,
  catalogue: readonly CatalogueEntry[],
  review?: ReviewScoring,
  settings: Nd335Settings = DEFAULT_SETTINGS.nd335
): DraftScore {
  const factors: { [code: string]: CatalogueEntry } = {};
  catalogue.forEach((c) => (factors[c.code] = c));
  const assessmentOf = (key: string): WorkItemAssessment | undefined => (review ? review.assessments.find((a) => a.workItemKey === key) : undefined);
  const leftOut: number[] = [];
  const counted: Array<{ payload: WorkItemPayload; factor: number; name: string; assessment?: WorkItemAssessment }> = [];
  draft.lines.forEach((line, i) => {
    const entry = factors[line.productCode];
    const assessment = assessmentOf(line.key);
    const usable =
      !!entry &&
      [line.assigned, line.completed, line.completedOnTime].every(count) &&
      line.completed <= line.assigned &&
      line.completedOnTime <= line.completed &&
      (!review ||
        (!!assessment &&
          [assessment.completedMeetingQuality, assessment.majorErrors, assessment.delays].every(count) &&
          assessment.completedMeetingQuality <= line.completed));
    if (!usable) leftOut.push(i);
    else counted.push({ payload: line, factor: entry.conversionFactor, name: entry.name, assessment });
  });
  const general = review ? review.generalCriteriaScore : draft.generalCriteriaSelfScore;
  const generalMissing = general === undefined;
  const result = scorePeriod(
    {
      isLeader: !!review && review.isLeader,
      generalCriteriaScore: generalMissing ? NaN : general,
      products: workProductsOf(counted),
      leaderComponents: review ? leaderRatios(review.leaderComponents) : undefined
    },
    settings
  );
  // An untyped score is not an error yet: the form asks for it, the engine's complaint would only confuse.
  if (generalMissing) result.reasons = result.reasons.slice(1);
  return { result, leftOut, generalMissing };
}

function countProblems(field: string, value: number): FieldProblem[] {
  return checkNumber(field, value, { min: 0, max: COUNT_MAX, whole: true });
}

/**
 * The civil servant's form (law.md 5.1): each line a product of the catalogue, described, with whole
 * counts where completed ≤ assigned and on time ≤ completed (the ratios a and c compare them with the
 * assigned products), evidence as links; the self-score of the general criteria 0–30. To submit, at
 * least one line and the self-score are needed.
 */
export function validatePeriodDraft(
  draft: PeriodDraft,
  catalogue: readonly CatalogueEntry[],
  options: { forSubmit?: boolean } & GeneralCriteriaOptions = {}
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const codes: { [code: string]: true } = {};
  catalogue.forEach((c) => (codes[c.code] = true));
  if (options.forSubmit && draft.lines.length === 0) problems.push({ field: 'lines', code: 'NONE_CHOSEN' });
  draft.lines.forEach((line, i) => {
    const at = (name: string): string => `lines[${i}].${name}`;
    if (!line.productCode) problems.push({ field: at('productCode'), code: 'REQUIRED' });
    else if (!codes[line.productCode]) problems.push({ field: at('productCode'), code: 'NONE_CHOSEN' });
    problems.push(...checkText(at('description'), line.description, { required: true, max: DESCRIPTION_MAX }));
    const assigned = countProblems(at('assigned'), line.assigned);
    const completed = countProblems(at('completed'), line.completed);
    const onTime = countProblems(at('completedOnTime'), line.completedOnTime);
    problems.push(...assigned, ...completed, ...onTime);
    if (assigned.length === 0 && completed.length === 0 && line.completed > line.assigned) {
      problems.push({ field: at('completed'), code: 'AT_MOST', params: [line.assigned] });
    }
    if (completed.length === 0 && onTime.length === 0 && line.completedOnTime > line.completed) {
      problems.push({ field: at('completedOnTime'), code: 'AT_MOST', params: [line.completed] });
    }
    const evidence = line.evidence || [];
    if (evidence.length > EVIDENCE_MAX) problems.push({ field: at('evidence'), code: 'AT_MOST', params: [EVIDENCE_MAX] });
    const seen: { [link: string]: true } = {};
    evidence.forEach((link, j) => {
      // A blank line in the evidence box is nothing typed yet, not a wrong link (dropped on submit).
      if (!link.trim()) return;
      const linkProblems = checkLink(`${at('evidence')}[${j}]`, link);
      problems.push(...linkProblems);
      const text = link.trim();
      if (linkProblems.length === 0 && seen[text]) problems.push({ field: `${at('evidence')}[${j}]`, code: 'DUPLICATE' });
      seen[text] = true;
    });
  });
  problems.push(
    ...generalCriteriaProblems(draft.generalCriteriaSelfScore, draft.generalCriteriaSelfParts, {
      ...options,
      totalField: 'generalCriteriaSelfScore',
      partsField: 'generalCriteriaSelfParts',
      required: !!options.forSubmit
    })
  );
  problems.push(...checkText('strengths', draft.strengths, { max: COMMENT_MAX }));
  problems.push(...checkText('weaknesses', draft.weaknesses, { max: COMMENT_MAX }));
  problems.push(...checkText('comment', draft.comment, { max: COMMENT_MAX }));
  return problems;
}

/**
 * How the general criteria are checked: against Mẫu 01's leaves (generalCriteria.ts) when given. The form
 * asks for the parts (`requireParts`); the server checks parts whenever they are sent, and takes a bare total
 * only from a caller that sends no parts at all (scripts and older clients, whose acts read as one figure).
 */
export interface GeneralCriteriaOptions {
  leaves?: readonly GeneralCriterionLeaf[];
  requireParts?: boolean;
}

/**
 * The general criteria of a form (NĐ 335/2025: 30 points; Mẫu 01 by sub-criterion, official-documents.md
 * 1.1): each part 0 to its maximum, and the total the act stores the sum of the parts (every reader of the
 * total, engine and dashboards, then agrees with the form). Without parts, the total alone 0–30.
 */
export function generalCriteriaProblems(
  total: number | undefined,
  parts: GeneralCriteriaParts | undefined,
  options: GeneralCriteriaOptions & { totalField: string; partsField: string; required: boolean }
): FieldProblem[] {
  const leaves = options.leaves || [];
  const byParts = leaves.length > 0 && (!!options.requireParts || parts !== undefined);
  if (!byParts) return checkNumber(options.totalField, total as number, { min: 0, max: GENERAL_CRITERIA_MAX, required: options.required });
  const partProblems = validateGeneralCriteriaParts(parts, leaves, { prefix: options.partsField, required: options.required });
  if (partProblems.length > 0 || parts === undefined) return partProblems;
  const complete = leaves.every((leaf) => typeof parts[leaf.key] === 'number');
  // An unfinished draft: the total follows the parts once they are all typed.
  if (!complete) return [];
  const totalProblems = checkNumber(options.totalField, total as number, { min: 0, max: GENERAL_CRITERIA_MAX, required: options.required });
  if (totalProblems.length > 0) return totalProblems;
  if (total !== undefined && !totalMatchesParts(total, parts, leaves)) {
    return [{ field: options.totalField, code: 'NOT_THE_SUM', params: [generalCriteriaSum(parts, leaves)] }];
  }
  return [];
}

/** The total a parts record makes once every leaf is scored; undefined until then (the form says what is missing). */
export function totalOfParts(parts: GeneralCriteriaParts | undefined, leaves: readonly GeneralCriterionLeaf[]): number | undefined {
  if (!parts || leaves.length === 0) return undefined;
  const complete = leaves.every((leaf) => typeof parts[leaf.key] === 'number' && isFinite(parts[leaf.key]));
  return complete ? generalCriteriaSum(parts, leaves) : undefined;
}

/** What the manager decides, as the review form holds it. */
export interface PeriodReviewDraft {
  outcome: PeriodReviewPayload['outcome'];
  returnReason?: string;
  generalCriteriaScore?: number;
  /** The competent level's score by leaf of Mẫu 01 (generalCriteria.ts); the total is their sum. */
  generalCriteriaParts?: GeneralCriteriaParts;
  assessments: WorkItemAssessment[];
  leaderComponents?: LeaderComponentPercents;
  /** Mẫu 01 item 6: the competent level's remarks. */
  comment: string;
}

/**
 * The manager's review of the submitted lines (law.md 5.1): a general criteria score 0–30; per line,
 * completed meeting quality ≤ completed (ratio b), major errors ≤ those meeting quality (each takes 25 %
 * of one product's quality points), delays ≤ those on time (each takes 25 % of one product's
 * timeliness points); for a leader, d, đ, e in percent. A return needs its reason; only the reason is
 * required then (the figures go back to the person with it).
 */
export function validatePeriodReview(
  lines: readonly WorkLine[],
  review: PeriodReviewDraft,
  options: { isLeader: boolean } & GeneralCriteriaOptions
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  problems.push(...checkText('comment', review.comment, { max: COMMENT_MAX }));
  if (review.outcome === 'RETURNED') {
    problems.push(...checkText('returnReason', review.returnReason, { required: true, max: RETURN_REASON_MAX }));
    return problems;
  }
  problems.push(
    ...generalCriteriaProblems(review.generalCriteriaScore, review.generalCriteriaParts, {
      ...options,
      totalField: 'generalCriteriaScore',
      partsField: 'generalCriteriaParts',
      required: true
    })
  );
  lines.forEach((line, i) => {
    const at = (name: string): string => `assessments[${i}].${name}`;
    const assessment = review.assessments.find((a) => a.workItemKey === line.key);
    if (!assessment) {
      problems.push({ field: at('completedMeetingQuality'), code: 'REQUIRED' });
      return;
    }
    const quality = countProblems(at('completedMeetingQuality'), assessment.completedMeetingQuality);
    const errors = countProblems(at('majorErrors'), assessment.majorErrors);
    const delays = countProblems(at('delays'), assessment.delays);
    problems.push(...quality, ...errors, ...delays);
    if (quality.length === 0 && assessment.completedMeetingQuality > line.completed) {
      problems.push({ field: at('completedMeetingQuality'), code: 'AT_MOST', params: [line.completed] });
    }
    if (quality.length === 0 && errors.length === 0 && assessment.majorErrors > assessment.completedMeetingQuality) {
      problems.push({ field: at('majorErrors'), code: 'AT_MOST', params: [assessment.completedMeetingQuality] });
    }
    if (delays.length === 0 && assessment.delays > line.completedOnTime) {
      problems.push({ field: at('delays'), code: 'AT_MOST', params: [line.completedOnTime] });
    }
  });
  if (options.isLeader) {
    const lc = review.leaderComponents;
    (['unitResults', 'leadershipCapacity', 'unitingCapacity'] as const).forEach((name) =>
      problems.push(...checkNumber(`leaderComponents.${name}`, lc ? lc[name] : (undefined as unknown as number), { min: 0, max: 100 }))
    );
  }
  return problems;
}

/** The assessment a review form starts from for a line: the person's own figures, nothing found yet. */
export function initialAssessment(line: WorkLine): WorkItemAssessment {
  return {
    workItemKey: line.key,
    completedMeetingQuality: line.completed,
    majorErrors: 0,
    delays: 0,
    majorErrorsObjectiveCauseConfirmed: false,
    delaysObjectiveCauseConfirmed: false
  };
}
