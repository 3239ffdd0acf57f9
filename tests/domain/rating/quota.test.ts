import fc from 'fast-check';
import {
  checkQuota,
  quotaMaximum,
  reviewProposedRatings,
  WHOLE_AGENCY,
  type ProposedRating,
  type QuotaException,
  type QuotaGroup
} from '../../../src/domain/rating/quota';
import type { RatingOutcome } from '../../../src/domain/rating/ratingCodes';
import { mergeSettings } from '../../../src/domain/rating/settings';

// The HTXSNV quota (law.md 3.7): NĐ 335/2025 "không vượt quá 20% tổng số công chức được xếp loại 'Hoàn
// thành tốt nhiệm vụ'" in the same agency and in each group with similar tasks; ND 48 khoản 6 Điều 2 with
// the Party's 20 %. Check: HTXSNV ≤ floor(rate × base).

function group(name: string, HTXSNV: number, HTTNV: number, HTNV = 0, KHTNV = 0): QuotaGroup {
  return { name, ratings: { HTXSNV, HTTNV, HTNV, KHTNV } };
}

const literal = mergeSettings(undefined).quota;

describe('quota per scope (law.md 3.7)', () => {
  it('exactly 20 %: 2 HTXSNV for 10 HTTNV is within the quota', () => {
    const r = checkQuota([group('Phòng A', 2, 10)]);
    expect(r.violated).toBe(false);
    expect(r.perScope.map((s) => [s.scope, s.maxHTXSNV, s.violated, s.excess])).toEqual([['Phòng A', 2, false, 0]]);
  });

  it('one HTXSNV above 20 % of 10 HTTNV → violated, excess 1', () => {
    expect(checkQuota([group('Phòng A', 3, 10)]).perScope[0]).toMatchObject({ maxHTXSNV: 2, violated: true, excess: 1 });
  });

  it('the maximum is rounded down: 20 % of 9 = 1.8 → 1', () => {
    expect(checkQuota([group('Phòng A', 2, 9)]).perScope[0]).toMatchObject({ maxHTXSNV: 1, excess: 1 });
  });

  it('one group only: no separate whole-agency scope', () => {
    expect(checkQuota([group('Phòng A', 2, 10)]).perScope).toHaveLength(1);
  });

  it('several groups: each group, then "whole agency" over all of them, last', () => {
    // A: max floor(2) = 2, 2 → ok. B: max floor(0.8) = 0, 1 → excess 1. Agency: 3 for 14 → max 2 → excess 1.
    const r = checkQuota([group('Phòng A', 2, 10, 3), group('Phòng B', 1, 4, 1, 1)]);
    expect(r.violated).toBe(true);
    expect(r.perScope.map((s) => [s.scope, s.maxHTXSNV, s.violated, s.excess])).toEqual([
      ['Phòng A', 2, false, 0],
      ['Phòng B', 0, true, 1],
      [WHOLE_AGENCY, 2, true, 1]
    ]);
  });

  it('base HTTNV_OR_ABOVE (setting): 2 HTXSNV + 8 HTTNV → base 10 → max 2; the literal base 8 → max 1', () => {
    expect(checkQuota([group('A', 2, 8)], literal).perScope[0]).toMatchObject({ maxHTXSNV: 1, violated: true });
    const above = mergeSettings({ quota: { base: 'HTTNV_OR_ABOVE' } }).quota;
    expect(checkQuota([group('A', 2, 8)], above).perScope[0]).toMatchObject({ maxHTXSNV: 2, violated: false });
  });

  it('rate setting: 30 % of 10 = 3; floor is safe from binary noise (29 % of 100 = 29)', () => {
    expect(checkQuota([group('A', 3, 10)], mergeSettings({ quota: { rate: 0.3 } }).quota).violated).toBe(false);
    expect(quotaMaximum(0.29, 100)).toBe(29);
    expect(quotaMaximum(0.2, 15)).toBe(3);
  });

  it('a recorded exception lifts the limit of its scope only (who decided, why, new rate)', () => {
    const exception: QuotaException = { scope: 'Phòng A', decidedBy: 'Bộ trưởng', reason: 'Thành tích xuất sắc, nổi trội', rate: 0.5 };
    // A: 3 for 6 at 50 % → max 3 ok. B: 0 for 4. Agency at 20 %: 3 for 10 → max 2 → excess 1.
    const r = checkQuota([group('Phòng A', 3, 6), group('Phòng B', 0, 4)], literal, [exception]);
    expect(r.perScope.map((s) => [s.scope, s.maxHTXSNV, s.violated])).toEqual([
      ['Phòng A', 3, false],
      ['Phòng B', 0, false],
      [WHOLE_AGENCY, 2, true]
    ]);
    expect(r.perScope[0].reasons.some((x) => /Bộ trưởng/.test(x.text) && /Thành tích/.test(x.text))).toBe(true);
  });

  it('an exception for the whole agency with a fixed count lifts the agency scope', () => {
    const exceptions: QuotaException[] = [
      { scope: 'Phòng A', decidedBy: 'Bộ trưởng', reason: 'x', rate: 0.5 },
      { scope: WHOLE_AGENCY, decidedBy: 'Bộ trưởng', reason: 'y', maxHTXSNV: 3 }
    ];
    expect(checkQuota([group('Phòng A', 3, 6), group('Phòng B', 0, 4)], literal, exceptions).violated).toBe(false);
  });
});

function proposals(groupName: string, htxsScores: number[], httnv: number): ProposedRating[] {
  const list: ProposedRating[] = htxsScores.map((score, i) => ({ personId: `${groupName}-x${i}`, group: groupName, proposed: 'HTXSNV', score }));
  for (let i = 0; i < httnv; i++) {
    list.push({ personId: `${groupName}-t${i}`, group: groupName, proposed: 'HTTNV', score: 80 });
  }
  return list;
}

