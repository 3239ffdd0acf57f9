import {
  dashboardRows,
  dashboardUnits,
  defaultPeriod,
  type DashboardInput,
  type DashboardReviewFacts,
  type DashboardYearFacts,
  type UnitActs
} from '../../src/domain/evaluation/dashboardProgress';
import type { EvaluationPeriod, UnitDashboardRow } from '../../src/domain/evaluation/model';
import type { RecordedAct } from '../../src/domain/org/acts';
import type { OrgModel } from '../../src/domain/org/orgModel';
import type { PeriodSubmissionFacts } from '../../src/domain/workflow/periodWorkflow';
import { sampleOrg } from '../support/sampleOrg';

// Phòng Quản lý di sản (CDSVH_QLDS): truong.phong heads it and manages di.san.1 and di.san.2; the
// Cục trưởng (cuc.truong) decides their ratings; nhan.su is HR.
const PHONG = 'CDSVH_QLDS';
/** October 2026, due on 5 November (stored as SharePoint stores a date). */
const october: EvaluationPeriod = { id: 10, kind: 'MONTH', year: 2026, index: 10, status: 'OPEN', deadline: '2026-11-05T00:00:00Z' };
const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00Z' };
const afterOctober = new Date('2026-11-20T09:00:00+07:00');

let nextId = 100;
const at = (minute: number): string => `2026-11-01T01:${String(minute).padStart(2, '0')}:00Z`;
function act<T>(step: RecordedAct['step'], subject: string, author: string, payload: T, minute: number, extra: Partial<RecordedAct<T>> = {}): RecordedAct<T> {
  nextId++;
  return { id: nextId, step, subjectLogin: subject, authorLogin: author, createdAt: at(minute), payload, ...extra };
}
const submitted = (subject: string, minute: number, author = subject, extra: Partial<PeriodSubmissionFacts> = {}): RecordedAct<PeriodSubmissionFacts> =>
  act('SELF_ASSESSMENT', subject, author, { periodId: october.id, step: 'SUBMITTED' as const, ...extra }, minute);
const review = (subject: string, author: string, facts: Omit<DashboardReviewFacts, 'periodId'>, minute: number): RecordedAct<DashboardReviewFacts> =>
  act('PERIOD_REVIEW', subject, author, { periodId: october.id, ...facts }, minute);
const selfEvaluation = (subject: string, minute: number, author = subject): RecordedAct<DashboardYearFacts> => act('SELF_ASSESSMENT', subject, author, { submitted: true }, minute);
const decision = (subject: string, author: string, facts: DashboardYearFacts, minute: number): RecordedAct<DashboardYearFacts> => act('DECISION', subject, author, facts, minute);

function acts(partial: Partial<UnitActs> = {}, unitCode = PHONG): UnitActs {
  return { unitCode, submissions: [], reviews: [], selfEvaluations: [], minutes: [], decisions: [], ...partial };
}

function rowOf(partial: Partial<UnitActs>, options: Partial<DashboardInput> = {}): UnitDashboardRow {
  const rows = dashboardRows({ org: sampleOrg, readerLogin: 'nhan.su', period: october, ministryKind: 'MONTH', today: afterOctober, units: [acts(partial)], ...options });
  return rows[0];
}

describe('the year’s self-evaluation step (issue 13: «Đã tự đánh giá» counted any monthly report)', () => {
  it('counts only the yearly self-evaluation (NĐ 90/2020 Điều 18 step 1; NĐ 335/2025 Điều 17), not a month submitted', () => {
    const row = rowOf({ submissions: [submitted('di.san.1', 1), submitted('di.san.2', 2)], selfEvaluations: [selfEvaluation('di.san.2', 3)] });
    expect(row.period && row.period.submitted).toBe(2);
    expect(row.year.selfEvaluated).toBe(1);
    const people = row.people || [];
    expect(people.filter((p) => p.year.selfEvaluated).map((p) => p.login)).toEqual(['di.san.2']);
  });

  it('a self-evaluation written after the unit’s approved minutes does not count (the year’s workflow)', () => {
    const minutes = act<DashboardYearFacts>('MEETING_MINUTES', '', 'truong.phong', { approved: true, named: ['di.san.1', 'di.san.2'] }, 5, { unitCode: PHONG, folder: undefined });
    const row = rowOf({ minutes: [minutes], selfEvaluations: [selfEvaluation('di.san.1', 1), selfEvaluation('di.san.2', 9)] });
    expect(row.year.minutesApproved).toBe(true);
    expect(row.year.inMinutes).toBe(2);
    expect(row.year.selfEvaluated).toBe(1);
    expect(row.ignoredActs).toBe(1);
  });
});

