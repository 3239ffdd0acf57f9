import { dashboardTree, filterTree, folded, scoreHistogram, SCORE_BANDS, sortTree, totalsOfRows, unitsOf } from '../../src/domain/evaluation/dashboardTree';
import type { PersonProgress, UnitDashboardRow } from '../../src/domain/evaluation/model';
import { ND335_RULE_SET } from '../../src/domain/rating/ruleSets';

function row(code: string, shortName: string, figures: Partial<UnitDashboardRow> & { parent?: string; applies?: number; submitted?: number; late?: number }): UnitDashboardRow {
  const { parent, applies = 0, submitted = 0, late = 0, ...rest } = figures;
  return {
    unitCode: code,
    unitName: parent ? `${parent} › ${shortName}` : shortName,
    shortName,
    parentCode: parent,
    staffCount: applies,
    period: { applies, submitted, returned: 0, approved: 0, late, scores: [] },
    year: { selfEvaluated: 0, inMinutes: 0, minutesApproved: false, decided: 0, published: 0 },
    ratings: {},
    ignoredActs: 0,
    readerIsMember: false,
    readerActsOnYear: false,
    readerIsHr: false,
    ...rest
  };
}

function person(login: string, displayName: string, position?: string): PersonProgress {
  return { login, displayName, position, year: { selfEvaluated: false, inMinutes: false, published: false } };
}

// A Cục with 2 people of its own and two phòng (5 and 4 people), and a Vụ of 6: figures chosen by hand.
const CUC = row('BC', 'Cục Báo chí', {
  applies: 2,
  submitted: 2,
  year: { selfEvaluated: 1, inMinutes: 0, minutesApproved: false, decided: 1, published: 0 },
  ratings: { HTTNV: 1 }
});
const BAO_IN = row('BC-1', 'Phòng Báo in', {
  parent: 'BC',
  applies: 5,
  submitted: 4,
  late: 1,
  year: { selfEvaluated: 3, inMinutes: 2, minutesApproved: true, decided: 2, published: 2 },
  ratings: { HTXSNV: 1, HTTNV: 1 },
  ignoredActs: 1
});
const BAO_DT = row('BC-3', 'Phòng Báo điện tử', {
  parent: 'BC',
  applies: 4,
  submitted: 0,
  late: 4,
  people: [person('ngo.trong.trung', 'Ngô Trọng Trung', 'Chuyên viên'), person('phan.van.dung', 'Phan Văn Dũng', 'Trưởng phòng')]
});
const VU = row('KHTC', 'Vụ Kế hoạch, Tài chính', { applies: 6, submitted: 6, year: { selfEvaluated: 6, inMinutes: 6, minutesApproved: true, decided: 6, published: 6 }, ratings: { HTTNV: 5, HTNV: 1 } });

describe('the dashboard’s tree of units (issue 13: Bộ → Cục/Vụ → Phòng)', () => {
  it('nests each phòng under its Cục and sums the Cục’s branch: its own people plus its phòng’s', () => {
    const [cuc, vu] = dashboardTree([CUC, BAO_IN, BAO_DT, VU]);
    expect(cuc.row.unitCode).toBe('BC');
    expect(cuc.children.map((c) => c.row.unitCode)).toEqual(['BC-1', 'BC-3']);
    expect(cuc.children.map((c) => c.depth)).toEqual([1, 1]);
    // 2 + 5 + 4 people; submitted 2 + 4 + 0; late 0 + 1 + 4.
    expect(cuc.branch.staff).toBe(11);
    expect(cuc.branch.period).toEqual({ applies: 11, submitted: 6, returned: 0, approved: 0, late: 5 });
    expect(cuc.branch.year).toEqual({ selfEvaluated: 4, inMinutes: 2, decided: 3, published: 2 });
    expect(cuc.branch.ratings).toEqual({ HTTNV: 2, HTXSNV: 1 });
    expect(cuc.branch.ignoredActs).toBe(1);
    expect(vu.children).toEqual([]);
    expect(vu.branch.period.applies).toBe(6);
  });

  it('makes a phòng whose Cục the reader does not see a root (a Trưởng phòng sees only their phòng)', () => {
    const nodes = dashboardTree([BAO_DT]);
    expect(nodes.map((n) => [n.row.unitCode, n.depth])).toEqual([['BC-3', 0]]);
  });

  it('never loses a unit to a cycle in the data', () => {
    const a = row('A', 'A', { parent: 'B', applies: 1 });
    const b = row('B', 'B', { parent: 'A', applies: 2 });
    expect(unitsOf(dashboardTree([a, b])).map((n) => n.row.unitCode).sort()).toEqual(['A', 'B']);
  });

  it('totals every row once: 17 people, 12 submitted, 5 late, 9 decided', () => {
    const totals = totalsOfRows([CUC, BAO_IN, BAO_DT, VU]);
    expect(totals.staff).toBe(17);
    expect(totals.period).toEqual({ applies: 17, submitted: 12, returned: 0, approved: 0, late: 5 });
    expect(totals.year).toEqual({ selfEvaluated: 10, inMinutes: 8, decided: 9, published: 8 });
    expect(totals.ratings).toEqual({ HTTNV: 7, HTXSNV: 1, HTNV: 1 });
  });

  it('counts nobody in a period that does not apply to a unit (a quarterly unit in a month)', () => {
    const quarterly = { ...row('Q', 'Phòng theo quý', { applies: 0 }), staffCount: 3, period: undefined };
    expect(totalsOfRows([quarterly]).period.applies).toBe(0);
    expect(totalsOfRows([quarterly]).staff).toBe(3);
  });
});

