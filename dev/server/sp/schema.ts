import { randomUUID } from 'crypto';
import { FieldRow, ListRow, ListSettings, spNow } from '../../store/store';
import { SpContext, listEditLink, listRootPath, SITE_PATH } from './context';
import { Entity } from './odata';
import { spErrors } from './errors';

/** FieldTypeKind → TypeAsString / OData type, as SharePoint names them. */
const FIELD_TYPES: Record<number, { name: string; odata: string; display: string }> = {
  1: { name: 'Integer', odata: 'SP.FieldNumber', display: 'Integer' },
  2: { name: 'Text', odata: 'SP.FieldText', display: 'Single line of text' },
  3: { name: 'Note', odata: 'SP.FieldMultiLineText', display: 'Multiple lines of text' },
  4: { name: 'DateTime', odata: 'SP.FieldDateTime', display: 'Date and Time' },
  5: { name: 'Counter', odata: 'SP.Field', display: 'Counter' },
  6: { name: 'Choice', odata: 'SP.FieldChoice', display: 'Choice' },
  7: { name: 'Lookup', odata: 'SP.FieldLookup', display: 'Lookup' },
  8: { name: 'Boolean', odata: 'SP.Field', display: 'Yes/No' },
  9: { name: 'Number', odata: 'SP.FieldNumber', display: 'Number' },
  10: { name: 'Currency', odata: 'SP.FieldCurrency', display: 'Currency' },
  11: { name: 'URL', odata: 'SP.FieldUrl', display: 'Hyperlink or Picture' },
  12: { name: 'Computed', odata: 'SP.FieldComputed', display: 'Computed' },
  14: { name: 'Guid', odata: 'SP.FieldGuid', display: 'Guid' },
  15: { name: 'MultiChoice', odata: 'SP.FieldMultiChoice', display: 'Choice' },
  17: { name: 'Calculated', odata: 'SP.FieldCalculated', display: 'Calculated' },
  20: { name: 'User', odata: 'SP.FieldUser', display: 'Person or Group' }
};

const NAME_TO_KIND: Record<string, number> = {
  integer: 1, text: 2, note: 3, datetime: 4, counter: 5, choice: 6, lookup: 7, lookupmulti: 7, boolean: 8, number: 9,
  currency: 10, url: 11, computed: 12, guid: 14, multichoice: 15, calculated: 17, user: 20, usermulti: 20
};

export type ValueKind = 'text' | 'number' | 'bool' | 'date' | 'user' | 'lookup' | 'multichoice' | 'url' | 'other';

export function valueKind(f: FieldRow): ValueKind {
  switch (f.typeKind) {
    case 1: case 5: case 9: case 10: return 'number';
    case 2: case 3: case 6: case 14: case 17: return 'text';
    case 4: return 'date';
    case 7: return 'lookup';
    case 8: return 'bool';
    case 11: return 'url';
    case 15: return 'multichoice';
    case 20: return 'user';
    default: return 'other';
  }
}

export function isMulti(f: FieldRow): boolean {
  return f.props.AllowMultipleValues === true;
}

