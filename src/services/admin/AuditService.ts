import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { actsThatDoNotCount, periodsChangedOutsideTheJournal, type OutsideChange, type PeriodChangeFacts } from '../../domain/admin/audit';
import type { RecordedAct } from '../../domain/org/acts';
import type { ActStep } from '../../domain/org/authority';
import { normalizeLogin } from '../../domain/org/orgModel';
import type { PeriodReviewFacts, PeriodSubmissionFacts } from '../../domain/workflow/periodWorkflow';
import type { YearActFacts } from '../../domain/workflow/yearWorkflow';
import type { UnitHistoryEntry } from '../contracts';
import type { OrgDirectoryService } from '../graph/OrgDirectoryService';
import { loginFromClaims } from '../sharepoint/actsReader';
import { isNotFound } from '../sharepoint/odata';
import { LISTS } from '../sharepoint/schema';
import { ACT_FIELDS, parseJson, PERIOD_FIELDS, reviewOf, submissionOf, toAct, toPeriod, type ActRow } from '../sharepoint/SharePointEvaluationService';
import type { AdminJournal } from './AdminJournal';
import type { AuditedActView, AuditReport, IAuditService } from './contracts';

/** Pages as large as SharePoint allows: a 2,000-person year is a few pages per list, read on HR's request. */
const PAGE = 5000;

interface ConfigRow {
  Id: number;
  Title?: string;
  Created?: string;
  Modified?: string;
  Author?: { Name?: string };
  Editor?: { Name?: string; Title?: string };
}

type PeriodRowWithEditor = Parameters<typeof toPeriod>[0] & { Created?: string; Editor?: { Name?: string; Title?: string } };

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && isFinite(value) ? value : undefined;
}

/** What the year's workflow reads of a self-evaluation, minutes, decision or complaint. */
function yearFactsOf(row: ActRow): YearActFacts {
  const p = parseJson(row.Payload);
  return {
    submitted: p.submitted === true,
    approved: p.approved === true,
    published: p.published === true,
    corrects: numberOrUndefined(p.corrects),
    supersedes: numberOrUndefined(p.supersedes),
    answersComplaint: numberOrUndefined(p.answersComplaint),
    outcome: p.outcome === 'UPHELD' || p.outcome === 'REJECTED' ? p.outcome : undefined
  };
}

/**
 * HR's audit: the administration's journal, the acts that do not count (with why), configuration items
 * changed outside the administration's screens, and the units list's flagged rows. HR reads every act
 * (provisioning grants it); anyone else reading here gets SharePoint's refusal.
 */
export class AuditService implements IAuditService {
  public constructor(
    private readonly sp: SPFI,
    private readonly orgDirectory: OrgDirectoryService,
    private readonly journal: AdminJournal,
    private readonly unitHistory: () => Promise<UnitHistoryEntry[]>
  ) {}

  public async getAudit(year: number): Promise<AuditReport> {
    // The units' history first: it reads the whole directory (Graph pages of 999), the longest read.
    const history = await this.unitHistory();
    const [journal, periods, settings, products] = await Promise.all([
      this.journal.read(),
      this.all<PeriodRowWithEditor>(LISTS.periods.title, `EvalYear eq ${year}`, [...PERIOD_FIELDS, 'Created', 'Editor/Name', 'Editor/Title'], ['Editor']),
      this.configRows(LISTS.settings.title),
      this.configRows(LISTS.productTypes.title)
    ]);
    const lastJournalAt: { [periodId: number]: string } = {};
    journal
      .filter((e) => e.subject === 'PERIOD')
      .forEach((e) => {
        const id = Number(e.subjectKey);
        if (!lastJournalAt[id] || lastJournalAt[id] < e.at) lastJournalAt[id] = e.at;
      });
    const facts: PeriodChangeFacts[] = periods.map((row) => ({
      periodId: row.Id,
      period: { kind: row.PeriodKind, year: row.EvalYear, index: typeof row.PeriodIndex === 'number' ? row.PeriodIndex : undefined },
      modified: row.Modified || '',
      editorLogin: loginFromClaims((row.Editor && row.Editor.Name) || ''),
      lastJournalAt: lastJournalAt[row.Id]
    }));
    const created: { [id: number]: string } = {};
    periods.forEach((row) => (created[row.Id] = row.Created || ''));
    const editorName: { [id: number]: string } = {};
    periods.forEach((row) => (editorName[row.Id] = (row.Editor && row.Editor.Title) || ''));
    const outside: OutsideChange[] = periodsChangedOutsideTheJournal(facts, created).map((p): OutsideChange => ({
      list: LISTS.periods.title,
      itemId: p.periodId,
      title: '',
      period: p.period,
      changedAt: p.modified,
      changedBy: editorName[p.periodId] || p.editorLogin,
      why: 'PERIOD_NOT_JOURNALLED'
    }));
    // Settings and the catalogue are dated histories: a row is added, never edited. An edit is a site owner's (HR cannot).
    [...settings.map((r) => ({ r, list: LISTS.settings.title })), ...products.map((r) => ({ r, list: LISTS.productTypes.title }))]
      .filter(({ r }) => editedInPlace(r))
      .forEach(({ r, list }) =>
        outside.push({
          period: undefined, list, itemId: r.Id, title: r.Title || '', changedAt: r.Modified || '', changedBy: (r.Editor && r.Editor.Title) || loginFromClaims((r.Editor && r.Editor.Name) || ''), why: 'ROW_EDITED' })
      );
    return {
      year,
      journal: journal.filter((e) => e.year === undefined || e.year === year),
      outsideChanges: outside,
      unitRows: history.filter((h) => !h.counted || h.notes.length > 0)
    };
  }

