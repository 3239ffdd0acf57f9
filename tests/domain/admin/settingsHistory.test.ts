import {
  checkChange,
  lastSettingsRowId,
  parseSettingValue,
  publicationMarkOf,
  resolveSettingsAt,
  settingsForYear,
  settingsHistory,
  SETTING_PATHS,
  type SettingChange,
  type SettingRow
} from '../../../src/domain/admin/settingsHistory';
import { SETTING_DEFINITIONS } from '../../../src/domain/admin/settingsCatalogue';

let nextId = 1;
const row = (name: string, value: unknown, effectiveFrom: string | undefined, extra: Partial<SettingRow> = {}): SettingRow => ({
  id: nextId++,
  name,
  text: JSON.stringify(value),
  effectiveFrom,
  ...extra
});

beforeEach(() => {
  nextId = 1;
});

describe('settings as a dated history: the rows in force on a date', () => {
  it('no row: the defaults (20 % of HTTNV, law.md 3.7)', () => {
    const r = resolveSettingsAt([], '2026-06-30');
    expect(r.settings.quota.rate).toBe(0.2);
    expect(r.inForce).toEqual({});
  });

  it('a row applies from its EffectiveFrom on, not before', () => {
    const rows = [row('quota.rate', 0.25, '2026-07-01')];
    expect(resolveSettingsAt(rows, '2026-06-30').settings.quota.rate).toBe(0.2);
    expect(resolveSettingsAt(rows, '2026-07-01').settings.quota.rate).toBe(0.25);
    expect(settingsForYear(rows, 2025).settings.quota.rate).toBe(0.2);
    expect(settingsForYear(rows, 2026).settings.quota.rate).toBe(0.25);
  });

  it('among rows in force, the latest by ID wins, whatever Created says (a REST call may forge it)', () => {
    const rows = [
      row('quota.rate', 0.3, '2026-01-01', { created: '2026-12-01T00:00:00Z' }),
      row('quota.rate', 0.25, '2026-01-01', { created: '2020-01-01T00:00:00Z' })
    ];
    expect(resolveSettingsAt(rows, '2026-06-30').settings.quota.rate).toBe(0.25);
    // the order the rows are read in does not matter
    expect(resolveSettingsAt(rows.slice().reverse(), '2026-06-30').settings.quota.rate).toBe(0.25);
  });

  it('each setting is resolved on its own; other site rows (SchemaVersion) are not settings', () => {
    const rows = [row('quota.base', 'HTTNV_OR_ABOVE', '2026-01-01'), row('SchemaVersion', 4, undefined), row('meeting.quorum', 'MORE_THAN_HALF', '2026-03-01')];
    const r = resolveSettingsAt(rows, '2026-12-31');
    expect([r.settings.quota.base, r.settings.quota.rate, r.settings.meeting.quorum]).toEqual(['HTTNV_OR_ABOVE', 0.2, 'MORE_THAN_HALF']);
    expect(Object.keys(r.inForce).sort()).toEqual(['meeting.quorum', 'quota.base']);
  });

  it('a row with an invalid value (added through REST) counts for nothing: the row before it stays', () => {
    const rows = [row('quota.rate', 0.25, '2026-01-01'), row('quota.rate', 7, '2026-02-01'), { id: 99, name: 'quota.base', text: '{not json', effectiveFrom: '2026-01-01' }];
    const r = resolveSettingsAt(rows, '2026-12-31');
    expect(r.settings.quota.rate).toBe(0.25);
    expect(r.settings.quota.base).toBe('HTTNV');
    expect(r.ignored.map((i) => [i.row.id, i.reason])).toEqual([
      [2, 'INVALID'],
      [99, 'INVALID']
    ]);
  });

  it('rows written by hand before the settings screen: a plain word, no EffectiveFrom, in force from the start', () => {
    expect(parseSettingValue('TEAMS_THEN_MAIL')).toBe('TEAMS_THEN_MAIL');
    const rows = [{ id: 5, name: 'NotificationChannel', text: 'TEAMS_THEN_MAIL' }];
    expect(resolveSettingsAt(rows, '2019-01-01').settings.notifications.channel).toBe('TEAMS_THEN_MAIL');
  });
});

