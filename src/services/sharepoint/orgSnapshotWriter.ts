import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { DirectoryPerson } from '../../domain/org/buildOrgModel';
import { snapshotParts } from '../../domain/org/orgSnapshot';
import { AdminJournal } from '../admin/AdminJournal';
import { newIdempotencyKey } from './repository';
import { LISTS } from './schema';

/**
 * Writes a snapshot of the directory (HR's button, the site's set-up, or HR or an owner opening a view
 * when it is due): its parts in one `$batch` (a few parts of 60,000 characters, far below a batch's
 * 2 MB), then the journal's entry, as every HR act. Only HR and the owners may add to the list
 * (access.ts: a configuration list with hrAccess ADD); a refused add fails the whole refresh, and a
 * snapshot missing a part is never read (domain/org/orgSnapshot).
 */
export async function takeOrgSnapshot(sp: SPFI, people: readonly DirectoryPerson[], now: Date): Promise<{ takenAt: string; people: number }> {
  const snapshotId = `${now.toISOString()} ${newIdempotencyKey()}`.slice(0, 255);
  const parts = snapshotParts(people, snapshotId);
  const [batched, execute] = sp.batched();
  const adds = parts.map((part) =>
    batched.web.lists.getByTitle(LISTS.orgSnapshots.title).items.add({
      Title: `${snapshotId} ${part.index + 1}/${part.count}`.slice(0, 255),
      SnapshotId: part.snapshotId,
      PartIndex: part.index,
      PartCount: part.count,
      PeopleCount: part.people,
      Payload: part.text
    })
  );
  await execute();
  await Promise.all(adds);
  await new AdminJournal(sp).record({
    subject: 'UNIT',
    subjectKey: 'DIRECTORY',
    action: 'SNAPSHOT',
    after: { snapshotId, people: people.length, parts: parts.length }
  });
  return { takenAt: now.toISOString(), people: people.length };
}
