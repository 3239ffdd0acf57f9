import { countChanges, diffCatalogue, diffPlans, diffUnits } from '../../../src/domain/admin/import/diff';
import type { PlanRecord, ProductRecord, SitePlan, SiteProduct, SiteUnit, UnitRecord } from '../../../src/domain/admin/import/records';

const siteUnit: SiteUnit = {
  code: 'DSVH',
  name: 'Cục Di sản văn hóa',
  level: 'AGENCY',
  parentCode: 'BO',
  headLogin: 'dang.thu.ha@vhttdl.local',
  deputyLogins: ['a@vhttdl.local', 'b@vhttdl.local'],
  taskGroups: ['Phòng Quản lý di sản'],
  from: '2026-01-01'
};
const unitRecord: UnitRecord = {
  row: 2,
  code: 'DSVH',
  name: 'Cục Di sản văn hóa',
  level: 'AGENCY',
  parentCode: 'BO',
  headLogin: 'Dang.Thu.Ha@vhttdl.local',
  // The same deputies in another order: the same unit.
  deputyLogins: ['b@vhttdl.local', 'a@vhttdl.local'],
  effectiveFrom: '2026-12-01'
};

describe('import: what a units file changes (the units list is a dated history: a change is a new row)', () => {
  it('a re-import of what the site holds changes nothing, whatever the date column says', () => {
    const { changes, problems } = diffUnits([unitRecord], [siteUnit], 'Đơn vị', '2026-12-07');
    expect(changes.map((c) => c.status)).toEqual(['UNCHANGED']);
    expect(problems).toEqual([]);
  });

  it('a new head is one changed unit naming the column; an unknown code is new; units left out stay', () => {
    const { changes } = diffUnits(
      [{ ...unitRecord, headLogin: 'vu.duc.minh@vhttdl.local' }, { ...unitRecord, row: 3, code: 'DSVH-9', name: 'Phòng mới', level: 'DIVISION', parentCode: 'DSVH' }],
      [siteUnit, { ...siteUnit, code: 'TCCB', name: 'Vụ Tổ chức cán bộ' }],
      'Đơn vị',
      '2026-12-07'
    );
    expect(changes.map((c) => [c.key, c.status, c.fields])).toEqual([
      ['DSVH', 'CHANGED', ['Thủ trưởng']],
      ['DSVH-9', 'NEW', []]
    ]);
  });

  it('a change dated on or before the version it replaces holds from the import’s day, never backdated, and HR is told', () => {
    const { changes, problems } = diffUnits([{ ...unitRecord, periodKind: 'QUARTER', effectiveFrom: '2026-01-01' }], [siteUnit], 'Đơn vị', '2026-12-07');
    expect(changes[0]).toMatchObject({ status: 'CHANGED', fields: ['Kỳ'], effectiveFrom: '2026-12-07' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 2, column: 'Hiệu lực từ', severity: 'WARNING' });
    // A later date in the file is kept: the change is planned ahead.
    const ahead = diffUnits([{ ...unitRecord, periodKind: 'QUARTER', effectiveFrom: '2027-01-01' }], [siteUnit], 'Đơn vị', '2026-12-07');
    expect(ahead.changes[0].effectiveFrom).toBe('2027-01-01');
    expect(ahead.problems).toEqual([]);
  });
});

const product: SiteProduct = { code: 'VBHC', name: 'Văn bản hành chính', group: 'Văn bản', measureUnit: 'văn bản', factor: 1, from: '2026-01-01T00:00:00Z' };
const productRecord: ProductRecord = { row: 2, code: 'VBHC', name: 'Văn bản hành chính', group: 'Văn bản', measureUnit: 'văn bản', factor: 1, effectiveFrom: '2026-01-01' };

