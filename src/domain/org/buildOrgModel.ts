import { normalizeLogin, OrgModel, OrgPerson, OrgUnit } from './orgModel';

/** A person as the directory (Microsoft Graph) knows them. */
export interface DirectoryPerson {
  login: string;
  displayName: string;
  jobTitle?: string;
  managerLogin?: string;
}

/**
 * Joins the directory with the units list. The directory knows who reports to whom but not the unit
 * tree; the units list knows who heads each unit. A person belongs to the unit they head or deputise
 * (or keep the minutes of), otherwise to the unit their manager heads or deputises (a specialist
 * reports to their trưởng phòng). Logins are normalised (lower case) on the way in.
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
  const worksIn: { [login: string]: string } = {};
  units.forEach((raw) => {
    const unit: OrgUnit = {
      ...raw,
      headLogin: raw.headLogin ? normalizeLogin(raw.headLogin) : undefined,
      deputyLogins: raw.deputyLogins.map(normalizeLogin),
      secretaryLogin: raw.secretaryLogin ? normalizeLogin(raw.secretaryLogin) : undefined,
      evaluatorLogin: raw.evaluatorLogin ? normalizeLogin(raw.evaluatorLogin) : undefined
    };
    unitsByCode[unit.code] = unit;
    unit.deputyLogins.forEach((login) => (ledBy[login] = ledBy[login] || unit.code));
    // A secretary works in the unit whose minutes they keep, whoever their manager is.
    if (unit.secretaryLogin) worksIn[unit.secretaryLogin] = worksIn[unit.secretaryLogin] || unit.code;
  });
  // A head's own unit wins over a unit where they are also listed as a deputy.
  Object.keys(unitsByCode).forEach((code) => {
    const head = unitsByCode[code].headLogin;
    if (head) ledBy[head] = code;
  });
  // A delegated evaluator (a Thứ trưởng) who leads nothing in the list belongs to the unit above the one they evaluate.
  Object.keys(unitsByCode).forEach((code) => {
    const unit = unitsByCode[code];
    if (unit.evaluatorLogin && !ledBy[unit.evaluatorLogin] && unit.parentCode) worksIn[unit.evaluatorLogin] = worksIn[unit.evaluatorLogin] || unit.parentCode;
  });

  const people: { [login: string]: OrgPerson } = {};
  const unplaced: string[] = [];
  directory.forEach((entry) => {
    const login = normalizeLogin(entry.login);
    const managerLogin = entry.managerLogin ? normalizeLogin(entry.managerLogin) : undefined;
    const unitCode = ledBy[login] || worksIn[login] || (managerLogin ? ledBy[managerLogin] : undefined);
    if (!unitCode) {
      unplaced.push(login);
      return;
    }
    // The task group HR placed them in, on their unit's row (what the directory does not know).
    const members = unitsByCode[unitCode] ? unitsByCode[unitCode].taskGroupMembers : undefined;
    const taskGroup = members ? members[login] : undefined;
    people[login] = { login, displayName: entry.displayName, unitCode, managerLogin, jobTitle: entry.jobTitle, ...(taskGroup ? { taskGroup } : {}) };
  });
  return { org: { units: unitsByCode, people, hrLogins: hrLogins.map(normalizeLogin) }, unplaced };
}
