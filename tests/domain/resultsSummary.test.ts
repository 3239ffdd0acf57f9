import type { EvaluationPeriod } from '../../src/domain/evaluation/model';
import {
  agencyResults,
  historyPeriods,
  historyYears,
  mayReadHistory,
  standingDecisions,
  tallyRatings,
  type DecisionFacts,
  type ReviewFacts,
  type StandingDecision
} from '../../src/domain/evaluation/resultsSummary';
import type { RecordedAct } from '../../src/domain/org/acts';
import { WHOLE_AGENCY } from '../../src/domain/rating/quota';
import type { RatingOutcome } from '../../src/domain/rating/ratingCodes';
import { DEFAULT_SETTINGS } from '../../src/domain/rating/settings';
import { sampleOrg } from '../support/sampleOrg';

/** People of one agency in two groups, each with the decision that stands (or none). */
function agency(groups: { [group: string]: Array<RatingOutcome | undefined> }): {
  people: Array<{ login: string; displayName: string; taskGroup: string }>;
  decisions: { [login: string]: StandingDecision };
} {
  const people: Array<{ login: string; displayName: string; taskGroup: string }> = [];
  const decisions: { [login: string]: StandingDecision } = {};
  Object.keys(groups).forEach((group, g) =>
    groups[group].forEach((rating, i) => {
      const login = `p${g}.${i}`;
      people.push({ login, displayName: `Người ${g}.${i}`, taskGroup: group });
      if (rating) decisions[login] = { login, rating, published: true };
    })
  );
  return { people, decisions };
}

const times = (n: number, rating: RatingOutcome): RatingOutcome[] => Array.from({ length: n }, () => rating);

describe('results: the HTXSNV quota per group and per agency (NĐ 335/2025; law.md 3.7: at most 20 % of those rated HTTNV, per agency and per group of similar tasks)', () => {
  it('counts used and allowed per group and for the whole agency, rounding down: 9 HTTNV allow 1 (20 % × 9 = 1.8), 10 allow 2', () => {
    const { people, decisions } = agency({
      'Phòng A': [...times(9, 'HTTNV'), ...times(2, 'HTXSNV'), 'HTNV'],
      'Phòng B': [...times(10, 'HTTNV'), 'HTXSNV']
    });
    const result = agencyResults({ people, decisions });
    const [a, b, whole] = result.scopes;
    expect(a).toMatchObject({ scope: 'Phòng A', wholeAgency: false, rated: 12, used: 2, base: 9, plainAllowed: 1, allowed: 1, excess: 1, violated: true });
    expect(b).toMatchObject({ scope: 'Phòng B', rated: 11, used: 1, base: 10, allowed: 2, violated: false });
    // The agency: 19 HTTNV → 3 allowed; 3 used.
    expect(whole).toMatchObject({ scope: WHOLE_AGENCY, wholeAgency: true, rated: 23, used: 3, base: 19, allowed: 3, violated: false });
    expect(result.staff).toBe(23);
    expect(result.ratings).toEqual({ HTXSNV: 3, HTTNV: 19, HTNV: 1, KHTNV: 0 });
  });

  it('an HTXSNV decided with a recorded, reasoned exception lifts its group’s and the agency’s limit by one and is listed with its reason (law.md 3.7 b, UNCONFIRMED: one per recorded decision)', () => {
    const { people, decisions } = agency({ 'Phòng A': [...times(5, 'HTTNV'), 'HTXSNV', 'HTXSNV'], 'Phòng B': times(5, 'HTTNV') });
    decisions['p0.6'] = { ...decisions['p0.6'], quotaException: { reason: 'Tập thể có thành tích xuất sắc, nổi trội', decisionReference: 'QĐ 12/QĐ-BVHTTDL' } };
    const result = agencyResults({ people, decisions });
    expect(result.scopes[0]).toMatchObject({ used: 2, plainAllowed: 1, allowed: 2, exceptions: 1, violated: false });
    expect(result.scopes[2]).toMatchObject({ used: 2, plainAllowed: 2, allowed: 3, exceptions: 1 });
    expect(result.exceptions).toEqual([
      { login: 'p0.6', displayName: 'Người 0.6', taskGroup: 'Phòng A', reason: 'Tập thể có thành tích xuất sắc, nổi trội', decisionReference: 'QĐ 12/QĐ-BVHTTDL', published: true }
    ]);
  });

  it('an exception with an empty reason is no exception: the excess shows', () => {
    const { people, decisions } = agency({ 'Phòng A': [...times(5, 'HTTNV'), 'HTXSNV', 'HTXSNV'] });
    decisions['p0.6'] = { ...decisions['p0.6'], quotaException: { reason: '   ' } };
    const result = agencyResults({ people, decisions });
    expect(result.exceptions).toEqual([]);
    expect(result.scopes[0]).toMatchObject({ used: 2, allowed: 1, excess: 1, violated: true });
  });

  it('HR’s setting “no exception” (law.md 3.7 b UNCONFIRMED) keeps the plain limit even with a reason recorded', () => {
    const { people, decisions } = agency({ 'Phòng A': [...times(5, 'HTTNV'), 'HTXSNV', 'HTXSNV'] });
    decisions['p0.6'] = { ...decisions['p0.6'], quotaException: { reason: 'Thành tích xuất sắc' } };
    const result = agencyResults({ people, decisions, settings: { ...DEFAULT_SETTINGS.quota, exceptionMode: 'NOT_ALLOWED' } });
    expect(result.scopes[0]).toMatchObject({ allowed: 1, violated: true });
  });

  it('an agency of one group still has its whole-agency line, equal to the group', () => {
    const { people, decisions } = agency({ 'Vụ Pháp chế': [...times(10, 'HTTNV'), 'HTXSNV'] });
    const result = agencyResults({ people, decisions });
    expect(result.scopes.map((s) => [s.scope, s.used, s.allowed])).toEqual([
      ['Vụ Pháp chế', 1, 2],
      [WHOLE_AGENCY, 1, 2]
    ]);
  });

  it('the base “HTT trở lên” (law.md 3.7, the open reading, HR’s setting) counts the HTXSNV in the base', () => {
    const { people, decisions } = agency({ 'Phòng A': [...times(8, 'HTTNV'), 'HTXSNV', 'HTXSNV'] });
    const literal = agencyResults({ people, decisions });
    const wider = agencyResults({ people, decisions, settings: { ...DEFAULT_SETTINGS.quota, base: 'HTTNV_OR_ABOVE' } });
    expect([literal.scopes[0].base, literal.scopes[0].allowed]).toEqual([8, 1]);
    expect([wider.scopes[0].base, wider.scopes[0].allowed]).toEqual([10, 2]);
  });

  it('someone without a decision, not classified (under six months, law.md 3.1) or still to be decided is staff, not rated', () => {
    const { people, decisions } = agency({ 'Phòng A': ['HTTNV', undefined, 'NOT_CLASSIFIED', 'NEEDS_DECISION'] });
    const result = agencyResults({ people, decisions });
    expect([result.staff, result.rated]).toEqual([4, 1]);
    expect(tallyRatings([{ rating: 'KHTNV' }, { rating: 'NOT_CLASSIFIED' }, {}])).toEqual({ rated: 1, ratings: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 1 } });
  });
});

