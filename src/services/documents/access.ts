import { competentEvaluatorOf, mayKeepMinutes } from '../../domain/org/authority';
import { normalizeLogin, unitChain, type OrgModel } from '../../domain/org/orgModel';

/**
 * Who receives which document. Stricter than who may read an evaluation (authority.ts mayRead lets the
 * colleagues of a unit read each other's, before whom they present it): a person's phiếu goes to the
 * person, up their line of management and to HR, who files it (NĐ 90/2020 Điều 22 "lưu vào hồ sơ"); a
 * unit's minutes, decision and list to those who keep or decide them; its published results to its
 * members (Điều 21 "công khai").
 */

export function isHr(org: OrgModel, login: string): boolean {
  return org.hrLogins.indexOf(normalizeLogin(login)) >= 0;
}

/** The person, their managers up the directory, the heads of their units, their competent evaluator, HR. */
export function mayGetPersonalSheet(org: OrgModel, reader: string, subject: string): boolean {
  const readerLogin = normalizeLogin(reader);
  const subjectLogin = normalizeLogin(subject);
  if (readerLogin === subjectLogin || isHr(org, readerLogin)) return true;
  const person = org.people[subjectLogin];
  if (!person) return false;
  if (competentEvaluatorOf(org, subjectLogin) === readerLogin) return true;
  if (unitChain(org, person.unitCode).some((u) => u.headLogin === readerLogin)) return true;
  const seen: { [login: string]: boolean } = {};
  for (let manager = person.managerLogin; manager && !seen[manager]; manager = org.people[manager] ? org.people[manager].managerLogin : undefined) {
    if (manager === readerLogin) return true;
    seen[manager] = true;
  }
  return false;
}

/**
 * A unit's minutes, decision and results list: its keepers (head, deputies, secretary, and those of its
 * Vụ or Cục: mayKeepMinutes), the heads above it, the competent evaluator of any of its people, HR.
 */
export function mayGetUnitRecords(org: OrgModel, reader: string, unitCode: string): boolean {
  const readerLogin = normalizeLogin(reader);
  if (!org.units[unitCode]) return false;
  if (isHr(org, readerLogin)) return true;
  if (mayKeepMinutes(org, readerLogin, unitCode).allowed) return true;
  if (unitChain(org, unitCode).some((u) => u.headLogin === readerLogin)) return true;
  return peopleOfUnits(org, unitsUnder(org, unitCode)).some((login) => competentEvaluatorOf(org, login) === readerLogin);
}

/** A member of the unit (or of a unit under it): the published results are theirs to see (NĐ 90/2020 Điều 21). */
export function isMemberOf(org: OrgModel, reader: string, unitCode: string): boolean {
  const person = org.people[normalizeLogin(reader)];
  return !!person && unitsUnder(org, unitCode).indexOf(person.unitCode) >= 0;
}

/** The unit and every unit below it (the journey's own helper lives in its chunk; this one is the documents'). */
export function unitsUnder(org: OrgModel, unitCode: string): string[] {
  return Object.keys(org.units)
    .filter((code) => unitChain(org, code).some((u) => u.code === unitCode))
    .sort();
}

/** The people of those units, by name as Vietnamese sorts them. */
export function peopleOfUnits(org: OrgModel, unitCodes: readonly string[]): string[] {
  return Object.keys(org.people)
    .filter((login) => unitCodes.indexOf(org.people[login].unitCode) >= 0)
    .sort((a, b) => org.people[a].displayName.localeCompare(org.people[b].displayName, 'vi') || (a < b ? -1 : 1));
}
