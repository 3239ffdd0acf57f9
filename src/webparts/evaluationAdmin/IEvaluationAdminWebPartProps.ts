export interface IEvaluationAdminWebPartProps {
  /** Empty: the current year. */
  evaluationYear?: string;
}
