import { instant } from '../instant';
import type { CatalogueEntry } from '../evaluation/periodDraft';
import type { ValidationCode } from '../evaluation/validation';

/**
 * The catalogue of work products (danh mục sản phẩm, NĐ 335/2025: hệ số quy đổi, law.md 5.1) is a dated
 * history, like the units list: HR adds rows and edits none (DGCC_ProductTypes, "DGCC Thêm và xem"). A
 * change of name, factor, group or unit is a new row effective from a date; a retirement is a new row
 * with the date it ends (EffectiveTo). Nothing is deleted, so a month scored with a product keeps
 * its factor whatever happens to the catalogue later.
 *
 * Which row holds at a date: of a product's rows in force by then (EffectiveFrom ≤ date), the one
 * recorded last (highest ID: SharePoint's own order, which no author can forge, unlike a date typed
 * into a column). That row holds unless it ended (EffectiveTo ≤ date). So a later row corrects or
 * retires an earlier one from its date on, and a change recorded ahead (a new factor from next
 * January) waits for its date.
 */
export interface ProductVersion {
  /** The row's ID in the list: the order rows were recorded in. */
  id: number;
  code: string;
  name: string;
  /** Hệ số quy đổi (NĐ 335/2025): how many standard products one of these is worth. */
  conversionFactor: number;
  /** Nhóm sản phẩm, e.g. "Văn bản", "Báo cáo" (how the catalogue is grouped on screen and in Excel). */
  group: string;
  /** Blank: every unit; a unit's code: that unit and the units under it. */
  unitCode?: string;
  /** Đơn vị tính: văn bản, báo cáo, hồ sơ… */
  measureUnit?: string;
  effectiveFrom: string;
  /** The first instant it no longer holds (a retirement); blank: open-ended. */
  effectiveTo?: string;
  recordedAt?: string;
  recordedBy?: string;
}

/** What HR types to add or change a product (one new row). */
export interface ProductDraft {
  code: string;
  name: string;
  conversionFactor: number | undefined;
  group: string;
  unitCode?: string;
  measureUnit?: string;
  /** ISO date (yyyy-mm-dd or a full ISO time) from which the row holds. */
  effectiveFrom: string;
}

/** The list's row as SharePoint stores it (DGCC_ProductTypes, schema 4). */
export interface ProductRowFields {
  Title: string;
  ProductCode: string;
  ConversionFactor: number;
  EffectiveFrom: string;
  EffectiveTo?: string;
  ProductGroup: string;
  UnitCode: string;
  MeasureUnit: string;
}

/** A row as read back (with the ID and who recorded it). */
export interface ProductRow extends Partial<ProductRowFields> {
  Id?: number;
  Created?: string;
  Author?: { Name?: string; Title?: string };
}

export type CatalogueProblemCode =
  | ValidationCode
  /** The code: 2 to 20 capital letters, digits, "-" or "_", starting with a letter. */
  | 'BAD_CODE'
  /** Adding a code the catalogue already has (change it instead). */
  | 'CODE_TAKEN'
  /** Changing or retiring a code the catalogue does not have. */
  | 'UNKNOWN_CODE'
  /** A date that is not a date. */
  | 'BAD_DATE'
  /** Retiring a product before a period that used it ended ({0}: that period's last day). */
  | 'USED_AFTER'
  /** Retiring a product already retired at that date. */
  | 'ALREADY_RETIRED'
  /** A unit that is not in the units list. */
  | 'UNKNOWN_UNIT';

export interface CatalogueProblem {
  field: 'code' | 'name' | 'conversionFactor' | 'group' | 'unitCode' | 'measureUnit' | 'effectiveFrom' | 'effectiveTo';
  code: CatalogueProblemCode;
  params?: Array<string | number>;
}

export const PRODUCT_CODE_PATTERN = /^[A-Z][A-Z0-9_-]{1,19}$/;
export const PRODUCT_NAME_MAX = 255;
export const PRODUCT_GROUP_MAX = 100;
export const MEASURE_UNIT_MAX = 50;
/**
 * A factor compares a product with the standard one; the sample ministry's largest is 10 (an đề án).
 * Above 100 is a typing error (an extra zero), not a product worth a hundred standard ones.
 */
