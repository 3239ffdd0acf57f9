import { PLAN_COLUMNS, PRODUCT_COLUMNS, UNIT_COLUMNS, type UnitColumn } from './layouts';
import {
  planKey,
  type PlanRecord,
  type ProductRecord,
  type SitePlan,
  type SiteProduct,
  type SiteUnit,
  type UnitRecord
} from './records';
import type { ColumnSpec, ImportProblem } from './sheet';

/** mới / thay đổi / không đổi / bỏ: what a row of the file does to the site. */
export type ChangeStatus = 'NEW' | 'CHANGED' | 'UNCHANGED' | 'REMOVED';

export interface Change<R, S> {
  status: ChangeStatus;
  /** The unit's code, the product's code|unit, the plan's PlanKey. */
  key: string;
  /** The file's row (none for a plan item removed: it is not in the file). */
  row?: number;
  record?: R;
  current?: S;
  /** The headers of the columns that changed (CHANGED only). */
  fields: string[];
  /** yyyy-mm-dd the new row holds from (units and catalogue, NEW and CHANGED). */
  effectiveFrom?: string;
}

export type UnitChange = Change<UnitRecord, SiteUnit>;
export type ProductChange = Change<ProductRecord, SiteProduct>;
export type PlanChange = Change<PlanRecord, SitePlan>;

export interface Diff<C> {
  changes: C[];
  /** What the comparison found that HR should know (a change dated before the version it replaces). */
  problems: ImportProblem[];
}

const headerOf = <K extends string>(specs: readonly ColumnSpec<K>[], key: K): string => (specs.find((s) => s.key === key) as ColumnSpec<K>).header;
const same = (a: string | undefined, b: string | undefined): boolean => (a || '').trim().toLowerCase() === (b || '').trim().toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.map((s) => s.toLowerCase()).sort().join('\n') === b.map((s) => s.toLowerCase()).sort().join('\n');

/**
 * The units file against the units list: a unit the list lacks is new; one whose name, place, level,
 * leaders, secretary, delegated evaluator or period kind differ from its latest version changed (it
 * becomes a new dated row); the rest is skipped. Units the file leaves out are left as they are.
 */
export function diffUnits(records: readonly UnitRecord[], site: readonly SiteUnit[], sheet: string, today: string): Diff<UnitChange> {
  const problems: ImportProblem[] = [];
  const changes = records.map((record): UnitChange => {
    const current = site.find((u) => u.code === record.code);
    if (!current) return { status: 'NEW', key: record.code, row: record.row, record, fields: [], effectiveFrom: record.effectiveFrom || today };
    const fields: string[] = [];
    const check = (key: UnitColumn, equal: boolean): void => {
      if (!equal) fields.push(headerOf(UNIT_COLUMNS, key));
    };
    check('name', record.name.trim() === current.name.trim());
    check('parent', same(record.parentCode, current.parentCode));
    check('level', record.level === current.level);
    check('head', same(record.headLogin, current.headLogin));
    check('deputies', sameSet(record.deputyLogins, current.deputyLogins));
    check('secretary', same(record.secretaryLogin, current.secretaryLogin));
    check('evaluator', same(record.evaluatorLogin, current.evaluatorLogin));
    check('periodKind', (record.periodKind || '') === (current.periodKind || ''));
    if (!fields.length) return { status: 'UNCHANGED', key: record.code, row: record.row, record, current, fields };
    const dated = datedChange(record.effectiveFrom, current.from, today, sheet, record.row, headerOf(UNIT_COLUMNS, 'from'));
    if (dated.problem) problems.push(dated.problem);
    return { status: 'CHANGED', key: record.code, row: record.row, record, current, fields, effectiveFrom: dated.from };
  });
  return { changes, problems };
}

/**
 * The date a change holds from. A file keeps the date a unit or product first took effect; a change
 * dated on or before the version it replaces would rewrite months already scored (authority and
 * factors at a date), so it holds from the import's day instead, and HR is told.
 */
function datedChange(typed: string | undefined, currentFrom: string | undefined, today: string, sheet: string, row: number, column: string): { from: string; problem?: ImportProblem } {
  const since = (currentFrom || '').slice(0, 10);
  if (!typed) return { from: today };
  if (!since || typed > since) return { from: typed };
  return {
    from: today,
    problem: {
      sheet,
      row,
      column,
      severity: 'WARNING',
      vi: `${typed} không sau ngày hiệu lực của thông tin đang có (${since}): thay đổi có hiệu lực từ ngày nhập (${today}), không ghi lùi ngày. Muốn ngày khác, ghi ngày đó vào cột này.`,
      en: `${typed} is not after the date the current version holds from (${since}): the change holds from the import's day (${today}), never backdated. For another date, write it in this column.`
    }
  };
}

