import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { dayOf, type SettingRow } from '../../domain/admin/settingsHistory';
import { httpStatusOf } from '../sharepoint/odata';
import { LISTS } from '../sharepoint/schema';

/**
 * The engine's read of HR's settings (DGCC_Settings): every row, oldest ID first, one read that joins
 * the `$batch` a screen already sends (no request of its own). A ministry adds a few rows a year; the
 * page of 5,000 is far beyond what the list holds. Everyone reads the list (access.ts: configuration
 * lists are readable by all); only HR adds to it.
 */
export interface SettingListRow {
  Id: number;
  Title?: string;
  SettingValue?: string;
  EffectiveFrom?: string;
  Created?: string;
  Author?: { Title?: string; Name?: string };
}

const ROWS = 5000;
export const SETTING_FIELDS = ['Id', 'Title', 'SettingValue', 'EffectiveFrom', 'Created'];

export function toSettingRow(row: SettingListRow): SettingRow {
  return {
    id: row.Id,
    name: (row.Title || '').trim(),
    text: row.SettingValue || '',
    effectiveFrom: dayOf(row.EffectiveFrom) || undefined,
    created: row.Created,
    authorName: row.Author ? row.Author.Title : undefined
  };
}

/**
 * The rows, as one read of `sp` (a batched SPFI inside readTogether). A site not yet brought to schema
 * 4 (no EffectiveFrom: 400) or without the list (404) has no settings: the defaults apply, the screen
 * still opens; throttling and other failures still fail the read (the batch is retried).
 */
export function readSettingRows(sp: SPFI): Promise<SettingRow[]> {
  return sp.web.lists
    .getByTitle(LISTS.settings.title)
    .items.select(...SETTING_FIELDS)
    .orderBy('Id', true)
    .top(ROWS)<SettingListRow[]>()
    .then(
      (rows) => rows.map(toSettingRow),
      (error: unknown) => {
        const status = httpStatusOf(error);
        if (status === 400 || status === 404) return [];
        throw error;
      }
    );
}
