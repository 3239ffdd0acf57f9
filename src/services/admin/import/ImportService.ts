import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { historyByCode, type ProductDraft, type ProductRow } from '../../../domain/admin/catalogue';
import { countChanges, diffCatalogue, diffPlans, diffUnits, type Change, type PlanChange, type ProductChange, type UnitChange } from '../../../domain/admin/import/diff';
import type { ImportKind } from '../../../domain/admin/import/layouts';
import { parseSheets, type ImportRecord } from '../../../domain/admin/import/parse';
import { planKey, type ImportContext, type PlanRecord, type ProductRecord, type SitePlan, type SiteProduct, type SiteUnit, type UnitRecord } from '../../../domain/admin/import/records';
import type { ImportProblem, Sheet } from '../../../domain/admin/import/sheet';
import { templateOf } from '../../../domain/admin/import/template';
import type { JournalChange } from '../../../domain/admin/journal';
import { lastChanges, type UnitChange as UnitRowChange } from '../../../domain/admin/units';
import { normalizeLogin, type OrgUnit } from '../../../domain/org/orgModel';
import { unitsAt } from '../../../domain/org/unitHistory';
import type { IDirectoryService } from '../../contracts';
import { readUnitRows, unitHistoryOf, type OrgDirectoryService } from '../../graph/OrgDirectoryService';
import { etagOf } from '../../sharepoint/repository/etag';
import { readTogether } from '../../sharepoint/repository';
import { LISTS } from '../../sharepoint/schema';
import { AdminJournal } from '../AdminJournal';
import { PRODUCT_FIELDS, toVersions } from '../CatalogueAdmin';
import type { ICatalogueAdmin, IImportService, ImportChangeView, ImportPreview, ImportResult, IUnitAdmin, PlanView } from '../contracts';
import { readWorkbook, writeTemplate } from './readWorkbook';

const PLAN_FIELDS = ['Id', 'EvalYear', 'PeriodKind', 'PeriodIndex', 'EmployeeLogin', 'UnitCode', 'ProductCode', 'Quantity', 'PlanKey'];
/** Plan items read a page at a time (a ministry's year: people × periods × products, beyond one page). */
const PLAN_PAGE = 2000;
/** Plan writes sent per `$batch` (PnPjs splits it into HTTP requests of 20). */
const PLAN_WRITES_PER_BATCH = 60;
/** A catalogue and its history: one page. */
const PRODUCT_ROWS = 5000;
/** Far in the future: the latest version of every unit, whatever its date. */
const LATEST = '9999-12-31T00:00:00Z';

interface PlanRow {
  Id: number;
  EvalYear?: number;
  PeriodKind?: string;
  PeriodIndex?: number;
  EmployeeLogin?: string;
  UnitCode?: string;
  ProductCode?: string;
  Quantity?: number;
  PlanKey?: string;
}

/** What the site holds that a file is compared with. */
interface SiteState {
  context: ImportContext;
  unitVersions: ReturnType<typeof unitHistoryOf>['versions'];
  latestUnits: OrgUnit[];
  names: { [login: string]: string };
  productNames: { [code: string]: string };
}

const day = (date: Date): string => date.toISOString().slice(0, 10);
const periodLabel = (p: { kind: string; index: number; year: number }): string => `${p.kind === 'MONTH' ? 'Tháng' : 'Quý'} ${p.index}/${p.year}`;

/**
 * Import from Excel: the units and their leaders, the catalogue, and work plans. Nothing is written by
 * preview; apply compares the previewed records with the site again (so a retry after a failure
 * writes only what is left) and writes the units and products through their own services (the same
 * checks, rows and journal entries as a change typed in their tabs), the plans in batches.
 */
export class ImportService implements IImportService {
  public constructor(
    private readonly sp: SPFI,
    private readonly orgDirectory: OrgDirectoryService,
    private readonly directory: IDirectoryService,
    private readonly journal: { record(change: JournalChange): Promise<void> },
    private readonly units: Pick<IUnitAdmin, 'recordChange'>,
    private readonly catalogue: Pick<ICatalogueAdmin, 'add' | 'change' | 'retire'>,
    private readonly today: () => Date,
    private readonly read: (bytes: ArrayBuffer) => Promise<Sheet[]> = readWorkbook
  ) {}

  public async preview(kind: ImportKind, fileName: string, bytes: ArrayBuffer): Promise<ImportPreview> {
    let sheets: Sheet[];
    try {
      sheets = await this.read(bytes);
    } catch {
      return this.unreadable(kind, fileName);
    }
    const site = await this.site();
    const parsed = parseSheets(kind, sheets, site.context);
    const sheet = parsed.problems.length ? parsed.problems[0].sheet : sheets.length ? sheets[0].name : '';
    const diff = await this.diff(kind, parsed.records, site, sheet);
    const problems = parsed.problems.concat(diff.problems).sort((a, b) => a.row - b.row);
    return {
      kind,
      fileName,
      problems,
      changes: diff.changes.map((c) => this.view(kind, c, site)),
      counts: countChanges(diff.changes),
      blocked: problems.some((p) => p.severity === 'ERROR'),
      records: parsed.records
    };
  }

