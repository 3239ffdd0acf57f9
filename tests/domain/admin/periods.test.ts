import {
  closePeriod,
  deadlineFor,
  deadlineInOrg,
  isPlanned,
  kindsNeeded,
  lockPeriod,
  openPeriod,
  periodProgress,
  periodsForPerson,
  planYear,
  readDeadlineOverrides,
  reopenPeriod,
  setDeadline,
  unitPeriodKind,
  type PeriodStateChange
} from '../../../src/domain/admin/periods';
import { derivePeriodResult, type PeriodActs } from '../../../src/domain/evaluation/derivePeriodResult';
import { latePeople } from '../../../src/domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../../src/domain/evaluation/model';
import type { RecordedAct } from '../../../src/domain/org/acts';
import type { OrgModel } from '../../../src/domain/org/orgModel';
import { periodActsThatCount, type PeriodSubmissionFacts } from '../../../src/domain/workflow/periodWorkflow';
import { sampleOrg } from '../../support/sampleOrg';

const december2026 = new Date('2026-12-06T03:00:00Z');

describe('planning a year (NĐ 335/2025 from 2026: monthly or quarterly as the unit’s rules say; NĐ 90/2020 Điều 20: the year)', () => {
  it('2027 for monthly units only: the twelve months and the year, each due on the given day of the month after', () => {
    const plan = planYear(2027, { unitKinds: [undefined, 'MONTH'], ministryKind: 'MONTH', existing: [], today: december2026 });
    expect(plan.map((p) => `${p.kind}${p.index || ''}`)).toEqual([...Array.from({ length: 12 }, (_, i) => `MONTH${i + 1}`), 'YEAR']);
    expect(plan.find((p) => p.index === 3)!.deadline).toBe('2027-04-05T00:00:00.000Z');
    // December's part is due in January of the next year.
    expect(plan.find((p) => p.index === 12)!.deadline).toBe('2028-01-05T00:00:00.000Z');
    // The year's evaluation is done before 15 December (NĐ 90/2020 Điều 20).
    expect(plan.find((p) => p.kind === 'YEAR')!.deadline).toBe('2027-12-15T00:00:00.000Z');
    // Planned ahead in December 2026: nothing of 2027 is open yet.
    expect(plan.every((p) => p.status === 'LOCKED')).toBe(true);
  });

  it('a quarterly unit beside monthly ones: both the months and the quarters; the day is a parameter', () => {
    const plan = planYear(2027, { unitKinds: ['QUARTER', undefined], ministryKind: 'MONTH', existing: [], today: december2026, submissionDay: 10 });
    expect(plan.filter((p) => p.kind === 'QUARTER').map((p) => p.deadline)).toEqual([
      '2027-04-10T00:00:00.000Z',
      '2027-07-10T00:00:00.000Z',
      '2027-10-10T00:00:00.000Z',
      '2028-01-10T00:00:00.000Z'
    ]);
    expect(plan.filter((p) => p.kind === 'MONTH')).toHaveLength(12);
    expect(() => planYear(2027, { unitKinds: [], ministryKind: 'MONTH', existing: [], today: december2026, submissionDay: 31 })).toThrow(RangeError);
  });

  it('the ministry’s setting decides for units without their own kind; no months if every unit is quarterly', () => {
    expect(kindsNeeded(2027, [undefined, undefined], 'QUARTER')).toEqual(['QUARTER']);
    expect(kindsNeeded(2027, ['QUARTER'], 'MONTH')).toEqual(['QUARTER']);
    expect(kindsNeeded(2027, [], 'MONTH')).toEqual(['MONTH']);
  });

  it('up to 2025 (NĐ 90/2020 + 48/2023) only the year, whatever the units say', () => {
    const plan = planYear(2025, { unitKinds: ['QUARTER', 'MONTH'], ministryKind: 'MONTH', existing: [], today: december2026 });
    expect(plan.map((p) => p.kind)).toEqual(['YEAR']);
    expect(plan[0].status).toBe('OPEN');
  });

  it('is idempotent: a period already there is not created again, and begun periods are created open', () => {
    const existing: EvaluationPeriod[] = [
      { id: 1, kind: 'MONTH', year: 2026, index: 1, status: 'CLOSED' },
      { id: 2, kind: 'YEAR', year: 2026, status: 'OPEN' }
    ];
    const first = planYear(2026, { unitKinds: [], ministryKind: 'MONTH', existing, today: december2026 });
    expect(first.map((p) => p.index)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(first.every((p) => p.status === 'OPEN')).toBe(true);
    const all = existing.concat(first.map((p, i) => ({ ...p, id: 10 + i })));
    expect(planYear(2026, { unitKinds: [], ministryKind: 'MONTH', existing: all, today: december2026 })).toEqual([]);
  });
});

describe('a period’s states: open → locked (the civil servant’s part ends) → closed (the manager’s part ends)', () => {
  const now = new Date('2026-12-06T09:00:00Z');
  const planned: EvaluationPeriod = { id: 1, kind: 'MONTH', year: 2027, index: 1, status: 'LOCKED' };
  const open: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00Z' };

  it('opens a planned period without a reason; a period that was locked reopens only with one', () => {
    expect(isPlanned(planned)).toBe(true);
    expect(openPeriod(planned)).toEqual({ ok: true, value: { status: 'OPEN' } });
    const locked = { ...open, status: 'LOCKED' as const, lockedAt: '2026-12-05T17:00:00Z' };
    expect(openPeriod(locked)).toEqual({ ok: false, problem: 'NOT_PLANNED' });
    expect(reopenPeriod(locked, 'OPEN', '  ', now)).toEqual({ ok: false, problem: 'REASON_REQUIRED' });
    expect(reopenPeriod(locked, 'OPEN', 'Sự cố mạng ngày 5/12', now)).toEqual({ ok: true, value: { status: 'OPEN', lockedAt: '', closedAt: '' } });
    expect(reopenPeriod(open, 'OPEN', 'lý do', now)).toEqual({ ok: false, problem: 'ALREADY_OPEN' });
    expect(reopenPeriod(planned, 'OPEN', 'lý do', now)).toEqual({ ok: false, problem: 'NOT_REOPENABLE' });
  });

  it('locks and closes in order, recording when', () => {
    expect(lockPeriod(open, now)).toEqual({ ok: true, value: { status: 'LOCKED', lockedAt: now.toISOString() } });
    expect(closePeriod(open, now)).toEqual({ ok: false, problem: 'NOT_LOCKED' });
    expect(closePeriod(planned, now)).toEqual({ ok: false, problem: 'NOT_LOCKED' });
    const locked = { ...open, status: 'LOCKED' as const, lockedAt: '2026-12-05T17:00:00Z' };
    expect(lockPeriod(locked, now)).toEqual({ ok: false, problem: 'NOT_OPEN' });
    expect(closePeriod(locked, now)).toEqual({ ok: true, value: { status: 'CLOSED', closedAt: now.toISOString() } });
    expect(closePeriod({ ...locked, status: 'CLOSED' }, now)).toEqual({ ok: false, problem: 'ALREADY_CLOSED' });
  });

  it('a closed period reopens for the managers (back to locked, the lock kept) or for everyone', () => {
    const closed: EvaluationPeriod = { ...open, status: 'CLOSED', lockedAt: '2026-12-05T17:00:00Z', closedAt: '2026-12-06T01:00:00Z' };
    expect(reopenPeriod(closed, 'LOCKED', 'Chấm bổ sung', now)).toEqual({ ok: true, value: { status: 'LOCKED', lockedAt: '2026-12-05T17:00:00Z', closedAt: '' } });
    // Closed before lock times were recorded: it gets one, so it is not taken for a planned period.
    const legacy: EvaluationPeriod = { ...open, status: 'CLOSED', changedAt: '2026-12-01T00:00:00Z' };
    const back = reopenPeriod(legacy, 'LOCKED', 'Chấm bổ sung', now);
    expect(back.ok && isPlanned({ ...legacy, ...back.value, lockedAt: back.value.lockedAt || undefined, closedAt: undefined })).toBe(false);
  });
});

describe('reopening and the workflow (periodWorkflow counts acts before the lock and the close)', () => {
  const PERSON = 'an@vhttdl.local';
  const submission = (id: number, at: string): RecordedAct<PeriodSubmissionFacts> => ({
    id,
    step: 'SELF_ASSESSMENT',
    subjectLogin: PERSON,
    authorLogin: PERSON,
    createdAt: at,
    payload: { periodId: 11, step: 'SUBMITTED' }
  });
  const apply = (period: EvaluationPeriod, change: PeriodStateChange): EvaluationPeriod => ({
    ...period,
    status: change.status,
    lockedAt: change.lockedAt === undefined ? period.lockedAt : change.lockedAt || undefined,
    closedAt: change.closedAt === undefined ? period.closedAt : change.closedAt || undefined
  });

  it('a report made after HR reopens a locked month counts; one after the new lock does not', () => {
    const locked: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'LOCKED', lockedAt: '2026-12-05T17:00:00Z', changedAt: '2026-12-05T17:00:00Z' };
    const afterReopen = submission(1, '2026-12-07T02:00:00Z');
    expect(periodActsThatCount(locked, [afterReopen]).counted).toEqual([]);
    const reopened = reopenPeriod(locked, 'OPEN', 'Sự cố mạng', new Date('2026-12-07T01:00:00Z'));
    if (!reopened.ok) throw new Error(reopened.problem);
    const open = apply(locked, reopened.value);
    expect(periodActsThatCount(open, [afterReopen]).counted.map((a) => a.id)).toEqual([1]);
    const relocked = lockPeriod(open, new Date('2026-12-08T10:00:00Z'));
    if (!relocked.ok) throw new Error(relocked.problem);
    const lockedAgain = apply(open, relocked.value);
    const tooLate = submission(2, '2026-12-08T11:00:00Z');
    const result = periodActsThatCount(lockedAgain, [afterReopen, tooLate]);
    expect(result.counted.map((a) => a.id)).toEqual([1]);
    expect(result.ignored.map((i) => i.act.id)).toEqual([2]);
    expect(derivePeriodResult(lockedAgain, [afterReopen] as unknown as PeriodActs)).toMatchObject({ step: 'SUBMITTED' });
  });
});

