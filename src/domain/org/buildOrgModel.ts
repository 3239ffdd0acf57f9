import type { OrgModel, OrgPerson, OrgUnit } from './orgModel';

/** A person as the directory (Microsoft Graph) knows them. */
export interface DirectoryPerson {
  login: string;
  displayName: string;
  jobTitle?: string;
  managerLogin?: string;
}

/**
 * Joins the directory with the units list. The directory knows who reports to whom but not the unit
 * tree; the units list knows who heads each unit. A person belongs to the unit they head or deputise,
 * otherwise to the unit their manager heads or deputises (a specialist reports to their trưởng phòng).
 * People whose unit cannot be told this way (no manager, or a manager who leads nothing) are left out
 * and listed, so HR can correct the directory or the units list.
 */
export function buildOrgModel(
  units: readonly OrgUnit[],
  directory: readonly DirectoryPerson[],
  hrLogins: readonly string[]
): { org: OrgModel; unplaced: string[] } {
  const unitsByCode: { [code: string]: OrgUnit } = {};
  const ledBy: { [login: string]: string } = {};
  units.forEach((unit) => {
    unitsByCode[unit.code] = unit;
    unit.deputyLogins.forEach((login) => (ledBy[login.toLowerCase()] = ledBy[login.toLowerCase()] || unit.code));
  });
  // A head's own unit wins over a unit where they are also listed as a deputy.
  units.forEach((unit) => {
    if (unit.headLogin) ledBy[unit.headLogin.toLowerCase()] = unit.code;
  });

  const people: { [login: string]: OrgPerson } = {};
  const unplaced: string[] = [];
  directory.forEach((person) => {
    const own = ledBy[person.login.toLowerCase()];
    const viaManager = person.managerLogin ? ledBy[person.managerLogin.toLowerCase()] : undefined;
    const unitCode = own || viaManager;
    if (!unitCode) {
      unplaced.push(person.login);
      return;
    }
    people[person.login] = {
      login: person.login,
      displayName: person.displayName,
      unitCode,
      managerLogin: person.managerLogin,
      jobTitle: person.jobTitle
    };
  });
  return { org: { units: unitsByCode, people, hrLogins: hrLogins.slice() }, unplaced };
}