describe('sorting the tree', () => {
  const tree = dashboardTree([VU, CUC, BAO_DT, BAO_IN]);

  it('by name in Vietnamese order, at each level', () => {
    const sorted = sortTree(tree, 'NAME', 'vi');
    expect(sorted.map((n) => n.row.shortName)).toEqual(['Cục Báo chí', 'Vụ Kế hoạch, Tài chính']);
    expect(sorted[0].children.map((n) => n.row.shortName)).toEqual(['Phòng Báo điện tử', 'Phòng Báo in']);
  });

  it('by the share submitted, lowest first (who is behind comes first): 6/11 before 6/6; 0/4 before 4/5', () => {
    const sorted = sortTree(tree, 'SUBMITTED_SHARE', 'vi');
    expect(sorted.map((n) => n.row.unitCode)).toEqual(['BC', 'KHTC']);
    expect(sorted[0].children.map((n) => n.row.unitCode)).toEqual(['BC-3', 'BC-1']);
  });

  it('by the number late, most first', () => {
    const sorted = sortTree(tree, 'LATE', 'vi');
    expect(sorted.map((n) => n.row.unitCode)).toEqual(['BC', 'KHTC']);
    expect(sorted[0].children.map((n) => n.branch.period.late)).toEqual([4, 1]);
  });
});

describe('filter and search', () => {
  const tree = dashboardTree([CUC, BAO_IN, BAO_DT, VU]);

  it('folds case and Vietnamese diacritics, đ included', () => {
    expect(folded('Ngô Trọng Trung')).toBe('ngo trong trung');
    expect(folded('Cục Điện ảnh')).toBe('cuc dien anh');
  });

  it('finds a person by a name typed without diacritics, keeps the units above and opens them', () => {
    const found = filterTree(tree, { query: 'ngo trong' });
    expect(found.nodes.map((n) => n.row.unitCode)).toEqual(['BC']);
    expect(found.nodes[0].children.map((n) => n.row.unitCode)).toEqual(['BC-3']);
    expect(found.nodes[0].children[0].people.map((p) => p.displayName)).toEqual(['Ngô Trọng Trung']);
    expect(found.opened.sort()).toEqual(['BC', 'BC-3']);
  });

  it('finds a unit by its name and keeps its whole branch, closed', () => {
    const found = filterTree(tree, { query: 'bao chi' });
    expect(unitsOf(found.nodes).map((n) => n.row.unitCode)).toEqual(['BC', 'BC-1', 'BC-3']);
    expect(found.opened).toEqual([]);
  });

  it('keeps only units with someone late (and the Cục above them), figures unchanged', () => {
    const found = filterTree(tree, { onlyLate: true });
    expect(unitsOf(found.nodes).map((n) => n.row.unitCode)).toEqual(['BC', 'BC-1', 'BC-3']);
    expect(found.nodes[0].branch.period.late).toBe(5);
  });

  it('finds nothing for a name nobody has', () => {
    expect(filterTree(tree, { query: 'khong co ai' }).nodes).toEqual([]);
  });
});

describe('the histogram of a period’s approved scores (NĐ 335/2025 levels, law.md 5.1)', () => {
  it('uses the same thresholds as the rule set (90, 70, 50)', () => {
    const thresholds = ND335_RULE_SET.scoring.levelThresholds.map((t) => [t.level, t.minScore]);
    const bands = SCORE_BANDS.filter((b) => b.min > 0).map((b) => [b.level, b.min]);
    expect(bands.sort()).toEqual(thresholds.sort());
  });

  it('counts each score in its band, lowest first; 89,99 is below 90 and 90 is in it; 0.1 + 0.2 noise does not move a score', () => {
    const noisy = 100 * (0.7 + 0.2); // 90 by hand, 89.99999999999999 in binary
    expect(scoreHistogram([12, 49.5, 50, 69.99, 70, 89.99, 90, noisy, 100]).map((b) => [b.min, b.count])).toEqual([
      [0, 2],
      [50, 2],
      [70, 2],
      [90, 3]
    ]);
  });

  it('is all zeros with no score', () => {
    expect(scoreHistogram([]).map((b) => b.count)).toEqual([0, 0, 0, 0]);
  });
});
