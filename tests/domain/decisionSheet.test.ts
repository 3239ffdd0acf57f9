import type { MeetingMinutesPayload } from '../../src/domain/evaluation/actPayloads';
import {
  buildDecisionSheet,
  exceptionField,
  quotaField,
  ratingField,
  reasonsField,
  validateDecisions,
  validateMinutes,
  minutesPersonField,
  type DecisionSheetInput,
  type SheetChoice,
  type SheetPerson
} from '../../src/domain/evaluation/decisionSheet';
import { WHOLE_AGENCY, type RatingLevel, type RatingOutcome } from '../../src/domain/rating';

const PHONG_A = 'Phòng Quản lý di tích';
const PHONG_B = 'Phòng Bảo tàng';

function person(login: string, group: string, extra: Partial<SheetPerson> = {}): SheetPerson {
  return { login, displayName: login, taskGroup: group, decidable: true, ...extra };
}

/** A phòng of six: one strong (score 95), four ordinary, one whose year the law leaves open. */
function phong(): SheetPerson[] {
  return [
    person('a1', PHONG_A, { suggestion: { outcome: 'HTXSNV', possibleOutcomes: ['HTXSNV'], score: 95, reasons: [] }, selfProposal: 'HTXSNV', meeting: { proposedRating: 'HTXSNV', votes: { HTXSNV: 6 } } }),
    person('a2', PHONG_A, { suggestion: { outcome: 'HTTNV', possibleOutcomes: ['HTTNV'], score: 85, reasons: [] }, selfProposal: 'HTXSNV', meeting: { proposedRating: 'HTTNV' } }),
    person('a3', PHONG_A, { suggestion: { outcome: 'HTTNV', possibleOutcomes: ['HTTNV'], score: 80, reasons: [] }, meeting: { proposedRating: 'HTTNV' } }),
    person('a4', PHONG_A, { suggestion: { outcome: 'HTTNV', possibleOutcomes: ['HTTNV'], score: 78, reasons: [] }, meeting: { proposedRating: 'HTTNV' } }),
    person('a5', PHONG_A, { suggestion: { outcome: 'HTTNV', possibleOutcomes: ['HTTNV'], score: 76, reasons: [] }, meeting: { proposedRating: 'HTTNV' } }),
    person('a6', PHONG_A, {
      suggestion: { outcome: 'NEEDS_DECISION', possibleOutcomes: ['HTNV', 'KHTNV'], reasons: [{ clause: 'NĐ 90/2020 Điều 10', text: 'Từ 20 % đến 50 % tiêu chí chưa đạt.', met: false }] },
      meeting: { proposedRating: 'HTNV' }
    })
  ];
}

function choices(ratings: { [login: string]: RatingOutcome | undefined }, extra: { [login: string]: Partial<SheetChoice> } = {}): DecisionSheetInput['choices'] {
  const result: { [login: string]: SheetChoice } = {};
  Object.keys(ratings).forEach((login) => (result[login] = { rating: ratings[login], reasons: '', ...extra[login] }));
  return result;
}

const decidedBy = 'Cục trưởng';