describe('deadlines for the ministry, a unit or a person, with a reason', () => {
  const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00.000Z' };

  it('sets the ministry’s deadline; extends for a unit or a person into the overrides, replacing an older one', () => {
    expect(setDeadline(november, { kind: 'MINISTRY' }, '2026-12-08', 'Nghỉ lễ')).toEqual({ ok: true, value: { deadline: '2026-12-08T00:00:00.000Z' } });
    const unit = setDeadline(november, { kind: 'UNIT', unitCode: 'CDSVH' }, '2026-12-10T00:00:00Z', 'Cục đi công tác');
    expect(unit).toEqual({ ok: true, value: { deadlineOverrides: [{ unitCode: 'CDSVH', deadline: '2026-12-10T00:00:00.000Z' }] } });
    const withUnit = { ...november, deadlineOverrides: [{ unitCode: 'CDSVH', deadline: '2026-12-10T00:00:00.000Z' }, { login: 'di.san.1', deadline: '2026-12-09T00:00:00.000Z' }] };
    const again = setDeadline(withUnit, { kind: 'UNIT', unitCode: 'CDSVH' }, '2026-12-12T00:00:00Z', 'Gia hạn thêm');
    expect(again.ok && again.value.deadlineOverrides).toEqual([
      { login: 'di.san.1', deadline: '2026-12-09T00:00:00.000Z' },
      { unitCode: 'CDSVH', deadline: '2026-12-12T00:00:00.000Z' }
    ]);
  });

  it('refuses without a reason, a date, a unit or person, an “extension” not later than the deadline, and a closed period', () => {
    expect(setDeadline(november, { kind: 'MINISTRY' }, '2026-12-08', '')).toEqual({ ok: false, problem: 'REASON_REQUIRED' });
    expect(setDeadline(november, { kind: 'MINISTRY' }, 'không phải ngày', 'lý do')).toEqual({ ok: false, problem: 'DEADLINE_INVALID' });
    expect(setDeadline(november, { kind: 'UNIT', unitCode: '' }, '2026-12-08', 'lý do')).toEqual({ ok: false, problem: 'SCOPE_REQUIRED' });
    expect(setDeadline(november, { kind: 'PERSON', login: 'di.san.1' }, '2026-12-05T10:00:00Z', 'lý do')).toEqual({ ok: false, problem: 'DEADLINE_NOT_LATER' });
    expect(setDeadline({ ...november, status: 'CLOSED' }, { kind: 'MINISTRY' }, '2026-12-08', 'lý do')).toEqual({ ok: false, problem: 'ALREADY_CLOSED' });
  });

  it('the deadline that applies: the latest of the period’s, the person’s own and their unit’s or a unit above’s', () => {
    const period = {
      ...november,
      deadlineOverrides: [
        { unitCode: 'CDSVH', deadline: '2026-12-10T00:00:00.000Z' },
        { login: 'di.san.1', deadline: '2026-12-15T00:00:00.000Z' },
        { login: 'di.san.2', deadline: '2026-12-07T00:00:00.000Z' }
      ]
    };
    expect(deadlineInOrg(sampleOrg, period, 'di.san.1')).toBe('2026-12-15T00:00:00.000Z');
    // A Cục's extension covers its phòng; an older, shorter personal one does not shorten it.
    expect(deadlineInOrg(sampleOrg, period, 'di.san.2')).toBe('2026-12-10T00:00:00.000Z');
    expect(deadlineInOrg(sampleOrg, period, 'chuyen.vien')).toBe('2026-12-05T00:00:00.000Z');
    expect(deadlineFor({ ...period, deadline: '2026-12-20T00:00:00.000Z' }, 'di.san.1', ['CDSVH_QLDS', 'CDSVH'])).toBe('2026-12-20T00:00:00.000Z');
  });

  it('reads the overrides column, leaving out what is malformed', () => {
    expect(readDeadlineOverrides('[{"unitCode":"A","deadline":"2026-12-10"},{"login":"x","deadline":"nope"},{"deadline":"2026-12-10"},3]')).toEqual([
      { unitCode: 'A', deadline: '2026-12-10' }
    ]);
    expect(readDeadlineOverrides('{')).toEqual([]);
    expect(readDeadlineOverrides(undefined)).toEqual([]);
  });
});

