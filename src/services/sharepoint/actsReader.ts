import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { RecordedAct, ScreenedActs, screenActs } from '../../domain/org/acts';
import type { ActStep } from '../../domain/org/authority';
import { normalizeLogin, OrgModel } from '../../domain/org/orgModel';
import { ListRepository, Versioned } from './repository';
import type { RawItem } from './repository';
import { LISTS, ListSpec } from './schema';
import { isNotFound, odataString } from './odata';

/** The step each list of acts records (complaints carry their kind in the payload). */
const STEP_OF_LIST: { [title: string]: ActStep } = {
  [LISTS.workItems.title]: 'SELF_ASSESSMENT',
  [LISTS.periodScores.title]: 'SELF_ASSESSMENT',
  [LISTS.selfEvaluations.title]: 'SELF_ASSESSMENT',
  [LISTS.reviews.title]: 'PERIOD_REVIEW',
  [LISTS.meetings.title]: 'MEETING_MINUTES',
  [LISTS.decisions.title]: 'DECISION',
  [LISTS.complaints.title]: 'COMPLAINT'
};

interface ActRow {
  /** The folder the item lies in (its name). */
  folder?: string;
  subjectLogin: string;
  unitCode: string;
  authorLogin: string;
  editorLogin?: string;
  createdAt: string;
  payload: unknown;
}

/** "/sites/x/Lists/L/NV-an" → "NV-an": the folder an item lies in. */
export function folderNameOf(path: unknown): string | undefined {
  const text = typeof path === 'string' ? path : '';
  return text ? text.slice(text.lastIndexOf('/') + 1) : undefined;
}

/** "i:0#.f|membership|an@x" → "an@x": the Author's login as the directory knows it. */
export function loginFromClaims(claims: string): string {
  const bar = claims.lastIndexOf('|');
  return normalizeLogin(bar >= 0 ? claims.slice(bar + 1) : claims);
}

function parsePayload(text: unknown): unknown {
  if (typeof text !== 'string' || !text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unreadable: text };
  }
}

/** A repository over one list of acts that reads each act with its server-set Author. */
export function actRepository(sp: SPFI, spec: ListSpec): ListRepository<ActRow> {
  return new ListRepository<ActRow>({
    sp,
    listTitle: spec.title,
    indexedColumns: spec.fields.filter((f) => f.indexed).map((f) => f.name),
    // The minutes list has no EmployeeLogin: a meeting is about a unit.
    select: spec.fields.some((f) => f.name === 'EmployeeLogin')
      ? ['EmployeeLogin', 'UnitCode', 'Created', 'Payload', 'FileDirRef', 'Author/Name', 'Editor/Name']
      : ['UnitCode', 'Created', 'Payload', 'FileDirRef', 'Author/Name', 'Editor/Name'],
    map: (raw: RawItem) => ({
      subjectLogin: String(raw.EmployeeLogin || ''),
      unitCode: String(raw.UnitCode || ''),
      authorLogin: loginFromClaims(String(((raw.Author as { Name?: string }) || {}).Name || '')),
      editorLogin: loginFromClaims(String(((raw.Editor as { Name?: string }) || {}).Name || '')) || undefined,
      createdAt: String(raw.Created || ''),
      folder: folderNameOf(raw.FileDirRef),
      payload: parsePayload(raw.Payload)
    }),
    expand: ['Author', 'Editor']
  });
}

/**
 * The acts of a list for a year, screened by their author's right: what counts, and what is ignored
 * and reported (a review or a decision written by someone without the right changes nothing).
 */
export async function readScreenedActs(sp: SPFI, org: OrgModel, spec: ListSpec, year: number): Promise<ScreenedActs> {
  const step = STEP_OF_LIST[spec.title];
  const rows: Array<Versioned<ActRow>> = await actRepository(sp, spec).query({ indexedFilter: { field: 'EvalYear', value: year } });
  const acts: RecordedAct[] = rows.map((row) => ({
    id: row.id,
    // A complaint's answer lives beside the complaint, told apart by its payload.
    step: step === 'COMPLAINT' && (row.value.payload as { kind?: string }).kind === 'ANSWER' ? 'COMPLAINT_ANSWER' : step,
    subjectLogin: row.value.subjectLogin,
    unitCode: row.value.unitCode,
    authorLogin: row.value.authorLogin,
    editorLogin: row.value.editorLogin,
    createdAt: row.value.createdAt,
    folder: row.value.folder,
    payload: row.value.payload
  }));
  return screenActs(org, acts);
}

/**
 * One page of a list's acts matching `filter` (which starts from an indexed column), inside a screen's
 * batch, with their server-set Author and Editor. A list of acts is invisible to someone with no
 * unit-year folder in it yet: SharePoint answers 404, as for a list that does not exist, so they have
 * no acts to see there.
 */
export function actRowsVisible<T>(b: SPFI, listTitle: string, filter: string, select: readonly string[], rows: number): Promise<T[]> {
  return b.web.lists
    .getByTitle(listTitle)
    .items.select(...select)
    .expand('Author', 'Editor')
    .filter(filter)
    .top(rows)<T[]>()
    .catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
}

/** A working copy of a form in the private drafts list (not an act: it never counts for anything). */
export interface DraftRow {
  Id: number;
  DraftKey?: string;
  EvalYear?: number;
  PeriodId?: number;
  EmployeeLogin: string;
  UnitCode?: string;
  Payload?: string;
  Created: string;
  Modified?: string;
}

const DRAFT_FIELDS = ['Id', 'DraftKey', 'EvalYear', 'PeriodId', 'EmployeeLogin', 'UnitCode', 'Payload', 'Created', 'Modified'];

/**
 * The reader's own working copy under a key, inside a screen's batch. The drafts list shows each
 * person only the items they created (ReadSecurity 2), so someone else's item under the same key is
 * never seen, let alone taken for theirs. A site without the list yet (schema 2) has no drafts.
 */
export function draftRowsVisible(b: SPFI, draftKey: string): Promise<DraftRow[]> {
  return b.web.lists
    .getByTitle(LISTS.drafts.title)
    .items.select(...DRAFT_FIELDS)
    .filter(`DraftKey eq ${odataString(draftKey)}`)
    .orderBy('ID', true)
    .top(5)<DraftRow[]>()
    .catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
}

/** Writes the acting user's drafts: added at the list's root (private by the list's settings), updated with their ETag. */
export function draftRepository(sp: SPFI): ListRepository<DraftRow> {
  return new ListRepository<DraftRow>({
    sp,
    listTitle: LISTS.drafts.title,
    indexedColumns: ['DraftKey', 'EvalYear'],
    idempotencyKeyColumn: 'DraftKey',
    select: DRAFT_FIELDS,
    map: (raw: RawItem) => raw as unknown as DraftRow
  });
}