describe('the decision sheet: proposals, suggestions and the HTXSNV quota live (law.md 3.7)', () => {
  it('shows each person’s self-proposal, the meeting’s proposal and the engine’s suggestion; NEEDS_DECISION with its possible outcomes (law.md 2.3)', () => {
    const sheet = buildDecisionSheet({ people: phong(), choices: {}, decidedBy });
    const a2 = sheet.rows.find((r) => r.login === 'a2');
    expect(a2).toMatchObject({ selfProposal: 'HTXSNV', meetingProposal: 'HTTNV', score: 85, needsDecision: false, standing: 'HTTNV' });
    const a6 = sheet.rows.find((r) => r.login === 'a6');
    expect(a6).toMatchObject({ needsDecision: true, possibleOutcomes: ['HTNV', 'KHTNV'] });
  });

  it('before any choice, the quota counts the meeting’s proposals: 1 HTXSNV against floor(20 % × 4 HTTNV) = 0 is exceeded', () => {
    // NĐ 335/2025 (law.md 3.7): HTXSNV ≤ floor(20 % × số HTTNV) per group; 4 HTTNV allow none.
    const sheet = buildDecisionSheet({ people: phong(), choices: {}, decidedBy });
    expect(sheet.quota.perScope).toHaveLength(1);
    expect(sheet.quota.perScope[0]).toMatchObject({ scope: PHONG_A, countHTXSNV: 1, base: 4, maxHTXSNV: 0, violated: true, excess: 1 });
    expect(sheet.lowerings.map((l) => l.personId)).toEqual(['a1']);
    expect(sheet.rows.find((r) => r.login === 'a1')?.suggestedLowering).toBe(true);
  });

  it('the quota follows the ratings chosen on the screen', () => {
    const withFive = [...phong(), person('a7', PHONG_A, { meeting: { proposedRating: 'HTTNV' } })];
    const within = buildDecisionSheet({ people: withFive, choices: choices({ a1: 'HTXSNV' }), decidedBy });
    // 5 HTTNV (a2–a5, a7) allow 1 HTXSNV.
    expect(within.quota.perScope[0]).toMatchObject({ countHTXSNV: 1, base: 5, maxHTXSNV: 1, violated: false });
    const twoExcellent = buildDecisionSheet({ people: withFive, choices: choices({ a1: 'HTXSNV', a2: 'HTXSNV' }), decidedBy });
    expect(twoExcellent.quota.perScope[0]).toMatchObject({ countHTXSNV: 2, base: 4, maxHTXSNV: 0, violated: true, excess: 2 });
    // The lowest-scored excellent one first (a2: 85 before a1: 95); lowering adds to the base.
    expect(twoExcellent.lowerings.map((l) => l.personId)).toEqual(['a2']);
  });

  it('checks each group and the whole agency; other units’ decisions count in the whole agency (NĐ 48/2023 khoản 6 Điều 2)', () => {
    const others = [
      ...['b1', 'b2', 'b3', 'b4', 'b5'].map((login) => ({ login, taskGroup: PHONG_B, rating: 'HTTNV' as RatingOutcome })),
      { login: 'b6', taskGroup: PHONG_B, rating: 'HTXSNV' as RatingOutcome }
    ];
    const withFive = [...phong(), person('a7', PHONG_A)];
    const sheet = buildDecisionSheet({ people: withFive, others, choices: choices({ a1: 'HTXSNV', a2: 'HTTNV', a3: 'HTTNV', a4: 'HTTNV', a5: 'HTTNV', a7: 'HTTNV' }), decidedBy });
    const agency = sheet.quota.perScope.find((s) => s.scope === WHOLE_AGENCY);
    // 10 HTTNV in the agency allow 2; there are 2.
    expect(agency).toMatchObject({ countHTXSNV: 2, base: 10, maxHTXSNV: 2, violated: false });
    expect(sheet.quota.perScope.map((s) => s.scope)).toEqual([PHONG_A, PHONG_B, WHOLE_AGENCY]);
  });

  it('an HTXSNV beyond the quota with a recorded, reasoned exception raises its scopes’ limit by one (law.md 3.7 điểm b)', () => {
    const sheet = buildDecisionSheet({
      people: phong(),
      choices: choices({ a1: 'HTXSNV' }, { a1: { quotaException: { reason: 'Đơn vị được Bộ khen thưởng thành tích xuất sắc, nổi trội', decisionReference: 'QĐ 12/QĐ-BVHTTDL' } } }),
      decidedBy
    });
    expect(sheet.quota.violated).toBe(false);
    expect(sheet.quota.perScope[0]).toMatchObject({ maxHTXSNV: 1, exception: { decidedBy, decisionReference: 'QĐ 12/QĐ-BVHTTDL' } });
    expect(sheet.rows[0].excepted).toBe(true);
    expect(sheet.lowerings).toEqual([]);
  });

  it('an exception without a reason lifts nothing', () => {
    const sheet = buildDecisionSheet({ people: phong(), choices: choices({ a1: 'HTXSNV' }, { a1: { quotaException: { reason: '  ' } } }), decidedBy });
    expect(sheet.quota.violated).toBe(true);
  });

  it('a person the acting user does not decide counts in the quota but is never suggested for lowering', () => {
    const people = phong().map((p) => (p.login === 'a1' ? { ...p, decidable: false } : p));
    const sheet = buildDecisionSheet({ people, choices: {}, decidedBy });
    expect(sheet.quota.violated).toBe(true);
    expect(sheet.lowerings).toEqual([]);
  });

  it('a chosen level below the suggestion is flagged', () => {
    const sheet = buildDecisionSheet({ people: phong(), choices: choices({ a3: 'HTNV' }), decidedBy });
    expect(sheet.rows.find((r) => r.login === 'a3')?.lowerThanSuggestion).toBe(true);
    expect(sheet.rows.find((r) => r.login === 'a2')?.lowerThanSuggestion).toBe(false);
  });
});

