import * as clauses from './clauses';
import type { RatingLevel, RatingOutcome } from './ratingCodes';
import { formatNumberVi, reason, type RatingReason } from './reasons';
import type { QuotaBase, RuleSet } from './ruleSet';
import { ND335_RULE_SET } from './ruleSets';
import { DEFAULT_SETTINGS, type QuotaSettings } from './settings';

/** What the check itself reads of the settings (the exception rules apply where exceptions are built). */
type QuotaRate = Pick<QuotaSettings, 'rate' | 'base'>;

/**
 * The HTXSNV quota (law.md 3.7): in each scope (each group of similar tasks and the whole agency),
 * HTXSNV ≤ floor(rate × base), the base being those rated HTTNV (the literal text) by default.
 */
export const WHOLE_AGENCY = 'whole agency';

export type LevelCounts = Record<RatingLevel, number>;

export interface QuotaGroup {
  /** nhóm công chức có nhiệm vụ tương đồng */
  name: string;
  ratings: LevelCounts;
}

/**
 * A recorded decision to exceed the quota in one scope (law.md 3.7: "tổ chức có thành tích xuất sắc,
 * nổi trội"; who may decide and how far is UNCONFIRMED): who decided, why, and the new rate or count.
 */
export interface QuotaException {
  scope: string;
  decidedBy: string;
  reason: string;
  decisionReference?: string;
  /** new rate for this scope, 0..1 */
  rate?: number;
  /** or a fixed maximum number of HTXSNV for this scope */
  maxHTXSNV?: number;
}

/** One scope of the check (a group or the whole agency). */
export interface QuotaScope {
  scope: string;
  countHTXSNV: number;
  base: number;
  rate: number;
  maxHTXSNV: number;
  violated: boolean;
  /** HTXSNV beyond the maximum, 0 when within */
  excess: number;
  exception?: QuotaException;
  reasons: RatingReason[];
}

export interface QuotaCheck {
  violated: boolean;
  perScope: QuotaScope[];
}

