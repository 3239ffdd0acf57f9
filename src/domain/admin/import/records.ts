import type { UnitLevel } from '../../org/orgModel';

export type PlanPeriodKind = 'MONTH' | 'QUARTER';

/** A unit as a row of the units file says it stands from its date. */
export interface UnitRecord {
  row: number;
  code: string;
  name: string;
  level: UnitLevel;
  parentCode?: string;
  headLogin?: string;
  deputyLogins: string[];
  secretaryLogin?: string;
  evaluatorLogin?: string;
  /** Blank: the ministry's setting. */
  periodKind?: PlanPeriodKind;
  /** yyyy-mm-dd; blank in the file: the day of the import. */
  effectiveFrom?: string;
}

/** A product of the catalogue for one unit (or the whole ministry), as a row of the catalogue file says. */
export interface ProductRecord {
  row: number;
  code: string;
  name: string;
  group: string;
  measureUnit?: string;
  factor: number;
  /** Blank: every unit of the ministry; a unit's code: that unit and the units under it. */
  unitCode?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
}

/** One planned product of one person for one month or quarter. */
export interface PlanRecord {
  row: number;
  year: number;
  kind: PlanPeriodKind;
  index: number;
  login: string;
  unitCode: string;
  productCode: string;
  quantity: number;
}

/** What the site holds now: the latest version of each unit (the list is a dated history). */
export interface SiteUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode?: string;
  headLogin?: string;
  deputyLogins: readonly string[];
  secretaryLogin?: string;
  evaluatorLogin?: string;
  periodKind?: PlanPeriodKind;
  /** Kept from the latest version when a new one is added: the file does not carry them. */
  taskGroups: readonly string[];
  /** yyyy-mm-dd from which the latest version holds. */
  from: string;
}

/** The latest recorded version of a product (the row that holds from its date on). */
export interface SiteProduct {
  code: string;
  name: string;
  group?: string;
  measureUnit?: string;
  factor: number;
  unitCode?: string;
  from?: string;
  to?: string;
}

/** A plan item on the site (DGCC_Plans), edited in place. */
export interface SitePlan {
  id: number;
  /** The item's ETag, for an update or a delete that must not overwrite someone else's. */
  etag?: string;
  year: number;
  kind: PlanPeriodKind;
  index: number;
  login: string;
  unitCode: string;
  productCode: string;
  quantity: number;
}

/** year|kind|index|login|product: what identifies a plan item (DGCC_Plans.PlanKey). */
export function planKey(plan: Pick<PlanRecord, 'year' | 'kind' | 'index' | 'login' | 'productCode'>): string {
  return [plan.year, plan.kind, plan.index, plan.login.toLowerCase(), plan.productCode.toUpperCase()].join('|');
}

/** What the checks need to know of the site and of who imports. */
export interface ImportContext {
  /** yyyy-mm-dd: the import's day (blank dates mean it). */
  today: string;
  /** Who imports (normalised login): nobody appoints themself. */
  importerLogin: string;
  /** Every login of the directory (normalised). */
  directory: readonly string[];
  units: readonly SiteUnit[];
  catalogue: readonly SiteProduct[];
}
