import { resolveSettingsAt, validateSettingValue } from '../../../src/domain/admin/settingsHistory';
import type { DirectoryPerson } from '../../../src/domain/org/buildOrgModel';
import {
  judgeSnapshot,
  newestCompleteSnapshot,
  PART_CHARS,
  peopleOfPart,
  snapshotAgeHours,
  snapshotLimitsAt,
  snapshotParts,
  type StoredSnapshotPart
} from '../../../src/domain/org/orgSnapshot';

/** The organisation's dated snapshot (issue 13): parts ↔ directory, the newest complete one, its age. */

function person(i: number, managerOf?: number): DirectoryPerson {
  return {
    login: `nguoi${i}@bvhttdl.gov.vn`,
    displayName: `Nguyễn Văn Người ${i}`,
    jobTitle: i % 3 === 0 ? undefined : 'Chuyên viên',
    managerLogin: managerOf === undefined ? undefined : `nguoi${managerOf}@bvhttdl.gov.vn`
  };
}

const directory: DirectoryPerson[] = Array.from({ length: 250 }, (_, i) => person(i, i === 0 ? undefined : Math.floor(i / 10)));

const HR = 'thu.hr@bvhttdl.gov.vn';
const OWNER = 'quantri@bvhttdl.gov.vn';
const STAFF = 'an.cv@bvhttdl.gov.vn';

function stored(people: readonly DirectoryPerson[], snapshotId: string, author: string, firstId: number, created: string, limit?: number): StoredSnapshotPart[] {
  return snapshotParts(people, snapshotId, limit).map((p, i) => ({ ...p, id: firstId + i, authorLogin: author, created }));
}

describe('snapshot parts and the directory', () => {
  it('cuts the directory into parts no longer than the limit, each person whole, and reads back the same people in order', () => {
    const parts = snapshotParts(directory, 's1', 2000);
    expect(parts.length).toBeGreaterThan(5);
    parts.forEach((p) => expect(p.text.length).toBeLessThanOrEqual(2000));
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
    parts.forEach((p) => expect({ count: p.count, people: p.people, id: p.snapshotId }).toEqual({ count: parts.length, people: 250, id: 's1' }));
    const back = parts.map((p) => peopleOfPart(p.text) as DirectoryPerson[]).reduce((all, slice) => all.concat(slice), [] as DirectoryPerson[]);
    expect(back).toEqual(directory);
  });

  it('keeps parts below a list item multiple lines of text (63,999 characters) by default', () => {
    expect(PART_CHARS).toBeLessThan(63999);
    const many = Array.from({ length: 2000 }, (_, i) => person(i, 0));
    const parts = snapshotParts(many, 'big');
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((p) => expect(p.text.length).toBeLessThanOrEqual(PART_CHARS));
  });

  it('an empty directory is one empty part, and a part that is not what the product writes is unreadable', () => {
    expect(snapshotParts([], 'empty')).toEqual([{ snapshotId: 'empty', index: 0, count: 1, people: 0, text: '[]' }]);
    expect(peopleOfPart('not json')).toBeUndefined();
    expect(peopleOfPart('[["a@x","A","",""],["", "B", "", ""]]')).toBeUndefined();
    expect(peopleOfPart('[["a@x","A",""]]')).toBeUndefined();
  });
});

