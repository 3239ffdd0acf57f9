import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import {
  catalogueAt,
  historyByCode,
  normalizeProductCode,
  productRowFields,
  productUses,
  productVersionOf,
  retirementOf,
  validateProduct,
  validateRetirement,
  versionOfDraft,
  type CatalogueProblem,
  type ProductDraft,
  type ProductRow,
  type ProductUse,
  type ProductVersion
} from '../../domain/admin/catalogue';
import type { JournalChange } from '../../domain/admin/journal';
import { periodSpan } from '../../domain/evaluation/periodDraft';
import { readSubmissionPayload } from '../../domain/evaluation/payloadReaders';
import { readUnitRows, unitsInForce, type UnitRow } from '../graph/OrgDirectoryService';
import { readTogether } from '../sharepoint/repository';
import { LISTS } from '../sharepoint/schema';
import type { AdminProblems, CatalogueAdminView, ICatalogueAdmin } from './contracts';

/** The catalogue's columns, with who recorded each row and when. */
export const PRODUCT_FIELDS = ['Id', 'Title', 'ProductCode', 'ConversionFactor', 'EffectiveFrom', 'EffectiveTo', 'ProductGroup', 'UnitCode', 'MeasureUnit', 'Created', 'Author/Name', 'Author/Title'];
/** A ministry's catalogue and its changes: a few hundred rows, one page. */
const PRODUCT_ROWS = 5000;
/** A period's reports: one per person (and a few returned and sent again), far below a page. */
const REPORT_ROWS = 5000;