  public async getActsThatDoNotCount(year: number): Promise<AuditedActView[]> {
    const yearFilter = `EvalYear eq ${year}`;
    const [{ org }, periodRows, submissions, reviews, selfEvaluations, minutes, decisions, complaints] = await Promise.all([
      this.orgDirectory.getOrg(),
      this.all<PeriodRowWithEditor>(LISTS.periods.title, yearFilter, PERIOD_FIELDS, []),
      this.acts(LISTS.periodScores.title, year, ['PeriodId', 'Step', 'ReviewerLogin', 'EmployeeName']),
      this.acts(LISTS.reviews.title, year, ['PeriodId']),
      this.acts(LISTS.selfEvaluations.title, year, []),
      this.acts(LISTS.meetings.title, year, [], false),
      this.acts(LISTS.decisions.title, year, ['Rating']),
      this.acts(LISTS.complaints.title, year, [])
    ]);
    const periods = periodRows.map(toPeriod);
    const yearAct = (row: ActRow, step: ActStep): RecordedAct<YearActFacts> => toAct(row, step, yearFactsOf);
    const audited = actsThatDoNotCount(org, periods, {
      submissions: submissions.map((r) => toAct(r, 'SELF_ASSESSMENT', submissionOf) as RecordedAct<PeriodSubmissionFacts>),
      reviews: reviews.map((r) => toAct(r, 'PERIOD_REVIEW', reviewOf) as RecordedAct<PeriodReviewFacts>),
      yearActs: [
        ...selfEvaluations.map((r) => yearAct(r, 'SELF_ASSESSMENT')),
        ...minutes.map((r) => ({ ...yearAct(r, 'MEETING_MINUTES'), subjectLogin: '', unitCode: r.UnitCode })),
        ...decisions.map((r) => yearAct(r, 'DECISION')),
        ...complaints.map((r) => yearAct(r, parseJson(r.Payload).kind === 'ANSWER' ? 'COMPLAINT_ANSWER' : 'COMPLAINT'))
      ]
    });
    const nameOf = (login: string): string => {
      const person = org.people[normalizeLogin(login)];
      return person ? person.displayName : login;
    };
    return audited.map((a) => ({
      id: a.act.id,
      step: a.act.step,
      check: a.check,
      subjectName: a.act.subjectLogin ? nameOf(a.act.subjectLogin) : a.act.unitCode || '',
      authorName: nameOf(a.act.authorLogin),
      at: a.act.createdAt,
      reason: a.reason
    }));
  }

  /** A list of acts' items of a year; a list HR cannot see yet (no folder) has none. */
  private acts(listTitle: string, year: number, extra: string[], hasEmployee: boolean = true): Promise<ActRow[]> {
    // The minutes list has no EmployeeLogin: a meeting is about a unit.
    const fields = (hasEmployee ? ACT_FIELDS : ACT_FIELDS.filter((f) => f !== 'EmployeeLogin')).concat(extra);
    return this.all<ActRow>(listTitle, `EvalYear eq ${year}`, fields, ['Author', 'Editor']);
  }

  private async all<T>(listTitle: string, filter: string, select: readonly string[], expand: readonly string[]): Promise<T[]> {
    const rows: T[] = [];
    try {
      let items = this.sp.web.lists.getByTitle(listTitle).items.select(...select).filter(filter).top(PAGE);
      if (expand.length) items = items.expand(...expand);
      for await (const page of items) rows.push(...(page as T[]));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    return rows;
  }

  private async configRows(listTitle: string): Promise<ConfigRow[]> {
    const rows: ConfigRow[] = [];
    try {
      for await (const page of this.sp.web.lists
        .getByTitle(listTitle)
        .items.select('Id', 'Title', 'Created', 'Modified', 'Author/Name', 'Editor/Name', 'Editor/Title')
        .expand('Author', 'Editor')
        .top(PAGE)) {
        rows.push(...(page as ConfigRow[]));
      }
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    return rows;
  }
}

/** A row of a dated history changed after it was added: by someone else, or later than its creation. */
function editedInPlace(row: ConfigRow): boolean {
  const author = loginFromClaims((row.Author && row.Author.Name) || '');
  const editor = loginFromClaims((row.Editor && row.Editor.Name) || '');
  if (editor && author && editor !== author) return true;
  const created = Date.parse(row.Created || '');
  const modified = Date.parse(row.Modified || '');
  return !isNaN(created) && !isNaN(modified) && modified - created > 5000;
}
