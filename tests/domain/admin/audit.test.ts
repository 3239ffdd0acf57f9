import { actsThatDoNotCount, periodsChangedOutsideTheJournal, type PeriodChangeFacts } from '../../../src/domain/admin/audit';
import type { EvaluationPeriod } from '../../../src/domain/evaluation/model';
import type { RecordedAct } from '../../../src/domain/org/acts';
import type { OrgModel } from '../../../src/domain/org/orgModel';
import { personalFolderName } from '../../../src/domain/org/readScopes';
import type { PeriodReviewFacts, PeriodSubmissionFacts } from '../../../src/domain/workflow/periodWorkflow';
import type { YearActFacts } from '../../../src/domain/workflow/yearWorkflow';

const an = 'an@bo.vn';
const minh = 'minh@bo.vn';
const binh = 'binh@bo.vn';
const ha = 'ha@bo.vn';

const org: OrgModel = {
  units: {
    BO: { code: 'BO', name: 'Bộ', level: 'MINISTRY', deputyLogins: [], taskGroups: [] },
    CUC: { code: 'CUC', name: 'Cục Di sản văn hóa', level: 'AGENCY', parentCode: 'BO', headLogin: ha, deputyLogins: [], taskGroups: [] },
    P1: { code: 'P1', name: 'Phòng Quản lý di tích', level: 'DIVISION', parentCode: 'CUC', headLogin: minh, deputyLogins: [], taskGroups: [] }
  },
  people: {
    [an]: { login: an, displayName: 'Nguyễn Văn An', unitCode: 'P1', managerLogin: minh },
    [binh]: { login: binh, displayName: 'Lê Văn Bình', unitCode: 'P1', managerLogin: minh },
    [minh]: { login: minh, displayName: 'Vũ Đức Minh', unitCode: 'P1', managerLogin: ha },
    [ha]: { login: ha, displayName: 'Đặng Thu Hà', unitCode: 'CUC' }
  },
  hrLogins: []
} as unknown as OrgModel;

const october: EvaluationPeriod = { id: 10, kind: 'MONTH', year: 2026, index: 10, status: 'LOCKED', lockedAt: '2026-11-06T10:00:00Z' };

function act<T>(id: number, step: RecordedAct<T>['step'], subject: string, author: string, createdAt: string, payload: T): RecordedAct<T> {
  return { id, step, subjectLogin: subject, authorLogin: author, createdAt, folder: personalFolderName(subject), payload };
}

describe('the audit lists every act that does not count, with why, by the screens’ own rules', () => {
  it('a review by someone who is not the direct manager, a report after the lock, a decision after publication', () => {
    const submissions: Array<RecordedAct<PeriodSubmissionFacts>> = [
      act(1, 'SELF_ASSESSMENT', an, an, '2026-11-03T08:00:00Z', { periodId: 10, step: 'SUBMITTED' }),
      // After the lock (NĐ 335/2025: the period's report is made within the period; the lock closes the person's part).
      act(2, 'SELF_ASSESSMENT', binh, binh, '2026-11-07T08:00:00Z', { periodId: 10, step: 'SUBMITTED' })
    ];
    const reviews: Array<RecordedAct<PeriodReviewFacts>> = [
      // A colleague scoring a colleague: only the direct manager scores a period.
      { ...act(3, 'PERIOD_REVIEW', an, binh, '2026-11-04T08:00:00Z', { periodId: 10, outcome: 'APPROVED' as const }), folder: undefined }
    ];
    const yearActs: Array<RecordedAct<YearActFacts>> = [
      { ...act(4, 'DECISION', minh, ha, '2026-12-01T08:00:00Z', { published: true }), folder: undefined },
      // A second decision after publication, naming nothing: NĐ 90/2020 Điều 21 makes the published result known; only a complaint reopens it.
      { ...act(5, 'DECISION', minh, ha, '2026-12-02T08:00:00Z', { published: false }), folder: undefined }
    ];
    const audited = actsThatDoNotCount(org, [october], { submissions, reviews, yearActs });
    expect(audited.map((a) => [a.act.id, a.check])).toEqual([
      [5, 'YEAR_WORKFLOW'],
      [2, 'PERIOD_WORKFLOW'],
      [3, 'AUTHORITY']
    ]);
    expect(audited.every((a) => a.reason.length > 10)).toBe(true);
  });

  it('counts nothing twice and lists nothing when every act counts', () => {
    const submissions = [act(1, 'SELF_ASSESSMENT', an, an, '2026-11-03T08:00:00Z', { periodId: 10, step: 'SUBMITTED' as const })];
    const reviews = [{ ...act(2, 'PERIOD_REVIEW', an, minh, '2026-11-04T08:00:00Z', { periodId: 10, outcome: 'APPROVED' as const }), folder: undefined }];
    expect(actsThatDoNotCount(org, [october], { submissions, reviews, yearActs: [] })).toEqual([]);
  });
});

describe('periods changed outside the administration', () => {
  const created = { 1: '2026-01-01T00:00:00Z', 2: '2026-01-01T00:00:00Z', 3: '2026-01-01T00:00:00Z' };
  const facts = (periodId: number, modified: string, lastJournalAt?: string): PeriodChangeFacts => ({
    periodId,
    period: { kind: 'MONTH' as const, year: 2026, index: periodId },
    modified,
    editorLogin: 'mai@bo.vn',
    lastJournalAt
  });

  it('flags a period modified after its last journal entry, or changed with no entry at all', () => {
    const flagged = periodsChangedOutsideTheJournal(
      [
        // Journalled: the entry follows the change.
        facts(1, '2026-11-06T10:00:00Z', '2026-11-06T10:00:01Z'),
        // Edited in the list a day after the last entry.
        facts(2, '2026-11-07T10:00:00Z', '2026-11-06T10:00:01Z'),
        // Never journalled, changed after its creation.
        facts(3, '2026-03-01T00:00:00Z')
      ],
      created
    );
    expect(flagged.map((f) => f.periodId)).toEqual([2, 3]);
  });

  it('does not flag a period only created, nor one created after its journal entries (a site set up from history)', () => {
    expect(periodsChangedOutsideTheJournal([facts(1, '2026-01-01T00:00:00Z')], created)).toEqual([]);
    expect(periodsChangedOutsideTheJournal([facts(1, '2026-12-06T09:00:00Z', '2026-02-01T00:00:00Z')], { 1: '2026-12-06T09:00:00Z' })).toEqual([]);
  });
});
