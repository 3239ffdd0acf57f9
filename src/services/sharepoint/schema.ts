/**
 * The product's lists are its database. Their shape is code, versioned: provisioning (an idempotent
 * "ensure") brings a site to SCHEMA_VERSION, and every reader uses these names.
 *
 * Columns that queries start from are indexed from day one: a 2,000-person ministry crosses the
 * 5,000-item list view threshold within its first quarter (platform.md 2.1).
 */
export type FieldKind = 'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'User';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  indexed?: boolean;
  choices?: readonly string[];
}

export interface ListSpec {
  /** List title and URL name (ASCII, so URLs and getbytitle stay readable in every tool). */
  title: string;
  /** Lists of acts use item-level write security: users edit only the items they created. */
  ownItemsOnly: boolean;
  fields: readonly FieldSpec[];
}

export const SCHEMA_VERSION = 1;

const year: FieldSpec = { name: 'EvalYear', kind: 'Number', indexed: true };
const employee: FieldSpec = { name: 'EmployeeLogin', kind: 'Text', indexed: true };
const unit: FieldSpec = { name: 'UnitCode', kind: 'Text', indexed: true };
const periodId: FieldSpec = { name: 'PeriodId', kind: 'Number', indexed: true };

export const LISTS = {
  settings: {
    title: 'DGCC_Settings',
    ownItemsOnly: false,
    fields: [{ name: 'SettingValue', kind: 'Note' }]
  },
  periods: {
    title: 'DGCC_Periods',
    ownItemsOnly: false,
    fields: [
      year,
      { name: 'PeriodKind', kind: 'Choice', choices: ['MONTH', 'QUARTER', 'YEAR'] },
      { name: 'PeriodIndex', kind: 'Number' },
      { name: 'PeriodStatus', kind: 'Choice', choices: ['OPEN', 'LOCKED', 'CLOSED'] },
      { name: 'Deadline', kind: 'DateTime' }
    ]
  },
  units: {
    title: 'DGCC_Units',
    ownItemsOnly: false,
    fields: [
      { name: 'UnitCode', kind: 'Text', indexed: true },
      { name: 'ParentCode', kind: 'Text', indexed: true },
      { name: 'HeadLogin', kind: 'Text' },
      { name: 'TaskGroups', kind: 'Note' }
    ]
  },
  productTypes: {
    title: 'DGCC_ProductTypes',
    ownItemsOnly: false,
    fields: [
      { name: 'ProductCode', kind: 'Text', indexed: true },
      { name: 'ConversionFactor', kind: 'Number' },
      { name: 'EffectiveFrom', kind: 'DateTime' },
      { name: 'EffectiveTo', kind: 'DateTime' }
    ]
  },
  workItems: {
    title: 'DGCC_WorkItems',
    ownItemsOnly: true,
    fields: [periodId, year, employee, unit, { name: 'ProductCode', kind: 'Text' }, { name: 'Payload', kind: 'Note' }]
  },
  periodScores: {
    title: 'DGCC_PeriodScores',
    ownItemsOnly: true,
    fields: [
      periodId,
      year,
      employee,
      unit,
      { name: 'EmployeeName', kind: 'Text' },
      { name: 'Step', kind: 'Text', indexed: true },
      { name: 'ReviewerLogin', kind: 'Text', indexed: true },
      { name: 'Score', kind: 'Number' },
      { name: 'Rating', kind: 'Text' }
    ]
  },
  selfEvaluations: {
    title: 'DGCC_SelfEvaluations',
    ownItemsOnly: true,
    fields: [year, employee, unit, { name: 'Payload', kind: 'Note' }]
  },
  reviews: {
    title: 'DGCC_Reviews',
    ownItemsOnly: true,
    fields: [year, periodId, employee, unit, { name: 'Payload', kind: 'Note' }]
  },
  meetings: {
    title: 'DGCC_Meetings',
    ownItemsOnly: true,
    fields: [year, unit, { name: 'Payload', kind: 'Note' }]
  },
  decisions: {
    title: 'DGCC_Decisions',
    ownItemsOnly: true,
    fields: [year, employee, unit, { name: 'Rating', kind: 'Text' }, { name: 'Payload', kind: 'Note' }]
  },
  complaints: {
    title: 'DGCC_Complaints',
    ownItemsOnly: true,
    fields: [year, employee, unit, { name: 'Payload', kind: 'Note' }]
  }
} as const satisfies Record<string, ListSpec>;

export const ALL_LISTS: readonly ListSpec[] = Object.keys(LISTS).map((key) => (LISTS as Record<string, ListSpec>)[key]);

/** The settings item that records which schema version the site was brought to. */
export const SCHEMA_VERSION_KEY = 'SchemaVersion';
