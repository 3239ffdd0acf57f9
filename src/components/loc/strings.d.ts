// The strings every screen shows, one table shared by the four web parts (vi-VN first, en-US second).
// SPFx loads the file of the page's language; the local page and the tests load them the same way.
declare interface IDanhGiaStrings {
  AppTitle: string;
  Loading: string;
  Retry: string;
  LoadFailed: string;
  NotProvisioned: string;
  LegalBasis: string;
  YearRuleSet: string;
  NoRuleSet: string;
  PeriodMonth: string;
  PeriodQuarter: string;
  PeriodYear: string;
  ColumnPeriod: string;
  ColumnStatus: string;
  ColumnStep: string;
  ColumnScore: string;
  ColumnRating: string;
  ColumnDeadline: string;
  ColumnPerson: string;
  ColumnTask: string;
  ColumnUnit: string;
  ColumnStaff: string;
  ColumnSubmitted: string;
  ColumnReviewed: string;
  ColumnDecided: string;
  NotScored: string;
  PeriodStatus_OPEN: string;
  PeriodStatus_LOCKED: string;
  PeriodStatus_CLOSED: string;
  Step_NOT_STARTED: string;
  Step_DRAFT: string;
  Step_SUBMITTED: string;
  Step_RETURNED: string;
  Step_REVIEWED: string;
  Step_DECIDED: string;
  Step_PUBLISHED: string;
  Rating_HTXSNV: string;
  Rating_HTTNV: string;
  Rating_HTNV: string;
  Rating_KHTNV: string;
  Rating_NOT_CLASSIFIED: string;
  Rating_NEEDS_DECISION: string;
  MyEvaluationTitle: string;
  MyPeriodsHeading: string;
  MyPeriodsEmpty: string;
  ReviewTitle: string;
  InboxHeading: string;
  InboxEmpty: string;
  Task_REVIEW_PERIOD: string;
  Task_RECORD_MEETING: string;
  Task_DECIDE: string;
  Task_ANSWER_COMPLAINT: string;
  DashboardTitle: string;
  DashboardHeading: string;
  DashboardEmpty: string;
  AdminTitle: string;
  SetupHeading: string;
  SetupReady: string;
  SetupMissing: string;
  SetupOutdated: string;
  AdminPeriodsHeading: string;
  AdminPeriodsEmpty: string;
  SettingsGroupName: string;
  YearFieldLabel: string;
  YearFieldDescription: string;
  YearFieldInvalid: string;
  ProvisionButton: string;
  Provisioning: string;
  ProvisionDone: string;
  ProvisionNothing: string;
  ProvisionForbidden: string;
  ProvisionFailed: string;
  IgnoredActsMine: string;
  ColumnIgnored: string;
  ProvisionAccess: string;
  // --- forms (shared): useDraft, conflicts, field errors, availability ---
  Blocked_PERIOD_NOT_OPEN: string;
  Blocked_NO_RULE_SET: string;
  Blocked_ALREADY_SUBMITTED: string;
  Blocked_ALREADY_REVIEWED: string;
  Blocked_SELF_EVALUATION_SUBMITTED: string;
  Blocked_NOT_PUBLISHED: string;
  Blocked_COMPLAINT_PENDING: string;
  Blocked_NOT_SUBMITTED: string;
  Blocked_NOT_DIRECT_MANAGER: string;
  Blocked_NOT_MINUTES_KEEPER: string;
  Blocked_NOT_COMPETENT_EVALUATOR: string;
  Blocked_SELF_EVALUATION_MISSING: string;
  Blocked_MINUTES_MISSING: string;
  Blocked_QUOTA_EXCEEDED: string;
  Blocked_NOT_DECIDED: string;
  Blocked_ALREADY_PUBLISHED: string;
  Blocked_NO_COMPLAINT: string;
  Blocked_NOT_HR: string;
  Invalid_REQUIRED: string;
  Invalid_NOT_A_NUMBER: string;
  Invalid_NOT_WHOLE: string;
  Invalid_OUT_OF_RANGE: string;
  Invalid_AT_MOST: string;
  Invalid_TOO_LONG: string;
  Invalid_NOT_A_LINK: string;
  Invalid_DUPLICATE: string;
  Invalid_NONE_CHOSEN: string;
  FormProblems: string;
  DraftSaving: string;
  DraftSavedAt: string;
  DraftKeptInBrowser: string;
  DraftRestored: string;
  DraftRetry: string;
  DraftSaveFailed: string;
  DraftConflictTitle: string;
  DraftConflictText: string;
  DraftConflictMine: string;
  DraftConflictTheirs: string;
  DraftKeepMine: string;
  DraftTakeTheirs: string;
  ActConflict: string;
  ActForbidden: string;
  ActFailed: string;
  ActNotified: string;
  ActNotNotified: string;
  // --- period: monthly report and the manager's review ---
  // --- year: self-evaluation, result, complaint ---
  // --- unit year: meeting, decision, quota, publication, complaint answers ---
  Blocked_MINUTES_APPROVED: string;
  // --- notifications and HR reminders ---
  // --- inbox ---
}

declare module 'DanhGiaStrings' {
  const strings: IDanhGiaStrings;
  export = strings;
}
