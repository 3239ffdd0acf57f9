import { ND335_RULE_SET, ND90_48_RULE_SET, selectRuleSet } from '../../../src/domain/rating/ruleSets';
import { DEFAULT_SETTINGS, mergeSettings, resolveSettings, validateSettings } from '../../../src/domain/rating/settings';

describe('rule set selection (law.md 0: ND 335 for công chức from 01/01/2026)', () => {
  it.each([
    [2020, 'CONG_CHUC', 'ND90_48'],
    [2025, 'CONG_CHUC', 'ND90_48'],
    [2026, 'CONG_CHUC', 'ND335'],
    [2030, 'CONG_CHUC', 'ND335'],
    [2026, 'VIEN_CHUC', 'ND90_48']
  ] as const)('year %p, %s → %s', (year, staffKind, id) => {
    const s = selectRuleSet(year, staffKind);
    expect(s.ok && s.ruleSet.id).toBe(id);
  });

  it('a year before ND 90 took effect has no rule set, with a clear error', () => {
    const s = selectRuleSet(2019, 'CONG_CHUC');
    expect(s.ok).toBe(false);
    expect(!s.ok && s.error['en-US']).toMatch(/no rule set applies .* 2019/);
    expect(!s.ok && s.error['vi-VN']).toMatch(/Không có bộ quy tắc/);
  });

  it('a requested rule set that does not apply says so (ND335 for 2024; ND335 for viên chức)', () => {
    const s = selectRuleSet(2024, 'CONG_CHUC', 'ND335');
    expect(!s.ok && s.error['en-US']).toMatch(/ND335 does not apply .* 2024/);
    expect(selectRuleSet(2026, 'VIEN_CHUC', 'ND335').ok).toBe(false);
    expect(selectRuleSet(2026, 'CONG_CHUC', 'ND90_48').ok).toBe(false);
  });
});

