import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { personPeriodKind, periodsForPerson, type TrackedKind } from '../../domain/admin/periods';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import { normalizeLogin, unitChain, type OrgModel } from '../../domain/org/orgModel';
import { ND335_DEFAULT_PERIOD_KIND } from '../../domain/rating/nd335Defaults';
import { isNotFound } from './odata';
import { LISTS } from './schema';

/** The ministry's setting of the NĐ 335 period kind (DGCC_Settings, Title = the setting's name). */
export const PERIOD_KIND_SETTING = 'nd335.periodKind';

export interface SettingRow {
  Id: number;
  SettingValue?: string;
  EffectiveFrom?: string;
}

/** The setting's rows (its dated history: a handful), inside a screen's batch: no request of its own. */
export function periodKindSettingRows(b: SPFI): Promise<SettingRow[]> {
  return b.web.lists
    .getByTitle(LISTS.settings.title)
    .items.select('Id', 'SettingValue', 'EffectiveFrom')
    .filter(`Title eq '${PERIOD_KIND_SETTING}'`)
    .top(100)<SettingRow[]>()
    .catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
}

function kindOf(value: string | undefined): TrackedKind | undefined {
  let text = (value || '').trim();
  // Stored as plain text or as JSON ("QUARTER").
  if (text.charAt(0) === '"') {
    try {
      text = String(JSON.parse(text));
    } catch {
      return undefined;
    }
  }
  return text === 'MONTH' || text === 'QUARTER' ? text : undefined;
}

/**
 * The kind in force for a year: the row in force on 1 January of that year (the latest EffectiveFrom
 * not after it; a row without a date holds from the start), else the product's default.
 */
export function ministryPeriodKind(rows: readonly SettingRow[], year: number): TrackedKind {
  const start = Date.UTC(year, 0, 1);
  // Times compared as instants: SharePoint writes "…T00:00:00Z", JavaScript "…T00:00:00.000Z".
  const from = (r: SettingRow): number => (r.EffectiveFrom ? Date.parse(r.EffectiveFrom) : -Infinity);
  const inForce = rows
    .filter((r) => !!kindOf(r.SettingValue) && from(r) <= start)
    .sort((a, b) => (from(a) === from(b) ? a.Id - b.Id : from(a) - from(b)));
  const last = inForce[inForce.length - 1];
  return (last && kindOf(last.SettingValue)) || ND335_DEFAULT_PERIOD_KIND;
}

/** What one person sees of a year's periods: their unit's kind, with the deadline that applies to them. */
export function periodsOfPerson(org: OrgModel, login: string, periods: readonly EvaluationPeriod[], settingRows: readonly SettingRow[], year: number, today: Date): EvaluationPeriod[] {
  const me = normalizeLogin(login);
  const person = org.people[me];
  const kind = personPeriodKind(org, me, ministryPeriodKind(settingRows, year));
  return periodsForPerson(periods, kind, me, person ? unitChain(org, person.unitCode).map((u) => u.code) : [], today);
}
