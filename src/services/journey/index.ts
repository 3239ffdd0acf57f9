import type { IPeriodJourney } from './period';
import type { IUnitYearJourney } from './unitYear';
import type { IYearJourney } from './year';

export * from './availability';
export * from './period';
export * from './unitYear';
export * from './year';

/** Every step of the evaluation that writes an act: the civil servant's, the manager's, the leader's. */
export interface IJourneyService {
  /** Months and quarters: the civil servant's report, the direct manager's scoring. */
  period: IPeriodJourney;
  /** The civil servant's year: self-evaluation, result, complaint. */
  year: IYearJourney;
  /** A unit's year: meeting, decision within the quota, publication, complaints answered. */
  unitYear: IUnitYearJourney;
}
export * from './errors';