/** Names SharePoint derives from a display name: `_xHHHH_` for anything but ASCII letters and digits, 32 chars. */
export function internalNameFor(title: string): string {
  let out = '';
  for (const ch of title) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** The list URL segment SharePoint derives from the first title: ASCII letters and digits only. */
export function urlNameFor(title: string): string {
  const ascii = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const name = ascii.replace(/[^A-Za-z0-9_-]/g, '');
  return name.length > 0 ? name : 'List';
}

export function entityTypeName(list: ListRow): string {
  const n = list.urlName.replace(/_/g, '_x005f_');
  return list.baseTemplate === 101 ? `${n}` : `${n}List`;
}

export function itemTypeName(list: ListRow): string {
  return `SP.Data.${entityTypeName(list)}Item`;
}

const SYSTEM_FIELDS: Array<{ name: string; title: string; kind: number; props?: Record<string, unknown>; hidden?: boolean; readOnly?: boolean; indexed?: boolean }> = [
  { name: 'ID', title: 'ID', kind: 5, readOnly: true, indexed: true },
  { name: 'ContentTypeId', title: 'Content Type ID', kind: 2, hidden: true, readOnly: true },
  { name: 'Title', title: 'Title', kind: 2, props: { MaxLength: 255 } },
  { name: 'Modified', title: 'Modified', kind: 4, readOnly: true },
  { name: 'Created', title: 'Created', kind: 4, readOnly: true },
  { name: 'Author', title: 'Created By', kind: 20, readOnly: true },
  { name: 'Editor', title: 'Modified By', kind: 20, readOnly: true },
  { name: '_UIVersionString', title: 'Version', kind: 2, readOnly: true },
  { name: 'Attachments', title: 'Attachments', kind: 19, readOnly: true },
  { name: 'FileLeafRef', title: 'Name', kind: 2, hidden: true },
  { name: 'FileDirRef', title: 'Path', kind: 2, hidden: true, readOnly: true },
  { name: 'FileRef', title: 'URL Path', kind: 2, hidden: true, readOnly: true },
  { name: 'FSObjType', title: 'Item Type', kind: 2, hidden: true, readOnly: true },
  { name: 'GUID', title: 'GUID', kind: 14, hidden: true, readOnly: true }
];

export const SYSTEM_FIELD_NAMES: ReadonlySet<string> = new Set(SYSTEM_FIELDS.map((f) => f.name.toLowerCase()));

export function defaultListSettings(): ListSettings {
  return {
    EnableVersioning: false, MajorVersionLimit: 50, ReadSecurity: 1, WriteSecurity: 1, Hidden: false, EnableAttachments: true,
    EnableFolderCreation: false, ContentTypesEnabled: false, NoCrawl: false, EnableMinorVersions: false, ForceCheckout: false,
    EnableModeration: false
  };
}

const LIST_SETTABLE = new Set(['Title', 'Description', 'EnableVersioning', 'MajorVersionLimit', 'ReadSecurity', 'WriteSecurity', 'Hidden',
  'EnableAttachments', 'EnableFolderCreation', 'ContentTypesEnabled', 'NoCrawl', 'EnableMinorVersions', 'ForceCheckout', 'EnableModeration',
  'OnQuickLaunch', 'AllowContentTypes', 'BaseTemplate', 'DisableGridEditing', 'IrmEnabled', 'ExcludeFromOfflineClient', 'DraftVersionVisibility',
  'MajorWithMinorVersionsLimit', 'DefaultContentApprovalWorkflowId', 'EnableRequestSignOff', 'Direction', 'ValidationFormula', 'ValidationMessage']);

function cleanBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object') {
    return {};
  }
  const b = { ...(body as Record<string, unknown>) };
  delete b.__metadata;
  return b;
}

export function applyListSettings(list: ListRow, body: unknown): void {
  for (const [k, v] of Object.entries(cleanBody(body))) {
    if (!LIST_SETTABLE.has(k)) {
      throw spErrors.badProperty(k, 'SP.List');
    }
    if (k === 'Title') {
      list.title = String(v);
    } else if (k === 'Description') {
      list.description = String(v ?? '');
    } else if (k === 'ReadSecurity' || k === 'WriteSecurity') {
      const n = Number(v);
      const ok = k === 'ReadSecurity' ? [1, 2].includes(n) : [1, 2, 4].includes(n);
      if (!ok) {
        throw spErrors.badRequest(`Value does not fall within the expected range.`);
      }
      list.settings[k] = n;
    } else if (k !== 'BaseTemplate' && k !== 'AllowContentTypes') {
      list.settings[k] = v;
    }
  }
}

