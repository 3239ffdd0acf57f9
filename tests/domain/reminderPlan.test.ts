import type { OwnPartAct } from '../../src/domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../src/domain/evaluation/model';
import { daysUntil, periodAudience, planReminders, ReminderChoice, ReminderFacts } from '../../src/domain/evaluation/reminderPlan';
import type { RecordedAct } from '../../src/domain/org/acts';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { sampleOrg } from '../support/sampleOrg';

/** November 2026: due on 5 December, stored as SharePoint stores a date (midnight UTC). */
const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00Z' };
const year2026: EvaluationPeriod = { id: 13, kind: 'YEAR', year: 2026, status: 'OPEN', deadline: '2026-12-15T00:00:00Z' };
const hanoi = (day: string): Date => new Date(`${day}T09:00:00+07:00`);

let nextId = 1;
/** A submission of the person's own part: of a month (its period id), or the year's self-evaluation. */
function submitted(subject: string, part: number | 'YEAR' = 11, author: string = subject): RecordedAct<OwnPartAct> {
  nextId++;
  const payload: OwnPartAct = part === 'YEAR' ? { submitted: true } : { periodId: part, submitted: true };
  return { id: nextId, step: 'SELF_ASSESSMENT', subjectLogin: subject, authorLogin: author, createdAt: '2026-12-01T02:00:00Z', payload };
}

function facts(today: Date, acts: Array<RecordedAct<OwnPartAct>> = [], more: Partial<ReminderFacts> = {}): ReminderFacts {
  return { org: sampleOrg, period: november, acts, today, ...more };
}

const after: ReminderChoice = { audience: { kind: 'ALL' }, timing: { kind: 'AFTER' }, copyToManagers: false };
const before = (days: number): ReminderChoice => ({ audience: { kind: 'ALL' }, timing: { kind: 'BEFORE', days }, copyToManagers: false });
const logins = (plan: ReturnType<typeof planReminders>): string[] => plan.recipients.map((r) => r.login).sort();

/** Every tracked civil servant of the sample: the Bộ trưởng is a cán bộ, not reminded (NĐ 90/2020 Điều 17). */
const TRACKED = ['chuyen.vien', 'cuc.truong', 'di.san.1', 'di.san.2', 'nhan.su', 'thu.ky', 'truong.phong', 'vu.pho', 'vu.truong'];

describe('days to a deadline are counted in Hà Nội calendar days', () => {
  it('is 0 on the deadline’s day, 1 the day before (even late in the evening), negative after', () => {
    expect(daysUntil(november.deadline, hanoi('2026-12-05'))).toBe(0);
    expect(daysUntil(november.deadline, new Date('2026-12-04T23:30:00+07:00'))).toBe(1);
    // 00:30 on 5 December in Hà Nội is still 4 December in UTC: the day has come
    expect(daysUntil(november.deadline, new Date('2026-12-04T17:30:00Z'))).toBe(0);
    expect(daysUntil(november.deadline, hanoi('2026-12-08'))).toBe(-3);
    expect(daysUntil(undefined, hanoi('2026-12-08'))).toBeUndefined();
    expect(daysUntil('hôm qua', hanoi('2026-12-08'))).toBeUndefined();
  });
});

describe('after the deadline: those late (NĐ 335/2025: each month’s results submitted by its deadline)', () => {
  it('reminds every tracked civil servant without their own submission, once the deadline’s day has come', () => {
    const plan = planReminders(facts(hanoi('2026-12-07'), [submitted('di.san.1'), submitted('vu.pho')]), after);
    expect(logins(plan)).toEqual(TRACKED.filter((l) => l !== 'di.san.1' && l !== 'vu.pho'));
    expect(plan.recipients.every((r) => r.deadline === november.deadline && r.daysLeft === -2)).toBe(true);
    expect(plan.managerCopies).toEqual([]);
  });

  it('reminds nobody before the deadline’s day', () => {
    expect(planReminders(facts(hanoi('2026-12-04')), after).recipients).toEqual([]);
  });

  it('a submission someone else recorded for the person settles nothing; last month’s neither', () => {
    const plan = planReminders(facts(hanoi('2026-12-07'), [submitted('di.san.1', 11, 'truong.phong'), submitted('di.san.2', 10)]), after);
    expect(logins(plan)).toContain('di.san.1');
    expect(logins(plan)).toContain('di.san.2');
  });

  it('for the year, the self-evaluation settles it (NĐ 90/2020 Điều 18 khoản 1)', () => {
    const plan = planReminders(facts(hanoi('2026-12-16'), [submitted('di.san.1', 'YEAR'), submitted('di.san.2', 11)], { period: year2026 }), after);
    expect(logins(plan)).not.toContain('di.san.1');
    expect(logins(plan)).toContain('di.san.2'); // a month's submission is not the year's self-evaluation
  });
});

describe('before the deadline: those who have not submitted, the deadline coming', () => {
  it('reaches those whose deadline is at most the days chosen away, its day included', () => {
    expect(logins(planReminders(facts(hanoi('2026-12-02'), [submitted('thu.ky')]), before(3)))).toEqual(TRACKED.filter((l) => l !== 'thu.ky'));
    expect(planReminders(facts(hanoi('2026-12-01')), before(3)).recipients).toEqual([]);
    expect(planReminders(facts(hanoi('2026-12-05')), before(0)).recipients.map((r) => r.daysLeft)).toEqual(TRACKED.map(() => 0));
  });

  it('leaves out those already late: a "before" reminder does not tell someone late that the deadline is coming', () => {
    expect(planReminders(facts(hanoi('2026-12-06')), before(3)).recipients).toEqual([]);
  });
});

