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
  /** EnforceUniqueValues (needs an index): SharePoint itself refuses a second item with the value. */
  unique?: boolean;
  choices?: readonly string[];
}

export interface ListSpec {
  /** List title and URL name (ASCII, so URLs and getbytitle stay readable in every tool). */
  title: string;
  /**
   * Lists of acts: item-level write security (users edit only the items they created), and read
   * scoped by a folder per unit and year with its own permissions (architecture.md).
   */
  ownItemsOnly: boolean;
  /**
   * A private list: everyone adds and reads only the items they created (ReadSecurity 2, WriteSecurity 2).
   * The working copies of forms (drafts) live there: they are nobody else's business and are not acts.
   */
  privateItems?: boolean;
  /** The schema version that added the list (1 when absent). */
  since?: number;
  /**
   * Configuration lists: what the HR group may do there. ADD: a dated history, HR adds rows and edits
   * none (the past is never rewritten); EDIT: HR edits items in place (every change journalled).
   */
  hrAccess?: 'ADD' | 'EDIT';
  /** Read by HR and the site owners only (the administration's journal: reasons can be personal). */
  hrOnly?: boolean;
  fields: readonly FieldSpec[];
}

/**
 * Version history:
 * 1. the lists and their indexed columns;
 * 2. ActKey on every list of acts (a unique idempotency key, so a retried write is never applied
 *    twice), the unit tree's levels, deputies, secretary and delegated evaluator on the units list,
 *    and the submission's Payload on the period scores.
 * 3. Acts are append-only: ActKey stays indexed but is no longer unique (a key anyone can predict
 *    must not let one person block another's act: the key binds to its author when read), the drafts
 *    move to their own private list (DGCC_Drafts), and a period records when it was locked and closed
 *    (acts dated after are ignored); the units list becomes a dated history (EffectiveFrom; HR adds rows
 *    and edits none), so each act is judged by the authority on its date.
4. The administration runs the cycle: a journal of every administrative change (DGCC_AdminLog, read by
 *    HR only), work plans imported from Excel (DGCC_Plans), settings dated (EffectiveFrom, added as
 *    rows), a unit's own period kind, deadlines extended for a unit or a person on the period, and the
 *    catalogue's groups and per-unit products.
 * 5. Transfers: a units row records who left the unit from its date and who managed them until then
 *    (Departures), so the months scored before a move keep counting; each person's reviews go in their
 *    own folder of the reviews list, so whoever manages them after a move reads the months before it.
 * 6. The organisation's dated snapshot (DGCC_OrgSnapshots, issue 13): the directory with each person's
 *    manager in parts, added by HR or the owners, read by everyone in the batch that reads the units.
 */
export const SCHEMA_VERSION = 6;

const year: FieldSpec = { name: 'EvalYear', kind: 'Number', indexed: true };
const employee: FieldSpec = { name: 'EmployeeLogin', kind: 'Text', indexed: true };
const unit: FieldSpec = { name: 'UnitCode', kind: 'Text', indexed: true };
const periodId: FieldSpec = { name: 'PeriodId', kind: 'Number', indexed: true };
const actKey: FieldSpec = { name: 'ActKey', kind: 'Text', indexed: true };

