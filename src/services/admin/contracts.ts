import type { JournalEntry, JournalSubject } from '../../domain/admin/journal';

/** The administration's journal, read by HR's audit view. */
export interface IJournalService {
  /** Every entry of a subject (or all), newest first. */
  read(subject?: JournalSubject): Promise<JournalEntry[]>;
}

/**
 * What HR and site owners run the cycle with, one service per tab of "Quản trị đánh giá". Built (and
 * downloaded, chunk 'dgcc-admin') on the first call of any of them: other pages never load this code.
 */
export interface AdminServices {
  journal: IJournalService;
}
