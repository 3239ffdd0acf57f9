import type { SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import type { ComplaintDeadline } from '../../domain/evaluation/complaintDeadline';
import type { EvaluationPeriod, Person } from '../../domain/evaluation/model';
import type { RatingLevel, RatingOutcome, RuleSetId } from '../../domain/rating';
import type { YearSuggestion } from '../../domain/evaluation/yearSuggestion';
import type { NoticeOutcome } from '../notifications/contracts';
import type { Availability } from './availability';

// The suggestion is the domain's (the leader's decision screen imports it too); re-exported for the screens.
export type { YearSuggestion } from '../../domain/evaluation/yearSuggestion';

/** A decision as the screens show it; a later one (after a complaint) supersedes the earlier. */
export interface DecisionRecord {
  id: number;
  rating: RatingOutcome;
  reasons: string;
  published: boolean;
  decidedByName: string;
  at: string;
  quotaException?: { decidedBy: string; reason: string; decisionReference?: string };
  supersedes?: number;
}

export interface ComplaintRecord {
  id: number;
  text: string;
  filedAt: string;
  answer?: { text: string; outcome: 'UPHELD' | 'REJECTED'; at: string; answeredByName: string };
}

/** "Đánh giá của tôi" for the year: the self-evaluation and its outcome. */
export interface MyYearView {
  year: number;
  me: Person;
  ruleSetId?: RuleSetId;
  /** Heads or deputises a unit: Mẫu 02 asks more of leaders (NĐ 90/2020 Điều 8–11 khoản 2). */
  isLeader: boolean;
  /** The periods of the year with the manager's scores (NĐ 335/2025). */
  periodScores: Array<{ period: EvaluationPeriod; score?: number; level?: RatingLevel }>;
  suggestion?: YearSuggestion;
  /** The saved self-evaluation (a draft until `submitted`). */
  selfEvaluation?: SelfEvaluationPayload;
  selfEvaluationVersion?: string;
  canSelfEvaluate: Availability;
  /** Every decision about the year, oldest first; the last one stands. */
  decisions: DecisionRecord[];
  complaints: ComplaintRecord[];
  canComplain: Availability;
  /** Until when the published result may be complained about (HR's setting complaints.deadlineDays); absent before publication. */
  complaintDeadline?: ComplaintDeadline;
}

export interface IYearJourney {
  getMyYear(year: number): Promise<MyYearView>;
  /**
   * Saves (draft) or submits (`submitted: true`) the self-evaluation, one item per person and year.
   * Throws DraftConflictError<SelfEvaluationPayload> when it was saved meanwhile elsewhere,
   * StepNotAllowedError (NO_RULE_SET, PERIOD_NOT_OPEN, SELF_EVALUATION_SUBMITTED), and FormProblemsError
   * when a submission is incomplete or a text too long (validateSelfEvaluation). A submission notifies
   * the unit's minutes keepers.
   */
  saveSelfEvaluation(year: number, evaluation: SelfEvaluationPayload, version?: string): Promise<{ version: string; notice?: NoticeOutcome }>;
  /**
   * A complaint about the published rating; notifies the competent evaluator. StepNotAllowedError
   * NOT_PUBLISHED, COMPLAINT_PENDING or COMPLAINT_TOO_LATE (after the deadline); FormProblemsError when the text is empty or too long.
   */
  fileComplaint(year: number, text: string): Promise<{ notice: NoticeOutcome }>;
}