describe('an act by someone without the right to it counts for nothing (README, Data and security)', () => {
  it('a colleague’s “review” of a month leaves it waiting; a decision by the head of phòng decides nothing', () => {
    const row = rowOf({
      submissions: [submitted('di.san.1', 1)],
      // di.san.2 is not di.san.1's direct manager; truong.phong is not the competent evaluator (the Cục trưởng is).
      reviews: [review('di.san.1', 'di.san.2', { outcome: 'APPROVED', score: 95 }, 2)],
      decisions: [decision('di.san.1', 'truong.phong', { rating: 'HTXSNV', published: true }, 3)]
    });
    expect(row.period).toMatchObject({ submitted: 1, approved: 0, scores: [] });
    expect(row.year.decided).toBe(0);
    expect(row.ratings).toEqual({});
    expect(row.published).toEqual([]);
    expect(row.ignoredActs).toBe(2);
  });

  it('the same acts by those entitled count: the direct manager’s score, the Cục trưởng’s published decision', () => {
    const row = rowOf({
      submissions: [submitted('di.san.1', 1)],
      reviews: [review('di.san.1', 'truong.phong', { outcome: 'APPROVED', score: 88 }, 2)],
      decisions: [decision('di.san.1', 'cuc.truong', { rating: 'HTTNV', published: true }, 3)]
    });
    expect(row.period).toMatchObject({ submitted: 1, approved: 1, scores: [88] });
    expect(row.year).toMatchObject({ decided: 1, published: 1 });
    expect(row.ratings).toEqual({ HTTNV: 1 });
    expect(row.published).toEqual([{ login: 'di.san.1', displayName: 'di.san.1', rating: 'HTTNV' }]);
    expect(row.ignoredActs).toBe(0);
  });

  it('a submission someone else wrote for a person settles nothing: they stay late', () => {
    const row = rowOf({ submissions: [submitted('di.san.1', 1, 'truong.phong')] });
    expect(row.period).toMatchObject({ submitted: 0, late: 3 });
  });
});

describe('a returned report (NĐ 335/2025 Điều 7: the manager returns it with a reason)', () => {
  it('is returned and not submitted until submitted again; then it waits for the manager again', () => {
    const returned = review('di.san.1', 'truong.phong', { outcome: 'RETURNED' }, 2);
    const before = rowOf({ submissions: [submitted('di.san.1', 1)], reviews: [returned] });
    // Returned is not late (they submitted in time); the other two, with nothing, are.
    expect(before.period).toMatchObject({ applies: 3, submitted: 0, returned: 1, approved: 0, late: 2 });
    expect((before.people || []).find((p) => p.login === 'di.san.1')).toMatchObject({ period: { status: 'RETURNED', late: false } });
    const after = rowOf({ submissions: [submitted('di.san.1', 1), submitted('di.san.1', 3, 'di.san.1', { afterReviewId: returned.id })], reviews: [returned] });
    expect(after.period).toMatchObject({ submitted: 1, returned: 0 });
  });
});

describe('who a period applies to (NĐ 335/2025: monthly or quarterly units)', () => {
  it('a quarterly unit in a month: nobody the month applies to, nobody late, no period per person', () => {
    const org: OrgModel = { ...sampleOrg, units: { ...sampleOrg.units, [PHONG]: { ...sampleOrg.units[PHONG], periodKind: 'QUARTER' } } };
    const row = rowOf({}, { org });
    expect(row.period).toMatchObject({ applies: 0, submitted: 0, late: 0 });
    expect((row.people || []).every((p) => p.period === undefined)).toBe(true);
    // The same unit in the ministry's monthly rhythm: its three people.
    expect(rowOf({}).period).toMatchObject({ applies: 3, late: 3 });
  });
});

