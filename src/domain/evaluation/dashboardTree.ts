import type { RatingOutcome } from '../rating/ratingCodes';
import type { PersonProgress, UnitDashboardRow } from './model';

/**
 * The dashboard's table as a tree (issue 13: Bộ → Cục/Vụ → Phòng, drill-down to people): each unit with
 * the units nested under it, its own figures and the figures of its whole branch. Pure, so the sums, the
 * sort, the filter and the search are tested without a screen.
 */

/** What a unit (or a branch, or the whole table) adds up to: the period's steps and the year's. */
export interface StepFigures {
  staff: number;
  period: { applies: number; submitted: number; returned: number; approved: number; late: number };
  year: { selfEvaluated: number; inMinutes: number; decided: number; published: number };
  ratings: Partial<Record<RatingOutcome, number>>;
  ignoredActs: number;
}

export interface DashboardNode {
  row: UnitDashboardRow;
  /** 0 for a row with no shown unit above it. */
  depth: number;
  /** The row's own figures plus every unit under it (each person is placed in one unit: nobody twice). */
  branch: StepFigures;
  children: DashboardNode[];
  /** The people shown when the row is opened (all of them, or those the search found). */
  people: PersonProgress[];
}

function zero(): StepFigures {
  return {
    staff: 0,
    period: { applies: 0, submitted: 0, returned: 0, approved: 0, late: 0 },
    year: { selfEvaluated: 0, inMinutes: 0, decided: 0, published: 0 },
    ratings: {},
    ignoredActs: 0
  };
}

function add(into: StepFigures, from: StepFigures): void {
  into.staff += from.staff;
  (Object.keys(into.period) as Array<keyof StepFigures['period']>).forEach((k) => (into.period[k] += from.period[k]));
  (Object.keys(into.year) as Array<keyof StepFigures['year']>).forEach((k) => (into.year[k] += from.year[k]));
  (Object.keys(from.ratings) as RatingOutcome[]).forEach((k) => (into.ratings[k] = (into.ratings[k] || 0) + (from.ratings[k] || 0)));
  into.ignoredActs += from.ignoredActs;
}

/** One row's own figures (a period that does not apply to the unit counts nobody). */
export function figuresOf(row: UnitDashboardRow): StepFigures {
  const p = row.period;
  return {
    staff: row.staffCount,
    period: p ? { applies: p.applies, submitted: p.submitted, returned: p.returned, approved: p.approved, late: p.late } : zero().period,
    year: { selfEvaluated: row.year.selfEvaluated, inMinutes: row.year.inMinutes, decided: row.year.decided, published: row.year.published },
    ratings: { ...row.ratings },
    ignoredActs: row.ignoredActs
  };
}

/** The table's totals row: every row once (a Cục's own row counts only the people placed directly in it). */
export function totalsOfRows(rows: readonly UnitDashboardRow[]): StepFigures {
  const total = zero();
  rows.forEach((row) => add(total, figuresOf(row)));
  return total;
}

/**
 * Nests each row under its parent when the parent is shown too; a row whose parent the reader does not
 * see (a Trưởng phòng sees only their phòng) is a root. Order within a level is the service's.
 */
export function dashboardTree(rows: readonly UnitDashboardRow[]): DashboardNode[] {
  const byCode: { [code: string]: UnitDashboardRow } = {};
  rows.forEach((row) => (byCode[row.unitCode] = row));
  const childrenOf: { [code: string]: UnitDashboardRow[] } = {};
  const roots: UnitDashboardRow[] = [];
  rows.forEach((row) => {
    // A parent that is the row itself, or a cycle, must not hide a unit: such a row is a root.
    if (row.parentCode && row.parentCode !== row.unitCode && byCode[row.parentCode] && !isAncestor(row.unitCode, row.parentCode, byCode)) {
      (childrenOf[row.parentCode] = childrenOf[row.parentCode] || []).push(row);
    } else {
      roots.push(row);
    }
  });
  const build = (row: UnitDashboardRow, depth: number): DashboardNode => {
    const children = (childrenOf[row.unitCode] || []).map((child) => build(child, depth + 1));
    const branch = figuresOf(row);
    children.forEach((child) => add(branch, child.branch));
    return { row, depth, branch, children, people: row.people || [] };
  };
  return roots.map((row) => build(row, 0));
}

/** Whether `code` is above `start` (following parentCode): a cycle in the data. */
function isAncestor(code: string, start: string, byCode: { [code: string]: UnitDashboardRow }): boolean {
  const seen: { [code: string]: boolean } = {};
  let at: UnitDashboardRow | undefined = byCode[start];
  while (at && !seen[at.unitCode]) {
    if (at.unitCode === code) return true;
    seen[at.unitCode] = true;
    at = at.parentCode ? byCode[at.parentCode] : undefined;
  }
  return false;
}

export type DashboardSort = 'NAME' | 'SUBMITTED_SHARE' | 'LATE';

/** The branch's share of the period's people who submitted (0–1); a period applying to nobody sorts last. */
export function submittedShare(figures: StepFigures): number | undefined {
  return figures.period.applies > 0 ? figures.period.submitted / figures.period.applies : undefined;
}

