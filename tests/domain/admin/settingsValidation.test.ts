import { DEFAULT_SETTINGS, mergeSettings, resolveSettings, validateSettings, type Mau01Group } from '../../../src/domain/rating/settings';
import { DEFAULT_MAU01 } from '../../../src/domain/rating/mau01';
import { validateSettingValue } from '../../../src/domain/admin/settingsHistory';
import { quotaOf, validateMinutes } from '../../../src/domain/evaluation/decisionSheet';
import { roundScore, levelForScore } from '../../../src/domain/rating/nd335/levels';
import { scorePeriod } from '../../../src/domain/rating/nd335/periodScore';
import { formatMau01Outline, parseMau01Outline } from '../../../src/domain/admin/settingsMau01';

const fields = (input: unknown): string[] => validateSettings(input).map((e) => e.field);
/** Mẫu 01 is checked in full where a row is saved or read (settingsHistory), not in the view bundle's settings.ts. */
const mau01Errors = (groups: unknown): ReturnType<typeof validateSettingValue> => validateSettingValue('mau01.groups', groups);
const mau01Fields = (groups: unknown): string[] => mau01Errors(groups).map((e) => e.field);

describe('settings HR may change: validation (each field named, vi and en)', () => {
  it('Mẫu 01 (NĐ 335/2025 Phụ lục II; official-documents.md 1.1): by default the national form, I = 5 + 5, II = III = 4 × 2,5, 30 points', () => {
    expect(DEFAULT_SETTINGS.mau01.groups).toEqual([]); // empty: the national form
    const groups = DEFAULT_MAU01.groups;
    expect(groups.map((g) => [g.code, g.max, g.criteria.map((c) => c.max)])).toEqual([
      ['I', 10, [5, 5]],
      ['II', 10, [2.5, 2.5, 2.5, 2.5]],
      ['III', 10, [2.5, 2.5, 2.5, 2.5]]
    ]);
    expect(mau01Errors(groups)).toEqual([]);
  });

  const national = (): Mau01Group[] => JSON.parse(JSON.stringify(DEFAULT_MAU01.groups)) as Mau01Group[];

  it('Mẫu 01: the groups must make the 30 points of the general criteria (law.md 5.1, CONFIRMED)', () => {
    const groups = national();
    groups[2].max = 15;
    groups[2].criteria[0].max = 7.5;
    const errors = mau01Errors(groups);
    expect(errors.map((e) => e.field)).toEqual(['mau01.groups']);
    expect(errors[0].vi).toContain('phải bằng 30 điểm');
    expect(errors[0].en).toContain('sum to 35');
  });

  it("Mẫu 01: a group's criteria make the group's points", () => {
    const groups = national();
    groups[0].criteria[1].max = 4;
    expect(mau01Fields(groups)).toEqual(['mau01.groups[0].criteria']);
  });

  it('Mẫu 01: an agency may split a criterion (QĐ 392/QĐ-BDTTG: I.1 = 1 + 1 + 6 × 0,5), the parts making the criterion', () => {
    const groups = national();
    groups[0].criteria[0].parts = [
      { code: '1.1', title: 'Chấp hành chủ trương, đường lối', max: 1 },
      { code: '1.2', title: 'Giữ gìn đạo đức', max: 1 },
      ...[3, 4, 5, 6, 7, 8].map((n) => ({ code: `1.${n}`, title: `Nội dung ${n}`, max: 0.5 }))
    ];
    expect(mau01Errors(groups)).toEqual([]);
    groups[0].criteria[0].parts[7].max = 1;
    const errors = mau01Errors(groups);
    expect(errors.map((e) => e.field)).toEqual(['mau01.groups[0].criteria[0].parts']);
    expect(errors[0].vi).toMatch(/5\.5.*5/);
  });

  it('Mẫu 01: points have at most two decimals, texts and numbers are required, numbers unique', () => {
    const groups = national();
    groups[1].criteria[0].max = 2.505;
    groups[1].criteria[1].title = ' ';
    groups[2].criteria[1].code = '1';
    expect(mau01Fields(groups)).toEqual(['mau01.groups[1].criteria[0].max', 'mau01.groups[1].criteria[1].title', 'mau01.groups[2].criteria']);
    expect(mau01Fields([])).toEqual(['mau01.groups']);
  });

  it('quota (law.md 3.7 b, UNCONFIRMED): the exception is a choice; its ceiling a rate not below the rate', () => {
    expect(fields({ quota: { exceptionMode: 'SOMETIMES' } })).toEqual(['quota.exceptionMode']);
    expect(validateSettings({ quota: { exceptionMaxRate: null } })).toEqual([]);
    expect(fields({ quota: { exceptionMaxRate: 1.2 } })).toEqual(['quota.exceptionMaxRate']);
    const below = resolveSettings({ quota: { rate: 0.3, exceptionMaxRate: 0.25 } });
    expect(below.ok).toBe(false);
    expect(!below.ok && below.errors[0].field).toBe('quota.exceptionMaxRate');
  });

  it('rounding (official-documents.md 2: no legal rule, UNCONFIRMED): null or 0..2 whole places', () => {
    expect(DEFAULT_SETTINGS.nd335.scoreDecimals).toBeUndefined();
    expect(validateSettings({ nd335: { scoreDecimals: 1 } })).toEqual([]);
    expect(fields({ nd335: { scoreDecimals: 3 } })).toEqual(['nd335.scoreDecimals']);
    expect(fields({ nd335: { scoreDecimals: 1.5 } })).toEqual(['nd335.scoreDecimals']);
  });

  it('meeting quorum (law.md 1.3, 4: attendance recorded, no quorum named): NONE by default, a choice', () => {
    expect(DEFAULT_SETTINGS.meeting.quorum).toBe('NONE');
    expect(fields({ meeting: { quorum: 'ALL' } })).toEqual(['meeting.quorum']);
  });

  it('notifications: channel MAIL | TEAMS_THEN_MAIL, the Teams app id a GUID or blank, reminder days 0..60', () => {
    expect(DEFAULT_SETTINGS.notifications).toEqual({ channel: 'MAIL', teamsAppId: '', remindDaysBefore: 3, remindDaysAfter: 1 });
    expect(fields({ notifications: { channel: 'SMS', teamsAppId: 'app', remindDaysBefore: -1, remindDaysAfter: 61 } })).toEqual([
      'notifications.channel',
      'notifications.teamsAppId',
      'notifications.remindDaysBefore',
      'notifications.remindDaysAfter'
    ]);
    expect(validateSettings({ notifications: { teamsAppId: '0d4b8a2e-7c1f-4e3a-9b5d-2f6a8c1e3b7d' } })).toEqual([]);
  });

  it('merge keeps the defaults of what is not set, and a null ceiling or rounding as set', () => {
    const s = mergeSettings({ quota: { exceptionMaxRate: 0.3 }, nd335: { scoreDecimals: 0 } });
    expect(s.quota.exceptionMaxRate).toBe(0.3);
    expect(s.nd335.scoreDecimals).toBe(0);
    expect(s.meeting).toEqual(DEFAULT_SETTINGS.meeting);
  });
});

