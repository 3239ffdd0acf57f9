import { screenActs, latestAct, RecordedAct } from '../../../src/domain/org/acts';
import { competentEvaluatorOf, mayAct, mayRead } from '../../../src/domain/org/authority';
import { readScopesForYear } from '../../../src/domain/org/readScopes';
import { sampleOrg as org } from '../../support/sampleOrg';

describe('người có thẩm quyền đánh giá (NĐ 90/2020 Điều 16)', () => {
  it('the head of the agency-level unit evaluates its civil servants, also those of its divisions', () => {
    expect(competentEvaluatorOf(org, 'chuyen.vien')).toBe('vu.truong');
    expect(competentEvaluatorOf(org, 'di.san.1')).toBe('cuc.truong');
    expect(competentEvaluatorOf(org, 'truong.phong')).toBe('cuc.truong');
  });

  it('the head of the agency evaluates its deputies', () => {
    expect(competentEvaluatorOf(org, 'vu.pho')).toBe('vu.truong');
  });

  it('the head of a unit is evaluated by the head of the unit directly above (the Bộ trưởng for a Vụ or Cục)', () => {
    expect(competentEvaluatorOf(org, 'vu.truong')).toBe('bo.truong');
    expect(competentEvaluatorOf(org, 'cuc.truong')).toBe('bo.truong');
  });
});

describe('who may record which act', () => {
  it('only the civil servant self-assesses and complains about their own result', () => {
    expect(mayAct(org, 'chuyen.vien', 'SELF_ASSESSMENT', 'chuyen.vien').allowed).toBe(true);
    expect(mayAct(org, 'vu.pho', 'SELF_ASSESSMENT', 'chuyen.vien').allowed).toBe(false);
    expect(mayAct(org, 'vu.truong', 'COMPLAINT', 'chuyen.vien').allowed).toBe(false);
  });

  it('only the direct manager in the directory scores a period, never the person themself', () => {
    expect(mayAct(org, 'vu.pho', 'PERIOD_REVIEW', 'chuyen.vien').allowed).toBe(true);
    expect(mayAct(org, 'vu.truong', 'PERIOD_REVIEW', 'chuyen.vien').allowed).toBe(false);
    expect(mayAct(org, 'chuyen.vien', 'PERIOD_REVIEW', 'chuyen.vien').allowed).toBe(false);
  });

  it('the minutes are recorded by the head, a deputy or the secretary of the unit where the person works (Điều 18)', () => {
    expect(mayAct(org, 'thu.ky', 'MEETING_MINUTES', 'chuyen.vien').allowed).toBe(true);
    expect(mayAct(org, 'vu.pho', 'MEETING_MINUTES', 'chuyen.vien').allowed).toBe(true);
    expect(mayAct(org, 'truong.phong', 'MEETING_MINUTES', 'di.san.2').allowed).toBe(true);
    expect(mayAct(org, 'thu.ky', 'MEETING_MINUTES', 'di.san.2').allowed).toBe(false);
  });

  it('deciding, publishing and answering a complaint belong to the competent evaluator alone', () => {
    for (const step of ['DECISION', 'PUBLICATION', 'COMPLAINT_ANSWER'] as const) {
      expect(mayAct(org, 'vu.truong', step, 'chuyen.vien').allowed).toBe(true);
      expect(mayAct(org, 'vu.pho', step, 'chuyen.vien').allowed).toBe(false);
      expect(mayAct(org, 'nhan.su', step, 'chuyen.vien').allowed).toBe(false);
      expect(mayAct(org, 'vu.truong', step, 'vu.truong').allowed).toBe(false);
      expect(mayAct(org, 'bo.truong', step, 'vu.truong').allowed).toBe(true);
    }
  });

  it('says why in Vietnamese when an act is not allowed', () => {
    expect(mayAct(org, 'vu.pho', 'DECISION', 'chuyen.vien').reason).toMatch(/người có thẩm quyền đánh giá/);
    expect(mayAct(org, 'ai.do', 'DECISION', 'chuyen.vien').reason).toMatch(/Không tìm thấy ai\.do/);
  });
});

