import type { MeetingMinutesPayload } from '../../src/domain/evaluation/actPayloads';
import { validateMinutes } from '../../src/domain/evaluation/decisionSheet';
import { hanoiDay } from '../../src/domain/evaluation/hanoiDay';

/**
 * The date of the unit's meeting (biên bản, NĐ 90/2020 Điều 18 bước 2; law.md 4: "comments at the meeting
 * are recorded in the minutes and approved at the meeting"): the minutes record a meeting that has been
 * held, so the date cannot be after today; and the meeting of year Y is held in Y, or by 15/01 of Y + 1
 * (law.md 1.4).
 */
describe('the meeting date of the minutes (NĐ 90/2020 Điều 18 bước 2; law.md 4 and 1.4)', () => {
  const minutes = (heldOn: string, approved = true): MeetingMinutesPayload => ({
    heldOn,
    place: 'Phòng họp tầng 3',
    chairLogin: 'truong.phong',
    secretaryLogin: 'thu.ky',
    present: 2,
    total: 2,
    people: [{ login: 'a1', comments: 'Hoàn thành tốt nhiệm vụ.', proposedRating: 'HTTNV', votes: { HTTNV: 2 } }],
    approved
  });
  const dateProblems = (heldOn: string, today: string | undefined, approved = true): unknown[] =>
    validateMinutes(minutes(heldOn, approved), 2026, ['a1'], { quorum: 'NONE', today }).filter((p) => p.field === 'heldOn');

  it('refuses a meeting dated after today, saying which day today is', () => {
    expect(dateProblems('2026-12-08', '2026-12-07')).toEqual([{ field: 'heldOn', code: 'AFTER_TODAY', params: ['07/12/2026'] }]);
  });

  it('refuses it in a draft too: a date that has not come is never right', () => {
    expect(dateProblems('2026-12-31', '2026-12-07', false)).toHaveLength(1);
  });

  it('accepts a meeting held today or before', () => {
    expect(dateProblems('2026-12-07', '2026-12-07')).toEqual([]);
    expect(dateProblems('2026-11-27', '2026-12-07')).toEqual([]);
  });

  it('refuses a meeting before the evaluated year starts, or after 15/01 of the next year, whatever today is', () => {
    expect(dateProblems('2025-12-31', '2026-12-07')).toEqual([{ field: 'heldOn', code: 'OUT_OF_RANGE', params: ['01/01/2026', '15/01/2027'] }]);
    expect(dateProblems('2027-01-16', '2027-02-01')).toEqual([{ field: 'heldOn', code: 'OUT_OF_RANGE', params: ['01/01/2026', '15/01/2027'] }]);
    expect(dateProblems('2027-01-15', '2027-02-01')).toEqual([]);
  });

  it('refuses a date that is not a calendar day', () => {
    expect(dateProblems('2026-02-30', '2026-12-07').length).toBe(1);
  });

  it('counts today in Hà Nội (UTC+7): 17:30 UTC on 6 December is already 7 December there', () => {
    const today = hanoiDay(new Date('2026-12-06T17:30:00Z'));
    expect(today).toBe('2026-12-07');
    expect(dateProblems('2026-12-07', today)).toEqual([]);
    expect(dateProblems('2026-12-08', today)).toHaveLength(1);
  });
});