describe('the settings act where the engine computes', () => {
  it('rounding: 89,996 is HTTNV unrounded (NĐ 335: ≥ 90 HTXSNV) and HTXSNV at two places', () => {
    expect(levelForScore(roundScore(89.996))).toBe('HTTNV');
    expect(roundScore(89.996, 2)).toBe(90);
    expect(levelForScore(roundScore(89.996, 2))).toBe('HTXSNV');
    expect(roundScore(84.45, 1)).toBe(84.5);
    expect(roundScore(84.44, 0)).toBe(84);
  });

  it("rounding reaches a period's score (NĐ 335/2025: 30 + 70 points)", () => {
    const products = [
      {
        productType: { code: 'VB', name: 'Văn bản', conversionFactor: 1 },
        assigned: 3,
        completed: 3,
        completedMeetingQuality: 2,
        completedOnTime: 3,
        majorErrors: 0,
        delays: 0,
        majorErrorsObjectiveCauseConfirmed: false,
        delaysObjectiveCauseConfirmed: false
      }
    ];
    const input = { isLeader: false, generalCriteriaScore: 30, products };
    const plain = scorePeriod(input, DEFAULT_SETTINGS.nd335).score as number;
    // (1 + 2/3 + 1) / 3 × 70 = 62,2222…; + 30 = 92,2222…
    expect(plain).toBeCloseTo(92.2222, 3);
    expect(scorePeriod(input, mergeSettings({ nd335: { scoreDecimals: 1 } }).nd335).score).toBe(92.2);
  });

  const standing = [
    { group: 'A', rating: 'HTXSNV' as const, exception: undefined },
    { group: 'A', rating: 'HTXSNV' as const, exception: { reason: 'Tập thể có thành tích xuất sắc, nổi trội' } },
    { group: 'A', rating: 'HTXSNV' as const, exception: { reason: 'Tập thể có thành tích xuất sắc, nổi trội' } },
    ...Array.from({ length: 5 }, () => ({ group: 'A', rating: 'HTTNV' as const, exception: undefined }))
  ];

  it('quota exception (law.md 3.7 b): by default each reasoned exception lifts the limit by one', () => {
    // floor(20 % × 5 HTTNV) = 1; two recorded exceptions: 3 allowed, 3 rated.
    expect(quotaOf(standing, 'Cục trưởng').violated).toBe(false);
  });

  it('quota exception NOT_ALLOWED: the 20 % is a hard limit, recorded reasons or not', () => {
    const quota = quotaOf(standing, 'Cục trưởng', mergeSettings({ quota: { exceptionMode: 'NOT_ALLOWED' } }).quota);
    expect(quota.violated).toBe(true);
    expect(quota.perScope[0].maxHTXSNV).toBe(1);
  });

  it('quota exception ceiling: at most floor(40 % × 5) = 2 even with two recorded exceptions', () => {
    const quota = quotaOf(standing, 'Cục trưởng', mergeSettings({ quota: { exceptionMaxRate: 0.4 } }).quota);
    expect(quota.perScope[0].maxHTXSNV).toBe(2);
    expect(quota.violated).toBe(true);
  });

  const minutes = (present: number, total: number): Parameters<typeof validateMinutes>[0] => ({ approved: false, present, total, people: [] }) as unknown as Parameters<typeof validateMinutes>[0];
  const presentProblems = (present: number, total: number, quorum: 'NONE' | 'MORE_THAN_HALF' | 'TWO_THIRDS'): string[] =>
    validateMinutes(minutes(present, total), 2025, [], { quorum }).filter((p) => p.field === 'present').map((p) => `${p.code}:${(p.params || []).join('/')}`);

  it('meeting quorum (law.md 4: "attendance (present / total)"): NONE, more than half, two thirds', () => {
    expect(presentProblems(1, 9, 'NONE')).toEqual([]);
    expect(presentProblems(4, 9, 'MORE_THAN_HALF')).toEqual(['OUT_OF_RANGE:5/9']);
    expect(presentProblems(5, 9, 'MORE_THAN_HALF')).toEqual([]);
    expect(presentProblems(5, 9, 'TWO_THIRDS')).toEqual(['OUT_OF_RANGE:6/9']);
    expect(presentProblems(6, 9, 'TWO_THIRDS')).toEqual([]);
  });
});

describe('Mẫu 01 as HR types it: "number | points | text"', () => {
  it('round-trips the national form', () => {
    const text = formatMau01Outline(DEFAULT_MAU01.groups);
    expect(text.split('\n')[0]).toMatch(/^I \| 10 \| Phẩm chất chính trị/);
    expect(text).toContain('1 | 2,5 | Năng lực chuyên môn');
    expect(parseMau01Outline(text)).toEqual({ groups: DEFAULT_MAU01.groups, problems: [] });
  });

  it('reads parts under their criterion and says which line is wrong', () => {
    const parsed = parseMau01Outline('I | 10 | Nhóm một\n1 | 5 | Tiêu chí\n1.1 | 2,5 | Phần một\n1.2 | 2.5 | Phần hai\n2 | 5 | Khác\n2.1 | x | Sai\n3.1 | 1 | Lạc\nA | 1 | Lạ');
    expect(parsed.groups[0].criteria[0].parts.map((p) => p.max)).toEqual([2.5, 2.5]);
    expect(parsed.problems.map((p) => p.line)).toEqual([6, 7, 8]);
    expect(parsed.problems[0].vi).toContain('Dòng 6');
  });
});
