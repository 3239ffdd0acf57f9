/**
 * Telling people that something waits for them, or that their result changed (Graph: Teams activity
 * feed where the setting allows, mail otherwise; on the local intranet both land in the outbox).
 */
import type { NoticeKind } from '../../domain/evaluation/noticeText';

/** The kinds of notice; their words are the domain's (src/domain/evaluation/noticeText.ts). */
export type { NoticeKind };

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
  /** The deadline (ISO), named in a reminder. */
  deadline?: string;
}

/** The error of a recipient the directory does not know (NoticeOutcome.failed): the screens say so in words. */
export const UNKNOWN_RECIPIENT = 'UNKNOWN_RECIPIENT';

export interface NoticeOutcome {
  /** Recipients reached, by channel. */
  delivered: Array<{ to: string; channel: 'TEAMS' | 'MAIL' }>;
  /** Recipients not reached (the act itself is saved all the same). */
  failed: Array<{ to: string; error: string }>;
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

/** HR's reminders for a period's deadline. */
export interface IReminderService {
  /** Who has not submitted a period whose deadline has passed (or is today), by login with name. */
  getLate(periodId: number): Promise<Array<{ login: string; displayName: string; unitName: string }>>;
  /** Sends one reminder to each late person; HR only. */
  sendReminders(periodId: number): Promise<NoticeOutcome>;
}
