import type { OrgModel, OrgUnit } from './orgModel';

/**
 * Nhóm công chức có nhiệm vụ tương đồng of a person: a scope of the HTXSNV quota (law.md 3.7; NĐ 48/2023
 * khoản 6 Điều 2; NĐ 335/2025), read off the units list:
 * - a group named for the person in the directory, when the units list knows it, stands;
 * - a phòng is its own group (its first task group, else its name);
 * - the people directly in a Vụ form the Vụ's group, when the Vụ lists itself as a group;
 * - otherwise the people directly in an agency-level unit are its leaders (a Cục's head and deputies):
 *   the Cục's leadership group.
 * A person the units list cannot place is a group of their own, so they never borrow another's quota.
 */
export function quotaGroupOf(org: OrgModel, login: string): string {
  const person = org.people[login];
  const unit: OrgUnit | undefined = person ? org.units[person.unitCode] : undefined;
  if (!person || !unit) return login;
  if (person.taskGroup && unit.taskGroups.indexOf(person.taskGroup) >= 0) return person.taskGroup;
  if (unit.level === 'DIVISION') return unit.taskGroups[0] ?? unit.name;
  return unit.taskGroups.indexOf(unit.name) >= 0 ? unit.name : `Lãnh đạo ${unit.name}`;
}
