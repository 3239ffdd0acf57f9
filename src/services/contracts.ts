import type {
  DashboardQuery,
  DashboardView,
  EvaluationPeriod,
  PendingTask,
  PeriodResult,
  Person
} from '../domain/evaluation/model';
import type { AgencyResultsSummary, HistoryPeriod, HistoryYear, RatingTally } from '../domain/evaluation/resultsSummary';
import type { RuleSetId } from '../domain/rating/ruleSet';
import type { AdminServices } from './admin/contracts';
import type { IJourneyService } from './journey';
import type { IReminderService } from './notifications/contracts';
import type { IDocumentService } from './documents/contracts';

/** The organisation as Microsoft Graph knows it (Entra ID): people, managers, departments. */
export interface IDirectoryService {
  /** The signed-in user (or, on the local intranet, the user chosen in the switcher). */
  getMe(): Promise<Person>;
  /** The logins of the people whose direct manager the user is (normalised). */
  getDirectReports(): Promise<string[]>;
  /** The reader's login when the page knows it without a request (SPFx page context, the local switcher). */
  myLogin?(): string | undefined;
}

export interface MyEvaluationOverview {
  me: Person;
  year: number;
  periods: Array<{ period: EvaluationPeriod; result?: PeriodResult }>;
  /** Acts about this person recorded by someone without the right to them: ignored, and said so. */
  ignoredActs: number;
}

/** How the site's lists compare with the schema this version of the product needs. */
export interface SetupStatus {
  expectedSchemaVersion: number;
  /** The version recorded on the site, absent when nothing is provisioned yet. */
  siteSchemaVersion?: number;
  listCount: number;
  missingLists: string[];
}

/** What the four web parts read. Writes come with the evaluation journey. */
/** One row of the units list's dated history, as HR's audit shows it. */
export interface UnitHistoryEntry {
  id: number;
  unitCode: string;
  unitName: string;
  /** From when the row holds. */
  from: string;
  recordedAt: string;
  recordedByName: string;
  headName?: string;
  deputyNames: string[];
  secretaryName?: string;
  evaluatorName?: string;
  /** False when the row is ignored (nobody appoints themself). */
  counted: boolean;
  /** Why it is ignored, or what HR should look at (backdated, edited in place). */
  notes: string[];
}

export interface IEvaluationService {
  getMyOverview(year: number): Promise<MyEvaluationOverview>;
  getPendingTasks(): Promise<PendingTask[]>;
  /** The dashboard (issue 13): one period's and the year's steps, per unit the reader may see, with people for those entitled. */
  getDashboard(query: DashboardQuery): Promise<DashboardView>;
  getPeriods(year: number): Promise<EvaluationPeriod[]>;
  getSetupStatus(): Promise<SetupStatus>;
  /** Every change to the units list (who headed, deputised, kept minutes, evaluated, from when), newest first. */
  getUnitHistory(): Promise<UnitHistoryEntry[]>;
  /** Issue 13, results: the HTXSNV quota per agency and group, exceptions, the two years before (resultsReader). */
  getResults(year: number): Promise<ResultsView>;
  /** Issue 13, a person's months and years; PersonHistoryNotAllowedError for anyone not entitled. */
  getPersonHistory(login: string): Promise<PersonHistoryView>;
}

/** Issue 13, results: one agency (Cục, Vụ) the reader may read whole, with its units over the years compared. */
export interface AgencyResults extends AgencyResultsSummary {
  agencyCode: string;
  agencyName: string;
  /** The agency's ratings in each year compared, oldest first (the last is the year asked for). */
  byYear: Array<{ year: number } & RatingTally>;
  units: Array<{ unitCode: string; unitName: string; byYear: Array<{ year: number } & RatingTally> }>;
}

export interface ResultsView {
  year: number;
  ruleSetId?: RuleSetId;
  /** The years compared, oldest first: the two before and the year asked for. */
  years: number[];
  /** The quota's rate and base of the year (HR's settings, law.md 3.7). */
  quota: { rate: number; base: 'HTTNV' | 'HTTNV_OR_ABOVE' };
  agencies: AgencyResults[];
  /** Decisions read that do not count (no right, out of turn): left out of every figure. */
  ignoredActs: number;
}

export interface PersonHistoryView {
  person: { login: string; displayName: string; jobTitle?: string; unitName: string };
  periods: HistoryPeriod[];
  years: HistoryYear[];
  ignoredActs: number;
}

/** Thrown when the reader is not entitled to a person's history (resultsSummary.mayReadHistory). */
export class PersonHistoryNotAllowedError extends Error {
  public readonly login: string;

  public constructor(login: string) {
    super(`Not entitled to the history of ${login}`);
    this.name = 'PersonHistoryNotAllowedError';
    this.login = login;
    Object.setPrototypeOf(this, PersonHistoryNotAllowedError.prototype);
  }
}

/** What one run of "ensure" did, so the administrator sees that a second run changes nothing. */
export interface ProvisioningReport {
  fromVersion?: number;
  toVersion: number;
  createdLists: string[];
  updatedLists: string[];
  createdFields: string[];
  indexedFields: string[];
  /** The year's read scopes (folders and groups per unit), once the units list is filled. */
  access?: { year: number; foldersCreated: number; foldersSecured: number; groupsCreated: number; membersAdded: number };
}

/** Creating and upgrading the product's lists: a site owner's act, run from the administration view. */
export interface IProvisioningService {
  ensureSchema(): Promise<ProvisioningReport>;
}

/** Everything a root component needs, built once per page by the composition root. */
export interface AppServices {
  directory: IDirectoryService;
  evaluation: IEvaluationService;
  /** Every step that records an act (forms and decisions). */
  journey: IJourneyService;
  /** HR's reminders to those late for a deadline. */
  reminders: IReminderService;
  provisioning: IProvisioningService;
  /** HR's and site owners' jobs of running the cycle (the administration web part). */
  admin: AdminServices;
  /** The official documents (Word, Excel), gathered with the user's rights; absent in tests' fakes. */
  documents?: IDocumentService;
  /** The page's clock, injectable so tests and screenshots are stable. */
  today(): Date;
}

/** Thrown when the product's lists are not on the site yet: the screens explain what to do. */
export class NotProvisionedError extends Error {
  public readonly missingLists: string[];

  public constructor(missingLists: string[]) {
    super(`Missing lists: ${missingLists.join(', ')}`);
    this.name = 'NotProvisionedError';
    this.missingLists = missingLists;
    // Keeps `instanceof` working when TypeScript compiles classes extending Error to ES5.
    Object.setPrototypeOf(this, NotProvisionedError.prototype);
  }
}