describe('who may read an evaluation', () => {
  it('the person, the colleagues of their unit (Điều 18, 21), their managers up the chain, the leaders of their units and HR; nobody of another unit', () => {
    expect(mayRead(org, 'di.san.1', 'di.san.1')).toBe(true);
    expect(mayRead(org, 'di.san.2', 'di.san.1')).toBe(true);
    expect(mayRead(org, 'truong.phong', 'di.san.1')).toBe(true);
    expect(mayRead(org, 'cuc.truong', 'di.san.1')).toBe(true);
    expect(mayRead(org, 'bo.truong', 'di.san.1')).toBe(true);
    expect(mayRead(org, 'nhan.su', 'di.san.1')).toBe(true);
    expect(mayRead(org, 'vu.truong', 'di.san.1')).toBe(false);
    expect(mayRead(org, 'chuyen.vien', 'di.san.1')).toBe(false);
    expect(mayRead(org, 'cuc.truong', 'chuyen.vien')).toBe(false);
  });
});

describe('acts screened by their author’s right', () => {
  const act = (id: number, step: RecordedAct['step'], subjectLogin: string, authorLogin: string, createdAt: string): RecordedAct<{ rating: string }> => ({
    id,
    step,
    subjectLogin,
    authorLogin,
    createdAt,
    payload: { rating: id === 2 ? 'HTXSNV' : 'HTTNV' }
  });

  it('a decision forged by someone without the right is ignored and reported; the real one stands', () => {
    const screened = screenActs(org, [
      act(1, 'DECISION', 'chuyen.vien', 'vu.truong', '2026-12-10T08:00:00Z'),
      act(2, 'DECISION', 'chuyen.vien', 'chuyen.vien', '2026-12-11T08:00:00Z')
    ]);
    expect(latestAct(screened, 'DECISION', 'chuyen.vien')?.payload.rating).toBe('HTTNV');
    expect(screened.ignored.map((i) => i.act.id)).toEqual([2]);
    expect(screened.ignored[0].reason).toMatch(/người có thẩm quyền/);
  });

  it('a later decision by the competent evaluator supersedes the earlier one, which stays in the history', () => {
    const screened = screenActs(org, [
      act(3, 'DECISION', 'chuyen.vien', 'vu.truong', '2026-12-12T08:00:00Z'),
      act(1, 'DECISION', 'chuyen.vien', 'vu.truong', '2026-12-10T08:00:00Z')
    ]);
    expect(latestAct(screened, 'DECISION', 'chuyen.vien')?.id).toBe(3);
    expect(screened.effective.map((a) => a.id)).toEqual([1, 3]);
  });
});

describe('read scopes: one folder and one group per unit and year', () => {
  const scopes = readScopesForYear(org, 2026);
  const scope = (code: string): string[] => scopes.find((s) => s.unitCode === code)?.readerLogins || [];

  it('a division is read by its people and the leaders of the division, its agency and the ministry', () => {
    expect(scope('CDSVH_QLDS')).toEqual(['bo.truong', 'cuc.truong', 'di.san.1', 'di.san.2', 'truong.phong']);
  });

  it('a folder’s readers are exactly those mayRead entitles, HR aside (HR reads the whole list)', () => {
    expect(scope('CDSVH_QLDS')).not.toContain('vu.truong');
    const everyone = Object.keys(org.people).filter((login) => org.hrLogins.indexOf(login) < 0);
    for (const s of scopes) {
      const subjects = Object.keys(org.people).filter((p) => org.people[p].unitCode === s.unitCode);
      for (const subject of subjects) {
        const entitled = everyone.filter((login) => mayRead(org, login, subject));
        expect({ subject, readers: s.readerLogins.filter((l) => org.hrLogins.indexOf(l) < 0) }).toEqual({ subject, readers: entitled.sort() });
      }
    }
  });

  it('names folders and groups by unit and year', () => {
    expect(scopes.find((s) => s.unitCode === 'VKHTC')).toMatchObject({ folderName: 'VKHTC-2026', groupName: 'DGCC VKHTC-2026' });
  });
});

