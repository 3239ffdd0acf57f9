import {
  catalogueAt,
  catalogueForSpan,
  productRowFields,
  productUses,
  productVersionOf,
  retirementOf,
  validateProduct,
  validateRetirement,
  versionAt,
  type ProductVersion
} from '../../../src/domain/admin/catalogue';
import { periodSpan } from '../../../src/domain/evaluation/periodDraft';

/**
 * The catalogue of work products (NĐ 335/2025, Điều 4 khoản 2: sản phẩm được quy đổi theo hệ số so với
 * sản phẩm chuẩn; law.md 5.1) kept as a dated history: a change or a retirement is a new row.
 */
let nextId = 1;
const row = (v: Partial<ProductVersion> & { code: string; effectiveFrom: string }): ProductVersion => ({
  id: nextId++,
  name: `Sản phẩm ${v.code}`,
  conversionFactor: 1,
  group: 'Văn bản',
  ...v
});

describe('the catalogue in force at a date', () => {
  it('takes, of the rows started by then, the one recorded last (its ID), not the one with the latest date', () => {
    const first = row({ code: 'VBHC', effectiveFrom: '2026-01-01T00:00:00Z', conversionFactor: 1 });
    const rise = row({ code: 'VBHC', effectiveFrom: '2026-07-01T00:00:00Z', conversionFactor: 2 });
    // A correction recorded later, dated back to January: it replaces both from January on.
    const correction = row({ code: 'VBHC', effectiveFrom: '2026-01-01T00:00:00Z', conversionFactor: 1.5 });
    expect(versionAt([first, rise], '2026-03-15T00:00:00Z')?.conversionFactor).toBe(1);
    expect(versionAt([first, rise], '2026-08-01T00:00:00Z')?.conversionFactor).toBe(2);
    expect(versionAt([first, rise, correction], '2026-08-01T00:00:00Z')?.conversionFactor).toBe(1.5);
    expect(versionAt([first, rise], '2025-12-31T00:00:00Z')).toBeUndefined();
  });

  it('a change recorded ahead waits for its date; a retirement ends the product on its date, not before', () => {
    const now = row({ code: 'BCDK', effectiveFrom: '2026-01-01T00:00:00Z', conversionFactor: 1.5 });
    const next = row({ code: 'BCDK', effectiveFrom: '2027-01-01T00:00:00Z', conversionFactor: 2 });
    expect(versionAt([now, next], '2026-12-31T23:00:00Z')?.conversionFactor).toBe(1.5);
    const retire = retirementOf('BCDK', '2026-12-01', [now, next]);
    expect(retire).toMatchObject({ conversionFactor: 1.5, effectiveFrom: now.effectiveFrom, effectiveTo: '2026-12-01T00:00:00Z' });
    const retired = row(retire as Omit<ProductVersion, 'id'>);
    const history = [now, next, retired];
    expect(versionAt(history, '2026-11-30T23:59:59Z')?.conversionFactor).toBe(1.5);
    expect(versionAt(history, '2026-12-01T00:00:00Z')).toBeUndefined();
    // Retired after the change was planned: the planned factor never comes into force.
    expect(versionAt(history, '2027-02-01T00:00:00Z')).toBeUndefined();
  });

  it('offers a unit the ministry-wide products, its own and its parents’, not a sibling’s or a child’s', () => {
    const versions = [
      row({ code: 'VBHC', effectiveFrom: '2026-01-01T00:00:00Z' }),
      row({ code: 'TDDT', effectiveFrom: '2026-01-01T00:00:00Z', unitCode: 'DSVH' }),
      row({ code: 'KLTT', effectiveFrom: '2026-01-01T00:00:00Z', unitCode: 'TTB' }),
      row({ code: 'HSDT', effectiveFrom: '2026-01-01T00:00:00Z', unitCode: 'DSVH-2' })
    ];
    const codes = (chain?: string[]): string[] => catalogueAt(versions, '2026-05-01T00:00:00Z', chain).map((v) => v.code);
    expect(codes(['DSVH-1', 'DSVH', 'BO'])).toEqual(['TDDT', 'VBHC']);
    expect(codes(['DSVH-2', 'DSVH', 'BO'])).toEqual(['HSDT', 'TDDT', 'VBHC']);
    expect(codes(['DSVH', 'BO'])).toEqual(['TDDT', 'VBHC']);
    // The whole ministry (HR's view): everything in force.
    expect(codes()).toEqual(['HSDT', 'KLTT', 'TDDT', 'VBHC']);
  });

  it('a month offers a product retired within it (its work was done), with the factor of its last day in force', () => {
    const versions = [
      row({ code: 'VBHC', effectiveFrom: '2026-01-01T00:00:00Z', conversionFactor: 1 }),
      row({ code: 'VBHC', effectiveFrom: '2026-11-10T00:00:00Z', conversionFactor: 1.2 }),
      row({ code: 'VBHC', effectiveFrom: '2026-11-10T00:00:00Z', conversionFactor: 1.2, effectiveTo: '2026-11-20T00:00:00Z' }),
      row({ code: 'DEAN', effectiveFrom: '2026-12-05T00:00:00Z', conversionFactor: 10 })
    ];
    const november = catalogueForSpan(versions, periodSpan({ kind: 'MONTH', year: 2026, index: 11 }), ['BO']);
    expect(november.map((e) => [e.code, e.conversionFactor])).toEqual([['VBHC', 1.2]]);
    const december = catalogueForSpan(versions, periodSpan({ kind: 'MONTH', year: 2026, index: 12 }), ['BO']);
    expect(december.map((e) => e.code)).toEqual(['DEAN']);
    const q4 = catalogueForSpan(versions, periodSpan({ kind: 'QUARTER', year: 2026, index: 4 }), ['BO']);
    expect(q4.map((e) => e.code)).toEqual(['DEAN', 'VBHC']);
  });
});