/** What HR typed did not pass the domain's checks: nothing was written. */
export class CatalogueProblemsError extends Error implements AdminProblems<CatalogueProblem> {
  public constructor(public readonly problems: CatalogueProblem[]) {
    super(`The product was not recorded: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
    this.name = 'CatalogueProblemsError';
  }
}

interface PeriodKindRow {
  Id: number;
  EvalYear: number;
  PeriodKind: 'MONTH' | 'QUARTER' | 'YEAR';
  PeriodIndex?: number;
}

/**
 * The work-product catalogue kept by HR (DGCC_ProductTypes): HR holds "DGCC Thêm và xem" there, so
 * every change is a new row and SharePoint itself refuses an edit or a deletion; each is journalled.
 */
export class CatalogueAdmin implements ICatalogueAdmin {
  public constructor(
    private readonly sp: SPFI,
    private readonly journal: { record(change: JournalChange): Promise<void> },
    private readonly today: () => Date
  ) {}

  public async list(): Promise<CatalogueAdminView> {
    const [rows, unitRows] = await readTogether<[ProductRow[], UnitRow[]]>(this.sp, (b) => [this.productRows(b), readUnitRows(b)]);
    const now = this.today();
    return {
      versions: toVersions(rows),
      units: unitsInForce(unitRows, now).units.map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode })),
      today: now.toISOString()
    };
  }

  /**
   * The products the reports of `years` name. One read per period (each starts from the indexed
   * PeriodId, so no query crosses the list view threshold), all in one `$batch` per hundred periods.
   */
  public async uses(years: readonly number[]): Promise<{ [code: string]: ProductUse }> {
    if (years.length === 0) return {};
    const periods = (
      await this.sp.web.lists
        .getByTitle(LISTS.periods.title)
        .items.select('Id', 'EvalYear', 'PeriodKind', 'PeriodIndex')
        .filter(years.map((y) => `EvalYear eq ${Number(y)}`).join(' or '))
        .top(500)<PeriodKindRow[]>()
    ).filter((p) => p.PeriodKind === 'MONTH' || p.PeriodKind === 'QUARTER');
    if (periods.length === 0) return {};
    const reports = await readTogether<Array<Array<{ Payload?: string }>>>(this.sp, (b) =>
      periods.map((p) =>
        b.web.lists
          .getByTitle(LISTS.periodScores.title)
          .items.select('Id', 'Payload')
          .filter(`PeriodId eq ${p.Id} and Step eq 'SUBMITTED'`)
          .top(REPORT_ROWS)<Array<{ Payload?: string }>>()
      )
    );
    return productUses(
      // The SPFx build targets ES2017 (no flatMap): one list per period, then joined.
      ([] as Array<{ productCodes: string[]; periodEnd: string }>).concat(
        ...periods.map((p, i) => {
          const periodEnd = periodSpan({ kind: p.PeriodKind, year: p.EvalYear, index: p.PeriodIndex }).end;
          return reports[i].map((r) => ({ productCodes: (readSubmissionPayload(r.Payload).lines || []).map((l) => l.productCode), periodEnd }));
        })
      )
    );
  }

  public async add(draft: ProductDraft, reason?: string): Promise<void> {
    const { versions, unitCodes } = await this.current();
    const problems = validateProduct(draft, { mode: 'ADD', versions, unitCodes });
    if (problems.length) throw new CatalogueProblemsError(problems);
    const version = versionOfDraft(draft);
    await this.write(productRowFields(version));
    await this.journal.record({ subject: 'PRODUCT', subjectKey: version.code, action: 'ADD', reason: reason || undefined, after: summary(version) });
  }

  public async change(draft: ProductDraft, reason?: string): Promise<void> {
    const { versions, unitCodes } = await this.current();
    const problems = validateProduct(draft, { mode: 'CHANGE', versions, unitCodes });
    if (problems.length) throw new CatalogueProblemsError(problems);
    const version = versionOfDraft(draft);
    const history = historyByCode(versions)[version.code];
    const before = history[history.length - 1];
    await this.write(productRowFields(version));
    await this.journal.record({ subject: 'PRODUCT', subjectKey: version.code, action: 'CHANGE', reason: reason || undefined, before: summary(before), after: summary(version) });
  }

  public async retire(code: string, effectiveTo: string, reason?: string): Promise<void> {
    const { versions } = await this.current();
    const year = new Date(effectiveTo).getUTCFullYear();
    // The reports of the retirement's year and the year before: a later period would need a later date.
    const uses = isNaN(year) ? {} : await this.uses([year - 1, year]);
    const problems = validateRetirement(code, effectiveTo, versions, uses[normalizeProductCode(code)]);
    if (problems.length) throw new CatalogueProblemsError(problems);
    const row = retirementOf(code, effectiveTo, versions);
    if (!row) throw new CatalogueProblemsError([{ field: 'effectiveTo', code: 'ALREADY_RETIRED' }]);
    await this.write(productRowFields(row));
    await this.journal.record({ subject: 'PRODUCT', subjectKey: row.code, action: 'RETIRE', reason: reason || undefined, after: summary(row) });
  }

  private productRows(b: SPFI): Promise<ProductRow[]> {
    return b.web.lists.getByTitle(LISTS.productTypes.title).items.select(...PRODUCT_FIELDS).expand('Author').orderBy('Id', true).top(PRODUCT_ROWS)<ProductRow[]>();
  }

  private async current(): Promise<{ versions: ProductVersion[]; unitCodes: string[] }> {
    const [rows, unitRows] = await readTogether<[ProductRow[], UnitRow[]]>(this.sp, (b) => [this.productRows(b), readUnitRows(b)]);
    return { versions: toVersions(rows), unitCodes: unitsInForce(unitRows, this.today()).units.map((u) => u.code) };
  }

  private async write(fields: object): Promise<void> {
    await this.sp.web.lists.getByTitle(LISTS.productTypes.title).items.add(fields);
  }
}

export function toVersions(rows: readonly ProductRow[]): ProductVersion[] {
  return rows
    .map(productVersionOf)
    .filter((v): v is ProductVersion => !!v)
    .sort((a, b) => a.id - b.id);
}

/** What the journal keeps of a version: small, and readable side by side in the audit. */
function summary(v: Omit<ProductVersion, 'id'> | undefined): object | undefined {
  if (!v) return undefined;
  return {
    name: v.name,
    conversionFactor: v.conversionFactor,
    group: v.group,
    unitCode: v.unitCode || '',
    measureUnit: v.measureUnit || '',
    effectiveFrom: v.effectiveFrom.slice(0, 10),
    ...(v.effectiveTo ? { effectiveTo: v.effectiveTo.slice(0, 10) } : {})
  };
}

/** The catalogue in force today for the whole ministry (the tab's first view), for tests and the import. */
export function catalogueToday(versions: readonly ProductVersion[], today: Date): ProductVersion[] {
  return catalogueAt(versions, today.toISOString());
}
