import { complaintDeadline, complaintDeadlineOf, complaintTooLate, COMPLAINT_DEADLINE_SOURCE, DEFAULT_COMPLAINT_DAYS } from '../../src/domain/evaluation/complaintDeadline';
import { definitionOf } from '../../src/domain/admin/settingsCatalogue';
import { SETTING_PATHS } from '../../src/domain/admin/settingsHistory';
import { hasVerificationNote, unverifiedClauses } from '../../src/domain/rating/clauseNote';
import { DEFAULT_SETTINGS, mergeSettings, validateSettings } from '../../src/domain/rating/settings';

/**
 * The time to complain about a published rating (thời hạn khiếu nại). law.md 6: the civil servant may
 * complain under Luật Khiếu nại, the article UNCONFIRMED; Luật Khiếu nại 2011 Điều 9 gives 90 days from
 * receiving the decision (thời hiệu). So it is HR's setting, 90 days by default, flagged unverified.
 */
describe('the complaint deadline (law.md 6; Luật Khiếu nại 2011 Điều 9, chưa xác minh)', () => {
  it('defaults to the 90 days of Luật Khiếu nại 2011 Điều 9, as a setting HR can change', () => {
    expect(DEFAULT_COMPLAINT_DAYS).toBe(90);
    expect(DEFAULT_SETTINGS.complaints.deadlineDays).toBe(90);
    expect(mergeSettings({ complaints: { deadlineDays: 30 } }).complaints.deadlineDays).toBe(30);
    expect(mergeSettings({}).complaints.deadlineDays).toBe(90);
  });

  it('is a dated setting of the catalogue, UNCONFIRMED, with its source', () => {
    const definition = definitionOf('complaints.deadlineDays');
    expect(definition && definition.status).toBe('UNCONFIRMED');
    expect(definition && definition.source).toContain('law.md 6');
    expect(definition && definition.source).toContain('Điều 9');
    expect(SETTING_PATHS['complaints.deadlineDays']).toEqual(['complaints', 'deadlineDays']);
  });

  it('carries the "chưa xác minh" note HR reads among the unverified clauses', () => {
    expect(COMPLAINT_DEADLINE_SOURCE).toContain('Luật Khiếu nại 2011 Điều 9');
    expect(hasVerificationNote(COMPLAINT_DEADLINE_SOURCE)).toBe(true);
    expect(unverifiedClauses()).toContain(COMPLAINT_DEADLINE_SOURCE);
  });

  it('accepts whole days from 1 to 365 only', () => {
    expect(validateSettings({ complaints: { deadlineDays: 60 } })).toEqual([]);
    expect(validateSettings({ complaints: { deadlineDays: 0 } }).map((e) => e.field)).toEqual(['complaints.deadlineDays']);
    expect(validateSettings({ complaints: { deadlineDays: 30.5 } }).map((e) => e.field)).toEqual(['complaints.deadlineDays']);
    expect(validateSettings({ complaints: { deadlineDays: '90' } }).map((e) => e.field)).toEqual(['complaints.deadlineDays']);
  });

  it('counts the days from the day after publication (Hà Nội): published 01/03 → last day 30/05 for 90 days', () => {
    expect(complaintDeadline('2026-03-01T03:00:00Z', 90)).toBe('2026-05-30');
    // 20:00 UTC on 28 February is 1 March in Hà Nội.
    expect(complaintDeadline('2026-02-28T20:00:00Z', 90)).toBe('2026-05-30');
    expect(complaintDeadline('2026-03-01T03:00:00Z', 30)).toBe('2026-03-31');
    expect(complaintDeadline(undefined, 90)).toBe('');
  });

  it('allows a complaint through the last day and refuses it the day after (Hà Nội time)', () => {
    expect(complaintTooLate('2026-05-30', new Date('2026-05-30T16:59:00Z'))).toBe(false);
    expect(complaintTooLate('2026-05-30', new Date('2026-05-30T17:00:00Z'))).toBe(true);
    expect(complaintTooLate('', new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('has no deadline before the result is published (NĐ 90/2020 Điều 21: nothing to complain about yet)', () => {
    expect(complaintDeadlineOf(undefined, 90)).toBeUndefined();
    expect(complaintDeadlineOf({ published: false, at: '2026-03-01T03:00:00Z' }, 90)).toBeUndefined();
    expect(complaintDeadlineOf({ published: true, at: '2026-03-01T03:00:00Z' }, 90)).toEqual({ lastDay: '2026-05-30', days: 90, publishedOn: '2026-03-01' });
  });
});