describe('rule sets are versioned data with their legal basis', () => {
  it('ND335: 30 + 70 points, 25 % deductions, levels 90/70/50 (CONFIRMED numbers)', () => {
    const s = ND335_RULE_SET.scoring;
    expect([s.generalCriteriaMax, s.taskResultsMax, s.majorErrorDeduction, s.delayDeduction]).toEqual([30, 70, 0.25, 0.25]);
    expect(s.levelThresholds.map((t) => [t.level, t.minScore])).toEqual([
      ['HTXSNV', 90],
      ['HTTNV', 70],
      ['HTNV', 50]
    ]);
    expect(ND335_RULE_SET.legalBasis[0].effectiveFrom).toBe('2026-01-01');
    expect(ND335_RULE_SET.forms.map((f) => f.id)).toEqual(['ND335_PERIOD', 'ND335_YEAR']);
  });

  it('ND90_48: 6 and 3 months, 50/20/50/80/70 %, Mẫu 02 sections I–IV, two decrees with sources', () => {
    const t = ND90_48_RULE_SET.thresholds;
    expect([t.minMonthsWorked, t.absenceCapFromMonths, t.absenceCapBelowMonths, t.absenceCapLevel]).toEqual([6, 3, 6, 'HTNV']);
    expect([t.htxsMinExceededPercent, t.htnvMaxFailingPercent, t.khtnvFailingAbovePercent]).toEqual([50, 20, 50]);
    expect([t.leaderHttnvUnitMinOnTimeQualityPercent, t.leaderHtnvUnitCompletedAbovePercent, t.leaderKhtnvUnitCompletedBelowPercent]).toEqual([80, 70, 50]);
    expect(ND90_48_RULE_SET.forms[0].sections.map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(ND90_48_RULE_SET.legalBasis.map((d) => d.name)).toEqual(['Nghị định 90/2020/NĐ-CP', 'Nghị định 48/2023/NĐ-CP']);
    for (const d of ND90_48_RULE_SET.legalBasis.concat(ND335_RULE_SET.legalBasis)) {
      expect(d.sourceUrls.length).toBeGreaterThan(0);
      d.sourceUrls.forEach((u) => expect(u).toMatch(/^https?:\/\//));
    }
  });

  it('labels in vi-VN and en-US for every outcome', () => {
    for (const label of Object.values(ND335_RULE_SET.outcomeLabels)) {
      expect(label['vi-VN'].length).toBeGreaterThan(0);
      expect(label['en-US'].length).toBeGreaterThan(0);
    }
  });
});

describe('HR settings: defaults, validation, merge', () => {
  it('defaults: monthly, average of periods worked, (a+b+c)/3 × 70, six-component leaders, 20 % of HTTNV, NEEDS_DECISION for the open questions', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      nd335: {
        periodKind: 'MONTH',
        yearlyRollUp: 'AVERAGE_OF_PERIODS_WORKED',
        taskScoreFormula: 'AVERAGE_OF_RATIOS_TIMES_70',
        leaderTaskScoreFormula: 'AVERAGE_OF_SIX_COMPONENTS_TIMES_70',
        shortService: 'NEEDS_DECISION'
      },
      nd90: { maternityAndAbsence: 'NEEDS_DECISION', leaderWithoutSubordinateUnits: 'NEEDS_DECISION', splitDiscipline: 'NEEDS_DECISION' },
      quota: { rate: 0.2, base: 'HTTNV' }
    });
  });

  it('an empty or missing override is valid and merges to the defaults', () => {
    expect(validateSettings(undefined)).toEqual([]);
    expect(validateSettings({})).toEqual([]);
    expect(mergeSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('a partial override keeps the other defaults', () => {
    const s = mergeSettings({ quota: { base: 'HTTNV_OR_ABOVE' }, nd335: { periodKind: 'QUARTER' } });
    expect(s.quota).toEqual({ rate: 0.2, base: 'HTTNV_OR_ABOVE', exceptionMode: 'PER_RECORDED_DECISION', exceptionMaxRate: undefined });
    expect(s.nd335.periodKind).toBe('QUARTER');
    expect(s.nd335.yearlyRollUp).toBe('AVERAGE_OF_PERIODS_WORKED');
  });

  it('each error names its field, in Vietnamese and English', () => {
    const errors = validateSettings({ quota: { rate: 1.5, base: 'ALL' }, nd335: { periodKind: 'WEEK' } });
    expect(errors.map((e) => e.field)).toEqual(['quota.rate', 'quota.base', 'nd335.periodKind']);
    expect(errors[0].vi).toMatch(/^quota\.rate: phải là số từ 0 đến 1/);
    expect(errors[0].en).toMatch(/^quota\.rate: expected a number from 0 to 1 .* got 1\.5/);
    expect(errors[2].en).toContain('MONTH, QUARTER');
  });

  it('weights must be three numbers summing to 1', () => {
    expect(validateSettings({ nd335: { taskRatioWeights: { quantity: 0.5, quality: 0.5, timeliness: 0.5 } } })[0].field).toBe('nd335.taskRatioWeights');
    expect(validateSettings({ nd335: { taskRatioWeights: { quantity: 0.5, quality: 0.3, timeliness: 0.2 } } })).toEqual([]);
    expect(validateSettings({ nd335: { taskRatioWeights: { quantity: 'a' } } })[0].field).toBe('nd335.taskRatioWeights.quantity');
  });

  it('CONFIRMED numbers are not settings (90/70/50 change only with a new rule set version)', () => {
    const errors = validateSettings({ nd335: { levelThresholds: [95, 75, 55] } });
    expect(errors[0].field).toBe('nd335.levelThresholds');
    expect(errors[0].en).toMatch(/not a setting/);
  });

  it('unknown sections and keys are refused; non-objects too; "__proto__" does not confuse it', () => {
    expect(validateSettings({ foo: {} })[0].field).toBe('foo');
    expect(validateSettings({ quota: { ratio: 0.2 } })[0].en).toMatch(/quota\.ratio: unknown setting/);
    expect(validateSettings(42)[0].field).toBe('settings');
    expect(validateSettings(JSON.parse('{"__proto__": {"toString": 1}}')).length).toBe(1);
    expect(validateSettings(JSON.parse('{"quota": {"__proto__": 1, "constructor": 2}}')).length).toBe(2);
  });

  it('resolveSettings: validated and merged, or the errors', () => {
    const ok = resolveSettings({ quota: { rate: 0.3 } });
    expect(ok.ok && ok.settings.quota.rate).toBe(0.3);
    const bad = resolveSettings({ quota: { rate: -1 } });
    expect(!bad.ok && bad.errors[0].field).toBe('quota.rate');
  });
});