describe('late: the deadline that applies to the person has come and they have not submitted (lateness.ts)', () => {
  it('nobody before the deadline’s day; after it, everyone without a submission, except under an extension', () => {
    expect(rowOf({}, { today: new Date('2026-11-04T09:00:00+07:00') }).period).toMatchObject({ late: 0 });
    const extended: EvaluationPeriod = { ...october, deadlineOverrides: [{ login: 'di.san.2', deadline: '2026-11-30T00:00:00Z' }] };
    const row = rowOf({ submissions: [submitted('di.san.1', 1)] }, { period: extended });
    expect(row.period).toMatchObject({ applies: 3, submitted: 1, late: 1 });
    expect((row.people || []).filter((p) => p.period && p.period.late).map((p) => p.login)).toEqual(['truong.phong']);
  });
});

describe('people are shown only to those who may read every one of them (NĐ 90/2020 Điều 18, 21)', () => {
  it('a plain member sees the unit’s figures and published results, never each colleague', () => {
    const forMember = rowOf({ decisions: [decision('di.san.1', 'cuc.truong', { rating: 'HTTNV', published: true }, 3)] }, { readerLogin: 'di.san.2' });
    expect(forMember.people).toBeUndefined();
    expect(forMember.readerIsMember).toBe(true);
    expect(forMember.period).toMatchObject({ applies: 3 });
    expect(forMember.published).toEqual([{ login: 'di.san.1', displayName: 'di.san.1', rating: 'HTTNV' }]);
  });

  it('HR, the head of the phòng and the Cục trưởng see each person', () => {
    ['nhan.su', 'truong.phong', 'cuc.truong'].forEach((reader) => {
      const row = rowOf({}, { readerLogin: reader });
      expect((row.people || []).map((p) => p.login)).toEqual(['di.san.1', 'di.san.2', 'truong.phong']);
    });
    expect(rowOf({}, { readerLogin: 'nhan.su' }).readerIsHr).toBe(true);
    expect(rowOf({}, { readerLogin: 'cuc.truong' }).readerActsOnYear).toBe(true);
    expect(rowOf({}, { readerLogin: 'di.san.2' }).readerActsOnYear).toBe(false);
  });

  it('the units shown: HR every unit with people, a Cục trưởng their Cục’s, a civil servant their own', () => {
    expect(dashboardUnits(sampleOrg, 'nhan.su').map((u) => u.code)).toEqual(['BO', 'CDSVH', 'CDSVH_QLDS', 'VKHTC']);
    expect(dashboardUnits(sampleOrg, 'cuc.truong').map((u) => u.code)).toEqual(['CDSVH', 'CDSVH_QLDS']);
    expect(dashboardUnits(sampleOrg, 'di.san.2').map((u) => u.code)).toEqual(['CDSVH_QLDS']);
  });

  it('a row names the unit above when it is shown too (the tree)', () => {
    const rows = dashboardRows({ org: sampleOrg, readerLogin: 'cuc.truong', period: october, ministryKind: 'MONTH', today: afterOctober, units: [acts({}, 'CDSVH'), acts({}, PHONG)] });
    expect(rows.map((r) => [r.unitCode, r.parentCode, r.shortName, r.unitName])).toEqual([
      ['CDSVH', undefined, 'Cục Di sản văn hóa', 'Cục Di sản văn hóa'],
      [PHONG, 'CDSVH', 'Phòng Quản lý di sản', 'Cục Di sản văn hóa › Phòng Quản lý di sản']
    ]);
    const alone = dashboardRows({ org: sampleOrg, readerLogin: 'truong.phong', period: october, ministryKind: 'MONTH', today: afterOctober, units: [acts({}, PHONG)] });
    expect(alone[0].parentCode).toBeUndefined();
  });
});

describe('the period shown by default (issue 13)', () => {
  const q4: EvaluationPeriod = { id: 20, kind: 'QUARTER', year: 2026, index: 4, status: 'OPEN', deadline: '2027-01-05T00:00:00Z' };
  it('is the latest month or quarter whose deadline has come, else the first', () => {
    expect(defaultPeriod([november, october, q4], afterOctober, 'MONTH')).toBe(october);
    expect(defaultPeriod([november, october, q4], new Date('2026-12-06T09:00:00+07:00'), 'MONTH')).toBe(november);
    expect(defaultPeriod([november, october, q4], new Date('2026-10-01T09:00:00+07:00'), 'MONTH')).toBe(october);
    expect(defaultPeriod([], afterOctober, 'MONTH')).toBeUndefined();
  });
});