export const FACTOR_MIN = 0.01;
export const FACTOR_MAX = 100;

/** Codes are compared as HR types them in Excel: case and spaces do not make another product. */
export function normalizeProductCode(code: string | undefined): string {
  return (code || '').trim().toUpperCase();
}

function isDate(value: string | undefined): value is string {
  return !!value && !isNaN(Date.parse(value));
}

/** A typed date ("2026-12-01") as the instant the row holds from: midnight UTC of that day. */
export function dayStart(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString();
}

/** A row read back as a version; a row without a code or a readable factor is no product (undefined). */
export function productVersionOf(row: ProductRow): ProductVersion | undefined {
  const code = normalizeProductCode(row.ProductCode);
  if (!code || typeof row.ConversionFactor !== 'number' || !isFinite(row.ConversionFactor)) return undefined;
  return {
    id: Number(row.Id) || 0,
    code,
    name: (row.Title || '').trim() || code,
    conversionFactor: row.ConversionFactor,
    group: (row.ProductGroup || '').trim(),
    unitCode: (row.UnitCode || '').trim() || undefined,
    measureUnit: (row.MeasureUnit || '').trim() || undefined,
    // A row without a date has held since it was recorded (the sample's first rows have one).
    effectiveFrom: row.EffectiveFrom || row.Created || '1970-01-01T00:00:00Z',
    effectiveTo: row.EffectiveTo || undefined,
    recordedAt: row.Created,
    recordedBy: row.Author ? row.Author.Title || row.Author.Name : undefined
  };
}

/** The fields of the new row a version is written as (the import writes the same). */
export function productRowFields(version: Omit<ProductVersion, 'id' | 'recordedAt' | 'recordedBy'>): ProductRowFields {
  return {
    Title: version.name.trim(),
    ProductCode: normalizeProductCode(version.code),
    ConversionFactor: version.conversionFactor,
    EffectiveFrom: dayStart(version.effectiveFrom),
    ...(version.effectiveTo ? { EffectiveTo: dayStart(version.effectiveTo) } : {}),
    ProductGroup: version.group.trim(),
    UnitCode: (version.unitCode || '').trim(),
    MeasureUnit: (version.measureUnit || '').trim()
  };
}

/** Every version of each code, oldest recorded first. */
export function historyByCode(versions: readonly ProductVersion[]): { [code: string]: ProductVersion[] } {
  const byCode: { [code: string]: ProductVersion[] } = {};
  versions
    .slice()
    .sort((a, b) => a.id - b.id)
    .forEach((v) => (byCode[v.code] = byCode[v.code] || []).push(v));
  return byCode;
}

/** The row of one product that holds at `date`, if the product is in force then. */
export function versionAt(history: readonly ProductVersion[], date: string): ProductVersion | undefined {
  const t = instant(date);
  let latest: ProductVersion | undefined;
  history.forEach((v) => {
    if (instant(v.effectiveFrom) <= t && (!latest || v.id > latest.id)) latest = v;
  });
  if (!latest || (latest.effectiveTo && instant(latest.effectiveTo) <= t)) return undefined;
  return latest;
}

/**
 * Whom a version is offered to: every unit when blank, else its unit and the units under it (a Cục's
 * products serve its phòng; a phòng's own products are not the Cục's). `unitChain` is the person's
 * unit and its ancestors, nearest first (domain/org/orgModel unitChain's codes).
 */
export function offeredTo(version: ProductVersion, unitChain: readonly string[] | undefined): boolean {
  if (!version.unitCode) return true;
  return !!unitChain && unitChain.indexOf(version.unitCode) >= 0;
}