export function createList(ctx: SpContext, body: unknown): ListRow {
  const b = cleanBody(body);
  const title = String(b.Title ?? '').trim();
  if (!title) {
    throw spErrors.badRequest('The list title is required.');
  }
  if (ctx.store.listByTitle(title)) {
    throw spErrors.duplicateList();
  }
  let urlName = urlNameFor(title);
  for (let n = 1; ctx.store.listByUrlName(urlName); n++) {
    urlName = `${urlNameFor(title)}${n}`;
  }
  const now = spNow();
  const list: ListRow = {
    id: randomUUID(), title, urlName, description: '', baseTemplate: Number(b.BaseTemplate ?? 100), settings: defaultListSettings(),
    hasUnique: false, created: now, modified: now, itemCount: 0, nextId: 1, version: 1
  };
  if (list.baseTemplate === 101) {
    list.settings.EnableVersioning = true;
    list.settings.EnableFolderCreation = true;
  }
  applyListSettings(list, { ...b, Title: title });
  ctx.store.tx(() => {
    ctx.store.insertList(list);
    SYSTEM_FIELDS.forEach((f, i) => {
      ctx.store.insertField({
        listId: list.id, id: randomUUID(), internalName: f.name, title: f.title, typeKind: f.kind, typeName: FIELD_TYPES[f.kind]?.name ?? 'Attachments',
        indexed: f.indexed === true, sort: i,
        props: { ...(f.props ?? {}), Hidden: f.hidden === true, ReadOnlyField: f.readOnly === true, FromBaseType: true, System: true }
      });
    });
  });
  return list;
}

export function listEntity(ctx: SpContext, list: ListRow, selected?: Set<string>): Entity {
  const root = listRootPath(list);
  const props: Record<string, unknown> = {
    AllowContentTypes: true, BaseTemplate: list.baseTemplate, BaseType: list.baseTemplate === 101 ? 1 : 0,
    ContentTypesEnabled: list.settings.ContentTypesEnabled, Created: list.created, DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
    DefaultItemOpenUseListSetting: false, Description: list.description, Direction: 'none', DisableGridEditing: false,
    DocumentTemplateUrl: null, DraftVersionVisibility: 0, EnableAttachments: list.settings.EnableAttachments,
    EnableFolderCreation: list.settings.EnableFolderCreation, EnableMinorVersions: list.settings.EnableMinorVersions,
    EnableModeration: list.settings.EnableModeration, EnableVersioning: list.settings.EnableVersioning,
    EntityTypeName: entityTypeName(list), ForceCheckout: list.settings.ForceCheckout, HasExternalDataSource: false,
    Hidden: list.settings.Hidden, Id: list.id, ImagePath: { DecodedUrl: '/_layouts/15/images/itgen.png?rev=47' },
    ImageUrl: '/_layouts/15/images/itgen.png?rev=47', IrmEnabled: false, IsApplicationList: false, IsCatalog: false,
    IsPrivate: false, ItemCount: list.itemCount, LastItemDeletedDate: list.modified, LastItemModifiedDate: list.modified,
    LastItemUserModifiedDate: list.modified, ListExperienceOptions: 0, ListItemEntityTypeFullName: itemTypeName(list),
    MajorVersionLimit: list.settings.MajorVersionLimit, MajorWithMinorVersionsLimit: 0, MultipleDataList: false, NoCrawl: list.settings.NoCrawl,
    ParentWebPath: { DecodedUrl: SITE_PATH }, ParentWebUrl: SITE_PATH, ParserDisabled: false, ReadSecurity: list.settings.ReadSecurity,
    ServerTemplateCanCreateFolders: true, TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100', Title: list.title,
    WriteSecurity: list.settings.WriteSecurity
  };
  const deferredOnly: Record<string, unknown> = {
    HasUniqueRoleAssignments: list.hasUnique,
    RootFolder: undefined,
    DefaultViewUrl: `${root}/AllItems.aspx`
  };
  if (selected && selected.size > 0 && !selected.has('*')) {
    const out: Record<string, unknown> = {};
    for (const key of selected) {
      const k = Object.keys(props).find((p) => p.toLowerCase() === key) ?? Object.keys(deferredOnly).find((p) => p.toLowerCase() === key);
      if (k && k !== 'RootFolder') {
        out[k] = k in props ? props[k] : deferredOnly[k];
      }
    }
    return new Entity('SP.List', `${ctx.webAbs}/_api/${listEditLink(list)}`, listEditLink(list), out, `"${list.version}"`);
  }
  return new Entity('SP.List', `${ctx.webAbs}/_api/${listEditLink(list)}`, listEditLink(list), props, `"${list.version}"`);
}

