import type { UserRow } from '../store/store';
import { MINISTER } from '../seed/accounts';
import { MINISTRY_NAME, UNITS } from '../seed/ministry';

/** A row of the product's units list (DGCC_Units), as HR would fill it in for the sample ministry. */
export interface SampleUnitRow {
  Title: string;
  UnitCode: string;
  ParentCode?: string;
  UnitLevel: 'MINISTRY' | 'AGENCY' | 'DIVISION';
  HeadLogin?: string;
  DeputyLogins?: string;
  SecretaryLogin?: string;
  EvaluatorLogin?: string;
  TaskGroups?: string;
}

export const MINISTRY_CODE = 'BO';

/** Code of a phòng: its Cục's code and its place in the Cục (e.g. DSVH-2). */
export function divisionCode(agencyCode: string, index: number): string {
  return `${agencyCode}-${index + 1}`;
}

/**
 * The units list of the sample ministry, read off its directory: who heads and deputises each unit
 * is what the seed put in the directory (job titles, managers). The Thứ trưởng in charge of a unit
 * (the unit head's manager) evaluates its head, as the Bộ's Quy chế would delegate.
 */
export function sampleUnitRows(users: readonly UserRow[]): SampleUnitRow[] {
  const rows: SampleUnitRow[] = [];
  const deputiesOfMinistry = users.filter((u) => u.role === 'leader' && u.upn !== MINISTER.upn).map((u) => u.upn);
  rows.push({ Title: MINISTRY_NAME, UnitCode: MINISTRY_CODE, UnitLevel: 'MINISTRY', HeadLogin: MINISTER.upn, DeputyLogins: deputiesOfMinistry.join('\n') });

  for (const unit of UNITS) {
    const inUnit = users.filter((u) => u.unitId === unit.id);
    const head = inUnit.find((u) => u.role === 'unitHead');
    const deputies = inUnit.filter((u) => u.jobTitle === unit.deputyTitle).map((u) => u.upn);
    rows.push({
      Title: unit.name,
      UnitCode: unit.id,
      ParentCode: MINISTRY_CODE,
      UnitLevel: 'AGENCY',
      HeadLogin: head?.upn,
      DeputyLogins: deputies.join('\n'),
      EvaluatorLogin: head?.managerUpn ?? undefined,
      // One group of similar tasks per Vụ (a quota scope); a Cục's phòng are groups of their own.
      TaskGroups: unit.phong.length === 0 ? unit.name : unit.phong.join('\n')
    });
    unit.phong.forEach((phong, index) => {
      const head = inUnit.find((u) => u.office === phong && u.role === 'manager');
      rows.push({
        Title: phong,
        UnitCode: divisionCode(unit.id, index),
        ParentCode: unit.id,
        UnitLevel: 'DIVISION',
        HeadLogin: head?.upn,
        TaskGroups: phong
      });
    });
  }
  return rows;
}
