/**
 * The SQLite schema of the local intranet. Item fields live as JSON in `items.data`; what SharePoint
 * itself keeps in columns (ID, folder, author, editor, dates, version, permission scope) are real
 * columns so that queries, paging and permission trimming use indexes. A field marked Indexed gets an
 * expression index on `json_extract(data, '$.Field')` (see IntranetStore.ensureFieldIndex).
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
  graph_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  given_name TEXT NOT NULL,
  surname TEXT NOT NULL,
  email TEXT NOT NULL,
  job_title TEXT NOT NULL,
  department TEXT NOT NULL,
  office TEXT NOT NULL,
  unit_id TEXT,
  manager_upn TEXT COLLATE NOCASE,
  role TEXT NOT NULL,
  is_site_admin INTEGER NOT NULL DEFAULT 0,
  principal_type INTEGER NOT NULL DEFAULT 1,
  sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS users_manager ON users(manager_upn);
CREATE INDEX IF NOT EXISTS users_department ON users(department);

CREATE TABLE IF NOT EXISTS groups (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL,
  owner_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS group_members (
  group_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX IF NOT EXISTS group_members_user ON group_members(user_id);

CREATE TABLE IF NOT EXISTS role_definitions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL,
  sort INTEGER NOT NULL,
  role_type INTEGER NOT NULL,
  low INTEGER NOT NULL,
  high INTEGER NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL,
  principal_id INTEGER NOT NULL,
  roledef_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, roledef_id)
);

CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL,
  base_template INTEGER NOT NULL,
  settings TEXT NOT NULL,
  has_unique INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  item_count INTEGER NOT NULL DEFAULT 0,
  next_id INTEGER NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS fields (
  list_id TEXT NOT NULL,
  id TEXT NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  title TEXT NOT NULL,
  type_kind INTEGER NOT NULL,
  type_name TEXT NOT NULL,
  indexed INTEGER NOT NULL DEFAULT 0,
  props TEXT NOT NULL,
  sort INTEGER NOT NULL,
  PRIMARY KEY (list_id, internal_name)
);

CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL,
  id INTEGER NOT NULL,
  uid TEXT NOT NULL,
  fsobj INTEGER NOT NULL DEFAULT 0,
  folder TEXT NOT NULL,
  leaf TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  has_unique INTEGER NOT NULL DEFAULT 0,
  scope TEXT NOT NULL DEFAULT 'L',
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE INDEX IF NOT EXISTS items_folder ON items(list_id, folder, id);
CREATE INDEX IF NOT EXISTS items_author ON items(list_id, author_id, id);
CREATE INDEX IF NOT EXISTS items_scope ON items(list_id, scope);
CREATE INDEX IF NOT EXISTS items_unique ON items(list_id, has_unique) WHERE has_unique = 1;

CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  created TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
);

CREATE TABLE IF NOT EXISTS recycle_bin (
  id TEXT PRIMARY KEY,
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  deleted_by INTEGER NOT NULL,
  deleted TEXT NOT NULL,
  row TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  sender TEXT NOT NULL,
  recipients TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  payload TEXT NOT NULL,
  created TEXT NOT NULL
);
`;