// ------------------------------------------------------------------ fields

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function schemaXml(f: FieldRow): string {
  const attrs: string[] = [`Type="${f.typeName}"`, `DisplayName="${xmlEscape(f.title)}"`, `Required="${f.props.Required === true ? 'TRUE' : 'FALSE'}"`,
    `ID="{${f.id}}"`, `StaticName="${f.internalName}"`, `Name="${f.internalName}"`];
  if (f.indexed) {
    attrs.push('Indexed="TRUE"');
  }
  if (f.props.LookupList) {
    attrs.push(`List="${String(f.props.LookupList)}"`, `ShowField="${String(f.props.LookupField ?? 'Title')}"`);
  }
  if (isMulti(f)) {
    attrs.push('Mult="TRUE"');
  }
  const choices = Array.isArray(f.props.Choices) ? (f.props.Choices as string[]) : undefined;
  if (choices) {
    return `<Field ${attrs.join(' ')}><CHOICES>${choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES></Field>`;
  }
  return `<Field ${attrs.join(' ')} />`;
}

export function fieldEntity(ctx: SpContext, list: ListRow, f: FieldRow): Entity {
  const t = FIELD_TYPES[f.typeKind] ?? { name: f.typeName, odata: 'SP.Field', display: f.typeName };
  const props: Record<string, unknown> = {
    AutoIndexed: false, CanBeDeleted: f.props.System !== true, ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null, CustomFormatter: null, DefaultFormula: null, DefaultValue: f.props.DefaultValue ?? null,
    Description: f.props.Description ?? '', Direction: 'none', EnforceUniqueValues: f.props.EnforceUniqueValues === true,
    EntityPropertyName: entityPropertyName(f.internalName), Filterable: true, FromBaseType: f.props.FromBaseType === true,
    Group: f.props.Group ?? 'Custom Columns', Hidden: f.props.Hidden === true, Id: f.id, Indexed: f.indexed, IndexStatus: 0,
    InternalName: f.internalName, IsModern: false, JSLink: 'clienttemplates.js', PinnedToFiltersPane: false,
    ReadOnlyField: f.props.ReadOnlyField === true, Required: f.props.Required === true, SchemaXml: schemaXml(f),
    Scope: `${listRootPath(list)}`, Sealed: f.props.System === true, ShowInFiltersPane: 0, Sortable: true, StaticName: f.internalName,
    Title: f.title, FieldTypeKind: f.typeKind, TypeAsString: f.typeName, TypeDisplayName: t.display, TypeShortDescription: t.display,
    ValidationFormula: null, ValidationMessage: null
  };
  switch (f.typeKind) {
    case 2:
      props.MaxLength = f.props.MaxLength ?? 255;
      break;
    case 3:
      props.AllowHyperlink = f.props.AllowHyperlink ?? false;
      props.AppendOnly = f.props.AppendOnly ?? false;
      props.NumberOfLines = f.props.NumberOfLines ?? 6;
      props.RestrictedMode = f.props.RestrictedMode ?? true;
      props.RichText = f.props.RichText ?? false;
      break;
    case 4:
      props.DateTimeCalendarType = f.props.DateTimeCalendarType ?? 1;
      props.DisplayFormat = f.props.DisplayFormat ?? 0;
      props.FriendlyDisplayFormat = f.props.FriendlyDisplayFormat ?? 0;
      break;
    case 6:
    case 15:
      props.Choices = f.props.Choices ?? [];
      props.EditFormat = f.props.EditFormat ?? 0;
      props.FillInChoice = f.props.FillInChoice ?? false;
      props.Mappings = null;
      break;
    case 1:
    case 9:
    case 10:
      props.MaximumValue = f.props.MaximumValue ?? 1.7976931348623157e308;
      props.MinimumValue = f.props.MinimumValue ?? -1.7976931348623157e308;
      props.DisplayFormat = f.props.DisplayFormat ?? -1;
      props.ShowAsPercentage = f.props.ShowAsPercentage ?? false;
      break;
    case 7:
    case 20:
      props.AllowMultipleValues = isMulti(f);
      props.LookupField = f.props.LookupField ?? (f.typeKind === 20 ? 'ImnName' : 'Title');
      props.LookupList = f.props.LookupList ?? (f.typeKind === 20 ? 'UserInfo' : '');
      props.LookupWebId = '00000000-0000-0000-0000-000000000001';
      props.PrimaryFieldId = null;
      props.RelationshipDeleteBehavior = 0;
      props.UnlimitedLengthInDocumentLibrary = false;
      if (f.typeKind === 20) {
        props.AllowDisplay = true;
        props.Presence = true;
        props.SelectionGroup = 0;
        props.SelectionMode = f.props.SelectionMode ?? 0;
      }
      break;
    default:
      break;
  }
  const link = `${listEditLink(list)}/Fields(guid'${f.id}')`;
  return new Entity(t.odata, `${ctx.webAbs}/_api/${link}`, link, props);
}