describe('validateDecisions (NĐ 90/2020 Điều 18 bước 4: the competent person decides each rating)', () => {
  const all = (overrides: { [login: string]: RatingOutcome | undefined }): { [login: string]: RatingOutcome | undefined } => ({
    a1: 'HTTNV',
    a2: 'HTTNV',
    a3: 'HTTNV',
    a4: 'HTTNV',
    a5: 'HTTNV',
    a6: 'HTNV',
    ...overrides
  });

  it('every person the evaluator decides must be rated; NEEDS_DECISION is not a rating', () => {
    const problems = validateDecisions({ people: phong(), choices: choices(all({ a2: undefined, a3: 'NEEDS_DECISION' }), { a6: { reasons: 'Hai tiêu chí chưa đạt; xếp loại hoàn thành nhiệm vụ.' } }), decidedBy });
    expect(problems.filter((p) => p.code === 'REQUIRED').map((p) => p.field).sort()).toEqual([ratingField('a2'), ratingField('a3'), reasonsField('a1')].sort());
  });

  it('a NEEDS_DECISION suggestion needs the reasons typed (law.md 2.3: the competent person decides)', () => {
    const problems = validateDecisions({ people: phong(), choices: choices(all({ a1: 'HTXSNV', a2: 'HTTNV' })), decidedBy });
    expect(problems).toContainEqual({ field: reasonsField('a6'), code: 'REQUIRED' });
  });

  it('a rating below the engine’s suggestion needs reasons; one at the suggestion does not', () => {
    const problems = validateDecisions({ people: phong(), choices: choices(all({}), { a6: { reasons: 'Đủ căn cứ.' } }), decidedBy });
    // a1 is suggested HTXSNV and rated HTTNV (lowered for the quota): say why.
    expect(problems).toEqual([{ field: reasonsField('a1'), code: 'REQUIRED' }]);
  });

  it('an HTXSNV beyond the quota is refused without a recorded exception, and accepted with one that gives a reason', () => {
    const excellent = all({ a1: 'HTXSNV' });
    const withoutException = validateDecisions({ people: phong(), choices: choices(excellent, { a6: { reasons: 'Đủ căn cứ.' } }), decidedBy });
    expect(withoutException).toEqual([{ field: quotaField(PHONG_A), code: 'AT_MOST', params: [0] }]);

    const emptyReason = validateDecisions({ people: phong(), choices: choices(excellent, { a6: { reasons: 'Đủ căn cứ.' }, a1: { quotaException: { reason: '' } } }), decidedBy });
    expect(emptyReason).toContainEqual({ field: exceptionField('a1'), code: 'REQUIRED' });
    expect(emptyReason).toContainEqual({ field: quotaField(PHONG_A), code: 'AT_MOST', params: [0] });

    const withException = validateDecisions({
      people: phong(),
      choices: choices(excellent, { a6: { reasons: 'Đủ căn cứ.' }, a1: { quotaException: { reason: 'Thành tích xuất sắc, nổi trội được Bộ công nhận.' } } }),
      decidedBy
    });
    expect(withException).toEqual([]);
  });

  it('people the acting user does not decide are not validated', () => {
    const people = phong().map((p) => ({ ...p, decidable: p.login === 'a3' }));
    expect(validateDecisions({ people, choices: choices({ a3: 'HTTNV', a1: 'HTTNV' }), decidedBy })).toEqual([]);
  });
});