describe('the decision that stands (NĐ 90/2020 Điều 21: a later decision that counts replaces the earlier one)', () => {
  const act = (id: number, login: string, payload: DecisionFacts): RecordedAct<DecisionFacts> => ({
    id,
    step: 'DECISION',
    subjectLogin: login,
    authorLogin: 'cuc.truong',
    createdAt: `2025-12-0${id}T09:00:00Z`,
    payload
  });

  it('takes the latest counted act per person', () => {
    const standing = standingDecisions([
      act(1, 'Di.San.1', { rating: 'HTXSNV', published: false }),
      act(2, 'di.san.2', { rating: 'HTNV', published: true }),
      act(3, 'di.san.1', { rating: 'HTTNV', published: true })
    ]);
    expect(standing['di.san.1']).toEqual({ login: 'di.san.1', rating: 'HTTNV', published: true, quotaException: undefined });
    expect(standing['di.san.2'].rating).toBe('HTNV');
  });
});

describe('who may read a person’s history over months and years (issue 13: “for those entitled”)', () => {
  it('the person, HR, the leaders of their units and their managers up the directory may', () => {
    expect(mayReadHistory(sampleOrg, 'di.san.1', 'di.san.1')).toBe(true);
    expect(mayReadHistory(sampleOrg, 'nhan.su', 'di.san.1')).toBe(true);
    expect(mayReadHistory(sampleOrg, 'truong.phong', 'di.san.1')).toBe(true);
    expect(mayReadHistory(sampleOrg, 'cuc.truong', 'di.san.1')).toBe(true);
    expect(mayReadHistory(sampleOrg, 'vu.pho', 'chuyen.vien')).toBe(true);
  });

  it('a colleague of the same unit may not (they see the year at the meeting and its published result, not the file), nor anyone of another agency', () => {
    expect(mayReadHistory(sampleOrg, 'di.san.2', 'di.san.1')).toBe(false);
    expect(mayReadHistory(sampleOrg, 'chuyen.vien', 'thu.ky')).toBe(false);
    expect(mayReadHistory(sampleOrg, 'vu.truong', 'di.san.1')).toBe(false);
    expect(mayReadHistory(sampleOrg, 'cuc.truong', 'chuyen.vien')).toBe(false);
  });
});

describe('a person’s months and years (NĐ 335/2025: monthly scores on 100 points; the year’s rating)', () => {
  const period = (id: number, year: number, index: number, kind: EvaluationPeriod['kind'] = 'MONTH'): EvaluationPeriod => ({ id, kind, year, index, status: 'CLOSED' });
  const review = (id: number, payload: ReviewFacts): RecordedAct<ReviewFacts> => ({
    id,
    step: 'PERIOD_REVIEW',
    subjectLogin: 'di.san.1',
    authorLogin: 'truong.phong',
    createdAt: `2026-0${id}-06T09:00:00Z`,
    payload
  });

  it('each period’s latest counted review stands; a return leaves no score; oldest first', () => {
    const periods = [period(12, 2026, 2), period(11, 2026, 1), period(5, 2025, 12), { ...period(99, 2026, 0), kind: 'YEAR' as const, index: undefined }];
    const rows = historyPeriods(periods, [
      review(1, { periodId: 11, outcome: 'APPROVED', score: 82, level: 'HTTNV' }),
      review(2, { periodId: 11, outcome: 'APPROVED', score: 91, level: 'HTXSNV' }),
      review(3, { periodId: 12, outcome: 'RETURNED' })
    ]);
    expect(rows.map((r) => [r.year, r.index, r.score, r.level])).toEqual([
      [2025, 12, undefined, undefined],
      [2026, 1, 91, 'HTXSNV'],
      [2026, 2, undefined, undefined]
    ]);
  });

  it('each year with the decision that stands, or none yet', () => {
    expect(historyYears([2026, 2024, 2026, 2025], { 2024: { login: 'x', rating: 'HTTNV', published: true } })).toEqual([
      { year: 2024, rating: 'HTTNV', published: true },
      { year: 2025, published: false },
      { year: 2026, published: false }
    ]);
  });
});
