import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { isJournalSubject, journalPayload, readJournalPayload, type JournalChange, type JournalEntry } from '../../domain/admin/journal';
import { loginFromClaims } from '../sharepoint/actsReader';
import { newIdempotencyKey } from '../sharepoint/repository';
import { LISTS } from '../sharepoint/schema';

interface JournalRow {
  Id: number;
  Created?: string;
  EvalYear?: number;
  Subject?: string;
  SubjectKey?: string;
  Payload?: string;
  Author?: { Name?: string; Title?: string };
}

const FIELDS = ['Id', 'Created', 'EvalYear', 'Subject', 'SubjectKey', 'Payload', 'Author/Name', 'Author/Title'];
/** A ministry's year of administration is a few hundred entries; a page of 5,000 is far beyond it. */
const ROWS = 5000;

/** The administration's journal on the site (DGCC_AdminLog): HR and the owners add entries and read them. */
export class AdminJournal {
  public constructor(private readonly sp: SPFI) {}

  /** Adds one entry (one request). Call it right after the change it records succeeded. */
  public async record(change: JournalChange): Promise<void> {
    await this.sp.web.lists.getByTitle(LISTS.adminLog.title).items.add({
      Title: `${change.subject} ${change.subjectKey}`.slice(0, 255),
      // A year-less entry (a setting, a product) leaves the column empty.
      ...(change.year === undefined ? {} : { EvalYear: change.year }),
      Subject: change.subject,
      SubjectKey: change.subjectKey,
      ActKey: newIdempotencyKey(),
      Payload: journalPayload(change)
    });
  }

  /** Every entry of a subject (or all), newest first. Filters start from the indexed Subject column. */
  public async read(subject?: JournalChange['subject']): Promise<JournalEntry[]> {
    let items = this.sp.web.lists.getByTitle(LISTS.adminLog.title).items.select(...FIELDS).expand('Author');
    if (subject) items = items.filter(`Subject eq '${subject}'`);
    const rows = await items.orderBy('Id', false).top(ROWS)<JournalRow[]>();
    return rows.map(toEntry);
  }
}

export function toEntry(row: JournalRow): JournalEntry {
  return {
    id: row.Id,
    at: row.Created || '',
    byLogin: loginFromClaims((row.Author && row.Author.Name) || ''),
    byName: (row.Author && row.Author.Title) || '',
    subject: isJournalSubject(row.Subject) ? row.Subject : 'UNKNOWN',
    subjectKey: row.SubjectKey || '',
    year: typeof row.EvalYear === 'number' ? row.EvalYear : undefined,
    ...readJournalPayload(row.Payload)
  };
}
