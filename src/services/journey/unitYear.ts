import type { MeetingMinutesPayload, SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import type { PendingTask, Person } from '../../domain/evaluation/model';
import type { QuotaCheck, RatingOutcome, RuleSetId } from '../../domain/rating';
import type { NoticeOutcome } from '../notifications/contracts';
import type { Availability } from './availability';
import type { ComplaintRecord, DecisionRecord, YearSuggestion } from './year';

/** One person of the unit on the decision screen. */
export interface UnitYearPerson {
  person: Person;
  /** Nhóm công chức có nhiệm vụ tương đồng, for the HTXS quota per group. */
  taskGroup: string;
  selfEvaluation?: SelfEvaluationPayload;
  /** Comments and the proposal recorded for them in the meeting's minutes. */
  meeting?: MeetingMinutesPayload['people'][number];
  suggestion?: YearSuggestion;
  decisions: DecisionRecord[];
  complaints: ComplaintRecord[];
  /** Deciding (or re-deciding after a complaint) about this person. */
  canDecide: Availability;
}

/** A unit's year as its head, secretary and competent evaluator see it. */
export interface UnitYearView {
  unit: { code: string; name: string };
  year: number;
  ruleSetId?: RuleSetId;
  people: UnitYearPerson[];
  minutes?: MeetingMinutesPayload & { recordedByName: string; at: string; version: string };
  canRecordMinutes: Availability;
  canPublish: Availability;
  /** The HTXS quota with the decisions (or, before them, the proposals) as they stand. */
  quota: QuotaCheck;
}

export interface DecisionInput {
  login: string;
  rating: RatingOutcome;
  reasons: string;
  quotaException?: { reason: string; decisionReference?: string };
}

export interface IUnitYearJourney {
  /** Units whose year waits for the acting user: minutes to record, decisions, complaints (the inbox). */
  getLeaderTasks(year: number): Promise<PendingTask[]>;
  getUnitYear(unitCode: string, year: number): Promise<UnitYearView>;
  recordMinutes(unitCode: string, year: number, minutes: MeetingMinutesPayload): Promise<{ notice: NoticeOutcome }>;
  /** Records the decisions (not yet published); refuses a set that breaks the quota without a recorded exception. */
  decide(unitCode: string, year: number, decisions: DecisionInput[]): Promise<{ notice: NoticeOutcome }>;
  /** Publishes the unit's decisions: each person sees theirs, the unit sees the list (NĐ 90/2020 Điều 21). */
  publish(unitCode: string, year: number): Promise<{ notice: NoticeOutcome }>;
  /** Answers a complaint; an upheld one comes with the new decision, which supersedes the old and keeps it. */
  answerComplaint(
    complaintId: number,
    answer: { text: string; outcome: 'UPHELD' | 'REJECTED'; newDecision?: DecisionInput }
  ): Promise<{ notice: NoticeOutcome }>;
}
