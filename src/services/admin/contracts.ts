import type { OutsideChange } from '../../domain/admin/audit';
import type { ProductDraft, ProductUse, ProductVersion } from '../../domain/admin/catalogue';
import type { ChangeStatus } from '../../domain/admin/import/diff';
import type { ImportKind } from '../../domain/admin/import/layouts';
import type { ImportRecord } from '../../domain/admin/import/parse';
import type { ImportProblem } from '../../domain/admin/import/sheet';
import type { JournalEntry, JournalSubject } from '../../domain/admin/journal';
import type { ChangeProblem, PublicationMark, ResolvedSettings, SettingChange, SettingRow } from '../../domain/admin/settingsHistory';
import type { RatingSettings } from '../../domain/rating/settings';
import type { DeadlineScope, PeriodProblem, PeriodProgress, PlannedPeriod, TrackedKind } from '../../domain/admin/periods';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import type { Transfer } from '../../domain/admin/transfers';
import type { UnitChange } from '../../domain/admin/units';
import type { OrgUnit } from '../../domain/org/orgModel';
import type { SnapshotState } from '../../domain/org/orgSnapshot';
import type { ActStep } from '../../domain/org/authority';
import type { UnitHistoryEntry } from '../contracts';

/** The administration's journal, read by HR's audit view. */
export interface IJournalService {
  /** Every entry of a subject (or all), newest first. */
  read(subject?: JournalSubject): Promise<JournalEntry[]>;
}

/** An act that does not count, as HR's audit lists it (names, not logins). */
export interface AuditedActView {
  id: number;
  step: ActStep;
  check: 'AUTHORITY' | 'PERIOD_WORKFLOW' | 'YEAR_WORKFLOW';
  /** The person the act is about, or the unit for minutes. */
  subjectName: string;
  authorName: string;
  at: string;
  reason: string;
}

/** The year's audit: changes made through the administration, and those made around it. */
export interface AuditReport {
  year: number;
  /** The journal's entries of the year (and those with no year: settings, the catalogue, units), newest first. */
  journal: JournalEntry[];
  /** Configuration items changed outside the administration's screens (a period edited in its list, a history row edited). */
  outsideChanges: OutsideChange[];
  /** Rows of the units list not counted or flagged (a self-appointment, a backdated row, an edit in place). */
  unitRows: UnitHistoryEntry[];
}

/** HR's audit (tab "Nhật ký"). */
export interface IAuditService {
  getAudit(year: number): Promise<AuditReport>;
  /** Every act of the year that does not count, with why (reads every list of acts: on request). */
  getActsThatDoNotCount(year: number): Promise<AuditedActView[]>;
}

/** The catalogue's tab: every row (its history), what the reports use, the units it can be offered to. */
export interface CatalogueAdminView {
  /** Every row of DGCC_ProductTypes, oldest recorded first. */
  versions: ProductVersion[];
  /** The units in force (code, name, parent), for the unit column and the filter. */
  units: Array<{ code: string; name: string; parentCode?: string }>;
  /** Today (ISO), the date the catalogue in force is shown at. */
  today: string;
}

/** Thrown when what HR typed does not pass the domain's checks (nothing was written). */
export interface AdminProblems<P> {
  problems: P[];
}

/** The work-product catalogue (tab "Danh mục sản phẩm"): rows are added, never edited or deleted. */
export interface ICatalogueAdmin {
  list(): Promise<CatalogueAdminView>;
  /** Which products the reports of `years` name, and the last period each was used in (reads every report of those years). */
  uses(years: readonly number[]): Promise<{ [code: string]: ProductUse }>;
  /** A new product (a code the catalogue does not have). */
  add(draft: ProductDraft, reason?: string): Promise<void>;
  /** A new row of an existing product from a date (name, factor, group, unit). */
  change(draft: ProductDraft, reason?: string): Promise<void>;
  /** Ends a product from a date (a new row with EffectiveTo); refused while a later period used it. */
  retire(code: string, effectiveTo: string, reason?: string): Promise<void>;
}