/**
 * Sorts each level of the tree: by name (Vietnamese order), by the share submitted (lowest first: who is
 * behind comes first), or by the number late (most first). Ties keep the name's order.
 */
export function sortTree(nodes: readonly DashboardNode[], by: DashboardSort, locale: string): DashboardNode[] {
  const name = (n: DashboardNode): string => n.row.shortName || n.row.unitName;
  const byName = (a: DashboardNode, b: DashboardNode): number => name(a).localeCompare(name(b), locale);
  const compare = (a: DashboardNode, b: DashboardNode): number => {
    if (by === 'SUBMITTED_SHARE') {
      const sa = submittedShare(a.branch);
      const sb = submittedShare(b.branch);
      if (sa !== sb) {
        if (sa === undefined) return 1;
        if (sb === undefined) return -1;
        return sa - sb;
      }
    } else if (by === 'LATE' && a.branch.period.late !== b.branch.period.late) {
      return b.branch.period.late - a.branch.period.late;
    }
    return byName(a, b);
  };
  return nodes
    .slice()
    .sort(compare)
    .map((n) => ({ ...n, children: sortTree(n.children, by, locale) }));
}

/** Case and diacritics do not matter in a search: "nguyen van an" finds "Nguyễn Văn An", "dien anh" "Điện ảnh". */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export interface DashboardFilter {
  /** Words typed in the search box: a unit's name or a person's name (each word must be found). */
  query?: string;
  /** Only units whose branch has someone late in the period. */
  onlyLate?: boolean;
}

export interface FilteredTree {
  nodes: DashboardNode[];
  /**
   * Units to show opened because the search found someone in them or below them: the reader sees what
   * was found without opening each row.
   */
  opened: string[];
}

/**
 * Keeps the units that answer the filter, with the units above them (the path to a find stays visible).
 * A unit found by its name keeps all its units and people; a unit in which only people were found keeps
 * those people and is opened with the units above it. The figures stay the whole branch's.
 */
export function filterTree(nodes: readonly DashboardNode[], filter: DashboardFilter): FilteredTree {
  const words = folded(filter.query || '')
    .split(/\s+/)
    .filter((w) => !!w);
  const opened: string[] = [];
  const matches = (text: string): boolean => {
    const f = folded(text);
    return words.every((w) => f.indexOf(w) >= 0);
  };
  const late = (n: DashboardNode): boolean => n.branch.period.late > 0;
  const visit = (node: DashboardNode): DashboardNode | undefined => {
    if (filter.onlyLate && !late(node)) return undefined;
    if (words.length === 0 || matches(node.row.unitName) || matches(node.row.shortName)) {
      // Found by name (or nothing searched): the whole branch, under the late filter alone.
      const children = filter.onlyLate ? node.children.map((c) => visit(c)).filter((c): c is DashboardNode => !!c) : node.children;
      return { ...node, children };
    }
    const children = node.children.map((c) => visit(c)).filter((c): c is DashboardNode => !!c);
    const people = node.people.filter((p) => matches(`${p.displayName} ${p.position || ''}`));
    if (children.length === 0 && people.length === 0) return undefined;
    // Something was found below: open the row so that it shows.
    opened.push(node.row.unitCode);
    return { ...node, children, people };
  };
  const kept = nodes.map((n) => visit(n)).filter((n): n is DashboardNode => !!n);
  return { nodes: kept, opened };
}

/** Every unit in the tree, parents before their children (for "open all" and for counting what is shown). */
export function unitsOf(nodes: readonly DashboardNode[]): DashboardNode[] {
  const all: DashboardNode[] = [];
  const walk = (n: DashboardNode): void => {
    all.push(n);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return all;
}

/**
 * The score bands of the period's histogram: the bands of NĐ 335/2025's levels (law.md 5.1, CONFIRMED:
 * ≥ 90 HTXSNV, ≥ 70 HTTNV, ≥ 50 HTNV, below KHTNV), so a bar reads as "how many would be at this level".
 * The same thresholds as ND335_RULE_SET.scoring.levelThresholds (a test holds them equal); written here
 * so the dashboard's view does not carry the rule sets.
 */
export const SCORE_BANDS: ReadonlyArray<{ key: 'B90' | 'B70' | 'B50' | 'B0'; min: number; level: 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV' }> = [
  { key: 'B0', min: 0, level: 'KHTNV' },
  { key: 'B50', min: 50, level: 'HTNV' },
  { key: 'B70', min: 70, level: 'HTTNV' },
  { key: 'B90', min: 90, level: 'HTXSNV' }
];

/** How many scores fall in each band, lowest band first. A score keeps its decimals: 89,99 is below 90. */
export function scoreHistogram(scores: readonly number[]): Array<{ key: string; min: number; max?: number; count: number }> {
  // Binary noise (0.1 + 0.2) removed first, as the scoring does, so a 90 computed by hand is 90 here.
  const clean = scores.map((s) => Math.round(s * 1e6) / 1e6);
  return SCORE_BANDS.map((band, i) => {
    const next = SCORE_BANDS[i + 1];
    const count = clean.filter((s) => s >= band.min && (!next || s < next.min)).length;
    return { key: band.key, min: band.min, max: next ? next.min : undefined, count };
  });
}
