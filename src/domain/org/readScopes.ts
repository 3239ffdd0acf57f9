import { competentEvaluatorOf, mayKeepMinutes } from './authority';
import { normalizeLogin, OrgModel, unitChain } from './orgModel';

/**
 * Reading is scoped by unit and year (architecture.md): each list of acts has one folder per unit and
 * year, readable by one group: the people of that unit and the leaders (head, deputies, secretary) of
 * the unit and of every unit above it. HR reads the whole list. Unique permission scopes are then
 * units × years per list: hundreds, never one per item (platform.md 2.2).
 *
 * Colleagues of the same unit read each other's acts, as the unit meeting and the publication of
 * results within the unit do anyway (NĐ 90/2020 Điều 18, 21).
 */
export interface ReadScope {
  unitCode: string;
  year: number;
  /** Folder name inside each list of acts. */
  folderName: string;
  /** SharePoint group that reads in the folder (and adds its members' own acts where they are the author). */
  groupName: string;
  readerLogins: string[];
  /**
   * Who may add which kind of act there (architecture.md; issue "who may add what"): reviews only by
   * the direct managers of the unit's people, minutes only by its keepers, decisions and complaint
   * answers only by the competent evaluators. Everyone else of the group reads there and adds only
   * their own reports, self-evaluations and complaints.
   */
  managerLogins: string[];
  keeperLogins: string[];
  evaluatorLogins: string[];
}

export function readScopeName(unitCode: string, year: number): string {
  return `${unitCode}-${year}`;
}

export function readScopesForYear(org: OrgModel, year: number): ReadScope[] {
  const peopleByUnit: { [code: string]: string[] } = {};
  Object.keys(org.people).forEach((login) => {
    const code = org.people[login].unitCode;
    (peopleByUnit[code] = peopleByUnit[code] || []).push(login);
  });
  return Object.keys(peopleByUnit)
    .filter((code) => !!org.units[code])
    .sort()
    .map((code) => {
      const readers: { [login: string]: boolean } = {};
      peopleByUnit[code].forEach((login) => (readers[login] = true));
      unitChain(org, code).forEach((unit) => {
        // The unit's leaders, and whoever is delegated to evaluate its head (who records the decision there).
        [unit.headLogin, unit.secretaryLogin, unit.evaluatorLogin, ...unit.deputyLogins].forEach((login) => {
          if (login) readers[login] = true;
        });
      });
      const people = peopleByUnit[code];
      const distinct = (logins: Array<string | undefined>): string[] =>
        logins.filter((l): l is string => !!l).filter((l, i, all) => all.indexOf(l) === i).sort();
      // Keepers may come from the unit or the agency above it (mayKeepMinutes); the readers are the candidates.
      const keepers = Object.keys(readers).filter((login) => mayKeepMinutes(org, login, code).allowed);
      return {
        unitCode: code,
        year,
        folderName: readScopeName(code, year),
        groupName: `DGCC ${readScopeName(code, year)}`,
        readerLogins: Object.keys(readers).sort(),
        managerLogins: distinct(people.map((login) => org.people[login].managerLogin)),
        keeperLogins: distinct(keepers),
        evaluatorLogins: distinct(people.map((login) => competentEvaluatorOf(org, login)))
      };
    });
}

/**
 * What only the person, their competent evaluator and HR may read (NĐ 90/2020 Điều 21: the result is
 * made known once decided; Luật Khiếu nại: a complaint is between the complainant and whoever answers):
 * a decision before its publication, a complaint and its answer. They go in one folder per person (not
 * per year) of the decisions and complaints lists: one scope per person in each, a few thousand in a
 * ministry, well within SharePoint's limits and never one per item.
 */
export interface PersonalScope {
  login: string;
  /** Folder name inside the decisions and complaints lists. */
  folderName: string;
  /** Who decides about the person and answers their complaints (adds there). */
  evaluatorLogins: string[];
}

export function personalFolderName(login: string): string {
  return `NV-${normalizeLogin(login).replace(/[^a-z0-9._-]/g, '-')}`;
}

export function personalScopes(org: OrgModel): PersonalScope[] {
  return Object.keys(org.people)
    .filter((login) => !!org.units[org.people[login].unitCode])
    .sort()
    .map((login) => {
      const evaluator = competentEvaluatorOf(org, login);
      return { login, folderName: personalFolderName(login), evaluatorLogins: evaluator ? [evaluator] : [] };
    });
}

/**
 * A person's own folder in the lists of what only they write (the monthly reports and the yearly
 * self-evaluation): they add there; the group of their unit in the year being set up (colleagues, the
 * leaders above, whoever keeps the minutes) and their direct manager read. Nobody else can add an item
 * there, so an item in it is theirs even if SharePoint let a caller name another Author (dev/README.md,
 * doubts). One folder per person, not per year: the unique scopes of a list stay bounded by the staff.
 */
export interface ReportFolderScope {
  login: string;
  year: number;
  unitCode: string;
  folderName: string;
  /** The unit-year's reading group (readScopesForYear). */
  groupName: string;
  managerLogin?: string;
}

export function reportScopes(org: OrgModel, year: number): ReportFolderScope[] {
  return Object.keys(org.people)
    .filter((login) => !!org.units[org.people[login].unitCode])
    .sort()
    .map((login) => ({
      login,
      year,
      unitCode: org.people[login].unitCode,
      folderName: personalFolderName(login),
      groupName: `DGCC ${readScopeName(org.people[login].unitCode, year)}`,
      managerLogin: org.people[login].managerLogin
    }));
}

/**
 * Whether an act about `subjectLogin` lies where it may: an item in someone's own folder ("NV-…") is
 * about that person only. A forged Author cannot move an item into another person's folder.
 */
export function isInOwnFolder(folderName: string | undefined, subjectLogin: string): boolean {
  if (!folderName || folderName.indexOf('NV-') !== 0) return true;
  const own = personalFolderName(subjectLogin);
  return folderName === own;
}
