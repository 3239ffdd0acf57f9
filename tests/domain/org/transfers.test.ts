import { validateTransfer, transferRowFields } from '../../../src/domain/admin/transfers';
import { readDepartures } from '../../../src/domain/admin/units';
import type { RecordedAct } from '../../../src/domain/org/acts';
import { screenActs } from '../../../src/domain/org/acts';
import { buildOrgModel, type DirectoryPerson } from '../../../src/domain/org/buildOrgModel';
import type { OrgUnit } from '../../../src/domain/org/orgModel';
import { departuresOf, movedDuring, orgAt, screenUnitHistory, unitsAt, withHistory, type UnitVersion } from '../../../src/domain/org/unitHistory';

/**
 * A civil servant moves from one phòng to another in November. Entra ID then names only the new
 * manager; HR records the move (a dated units row with Departures). NĐ 335/2025 builds the year from every
 * period's score (law.md 5.2), and each month's review is the act of the direct manager of that month
 * (authority at the act's date, as for the units list): the old manager's months keep counting, and
 * neither manager can score the other's months.
 */
const agency: OrgUnit = { code: 'CDSVH', name: 'Cục Di sản văn hóa', level: 'AGENCY', headLogin: 'ha@x', deputyLogins: [], taskGroups: [] };
const relics: OrgUnit = { code: 'QLDT', name: 'Phòng Quản lý di tích', level: 'DIVISION', parentCode: 'CDSVH', headLogin: 'minh@x', deputyLogins: [], taskGroups: [] };
const press: OrgUnit = { code: 'BCDT', name: 'Phòng Báo điện tử', level: 'DIVISION', parentCode: 'CDSVH', headLogin: 'dung@x', deputyLogins: [], taskGroups: [] };
// Today's directory: an@x is managed by dung@x (Phòng Báo điện tử) since the move.
const directory: DirectoryPerson[] = [
  { login: 'ha@x', displayName: 'Đặng Thu Hà' },
  { login: 'minh@x', displayName: 'Vũ Đức Minh', managerLogin: 'ha@x' },
  { login: 'dung@x', displayName: 'Phan Văn Dũng', managerLogin: 'ha@x' },
  { login: 'an@x', displayName: 'Nguyễn Văn An', managerLogin: 'dung@x' },
  { login: 'mai@x', displayName: 'Trần Thị Mai' }
];
const version = (id: number, unit: OrgUnit, from: string, recordedBy = 'mai@x', recordedAt = from): UnitVersion => ({ id, unit, from, recordedAt, recordedBy });
const moved = (manager = 'minh@x'): OrgUnit => ({ ...relics, departures: { 'an@x': { managerLogin: manager } } });
const review = (id: number, author: string, at: string): RecordedAct => ({ id, step: 'PERIOD_REVIEW', subjectLogin: 'an@x', authorLogin: author, createdAt: at, payload: {} });

function orgWith(versions: UnitVersion[]): ReturnType<typeof withHistory> {
  const history = screenUnitHistory(versions);
  return withHistory(buildOrgModel(unitsAt(history.versions, '2026-12-06T00:00:00Z'), directory, ['mai@x']).org, { versions: history.versions, directory });
}