export const LISTS = {
  settings: {
    title: 'DGCC_Settings',
    ownItemsOnly: false,
    // Each change is a new row (Title names the setting); a year is judged by the rows in force for it.
    hrAccess: 'ADD',
    fields: [
      { name: 'SettingValue', kind: 'Note' },
      { name: 'EffectiveFrom', kind: 'DateTime' }
    ]
  },
  periods: {
    title: 'DGCC_Periods',
    ownItemsOnly: false,
    hrAccess: 'EDIT',
    fields: [
      year,
      { name: 'PeriodKind', kind: 'Choice', choices: ['MONTH', 'QUARTER', 'YEAR'] },
      { name: 'PeriodIndex', kind: 'Number' },
      { name: 'PeriodStatus', kind: 'Choice', choices: ['OPEN', 'LOCKED', 'CLOSED'] },
      { name: 'Deadline', kind: 'DateTime' },
      // When HR locked (the civil servant's part ends) and closed (the manager's part ends) the period.
      { name: 'LockedAt', kind: 'DateTime' },
      { name: 'ClosedAt', kind: 'DateTime' },
      // Deadlines extended for a unit or a person: JSON [{ unitCode | login, deadline }] (reasons in the journal).
      { name: 'DeadlineOverrides', kind: 'Note' }
    ]
  },
  units: {
    title: 'DGCC_Units',
    ownItemsOnly: false,
    hrAccess: 'ADD',
    fields: [
      { name: 'UnitCode', kind: 'Text', indexed: true },
      { name: 'ParentCode', kind: 'Text', indexed: true },
      { name: 'HeadLogin', kind: 'Text' },
      { name: 'TaskGroups', kind: 'Note' },
      { name: 'UnitLevel', kind: 'Choice', choices: ['MINISTRY', 'AGENCY', 'DIVISION'] },
      { name: 'DeputyLogins', kind: 'Note' },
      { name: 'SecretaryLogin', kind: 'Text' },
      // Người được ủy quyền đánh giá người đứng đầu đơn vị (the Thứ trưởng in charge), if not the head above.
      { name: 'EvaluatorLogin', kind: 'Text' },
      // The list is a dated history: each row holds from this date (a change is a new row, never an edit).
      { name: 'EffectiveFrom', kind: 'DateTime' },
      // The unit's own rule: its people report monthly or quarterly (blank: the ministry's setting).
      { name: 'PeriodKind', kind: 'Choice', choices: ['MONTH', 'QUARTER'] },
      // Who is in which of the unit's task groups (the quota's scope; Graph has no such thing): JSON { login: group }.
      { name: 'TaskGroupMembers', kind: 'Note' },
      // Transfers out of the unit from the row's date: JSON { login: { managerLogin } }, who managed them until then.
      { name: 'Departures', kind: 'Note' }
    ]
  },
  productTypes: {
    title: 'DGCC_ProductTypes',
    ownItemsOnly: false,
    // A dated history too: a change or a retirement (EffectiveTo) is a new row; a product in use is never deleted.
    hrAccess: 'ADD',
    fields: [
      { name: 'ProductCode', kind: 'Text', indexed: true },
      { name: 'ConversionFactor', kind: 'Number' },
      { name: 'EffectiveFrom', kind: 'DateTime' },
      { name: 'EffectiveTo', kind: 'DateTime' },
      { name: 'ProductGroup', kind: 'Text' },
      // Blank: every unit; otherwise the product belongs to this unit's catalogue.
      { name: 'UnitCode', kind: 'Text', indexed: true },
      { name: 'MeasureUnit', kind: 'Text' }
    ]
  },
  plans: {
    title: 'DGCC_Plans',
    ownItemsOnly: false,
    hrAccess: 'EDIT',
    since: 4,
    // A person's planned products for a month or quarter, as imported from the unit's Excel plan.
    fields: [
      year,
      { name: 'PeriodKind', kind: 'Choice', choices: ['MONTH', 'QUARTER'] },
      { name: 'PeriodIndex', kind: 'Number' },
      employee,
      unit,
      { name: 'ProductCode', kind: 'Text' },
      { name: 'Quantity', kind: 'Number' },
      // year|kind|index|login|product: what a re-import compares.
      { name: 'PlanKey', kind: 'Text', indexed: true }
    ]
  },
  adminLog: {
    title: 'DGCC_AdminLog',
    ownItemsOnly: false,
    hrAccess: 'ADD',
    hrOnly: true,
    since: 4,
    // Subject: PERIOD | SETTING | PRODUCT | UNIT | PLAN | IMPORT | REMINDER; SubjectKey: the period's id,
    // the setting's name, the product's or unit's code. Payload: { action, reason?, before?, after?, ... }.
    fields: [
      year,
      { name: 'Subject', kind: 'Text', indexed: true },
      { name: 'SubjectKey', kind: 'Text', indexed: true },
      actKey,
      { name: 'Payload', kind: 'Note' }
    ]
  },
  workItems: {
    title: 'DGCC_WorkItems',
    ownItemsOnly: true,
    fields: [periodId, year, employee, unit, actKey, { name: 'ProductCode', kind: 'Text' }, { name: 'Payload', kind: 'Note' }]
  },
  periodScores: {
    title: 'DGCC_PeriodScores',
    ownItemsOnly: true,
    fields: [
      periodId,
      year,
      employee,
      unit,
      actKey,
      { name: 'EmployeeName', kind: 'Text' },
      { name: 'Step', kind: 'Text', indexed: true },
      { name: 'ReviewerLogin', kind: 'Text', indexed: true },
      { name: 'Score', kind: 'Number' },
      { name: 'Rating', kind: 'Text' },
      { name: 'Payload', kind: 'Note' }
    ]
  },
  selfEvaluations: {
    title: 'DGCC_SelfEvaluations',
    ownItemsOnly: true,
    fields: [year, employee, unit, actKey, { name: 'Payload', kind: 'Note' }]
  },
  reviews: {
    title: 'DGCC_Reviews',
    ownItemsOnly: true,
    fields: [year, periodId, employee, unit, actKey, { name: 'Payload', kind: 'Note' }]
  },
  meetings: {
    title: 'DGCC_Meetings',
    ownItemsOnly: true,
    fields: [year, unit, actKey, { name: 'Payload', kind: 'Note' }]
  },
  decisions: {
    title: 'DGCC_Decisions',
    ownItemsOnly: true,
    fields: [year, employee, unit, actKey, { name: 'Rating', kind: 'Text' }, { name: 'Payload', kind: 'Note' }]
  },
  complaints: {
    title: 'DGCC_Complaints',
    ownItemsOnly: true,
    fields: [year, employee, unit, actKey, { name: 'Payload', kind: 'Note' }]
  },
  orgSnapshots: {
    title: 'DGCC_OrgSnapshots',
    ownItemsOnly: false,
    // Added by HR and the owners (an old snapshot is never rewritten), read by all (domain/org/orgSnapshot).
    hrAccess: 'ADD',
    since: 6,
    // Title: the snapshot's id; Payload: its part of the people (below a Note's 63,999 characters).
    fields: [
      { name: 'SnapshotId', kind: 'Text', indexed: true },
      { name: 'PartIndex', kind: 'Number' },
      { name: 'PartCount', kind: 'Number' },
      { name: 'PeopleCount', kind: 'Number' },
      { name: 'Payload', kind: 'Note' }
    ]
  },
  drafts: {
    title: 'DGCC_Drafts',
    ownItemsOnly: false,
    privateItems: true,
    since: 3,
    // DraftKey names the form (a period's report, a year's self-evaluation, a unit's minutes): one per author.
    fields: [{ name: 'DraftKey', kind: 'Text', indexed: true }, year, employee, unit, periodId, { name: 'Payload', kind: 'Note' }]
  }
} as const satisfies Record<string, ListSpec>;