export interface FieldSpec {
  Title?: unknown;
  FieldTypeKind?: unknown;
  TypeAsString?: unknown;
  InternalName?: unknown;
  StaticName?: unknown;
  [key: string]: unknown;
}

function choicesOf(v: unknown): string[] | undefined {
  if (Array.isArray(v)) {
    return v.map(String);
  }
  if (v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)) {
    return ((v as { results: unknown[] }).results).map(String);
  }
  return undefined;
}

const FIELD_SETTABLE_IGNORED = new Set(['__metadata', 'FieldTypeKind', 'TypeAsString', 'InternalName', 'StaticName', 'Title']);

/** Creates a field from what PnPjs sends (fields.add*, AddField parameters, or parsed SchemaXml). */
export function createField(ctx: SpContext, list: ListRow, spec: FieldSpec, metadataType?: string): FieldRow {
  let kind = Number(spec.FieldTypeKind ?? 0);
  let typeName = typeof spec.TypeAsString === 'string' ? spec.TypeAsString : '';
  if (!kind && typeName) {
    kind = NAME_TO_KIND[typeName.toLowerCase()] ?? 0;
  }
  if (!kind && metadataType) {
    const entry = Object.entries(FIELD_TYPES).find(([, v]) => v.odata === metadataType);
    kind = entry ? Number(entry[0]) : 0;
  }
  if (!FIELD_TYPES[kind]) {
    throw spErrors.badRequest(`Field type ${String(spec.FieldTypeKind ?? typeName)} is not supported by the local intranet.`);
  }
  const title = String(spec.Title ?? '').trim();
  if (!title) {
    throw spErrors.badRequest('The field title is required.');
  }
  const internalName = typeof spec.InternalName === 'string' && spec.InternalName ? spec.InternalName
    : typeof spec.StaticName === 'string' && spec.StaticName ? spec.StaticName : internalNameFor(title);
  const existing = ctx.store.fields(list.id);
  if (existing.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase() || f.title.toLowerCase() === title.toLowerCase())) {
    throw spErrors.duplicateField(title);
  }
  const multi = spec.AllowMultipleValues === true || /multi$/i.test(typeName) || (kind === 20 && typeName.toLowerCase() === 'usermulti');
  typeName = FIELD_TYPES[kind].name;
  if (multi && (kind === 7 || kind === 20)) {
    typeName = kind === 7 ? 'LookupMulti' : 'UserMulti';
  }
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    if (!FIELD_SETTABLE_IGNORED.has(k) && k !== 'Indexed') {
      props[k] = k === 'Choices' ? choicesOf(v) : v;
    }
  }
  if (multi) {
    props.AllowMultipleValues = true;
  }
  if (kind === 7) {
    const lookupListId = String(spec.LookupListId ?? spec.LookupList ?? '').replace(/[{}]/g, '');
    const target = ctx.store.listById(lookupListId);
    if (!target) {
      throw spErrors.badRequest(`The lookup list '${lookupListId}' does not exist.`);
    }
    props.LookupList = `{${target.id}}`;
    props.LookupField = String(spec.LookupFieldName ?? spec.LookupField ?? 'Title');
    delete props.LookupListId;
    delete props.LookupFieldName;
  }
  const field: FieldRow = {
    listId: list.id, id: randomUUID(), internalName, title, typeKind: kind, typeName, indexed: spec.Indexed === true, props,
    sort: existing.length
  };
  ctx.store.insertField(field);
  if (field.indexed) {
    ctx.store.ensureFieldIndex(list.id, storageKey(field));
  }
  return field;
}