describe('a transfer recorded by HR: the months before it keep their manager', () => {
  const base = [version(1, agency, '2024-01-01T00:00:00Z'), version(2, relics, '2024-01-01T00:00:00Z'), version(3, press, '2024-01-01T00:00:00Z')];
  const org = orgWith([...base, version(4, moved(), '2026-11-16T00:00:00Z', 'mai@x', '2026-11-20T02:00:00Z')]);

  it('today the person is in the new phòng; before the move, in the one they left, with its head as their manager', () => {
    expect(org.people['an@x']).toMatchObject({ unitCode: 'BCDT', managerLogin: 'dung@x' });
    expect(orgAt(org, '2026-10-20T03:00:00Z').people['an@x']).toMatchObject({ unitCode: 'QLDT', managerLogin: 'minh@x' });
    expect(orgAt(org, '2026-11-16T00:00:00Z').people['an@x']).toMatchObject({ unitCode: 'BCDT', managerLogin: 'dung@x' });
  });

  it('October scored by the former manager counts; the former manager scoring after the move does not, nor the new one scoring October back then', () => {
    const screened = screenActs(org, [review(1, 'minh@x', '2026-11-03T03:00:00Z'), review(2, 'dung@x', '2026-11-05T03:00:00Z'), review(3, 'minh@x', '2026-12-03T03:00:00Z'), review(4, 'dung@x', '2026-12-04T03:00:00Z')]);
    expect(screened.effective.map((a) => a.id)).toEqual([1, 4]);
    expect(screened.ignored.map((i) => i.act.id)).toEqual([2, 3]);
  });

  it('without the transfer recorded, the directory’s manager today would be taken for every month (what Graph alone gives)', () => {
    const unrecorded = orgWith(base);
    expect(screenActs(unrecorded, [review(1, 'minh@x', '2026-11-03T03:00:00Z')]).effective).toEqual([]);
  });

  it('a transfer row naming its own author as the former manager, or recorded by the person moved, counts for nothing', () => {
    const byManager = orgWith([...base, version(4, moved(), '2026-11-16T00:00:00Z', 'minh@x')]);
    expect(departuresOf(screenUnitHistory([...base, version(4, moved(), '2026-11-16T00:00:00Z', 'minh@x')]).versions)).toEqual([]);
    expect(screenActs(byManager, [review(1, 'minh@x', '2026-11-03T03:00:00Z')]).effective).toEqual([]);
    expect(screenUnitHistory([...base, version(4, moved(), '2026-11-16T00:00:00Z', 'an@x')]).ignored).toHaveLength(1);
  });

  it('who moved during a year is known, so their months filed under the unit they left are read', () => {
    expect(movedDuring(org, 2026)).toEqual(['an@x']);
    expect(movedDuring(org, 2025)).toEqual([]);
  });
});

describe('recording a transfer (HR’s form)', () => {
  const context = { recorder: 'mai@x', directory: directory.map((p) => p.login), units: [agency, relics, press], today: '2026-12-06' };

  it('writes the unit left as it stood, with the person and their manager until then; nothing else of the unit changes', () => {
    const fields = transferRowFields(relics, { login: 'An@X', previousManagerLogin: 'minh@x', effectiveFrom: '2026-11-16', reason: 'QĐ 15/QĐ-BVHTTDL' });
    expect(fields).toMatchObject({ UnitCode: 'QLDT', HeadLogin: 'minh@x', EffectiveFrom: '2026-11-16T00:00:00Z' });
    expect(readDepartures(fields.Departures)).toEqual({ 'an@x': { managerLogin: 'minh@x' } });
  });

  it('refuses a move recorded by the person or naming the recorder, a future date, a manager who leads nothing, and no decision', () => {
    expect(validateTransfer({ login: 'an@x', previousManagerLogin: 'minh@x', effectiveFrom: '2026-11-16', reason: 'QĐ 15' }, context)).toEqual([]);
    expect(validateTransfer({ login: 'mai@x', previousManagerLogin: 'minh@x', effectiveFrom: '2026-11-16', reason: 'QĐ 15' }, context)).toEqual([{ field: 'login', code: 'SELF_RECORDED', params: ['mai@x'] }]);
    expect(validateTransfer({ login: 'an@x', previousManagerLogin: 'an@x', effectiveFrom: '2026-12-07', reason: ' ' }, context).map((p) => `${p.field} ${p.code}`)).toEqual([
      'previousManagerLogin SAME_PERSON',
      'effectiveFrom FUTURE_DATE',
      'reason REQUIRED'
    ]);
    expect(validateTransfer({ login: 'an@x', previousManagerLogin: 'ha@x', effectiveFrom: '2026-11-16', reason: 'QĐ 15' }, { ...context, units: [relics] })).toEqual([
      { field: 'previousManagerLogin', code: 'NOT_A_MANAGER', params: ['ha@x'] }
    ]);
  });

  it('reads only well-formed departures (a hand-typed cell never moves anyone)', () => {
    expect(readDepartures('{"An@X":{"managerLogin":"Minh@X"},"b@x":{},"c@x":"minh@x"}')).toEqual({ 'an@x': { managerLogin: 'minh@x' } });
    expect(readDepartures('not json')).toEqual({});
  });
});