/** The catalogue in force at `date` for a unit (its chain of codes), or for the whole ministry (undefined). */
export function catalogueAt(versions: readonly ProductVersion[], date: string, unitChain?: readonly string[]): ProductVersion[] {
  const byCode = historyByCode(versions);
  return Object.keys(byCode)
    .sort()
    .map((code) => versionAt(byCode[code], date))
    .filter((v): v is ProductVersion => !!v && (unitChain === undefined || offeredTo(v, unitChain)));
}

/**
 * The catalogue a month or quarter offers a person: every product in force on some day of it for their
 * unit, with the row that held on the last such day (one factor per product and period keeps the
 * ratios comparable). A product retired mid-month stays on that month's form: its work was done.
 */
export function catalogueForSpan(versions: readonly ProductVersion[], span: { start: string; end: string }, unitChain?: readonly string[]): CatalogueEntry[] {
  const start = instant(span.start);
  const end = instant(span.end);
  const byCode = historyByCode(versions);
  const entries: CatalogueEntry[] = [];
  Object.keys(byCode)
    .sort()
    .forEach((code) => {
      const history = byCode[code];
      // The days a row starts or ends within the span are where the product's state can change.
      const moments = [end];
      history.forEach((v) => {
        const from = instant(v.effectiveFrom);
        if (from > start && from <= end) moments.push(from);
        if (v.effectiveTo) {
          const last = instant(v.effectiveTo) - 1;
          if (last >= start && last < end) moments.push(last);
        }
      });
      moments.push(start);
      const held = moments
        .sort((a, b) => b - a)
        .map((t) => versionAt(history, new Date(t).toISOString()))
        .find((v) => !!v && offeredTo(v, unitChain) && v.conversionFactor > 0);
      if (held) entries.push({ code, name: held.name, conversionFactor: held.conversionFactor, effectiveFrom: held.effectiveFrom, effectiveTo: held.effectiveTo });
    });
  return entries;
}

/** Where a product has been used: the last day of the latest period whose reports name it. */
export interface ProductUse {
  code: string;
  /** How many reports (submissions) name it. */
  reports: number;
  /** The end of the latest period that used it (ISO). */
  lastPeriodEnd: string;
}

/**
 * The products the reports name: each report's lines (PeriodSubmissionPayload.lines[].productCode), and
 * the end of its period. A product in use keeps every row: it can only be retired, from after the
 * last period that used it, so no scored month loses its factor.
 */
export function productUses(reports: ReadonlyArray<{ productCodes: readonly string[]; periodEnd: string }>): { [code: string]: ProductUse } {
  const uses: { [code: string]: ProductUse } = {};
  reports.forEach((report) => {
    report.productCodes
      .map(normalizeProductCode)
      .filter((c, i, all) => !!c && all.indexOf(c) === i)
      .forEach((code) => {
        const use = (uses[code] = uses[code] || { code, reports: 0, lastPeriodEnd: report.periodEnd });
        use.reports += 1;
        if (instant(report.periodEnd) > instant(use.lastPeriodEnd)) use.lastPeriodEnd = report.periodEnd;
      });
  });
  return uses;
}