describe('import: what a catalogue file changes (hệ số quy đổi, NĐ 335/2025)', () => {
  it('the same catalogue again changes nothing', () => {
    expect(diffCatalogue([productRecord], [product], 'Danh mục', '2026-12-07').changes.map((c) => c.status)).toEqual(['UNCHANGED']);
  });

  it('a changed factor is one changed product (a new dated row), the others unchanged', () => {
    const other: SiteProduct = { ...product, code: 'BCDK', name: 'Báo cáo định kỳ', factor: 1.5 };
    const { changes } = diffCatalogue(
      [{ ...productRecord, factor: 1.25 }, { ...productRecord, row: 3, code: 'BCDK', name: 'Báo cáo định kỳ', factor: 1.5 }],
      [product, other],
      'Danh mục',
      '2026-12-07'
    );
    expect(changes.map((c) => [c.key, c.status, c.fields])).toEqual([
      ['VBHC', 'CHANGED', ['Hệ số quy đổi']],
      ['BCDK', 'UNCHANGED', []]
    ]);
    expect(countChanges(changes)).toEqual({ NEW: 0, CHANGED: 1, UNCHANGED: 1, REMOVED: 0 });
  });

  it('an end date, a unit or a group given is a change; a new code is new', () => {
    const { changes } = diffCatalogue(
      [{ ...productRecord, effectiveTo: '2027-01-01', unitCode: 'DSVH' }, { ...productRecord, code: 'MOI', row: 3 }],
      [product],
      'Danh mục',
      '2026-12-07'
    );
    expect(changes.map((c) => [c.status, c.fields])).toEqual([
      ['CHANGED', ['Đơn vị áp dụng', 'Hiệu lực đến']],
      ['NEW', []]
    ]);
  });
});

const plan = (over: Partial<PlanRecord>): PlanRecord => ({
  row: 2,
  year: 2026,
  kind: 'MONTH',
  index: 12,
  login: 'nguyen.van.an@vhttdl.local',
  unitCode: 'TCCB',
  productCode: 'VBHC',
  quantity: 4,
  ...over
});
const sitePlan = (id: number, over: Partial<SitePlan>): SitePlan => ({ ...plan({}), id, ...over });

describe('import: what a plans file changes (by PlanKey year|kind|index|login|product)', () => {
  it('adds, updates, keeps, and removes only the items of the people and periods the file covers', () => {
    const site = [
      sitePlan(1, { productCode: 'VBHC', quantity: 4 }),
      sitePlan(2, { productCode: 'BCDK', quantity: 1 }),
      sitePlan(3, { productCode: 'DEAN', quantity: 1 }),
      // Another month, another person: not in the file, not touched.
      sitePlan(4, { index: 11, productCode: 'DEAN', quantity: 1 }),
      sitePlan(5, { login: 'vu.duc.minh@vhttdl.local', productCode: 'DEAN', quantity: 1 })
    ];
    const { changes } = diffPlans(
      [plan({ productCode: 'VBHC', quantity: 4 }), plan({ row: 3, productCode: 'BCDK', quantity: 2 }), plan({ row: 4, productCode: 'HNHT', quantity: 1 })],
      site
    );
    expect(changes.map((c) => [c.key, c.status, c.fields, c.current ? c.current.id : undefined])).toEqual([
      ['2026|MONTH|12|nguyen.van.an@vhttdl.local|VBHC', 'UNCHANGED', [], 1],
      ['2026|MONTH|12|nguyen.van.an@vhttdl.local|BCDK', 'CHANGED', ['Số lượng'], 2],
      ['2026|MONTH|12|nguyen.van.an@vhttdl.local|HNHT', 'NEW', [], undefined],
      ['2026|MONTH|12|nguyen.van.an@vhttdl.local|DEAN', 'REMOVED', [], 3]
    ]);
  });

  it('the same file again changes nothing', () => {
    const records = [plan({}), plan({ row: 3, productCode: 'BCDK', quantity: 2 })];
    const site = records.map((r, i) => sitePlan(i + 1, r));
    expect(countChanges(diffPlans(records, site).changes)).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: 2, REMOVED: 0 });
  });
});
