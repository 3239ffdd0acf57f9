export interface IMyEvaluationWebPartProps {
  /** Empty: the current year. */
  evaluationYear?: string;
}
