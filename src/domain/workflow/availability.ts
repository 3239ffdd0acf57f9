/**
 * Whether the acting user may take an action now, and if not, why: the screens show the reason next
 * to the disabled action (strings `Blocked_<reason>`), so nobody wonders why a button does nothing.
 */
export type BlockedReason =
  // the period or year
  | 'PERIOD_NOT_OPEN' // HR has locked or closed the period
  | 'NO_RULE_SET' // no rule set covers the year
  // the civil servant's own steps
  | 'ALREADY_SUBMITTED' // waiting for the manager: nothing to change until it is returned
  | 'ALREADY_REVIEWED' // the manager approved the period
  | 'SELF_EVALUATION_SUBMITTED'
  | 'NOT_PUBLISHED' // a complaint needs a published result
  | 'COMPLAINT_PENDING' // one complaint at a time, until it is answered
  | 'COMPLAINT_TOO_LATE' // after the complaint deadline (settings complaints.deadlineDays)
  // someone else's step
  | 'NOT_SUBMITTED' // nothing to review yet
  | 'NOT_DIRECT_MANAGER'
  | 'NOT_MINUTES_KEEPER'
  | 'NOT_COMPETENT_EVALUATOR'
  | 'SELF_EVALUATION_MISSING' // the decision waits for everyone's self-evaluation
  | 'MINUTES_MISSING' // the decision waits for the unit meeting's minutes
  | 'MINUTES_APPROVED' // approved at the meeting (NĐ 90/2020 Điều 18): no longer changed
  | 'QUOTA_EXCEEDED' // decide within the quota, or record an exception
  | 'NOT_DECIDED' // publication needs every decision
  | 'ALREADY_PUBLISHED'
  | 'NO_COMPLAINT'
  | 'NOT_HR'; // Vụ Tổ chức cán bộ only (reminders, settings)

export type Availability = { allowed: true } | { allowed: false; reason: BlockedReason };

export const ALLOWED: Availability = { allowed: true };

export function blocked(reason: BlockedReason): Availability {
  return { allowed: false, reason };
}
