/**
 * The organisation as the evaluation needs it: the directory (Graph) says who reports to whom; the
 * units list says what the directory cannot (the unit tree, who heads each unit, the groups of
 * similar tasks). Joined once per page, then read by the rules of who may do what.
 */

/** Bộ (ministry) › Vụ/Cục/Văn phòng/Thanh tra (agency-level unit) › Phòng (division). */
export type UnitLevel = 'MINISTRY' | 'AGENCY' | 'DIVISION';

export interface OrgUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode?: string;
  /** Người đứng đầu: the unit's head. */
  headLogin?: string;
  deputyLogins: readonly string[];
  /** Thư ký: records the unit meeting's minutes with the head. */
  secretaryLogin?: string;
  /**
   * Who evaluates this unit's head when it is not the head of the unit above: the Bộ trưởng may
   * delegate the heads of Vụ and Cục to the Thứ trưởng in charge (law.md 1.2, the Bộ's Quy chế).
   */
  evaluatorLogin?: string;
  /** Nhóm công chức có nhiệm vụ tương đồng, a quota scope each. */
  taskGroups: readonly string[];
  /** Who of the unit is in which of its task groups (Graph knows no such thing): login → group. */
  taskGroupMembers?: { readonly [login: string]: string };
  /** NĐ 335: its people report monthly or quarterly (DGCC_Units.PeriodKind); absent, the unit above's, else the ministry's setting. */
  periodKind?: 'MONTH' | 'QUARTER';
  /**
   * People who left the unit from this row's date (a transfer, recorded by HR), each with who was their
   * direct manager until then. Graph keeps no history of managers: this is how the acts of the months
   * before the move are still judged by the authority of their date (unitHistory.orgAt).
   */
  departures?: { readonly [login: string]: Departure };
}

/** A person's move out of a unit: who managed them until the row's date (DGCC_Units.Departures). */
export interface Departure {
  managerLogin: string;
}

export interface OrgPerson {
  login: string;
  displayName: string;
  unitCode: string;
  /** Người quản lý trực tiếp, from the directory. */
  managerLogin?: string;
  jobTitle?: string;
  taskGroup?: string;
}

export interface OrgModel {
  units: { readonly [code: string]: OrgUnit };
  people: { readonly [login: string]: OrgPerson };
  /** Vụ Tổ chức cán bộ: opens and locks periods, keeps the catalogue and settings, sees everything. */
  hrLogins: readonly string[];
}

/**
 * Logins compared as SharePoint compares them: the directory may write "An.Nguyen@…" where a claim
 * says "an.nguyen@…". Every login is normalised once, where it enters the org model or an act.
 */
export function normalizeLogin(login: string | undefined): string {
  return (login || '').trim().toLowerCase();
}

export function unitOf(org: OrgModel, login: string): OrgUnit | undefined {
  const person = org.people[login];
  return person ? org.units[person.unitCode] : undefined;
}

/** The unit and its ancestors, nearest first. A cycle in bad data stops the walk. */
export function unitChain(org: OrgModel, code: string): OrgUnit[] {
  const chain: OrgUnit[] = [];
  const seen: { [code: string]: boolean } = {};
  for (let unit: OrgUnit | undefined = org.units[code]; unit && !seen[unit.code]; unit = unit.parentCode ? org.units[unit.parentCode] : undefined) {
    seen[unit.code] = true;
    chain.push(unit);
  }
  return chain;
}

/** The agency-level unit (Vụ, Cục, Văn phòng, Thanh tra) a person belongs to: "cơ quan, đơn vị" of ND 90 Điều 16. */
export function agencyOf(org: OrgModel, login: string): OrgUnit | undefined {
  const person = org.people[login];
  if (!person) return undefined;
  const chain = unitChain(org, person.unitCode);
  return chain.find((u) => u.level === 'AGENCY') || chain.find((u) => u.level === 'MINISTRY');
}

export function isHeadOf(unit: OrgUnit | undefined, login: string): boolean {
  return !!unit && unit.headLogin === login;
}

/** Is `login` a head of `code` or of one of its ancestors (so may see and lead it)? */
export function leadsUnit(org: OrgModel, login: string, code: string): boolean {
  return unitChain(org, code).some((u) => u.headLogin === login || u.deputyLogins.indexOf(login) >= 0);
}