/**
 * The catalogue file against the catalogue: per product code, new, changed (name, group, unit of
 * measure, factor, unit or end date: a new dated row) or unchanged. Products the file leaves out stay.
 */
export function diffCatalogue(records: readonly ProductRecord[], site: readonly SiteProduct[], sheet: string, today: string): Diff<ProductChange> {
  const problems: ImportProblem[] = [];
  const changes = records.map((record): ProductChange => {
    const key = record.code;
    const current = site.find((p) => p.code.toUpperCase() === key);
    if (!current) return { status: 'NEW', key, row: record.row, record, fields: [], effectiveFrom: record.effectiveFrom || today };
    const fields: string[] = [];
    if (record.name.trim() !== current.name.trim()) fields.push(headerOf(PRODUCT_COLUMNS, 'name'));
    if (!same(record.group, current.group)) fields.push(headerOf(PRODUCT_COLUMNS, 'group'));
    if (!same(record.measureUnit, current.measureUnit)) fields.push(headerOf(PRODUCT_COLUMNS, 'measureUnit'));
    if (!same(record.unitCode, current.unitCode)) fields.push(headerOf(PRODUCT_COLUMNS, 'unit'));
    if (Math.abs(record.factor - current.factor) > 1e-9) fields.push(headerOf(PRODUCT_COLUMNS, 'factor'));
    if ((record.effectiveTo || '') !== (current.to || '').slice(0, 10)) fields.push(headerOf(PRODUCT_COLUMNS, 'to'));
    if (!fields.length) return { status: 'UNCHANGED', key, row: record.row, record, current, fields };
    // Only an end date given: the product is retired from it, nothing else starts.
    const onlyRetired = fields.length === 1 && !!record.effectiveTo;
    const dated = onlyRetired ? { from: today } : datedChange(record.effectiveFrom, current.from, today, sheet, record.row, headerOf(PRODUCT_COLUMNS, 'from'));
    if (dated.problem) problems.push(dated.problem);
    return { status: 'CHANGED', key, row: record.row, record, current, fields, effectiveFrom: dated.from };
  });
  return { changes, problems };
}

/** A person's plan for a period: what one plans file replaces as a whole. */
const scopeOf = (p: { year: number; kind: string; index: number; login: string }): string => [p.year, p.kind, p.index, p.login.toLowerCase()].join('|');

/**
 * The plans file against the plans list, by PlanKey: new items are added, a changed quantity or unit
 * updates the item, and the items of a person and period the file covers but no longer lists are
 * removed (the file is that person's plan for that period). Other people's and periods' plans stay.
 */
export function diffPlans(records: readonly PlanRecord[], site: readonly SitePlan[]): Diff<PlanChange> {
  const byKey: { [key: string]: SitePlan } = {};
  site.forEach((plan) => (byKey[planKey(plan)] = plan));
  const inFile: { [key: string]: boolean } = {};
  const scopes: { [scope: string]: boolean } = {};
  const changes = records.map((record): PlanChange => {
    const key = planKey(record);
    inFile[key] = true;
    scopes[scopeOf(record)] = true;
    const current = byKey[key];
    if (!current) return { status: 'NEW', key, row: record.row, record, fields: [] };
    const fields: string[] = [];
    if (record.quantity !== current.quantity) fields.push(headerOf(PLAN_COLUMNS, 'quantity'));
    if (!same(record.unitCode, current.unitCode)) fields.push(headerOf(PLAN_COLUMNS, 'unit'));
    return { status: fields.length ? 'CHANGED' : 'UNCHANGED', key, row: record.row, record, current, fields };
  });
  site
    .filter((plan) => scopes[scopeOf(plan)] && !inFile[planKey(plan)])
    .forEach((plan) => changes.push({ status: 'REMOVED', key: planKey(plan), current: plan, fields: [] }));
  return { changes, problems: [] };
}

/** How many rows of each status: what the preview and the journal's IMPORT entry say. */
export function countChanges(changes: ReadonlyArray<{ status: ChangeStatus }>): { [status in ChangeStatus]: number } {
  const counts = { NEW: 0, CHANGED: 0, UNCHANGED: 0, REMOVED: 0 };
  changes.forEach((c) => counts[c.status]++);
  return counts;
}
