/**
 * Telling people that something waits for them, or that their result changed (Graph: Teams activity
 * feed where the setting allows, mail otherwise; on the local intranet both land in the outbox).
 */
import type { NoticeContent, NoticeKind, NoticePerson } from '../../domain/evaluation/noticeText';
import type { ReminderChoice, ReminderSkip } from '../../domain/evaluation/reminderPlan';

/** The kinds of notice; their words are the domain's (src/domain/evaluation/noticeText.ts). */
export type { NoticeKind, NoticePerson, ReminderChoice, ReminderSkip };

/**
 * A notice: its content (who and what it is about, the place its link opens, see noticePlaces) and
 * the logins (user principal names) of its recipients.
 */
export interface Notice extends NoticeContent {
  to: string[];
}

/** The error of a recipient the directory does not know (NoticeOutcome.failed): the screens say so in words. */
export const UNKNOWN_RECIPIENT = 'UNKNOWN_RECIPIENT';

/** `name`: the recipient as the screens name them ("Nguyễn Văn An (Chuyên viên)"), never by address. */
export interface NoticeOutcome {
  /** Recipients reached, by channel. */
  delivered: Array<{ to: string; channel: 'TEAMS' | 'MAIL'; name?: string }>;
  /** Recipients not reached (the act itself is saved all the same). */
  failed: Array<{ to: string; error: string; name?: string }>;
}

/** Sending never throws: an act is never lost because a notice could not go out. */
export interface INotifier {
  notify(notice: Notice): Promise<NoticeOutcome>;
  /**
   * Several notices (e.g. one reminder per late person, each naming its reader) sent together: the
   * Graph notifier packs them 20 to a `$batch`. Optional, so a test's notifier may leave it out;
   * callers then send the notices one by one.
   */
  notifyEach?(notices: readonly Notice[]): Promise<NoticeOutcome>;
}

/** A person as the reminders screen names them: name, position and unit, never an e-mail address. */
export interface ReminderPerson {
  login: string;
  displayName: string;
  /** Chức vụ, from the directory. */
  position?: string;
  unitCode: string;
  /** The unit with the units above it, e.g. "Cục Di sản văn hóa › Phòng Quản lý di tích". */
  unitName: string;
}

/** Someone the period applies to, and where they stand. */
export interface ReminderAudiencePerson extends ReminderPerson {
  submitted: boolean;
  /** The deadline that applies to them (ISO): the period's, or an extension for their unit or them. */
  deadline?: string;
}

/** What HR chooses from: the people the period applies to, their units, and the "before" reminder's default days. */
export interface ReminderAudienceView {
  people: ReminderAudiencePerson[];
  /** Units with people in the period (code, path), in the units list's order. */
  units: Array<{ code: string; name: string }>;
  /** HR's setting "reminder days" (days before a deadline), or the default. */
  reminderDays: number;
}

export interface ReminderPreview {
  /** One reminder each, with the deadline that applies to them. */
  recipients: Array<ReminderPerson & { deadline: string; daysLeft: number }>;
  /** One copy each, listing the people it is about (logins of `recipients`). */
  managerCopies: Array<{ manager: ReminderPerson; about: string[] }>;
  /** Chosen people who get nothing, and why. */
  skipped: Array<{ person: ReminderPerson; reason: ReminderSkip }>;
}

export interface ReminderSending {
  /** What was sent: the confirmed recipients who still had not submitted when it was sent. */
  sent: ReminderPreview;
  outcome: NoticeOutcome;
}

/** HR's reminders for a period's deadline (Vụ Tổ chức cán bộ only: anyone else is refused, NOT_HR). */
export interface IReminderService {
  /** The people the period applies to, for choosing a unit or people. */
  getAudience(periodId: number): Promise<ReminderAudienceView>;
  /** Who would be reminded, and which managers would get a copy: nothing is sent. */
  preview(periodId: number, choice: ReminderChoice): Promise<ReminderPreview>;
  /**
   * Sends the reminders HR confirmed (`confirmed`: the logins the preview showed; anyone who has
   * submitted since is left out) and the managers' copies, and records the sending in the journal.
   */
  send(periodId: number, choice: ReminderChoice, confirmed: readonly string[]): Promise<ReminderSending>;
}
