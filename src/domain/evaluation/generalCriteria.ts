import type { Mau01Settings } from '../rating/settings';
import type { FieldProblem } from './validation';

/**
 * The general criteria (tiêu chí chung, 30 of the 100 points, NĐ 335/2025; law.md 5.1) as Mẫu 01 records
 * them (official-documents.md 1.1): one score per criterion of groups I, II, III, or per part where HR split
 * a criterion (settings `mau01`). Pure and small: the view-mode bundle carries it; the national form's
 * texts (DEFAULT_MAU01) stay in rating/mau01.ts and reach the views through the settings the service returns.
 */

/** One score box of the form: a criterion scored as a whole, or one part of a split criterion. */
export interface GeneralCriterionLeaf {
  /** "I.1", "III.4"; "II.2.1" for part 1 of criterion II.2 */
  key: string;
  groupCode: string;
  groupTitle: string;
  groupMax: number;
  criterionCode: string;
  criterionTitle: string;
  partCode?: string;
  /** the text the form prints beside the score: the part's when split, else the criterion's */
  title: string;
  max: number;
}

/** Scores per leaf key, as the forms and the acts hold them. */
export interface GeneralCriteriaParts {
  [leafKey: string]: number;
}

/** The leaves of the form, in its order (groups, then criteria, then parts). */
export function generalCriteriaLeaves(mau01: Mau01Settings): GeneralCriterionLeaf[] {
  const leaves: GeneralCriterionLeaf[] = [];
  (mau01.groups || []).forEach((group) =>
    group.criteria.forEach((criterion) => {
      const base = {
        groupCode: group.code,
        groupTitle: group.title,
        groupMax: group.max,
        criterionCode: criterion.code,
        criterionTitle: criterion.title
      };
      const parts = criterion.parts || [];
      if (parts.length === 0) {
        leaves.push({ ...base, key: `${group.code}.${criterion.code}`, title: criterion.title, max: criterion.max });
      } else {
        parts.forEach((part) =>
          leaves.push({ ...base, key: `${group.code}.${criterion.code}.${part.code}`, partCode: part.code, title: part.title, max: part.max })
        );
      }
    })
  );
  return leaves;
}

/** Sums kept to the two decimals scores are written with (0,1 + 0,2 is 0,3, not 0,30000000000000004). */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The sum of the parts given (the total the act stores beside them). */
export function generalCriteriaSum(parts: GeneralCriteriaParts, leaves: readonly GeneralCriterionLeaf[]): number {
  return roundPoints(leaves.reduce((sum, leaf) => sum + (typeof parts[leaf.key] === 'number' && isFinite(parts[leaf.key]) ? parts[leaf.key] : 0), 0));
}

/** A group's subtotal, for the form's live line under each group. */
export function generalCriteriaGroupSum(parts: GeneralCriteriaParts, leaves: readonly GeneralCriterionLeaf[], groupCode: string): number {
  return generalCriteriaSum(parts, leaves.filter((l) => l.groupCode === groupCode));
}

/** The groups in the form's order, with their leaves. */
export function generalCriteriaGroups(
  leaves: readonly GeneralCriterionLeaf[]
): Array<{ code: string; title: string; max: number; leaves: GeneralCriterionLeaf[] }> {
  const groups: Array<{ code: string; title: string; max: number; leaves: GeneralCriterionLeaf[] }> = [];
  leaves.forEach((leaf) => {
    let group = groups.find((g) => g.code === leaf.groupCode);
    if (!group) {
      group = { code: leaf.groupCode, title: leaf.groupTitle, max: leaf.groupMax, leaves: [] };
      groups.push(group);
    }
    group.leaves.push(leaf);
  });
  return groups;
}

/**
 * Scores take at most two decimals, the precision HR may give a maximum (mau01.ts validPoints: 2,5; 1,25;
 * 0,75). A coarser step (0,25 or 0,5) would leave some maxima HR may set unreachable, and the form prints the
 * score as typed; the engine then keeps the decimals (scoreDecimals UNCONFIRMED, settings).
 */
function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** The field a leaf's problem is said next to: `<prefix>.<key>`, e.g. "generalCriteriaSelfParts.I.1". */
export function generalCriterionField(prefix: string, key: string): string {
  return `${prefix}.${key}`;
}

/**
 * A parts record against the leaves: every leaf scored (when `required`), each from 0 to its maximum with at
 * most two decimals, and no key the form does not have (the server refuses what the form could not send).
 */
export function validateGeneralCriteriaParts(
  parts: unknown,
  leaves: readonly GeneralCriterionLeaf[],
  options: { prefix: string; required?: boolean }
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (parts === undefined || parts === null) {
    if (options.required) leaves.forEach((leaf) => problems.push({ field: generalCriterionField(options.prefix, leaf.key), code: 'REQUIRED' }));
    return problems;
  }
  if (typeof parts !== 'object' || Array.isArray(parts)) return [{ field: options.prefix, code: 'NOT_A_NUMBER' }];
  const record = parts as { [key: string]: unknown };
  const known: { [key: string]: true } = {};
  leaves.forEach((leaf) => {
    known[leaf.key] = true;
    const field = generalCriterionField(options.prefix, leaf.key);
    const value = Object.prototype.hasOwnProperty.call(record, leaf.key) ? record[leaf.key] : undefined;
    if (value === undefined || value === null) {
      if (options.required) problems.push({ field, code: 'REQUIRED' });
    } else if (typeof value !== 'number' || !isFinite(value)) problems.push({ field, code: 'NOT_A_NUMBER' });
    else if (value < 0 || value > leaf.max + 1e-9) problems.push({ field, code: 'OUT_OF_RANGE', params: [0, leaf.max] });
    else if (!hasAtMostTwoDecimals(value)) problems.push({ field, code: 'TOO_PRECISE', params: [2] });
  });
  Object.keys(record).forEach((key) => {
    if (!known[key]) problems.push({ field: generalCriterionField(options.prefix, key), code: 'UNKNOWN_CRITERION' });
  });
  return problems;
}

/**
 * What an act holds of the general criteria, for display: the parts (and their sum) when it was recorded by
 * criterion, or only the total (acts from before the form had criteria, and the seeded history), or nothing.
 */
export type RecordedGeneralCriteria =
  | { kind: 'PARTS'; parts: GeneralCriteriaParts; total: number }
  | { kind: 'TOTAL_ONLY'; total: number }
  | { kind: 'NONE' };

export function recordedGeneralCriteria(parts: GeneralCriteriaParts | undefined, total: number | undefined): RecordedGeneralCriteria {
  const hasParts = !!parts && typeof parts === 'object' && Object.keys(parts).length > 0;
  if (hasParts) {
    const sum = roundPoints(Object.keys(parts as GeneralCriteriaParts).reduce((s, k) => s + (Number((parts as GeneralCriteriaParts)[k]) || 0), 0));
    return { kind: 'PARTS', parts: parts as GeneralCriteriaParts, total: typeof total === 'number' && isFinite(total) ? total : sum };
  }
  if (typeof total === 'number' && isFinite(total)) return { kind: 'TOTAL_ONLY', total };
  return { kind: 'NONE' };
}

/** Whether a stored total is the sum of its parts (the server refuses an act where it is not). */
export function totalMatchesParts(total: number | undefined, parts: GeneralCriteriaParts, leaves: readonly GeneralCriterionLeaf[]): boolean {
  return typeof total === 'number' && Math.abs(total - generalCriteriaSum(parts, leaves)) < 0.005;
}
