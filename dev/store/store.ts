import * as fs from 'fs';
import * as path from 'path';
import { randomUUID } from 'crypto';
import { Database, openDatabase, SqlValue, Statement } from './sqlite';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';

export interface UserRow {
  id: number;
  upn: string;
  graphId: string;
  title: string;
  givenName: string;
  surname: string;
  email: string;
  jobTitle: string;
  department: string;
  office: string;
  unitId: string | null;
  managerUpn: string | null;
  role: string;
  isSiteAdmin: boolean;
  /** 1 = user, 4 = security group (the "Everyone except external users" claim). */
  principalType: number;
  sort: number;
}

export interface GroupRow {
  id: number;
  title: string;
  description: string;
  ownerId: number;
}

export interface RoleDefinitionRow {
  id: number;
  name: string;
  description: string;
  sort: number;
  roleType: number;
  low: number;
  high: number;
  hidden: boolean;
}

export interface ListSettings {
  EnableVersioning: boolean;
  MajorVersionLimit: number;
  ReadSecurity: number;
  WriteSecurity: number;
  Hidden: boolean;
  EnableAttachments: boolean;
  EnableFolderCreation: boolean;
  ContentTypesEnabled: boolean;
  NoCrawl: boolean;
  [key: string]: unknown;
}

export interface ListRow {
  id: string;
  title: string;
  urlName: string;
  description: string;
  baseTemplate: number;
  settings: ListSettings;
  hasUnique: boolean;
  created: string;
  modified: string;
  itemCount: number;
  nextId: number;
  version: number;
}

export interface FieldRow {
  listId: string;
  id: string;
  internalName: string;
  title: string;
  typeKind: number;
  typeName: string;
  indexed: boolean;
  props: Record<string, unknown>;
  sort: number;
}

export interface ItemRow {
  listId: string;
  id: number;
  uid: string;
  fsobj: number;
  folder: string;
  leaf: string;
  authorId: number;
  editorId: number;
  created: string;
  modified: string;
  version: number;
  hasUnique: boolean;
  scope: string;
  data: Record<string, unknown>;
}

export interface VersionRow {
  version: number;
  editorId: number;
  created: string;
  data: Record<string, unknown>;
}

export interface OutboxRow {
  id: number;
  kind: 'mail' | 'teams';
  sender: string;
  recipients: string[];
  subject: string;
  body: string;
  payload: unknown;
  created: string;
}

type Row = Record<string, SqlValue>;

function str(v: SqlValue): string {
  return v === null ? '' : String(v);
}
function num(v: SqlValue): number {
  return v === null ? 0 : Number(v);
}

/** ISO 8601 in SharePoint's REST form: seconds precision, UTC, "Z". */
export function spNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * node:sqlite storage of the local intranet: one file per data folder, prepared statements
 * cached by SQL text, explicit transactions for multi-row writes.
 */
export class IntranetStore {
  public readonly db: Database;
  private readonly statements: Map<string, Statement> = new Map();
  private txDepth: number = 0;

  public constructor(public readonly file: string) {
    this.db = openDatabase(file);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 5000;');
    this.db.exec(SCHEMA_SQL);
    if (this.getMeta('schema') === undefined) {
      this.setMeta('schema', String(SCHEMA_VERSION));
    }
  }

