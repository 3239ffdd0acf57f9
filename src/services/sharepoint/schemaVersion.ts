import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { isNotFound, odataString } from './odata';
import { LISTS, SCHEMA_VERSION_KEY } from './schema';

/** The schema version recorded on the site; undefined when nothing is provisioned yet. */
export async function readSchemaVersion(sp: SPFI): Promise<number | undefined> {
  try {
    const rows = await sp.web.lists
      .getByTitle(LISTS.settings.title)
      .items.select('SettingValue')
      .filter(`Title eq ${odataString(SCHEMA_VERSION_KEY)}`)
      .top(1)<Array<{ SettingValue?: string }>>();
    const version = rows.length ? Number(rows[0].SettingValue) : NaN;
    return isFinite(version) ? version : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