/** A person of the directory as the forms show them: by name and position, never by e-mail only. */
export interface DirectoryEntry {
  login: string;
  displayName: string;
  jobTitle?: string;
  /** Their unit in the org model today, if the units list places them. */
  unitCode?: string;
  /** Their direct manager in the directory today. */
  managerLogin?: string;
}

/** A transfer as the units' tab lists it (a counted Departures entry of the units list). */
export interface TransferRecord {
  login: string;
  unitCode: string;
  managerLogin: string;
  /** The first day in the new unit. */
  from: string;
}

/** The units' tab: the units in force today, their last change, and the people named in them. */
export interface UnitAdminView {
  units: OrgUnit[];
  /** Each unit's last counted change (ISO date): a change dated before it needs a reason. */
  lastChange: { [code: string]: string };
  /** Everyone in the directory, by login. */
  people: { [login: string]: DirectoryEntry };
  /** Who is recording (the form refuses a change naming them). */
  recorder: string;
  today: string;
  /** The transfers recorded, newest first. */
  transfers: TransferRecord[];
  /** The organisation's snapshot: when taken, how many people, whether the views use it (issue 13). */
  snapshot?: SnapshotState;
}

/** Units and people (tab "Đơn vị và cán bộ"): a change is a new dated row of DGCC_Units. */
export interface IUnitAdmin {
  getUnits(): Promise<UnitAdminView>;
  /** Adds the change as a new row (after the domain's checks), and journals it. */
  recordChange(change: UnitChange): Promise<void>;
  /** People of the directory whose name, position or login contain `text` (accents ignored). */
  searchDirectory(text: string): Promise<DirectoryEntry[]>;
  /**
   * Records a transfer as a new dated row of the unit left (after the domain's checks), and journals it:
   * the months the person was scored before it keep counting. TransferProblemsError when it does not validate.
   */
  recordTransfer(transfer: Transfer): Promise<void>;
  /** Takes a new snapshot of the organisation from the directory now, journalled (HR and the owners only). */
  refreshSnapshot(): Promise<{ takenAt: string; people: number }>;
}

/** A period as HR's tab shows it: its state, and its progress once it has begun. */
export interface PeriodAdminRow {
  period: EvaluationPeriod;
  /** Planned ahead, not opened yet (domain/admin/periods isPlanned). */
  planned: boolean;
  progress?: PeriodProgress;
}

/** The periods' tab: the year's periods with their progress, and what the deadline's scope chooser offers. */
export interface PeriodsAdminView {
  year: number;
  rows: PeriodAdminRow[];
  /** Units in force (name with the units above it, "Cục … › Phòng …"), sorted by that name. */
  units: Array<{ code: string; name: string }>;
  /** The tracked people, by name and unit. */
  people: Array<{ login: string; displayName: string; jobTitle?: string; unitCode: string }>;
  /** The ministry's period kind for the year (nd335.periodKind). */
  ministryKind: TrackedKind;
}

/** Thrown when a period's change is refused by the domain's rules (nothing was written). */
export class PeriodChangeRefused extends Error {
  public constructor(public readonly problem: PeriodProblem) {
    super(`period change refused: ${problem}`);
    this.name = 'PeriodChangeRefused';
  }
}

/** The periods (tab "Kỳ đánh giá"): every change is journalled with what it was and became. */
export interface IPeriodAdmin {
  getPeriods(year: number): Promise<PeriodsAdminView>;
  /** What creating the year would add (nothing already there). */
  planYear(year: number, submissionDay?: number): Promise<PlannedPeriod[]>;
  /** Adds the year's missing periods; returns what was added. */
  createYear(year: number, submissionDay?: number): Promise<PlannedPeriod[]>;
  open(periodId: number): Promise<EvaluationPeriod>;
  lock(periodId: number): Promise<EvaluationPeriod>;
  close(periodId: number): Promise<EvaluationPeriod>;
  reopen(periodId: number, to: 'OPEN' | 'LOCKED', reason: string): Promise<EvaluationPeriod>;
  setDeadline(periodId: number, scope: DeadlineScope, deadline: string, reason: string): Promise<EvaluationPeriod>;
  /** The journal's entries about the year's periods (and its creation), newest first. */
  history(year: number): Promise<JournalEntry[]>;
}

