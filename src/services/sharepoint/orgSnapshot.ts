import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { SNAPSHOT_SETTINGS, type SnapshotSettingRow, type StoredSnapshotPart } from '../../domain/org/orgSnapshot';
import { loginFromClaims } from './actsReader';
import { httpStatusOf, odataString } from './odata';
import { LISTS } from './schema';

/**
 * The organisation's snapshot parts on the site (DGCC_OrgSnapshots, schema 6). A reader takes the
 * newest parts in one read that joins a screen's `$batch`; the domain picks the newest complete
 * snapshot by an entitled author among them (domain/org/orgSnapshot).
 */
interface SnapshotRow {
  Id: number;
  SnapshotId?: string;
  PartIndex?: number;
  PartCount?: number;
  PeopleCount?: number;
  Payload?: string;
  Created?: string;
  Author?: { Name?: string };
  Editor?: { Name?: string };
}

/**
 * The newest parts read: a snapshot of a 2,000-person ministry is about 4 parts of 60,000 characters,
 * so 40 parts hold the last several snapshots (and a few parts nobody entitled wrote) at most.
 */
export const SNAPSHOT_PARTS_READ = 40;

export function toStoredPart(row: SnapshotRow): StoredSnapshotPart {
  return {
    id: Number(row.Id) || 0,
    snapshotId: row.SnapshotId || '',
    index: Number(row.PartIndex),
    count: Number(row.PartCount),
    people: Number(row.PeopleCount),
    text: row.Payload || '',
    created: row.Created || '',
    authorLogin: loginFromClaims((row.Author && row.Author.Name) || ''),
    ...(row.Editor && row.Editor.Name ? { editorLogin: loginFromClaims(row.Editor.Name) } : {})
  };
}

/**
 * The newest parts, as one read of `sp` (a batched SPFI inside readTogether). A site not yet brought to
 * schema 6 has no such list (404, or 400 for a column missing): no snapshot, the views read Graph.
 */
export function readSnapshotParts(sp: SPFI): Promise<StoredSnapshotPart[]> {
  return sp.web.lists
    .getByTitle(LISTS.orgSnapshots.title)
    .items.select('Id', 'SnapshotId', 'PartIndex', 'PartCount', 'PeopleCount', 'Payload', 'Created', 'Author/Name', 'Editor/Name')
    .expand('Author', 'Editor')
    .orderBy('Id', false)
    .top(SNAPSHOT_PARTS_READ)<SnapshotRow[]>()
    .then(
      (rows) => rows.map(toStoredPart),
      (error: unknown) => {
        const status = httpStatusOf(error);
        if (status === 400 || status === 404) return [];
        throw error;
      }
    );
}

/**
 * HR's rows of the snapshot's two settings (a few rows), as one read of `sp` in the same batch. A site
 * before schema 4 (no EffectiveFrom: 400) or without the list (404): the defaults apply.
 */
export function readSnapshotSettingRows(sp: SPFI): Promise<SnapshotSettingRow[]> {
  const names = [SNAPSHOT_SETTINGS.refreshHours.name, SNAPSHOT_SETTINGS.maxAgeDays.name];
  return sp.web.lists
    .getByTitle(LISTS.settings.title)
    .items.select('Id', 'Title', 'SettingValue', 'EffectiveFrom')
    .filter(names.map((n) => `Title eq ${odataString(n)}`).join(' or '))
    .top(500)<Array<{ Id: number; Title?: string; SettingValue?: string; EffectiveFrom?: string }>>()
    .then(
      (rows) => rows.map((r) => ({ id: Number(r.Id) || 0, name: r.Title || '', text: r.SettingValue || '', effectiveFrom: r.EffectiveFrom || undefined })),
      (error: unknown) => {
        const status = httpStatusOf(error);
        if (status === 400 || status === 404) return [];
        throw error;
      }
    );
}