describe('delegated evaluation of a unit head (law.md 1.2: "or as delegated in the Bộ\'s Quy chế")', () => {
  it('the units list can name the Thứ trưởng in charge as the evaluator of a Cục trưởng; nobody else decides', () => {
    const delegated = { ...org, units: { ...org.units, CDSVH: { ...org.units.CDSVH, evaluatorLogin: 'thu.truong' } }, people: { ...org.people, 'thu.truong': { login: 'thu.truong', displayName: 'thu.truong', unitCode: 'BO', managerLogin: 'bo.truong' } } };
    expect(competentEvaluatorOf(delegated, 'cuc.truong')).toBe('thu.truong');
    expect(mayAct(delegated, 'thu.truong', 'DECISION', 'cuc.truong').allowed).toBe(true);
    expect(mayAct(delegated, 'bo.truong', 'DECISION', 'cuc.truong').allowed).toBe(false);
    // The Cục's own people are still evaluated by the Cục trưởng.
    expect(competentEvaluatorOf(delegated, 'di.san.1')).toBe('cuc.truong');
  });
});

describe('acts about a whole unit: the meeting’s minutes (NĐ 90/2020 Điều 18)', () => {
  const minutes = (id: number, authorLogin: string, unitCode: string): RecordedAct => ({
    id,
    step: 'MEETING_MINUTES',
    subjectLogin: '',
    unitCode,
    authorLogin,
    createdAt: `2025-12-0${id}T08:00:00Z`,
    payload: {}
  });

  it('count when the head, a deputy or the secretary of the unit (or of its agency) records them; not otherwise', () => {
    const screened = screenActs(org, [
      minutes(1, 'thu.ky', 'VKHTC'),
      minutes(2, 'truong.phong', 'CDSVH_QLDS'),
      minutes(3, 'cuc.truong', 'CDSVH_QLDS'),
      minutes(4, 'di.san.1', 'CDSVH_QLDS'),
      minutes(5, 'thu.ky', 'CDSVH_QLDS')
    ]);
    expect(screened.effective.map((a) => a.id)).toEqual([1, 2, 3]);
    expect(screened.ignored.map((i) => i.act.id)).toEqual([4, 5]);
  });
});

describe('logins compared without case (the directory may write "Vu.Truong", a claim "vu.truong")', () => {
  it('an act whose author differs from the directory only in case still counts, and authority checks ignore case', () => {
    const screened = screenActs(org, [
      { id: 9, step: 'DECISION', subjectLogin: 'Chuyen.Vien', authorLogin: 'VU.TRUONG', createdAt: '2026-12-10T08:00:00Z', payload: {} }
    ]);
    expect(screened.effective.map((a) => a.id)).toEqual([9]);
    expect(mayAct(org, 'Vu.Pho', 'PERIOD_REVIEW', 'CHUYEN.VIEN').allowed).toBe(true);
    expect(competentEvaluatorOf(org, 'Di.San.1')).toBe('cuc.truong');
  });
});

describe('an act changed by someone else after its author recorded it', () => {
  it('does not count, even when its author had the right (a site owner can edit any item and leave the Author)', () => {
    const screened = screenActs(org, [
      { id: 1, step: 'DECISION', subjectLogin: 'chuyen.vien', authorLogin: 'vu.truong', editorLogin: 'quantri', createdAt: '2026-12-10T08:00:00Z', payload: {} },
      { id: 2, step: 'DECISION', subjectLogin: 'chuyen.vien', authorLogin: 'vu.truong', editorLogin: 'Vu.Truong', createdAt: '2026-12-11T08:00:00Z', payload: {} }
    ]);
    expect(screened.effective.map((a) => a.id)).toEqual([2]);
    expect(screened.ignored[0].reason).toMatch(/đã bị quantri sửa sau khi vu\.truong ghi/);
  });
});