/** Where a field's value lives in items.data: person and lookup fields store their ids as `<Name>Id`. */
export function storageKey(f: FieldRow): string {
  return f.typeKind === 7 || f.typeKind === 20 ? `${f.internalName}Id` : f.internalName;
}

export function updateField(ctx: SpContext, list: ListRow, f: FieldRow, body: unknown): void {
  const b = cleanBody(body);
  for (const [k, v] of Object.entries(b)) {
    if (k === 'Title') {
      f.title = String(v);
    } else if (k === 'Indexed') {
      f.indexed = v === true || v === 'true';
    } else if (k === 'Choices') {
      f.props.Choices = choicesOf(v);
    } else if (k === 'FieldTypeKind' || k === 'TypeAsString' || k === 'InternalName' || k === 'StaticName') {
      // SharePoint ignores (or rejects) a type change through MERGE; the local intranet ignores it
    } else {
      f.props[k] = v;
    }
  }
  ctx.store.updateField(f);
  const column = systemColumnFor(f.internalName) ? undefined : storageKey(f);
  if (column) {
    if (f.indexed) {
      ctx.store.ensureFieldIndex(list.id, column);
    } else {
      ctx.store.dropFieldIndex(list.id, column);
    }
  }
}

/** System fields whose values are real columns of `items` (already indexed by SQLite where it matters). */
export function systemColumnFor(name: string): string | undefined {
  switch (name.toLowerCase()) {
    case 'id': return 'i.id';
    case 'author': case 'authorid': return 'i.author_id';
    case 'editor': case 'editorid': return 'i.editor_id';
    case 'created': return 'i.created';
    case 'modified': return 'i.modified';
    case 'filedirref': return 'i.folder';
    case 'fileleafref': return 'i.leaf';
    case 'fsobjtype': case 'filesystemobjecttype': return 'i.fsobj';
    case 'fileref': return "(i.folder || '/' || i.leaf)";
    case 'guid': return 'i.uid';
    default: return undefined;
  }
}

/** Parses the attributes of a `<Field …/>` SchemaXml (createFieldAsXml) into a FieldSpec. */
export function fieldSpecFromXml(xml: string): FieldSpec {
  const m = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!m) {
    throw spErrors.badRequest('The SchemaXml must contain a Field element.');
  }
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_:][A-Za-z0-9_.:-]*)\s*=\s*"([^"]*)"/g;
  let a: RegExpExecArray | null;
  while ((a = re.exec(m[1])) !== null) {
    attrs[a[1].toLowerCase()] = a[2].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }
  const bool = (v: string | undefined): boolean => (v ?? '').toUpperCase() === 'TRUE';
  const spec: FieldSpec = {
    Title: attrs.displayname ?? attrs.name,
    TypeAsString: attrs.type,
    InternalName: attrs.name ?? attrs.staticname,
    Required: bool(attrs.required),
    Indexed: bool(attrs.indexed),
    EnforceUniqueValues: bool(attrs.enforceuniquevalues)
  };
  if (attrs.mult) {
    spec.AllowMultipleValues = bool(attrs.mult);
  }
  if (attrs.list) {
    spec.LookupListId = attrs.list;
    spec.LookupFieldName = attrs.showfield ?? 'Title';
  }
  if (attrs.maxlength) {
    spec.MaxLength = Number(attrs.maxlength);
  }
  if (attrs.description) {
    spec.Description = attrs.description;
  }
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((c) => c[1]);
  if (choices.length > 0) {
    spec.Choices = choices;
  }
  return spec;
}

/** A list's fields by internal name and entity property name (case-insensitive), for one request. */
export interface FieldMap {
  list: ListRow;
  all: FieldRow[];
  byName: Map<string, FieldRow>;
}

export function fieldMap(ctx: SpContext, list: ListRow): FieldMap {
  const all = ctx.store.fields(list.id);
  const byName = new Map<string, FieldRow>();
  for (const f of all) {
    byName.set(f.internalName.toLowerCase(), f);
    byName.set(entityPropertyName(f.internalName).toLowerCase(), f);
  }
  return { list, all, byName };
}