export const ALL_LISTS: readonly ListSpec[] = Object.keys(LISTS).map((key) => (LISTS as Record<string, ListSpec>)[key]);

/** The columns each version added, as "List.Column" ("*.Column": on every list); older versions lack them. */
const ADDED_IN: { [version: number]: readonly string[] } = {
  2: [
    '*.ActKey',
    `${LISTS.units.title}.UnitLevel`,
    `${LISTS.units.title}.DeputyLogins`,
    `${LISTS.units.title}.SecretaryLogin`,
    `${LISTS.units.title}.EvaluatorLogin`,
    `${LISTS.periodScores.title}.Payload`
  ],
  3: [`${LISTS.periods.title}.LockedAt`, `${LISTS.periods.title}.ClosedAt`, `${LISTS.units.title}.EffectiveFrom`],
  4: [
    `${LISTS.settings.title}.EffectiveFrom`,
    `${LISTS.periods.title}.DeadlineOverrides`,
    `${LISTS.units.title}.PeriodKind`,
    `${LISTS.units.title}.TaskGroupMembers`,
    `${LISTS.productTypes.title}.ProductGroup`,
    `${LISTS.productTypes.title}.UnitCode`,
    `${LISTS.productTypes.title}.MeasureUnit`
  ]
};

/** Version 2 made ActKey unique; from 3 it is not (a predictable key must not let anyone block another's act). */
const UNIQUE_UNTIL: { [field: string]: number } = { ActKey: 2 };

/** The lists as schema `version` defined them: provisioning a past version is how upgrades are tested. */
export function listsAtVersion(version: number): readonly ListSpec[] {
  const later: string[] = [];
  Object.keys(ADDED_IN).forEach((v) => {
    if (Number(v) > version) later.push(...ADDED_IN[Number(v)]);
  });
  const addedLater = (list: ListSpec, field: FieldSpec): boolean =>
    later.indexOf(`${list.title}.${field.name}`) >= 0 || later.indexOf(`*.${field.name}`) >= 0;
  return ALL_LISTS.filter((list) => (list.since || 1) <= version).map((list) => ({
    ...list,
    fields: list.fields
      .filter((f) => !addedLater(list, f))
      .map((f) => (UNIQUE_UNTIL[f.name] !== undefined && version <= UNIQUE_UNTIL[f.name] && version >= 2 ? { ...f, unique: true } : f))
  }));
}

/** The settings item that records which schema version the site was brought to. */
export const SCHEMA_VERSION_KEY = 'SchemaVersion';