describe('validateMinutes (biên bản họp: NĐ 90/2020 Điều 18 bước 2; law.md 4)', () => {
  const entry = (login: string, proposedRating: RatingLevel, votes?: { [level: string]: number }): MeetingMinutesPayload['people'][number] => ({
    login,
    comments: `Nhận xét về ${login}: hoàn thành đầy đủ nhiệm vụ.`,
    proposedRating,
    votes
  });
  const minutes = (overrides: Partial<MeetingMinutesPayload> = {}): MeetingMinutesPayload => ({
    heldOn: '2026-12-08',
    place: 'Phòng họp tầng 3',
    chairLogin: 'truong.phong',
    secretaryLogin: 'thu.ky',
    present: 5,
    total: 6,
    people: [entry('a1', 'HTXSNV', { HTXSNV: 5 }), entry('a2', 'HTTNV', { HTTNV: 4, HTNV: 1 })],
    approved: true,
    ...overrides
  });

  it('accepts complete minutes', () => {
    expect(validateMinutes(minutes(), 2026, ['a1', 'a2'])).toEqual([]);
  });

  it('approved minutes need the date, place, chair and secretary (two people: both sign)', () => {
    const problems = validateMinutes(minutes({ heldOn: '', place: ' ', chairLogin: '', secretaryLogin: '' }), 2026, ['a1', 'a2']);
    expect(problems.map((p) => p.field).sort()).toEqual(['chairLogin', 'heldOn', 'place', 'secretaryLogin']);
    expect(validateMinutes(minutes({ secretaryLogin: 'Truong.Phong' }), 2026, ['a1', 'a2'])).toEqual([{ field: 'secretaryLogin', code: 'DUPLICATE' }]);
  });

  it('the meeting falls in the year or by 15/01 of the next (law.md 1.4, NĐ 335/2025 Điều 21)', () => {
    expect(validateMinutes(minutes({ heldOn: '2027-01-15' }), 2026, ['a1', 'a2'])).toEqual([]);
    expect(validateMinutes(minutes({ heldOn: '2027-01-16' }), 2026, ['a1', 'a2'])).toEqual([{ field: 'heldOn', code: 'OUT_OF_RANGE', params: ['01/01/2026', '15/01/2027'] }]);
    expect(validateMinutes(minutes({ heldOn: '2026-02-30' }), 2026, ['a1', 'a2'])[0].field).toBe('heldOn');
  });

  it('present is a whole number not above the total', () => {
    expect(validateMinutes(minutes({ present: 7 }), 2026, ['a1', 'a2'])).toEqual([{ field: 'present', code: 'AT_MOST', params: [6] }]);
    expect(validateMinutes(minutes({ present: 4.5 }), 2026, ['a1', 'a2'])).toEqual([{ field: 'present', code: 'NOT_WHOLE' }]);
  });

  it('the law names no quorum: by default any attendance is recorded; the ministry may require more than half', () => {
    const three = minutes({ present: 3, people: [entry('a1', 'HTXSNV', { HTXSNV: 3 }), entry('a2', 'HTTNV', { HTTNV: 2 })] });
    expect(validateMinutes(three, 2026, ['a1', 'a2'])).toEqual([]);
    expect(validateMinutes(three, 2026, ['a1', 'a2'], { quorum: 'MORE_THAN_HALF' })).toEqual([{ field: 'present', code: 'OUT_OF_RANGE', params: [4, 6] }]);
    expect(validateMinutes({ ...three, present: 4 }, 2026, ['a1', 'a2'], { quorum: 'MORE_THAN_HALF' })).toEqual([]);
  });

  it('each person of the unit has comments and a proposed level in approved minutes (comments recorded and approved at the meeting)', () => {
    const problems = validateMinutes(minutes({ people: [{ ...entry('a1', 'HTXSNV'), comments: '' }] }), 2026, ['a1', 'a2']);
    expect(problems.map((p) => p.field).sort()).toEqual([minutesPersonField('a1', 'comments'), minutesPersonField('a2', 'comments')].sort());
  });

  it('votes are whole, non-negative, each not above those present, and together not above those present', () => {
    const problems = validateMinutes(minutes({ people: [entry('a1', 'HTXSNV', { HTXSNV: -1, HTTNV: 1.5 }), entry('a2', 'HTTNV', { HTTNV: 4, HTNV: 2 })] }), 2026, ['a1', 'a2']);
    expect(problems).toEqual([
      { field: minutesPersonField('a1', 'votes.HTXSNV'), code: 'OUT_OF_RANGE', params: [0, 5] },
      { field: minutesPersonField('a1', 'votes.HTTNV'), code: 'NOT_WHOLE' },
      { field: minutesPersonField('a2', 'votes'), code: 'AT_MOST', params: [5] }
    ]);
  });

  it('a draft (not yet approved) may be incomplete, but what is typed must make sense', () => {
    const draft = minutes({ approved: false, place: '', chairLogin: '', people: [], present: 9 });
    expect(validateMinutes(draft, 2026, ['a1', 'a2'])).toEqual([{ field: 'present', code: 'AT_MOST', params: [6] }]);
  });
});