describe('who a period concerns: the unit’s kind (DGCC_Units.PeriodKind, else the unit above’s, else the ministry’s)', () => {
  const org: OrgModel = { ...sampleOrg, units: { ...sampleOrg.units, CDSVH: { ...sampleOrg.units.CDSVH, periodKind: 'QUARTER' } } };
  const months: EvaluationPeriod[] = [
    { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00.000Z' },
    { id: 12, kind: 'MONTH', year: 2026, index: 12, status: 'LOCKED' },
    { id: 24, kind: 'QUARTER', year: 2026, index: 4, status: 'OPEN', deadline: '2027-01-05T00:00:00.000Z' },
    { id: 99, kind: 'YEAR', year: 2026, status: 'OPEN', deadline: '2026-12-15T00:00:00.000Z' }
  ];

  it('a phòng under a quarterly Cục is quarterly; a Vụ without a kind follows the ministry', () => {
    expect(unitPeriodKind(org, 'CDSVH_QLDS', 'MONTH')).toBe('QUARTER');
    expect(unitPeriodKind(org, 'VKHTC', 'MONTH')).toBe('MONTH');
    expect(unitPeriodKind(org, 'VKHTC', 'QUARTER')).toBe('QUARTER');
  });

  it('a person of a quarterly unit sees the quarters and the year, not the months; periods planned ahead are not shown before they begin', () => {
    const early = new Date('2026-11-20T00:00:00Z');
    expect(periodsForPerson(months, 'QUARTER', 'di.san.1', ['CDSVH_QLDS', 'CDSVH'], early).map((p) => p.id)).toEqual([24, 99]);
    expect(periodsForPerson(months, 'MONTH', 'chuyen.vien', ['VKHTC'], early).map((p) => p.id)).toEqual([11, 99]);
    // Once December has begun, a locked December is shown (locked), planned or not.
    expect(periodsForPerson(months, 'MONTH', 'chuyen.vien', ['VKHTC'], december2026).map((p) => p.id)).toEqual([11, 12, 99]);
  });

  it('the reminders’ late list: quarterly people are not late for a month; an extended unit is not late', () => {
    const today = new Date('2026-12-06T09:00:00+07:00');
    const lateMonthly = latePeople(org, months[0], [], today).map((p) => p.login);
    expect(lateMonthly).toEqual(['chuyen.vien', 'nhan.su', 'thu.ky', 'vu.pho', 'vu.truong']);
    const extended = { ...months[0], deadlineOverrides: [{ unitCode: 'VKHTC', deadline: '2026-12-09T00:00:00.000Z' }] };
    expect(latePeople(org, extended, [], today)).toEqual([]);
    // With the ministry quarterly, nobody is concerned by a month.
    expect(latePeople(sampleOrg, months[0], [], today, 'QUARTER')).toEqual([]);
  });

  it('progress counts the people the period concerns, submitted, scored and late by their own deadline', () => {
    const people = [
      { login: 'a', unitCodes: ['U1'], kind: 'MONTH' as const },
      { login: 'b', unitCodes: ['U1'], kind: 'MONTH' as const },
      { login: 'c', unitCodes: ['U2'], kind: 'MONTH' as const },
      { login: 'q', unitCodes: ['U3'], kind: 'QUARTER' as const }
    ];
    const period = { ...months[0], deadlineOverrides: [{ unitCode: 'U2', deadline: '2026-12-20T00:00:00.000Z' }] };
    const progress = periodProgress(period, people, (l) => l === 'a', (l) => l === 'a', new Date('2026-12-06T09:00:00+07:00'));
    expect(progress).toEqual({ periodId: 11, people: 3, submitted: 1, scored: 1, late: 1 });
  });
});
