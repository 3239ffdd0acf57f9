import fc from 'fast-check';
import { levelForScore } from '../../../src/domain/rating/nd335/levels';
import { scorePeriod, taskRatios, type PeriodEvaluationInput } from '../../../src/domain/rating/nd335/periodScore';
import { conversionFactorOf, type WorkProduct } from '../../../src/domain/rating/nd335/workProduct';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../src/domain/rating/settings';

// NĐ 335/2025 (law.md 5.1): 30 points of general criteria + 70 points of task results from converted
// products; 25 % of a product's quality points per major error, 25 % of its timeliness points per delay.
// Expected values are computed by hand in each test.

const standard = { code: 'VB', name: 'Soạn thảo văn bản hành chính đơn giản', conversionFactor: 1 };
const double = { code: 'DA', name: 'Đề án', conversionFactor: 2 };

function product(overrides: Partial<WorkProduct> = {}): WorkProduct {
  return {
    productType: standard,
    assigned: 10,
    completed: 10,
    completedMeetingQuality: 10,
    completedOnTime: 10,
    majorErrors: 0,
    delays: 0,
    majorErrorsObjectiveCauseConfirmed: false,
    delaysObjectiveCauseConfirmed: false,
    ...overrides
  };
}

function period(products: WorkProduct[], generalCriteriaScore = 30, extra: Partial<PeriodEvaluationInput> = {}): PeriodEvaluationInput {
  return { isLeader: false, generalCriteriaScore, products, ...extra };
}

describe('ND 335 conversion factor (hệ số quy đổi = điểm sản phẩm / điểm sản phẩm chuẩn, law.md 5.1)', () => {
  it('a 5-point standard product has factor 1, a 10-point product factor 2', () => {
    expect(conversionFactorOf(5, 5)).toBe(1);
    expect(conversionFactorOf(10, 5)).toBe(2);
  });
});