/** One row of an import's preview: what it does to the site. */
export interface ImportChangeView {
  status: ChangeStatus;
  /** The unit's or product's code, the plan item's PlanKey. */
  key: string;
  /** The file's row (none for a plan item the file no longer lists). */
  row?: number;
  /** What it is, for people: "VBHC – Văn bản hành chính", "Nguyễn Văn An · Tháng 12/2026 · VBHC: 4". */
  label: string;
  /** The headers of the columns that changed. */
  fields: string[];
  /** yyyy-mm-dd the new row holds from (units and the catalogue). */
  effectiveFrom?: string;
}

/** What a file would change, shown before anything is written. */
export interface ImportPreview {
  kind: ImportKind;
  fileName: string;
  problems: ImportProblem[];
  changes: ImportChangeView[];
  counts: { [status in ChangeStatus]: number };
  /** A problem of severity ERROR: nothing can be written until the file is corrected. */
  blocked: boolean;
  /** The file's records: apply compares them with the site again and writes what still differs. */
  records: ImportRecord[];
}

/** What apply wrote. */
export interface ImportResult {
  kind: ImportKind;
  fileName: string;
  counts: { [status in ChangeStatus]: number };
}

/** A plan item as the import tab lists it (names, not only logins). */
export interface PlanView {
  year: number;
  kind: 'MONTH' | 'QUARTER';
  index: number;
  login: string;
  displayName: string;
  unitCode: string;
  productCode: string;
  productName: string;
  quantity: number;
}

/** Import from Excel (tab "Nhập từ Excel"): units and leaders, the catalogue, work plans. */
export interface IImportService {
  /** Reads the file and compares it with the site; writes nothing. */
  preview(kind: ImportKind, fileName: string, bytes: ArrayBuffer): Promise<ImportPreview>;
  /** Writes what the previewed file still changes (a retry writes only what is left), journalled. */
  apply(preview: ImportPreview): Promise<ImportResult>;
  /** The plans of a year (DGCC_Plans). */
  plans(year: number): Promise<PlanView[]>;
  /** What the site holds now, as a file in the import's layout (with its guide sheet): the file to edit. */
  template(kind: ImportKind, year: number): Promise<{ fileName: string; bytes: ArrayBuffer }>;
}

/** The settings' tab for one year: every row (the history), what applies to the year, which years are decided. */
export interface SettingsAdminView {
  year: number;
  /** Today (YYYY-MM-DD): the form's default "áp dụng từ ngày". */
  today: string;
  /** Every row of DGCC_Settings, oldest ID first (with who added it). */
  rows: SettingRow[];
  /** The settings of the year: frozen at its first publication, if it has one. */
  resolved: ResolvedSettings;
  /** Years whose results are published among the year before the earlier of `year` and this year, through the later. */
  decidedYears: number[];
  publication?: PublicationMark;
}

/** Thrown when a settings change is refused (nothing was written): each problem names its field. */
export class SettingsChangeRefused extends Error {
  public constructor(public readonly problems: ChangeProblem[]) {
    super(`settings change refused: ${problems.map((p) => p.en).join('; ')}`);
    this.name = 'SettingsChangeRefused';
  }
}

/** HR's settings (tab "Thiết lập"): a change is a new dated row, never an edit, and is journalled. */
export interface ISettingsAdmin {
  getSettings(year: number): Promise<SettingsAdminView>;
  /** Validates, refuses a change reaching a decided year, adds the row, journals it (before, after, reason). */
  save(change: SettingChange): Promise<void>;
  /** The settings the engine applies to a year (for the other tabs). */
  forYear(year: number): Promise<RatingSettings>;
}

/**
 * What HR and site owners run the cycle with, one service per tab of "Quản trị đánh giá". Built (and
 * downloaded, chunk 'dgcc-admin') on the first call of any of them: other pages never load this code.
 */
export interface AdminServices {
  journal: IJournalService;
  audit: IAuditService;
  catalogue: ICatalogueAdmin;
  units: IUnitAdmin;
  periods: IPeriodAdmin;
  imports: IImportService;
  settings: ISettingsAdmin;
}
