import type { MeetingMinutesPayload, SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import type { ComplaintDeadline } from '../../domain/evaluation/complaintDeadline';
import type { FieldProblem } from '../../domain/evaluation/validation';
import type { PendingTask, Person } from '../../domain/evaluation/model';
import type { QuotaCheck, RatingOutcome, RuleSetId } from '../../domain/rating';
import type { MeetingQuorum, QuotaSettings } from '../../domain/rating/settings';
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
  /** Until when the published result may be complained about (HR's setting complaints.deadlineDays). */
  complaintDeadline?: ComplaintDeadline;
  /** Deciding about this person (before publication; afterwards a complaint's answer decides again). */
  canDecide: Availability;
  /** Answering this person's open complaint. */
  canAnswerComplaint: Availability;
}

/**
 * A unit's year as its head, secretary and competent evaluator see it. A phòng shows its people; an
 * agency-level unit (Vụ, Cục) shows everyone in it, its phòng included, because its head decides them
 * all and the quota is the agency's. The minutes are the unit's own meeting (for an agency: the people
 * directly in it); each person's meeting entry comes from their own unit's minutes.
 */
export interface UnitYearView {
  unit: { code: string; name: string };
  year: number;
  ruleSetId?: RuleSetId;
  /** The acting user (who records an exception to the quota). */
  actor: { login: string; displayName: string };
  people: UnitYearPerson[];
  /** The people this unit's minutes are about (those directly in the unit). */
  minutesLogins: string[];
  minutes?: MeetingMinutesPayload & { recordedByName: string; at: string; version: string };
  canRecordMinutes: Availability;
  canPublish: Availability;
  /** The HTXS quota with the decisions (or, before them, the proposals) as they stand, agency-wide. */
  quota: QuotaCheck;
  /** The rest of the agency with their standing decision, counted in the agency's quota as the screen changes ratings. */
  restOfAgency: Array<{ login: string; taskGroup: string; rating?: RatingOutcome; quotaException?: { reason: string; decisionReference?: string } }>;
  /** HR's quota settings for the year (rate, base, exceptions): what the screen's live quota must use. */
  quotaSettings?: QuotaSettings;
  /** HR's quorum for the unit's meeting (settings.meeting.quorum): what the minutes form checks. */
  minutesQuorum?: MeetingQuorum;
}

export interface DecisionInput {
  login: string;
  rating: RatingOutcome;
  reasons: string;
  quotaException?: { reason: string; decisionReference?: string };
}

export interface IUnitYearJourney {
  /** Units whose year waits for the acting user: minutes to record, decisions, complaints (the inbox). */
  getLeaderTasks(years: readonly number[]): Promise<PendingTask[]>;
  getUnitYear(unitCode: string, year: number): Promise<UnitYearView>;
  /**
   * Saves the minutes (one item per unit and year, edited by its author while not approved); `version`
   * is the ETag the form was typed over: DraftConflictError<MeetingMinutesPayload> when saved meanwhile.
   * Approved minutes notify the competent evaluator(s). FieldProblemsError when they do not validate.
   */
  recordMinutes(unitCode: string, year: number, minutes: MeetingMinutesPayload, version?: string): Promise<{ notice: NoticeOutcome; version: string }>;
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

/** What was typed does not validate; nothing was written. Each problem names its field. */
export class FieldProblemsError extends Error {
  public readonly name: string = 'FieldProblemsError';
  public readonly problems: FieldProblem[];

  public constructor(problems: FieldProblem[]) {
    super(`Invalid input: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
    Object.setPrototypeOf(this, FieldProblemsError.prototype);
    this.problems = problems;
  }
}