  public async apply(preview: ImportPreview): Promise<ImportResult> {
    if (preview.blocked) throw new Error('The file has blocking problems: correct them and preview it again.');
    const site = await this.site();
    const { changes } = await this.diff(preview.kind, preview.records, site, '');
    const reason = `Nhập từ tệp ${preview.fileName}`;
    if (preview.kind === 'UNITS') await this.applyUnits(changes as UnitChange[], site, reason);
    else if (preview.kind === 'CATALOGUE') await this.applyCatalogue(changes as ProductChange[], reason);
    else await this.applyPlans(changes as PlanChange[], reason);
    const counts = countChanges(changes);
    await this.journal.record({
      subject: 'IMPORT',
      subjectKey: preview.fileName,
      action: `IMPORT_${preview.kind}`,
      after: { kind: preview.kind, rows: preview.records.length, added: counts.NEW, changed: counts.CHANGED, removed: counts.REMOVED, unchanged: counts.UNCHANGED }
    });
    return { kind: preview.kind, fileName: preview.fileName, counts };
  }

  public async plans(year: number): Promise<PlanView[]> {
    const [rows, site] = await Promise.all([this.planRows([year]), this.site()]);
    return rows
      .map((p) => ({
        year: p.year,
        kind: p.kind,
        index: p.index,
        login: p.login,
        displayName: site.names[p.login] || p.login,
        unitCode: p.unitCode,
        productCode: p.productCode,
        productName: site.productNames[p.productCode] || p.productCode,
        quantity: p.quantity
      }))
      .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.kind.localeCompare(b.kind) || a.index - b.index || a.displayName.localeCompare(b.displayName, 'vi') || a.productCode.localeCompare(b.productCode));
  }

  public async template(kind: ImportKind, year: number): Promise<{ fileName: string; bytes: ArrayBuffer }> {
    const site = await this.site();
    const plans = kind === 'PLANS' ? await this.planRows([year]) : [];
    const file = templateOf(kind, { units: site.context.units, catalogue: site.context.catalogue, plans });
    return { fileName: file.fileName, bytes: await writeTemplate(file) };
  }

  private unreadable(kind: ImportKind, fileName: string): ImportPreview {
    const problem: ImportProblem = {
      sheet: '',
      row: 0,
      column: '',
      severity: 'ERROR',
      vi: 'không đọc được tệp: chọn một tệp Excel .xlsx (tệp .xls cũ: mở bằng Excel và lưu lại dưới dạng .xlsx).',
      en: 'the file cannot be read: choose an Excel .xlsx file (an old .xls file: open it in Excel and save it as .xlsx).'
    };
    return { kind, fileName, problems: [problem], changes: [], counts: countChanges([]), blocked: true, records: [] };
  }

  /** The units (their whole history), the catalogue, the directory and who imports, in two requests and Graph's pages. */
  private async site(): Promise<SiteState> {
    const [[unitRows, productRows], loaded, me] = await Promise.all([
      readTogether<[Awaited<ReturnType<typeof readUnitRows>>, ProductRow[]]>(this.sp, (b) => [
        readUnitRows(b),
        b.web.lists.getByTitle(LISTS.productTypes.title).items.select(...PRODUCT_FIELDS).expand('Author').orderBy('Id', true).top(PRODUCT_ROWS)<ProductRow[]>()
      ]),
      this.orgDirectory.getOrg(),
      this.directory.getMe()
    ]);
    const history = unitHistoryOf(unitRows);
    const latestUnits = unitsAt(history.versions, LATEST);
    const lastChange = lastChanges(history.versions);
    const units: SiteUnit[] = latestUnits.map(
      (u): SiteUnit => ({
        code: u.code,
        name: u.name,
        level: u.level,
        parentCode: u.parentCode,
        headLogin: u.headLogin ? normalizeLogin(u.headLogin) : undefined,
        deputyLogins: u.deputyLogins.map(normalizeLogin),
        secretaryLogin: u.secretaryLogin ? normalizeLogin(u.secretaryLogin) : undefined,
        evaluatorLogin: u.evaluatorLogin ? normalizeLogin(u.evaluatorLogin) : undefined,
        periodKind: u.periodKind,
        taskGroups: u.taskGroups,
        from: (lastChange[u.code] || '').slice(0, 10)
      })
    );
    const byCode = historyByCode(toVersions(productRows));
    const catalogue: SiteProduct[] = Object.keys(byCode).map((code) => {
      // The row recorded last holds from its date on (domain/admin/catalogue): the one a file is compared with.
      const v = byCode[code][byCode[code].length - 1];
      return { code, name: v.name, group: v.group, measureUnit: v.measureUnit, factor: v.conversionFactor, unitCode: v.unitCode, from: v.effectiveFrom.slice(0, 10), to: v.effectiveTo ? v.effectiveTo.slice(0, 10) : undefined };
    });
    const people = loaded.directory || [];
    const names: { [login: string]: string } = {};
    people.forEach((p) => (names[normalizeLogin(p.login)] = p.displayName));
    const productNames: { [code: string]: string } = {};
    catalogue.forEach((p) => (productNames[p.code] = p.name));
    return {
      context: {
        today: day(this.today()),
        importerLogin: normalizeLogin(me.userPrincipalName),
        directory: Object.keys(names),
        units,
        catalogue
      },
      unitVersions: history.versions,
      latestUnits,
      names,
      productNames
    };
  }

  private async diff(kind: ImportKind, records: readonly ImportRecord[], site: SiteState, sheet: string): Promise<{ changes: Array<Change<ImportRecord, unknown>>; problems: ImportProblem[] }> {
    const today = site.context.today;
    if (kind === 'UNITS') return diffUnits(records as UnitRecord[], site.context.units, sheet, today);
    if (kind === 'CATALOGUE') return diffCatalogue(records as ProductRecord[], site.context.catalogue, sheet, today);
    const plans = records as PlanRecord[];
    const years = plans.map((p) => p.year).filter((y, i, all) => all.indexOf(y) === i);
    return diffPlans(plans, await this.planRows(years));
  }

  private view(kind: ImportKind, change: Change<ImportRecord, unknown>, site: SiteState): ImportChangeView {
    let label: string;
    if (kind === 'PLANS') {
      const p = (change.record || change.current) as PlanRecord | SitePlan;
      const quantity = change.status === 'CHANGED' && change.current ? `${(change.current as SitePlan).quantity} → ${p.quantity}` : String(p.quantity);
      label = `${site.names[p.login] || p.login} · ${periodLabel(p)} · ${p.productCode}: ${quantity}`;
    } else {
      const r = change.record as UnitRecord | ProductRecord;
      label = `${r.code} – ${r.name}`;
      if (kind === 'CATALOGUE' && change.status === 'CHANGED' && change.current) {
        const before = change.current as SiteProduct;
        const after = r as ProductRecord;
        if (before.factor !== after.factor) label += ` (hệ số ${before.factor} → ${after.factor})`;
      }
    }
    return { status: change.status, key: change.key, row: change.row, label, fields: change.fields, effectiveFrom: change.effectiveFrom };
  }

  /** Each unit through the units' own service, parents before the units under them. */
  private async applyUnits(changes: readonly UnitChange[], site: SiteState, reason: string): Promise<void> {
    const written = changes.filter((c) => c.status === 'NEW' || c.status === 'CHANGED');
    const parentOf: { [code: string]: string | undefined } = {};
    site.latestUnits.forEach((u) => (parentOf[u.code] = u.parentCode));
    written.forEach((c) => (parentOf[c.key] = (c.record as UnitRecord).parentCode));
    const depth = (code: string): number => {
      let d = 0;
      for (let cursor = parentOf[code]; cursor && d < 50; cursor = parentOf[cursor]) d++;
      return d;
    };
    const ordered = written.slice().sort((a, b) => depth(a.key) - depth(b.key));
    for (const change of ordered) {
      const record = change.record as UnitRecord;
      const current = site.latestUnits.find((u) => u.code === record.code);
      const row: UnitRowChange = {
        code: record.code,
        name: record.name,
        level: record.level,
        parentCode: record.parentCode,
        headLogin: record.headLogin,
        deputyLogins: record.deputyLogins,
        secretaryLogin: record.secretaryLogin,
        evaluatorLogin: record.evaluatorLogin,
        // What the file does not carry stays as it was; a new unit is a group of similar tasks of its own.
        taskGroups: current ? current.taskGroups.slice() : [record.name],
        taskGroupMembers: current ? { ...(current.taskGroupMembers || {}) } : {},
        periodKind: record.periodKind,
        effectiveFrom: change.effectiveFrom || site.context.today,
        reason
      };
      await this.units.recordChange(row);
    }
  }

  /** Each product through the catalogue's own service: a new code, a new row from a date, or a retirement. */
  private async applyCatalogue(changes: readonly ProductChange[], reason: string): Promise<void> {
    for (const change of changes) {
      if (change.status !== 'NEW' && change.status !== 'CHANGED') continue;
      const record = change.record as ProductRecord;
      const draft: ProductDraft = {
        code: record.code,
        name: record.name,
        conversionFactor: record.factor,
        group: record.group,
        unitCode: record.unitCode,
        measureUnit: record.measureUnit,
        effectiveFrom: change.effectiveFrom || record.effectiveFrom || new Date().toISOString().slice(0, 10)
      };
      const retiring = !!record.effectiveTo && (!change.current || (change.current.to || '') !== record.effectiveTo);
      const onlyRetiring = change.status === 'CHANGED' && retiring && change.fields.length === 1;
      if (change.status === 'NEW') await this.catalogue.add(draft, reason);
      else if (!onlyRetiring) await this.catalogue.change(draft, reason);
      if (retiring) await this.catalogue.retire(record.code, record.effectiveTo as string, reason);
    }
  }

  /**
   * Plan items in batches: adds, updates (with the item's ETag: someone else's change is not
   * overwritten) and deletions; each one that succeeded is journalled. A failure stops the import
   * after journalling what was written: the same file again writes only what is left.
   */
  private async applyPlans(changes: readonly PlanChange[], reason: string): Promise<void> {
    const writes = changes.filter((c) => c.status !== 'UNCHANGED');
    let failure: unknown;
    for (let start = 0; start < writes.length && !failure; start += PLAN_WRITES_PER_BATCH) {
      const chunk = writes.slice(start, start + PLAN_WRITES_PER_BATCH);
      const [batched, execute] = this.sp.batched();
      // A queryable joins a batch once: each write starts from the batched root.
      const items = (): ReturnType<typeof batched.web.lists.getByTitle>['items'] => batched.web.lists.getByTitle(LISTS.plans.title).items;
      const sent = chunk.map((change): Promise<unknown> => {
        const record = change.record as PlanRecord | undefined;
        const current = change.current as SitePlan | undefined;
        if (change.status === 'NEW' && record) {
          return items().add({
            Title: `Kế hoạch ${periodLabel(record)} – ${record.login} – ${record.productCode}`,
            EvalYear: record.year,
            PeriodKind: record.kind,
            PeriodIndex: record.index,
            EmployeeLogin: record.login,
            UnitCode: record.unitCode,
            ProductCode: record.productCode,
            Quantity: record.quantity,
            PlanKey: planKey(record)
          });
        }
        if (change.status === 'CHANGED' && record && current) return items().getById(current.id).update({ Quantity: record.quantity, UnitCode: record.unitCode }, current.etag || '*');
        return items().getById((current as SitePlan).id).delete(current && current.etag ? current.etag : '*');
      });
      await execute();
      const outcomes = await Promise.all(
        sent.map((p) =>
          p.then(
            () => true,
            (error: unknown) => {
              failure = failure || error;
              return false;
            }
          )
        )
      );
      const [journalBatch, sendJournal] = this.sp.batched();
      const entries = new AdminJournal(journalBatch);
      const recorded = chunk
        .filter((_, i) => outcomes[i])
        .map((change) => {
          const record = change.record as PlanRecord | undefined;
          const current = change.current as SitePlan | undefined;
          const plan = (record || current) as PlanRecord | SitePlan;
          return entries.record({
            subject: 'PLAN',
            subjectKey: change.key,
            year: plan.year,
            action: change.status === 'NEW' ? 'ADD' : change.status === 'CHANGED' ? 'CHANGE' : 'REMOVE',
            reason,
            before: current ? { unitCode: current.unitCode, quantity: current.quantity } : undefined,
            after: record ? { unitCode: record.unitCode, quantity: record.quantity } : undefined
          });
        });
      if (recorded.length) {
        await sendJournal();
        await Promise.all(recorded);
      }
    }
    if (failure) throw failure;
  }

  /** The plan items of some years, page by page from the indexed EvalYear. */
  private async planRows(years: readonly number[]): Promise<SitePlan[]> {
    const plans: SitePlan[] = [];
    for (const year of years) {
      const query = this.sp.web.lists.getByTitle(LISTS.plans.title).items.select(...PLAN_FIELDS).filter(`EvalYear eq ${Number(year)}`).top(PLAN_PAGE);
      for await (const page of query) {
        (page as Array<PlanRow & Record<string, unknown>>).forEach((row) => {
          const kind = row.PeriodKind === 'QUARTER' ? 'QUARTER' : row.PeriodKind === 'MONTH' ? 'MONTH' : undefined;
          if (!kind || !row.EmployeeLogin || !row.ProductCode) return;
          plans.push({
            id: row.Id,
            etag: etagOf(row),
            year: Number(row.EvalYear),
            kind,
            index: Number(row.PeriodIndex) || 0,
            login: normalizeLogin(row.EmployeeLogin),
            unitCode: (row.UnitCode || '').toUpperCase(),
            productCode: row.ProductCode.toUpperCase(),
            quantity: typeof row.Quantity === 'number' ? row.Quantity : 0
          });
        });
      }
    }
    return plans;
  }
}
