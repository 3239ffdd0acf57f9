import type { RatingOutcome } from '../rating/ratingCodes';

/** Kỳ đánh giá: a month or quarter of tracking (NĐ 335/2025), or the evaluation year. */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

/** Where a period is in its life: HR opens it, locks it when the deadline has passed, and archives it. */
export type PeriodStatus = 'OPEN' | 'LOCKED' | 'CLOSED';

export interface EvaluationPeriod {
  id: number;
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter; absent for the year. */
  index?: number;
  status: PeriodStatus;
  /** Hạn chót: when the civil servant's part is due (ISO date). */
  deadline?: string;
  /** When HR locked the period (ISO): the civil servant's acts dated after it do not count. */
  lockedAt?: string;
  /** When HR closed the period (ISO): nobody's acts dated after it count. */
  closedAt?: string;
  /** When the period's item last changed: stands in for a lock or close time HR did not record. */
  changedAt?: string;
  /** Deadlines HR extended for a unit (and the units below it) or one person (DGCC_Periods.DeadlineOverrides). */
  deadlineOverrides?: DeadlineOverride[];
}

/** A deadline extended for one unit or one person; the reason is in the administration's journal. */
export interface DeadlineOverride {
  unitCode?: string;
  login?: string;
  /** ISO date. */
  deadline: string;
}

/** Where one person's evaluation of one period stands, derived from the acts recorded so far. */
export type EvaluationStep =
  | 'NOT_STARTED'
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'REVIEWED'
  | 'DECIDED'
  | 'PUBLISHED';

export interface PeriodResult {
  periodId: number;
  step: EvaluationStep;
  /** Điểm theo dõi, đánh giá (0–100) once scored. */
  score?: number;
  rating?: RatingOutcome;
}

export interface Person {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string;
  jobTitle?: string;
  department?: string;
  /** The direct manager in the directory (Người quản lý trực tiếp). */
  managerLogin?: string;
}

/** Something that waits for the acting user (inbox of "Duyệt và quyết định"). */
export interface PendingTask {
  id: string;
  /** PUBLISH: everyone ready is decided, nothing published yet (the sheet waits for "Công bố"). */
  step: 'REVIEW_PERIOD' | 'RECORD_MEETING' | 'DECIDE' | 'PUBLISH' | 'ANSWER_COMPLAINT';
  subject: Person;
  /** The period it is about (named in the reader's language by the screen). */
  period: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>;
  deadline?: string;
  /** The period to review (REVIEW_PERIOD). */
  periodId?: number;
  /** The unit whose year waits (RECORD_MEETING, DECIDE, PUBLISH, ANSWER_COMPLAINT). */
  unitCode?: string;
  /** The complaint to answer (ANSWER_COMPLAINT). */
  complaintId?: number;
}

/**
 * The dashboard's question (issue 13): a year, and within it one period (month or quarter). Without a
 * period the service takes the year's latest period whose deadline has come, else its first one.
 */
export interface DashboardQuery {
  year: number;
  periodId?: number;
  /** Read again now instead of the figures kept for 15 minutes ("Làm mới"). */
  refresh?: boolean;
}

/** Where one person stands in the period shown: what they did, what their manager did, and whether they are late. */
export type PersonPeriodStatus = 'NOT_SUBMITTED' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** One person in a unit's drill-down, for readers entitled to read that person's evaluation (mayRead). */
export interface PersonProgress {
  login: string;
  displayName: string;
  /** Chức vụ, from the directory. */
  position?: string;
  /** The period shown; absent when the period does not apply to them (a quarterly unit in a month). */
  period?: {
    status: PersonPeriodStatus;
    /** The score the manager approved (0–100). */
    score?: number;
    /** The deadline that applies to them has come and they have not submitted. */
    late: boolean;
  };
  year: {
    /** Submitted the year's self-evaluation (NĐ 90/2020 Điều 18 step 1; NĐ 335/2025 Điều 17). */
    selfEvaluated: boolean;
    /** Named in the unit's approved minutes. */
    inMinutes: boolean;
    /** The decision standing (the latest that counts). */
    rating?: RatingOutcome;
    published: boolean;
  };
}

/** One unit's figures for the dashboard: the period's steps and the year's steps, each person counted once. */
export interface UnitDashboardRow {
  unitCode: string;
  /** The unit and the units above it below the ministry, e.g. "Cục Báo chí › Phòng Báo in". */
  unitName: string;
  /** The unit's own name, without the units above it (the tree's rows). */
  shortName: string;
  /** The unit above, when it is shown too (the tree nests the row under it). */
  parentCode?: string;
  /** People placed directly in this unit (a Cục's phòng have their own rows). */
  staffCount: number;
  /** The period shown: counts over the people it applies to. */
  period?: {
    applies: number;
    submitted: number;
    /** Returned by the manager and not submitted again. */
    returned: number;
    approved: number;
    late: number;
    /** Each approved score (0–100), for the histogram. */
    scores: number[];
  };
  year: {
    selfEvaluated: number;
    inMinutes: number;
    /** The unit's minutes are approved (biên bản đã thông qua). */
    minutesApproved: boolean;
    decided: number;
    published: number;
  };
  /** People decided at each outcome (the decision standing). */
  ratings: Partial<Record<RatingOutcome, number>>;
  /** Acts recorded by someone without the right to them: they count for nothing and are shown. */
  ignoredActs: number;
  readerIsMember: boolean;
  readerActsOnYear: boolean;
  readerIsHr: boolean;
  /** Each person, when the reader may read every person of the unit; absent otherwise (figures only). */
  people?: PersonProgress[];
  /** The unit's published results, for its own people (NĐ 90/2020 Điều 21). */
  published?: Array<{ login: string; displayName: string; rating: RatingOutcome }>;
}

export interface DashboardView {
  year: number;
  /** The year's months or quarters, in order: the period chooser. */
  periods: EvaluationPeriod[];
  /** The period shown (one of `periods`), absent when the year has none (NĐ 90/2020 years). */
  period?: EvaluationPeriod;
  units: UnitDashboardRow[];
  /** When the organisation the figures rest on was read (the snapshot's date, ISO), for the reader to judge. */
  orgAsOf?: string;
  /** When these figures were read (ISO): kept up to 15 minutes, the view says when, with "Làm mới". */
  readAt?: string;
}
