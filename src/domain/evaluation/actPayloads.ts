import type { RatingLevel, RatingOutcome } from '../rating/ratingCodes';

/**
 * What each act carries, as stored in its list's Payload column (JSON). The columns beside it
 * (EvalYear, PeriodId, EmployeeLogin, UnitCode, ActKey) are what queries start from; the act's author
 * is the item's Author, set by SharePoint.
 */

/** One line of a period's work as the civil servant reports it (DGCC_WorkItems). */
export interface WorkItemPayload {
  productCode: string;
  /** Text of the product, e.g. the document's number and subject. */
  description: string;
  assigned: number;
  completed: number;
  completedOnTime: number;
  /** Links to the evidence (documents on the intranet). */
  evidence: string[];
}

/** The civil servant's submission of a period (DGCC_PeriodScores, Step DRAFT or SUBMITTED). */
export interface PeriodSubmissionPayload {
  /** Self-score of the general criteria, 0–30 (NĐ 335/2025, tiêu chí chung). */
  generalCriteriaSelfScore: number;
  comment: string;
}

/** The direct manager's assessment of one work line (inside a review). */
export interface WorkItemAssessment {
  workItemKey: string;
  completedMeetingQuality: number;
  majorErrors: number;
  delays: number;
  majorErrorsObjectiveCauseConfirmed: boolean;
  delaysObjectiveCauseConfirmed: boolean;
}

/** The direct manager's review of a period (DGCC_Reviews, act PERIOD_REVIEW). */
export interface PeriodReviewPayload {
  outcome: 'APPROVED' | 'RETURNED';
  /** Why it goes back, when returned. */
  returnReason?: string;
  generalCriteriaScore: number;
  assessments: WorkItemAssessment[];
  comment: string;
  /** The score and level the engine computed when the manager approved (kept for dashboards; recomputable). */
  score?: number;
  level?: RatingLevel;
}

/** A criterion of NĐ 90/2020 Điều 3 as the person assesses it. */
export type CriterionSelfAssessment = 'good' | 'meets' | 'fails';

/** The yearly self-evaluation (DGCC_SelfEvaluations): the sections of the year's form. */
export interface SelfEvaluationPayload {
  ruleSetId: string;
  /** Section texts by the form's section id (Mẫu 02 sections I–II for ND90_48; the yearly summary for ND335). */
  sections: { [sectionId: string]: string };
  criteria?: { [criterion: string]: CriterionSelfAssessment };
  proposedRating: RatingLevel;
  submitted: boolean;
}

/** The unit meeting's minutes (DGCC_Meetings, act MEETING_MINUTES), one item per unit and year. */
export interface MeetingMinutesPayload {
  heldOn: string;
  place: string;
  chairLogin: string;
  secretaryLogin: string;
  present: number;
  total: number;
  people: Array<{ login: string; comments: string; proposedRating: RatingLevel; votes?: { [level: string]: number } }>;
  approved: boolean;
}

/** The competent evaluator's decision (DGCC_Decisions, act DECISION); a later one supersedes it. */
export interface DecisionPayload {
  rating: RatingOutcome;
  reasons: string;
  /** A recorded lift of the HTXS quota: who decided and why (law.md 3.7). */
  quotaException?: { decidedBy: string; reason: string; decisionReference?: string };
  published: boolean;
  /** The decision this one replaces after a complaint, if any. */
  supersedes?: number;
}

/** A complaint about a published rating, or its answer (DGCC_Complaints). */
export interface ComplaintPayload {
  kind: 'COMPLAINT' | 'ANSWER';
  text: string;
  /** For an answer: the complaint answered and the outcome. */
  answersComplaint?: number;
  outcome?: 'UPHELD' | 'REJECTED';
}
