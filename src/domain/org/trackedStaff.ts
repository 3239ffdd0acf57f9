import { competentEvaluatorOf } from './authority';
import { agencyOf, OrgModel } from './orgModel';

/**
 * Is `login` one of the civil servants whose months, quarters and year are evaluated here: placed in
 * a unit below the ministry's own leadership (the Bộ trưởng and Thứ trưởng are cán bộ, evaluated under
 * other rules, ND 90/2020 Điều 17), inside an agency-level unit (Vụ, Cục, Văn phòng, Thanh tra), with
 * a direct manager in the directory and a competent evaluator (ND 90/2020 Điều 16)?
 */
export function isTrackedCivilServant(org: OrgModel, login: string): boolean {
  const person = org.people[login];
  if (!person) return false;
  const unit = org.units[person.unitCode];
  const agency = agencyOf(org, login);
  return (
    !!unit &&
    unit.level !== 'MINISTRY' &&
    !!agency &&
    agency.level === 'AGENCY' &&
    !!competentEvaluatorOf(org, login) &&
    !!person.managerLogin &&
    !!org.people[person.managerLogin]
  );
}

/** The logins of every tracked civil servant, sorted. */
export function trackedStaff(org: OrgModel): string[] {
  return Object.keys(org.people)
    .filter((login) => isTrackedCivilServant(org, login))
    .sort();
}
