import { randomUUID } from 'crypto';
import { ItemRow, ListRow, spNow } from '../../store/store';
import { cachedUser, listRootPath, SpContext } from './context';
import { SpError, spErrors } from './errors';
import { itemScopeKey, listScopeKey, Perm } from './permissions';
import { FieldMap, itemTypeName, storageKey } from './schema';
import { normaliseValue } from './values';

// ------------------------------------------------------------------ columns

// Item reads by id and writes: server-set fields, ETags and If-Match, item-level security, versions, the recycle bin.

export function getReadableItem(ctx: SpContext, list: ListRow, id: number): ItemRow {
  const item = ctx.store.itemById(list.id, id);
  if (!item || !ctx.perms.canReadItem(list, item)) {
    throw spErrors.itemNotFound();
  }
  return item;
}

const IGNORED_ON_WRITE = new Set(['__metadata', 'id', 'authorid', 'editorid', 'author', 'editor', 'created', 'modified', 'guid',
  'odata__uiversionstring', 'attachments', 'filesystemobjecttype', 'contenttypeid', 'contenttype', 'filedirref', 'fileref', 'fsobjtype',
  'serverredirectedembeduri', 'serverredirectedembedurl', 'compliance assetid', 'complianceassetid', 'odata.type', 'odata.id',
  'odata.etag', 'odata.editlink', 'odata.metadata']);

/** Maps a client's JSON body onto stored values; client-sent Author/Editor/Created/Modified are ignored, as SharePoint does. */

export function valuesFromBody(ctx: SpContext, fm: FieldMap, body: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (body === null || typeof body !== 'object') {
    return values;
  }
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    if (IGNORED_ON_WRITE.has(lower)) {
      continue;
    }
    let f = fm.byName.get(lower);
    if (f && f.props.System !== true && f.typeKind !== 7 && f.typeKind !== 20) {
      values[f.internalName] = normaliseValue(f, raw);
      continue;
    }
    if (lower === 'title' || lower === 'fileleafref') {
      values[lower === 'title' ? 'Title' : 'FileLeafRef'] = raw === null ? null : String(raw);
      continue;
    }
    f = lower.endsWith('stringid') ? fm.byName.get(lower.slice(0, -8)) : lower.endsWith('id') ? fm.byName.get(lower.slice(0, -2)) : undefined;
    if (f && (f.typeKind === 7 || f.typeKind === 20) && f.props.System !== true) {
      const v = normaliseValue(f, raw);
      if (f.typeKind === 20) {
        const ids = Array.isArray(v) ? (v as number[]) : v === null ? [] : [v as number];
        for (const id of ids) {
          if (!cachedUser(ctx, id)) {
            throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', 'The user does not exist or is not unique.');
          }
        }
      }
      values[storageKey(f)] = v;
      continue;
    }
    throw spErrors.badProperty(key, itemTypeName(fm.list));
  }
  return values;
}

function snapshot(ctx: SpContext, list: ListRow, item: ItemRow): void {
  if (list.settings.EnableVersioning) {
    ctx.store.insertVersion(list.id, item.id, { version: item.version, editorId: item.editorId, created: item.modified, data: item.data });
    const keep = Number(list.settings.MajorVersionLimit ?? 50);
    if (keep > 0 && item.version > keep) {
      ctx.store.trimVersions(list.id, item.id, keep);
    }
  }
}

/** Resolves a folder path of a list (the root or a folder item). */

export function folderItem(ctx: SpContext, list: ListRow, path: string): ItemRow | null {
  const root = listRootPath(list);
  const clean = path.replace(/\/+$/, '');
  if (clean.toLowerCase() === root.toLowerCase()) {
    return null;
  }
  const cut = clean.lastIndexOf('/');
  const f = ctx.store.folderByPath(list.id, clean.slice(0, cut), clean.slice(cut + 1));
  if (!f) {
    throw spErrors.folderNotFound();
  }
  return f;
}

/**
 * Author, Editor, Created and Modified as the validate endpoints may set them (see formValues.ts); plain
 * REST adds and MERGEs never pass these: the server sets the four itself there.
 */
export interface ServerSetValues {
  authorId?: number;
  editorId?: number;
  created?: string;
  modified?: string;
}

export interface NewItemOptions {
  folderPath?: string;
  fsobj?: number;
  leaf?: string;
  server?: ServerSetValues;
}

/** The folder an add goes into, after checking that the user sees it and may add there (404 / 403 otherwise). */
export function requireCanAdd(ctx: SpContext, list: ListRow, folderPath: string): ItemRow | null {
  const parent = folderItem(ctx, list, folderPath.replace(/\/+$/, ''));
  if (parent && !ctx.perms.canReadItem(list, parent)) {
    throw spErrors.folderNotFound();
  }
  if (!ctx.perms.can(parent ? itemScopeKey(list, parent) : listScopeKey(list), Perm.AddListItems)) {
    throw spErrors.accessDenied();
  }
  return parent;
}

/**
 * Columns with EnforceUniqueValues: SharePoint refuses a second item with the same value (HTTP 500,
 * SPDuplicateValuesFoundException), compared case-insensitively like its indexes.
 */
