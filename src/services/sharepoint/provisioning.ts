import type { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { ProvisioningReport } from '../contracts';
import { isNotFound, odataString } from './odata';
import { readSchemaVersion } from './schemaVersion';
import { FieldSpec, LISTS, ListSpec, listsAtVersion, SCHEMA_VERSION, SCHEMA_VERSION_KEY } from './schema';

export { readSchemaVersion };

/** SharePoint's FieldTypeKind numbers (SP.FieldType). */
const FIELD_TYPE_KIND: Record<FieldSpec['kind'], number> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Boolean: 8,
  Number: 9,
  User: 20
};

/** List settings of the security model (architecture.md): item-level write security on acts. */
interface ListSettings {
  EnableVersioning: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
}

function wantedSettings(spec: ListSpec): ListSettings {
  // WriteSecurity 2: users edit only the items they created (platform.md 2.3); ReadSecurity 2: they
  // read only those (the private drafts). On lists of acts nobody edits at all: the permission levels
  // give Add without Edit (access.ts), and WriteSecurity 2 is the wall behind that one.
  const own = spec.ownItemsOnly || !!spec.privateItems;
  return { EnableVersioning: true, ReadSecurity: spec.privateItems ? 2 : 1, WriteSecurity: own ? 2 : 1 };
}

/**
 * Brings the site to a schema version (the current one unless a test asks for an older one): creates
 * what is missing, corrects what differs, and touches nothing that is already right. Items are never
 * deleted or rewritten, so an upgrade keeps them. A site ahead of this version is left alone.
 */
export async function ensureSchema(sp: SPFI, version: number = SCHEMA_VERSION): Promise<ProvisioningReport> {
  const report: ProvisioningReport = {
    toVersion: version,
    createdLists: [],
    updatedLists: [],
    createdFields: [],
    indexedFields: []
  };
  report.fromVersion = await readSchemaVersion(sp);
  if (report.fromVersion !== undefined && report.fromVersion > version) {
    throw new Error(`The site's lists are at schema version ${report.fromVersion}, newer than this product's ${version}: update the app package first.`);
  }
  for (const spec of listsAtVersion(version)) {
    await ensureList(sp, spec, report);
  }
  if (report.fromVersion !== version) await writeSchemaVersion(sp, version);
  return report;
}

async function ensureList(sp: SPFI, spec: ListSpec, report: ProvisioningReport): Promise<void> {
  const wanted = wantedSettings(spec);
  const list = sp.web.lists.getByTitle(spec.title);
  let current: ListSettings | undefined;
  try {
    current = await list.select('EnableVersioning', 'ReadSecurity', 'WriteSecurity')<ListSettings>();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  if (!current) {
    await sp.web.lists.add(spec.title, '', 100, false, { ...wanted });
    report.createdLists.push(spec.title);
  } else if (
    current.EnableVersioning !== wanted.EnableVersioning ||
    (current.ReadSecurity || 1) !== wanted.ReadSecurity ||
    current.WriteSecurity !== wanted.WriteSecurity
  ) {
    await list.update({ ...wanted });
    report.updatedLists.push(spec.title);
  }

  const existing = await list.fields
    .select('InternalName', 'Indexed', 'EnforceUniqueValues')<Array<{ InternalName: string; Indexed: boolean; EnforceUniqueValues?: boolean }>>();
  for (const field of spec.fields) {
    const found = existing.find((f) => f.InternalName === field.name);
    if (!found) {
      await list.fields.add(field.name, FIELD_TYPE_KIND[field.kind], fieldProperties(field));
      report.createdFields.push(`${spec.title}.${field.name}`);
    } else if ((!!field.indexed && !found.Indexed) || !!field.unique !== !!found.EnforceUniqueValues) {
      // Indexed first, then the uniqueness as wanted (on, or off again: schema 3 lifted ActKey's).
      const change: Record<string, unknown> = { EnforceUniqueValues: !!field.unique };
      if (field.indexed || field.unique) change.Indexed = true;
      await list.fields.getByInternalNameOrTitle(field.name).update(change);
      report.indexedFields.push(`${spec.title}.${field.name}`);
    }
  }
}

function fieldProperties(field: FieldSpec): Record<string, unknown> {
  const properties: Record<string, unknown> = { Indexed: !!field.indexed };
  if (field.unique) properties.EnforceUniqueValues = true;
  if (field.kind === 'Choice' && field.choices) properties.Choices = { results: field.choices.slice() };
  return properties;
}


async function writeSchemaVersion(sp: SPFI, version: number): Promise<void> {
  const items = sp.web.lists.getByTitle(LISTS.settings.title).items;
  const rows = await items.select('Id').filter(`Title eq ${odataString(SCHEMA_VERSION_KEY)}`).top(1)<Array<{ Id: number; 'odata.etag'?: string }>>();
  const value = { Title: SCHEMA_VERSION_KEY, SettingValue: String(version) };
  // With the item's ETag: two owners upgrading at once get a 412 instead of a silent overwrite.
  if (rows.length) await items.getById(rows[0].Id).update(value, rows[0]['odata.etag'] || '*');
  else await items.add(value);
}
