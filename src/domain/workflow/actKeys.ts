import { normalizeLogin } from '../org/orgModel';

/**
 * The idempotency key of each act (and draft): a retried write finds its own item by the key instead of
 * adding a second. Keys are predictable, so they are not unique in SharePoint: anyone could write an item
 * carrying someone else's next key. A key only ever binds to its author: a lookup accepts an item whose
 * author is the caller, and of several items by one author under one key only the first counts.
 */
export const actKeys = {
  /** The civil servant's working copy of a period's report (in the private drafts list). */
  periodDraft: (periodId: number, login: string): string => `PD-${periodId}-${normalizeLogin(login)}`,
  /** The n-th submission of a period (1, 2, … after returns). */
  periodSubmission: (periodId: number, login: string, n: number): string => `PS-${periodId}-${normalizeLogin(login)}-${n}`,
  /** The review answering the n-th submission. */
  periodReview: (periodId: number, login: string, n: number): string => `RV-${periodId}-${normalizeLogin(login)}-${n}`,
  /** The year's self-evaluation (the act), and its working copy in the drafts list. */
  selfEvaluation: (year: number, login: string): string => `SE-${year}-${normalizeLogin(login)}`,
  /** The n-th complaint of a year. */
  complaint: (year: number, login: string, n: number): string => `CP-${year}-${normalizeLogin(login)}-${n}`,
  complaintAnswer: (year: number, login: string, complaintId: number): string => `CA-${year}-${normalizeLogin(login)}-${complaintId}`,
  /** A unit's minutes of a year (the act once approved, and each keeper's working copy). */
  minutes: (year: number, unitCode: string): string => `MM-${year}-${unitCode}`,
  /** The n-th decision-list act about a person in a year (decisions, corrections, publication, re-decisions). */
  decision: (year: number, login: string, n: number): string => `DC-${year}-${normalizeLogin(login)}-${n}`
};