function checkUnique(ctx: SpContext, list: ListRow, data: Record<string, unknown>, exceptId: number): void {
  for (const f of ctx.store.fields(list.id)) {
    if (f.props.EnforceUniqueValues !== true) {
      continue;
    }
    const key = storageKey(f);
    const v = data[key];
    if (v === null || v === undefined || v === '' || typeof v === 'object') {
      continue;
    }
    const clash = ctx.store.get(`SELECT id FROM items WHERE list_id = ? AND json_extract(data, '$."${key}"') = ? COLLATE NOCASE AND id <> ? LIMIT 1`,
      list.id, typeof v === 'boolean' ? (v ? 1 : 0) : (v as string | number), exceptId);
    if (clash) {
      throw new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.');
    }
  }
}

export function addItem(ctx: SpContext, list: ListRow, values: Record<string, unknown>, opts: NewItemOptions = {}): ItemRow {
  const root = listRootPath(list);
  const folderPath = (opts.folderPath ?? root).replace(/\/+$/, '');
  const parent = requireCanAdd(ctx, list, folderPath);
  const server = opts.server ?? {};
  return ctx.store.tx(() => {
    const id = ctx.store.reserveItemIds(list.id, 1);
    const now = spNow();
    const data = { ...values };
    delete data.FileLeafRef;
    const leaf = opts.leaf ?? `${id}_.000`;
    if (opts.fsobj === 1 && data.Title === undefined) {
      data.Title = leaf;
    }
    const item: ItemRow = {
      listId: list.id, id, uid: randomUUID(), fsobj: opts.fsobj ?? 0, folder: parent ? `${parent.folder}/${parent.leaf}` : root, leaf,
      authorId: server.authorId ?? ctx.user.id, editorId: server.editorId ?? ctx.user.id,
      created: server.created ?? now, modified: server.modified ?? now, version: 1, hasUnique: false,
      scope: parent ? parent.scope : 'L', data
    };
    checkUnique(ctx, list, data, id);
    ctx.store.insertItem(item);
    ctx.store.touchList(list.id, 0);
    snapshot(ctx, list, item);
    return item;
  });
}

export function checkETag(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') {
    return;
  }
  const sent = ifMatch.trim().replace(/^W\//, '').replace(/"/g, '').split(',').pop() ?? '';
  if (sent !== String(version)) {
    throw spErrors.versionConflict(ifMatch.trim(), `"${version}"`);
  }
}

export interface UpdateOptions {
  /** what the validate endpoints set (ServerSetValues) */
  server?: ServerSetValues;
  /**
   * ValidateUpdateListItem with bNewDocumentUpdate = true: the write replaces the current version in the
   * history instead of adding one (the ETag still changes)
   */
  overwriteVersion?: boolean;
}

export function requireCanEdit(ctx: SpContext, list: ListRow, item: ItemRow): void {
  if (!ctx.perms.canWriteItem(list, item, Perm.EditListItems)) {
    throw spErrors.accessDenied();
  }
}

export function updateItem(ctx: SpContext, list: ListRow, item: ItemRow, values: Record<string, unknown>, ifMatch: string | undefined,
  opts: UpdateOptions = {}): ItemRow {
  requireCanEdit(ctx, list, item);
  checkETag(ifMatch, item.version);
  const server = opts.server ?? {};
  const updated: ItemRow = {
    ...item, data: { ...item.data, ...values }, version: item.version + 1, editorId: server.editorId ?? ctx.user.id,
    modified: server.modified ?? spNow(), authorId: server.authorId ?? item.authorId, created: server.created ?? item.created
  };
  // renaming (FileLeafRef) is not emulated: the leaf name stays
  delete updated.data.FileLeafRef;
  ctx.store.tx(() => {
    checkUnique(ctx, list, updated.data, updated.id);
    ctx.store.updateItem(updated);
    ctx.store.touchList(list.id, 0);
    if (opts.overwriteVersion) {
      ctx.store.deleteVersion(list.id, item.id, item.version);
    }
    snapshot(ctx, list, updated);
  });
  return updated;
}

export function deleteItem(ctx: SpContext, list: ListRow, item: ItemRow, ifMatch: string | undefined, recycle: boolean): string | undefined {
  if (!ctx.perms.canWriteItem(list, item, Perm.DeleteListItems)) {
    throw spErrors.accessDenied();
  }
  checkETag(ifMatch, item.version);
  return ctx.store.tx(() => {
    let removed = 1;
    let children: ItemRow[] = [];
    if (item.fsobj === 1) {
      // a folder takes everything in it, whoever wrote it and whatever its own permissions (see dev/README.md "Doubts")
      const path = `${item.folder}/${item.leaf}`;
      children = ctx.store.all('SELECT * FROM items WHERE list_id = ? AND (folder = ? OR folder LIKE ?)', list.id, path, `${path}/%`)
        .map((r) => ctx.store.toItem(r));
      for (const c of children) {
        ctx.store.deleteItem(list.id, c.id);
      }
      removed += children.length;
    }
    const recycleId = recycle ? ctx.store.recycle(item, String(item.data.Title ?? item.leaf), ctx.user.id, children) : undefined;
    ctx.store.deleteItem(list.id, item.id);
    ctx.store.touchList(list.id, -removed);
    return recycleId;
  });
}

export function itemEtag(item: ItemRow): string {
  return `"${item.version}"`;
}

