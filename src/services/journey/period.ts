import type { LeaderComponentPercents, PeriodReviewPayload, WorkItemAssessment } from '../../domain/evaluation/actPayloads';
import type { EvaluationPeriod, EvaluationStep, Person } from '../../domain/evaluation/model';
import type { RatingLevel } from '../../domain/rating';
import type { NoticeOutcome } from '../notifications/contracts';
import type { PeriodDraft, PeriodReviewDraft } from '../../domain/evaluation/periodDraft';
import type { FieldProblem } from '../../domain/evaluation/validation';
import type { Availability } from './availability';
import type { Mau01Settings, Nd335Settings } from '../../domain/rating/settings';

/** A product type of the catalogue (DGCC_ProductTypes), as the forms offer it. */
export interface ProductTypeOption {
  code: string;
  name: string;
  /** Hệ số quy đổi (NĐ 335/2025): converts a count of this product into standard products. */
  conversionFactor: number;
}

// The form's shapes live with its rules (the domain validates and scores them).
export type { PeriodDraft, WorkLine } from '../../domain/evaluation/periodDraft';
export type { LeaderComponentPercents } from '../../domain/evaluation/actPayloads';

/** A review as the screens show it. */
export interface PeriodReviewRecord {
  outcome: PeriodReviewPayload['outcome'];
  returnReason?: string;
  /** Mẫu 01 item 6 (the competent level's remarks). */
  comment: string;
  generalCriteriaScore: number;
  /** By leaf of Mẫu 01 (generalCriteria.ts); absent when the review recorded only the total. */
  generalCriteriaParts?: { [leafKey: string]: number };
  assessments: WorkItemAssessment[];
  leaderComponents?: LeaderComponentPercents;
  score?: number;
  level?: RatingLevel;
  reviewerName: string;
  at: string;
}

/** "Đánh giá của tôi" for one period. */
export interface MyPeriodView {
  period: EvaluationPeriod;
  me: Person;
  catalogue: ProductTypeOption[];
  step: EvaluationStep;
  /** What the form shows: the saved draft, else the latest submission, else an empty form. */
  draft: PeriodDraft;
  /** Version (ETag) of the saved draft, for the next save; absent when none is saved. */
  draftVersion?: string;
  /** The latest review, when there is one (a return says why). */
  lastReview?: PeriodReviewRecord;
  /** The latest submission, shown read-only while it waits for the manager or once approved. */
  submission?: { draft: PeriodDraft; submittedAt: string };
  /** Editing and submitting. */
  canEdit: Availability;
  /** HR's scoring settings for the period (formula, weights, rounding): what the form's live score must use. */
  scoring?: Nd335Settings;
  /**
   * Mẫu 01's general criteria in force for the period (HR's split, or the national form): the form's rows.
   * Sent by the service so that the view-mode bundle carries no copy of the form's texts.
   */
  mau01?: Mau01Settings;
}

/** What the direct manager decides about one period: the review form's content (see the domain's rules). */
export type PeriodReviewInput = PeriodReviewDraft;

/** "Duyệt và quyết định" for one person's period. */
export interface PeriodReviewView {
  period: EvaluationPeriod;
  subject: Person;
  catalogue: ProductTypeOption[];
  isLeader: boolean;
  /** The latest submission (what is reviewed), with its time. */
  submission?: { draft: PeriodDraft; submittedAt: string };
  previousReviews: PeriodReviewRecord[];
  canReview: Availability;
  /** HR's scoring settings for the period (formula, weights, rounding): what the form's live score must use. */
  scoring?: Nd335Settings;
  /** Mẫu 01's general criteria in force for the period, as on MyPeriodView. */
  mau01?: Mau01Settings;
}

/** The month or quarter: the civil servant's report and the direct manager's scoring. */
export interface IPeriodJourney {
  getMyPeriod(periodId: number): Promise<MyPeriodView>;
  /**
   * Saves the draft (the whole form). Throws DraftConflictError<PeriodDraft> when the draft was saved
   * meanwhile from another tab or device: the screen shows both and lets the user choose.
   */
  saveMyPeriodDraft(periodId: number, draft: PeriodDraft, version?: string): Promise<{ version: string }>;
  /** Records the submission (an act) and notifies the direct manager. */
  submitMyPeriod(periodId: number, draft: PeriodDraft): Promise<{ notice: NoticeOutcome }>;
  getPeriodReview(subjectLogin: string, periodId: number): Promise<PeriodReviewView>;
  /** Records the review (approve with the engine's score, or return with a reason) and notifies the person. */
  reviewPeriod(subjectLogin: string, periodId: number, review: PeriodReviewInput): Promise<{ score?: number; level?: RatingLevel; notice: NoticeOutcome }>;
}

/**
 * The form was sent with problems (the screens validate first, so this is the server side's second
 * check): nothing was written; each problem names its field.
 */
export class FormProblemsError extends Error {
  public readonly name: string = 'FormProblemsError';
  public readonly problems: FieldProblem[];

  public constructor(problems: FieldProblem[]) {
    super(`The form has ${problems.length} problem(s): ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
    Object.setPrototypeOf(this, FormProblemsError.prototype);
    this.problems = problems;
  }
}