describe('ND 335 period score: task results (a+b+c)/3 × 70 (UNCONFIRMED default, law.md 5.1)', () => {
  it('everything assigned done, with quality and on time: 30 + 70 = 100, HTXSNV', () => {
    const r = scorePeriod(period([product()]));
    expect(r.ratios).toEqual({ quantity: 1, quality: 1, timeliness: 1 });
    expect(r.score).toBe(100);
    expect(r.level).toBe('HTXSNV');
  });

  it('ratios are over converted totals: 4 standard + 3 products of factor 2 = 10 converted units', () => {
    const r = scorePeriod(
      period(
        [
          product({ assigned: 4, completed: 4, completedMeetingQuality: 4, completedOnTime: 4 }),
          product({ productType: double, assigned: 3, completed: 3, completedMeetingQuality: 2, completedOnTime: 3 })
        ],
        25
      )
    );
    // a = (4 + 6)/10 = 1; b = (4 + 4)/10 = 0.8; c = 1; task = 2.8/3 × 70 = 65.3333…; total 90.3333…
    expect(r.ratios?.quality).toBeCloseTo(0.8, 10);
    expect(r.taskScore).toBeCloseTo((2.8 / 3) * 70, 5);
    expect(r.score).toBeCloseTo(25 + (2.8 / 3) * 70, 5);
    expect(r.level).toBe('HTXSNV');
  });

  // law.md 5.1: "Each major content error deducts 25% of that product's quality points" — of the one
  // product (sản phẩm) with the error, i.e. 0.25 × its conversion factor, not a quarter of every product
  // of the same type on the line.
  it('one major error takes 25 % of the quality points of one product, not of the whole line', () => {
    const r = scorePeriod(period([product({ assigned: 4, completed: 4, completedMeetingQuality: 4, completedOnTime: 4, majorErrors: 1 })], 0));
    // quality points 4 − 0.25 = 3.75 of 4 → b = 0.9375; task = (1 + 0.9375 + 1)/3 × 70 = 68.541666…
    expect(r.ratios?.quality).toBe(0.9375);
    expect(r.score).toBeCloseTo((2.9375 / 3) * 70, 5);
  });

  it('a product of factor 2 loses 25 % of its own 2 points (0.5) per major error', () => {
    const r = scorePeriod(period([product({ productType: double, assigned: 2, completed: 2, completedMeetingQuality: 2, completedOnTime: 2, majorErrors: 1 })], 0));
    // assigned 2 × 2 = 4 points; quality (2 − 0.25) × 2 = 3.5 → b = 0.875
    expect(r.ratios?.quality).toBe(0.875);
  });

  it('the deduction hits only the product with the errors, not the other lines', () => {
    const r = scorePeriod(period([product({ assigned: 2, completed: 2, completedMeetingQuality: 2, completedOnTime: 2, majorErrors: 2 }), product({ assigned: 2, completed: 2, completedMeetingQuality: 2, completedOnTime: 2 })], 0));
    // line 1: 2 − 2 × 0.25 = 1.5; line 2: 2 → b = 3.5/4
    expect(r.ratios?.quality).toBe(0.875);
  });

  it('four major errors take a whole product’s quality points; a line never goes below 0', () => {
    // one product with 4 errors: 1 − 4 × 0.25 = 0
    expect(scorePeriod(period([product({ assigned: 1, completed: 1, completedMeetingQuality: 1, completedOnTime: 1, majorErrors: 4 })])).ratios?.quality).toBe(0);
    // 10 products, 4 errors: 10 − 1 = 9 → 0.9 (the six products without an error keep their points)
    expect(scorePeriod(period([product({ majorErrors: 4 })])).ratios?.quality).toBe(0.9);
    expect(scorePeriod(period([product({ assigned: 1, completed: 1, completedMeetingQuality: 1, completedOnTime: 1, majorErrors: 7 })])).ratios?.quality).toBe(0);
  });

  it('a confirmed objective cause cancels the error deduction', () => {
    expect(scorePeriod(period([product({ majorErrors: 2, majorErrorsObjectiveCauseConfirmed: true })])).ratios?.quality).toBe(1);
  });

  it('each delay takes 25 % of one product’s timeliness points; objective cause cancels it', () => {
    // 10 products, 2 delays: 10 − 0.5 = 9.5 → 0.95
    expect(scorePeriod(period([product({ delays: 2 })])).ratios?.timeliness).toBe(0.95);
    expect(scorePeriod(period([product({ delays: 2, delaysObjectiveCauseConfirmed: true })])).ratios?.timeliness).toBe(1);
    // one product delayed 4 times: 1 − 1 = 0; 5 times: still 0, never negative
    expect(scorePeriod(period([product({ assigned: 1, completed: 1, completedMeetingQuality: 1, completedOnTime: 1, delays: 4 })])).ratios?.timeliness).toBe(0);
    expect(scorePeriod(period([product({ assigned: 1, completed: 1, completedMeetingQuality: 1, completedOnTime: 1, delays: 5 })])).ratios?.timeliness).toBe(0);
  });

  it('items completed late earn no timeliness points (tiến độ = đúng hạn hoặc trước hạn / được giao)', () => {
    const r = scorePeriod(period([product({ completedOnTime: 7 })], 0));
    expect(r.ratios?.timeliness).toBe(0.7);
    // (1 + 1 + 0.7)/3 × 70 = 63
    expect(r.score).toBe(63);
  });

  it('items beyond the assigned number are not counted (ratios capped at 100 %)', () => {
    const r = scorePeriod(period([product({ assigned: 2, completed: 5, completedMeetingQuality: 5, completedOnTime: 5 })]));
    expect(r.ratios).toEqual({ quantity: 1, quality: 1, timeliness: 1 });
  });

  it('a period with nothing assigned cannot be scored, and says why', () => {
    const r = scorePeriod(period([]));
    expect(r.score).toBeUndefined();
    expect(r.reasons.some((x) => !x.met && /Không có sản phẩm/.test(x.text))).toBe(true);
  });

  it('general criteria above 30 cannot be scored (tiêu chí chung tối đa 30 điểm)', () => {
    expect(scorePeriod(period([product()], 30.5)).score).toBeUndefined();
    expect(scorePeriod(period([product()], -1)).score).toBeUndefined();
  });

  it('inconsistent product numbers are refused, naming the field', () => {
    const r = scorePeriod(period([product({ completedOnTime: 11 })]));
    expect(r.score).toBeUndefined();
    expect(r.reasons.map((x) => x.text).join(' ')).toMatch(/products\[0\]\.completedOnTime/);
  });

  it('WEIGHTED_RATIOS_TIMES_70 setting: 0.5a + 0.3b + 0.2c', () => {
    const settings = mergeSettings({ nd335: { taskScoreFormula: 'WEIGHTED_RATIOS_TIMES_70', taskRatioWeights: { quantity: 0.5, quality: 0.3, timeliness: 0.2 } } }).nd335;
    const r = scorePeriod(period([product({ completedMeetingQuality: 5, completedOnTime: 0 })], 0), settings);
    // a = 1, b = 0.5, c = 0 → 0.65 × 70 = 45.5
    expect(r.score).toBe(45.5);
  });
});