  /** Opens (or creates) the data folder's database; `reset`, or data of another schema version, starts afresh. */
  public static open(dataDir: string, reset: boolean): IntranetStore {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'intranet.sqlite');
    const remove = (): void => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) {
        fs.rmSync(f, { force: true });
      }
    };
    if (reset) {
      remove();
    }
    const store = new IntranetStore(file);
    if (store.getMeta('schema') !== String(SCHEMA_VERSION)) {
      store.close();
      remove();
      return new IntranetStore(file);
    }
    return store;
  }

  public close(): void {
    this.statements.clear();
    this.db.close();
  }

  public prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  public all(sql: string, ...params: SqlValue[]): Row[] {
    return this.prepare(sql).all(...params) as Row[];
  }

  public get(sql: string, ...params: SqlValue[]): Row | undefined {
    return this.prepare(sql).get(...params) as Row | undefined;
  }

  public run(sql: string, ...params: SqlValue[]): number {
    return Number(this.prepare(sql).run(...params).changes);
  }

  /** Runs fn in a transaction (nested calls join the outer one). */
  public tx<T>(fn: () => T): T {
    if (this.txDepth > 0) {
      this.txDepth++;
      try {
        return fn();
      } finally {
        this.txDepth--;
      }
    }
    this.db.exec('BEGIN');
    this.txDepth = 1;
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    } finally {
      this.txDepth = 0;
    }
  }

  // ---------------------------------------------------------------- meta
  public getMeta(key: string): string | undefined {
    const r = this.get('SELECT value FROM meta WHERE key = ?', key);
    return r ? str(r.value) : undefined;
  }
  public setMeta(key: string, value: string): void {
    this.run('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value);
  }
  /** Principal ids (users and groups share one sequence, as in a site collection). */
  public nextPrincipalId(): number {
    const next = Number(this.getMeta('next_principal') ?? '7');
    this.setMeta('next_principal', String(next + 1));
    return next;
  }

  // ---------------------------------------------------------------- users
  private toUser(r: Row): UserRow {
    return {
      id: num(r.id), upn: str(r.upn), graphId: str(r.graph_id), title: str(r.title), givenName: str(r.given_name),
      surname: str(r.surname), email: str(r.email), jobTitle: str(r.job_title), department: str(r.department),
      office: str(r.office), unitId: r.unit_id === null ? null : str(r.unit_id),
      managerUpn: r.manager_upn === null ? null : str(r.manager_upn), role: str(r.role),
      isSiteAdmin: num(r.is_site_admin) === 1, principalType: num(r.principal_type), sort: num(r.sort)
    };
  }
  public insertUser(u: UserRow): void {
    this.run(
      `INSERT INTO users(id, upn, graph_id, title, given_name, surname, email, job_title, department, office, unit_id,
        manager_upn, role, is_site_admin, principal_type, sort) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      u.id, u.upn, u.graphId, u.title, u.givenName, u.surname, u.email, u.jobTitle, u.department, u.office, u.unitId,
      u.managerUpn, u.role, u.isSiteAdmin ? 1 : 0, u.principalType, u.sort
    );
  }
  public userById(id: number): UserRow | undefined {
    const r = this.get('SELECT * FROM users WHERE id = ?', id);
    return r ? this.toUser(r) : undefined;
  }
  public userByUpn(upn: string): UserRow | undefined {
    const r = this.get('SELECT * FROM users WHERE upn = ?', upn);
    return r ? this.toUser(r) : undefined;
  }
  public userByGraphId(graphId: string): UserRow | undefined {
    const r = this.get('SELECT * FROM users WHERE graph_id = ? COLLATE NOCASE', graphId);
    return r ? this.toUser(r) : undefined;
  }
  public userByEmail(email: string): UserRow | undefined {
    const r = this.get('SELECT * FROM users WHERE email = ? COLLATE NOCASE', email);
    return r ? this.toUser(r) : undefined;
  }
  public allUsers(): UserRow[] {
    return this.all('SELECT * FROM users ORDER BY sort, id').map((r) => this.toUser(r));
  }
  public directoryUsers(): UserRow[] {
    return this.all('SELECT * FROM users WHERE principal_type = 1 ORDER BY sort, id').map((r) => this.toUser(r));
  }
  public directReports(upn: string): UserRow[] {
    return this.all('SELECT * FROM users WHERE manager_upn = ? ORDER BY sort, id', upn).map((r) => this.toUser(r));
  }

  // ---------------------------------------------------------------- groups
  private toGroup(r: Row): GroupRow {
    return { id: num(r.id), title: str(r.title), description: str(r.description), ownerId: num(r.owner_id) };
  }
  public insertGroup(g: GroupRow): void {
    this.run('INSERT INTO groups(id, title, description, owner_id) VALUES (?,?,?,?)', g.id, g.title, g.description, g.ownerId);
  }
  public groupById(id: number): GroupRow | undefined {
    const r = this.get('SELECT * FROM groups WHERE id = ?', id);
    return r ? this.toGroup(r) : undefined;
  }
  public groupByName(name: string): GroupRow | undefined {
    const r = this.get('SELECT * FROM groups WHERE title = ?', name);
    return r ? this.toGroup(r) : undefined;
  }
  public allGroups(): GroupRow[] {
    return this.all('SELECT * FROM groups ORDER BY id').map((r) => this.toGroup(r));
  }
  public addGroupMember(groupId: number, userId: number): void {
    this.run('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)', groupId, userId);
  }
  public removeGroupMember(groupId: number, userId: number): void {
    this.run('DELETE FROM group_members WHERE group_id = ? AND user_id = ?', groupId, userId);
  }
  public groupMembers(groupId: number): UserRow[] {
    return this.all('SELECT u.* FROM users u JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ? ORDER BY u.sort, u.id', groupId)
      .map((r) => this.toUser(r));
  }
  public groupsOfUser(userId: number): number[] {
    return this.all('SELECT group_id FROM group_members WHERE user_id = ?', userId).map((r) => num(r.group_id));
  }

  // ---------------------------------------------------------------- roles
  private toRoleDef(r: Row): RoleDefinitionRow {
    return {
      id: num(r.id), name: str(r.name), description: str(r.description), sort: num(r.sort), roleType: num(r.role_type),
      low: num(r.low), high: num(r.high), hidden: num(r.hidden) === 1
    };
  }
  public insertRoleDefinition(d: RoleDefinitionRow): void {
    this.run('INSERT INTO role_definitions(id, name, description, sort, role_type, low, high, hidden) VALUES (?,?,?,?,?,?,?,?)',
      d.id, d.name, d.description, d.sort, d.roleType, d.low, d.high, d.hidden ? 1 : 0);
  }
  public roleDefinitions(): RoleDefinitionRow[] {
    return this.all('SELECT * FROM role_definitions ORDER BY sort').map((r) => this.toRoleDef(r));
  }
  public roleDefinition(id: number): RoleDefinitionRow | undefined {
    const r = this.get('SELECT * FROM role_definitions WHERE id = ?', id);
    return r ? this.toRoleDef(r) : undefined;
  }
  public roleDefinitionByName(name: string): RoleDefinitionRow | undefined {
    const r = this.get('SELECT * FROM role_definitions WHERE name = ?', name);
    return r ? this.toRoleDef(r) : undefined;
  }
  public updateRoleDefinition(d: RoleDefinitionRow): void {
    this.run('UPDATE role_definitions SET name = ?, description = ?, sort = ?, role_type = ?, low = ?, high = ?, hidden = ? WHERE id = ?',
      d.name, d.description, d.sort, d.roleType, d.low, d.high, d.hidden ? 1 : 0, d.id);
  }
  /** Deletes a permission level and every assignment that binds it, as SharePoint does. */
  public deleteRoleDefinition(id: number): void {
    this.run('DELETE FROM role_assignments WHERE roledef_id = ?', id);
    this.run('DELETE FROM role_definitions WHERE id = ?', id);
  }
  /** The id of the next custom permission level (SharePoint numbers them from 1073741924). */
  public nextRoleDefinitionId(): number {
    const r = this.get('SELECT max(id) AS m FROM role_definitions');
    return Math.max(num(r?.m ?? 0), 1073741923) + 1;
  }
  public roleAssignments(scope: string): Array<{ principalId: number; roleDefId: number }> {
    return this.all('SELECT principal_id, roledef_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, roledef_id', scope)
      .map((r) => ({ principalId: num(r.principal_id), roleDefId: num(r.roledef_id) }));
  }
  public addRoleAssignment(scope: string, principalId: number, roleDefId: number): void {
    this.run('INSERT OR IGNORE INTO role_assignments(scope, principal_id, roledef_id) VALUES (?,?,?)', scope, principalId, roleDefId);
  }
  public removeRoleAssignment(scope: string, principalId: number, roleDefId?: number): void {
    if (roleDefId === undefined) {
      this.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?', scope, principalId);
    } else {
      this.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND roledef_id = ?', scope, principalId, roleDefId);
    }
  }
  public copyRoleAssignments(from: string, to: string): void {
    this.run('INSERT OR IGNORE INTO role_assignments(scope, principal_id, roledef_id) SELECT ?, principal_id, roledef_id FROM role_assignments WHERE scope = ?', to, from);
  }
  public clearRoleAssignments(scope: string): void {
    this.run('DELETE FROM role_assignments WHERE scope = ?', scope);
  }

  // ---------------------------------------------------------------- lists
  private toList(r: Row): ListRow {
    return {
      id: str(r.id), title: str(r.title), urlName: str(r.url_name), description: str(r.description),
      baseTemplate: num(r.base_template), settings: JSON.parse(str(r.settings)) as ListSettings,
      hasUnique: num(r.has_unique) === 1, created: str(r.created), modified: str(r.modified), itemCount: num(r.item_count),
      nextId: num(r.next_id), version: num(r.version)
    };
  }
  public insertList(l: ListRow): void {
    this.run(`INSERT INTO lists(id, title, url_name, description, base_template, settings, has_unique, created, modified, item_count, next_id, version)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`, l.id, l.title, l.urlName, l.description, l.baseTemplate, JSON.stringify(l.settings),
    l.hasUnique ? 1 : 0, l.created, l.modified, l.itemCount, l.nextId, l.version);
  }
  public updateList(l: ListRow): void {
    this.run(`UPDATE lists SET title = ?, description = ?, settings = ?, has_unique = ?, modified = ?, version = ? WHERE id = ?`,
      l.title, l.description, JSON.stringify(l.settings), l.hasUnique ? 1 : 0, l.modified, l.version, l.id);
  }
  public deleteList(id: string): void {
    this.tx(() => {
      this.run('DELETE FROM lists WHERE id = ?', id);
      this.run('DELETE FROM fields WHERE list_id = ?', id);
      this.run('DELETE FROM items WHERE list_id = ?', id);
      this.run('DELETE FROM item_versions WHERE list_id = ?', id);
      this.run("DELETE FROM role_assignments WHERE scope = ? OR scope LIKE ?", `L:${id}`, `I:${id}:%`);
    });
  }
  public listById(id: string): ListRow | undefined {
    const r = this.get('SELECT * FROM lists WHERE id = ? COLLATE NOCASE', id);
    return r ? this.toList(r) : undefined;
  }
  public listByTitle(title: string): ListRow | undefined {
    const r = this.get('SELECT * FROM lists WHERE title = ?', title);
    return r ? this.toList(r) : undefined;
  }
  public listByUrlName(urlName: string): ListRow | undefined {
    const r = this.get('SELECT * FROM lists WHERE url_name = ?', urlName);
    return r ? this.toList(r) : undefined;
  }
  public allLists(): ListRow[] {
    return this.all('SELECT * FROM lists ORDER BY created, title').map((r) => this.toList(r));
  }
  /** Reserves `count` consecutive item ids and bumps the item count. */
  public reserveItemIds(listId: string, count: number): number {
    const r = this.get('UPDATE lists SET next_id = next_id + ?, item_count = item_count + ? WHERE id = ? RETURNING next_id', count, count, listId);
    if (!r) {
      throw new Error(`No list ${listId}`);
    }
    return num(r.next_id) - count;
  }
  public touchList(listId: string, itemCountDelta: number): void {
    this.run('UPDATE lists SET item_count = item_count + ?, modified = ? WHERE id = ?', itemCountDelta, spNow(), listId);
  }

  // ---------------------------------------------------------------- fields
  private toField(r: Row): FieldRow {
    return {
      listId: str(r.list_id), id: str(r.id), internalName: str(r.internal_name), title: str(r.title), typeKind: num(r.type_kind),
      typeName: str(r.type_name), indexed: num(r.indexed) === 1, props: JSON.parse(str(r.props)) as Record<string, unknown>, sort: num(r.sort)
    };
  }
  public insertField(f: FieldRow): void {
    this.run('INSERT INTO fields(list_id, id, internal_name, title, type_kind, type_name, indexed, props, sort) VALUES (?,?,?,?,?,?,?,?,?)',
      f.listId, f.id, f.internalName, f.title, f.typeKind, f.typeName, f.indexed ? 1 : 0, JSON.stringify(f.props), f.sort);
  }
  public updateField(f: FieldRow): void {
    this.run('UPDATE fields SET title = ?, indexed = ?, props = ? WHERE list_id = ? AND id = ?',
      f.title, f.indexed ? 1 : 0, JSON.stringify(f.props), f.listId, f.id);
  }
  public deleteField(listId: string, id: string): void {
    this.run('DELETE FROM fields WHERE list_id = ? AND id = ?', listId, id);
  }
  public fields(listId: string): FieldRow[] {
    return this.all('SELECT * FROM fields WHERE list_id = ? ORDER BY sort', listId).map((r) => this.toField(r));
  }

  /** Creates the expression index that makes a field "indexed" for queries and the threshold. */
  public ensureFieldIndex(listId: string, column: string): void {
    // COLLATE NOCASE: queries compare JSON values case-insensitively (as SharePoint compares text);
    // numbers are unaffected by the collation, and the planner only uses an index whose collation matches.
    const name = `ixn_${listId.replace(/-/g, '')}_${column}`;
    this.db.exec(`CREATE INDEX IF NOT EXISTS "${name}" ON items(list_id, json_extract(data, '$."${column}"') COLLATE NOCASE, id)`);
  }
  public dropFieldIndex(listId: string, column: string): void {
    const name = `ixn_${listId.replace(/-/g, '')}_${column}`;
    this.db.exec(`DROP INDEX IF EXISTS "${name}"`);
  }

  // ---------------------------------------------------------------- items
  public toItem(r: Row): ItemRow {
    return {
      listId: str(r.list_id), id: num(r.id), uid: str(r.uid), fsobj: num(r.fsobj), folder: str(r.folder), leaf: str(r.leaf),
      authorId: num(r.author_id), editorId: num(r.editor_id), created: str(r.created), modified: str(r.modified),
      version: num(r.version), hasUnique: num(r.has_unique) === 1, scope: str(r.scope),
      data: JSON.parse(str(r.data)) as Record<string, unknown>
    };
  }
  public insertItem(i: ItemRow): void {
    this.run(`INSERT INTO items(list_id, id, uid, fsobj, folder, leaf, author_id, editor_id, created, modified, version, has_unique, scope, data)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, i.listId, i.id, i.uid, i.fsobj, i.folder, i.leaf, i.authorId, i.editorId, i.created,
    i.modified, i.version, i.hasUnique ? 1 : 0, i.scope, JSON.stringify(i.data));
  }
  /** Writes an item's values, version and the four server-set columns (Author and Created change only through the validate endpoints). */
  public updateItem(i: ItemRow): void {
    this.run('UPDATE items SET author_id = ?, editor_id = ?, created = ?, modified = ?, version = ?, data = ? WHERE list_id = ? AND id = ?',
      i.authorId, i.editorId, i.created, i.modified, i.version, JSON.stringify(i.data), i.listId, i.id);
  }
  public setItemScope(listId: string, id: number, hasUnique: boolean, scope: string): void {
    this.run('UPDATE items SET has_unique = ?, scope = ? WHERE list_id = ? AND id = ?', hasUnique ? 1 : 0, scope, listId, id);
  }
  /** Re-points the scope of the items under a folder path that inherited `from`. */
  public moveSubtreeScope(listId: string, folderPath: string, from: string, to: string): void {
    this.run('UPDATE items SET scope = ? WHERE list_id = ? AND scope = ? AND (folder = ? OR folder LIKE ?)',
      to, listId, from, folderPath, `${folderPath}/%`);
  }
  public uniqueItemsUnder(listId: string, folderPath: string): ItemRow[] {
    return this.all('SELECT * FROM items WHERE list_id = ? AND has_unique = 1 AND (folder = ? OR folder LIKE ?)', listId, folderPath, `${folderPath}/%`)
      .map((r) => this.toItem(r));
  }
  public itemById(listId: string, id: number): ItemRow | undefined {
    const r = this.get('SELECT * FROM items WHERE list_id = ? AND id = ?', listId, id);
    return r ? this.toItem(r) : undefined;
  }
  public folderByPath(listId: string, folder: string, leaf: string): ItemRow | undefined {
    const r = this.get('SELECT * FROM items WHERE list_id = ? AND folder = ? AND leaf = ? AND fsobj = 1', listId, folder, leaf);
    return r ? this.toItem(r) : undefined;
  }
  public deleteItem(listId: string, id: number): void {
    this.run('DELETE FROM items WHERE list_id = ? AND id = ?', listId, id);
    this.run('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?', listId, id);
    this.run('DELETE FROM role_assignments WHERE scope = ?', `I:${listId}:${id}`);
  }
  /** The keys of the list's items and folders that have their own permissions. */
  public uniqueScopesOfList(listId: string): string[] {
    return this.all('SELECT id FROM items WHERE list_id = ? AND has_unique = 1', listId).map((r) => `I:${listId}:${num(r.id)}`);
  }

  // ---------------------------------------------------------------- versions
  public insertVersion(listId: string, itemId: number, v: VersionRow): void {
    this.run('INSERT OR REPLACE INTO item_versions(list_id, item_id, version, editor_id, created, data) VALUES (?,?,?,?,?,?)',
      listId, itemId, v.version, v.editorId, v.created, JSON.stringify(v.data));
  }
  public versions(listId: string, itemId: number): VersionRow[] {
    return this.all('SELECT * FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC', listId, itemId)
      .map((r) => ({ version: num(r.version), editorId: num(r.editor_id), created: str(r.created), data: JSON.parse(str(r.data)) as Record<string, unknown> }));
  }
  public deleteVersion(listId: string, itemId: number, version: number): void {
    this.run('DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND version = ?', listId, itemId, version);
  }
  public trimVersions(listId: string, itemId: number, keep: number): void {
    this.run(`DELETE FROM item_versions WHERE list_id = ? AND item_id = ? AND version NOT IN
      (SELECT version FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC LIMIT ?)`, listId, itemId, listId, itemId, keep);
  }

  // ---------------------------------------------------------------- recycle bin
  /** Puts an item in the recycle bin; a folder goes with what it held (`children`), as SharePoint recycles a folder whole. */
  public recycle(item: ItemRow, title: string, deletedBy: number, children: ItemRow[] = []): string {
    const id = randomUUID();
    this.run('INSERT INTO recycle_bin(id, list_id, item_id, title, deleted_by, deleted, row) VALUES (?,?,?,?,?,?,?)',
      id, item.listId, item.id, title, deletedBy, spNow(), JSON.stringify(children.length > 0 ? { ...item, children } : item));
    return id;
  }
  public recycleBin(): Array<{ id: string; listId: string; itemId: number; title: string; deletedBy: number; deleted: string }> {
    return this.all('SELECT * FROM recycle_bin ORDER BY deleted DESC').map((r) => ({
      id: str(r.id), listId: str(r.list_id), itemId: num(r.item_id), title: str(r.title), deletedBy: num(r.deleted_by), deleted: str(r.deleted)
    }));
  }

  // ---------------------------------------------------------------- outbox
  public addOutbox(kind: 'mail' | 'teams', sender: string, recipients: string[], subject: string, body: string, payload: unknown): number {
    const r = this.get('INSERT INTO outbox(kind, sender, recipients, subject, body, payload, created) VALUES (?,?,?,?,?,?,?) RETURNING id',
      kind, sender, JSON.stringify(recipients), subject, body, JSON.stringify(payload), new Date().toISOString());
    return r ? num(r.id) : 0;
  }
  public outbox(): OutboxRow[] {
    return this.all('SELECT * FROM outbox ORDER BY id DESC').map((r) => ({
      id: num(r.id), kind: str(r.kind) === 'teams' ? 'teams' : 'mail', sender: str(r.sender),
      recipients: JSON.parse(str(r.recipients)) as string[], subject: str(r.subject), body: str(r.body),
      payload: JSON.parse(str(r.payload)) as unknown, created: str(r.created)
    }));
  }
  public clearOutbox(): void {
    this.run('DELETE FROM outbox');
  }
}