export function emptyCounts(): LevelCounts {
  return { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
}

function baseOf(counts: LevelCounts, base: QuotaBase): number {
  return base === 'HTTNV_OR_ABOVE' ? counts.HTTNV + counts.HTXSNV : counts.HTTNV;
}

/** floor(rate × base), safe from binary noise (0.29 × 100 = 28.999999999999996). */
export function quotaMaximum(rate: number, base: number): number {
  return Math.floor(rate * base + 1e-9);
}

function scopeOf(
  scope: string,
  counts: LevelCounts,
  settings: QuotaRate,
  exception: QuotaException | undefined,
  ruleSet: RuleSet
): QuotaScope {
  const base = baseOf(counts, settings.base);
  const rate = exception?.rate ?? settings.rate;
  const maxHTXSNV = exception?.maxHTXSNV ?? quotaMaximum(rate, base);
  const excess = Math.max(0, counts.HTXSNV - maxHTXSNV);
  const baseText = settings.base === 'HTTNV' ? 'số xếp loại hoàn thành tốt nhiệm vụ' : 'số xếp loại hoàn thành tốt nhiệm vụ trở lên';
  const reasons: RatingReason[] = [
    reason(
      ruleSet.quota.clause,
      `${scope === WHOLE_AGENCY ? 'Toàn cơ quan' : `Nhóm "${scope}"`}: ${counts.HTXSNV} hoàn thành xuất sắc nhiệm vụ; tối đa ${formatNumberVi(rate * 100)} % × ${base} (${baseText}) = ${maxHTXSNV}` +
        (excess > 0 ? `; vượt ${excess}` : ''),
      excess === 0
    )
  ];
  if (exception !== undefined) {
    reasons.push(
      reason(
        ruleSet.id === 'ND335' ? clauses.ND335_QUOTA_EXCEPTION : ruleSet.quota.clause,
        `Ngoại lệ đã ghi nhận: ${exception.decidedBy} quyết định${exception.decisionReference ? ` (${exception.decisionReference})` : ''}, lý do: ${exception.reason}; ` +
          (exception.maxHTXSNV !== undefined ? `tối đa ${exception.maxHTXSNV} người` : `tỷ lệ ${formatNumberVi((exception.rate ?? rate) * 100)} %`),
        true
      )
    );
  }
  return { scope, countHTXSNV: counts.HTXSNV, base, rate, maxHTXSNV, violated: excess > 0, excess, exception, reasons };
}

function findException(exceptions: readonly QuotaException[], scope: string): QuotaException | undefined {
  for (let i = exceptions.length - 1; i >= 0; i--) {
    if (exceptions[i].scope === scope) {
      return exceptions[i];
    }
  }
  return undefined;
}

function sum(groups: readonly QuotaGroup[]): LevelCounts {
  const total = emptyCounts();
  for (const g of groups) {
    total.HTXSNV += g.ratings.HTXSNV;
    total.HTTNV += g.ratings.HTTNV;
    total.HTNV += g.ratings.HTNV;
    total.KHTNV += g.ratings.KHTNV;
  }
  return total;
}

/**
 * Checks the quota for each group and, when there is more than one group, for the whole agency (the
 * last scope, named "whole agency"). The latest exception recorded for a scope lifts its limit.
 */
export function checkQuota(
  groups: readonly QuotaGroup[],
  settings: QuotaRate = DEFAULT_SETTINGS.quota,
  exceptions: readonly QuotaException[] = [],
  ruleSet: RuleSet = ND335_RULE_SET
): QuotaCheck {
  const perScope = groups.map((g) => scopeOf(g.name, g.ratings, settings, findException(exceptions, g.name), ruleSet));
  if (groups.length > 1) {
    perScope.push(scopeOf(WHOLE_AGENCY, sum(groups), settings, findException(exceptions, WHOLE_AGENCY), ruleSet));
  }
  return { violated: perScope.some((s) => s.violated), perScope };
}

/** A unit's proposed rating for one person (đề xuất mức xếp loại). */
export interface ProposedRating {
  personId: string;
  group: string;
  proposed: RatingOutcome;
  /** the yearly score where there is one: the lowest-scored HTXSNV proposals are suggested first */
  score?: number;
}

export interface QuotaSuggestion {
  personId: string;
  group: string;
  score?: number;
  from: 'HTXSNV';
  to: 'HTTNV';
  /** the scope whose limit this lowering restores */
  scope: string;
}

export interface QuotaReview {
  /** the quota as proposed */
  before: QuotaCheck;
  /** lowerings that, applied together, keep every scope within its limit */
  suggestions: QuotaSuggestion[];
  /** the quota with the suggestions applied (never violated) */
  after: QuotaCheck;
}

function countsByGroup(proposals: readonly ProposedRating[]): QuotaGroup[] {
  const groups: QuotaGroup[] = [];
  const index = new Map<string, QuotaGroup>();
  for (const p of proposals) {
    let group = index.get(p.group);
    if (group === undefined) {
      group = { name: p.group, ratings: emptyCounts() };
      index.set(p.group, group);
      groups.push(group);
    }
    if (p.proposed === 'HTXSNV' || p.proposed === 'HTTNV' || p.proposed === 'HTNV' || p.proposed === 'KHTNV') {
      group.ratings[p.proposed] += 1;
    }
  }
  return groups;
}

/** Lowest score first; an unscored proposal before a scored one; then by id, for a stable order. */
function lowestFirst(a: ProposedRating, b: ProposedRating): number {
  const sa = a.score === undefined ? -Infinity : a.score;
  const sb = b.score === undefined ? -Infinity : b.score;
  if (sa !== sb) {
    return sa < sb ? -1 : 1;
  }
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}

/**
 * For a unit's proposed ratings: which proposals break the quota and by how much, with suggestions to
 * lower the lowest-scored HTXSNV proposals to HTTNV. Each lowering also adds one to the HTTNV base, so
 * fewer lowerings than the naive excess may be needed; the loop recomputes after each one. Groups are
 * settled first, then the whole agency; lowering never breaks a scope that already holds.
 */
export function reviewProposedRatings(
  proposals: readonly ProposedRating[],
  settings: QuotaRate = DEFAULT_SETTINGS.quota,
  exceptions: readonly QuotaException[] = [],
  ruleSet: RuleSet = ND335_RULE_SET
): QuotaReview {
  const groups = countsByGroup(proposals);
  const before = checkQuota(groups, settings, exceptions, ruleSet);
  const working = groups.map((g) => ({ name: g.name, ratings: { ...g.ratings } }));
  // candidates[i]: the HTXSNV proposals of group i, lowest score first
  const candidates: ProposedRating[][] = groups.map((g) =>
    proposals.filter((p) => p.group === g.name && p.proposed === 'HTXSNV').sort(lowestFirst)
  );
  const suggestions: QuotaSuggestion[] = [];
  const lower = (p: ProposedRating, groupIndex: number, scope: string): void => {
    working[groupIndex].ratings.HTXSNV -= 1;
    working[groupIndex].ratings.HTTNV += 1;
    suggestions.push({ personId: p.personId, group: p.group, score: p.score, from: 'HTXSNV', to: 'HTTNV', scope });
  };
  const groupViolated = (i: number): boolean =>
    scopeOf(working[i].name, working[i].ratings, settings, findException(exceptions, working[i].name), ruleSet).violated;

  working.forEach((g, i) => {
    const queue = candidates[i];
    while (queue.length > 0 && groupViolated(i)) {
      lower(queue.shift() as ProposedRating, i, g.name);
    }
  });
  if (working.length > 1) {
    const agencyViolated = (): boolean =>
      scopeOf(WHOLE_AGENCY, sum(working), settings, findException(exceptions, WHOLE_AGENCY), ruleSet).violated;
    while (agencyViolated()) {
      let pick = -1;
      candidates.forEach((queue, i) => {
        const head = queue[0];
        if (head !== undefined && (pick < 0 || lowestFirst(head, candidates[pick][0]) < 0)) {
          pick = i;
        }
      });
      if (pick < 0) {
        break;
      }
      lower(candidates[pick].shift() as ProposedRating, pick, WHOLE_AGENCY);
    }
  }
  return { before, suggestions, after: checkQuota(working, settings, exceptions, ruleSet) };
}
