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
  // --- period: monthly report and the manager's review ---
  // --- year: self-evaluation, result, complaint ---
  // --- unit year: meeting, decision, quota, publication, complaint answers ---
  // --- notifications and HR reminders ---
  // --- inbox ---
}

declare module 'DanhGiaStrings' {
  const strings: IDanhGiaStrings;
  export = strings;
}
