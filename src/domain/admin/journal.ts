/**
 * The administration's journal: every change HR or a site owner makes to the cycle (periods, settings,
 * the catalogue, the units, plans, imports, reminders sent), with who, when and why. SharePoint sets who
 * and when (Author, Created); the entry says what and why. Entries are added, never edited.
 */
export type JournalSubject = 'PERIOD' | 'SETTING' | 'PRODUCT' | 'UNIT' | 'PLAN' | 'IMPORT' | 'REMINDER';

export const JOURNAL_SUBJECTS: readonly JournalSubject[] = ['PERIOD', 'SETTING', 'PRODUCT', 'UNIT', 'PLAN', 'IMPORT', 'REMINDER'];

/** What one entry records, besides who and when. */
export interface JournalChange {
  subject: JournalSubject;
  /** The period's id, the setting's name, the product's or unit's code, the import's file name. */
  subjectKey: string;
  /** The evaluation year concerned, when there is one. */
  year?: number;
  /** A verb of the subject: CREATE, OPEN, LOCK, REOPEN, CLOSE, EXTEND, SET_DEADLINE, ADD, RETIRE, SEND … */
  action: string;
  /** Required where the law or the ministry wants one (reopening, extending a deadline). */
  reason?: string;
  /** What it was and what it became: small JSON values, shown side by side in the audit view. */
  before?: unknown;
  after?: unknown;
}

/** One entry as read back: the change, and who made it when (from SharePoint, not from the payload). */
export interface JournalEntry extends Omit<JournalChange, 'subject'> {
  /** UNKNOWN: an entry added by hand with a subject the product does not write (the audit shows it). */
  subject: JournalSubject | 'UNKNOWN';
  id: number;
  at: string;
  byLogin: string;
  byName: string;
}

function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an entry's Payload; a malformed one is kept (the audit shows it) with action UNREADABLE. */
export function readJournalPayload(payload: string | undefined): Pick<JournalChange, 'action' | 'reason' | 'before' | 'after'> {
  let parsed: unknown;
  try {
    parsed = payload ? JSON.parse(payload) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed) || typeof parsed.action !== 'string' || !parsed.action) return { action: 'UNREADABLE' };
  return {
    action: parsed.action,
    reason: typeof parsed.reason === 'string' && parsed.reason ? parsed.reason : undefined,
    before: parsed.before,
    after: parsed.after
  };
}

/** The Payload an entry is written with. */
export function journalPayload(change: JournalChange): string {
  return JSON.stringify({ action: change.action, reason: change.reason, before: change.before, after: change.after });
}

export function isJournalSubject(value: unknown): value is JournalSubject {
  return typeof value === 'string' && (JOURNAL_SUBJECTS as readonly string[]).indexOf(value) >= 0;
}