describe('never rewriting a decided year (NĐ 90/2020 Điều 21: the published result stands)', () => {
  it('rows after the first publication of a year count for nothing in it, even dated inside it', () => {
    const before = row('quota.rate', 0.25, '2025-01-01');
    const after = row('quota.rate', 0.4, '2025-01-01');
    const mark = publicationMarkOf([{ published: true, settingsThrough: before.id, at: '2025-12-20T09:00:00Z' }]);
    const r = settingsForYear([before, after], 2025, mark);
    expect(r.settings.quota.rate).toBe(0.25);
    expect(r.ignored).toEqual([{ row: after, reason: 'AFTER_PUBLICATION' }]);
    // the next year, not decided, takes it
    expect(settingsForYear([before, after], 2026).settings.quota.rate).toBe(0.4);
  });

  it('the mark is the first publication: the lowest settingsThrough; unpublished decisions do not freeze', () => {
    expect(publicationMarkOf([{ published: false, settingsThrough: 1 }])).toBeUndefined();
    expect(publicationMarkOf([{ published: true, settingsThrough: 9, at: 'b' }, { published: true, settingsThrough: 4, at: 'a' }])).toEqual({ settingsThrough: 4, at: 'a' });
  });

  it('by ID, not Created: a row forged to look older than the publication is still after it', () => {
    const kept = row('quota.rate', 0.25, '2025-01-01', { created: '2025-03-01T00:00:00Z' });
    const forged = row('quota.rate', 0.5, '2025-01-01', { created: '2025-01-02T00:00:00Z' });
    const r = settingsForYear([kept, forged], 2025, { settingsThrough: kept.id, at: '2025-12-20T00:00:00Z' });
    expect(r.settings.quota.rate).toBe(0.25);
  });

  it('a publication from before the mark existed: Created against its time (the weaker fallback)', () => {
    const early = row('quota.rate', 0.25, '2025-01-01', { created: '2025-06-01T00:00:00Z' });
    const late = row('quota.rate', 0.4, '2025-01-01', { created: '2026-01-05T00:00:00Z' });
    expect(settingsForYear([early, late], 2025, { at: '2025-12-20T00:00:00Z' }).settings.quota.rate).toBe(0.25);
  });

  it('the last row ID read is what a publication records', () => {
    expect(lastSettingsRowId([row('a', 1, undefined), row('b', 1, undefined), { id: 40, name: 'x', text: '' }])).toBe(40);
    expect(lastSettingsRowId([])).toBe(0);
  });

  const change = (value: unknown, effectiveFrom: string, reason = 'Quy chế mới của Bộ'): SettingChange => ({ name: 'quota.rate', value, effectiveFrom, reason });

  it('a save effective in or before a decided year is refused, with the first open day to choose', () => {
    const problems = checkChange(change(0.25, '2025-06-01'), [], [2024, 2025]);
    expect(problems.map((p) => p.field)).toEqual(['effectiveFrom']);
    expect(problems[0].vi).toContain('Năm 2025 đã công khai kết quả');
    expect(problems[0].vi).toContain('01/01/2026');
    expect(checkChange(change(0.25, '2026-01-01'), [], [2024, 2025])).toEqual([]);
  });

  it('a save names each problem: value (law.md 3.7: a rate 0..1), day, reason', () => {
    const problems = checkChange(change(1.5, '2026-02-30', ' '), [], []);
    expect(problems.map((p) => p.field)).toEqual(['value', 'effectiveFrom', 'reason']);
    expect(problems[0].vi).toContain('phải là số từ 0 đến 1');
  });

  it('a save is checked with the settings it joins on that day: a rate above the exception ceiling is refused', () => {
    const rows = [row('quota.exceptionMaxRate', 0.3, '2026-01-01')];
    expect(checkChange(change(0.35, '2026-03-01'), rows, []).map((p) => p.field)).toEqual(['value']);
    expect(checkChange(change(0.3, '2026-03-01'), rows, [])).toEqual([]);
  });
});

describe('the history HR sees', () => {
  it('newest first, each change with the value it replaced (the default for the first)', () => {
    const rows = [row('quota.rate', 0.25, '2026-01-01', { authorName: 'Trần Thị Mai' }), row('meeting.quorum', 'TWO_THIRDS', '2026-01-01'), row('quota.rate', 0.3, '2027-01-01')];
    const h = settingsHistory(rows);
    expect(h.map((e) => [e.row.name, e.before, e.after])).toEqual([
      ['quota.rate', 0.25, 0.3],
      ['meeting.quorum', 'NONE', 'TWO_THIRDS'],
      ['quota.rate', 0.2, 0.25]
    ]);
  });
});

describe('the screen describes every setting the engine reads', () => {
  it('the catalogue and the paths name the same settings, each with its place in RatingSettings and a cited source', () => {
    expect(SETTING_DEFINITIONS.map((d) => d.name).sort()).toEqual(Object.keys(SETTING_PATHS).sort());
    SETTING_DEFINITIONS.forEach((d) => {
      expect([d.section, d.key]).toEqual(SETTING_PATHS[d.name]);
      expect(d.source.length).toBeGreaterThan(5);
      if (d.kind === 'CHOICE') expect((d.choices || []).length).toBeGreaterThan(1);
    });
  });
});