describe('proposed ratings of a unit: which break the quota, and suggestions', () => {
  it('lowers the lowest-scored HTXSNV proposals until the group is within its quota', () => {
    // 5 HTXSNV for 10 HTTNV: max 2. Lower 91 → 4/11 (max 2), 92 → 3/12 (max 2), 93 → 2/13 (max 2): 3 lowerings.
    const review = reviewProposedRatings(proposals('A', [95, 94, 93, 92, 91], 10));
    expect(review.before.perScope[0]).toMatchObject({ maxHTXSNV: 2, excess: 3 });
    expect(review.suggestions.map((s) => [s.personId, s.score, s.from, s.to, s.scope])).toEqual([
      ['A-x4', 91, 'HTXSNV', 'HTTNV', 'A'],
      ['A-x3', 92, 'HTXSNV', 'HTTNV', 'A'],
      ['A-x2', 93, 'HTXSNV', 'HTTNV', 'A']
    ]);
    expect(review.after.violated).toBe(false);
  });

  it('lowering raises the HTTNV base: 4 HTXSNV for 14 HTTNV (excess 2) needs only one lowering (3 for 15 → max 3)', () => {
    const review = reviewProposedRatings(proposals('A', [99, 98, 97, 96], 14));
    expect(review.before.perScope[0].excess).toBe(2);
    expect(review.suggestions.map((s) => s.personId)).toEqual(['A-x3']);
    expect(review.after.violated).toBe(false);
  });

  it('for the whole agency, the lowest score across groups goes first', () => {
    const exception: QuotaException = { scope: 'A', decidedBy: 'Bộ trưởng', reason: 'x', rate: 0.5 };
    // A (50 %): 3 for 6 → ok; B: 0 HTXSNV for 4. Agency: 3 for 10 → max 2 → lower A's lowest (88): 2 for 11 → max 2.
    const review = reviewProposedRatings(proposals('A', [95, 88, 90], 6).concat(proposals('B', [], 4)), literal, [exception]);
    expect(review.suggestions.map((s) => [s.personId, s.scope])).toEqual([['A-x1', WHOLE_AGENCY]]);
    expect(review.after.violated).toBe(false);
  });

  it('NOT_CLASSIFIED and NEEDS_DECISION proposals count in no scope', () => {
    const list = proposals('A', [95], 5).concat([
      { personId: 'n1', group: 'A', proposed: 'NOT_CLASSIFIED' },
      { personId: 'n2', group: 'A', proposed: 'NEEDS_DECISION' }
    ]);
    expect(reviewProposedRatings(list).before.perScope[0]).toMatchObject({ countHTXSNV: 1, base: 5, maxHTXSNV: 1 });
  });
});

const outcomeArb = fc.constantFrom<RatingOutcome>('HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV', 'NOT_CLASSIFIED');
const proposalsArb = fc
  .array(
    fc.record({
      group: fc.constantFrom('A', 'B', 'C', 'D'),
      proposed: outcomeArb,
      score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined })
    }),
    { maxLength: 80 }
  )
  .map((list) => list.map((p, i): ProposedRating => ({ personId: `p${i}`, ...p })));
const settingsArb = fc.record({
  rate: fc.constantFrom(0, 0.1, 0.2, 0.25, 0.29, 1 / 3),
  base: fc.constantFrom<'HTTNV' | 'HTTNV_OR_ABOVE'>('HTTNV', 'HTTNV_OR_ABOVE')
});
const exceptionsArb = fc.array(
  fc.record({
    scope: fc.constantFrom('A', 'B', 'C', 'D', WHOLE_AGENCY),
    decidedBy: fc.constant('Bộ trưởng'),
    reason: fc.constant('Thành tích xuất sắc'),
    rate: fc.constantFrom(0, 0.3, 0.5)
  }),
  { maxLength: 2 }
);

describe('quota suggestions, properties', () => {
  it('applying the suggestions never breaks the quota, in any group or the whole agency', () => {
    fc.assert(
      fc.property(proposalsArb, settingsArb, exceptionsArb, (list, settings, exceptions) => {
        const review = reviewProposedRatings(list, settings, exceptions);
        const lowered = new Set(review.suggestions.map((s) => s.personId));
        const applied = list.map((p) => (lowered.has(p.personId) ? { ...p, proposed: 'HTTNV' as const } : p));
        const recheck = reviewProposedRatings(applied, settings, exceptions);
        return !review.after.violated && !recheck.before.violated && recheck.suggestions.length === 0;
      })
    );
  });

  it('suggestions only lower HTXSNV proposals to HTTNV, each person at most once, and none when nothing is violated', () => {
    fc.assert(
      fc.property(proposalsArb, settingsArb, (list, settings) => {
        const review = reviewProposedRatings(list, settings);
        const ids = review.suggestions.map((s) => s.personId);
        const byId = new Map(list.map((p) => [p.personId, p]));
        return (
          new Set(ids).size === ids.length &&
          ids.every((id) => byId.get(id)?.proposed === 'HTXSNV') &&
          (review.before.violated || ids.length === 0)
        );
      })
    );
  });

  it('no suggestion is wasted: undoing the last one breaks the quota again', () => {
    fc.assert(
      fc.property(proposalsArb, settingsArb, (list, settings) => {
        const review = reviewProposedRatings(list, settings);
        if (review.suggestions.length === 0) {
          return true;
        }
        const kept = new Set(review.suggestions.slice(0, -1).map((s) => s.personId));
        const partly = list.map((p) => (kept.has(p.personId) ? { ...p, proposed: 'HTTNV' as const } : p));
        return reviewProposedRatings(partly, settings).before.violated;
      })
    );
  });
});