describe('ND 335 period score for leaders: (a+b+c+d+đ+e)/6 × 70 (UNCONFIRMED, law.md 5.1)', () => {
  const components = { unitResults: 0.4, leadershipCapacity: 1, unitingCapacity: 1 };

  it('six-component average by default', () => {
    const r = scorePeriod(period([product()], 27, { isLeader: true, leaderComponents: components }));
    // (1 + 1 + 1 + 0.4 + 1 + 1)/6 × 70 = 5.4/6 × 70 = 63; 27 + 63 = 90
    expect(r.taskScore).toBe(63);
    expect(r.score).toBe(90);
    expect(r.level).toBe('HTXSNV');
  });

  it('OWN_PRODUCTS_ONLY setting ignores d, đ, e', () => {
    const settings = mergeSettings({ nd335: { leaderTaskScoreFormula: 'OWN_PRODUCTS_ONLY' } }).nd335;
    expect(scorePeriod(period([product()], 27, { isLeader: true, leaderComponents: components }), settings).score).toBe(97);
  });

  it('a leader without the components d, đ, e cannot be scored under the default formula', () => {
    expect(scorePeriod(period([product()], 27, { isLeader: true })).score).toBeUndefined();
  });
});

describe('ND 335 score → level at 90 / 70 / 50 (CONFIRMED: cafef, laodong)', () => {
  it.each([
    [100, 'HTXSNV'],
    [90, 'HTXSNV'],
    [89.99, 'HTTNV'],
    [70, 'HTTNV'],
    [69.99, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV'],
    [0, 'KHTNV']
  ])('%p points → %s', (score, level) => {
    expect(levelForScore(score)).toBe(level);
  });

  it('a period worth exactly 90 by hand (20 + 70) is HTXSNV; 19.99 + 70 is HTTNV', () => {
    expect(scorePeriod(period([product()], 20)).level).toBe('HTXSNV');
    expect(scorePeriod(period([product()], 19.99)).level).toBe('HTTNV');
  });

  it('floating-point noise does not cross a threshold: 0.6 of everything and 28 general = 70', () => {
    // 0.6 × 70 = 42 by hand (42.00000000000001 in binary)
    const r = scorePeriod(period([product({ completed: 6, completedMeetingQuality: 6, completedOnTime: 6 })], 28));
    expect(r.score).toBe(70);
    expect(r.level).toBe('HTTNV');
  });
});

const productArb: fc.Arbitrary<WorkProduct> = fc
  .record({
    factor: fc.constantFrom(0.5, 1, 1.5, 2, 3),
    assigned: fc.integer({ min: 1, max: 20 }),
    completed: fc.integer({ min: 0, max: 25 }),
    quality: fc.integer({ min: 0, max: 25 }),
    onTime: fc.integer({ min: 0, max: 25 }),
    majorErrors: fc.integer({ min: 0, max: 6 }),
    delays: fc.integer({ min: 0, max: 6 }),
    errorsObjective: fc.boolean(),
    delaysObjective: fc.boolean()
  })
  .map((r) => ({
    productType: { code: `P${r.factor}`, name: 'p', conversionFactor: r.factor },
    assigned: r.assigned,
    completed: r.completed,
    completedMeetingQuality: Math.min(r.quality, r.completed),
    completedOnTime: Math.min(r.onTime, r.completed),
    majorErrors: r.majorErrors,
    delays: r.delays,
    majorErrorsObjectiveCauseConfirmed: r.errorsObjective,
    delaysObjectiveCauseConfirmed: r.delaysObjective
  }));

const productsArb = fc.array(productArb, { minLength: 1, maxLength: 8 });
const generalArb = fc.double({ min: 0, max: 30, noNaN: true });

function scoreOf(products: WorkProduct[], general: number): number {
  const s = scorePeriod(period(products, general)).score;
  if (s === undefined) {
    throw new Error('unscored');
  }
  return s;
}

describe('ND 335 period score properties', () => {
  it('scores stay within 0..100 and ratios within 0..1', () => {
    fc.assert(
      fc.property(productsArb, generalArb, (products, general) => {
        const s = scoreOf(products, general);
        const ratios = taskRatios(products);
        return s >= 0 && s <= 100 && ratios !== undefined && [ratios.quantity, ratios.quality, ratios.timeliness].every((x) => x >= 0 && x <= 1);
      })
    );
  });

  it('more products completed on time never lowers the score', () => {
    fc.assert(
      fc.property(productsArb, generalArb, fc.nat(), (products, general, pick) => {
        const i = pick % products.length;
        const better = products.map((p, j) => (j === i ? { ...p, completedOnTime: Math.min(p.completed, p.completedOnTime + 1) } : p));
        return scoreOf(better, general) >= scoreOf(products, general);
      })
    );
  });

  it('adding a product done in full, on time and with quality never lowers the score', () => {
    fc.assert(
      fc.property(productsArb, generalArb, fc.integer({ min: 1, max: 10 }), (products, general, n) => {
        const extra = product({ assigned: n, completed: n, completedMeetingQuality: n, completedOnTime: n });
        return scoreOf(products.concat([extra]), general) >= scoreOf(products, general) - 1e-9;
      })
    );
  });

  it('more major errors or more delays never raise the score', () => {
    fc.assert(
      fc.property(productsArb, generalArb, fc.nat(), fc.boolean(), (products, general, pick, errorNotDelay) => {
        const i = pick % products.length;
        const worse = products.map((p, j) =>
          j !== i ? p : errorNotDelay ? { ...p, majorErrors: p.majorErrors + 1 } : { ...p, delays: p.delays + 1 }
        );
        return scoreOf(worse, general) <= scoreOf(products, general);
      })
    );
  });

  it('the score does not depend on how products of one type are grouped into lines (deductions are per product)', () => {
    // law.md 5.1: the 25 % deductions are of "that product's" points. Splitting a line of n products
    // into n lines of one product each, each error and delay on a different product, must not change
    // the score; a deduction of a quarter of the whole line per error would.
    fc.assert(
      fc.property(productsArb, generalArb, (products, general) => {
        const lines = products.map((p) => ({
          ...p,
          majorErrors: Math.min(p.majorErrors, p.completedMeetingQuality, p.assigned),
          delays: Math.min(p.delays, p.completedOnTime, p.assigned)
        }));
        const split: WorkProduct[] = [];
        for (const p of lines) {
          for (let k = 0; k < p.assigned; k++) {
            const one = (n: number): number => (k < n ? 1 : 0);
            split.push({
              ...p,
              assigned: 1,
              completed: one(p.completed),
              completedMeetingQuality: one(p.completedMeetingQuality),
              completedOnTime: one(p.completedOnTime),
              majorErrors: one(p.majorErrors),
              delays: one(p.delays)
            });
          }
        }
        return Math.abs(scoreOf(split, general) - scoreOf(lines, general)) < 1e-6;
      })
    );
  });

  it('uses the default settings when none are given', () => {
    expect(scorePeriod(period([product()]), DEFAULT_SETTINGS.nd335).score).toBe(100);
  });
});
