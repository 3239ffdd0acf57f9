import * as clauses from '../../domain/rating/clauses';
import type { RatingReason } from '../../domain/rating/reasons';
import { withoutVerificationNote } from '../../domain/rating/clauseNote';

/**
 * How a reason of the engine reads on a civil servant's or leader's screen. The engine's `met` says
 * whether the clause's condition holds; for most clauses that is good for the person (a criterion
 * reached), but for the cases that lower a rating (discipline, corruption, degradation, more than half
 * the tasks failed, an absence cap, a leader's ceiling) it is the opposite: "not disciplined" is
 * `met: false` and must not show a red ✗. The engine is left as it is (its reasons are the grading
 * contract's); only the presentation reads the polarity.
 */
export type ReasonMark =
  /** a criterion reached */
  | 'MET'
  /** a criterion not reached */
  | 'NOT_MET'
  /** a case that lowers the rating does not apply: in the person's favour */
  | 'NOT_APPLICABLE'
  /** a case that lowers the rating applies */
  | 'APPLIES'
  /** the facts or the text leave it open */
  | 'UNKNOWN';

/** The engine marks a check whose facts are missing by this ending (nd90/checks.ts toReason). */
const UNKNOWN_ENDING = '(chưa xác định)';

/** A clause whose condition, when it holds, lowers the rating (law.md 2.2 Điều 11, 3.4, 5.x KHTNV cases; Luật CBCC Điều 56). */
function lowersTheRating(reason: RatingReason): boolean {
  const c = reason.clause;
  if (c === clauses.ND335_KHTNV_DEGRADATION || c === clauses.ND335_KHTNV_DISCIPLINE || c === clauses.ND335_KHTNV_CORRUPTION) return true;
  if (c === clauses.LEADER_CEILING) return true;
  // NĐ 90 Điều 11 (KHTNV) and NĐ 90 Điều 2 khoản 5 (discipline, added by NĐ 48).
  if (/NĐ 90\/2020 Điều 11 khoản/.test(c) || /Điều 2 khoản 5/.test(c)) return true;
  // NĐ 90 Điều 2 khoản 3 holds two kinds: time worked (met is good) and an absence cap (met lowers the rating).
  if (c === clauses.ND90_SHORT_SERVICE && /^Nghỉ (không tham gia công tác|thai sản cộng nghỉ khác)/.test(reason.text)) return true;
  return false;
}

export function reasonMark(reason: RatingReason): ReasonMark {
  if (!reason.met && reason.text.trim().slice(-UNKNOWN_ENDING.length) === UNKNOWN_ENDING) return 'UNKNOWN';
  // The leader's ceiling before the unit led is rated: not checked yet, neither for nor against.
  if (!reason.met && reason.clause === clauses.LEADER_CEILING && reason.text.indexOf('Chưa có kết quả') === 0) return 'UNKNOWN';
  if (lowersTheRating(reason)) return reason.met ? 'APPLIES' : 'NOT_APPLICABLE';
  return reason.met ? 'MET' : 'NOT_MET';
}

/** The sign shown (hidden from screen readers, which read the words instead). */
export function reasonSign(mark: ReasonMark): string {
  return mark === 'MET' || mark === 'NOT_APPLICABLE' ? '✓' : mark === 'UNKNOWN' ? '?' : '✗';
}

/** The words a screen reader reads for the sign. */
export function reasonMarkWords(strings: IDanhGiaStrings, mark: ReasonMark): string {
  switch (mark) {
    case 'MET':
      return strings.YearReasonMet;
    case 'NOT_MET':
      return strings.YearReasonNotMet;
    case 'NOT_APPLICABLE':
      return strings.YearReasonNotApplicable;
    case 'APPLIES':
      return strings.YearReasonApplies;
    default:
      return strings.YearReasonUnknown;
  }
}

/** The clause as the person reads it: the verification note is HR's (the settings tab lists those clauses). */
export function clauseForReader(clause: string): string {
  return withoutVerificationNote(clause);
}
