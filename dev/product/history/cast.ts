import { agencyOf, type OrgModel } from '../../../src/domain/org/orgModel';
import { quotaGroupOf } from '../../../src/domain/org/quotaGroup';
import { competentEvaluatorOf } from '../../../src/domain/org/authority';
import { personalFolderName, readScopeName } from '../../../src/domain/org/readScopes';
import { isTrackedCivilServant } from '../../../src/domain/org/trackedStaff';
import type { IntranetStore } from '../../store/store';
import { listRootPath } from '../../server/sp/context';
import { FEMALE_GIVEN, MALE_GIVEN } from '../../seed/names';
import type { Rand } from './texts';

// The quota groups are the domain's rule (one implementation); re-exported for the history's readers.
export { quotaGroupOf };

/** How a person works, the same across the years of the story (with some drift from year to year). */
export type Profile = 'strong' | 'normal' | 'weak';

export interface CastMember {
  login: string;
  displayName: string;
  unitCode: string;
  agencyCode: string;
  managerLogin: string;
  competentLogin: string;
  /** heads or deputises a unit: a "công chức giữ chức vụ lãnh đạo, quản lý" */
  isLeader: boolean;
  /** the group of similar tasks (a quota scope) */
  group: string;
  profile: Profile;
  female: boolean;
}

/** Does `login` head or deputise a unit of the units list? */
export function isLeaderIn(org: OrgModel, login: string): boolean {
  return Object.keys(org.units).some((code) => {
    const u = org.units[code];
    return u.headLogin === login || u.deputyLogins.indexOf(login) >= 0;
  });
}

/**
 * The civil servants the history is about: everyone the org model places below the ministry's own
 * leadership (the Bộ trưởng and Thứ trưởng are cán bộ, evaluated under other rules), with a direct
 * manager and a competent evaluator.
 */
export function castOf(org: OrgModel, rand: Rand): CastMember[] {
  const logins = Object.keys(org.people).sort();
  const cast: CastMember[] = [];
  for (const login of logins) {
    const person = org.people[login];
    const unit = org.units[person.unitCode];
    const agency = agencyOf(org, login);
    const competent = competentEvaluatorOf(org, login);
    // Draw the profile for everyone, so that one person's profile does not depend on who else is cast.
    const draw = rand();
    const female = isFemaleName(person.displayName);
    // The rule is the product's (HR's reminders track the same people); the rest only narrows the types.
    if (!isTrackedCivilServant(org, login) || !unit || !agency || !competent || !person.managerLogin) {
      continue;
    }
    const profile: Profile = draw < 0.08 ? 'weak' : draw < 0.9 ? 'normal' : 'strong';
    cast.push({
      login,
      displayName: person.displayName,
      unitCode: person.unitCode,
      agencyCode: agency.code,
      managerLogin: person.managerLogin,
      competentLogin: competent,
      isLeader: isLeaderIn(org, login),
      group: quotaGroupOf(org, login),
      profile,
      female
    });
  }
  return cast;
}

/** Vietnamese names: "Thị" as middle name, or a given name only women bear. */
function isFemaleName(name: string): boolean {
  const parts = name.split(' ');
  const given = parts[parts.length - 1];
  return parts.indexOf('Thị') > 0 || (FEMALE_GIVEN.indexOf(given) >= 0 && MALE_GIVEN.indexOf(given) < 0);
}

/** Server-relative folder of a unit-year in a list (where bulkInsertItems puts the item). */
export class Folders {
  private readonly roots: { [listTitle: string]: string } = {};

  public constructor(private readonly store: IntranetStore) {}

  public of(listTitle: string, unitCode: string, year: number): string {
    return `${this.root(listTitle)}/${readScopeName(unitCode, year)}`;
  }

  /** A person's own folder of a year (their monthly reports and self-evaluation). */
  public personalYear(listTitle: string, login: string, year: number): string {
    return `${this.root(listTitle)}/${personalFolderName(login)}`;
  }

  /** A person's own folder (their reports and self-evaluations; a decision before publication, a complaint and its answer). */
  public personal(listTitle: string, login: string): string {
    return `${this.root(listTitle)}/${personalFolderName(login)}`;
  }

  private root(listTitle: string): string {
    let root = this.roots[listTitle];
    if (root === undefined) {
      const list = this.store.listByTitle(listTitle);
      if (!list) {
        throw new Error(`No list '${listTitle}': provision the sample site first`);
      }
      root = listRootPath(list);
      this.roots[listTitle] = root;
    }
    return root;
  }
}

/** An ISO time (as SharePoint stores Created) for a Vietnamese wall-clock time (UTC+7). */
export function vnTime(year: number, month: number, day: number, hour: number, minute: number = 0): string {
  return new Date(Date.UTC(year, month - 1, day, hour - 7, minute)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A working hour of a day, 8:00–17:00 Hà Nội time. */
export function workTime(rand: Rand, year: number, month: number, day: number): string {
  return vnTime(year, month, day, 8 + Math.floor(rand() * 9), Math.floor(rand() * 60));
}

/** Never after `today`: a story told on `today` has nothing from the future. */
export function notAfter(iso: string, today: Date, minutesBefore: number): string {
  const limit = today.getTime() - minutesBefore * 60_000;
  return new Date(Math.min(Date.parse(iso), limit)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function intBetween(rand: Rand, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
