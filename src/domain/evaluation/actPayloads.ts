import type { Nd90Criteria, Nd90LeaderFacts, Nd90TaskResults } from '../rating/nd90/nd90Input';
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

/** A line as submitted: `key` is what the manager's assessment refers to (WorkItemAssessment.workItemKey). */
export interface SubmittedWorkLine extends WorkItemPayload {
  key: string;
}

/** The civil servant's submission of a period (DGCC_PeriodScores, Step DRAFT or SUBMITTED). */
export interface PeriodSubmissionPayload {
  /**
   * Self-score of the general criteria, 0–30 (NĐ 335/2025, tiêu chí chung): the sum of
   * `generalCriteriaSelfParts` when those are recorded (the server refuses a total that is not).
   */
  generalCriteriaSelfScore: number;
  /**
   * Mẫu 01 column (4) by sub-criterion (official-documents.md 1.1): the score per leaf of the form
   * (generalCriteria.ts: "I.1", "III.4", or "II.2.1" for HR's parts). Absent in older acts, which hold
   * only the total.
   */
  generalCriteriaSelfParts?: { [leafKey: string]: number };
  /** Mẫu 01 item 4, Ưu điểm. */
  strengths?: string;
  /** Mẫu 01 item 5, Hạn chế, khuyết điểm. */
  weaknesses?: string;
  /** The person's note to the manager (older acts; the form shows it as a note beside items 4 and 5). */
  comment: string;
  /**
   * The lines submitted, kept with the submission so that a review always refers to exactly what was
   * submitted (a later draft cannot change it). Absent only in items recorded before the journey.
   */
  lines?: SubmittedWorkLine[];
  /**
   * After a return: the item id of the review this submission answers. SharePoint's Created has a
   * resolution of one second, so a quick correction could tie with the return; the id cannot.
   */
  afterReviewId?: number;
  /** The engine's score of the person's own figures when submitted (a decimal: kept here, not in a column). */
  selfScore?: number;
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

/**
 * The leader components d, đ, e of NĐ 335/2025's formula for a leader, in percent (0–100) as the
 * manager types them (UNCONFIRMED meaning, law.md 5.1; see LeaderComponents in the engine).
 */
export interface LeaderComponentPercents {
  unitResults: number;
  leadershipCapacity: number;
  unitingCapacity: number;
}

/** The direct manager's review of a period (DGCC_Reviews, act PERIOD_REVIEW). */
export interface PeriodReviewPayload {
  outcome: 'APPROVED' | 'RETURNED';
  /** Why it goes back, when returned. */
  returnReason?: string;
  /** The competent level's score of the general criteria, 0–30: the sum of `generalCriteriaParts` when those are recorded. */
  generalCriteriaScore: number;
  /** The same by leaf of Mẫu 01 (generalCriteria.ts); absent in older acts, which hold only the total. */
  generalCriteriaParts?: { [leafKey: string]: number };
  assessments: WorkItemAssessment[];
  /** For a leader (unit head or deputy): d, đ, e. */
  leaderComponents?: LeaderComponentPercents;
  /** Mẫu 01 item 6: Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá. */
  comment: string;
  /** The score and level the engine computed when the manager approved (kept for dashboards; recomputable). */
  score?: number;
  level?: RatingLevel;
}

/** A criterion of NĐ 90/2020 Điều 3 as the person assesses it. */
export type CriterionSelfAssessment = 'good' | 'meets' | 'fails';

/**
 * The circumstances of the person's year that the special cases turn on (law.md 3), as they state
 * them on the form; the competent evaluator checks them against the personnel file.
 */
export interface SelfEvaluationCircumstances {
  /** Months actually working in the year, across agencies (NĐ 90/2020 Điều 2 khoản 3: fewer than 6 → not rated). */
  monthsWorked: number;
  /** Months of legally permitted leave other than maternity (3 to under 6 → not above HTNV). */
  monthsAbsent: number;
  /** Months of maternity leave (chế độ thai sản): rated on the time actually worked; 0 when none. */
  maternityMonths: number;
  /** Transferred during the year (NĐ 90/2020 Điều 20 khoản 1): months at the previous agency. */
  monthsAtPreviousAgency?: number;
  previousAgencyDissolved?: boolean;
  /** NĐ 90/2020 Điều 2 khoản 5 (NĐ 48/2023): a Party or administrative discipline decided in the year. */
  disciplinedThisYear: boolean;
  /** …for a violation of an earlier year (still counts in the year of the decision, point a). */
  disciplineForEarlierYearViolation?: boolean;
  /** …already used for a KHTNV rating in an earlier year (point b: not counted again). */
  disciplineViolationAlreadyUsedForKHTNVInEarlierYear?: boolean;
  /** …a Party and an administrative decision for the same act, in force in different years (point c). */
  disciplinePartyAndAdministrativeInDifferentYears?: boolean;
  /** NĐ 335/2025 (c): disciplined, reprimand (khiển trách) or above, for a public-service violation in the year. */
  disciplinedForPublicServiceViolationReprimandOrAbove?: boolean;
  /** Leaders, NĐ 335/2025 (d): a body they manage directly was involved in corruption or waste and dealt with. */
  unitInvolvedInCorruptionAndHandled?: boolean;
}

/** The yearly self-evaluation (DGCC_SelfEvaluations): the sections of the year's form. */
export interface SelfEvaluationPayload {
  ruleSetId: string;
  /** Section texts by the form's section id (see selfEvaluationForm.ts: Mẫu 02 for ND90_48; the yearly summary for ND335). */
  sections: { [sectionId: string]: string };
  /** NĐ 90/2020 Điều 3 khoản 1–4 (and điểm a khoản 5 for leaders) as the person assesses them (ND90_48 years). */
  criteria?: Partial<Nd90Criteria>;
  /** The year's own tasks, counted (Điều 3 khoản 5; ND90_48 years). */
  tasks?: Nd90TaskResults;
  /** A leader's unit and the units they manage directly (Điều 8–11 khoản 2 points c and d; ND90_48 years). */
  leader?: Nd90LeaderFacts;
  /** Absent when not stated: a whole year worked, no leave, no discipline. */
  circumstances?: SelfEvaluationCircumstances;
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
  /** Before publication: the standing decision this one corrects (acts are never edited, only corrected). */
  corrects?: number;
  /**
   * A publication: the last HR settings row (DGCC_Settings ID) it was computed with. The year's first
   * publication freezes its settings: later rows count for nothing in it (domain/admin/settingsHistory).
   */
  settingsThrough?: number;
}

/** A complaint about a published rating, or its answer (DGCC_Complaints). */
export interface ComplaintPayload {
  kind: 'COMPLAINT' | 'ANSWER';
  text: string;
  /** For an answer: the complaint answered and the outcome. */
  answersComplaint?: number;
  outcome?: 'UPHELD' | 'REJECTED';
}
