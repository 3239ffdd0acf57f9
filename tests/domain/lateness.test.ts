import { deadlineReached, latePeople, OwnPartAct } from '../../src/domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../src/domain/evaluation/model';
import type { RecordedAct } from '../../src/domain/org/acts';
import { isTrackedCivilServant, trackedStaff } from '../../src/domain/org/trackedStaff';
import { sampleOrg } from '../support/sampleOrg';

/** November 2026: due on 5 December (the sample's setting), stored as SharePoint stores a date, midnight UTC. */
const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00Z' };
const year2026: EvaluationPeriod = { id: 13, kind: 'YEAR', year: 2026, status: 'OPEN', deadline: '2026-12-15T00:00:00Z' };
const afterDeadline = new Date('2026-12-06T09:00:00+07:00');

let nextId = 1;
function act(subject: string, payload: OwnPartAct, author: string = subject, editor?: string): RecordedAct<OwnPartAct> {
  nextId++;
  return { id: nextId, step: 'SELF_ASSESSMENT', subjectLogin: subject, authorLogin: author, editorLogin: editor, createdAt: `2026-12-0${(nextId % 5) + 1}T02:00:00Z`, payload };
}

const everyoneTracked = ['chuyen.vien', 'cuc.truong', 'di.san.1', 'di.san.2', 'nhan.su', 'thu.ky', 'truong.phong', 'vu.pho', 'vu.truong'];

describe('who is tracked: the civil servants below the ministry’s leadership (ND 90/2020 Điều 16, 17)', () => {
  it('leaves out the Bộ trưởng (a cán bộ, evaluated under other rules) and keeps every công chức with a manager and an evaluator', () => {
    expect(trackedStaff(sampleOrg)).toEqual(everyoneTracked);
    expect(isTrackedCivilServant(sampleOrg, 'bo.truong')).toBe(false);
  });

  it('leaves out someone whose manager the directory does not know, and someone not in the org at all', () => {
    const org = { ...sampleOrg, people: { ...sampleOrg.people, 'moi.den': { login: 'moi.den', displayName: 'Mới đến', unitCode: 'CDSVH_QLDS', managerLogin: 'ai.do' } } };
    expect(isTrackedCivilServant(org, 'moi.den')).toBe(false);
    expect(isTrackedCivilServant(org, 'khong.co')).toBe(false);
  });
});

describe('the deadline is a day in Hà Nội (UTC+7)', () => {
  it('has not come the evening before, has come from the first minute of the day', () => {
    expect(deadlineReached(november.deadline, new Date('2026-12-04T23:59:00+07:00'))).toBe(false);
    // 00:30 on 5 December in Hà Nội is still 4 December in UTC
    expect(deadlineReached(november.deadline, new Date('2026-12-04T17:30:00Z'))).toBe(true);
    expect(deadlineReached(november.deadline, afterDeadline)).toBe(true);
  });

  it('a period without a deadline (or with an unreadable one) never makes anyone late', () => {
    expect(deadlineReached(undefined, afterDeadline)).toBe(false);
    expect(deadlineReached('not a date', afterDeadline)).toBe(false);
    expect(latePeople(sampleOrg, { ...november, deadline: undefined }, [], afterDeadline)).toEqual([]);
  });
});

describe('who is late for a month (NĐ 335/2025: results tracked and submitted each month)', () => {
  it('before the deadline’s day nobody is late, even with nothing submitted', () => {
    expect(latePeople(sampleOrg, november, [], new Date('2026-12-04T10:00:00+07:00'))).toEqual([]);
  });

  it('after it, everyone tracked without a submission of their own for this month', () => {
    const acts = [
      act('di.san.1', { periodId: 11, submitted: true }),
      act('vu.pho', { periodId: 11, submitted: true }),
      act('di.san.2', { periodId: 11, submitted: false }), // a draft settles nothing
      act('chuyen.vien', { periodId: 10, submitted: true }) // last month's
    ];
    const late = latePeople(sampleOrg, november, acts, afterDeadline).map((p) => p.login);
    expect(late.sort()).toEqual(everyoneTracked.filter((l) => l !== 'di.san.1' && l !== 'vu.pho'));
    expect(late).toContain('di.san.2');
    expect(late).toContain('chuyen.vien');
  });

  it('a submission written by someone else, or changed afterwards by someone else, does not count (only the person’s own act)', () => {
    const acts = [act('di.san.1', { periodId: 11, submitted: true }, 'truong.phong'), act('di.san.2', { periodId: 11, submitted: true }, 'di.san.2', 'quan.tri')];
    const late = latePeople(sampleOrg, november, acts, afterDeadline).map((p) => p.login);
    expect(late).toEqual(expect.arrayContaining(['di.san.1', 'di.san.2']));
  });

  it('lists people by unit, then by name', () => {
    const late = latePeople(sampleOrg, november, [], afterDeadline);
    expect(late.map((p) => p.unitCode)).toEqual(['CDSVH', 'CDSVH_QLDS', 'CDSVH_QLDS', 'CDSVH_QLDS', 'VKHTC', 'VKHTC', 'VKHTC', 'VKHTC', 'VKHTC']);
    expect(late.filter((p) => p.unitCode === 'CDSVH_QLDS').map((p) => p.login)).toEqual(['di.san.1', 'di.san.2', 'truong.phong']);
  });
});

describe('who is late for the year (NĐ 90/2020 Điều 18 step 1: the self-evaluation; Điều 20: before 15 December)', () => {
  it('everyone tracked without a submitted self-evaluation; a draft or a month’s submission does not count', () => {
    const acts = [
      act('di.san.1', { submitted: true }),
      act('di.san.2', { submitted: false }),
      act('chuyen.vien', { periodId: 11, submitted: true })
    ];
    const late = latePeople(sampleOrg, year2026, acts, new Date('2026-12-15T08:00:00+07:00')).map((p) => p.login);
    expect(late).not.toContain('di.san.1');
    expect(late).toEqual(expect.arrayContaining(['di.san.2', 'chuyen.vien']));
    expect(late).toHaveLength(everyoneTracked.length - 1);
  });
});
