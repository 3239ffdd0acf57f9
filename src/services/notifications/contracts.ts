/**
 * Telling people that something waits for them, or that their result changed (Graph: Teams activity
 * feed where the setting allows, mail otherwise; on the local intranet both land in the outbox).
 */
export type NoticeKind =
  | 'PERIOD_SUBMITTED' // to the direct manager: a period waits for scoring
  | 'PERIOD_RETURNED' // to the civil servant: correct and submit again (with the reason)
  | 'PERIOD_REVIEWED' // to the civil servant: the period was scored
  | 'SELF_EVALUATION_SUBMITTED' // to the minutes keepers of the unit: the year's file is ready for the meeting
  | 'MINUTES_RECORDED' // to the competent evaluator: the unit waits for the decision
  | 'DECIDED' // to the civil servant: their rating is decided
  | 'PUBLISHED' // to the civil servant: the results are published
  | 'COMPLAINT_FILED' // to the competent evaluator
  | 'COMPLAINT_ANSWERED' // to the civil servant
  | 'REMINDER'; // from HR to everyone late for a deadline

export interface Notice {
  kind: NoticeKind;
  /** Logins (user principal names) of the recipients. */
  to: string[];
  /** The person the notice is about (display name), e.g. the civil servant whose period waits. */
  subjectName: string;
  /** The period or year in words, e.g. "Tháng 11/2026" or "Năm 2026". */
  periodLabel: string;
  /** Free text the actor typed (a return reason, an answer); sent as text, never as HTML. */
  detail?: string;
  /** Where to act: the evaluation page. */
  link?: string;
}

export interface NoticeOutcome {
  /** Recipients reached, by channel. */
  delivered: Array<{ to: string; channel: 'TEAMS' | 'MAIL' }>;
  /** Recipients not reached (the act itself is saved all the same). */
  failed: Array<{ to: string; error: string }>;
}

/** Sending never throws: an act is never lost because a notice could not go out. */
export interface INotifier {
  notify(notice: Notice): Promise<NoticeOutcome>;
}

/** HR's reminders for a period's deadline. */
export interface IReminderService {
  /** Who has not submitted a period whose deadline has passed (or is today), by login with name. */
  getLate(periodId: number): Promise<Array<{ login: string; displayName: string; unitName: string }>>;
  /** Sends one reminder to each late person; HR only. */
  sendReminders(periodId: number): Promise<NoticeOutcome>;
}
