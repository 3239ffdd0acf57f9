import { HttpRequestError, Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { ConflictError, RepositoryEvent } from '../../../src/services/sharepoint/repository';
import { DEV_ACCOUNTS, spAs, startTestIntranet } from '../../intranet/support';
import { Act, actRepository, ActFields, provisionActList, serverStats, TestIntranet } from './support';

const TITLE = 'RepoConflicts';

async function conflictOf(p: Promise<unknown>): Promise<ConflictError<Act, ActFields>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ConflictError) return e as ConflictError<Act, ActFields>;
    throw e;
  }
  throw new Error('expected a ConflictError');
}

/**
 * SharePoint answers some concurrent saves with 409 "Save Conflict" instead of 412 (platform.md 2.4);
 * the local intranet only answers 412. This behaviour answers the next MERGE with a 409 before it is
 * sent, as the server would after the other user's save.
 */
function AnswerNextMergeWith409(): TimelinePipe<Queryable> {
  let armed = true;
  return (instance: Queryable) => {
    instance.on.auth(async (url: URL, init: RequestInit) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      if (armed && headers['X-HTTP-Method'] === 'MERGE') {
        armed = false;
        const body = JSON.stringify({ 'odata.error': { code: '-2130575305, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'Save Conflict. Your changes conflict with those made concurrently by another user.' } } });
        throw new HttpRequestError('409 Conflict', new Response(body, { status: 409, statusText: 'Conflict' }));
      }
      return [url, init];
    });
    return instance;
  };
}

describe('two users updating the same item', () => {
  let intranet: TestIntranet;

  beforeAll(async () => {
    intranet = await startTestIntranet();
    await provisionActList(intranet, TITLE);
  });
  afterAll(async () => {
    await intranet.close();
  });

  async function seedItem(score: number): Promise<number> {
    const staff = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const added = await staff.add({ Title: 'Phiếu tháng 3', UnitCode: 'DV1', EvalYear: 2026, Month: 3, Score: score });
    expect(added.etag).toBe('"1"');
    return added.id;
  }

  it('the second save gets a ConflictError with the first user’s version; nothing is overwritten', async () => {
    const id = await seedItem(70);
    const events: RepositoryEvent[] = [];
    const an = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const minh = actRepository(spAs(intranet, DEV_ACCOUNTS.manager.upn), TITLE, events);
    // both open the form on version 1
    const seenByAn = await an.get(id);
    const seenByMinh = await minh.get(id);
    expect(seenByAn?.etag).toBe('"1"');
    expect(seenByMinh?.etag).toBe('"1"');

    const saved = await an.update(id, { Score: 85, Note: 'An' }, seenByAn?.etag ?? '');
    expect(saved.etag).toBe('"2"');

    const conflict = await conflictOf(minh.update(id, { Score: 60, Note: 'Minh' }, seenByMinh?.etag ?? ''));
    expect(conflict.status).toBe(412);
    expect(conflict.sentEtag).toBe('"1"');
    expect(conflict.attempted).toEqual({ Score: 60, Note: 'Minh' });
    expect(conflict.current?.etag).toBe('"2"');
    expect(conflict.current?.value).toEqual(expect.objectContaining({ score: 85, note: 'An' }));
    expect(events).toContainEqual({ kind: 'conflict', id, status: 412 });

    // the first user's value is still there, at the version the conflict reported
    const now = await an.get(id);
    expect(now?.etag).toBe('"2"');
    expect(now?.value.score).toBe(85);
    expect(now?.value.note).toBe('An');

    // the second user chooses to apply their values on top of the version they have now seen
    const resolved = await minh.update(id, conflict.attempted, conflict.current?.etag ?? '');
    expect(resolved.etag).toBe('"3"');
    expect((await an.get(id))?.value).toEqual(expect.objectContaining({ score: 60, note: 'Minh' }));
  });

  it('a 409 "Save Conflict" is the same typed conflict, with the server’s version re-read', async () => {
    const id = await seedItem(50);
    const an = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    await an.update(id, { Score: 90 }, '"1"');
    const minh = actRepository(spAs(intranet, DEV_ACCOUNTS.manager.upn).using(AnswerNextMergeWith409()), TITLE);
    const conflict = await conflictOf(minh.update(id, { Score: 10 }, '"1"'));
    expect(conflict.status).toBe(409);
    expect(conflict.current?.etag).toBe('"2"');
    expect(conflict.current?.value.score).toBe(90);
    expect((await an.get(id))?.value.score).toBe(90);
  });

  it('an item deleted meanwhile is a conflict with no current version', async () => {
    const id = await seedItem(40);
    const an = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    const minh = actRepository(spAs(intranet, DEV_ACCOUNTS.manager.upn), TITLE);
    await an.recycle(id);
    const conflict = await conflictOf(minh.update(id, { Score: 1 }, '"1"'));
    expect(conflict.status).toBe(404);
    expect(conflict.current).toBeUndefined();
    expect(await an.get(id)).toBeUndefined();
  });

  it('refuses to update without the ETag the user saw ("*" would overwrite silently), before any request', async () => {
    const id = await seedItem(30);
    const minh = actRepository(spAs(intranet, DEV_ACCOUNTS.manager.upn), TITLE);
    const before = await serverStats(intranet);
    await expect(minh.update(id, { Score: 0 }, '*')).rejects.toThrow(/needs the ETag/);
    await expect(minh.update(id, { Score: 0 }, '')).rejects.toThrow(/needs the ETag/);
    expect((await serverStats(intranet)).sharepoint).toBe(before.sharepoint);
  });

  it('the ETag of an update answer is the one the next update needs (no re-read in between)', async () => {
    const id = await seedItem(20);
    const an = actRepository(spAs(intranet, DEV_ACCOUNTS.staff.upn), TITLE);
    let etag = '"1"';
    for (let score = 21; score <= 25; score++) {
      etag = (await an.update(id, { Score: score }, etag)).etag;
    }
    expect(etag).toBe('"6"');
    expect((await an.get(id))?.value.score).toBe(25);
  });
});