describe('the newest complete snapshot, by someone entitled to write it', () => {
  const older = stored(directory.slice(0, 100), 'old', HR, 10, '2026-11-01T01:00:00Z', 2000);
  const newer = stored(directory, 'new', OWNER, 50, '2026-11-20T01:00:00Z', 2000);

  it('takes the newest complete one (by item id), with its people, date and author', () => {
    const chosen = newestCompleteSnapshot(older.concat(newer), [HR, OWNER]);
    expect(chosen && { id: chosen.snapshotId, at: chosen.takenAt, by: chosen.takenBy, people: chosen.people.length }).toEqual({
      id: 'new',
      at: '2026-11-20T01:00:00Z',
      by: OWNER,
      people: 250
    });
  });

  it('a newer snapshot missing a part, or with a part twice, is passed over for the older complete one', () => {
    const missing = newer.filter((p) => p.index !== 2);
    expect(newestCompleteSnapshot(older.concat(missing), [HR, OWNER])?.snapshotId).toBe('old');
    const doubled = newer.concat([{ ...newer[1], id: 500 }]);
    expect(newestCompleteSnapshot(older.concat(doubled), [HR, OWNER])?.snapshotId).toBe('old');
  });

  it('a part whose people are fewer than the snapshot says (cut short) makes it incomplete', () => {
    const cut = newer.map((p) => (p.index === 0 ? { ...p, text: JSON.stringify(JSON.parse(p.text).slice(1)) } : p));
    expect(newestCompleteSnapshot(older.concat(cut), [HR, OWNER])?.snapshotId).toBe('old');
  });

  it('parts by a civil servant count for nothing: a whole snapshot of theirs, or a part slipped into HR’s, changes nobody’s manager', () => {
    const forged = stored(directory.map((p) => ({ ...p, managerLogin: STAFF })), 'forged', STAFF, 900, '2026-11-30T01:00:00Z', 2000);
    expect(newestCompleteSnapshot(older.concat(newer, forged), [HR, OWNER])?.snapshotId).toBe('new');
    // The civil servant replaces one of HR's parts by one of theirs, under HR's snapshot id.
    const slipped = newer.map((p) => (p.index === 0 ? { ...p, id: 901, authorLogin: STAFF, text: '[]' } : p));
    const chosen = newestCompleteSnapshot(older.concat(slipped), [HR, OWNER]);
    expect(chosen?.snapshotId).toBe('old');
    expect(chosen?.people.every((p) => p.managerLogin !== STAFF)).toBe(true);
  });

  it('a part of HR’s changed afterwards by someone else (its Editor not its Author) counts for nothing, even with the same counts', () => {
    const edited = newer.map((p) =>
      // The same people, each now managed by the civil servant who edited the part.
      p.index === 0 ? { ...p, editorLogin: STAFF, text: JSON.stringify((JSON.parse(p.text) as string[][]).map(([login, name, title]) => [login, name, title, STAFF])) } : p
    );
    expect(newestCompleteSnapshot(older.concat(edited.map((p) => ({ ...p, editorLogin: undefined }))), [HR, OWNER])?.people.some((p) => p.managerLogin === STAFF)).toBe(true);
    const chosen = newestCompleteSnapshot(older.concat(edited), [HR, OWNER]);
    expect(chosen?.snapshotId).toBe('old');
    expect(chosen?.people.every((p) => p.managerLogin !== STAFF)).toBe(true);
    // Its author saving it again (Editor = Author) leaves it HR's.
    const resaved = newer.map((p) => ({ ...p, editorLogin: p.authorLogin.toUpperCase() }));
    expect(newestCompleteSnapshot(older.concat(resaved), [HR, OWNER])?.snapshotId).toBe('new');
  });

  it('logins are compared as the directory does (case ignored); nobody entitled: no snapshot', () => {
    expect(newestCompleteSnapshot(newer, [OWNER.toUpperCase()])?.snapshotId).toBe('new');
    expect(newestCompleteSnapshot(newer, [])).toBeUndefined();
  });
});

