import { ministryPeriodKind } from '../../src/services/sharepoint/periodKindSetting';

/** The ministry's choice "hằng tháng hoặc quý" (NĐ 335/2025, law.md 5.1) is a dated setting: the row in force on 1 January decides the year. */
describe('the ministry’s period kind for a year (nd335.periodKind)', () => {
  it('takes the row in force on 1 January, whatever way SharePoint writes the time', () => {
    const rows = [
      { Id: 1, SettingValue: 'MONTH' },
      { Id: 2, SettingValue: 'QUARTER', EffectiveFrom: '2027-01-01T00:00:00Z' }
    ];
    expect(ministryPeriodKind(rows, 2026)).toBe('MONTH');
    expect(ministryPeriodKind(rows, 2027)).toBe('QUARTER');
  });

  it('reads plain or JSON text; an unreadable value or no row leaves the product’s default (monthly)', () => {
    expect(ministryPeriodKind([{ Id: 1, SettingValue: '"QUARTER"' }], 2026)).toBe('QUARTER');
    expect(ministryPeriodKind([{ Id: 1, SettingValue: 'hằng quý' }], 2026)).toBe('MONTH');
    expect(ministryPeriodKind([], 2026)).toBe('MONTH');
  });
});
