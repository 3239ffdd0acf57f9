export interface IUnitDashboardWebPartProps {
  /** Empty: the current year. */
  evaluationYear?: string;
}
