import type { PeriodReviewPayload, WorkItemAssessment, WorkItemPayload } from '../../domain/evaluation/actPayloads';
import type { EvaluationPeriod, EvaluationStep, Person } from '../../domain/evaluation/model';
import type { RatingLevel } from '../../domain/rating';
import type { NoticeOutcome } from '../notifications/contracts';
import type { Availability } from './availability';

/** A product type of the catalogue (DGCC_ProductTypes), as the forms offer it. */
export interface ProductTypeOption {
  code: string;
  name: string;
  /** Hệ số quy đổi (NĐ 335/2025): converts a count of this product into standard products. */
  conversionFactor: number;
}

/** One line of the month's work; `key` stays the same across drafts and submissions. */
export interface WorkLine extends WorkItemPayload {
  key: string;
}

/** What the civil servant fills in for a month or quarter. */
export interface PeriodDraft {
  lines: WorkLine[];
  /** 0–30 (NĐ 335/2025, tiêu chí chung); absent until typed. */
  generalCriteriaSelfScore?: number;
  comment: string;
}

/** A review as the screens show it. */
export interface PeriodReviewRecord {
  outcome: PeriodReviewPayload['outcome'];
  returnReason?: string;
  comment: string;
  generalCriteriaScore: number;
  assessments: WorkItemAssessment[];
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
  /** Editing and submitting. */
  canEdit: Availability;
}

/** What the direct manager decides about one period. */
export interface PeriodReviewInput {
  outcome: PeriodReviewPayload['outcome'];
  returnReason?: string;
  generalCriteriaScore: number;
  assessments: WorkItemAssessment[];
  comment: string;
}

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