describe('each person’s own deadline: an extension for their unit or them', () => {
  // Phòng Quản lý di sản has until 10 December.
  const extended = (login: string): string | undefined => (sampleOrg.people[login].unitCode === 'CDSVH_QLDS' ? '2026-12-10T00:00:00Z' : undefined);

  it('is not late while their extension runs, and is reminded before it instead', () => {
    const today = hanoi('2026-12-07');
    const late = planReminders(facts(today, [], { deadlineOf: extended }), after);
    expect(logins(late)).toEqual(['chuyen.vien', 'cuc.truong', 'nhan.su', 'thu.ky', 'vu.pho', 'vu.truong']);
    const soon = planReminders(facts(today, [], { deadlineOf: extended }), before(3));
    // Listed by unit, then name.
    expect(soon.recipients).toEqual([
      { login: 'di.san.1', deadline: '2026-12-10T00:00:00Z', daysLeft: 3 },
      { login: 'di.san.2', deadline: '2026-12-10T00:00:00Z', daysLeft: 3 },
      { login: 'truong.phong', deadline: '2026-12-10T00:00:00Z', daysLeft: 3 }
    ]);
  });
});

describe('whom: a unit, with or without its sub-units', () => {
  const today = hanoi('2026-12-07');
  it('a Cục with its Phòng reaches everyone in both who has not submitted', () => {
    const plan = planReminders(facts(today, [submitted('di.san.2')]), { ...after, audience: { kind: 'UNIT', unitCode: 'CDSVH', withSubUnits: true } });
    expect(logins(plan)).toEqual(['cuc.truong', 'di.san.1', 'truong.phong']);
  });

  it('a Cục without its sub-units reaches only those placed in the Cục itself', () => {
    const plan = planReminders(facts(today), { ...after, audience: { kind: 'UNIT', unitCode: 'CDSVH', withSubUnits: false } });
    expect(logins(plan)).toEqual(['cuc.truong']);
  });

  it('a unit nobody is in reaches nobody', () => {
    expect(planReminders(facts(today), { ...after, audience: { kind: 'UNIT', unitCode: 'KHONG_CO', withSubUnits: true } }).recipients).toEqual([]);
  });
});

describe('whom: chosen people', () => {
  it('reaches those chosen who are due, and says why the others are left out', () => {
    const choice: ReminderChoice = { ...after, audience: { kind: 'PEOPLE', logins: ['DI.SAN.1', 'di.san.2', 'bo.truong', 'khong.ai'] } };
    const plan = planReminders(facts(hanoi('2026-12-07'), [submitted('di.san.2')]), choice);
    expect(logins(plan)).toEqual(['di.san.1']);
    expect(plan.skipped).toEqual([
      { login: 'di.san.2', reason: 'SUBMITTED' },
      { login: 'bo.truong', reason: 'NOT_IN_PERIOD' },
      { login: 'khong.ai', reason: 'NOT_IN_PERIOD' }
    ]);
  });

  it('says who is not due yet, or already late, for the timing chosen', () => {
    const people: ReminderChoice['audience'] = { kind: 'PEOPLE', logins: ['di.san.1'] };
    expect(planReminders(facts(hanoi('2026-12-01')), { ...after, audience: people }).skipped).toEqual([{ login: 'di.san.1', reason: 'NOT_DUE' }]);
    expect(planReminders(facts(hanoi('2026-12-07')), { ...before(3), audience: people }).skipped).toEqual([{ login: 'di.san.1', reason: 'ALREADY_LATE' }]);
  });
});

describe('a copy to the direct manager', () => {
  const today = hanoi('2026-12-07');
  it('goes once to each manager, listing all their people reminded', () => {
    const plan = planReminders(facts(today, [submitted('thu.ky')]), { ...after, copyToManagers: true });
    const copies = plan.managerCopies.map((c) => [c.managerLogin, c.about.slice().sort()]).sort();
    expect(copies).toEqual([
      ['bo.truong', ['cuc.truong', 'vu.truong']],
      ['cuc.truong', ['truong.phong']],
      ['truong.phong', ['di.san.1', 'di.san.2']],
      ['vu.pho', ['chuyen.vien']],
      ['vu.truong', ['nhan.su', 'vu.pho']]
    ]);
  });

  it('goes to nobody when not asked for, and not to a manager the organisation does not know', () => {
    expect(planReminders(facts(today), after).managerCopies).toEqual([]);
    const org: OrgModel = { ...sampleOrg, people: { ...sampleOrg.people, 'di.san.1': { ...sampleOrg.people['di.san.1'], managerLogin: 'da.nghi.huu' } } };
    // di.san.1's manager is gone: they are no longer tracked (no direct manager), so not reminded nor copied.
    const plan = planReminders(facts(today, [], { org }), { ...after, audience: { kind: 'UNIT', unitCode: 'CDSVH_QLDS', withSubUnits: true }, copyToManagers: true });
    expect(logins(plan)).toEqual(['di.san.2', 'truong.phong']);
    expect(plan.managerCopies.map((c) => c.managerLogin).sort()).toEqual(['cuc.truong', 'truong.phong']);
  });
});

describe('whom the period applies to', () => {
  it('only those it applies to (a unit on quarters is not reminded of a month)', () => {
    const monthly = (login: string): boolean => sampleOrg.people[login].unitCode !== 'VKHTC';
    expect(periodAudience({ org: sampleOrg, appliesTo: monthly })).toEqual(['cuc.truong', 'di.san.1', 'di.san.2', 'truong.phong']);
    const plan = planReminders(facts(hanoi('2026-12-07'), [], { appliesTo: monthly }), { ...after, audience: { kind: 'PEOPLE', logins: ['vu.pho'] } });
    expect(plan.recipients).toEqual([]);
    expect(plan.skipped).toEqual([{ login: 'vu.pho', reason: 'NOT_IN_PERIOD' }]);
  });
});