/** Checks a product to add (a new code) or a change (a new row of a code the catalogue has). */
export function validateProduct(
  draft: ProductDraft,
  context: { mode: 'ADD' | 'CHANGE'; versions: readonly ProductVersion[]; unitCodes?: readonly string[] }
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const code = normalizeProductCode(draft.code);
  const known = context.versions.some((v) => v.code === code);
  if (!code) problems.push({ field: 'code', code: 'REQUIRED' });
  else if (!PRODUCT_CODE_PATTERN.test(code)) problems.push({ field: 'code', code: 'BAD_CODE' });
  else if (context.mode === 'ADD' && known) problems.push({ field: 'code', code: 'CODE_TAKEN' });
  else if (context.mode === 'CHANGE' && !known) problems.push({ field: 'code', code: 'UNKNOWN_CODE' });
  const text = (field: CatalogueProblem['field'], value: string | undefined, max: number, required: boolean): void => {
    const trimmed = (value || '').trim();
    if (!trimmed && required) problems.push({ field, code: 'REQUIRED' });
    else if (trimmed.length > max) problems.push({ field, code: 'TOO_LONG', params: [max] });
  };
  text('name', draft.name, PRODUCT_NAME_MAX, true);
  text('group', draft.group, PRODUCT_GROUP_MAX, true);
  text('measureUnit', draft.measureUnit, MEASURE_UNIT_MAX, false);
  const factor = draft.conversionFactor;
  if (factor === undefined) problems.push({ field: 'conversionFactor', code: 'REQUIRED' });
  else if (typeof factor !== 'number' || !isFinite(factor)) problems.push({ field: 'conversionFactor', code: 'NOT_A_NUMBER' });
  else if (factor < FACTOR_MIN || factor > FACTOR_MAX) problems.push({ field: 'conversionFactor', code: 'OUT_OF_RANGE', params: [FACTOR_MIN, FACTOR_MAX] });
  const unit = (draft.unitCode || '').trim();
  if (unit && context.unitCodes && context.unitCodes.indexOf(unit) < 0) problems.push({ field: 'unitCode', code: 'UNKNOWN_UNIT' });
  if (!draft.effectiveFrom) problems.push({ field: 'effectiveFrom', code: 'REQUIRED' });
  else if (!isDate(draft.effectiveFrom)) problems.push({ field: 'effectiveFrom', code: 'BAD_DATE' });
  return problems;
}

/**
 * Checks a retirement: the product is in force at that date, and no period that used it ends after
 * it (a month already reported keeps its product). `use` comes from productUses.
 */
export function validateRetirement(code: string, effectiveTo: string, versions: readonly ProductVersion[], use?: ProductUse): CatalogueProblem[] {
  const history = historyByCode(versions)[normalizeProductCode(code)];
  if (!history) return [{ field: 'code', code: 'UNKNOWN_CODE' }];
  if (!effectiveTo) return [{ field: 'effectiveTo', code: 'REQUIRED' }];
  if (!isDate(effectiveTo)) return [{ field: 'effectiveTo', code: 'BAD_DATE' }];
  const to = dayStart(effectiveTo);
  // The day before the end: retiring what had already ended then says nothing new.
  if (!versionAt(history, new Date(instant(to) - 1).toISOString())) return [{ field: 'effectiveTo', code: 'ALREADY_RETIRED' }];
  if (use && instant(use.lastPeriodEnd) >= instant(to)) return [{ field: 'effectiveTo', code: 'USED_AFTER', params: [use.lastPeriodEnd.slice(0, 10)] }];
  return [];
}

/**
 * The row that retires a product: the row holding the day before, unchanged, ending at `effectiveTo`.
 * It keeps that row's start, so between its start and the end nothing changes for any date.
 */
export function retirementOf(code: string, effectiveTo: string, versions: readonly ProductVersion[]): Omit<ProductVersion, 'id' | 'recordedAt' | 'recordedBy'> | undefined {
  const history = historyByCode(versions)[normalizeProductCode(code)];
  if (!history) return undefined;
  const to = dayStart(effectiveTo);
  const held = versionAt(history, new Date(instant(to) - 1).toISOString());
  if (!held) return undefined;
  return {
    code: held.code,
    name: held.name,
    conversionFactor: held.conversionFactor,
    group: held.group,
    unitCode: held.unitCode,
    measureUnit: held.measureUnit,
    effectiveFrom: held.effectiveFrom,
    effectiveTo: to
  };
}

/** A change typed by HR as the version it writes. */
export function versionOfDraft(draft: ProductDraft): Omit<ProductVersion, 'id' | 'recordedAt' | 'recordedBy'> {
  return {
    code: normalizeProductCode(draft.code),
    name: draft.name.trim(),
    conversionFactor: draft.conversionFactor as number,
    group: draft.group.trim(),
    unitCode: (draft.unitCode || '').trim() || undefined,
    measureUnit: (draft.measureUnit || '').trim() || undefined,
    effectiveFrom: dayStart(draft.effectiveFrom)
  };
}