describe('the age of a snapshot, against the settings org.snapshotRefreshHours and org.snapshotMaxAgeDays', () => {
  const limits = { refreshHours: 24, maxAgeDays: 7 };
  const now = new Date('2026-11-28T02:00:00Z');

  it('counts hours; a snapshot dated after now (another clock) is of age 0', () => {
    expect(snapshotAgeHours('2026-11-27T02:00:00Z', now)).toBe(24);
    expect(snapshotAgeHours('2026-11-29T02:00:00Z', now)).toBe(0);
    expect(snapshotAgeHours('', now)).toBe(Infinity);
  });

  it('young: used, not refreshed; a day old: used and refreshed by the next entitled reader; a week and more: not used', () => {
    expect(judgeSnapshot({ takenAt: '2026-11-27T20:00:00Z' }, now, limits)).toEqual({ usable: true, refreshDue: false });
    expect(judgeSnapshot({ takenAt: '2026-11-26T02:00:00Z' }, now, limits)).toEqual({ usable: true, refreshDue: true });
    expect(judgeSnapshot({ takenAt: '2026-11-21T02:00:00Z' }, now, limits)).toEqual({ usable: true, refreshDue: true });
    expect(judgeSnapshot({ takenAt: '2026-11-21T01:59:00Z' }, now, limits)).toEqual({ usable: false, refreshDue: true });
    expect(judgeSnapshot(undefined, now, limits)).toEqual({ usable: false, refreshDue: true });
  });

  it('follows HR’s settings: a 3-day limit makes a 4-day-old snapshot unusable', () => {
    expect(judgeSnapshot({ takenAt: '2026-11-24T02:00:00Z' }, now, { refreshHours: 12, maxAgeDays: 3 }).usable).toBe(false);
  });
});

describe('the snapshot’s settings are HR’s dated settings (UNCONFIRMED in the issue: a day, a week)', () => {
  it('default to 24 hours and 7 days, and take HR’s row from its date', () => {
    expect(resolveSettingsAt([], '2026-11-28').settings.org).toEqual({ snapshotRefreshHours: 24, snapshotMaxAgeDays: 7 });
    const rows = [{ id: 1, name: 'org.snapshotMaxAgeDays', text: '3', effectiveFrom: '2026-12-01' }];
    expect(resolveSettingsAt(rows, '2026-11-30').settings.org.snapshotMaxAgeDays).toBe(7);
    expect(resolveSettingsAt(rows, '2026-12-01').settings.org.snapshotMaxAgeDays).toBe(3);
  });

  it('the views’ own light reader of the two rows agrees with the settings engine: the latest valid row by id in force on the day', () => {
    const rows = [
      { id: 1, name: 'org.snapshotMaxAgeDays', text: '3', effectiveFrom: '2026-12-01T00:00:00Z' },
      { id: 2, name: 'org.snapshotMaxAgeDays', text: '500', effectiveFrom: '2026-12-01T00:00:00Z' },
      { id: 3, name: 'org.snapshotRefreshHours', text: '12' },
      { id: 4, name: 'org.snapshotRefreshHours', text: '6', effectiveFrom: '2027-01-01' }
    ];
    for (const day of ['2026-11-30', '2026-12-01', '2027-01-01']) {
      const engine = resolveSettingsAt(rows, day).settings.org;
      expect(snapshotLimitsAt(rows, day)).toEqual({ refreshHours: engine.snapshotRefreshHours, maxAgeDays: engine.snapshotMaxAgeDays });
    }
    expect(snapshotLimitsAt(rows, '2026-12-01')).toEqual({ refreshHours: 12, maxAgeDays: 3 });
    expect(snapshotLimitsAt([], '2026-12-01')).toEqual({ refreshHours: 24, maxAgeDays: 7 });
  });

  it('refuse what is not a whole number in range (a refresh within a week, a limit within 90 days)', () => {
    expect(validateSettingValue('org.snapshotRefreshHours', 0)).not.toEqual([]);
    expect(validateSettingValue('org.snapshotRefreshHours', 169)).not.toEqual([]);
    expect(validateSettingValue('org.snapshotRefreshHours', 12)).toEqual([]);
    expect(validateSettingValue('org.snapshotMaxAgeDays', 1.5)).not.toEqual([]);
    expect(validateSettingValue('org.snapshotMaxAgeDays', 91)).not.toEqual([]);
    expect(validateSettingValue('org.snapshotMaxAgeDays', 30)).toEqual([]);
  });
});