describe('rows written and read back', () => {
  it('writes the columns of schema 4 and reads them back as the same version', () => {
    const fields = productRowFields({ code: ' vbhc ', name: ' Văn bản ', conversionFactor: 1.5, group: 'Văn bản', unitCode: 'DSVH', measureUnit: 'văn bản', effectiveFrom: '2026-02-01' });
    expect(fields).toEqual({
      Title: 'Văn bản',
      ProductCode: 'VBHC',
      ConversionFactor: 1.5,
      EffectiveFrom: '2026-02-01T00:00:00Z',
      ProductGroup: 'Văn bản',
      UnitCode: 'DSVH',
      MeasureUnit: 'văn bản'
    });
    expect(productVersionOf({ Id: 4, ...fields })).toMatchObject({ id: 4, code: 'VBHC', unitCode: 'DSVH', conversionFactor: 1.5 });
  });

  it('a row without a code or a number for its factor is no product', () => {
    expect(productVersionOf({ Id: 1, Title: 'x', ConversionFactor: 1 })).toBeUndefined();
    expect(productVersionOf({ Id: 2, ProductCode: 'X1', ConversionFactor: NaN })).toBeUndefined();
  });
});

describe('checking what HR types', () => {
  const versions = [row({ code: 'VBHC', effectiveFrom: '2026-01-01T00:00:00Z' })];
  const draft = { code: 'BCCD', name: 'Báo cáo chuyên đề', conversionFactor: 3, group: 'Báo cáo', effectiveFrom: '2026-12-01' };
  const fields = (d: object, mode: 'ADD' | 'CHANGE' = 'ADD'): string[] =>
    validateProduct({ ...draft, ...d }, { mode, versions, unitCodes: ['BO', 'DSVH'] }).map((p) => `${p.field}:${p.code}`);

  it('accepts a well-formed new product', () => {
    expect(fields({})).toEqual([]);
  });
  it('refuses a malformed or taken code, a change of an unknown one', () => {
    expect(fields({ code: 'bc cd' })).toEqual(['code:BAD_CODE']);
    expect(fields({ code: '1AB' })).toEqual(['code:BAD_CODE']);
    expect(fields({ code: 'vbhc' })).toEqual(['code:CODE_TAKEN']);
    expect(fields({}, 'CHANGE')).toEqual(['code:UNKNOWN_CODE']);
    expect(fields({ code: 'VBHC' }, 'CHANGE')).toEqual([]);
  });
  it('a factor must be above 0 and within the bound (an extra zero is a typing error)', () => {
    expect(fields({ conversionFactor: 0 })).toEqual(['conversionFactor:OUT_OF_RANGE']);
    expect(fields({ conversionFactor: -2 })).toEqual(['conversionFactor:OUT_OF_RANGE']);
    expect(fields({ conversionFactor: 1000 })).toEqual(['conversionFactor:OUT_OF_RANGE']);
    expect(fields({ conversionFactor: NaN })).toEqual(['conversionFactor:NOT_A_NUMBER']);
    expect(fields({ conversionFactor: undefined })).toEqual(['conversionFactor:REQUIRED']);
  });
  it('a name, a group and a date are required; the unit must be one of the list', () => {
    expect(fields({ name: ' ', group: '', effectiveFrom: '' })).toEqual(['name:REQUIRED', 'group:REQUIRED', 'effectiveFrom:REQUIRED']);
    expect(fields({ unitCode: 'XYZ' })).toEqual(['unitCode:UNKNOWN_UNIT']);
    expect(fields({ effectiveFrom: '31/12/2026' })).toEqual(['effectiveFrom:BAD_DATE']);
  });
});

describe('a product in use is retired, never taken from a month already reported', () => {
  const versions = [row({ code: 'TINBAI', effectiveFrom: '2026-01-01T00:00:00Z', conversionFactor: 0.5 })];
  const uses = productUses([
    { productCodes: ['TINBAI', 'VBHC', 'tinbai'], periodEnd: periodSpan({ kind: 'MONTH', year: 2026, index: 10 }).end },
    { productCodes: ['TINBAI'], periodEnd: periodSpan({ kind: 'MONTH', year: 2026, index: 11 }).end }
  ]);

  it('counts each report once per product and keeps the latest period', () => {
    expect(uses.TINBAI.reports).toBe(2);
    expect(uses.TINBAI.lastPeriodEnd.slice(0, 10)).toBe('2026-11-30');
    expect(uses.VBHC.reports).toBe(1);
  });
  it('refuses a retirement dated within or before the last period that used it, accepts one after', () => {
    expect(validateRetirement('TINBAI', '2026-11-15', versions, uses.TINBAI)).toEqual([{ field: 'effectiveTo', code: 'USED_AFTER', params: ['2026-11-30'] }]);
    expect(validateRetirement('TINBAI', '2026-12-01', versions, uses.TINBAI)).toEqual([]);
    expect(validateRetirement('NOPE', '2026-12-01', versions)).toEqual([{ field: 'code', code: 'UNKNOWN_CODE' }]);
  });
  it('a product already retired is not retired again', () => {
    const retired = [...versions, row({ code: 'TINBAI', effectiveFrom: '2026-01-01T00:00:00Z', conversionFactor: 0.5, effectiveTo: '2026-12-01T00:00:00Z' })];
    expect(validateRetirement('TINBAI', '2026-12-20', retired)).toEqual([{ field: 'effectiveTo', code: 'ALREADY_RETIRED' }]);
  });
});
