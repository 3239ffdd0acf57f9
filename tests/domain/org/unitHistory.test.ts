import type { RecordedAct } from '../../../src/domain/org/acts';
import { screenActs } from '../../../src/domain/org/acts';
import { buildOrgModel, type DirectoryPerson } from '../../../src/domain/org/buildOrgModel';
import type { OrgUnit } from '../../../src/domain/org/orgModel';
import { orgAt, screenUnitHistory, unitsAt, withHistory, type UnitVersion } from '../../../src/domain/org/unitHistory';

/**
 * Authority at the act's date (NĐ 90/2020 Điều 16: the head of the agency evaluates; who that is
 * changes over time): the units list is a dated history, and an act is judged by who held the role
 * on the act's date.
 */
const cuc = (head: string): OrgUnit => ({ code: 'CDSVH', name: 'Cục Di sản văn hóa', level: 'AGENCY', headLogin: head, deputyLogins: [], taskGroups: [] });
const phong: OrgUnit = { code: 'QLDT', name: 'Phòng Quản lý di tích', level: 'DIVISION', parentCode: 'CDSVH', headLogin: 'minh@x', deputyLogins: [], taskGroups: [] };
const version = (id: number, unit: OrgUnit, from: string, recordedBy = 'mai@x', recordedAt = from): UnitVersion => ({ id, unit, from, recordedAt, recordedBy });
const directory: DirectoryPerson[] = [
  { login: 'ha@x', displayName: 'Đặng Thu Hà' },
  { login: 'lan@x', displayName: 'Trần Lan', managerLogin: 'quang@x' },
  { login: 'minh@x', displayName: 'Vũ Đức Minh', managerLogin: 'ha@x' },
  { login: 'an@x', displayName: 'Nguyễn Văn An', managerLogin: 'minh@x' },
  { login: 'quang@x', displayName: 'Lê Minh Quang' }
];
const decision = (id: number, author: string, at: string): RecordedAct => ({ id, step: 'DECISION', subjectLogin: 'an@x', authorLogin: author, createdAt: at, payload: {} });

describe('the units list as a dated history: authority at the act’s date', () => {
  const history = screenUnitHistory([version(1, cuc('ha@x'), '2024-01-01T00:00:00Z'), version(2, phong, '2024-01-01T00:00:00Z'), version(3, cuc('lan@x'), '2026-03-01T00:00:00Z')]);
  const built = buildOrgModel(unitsAt(history.versions, '2026-12-06T00:00:00Z'), directory, []);
  const org = withHistory(built.org, { versions: history.versions, directory });

  it('today the new Cục trưởng heads the Cục; in 2025 the former one did', () => {
    expect(org.units.CDSVH.headLogin).toBe('lan@x');
    expect(orgAt(org, '2025-12-10T00:00:00Z').units.CDSVH.headLogin).toBe('ha@x');
  });

  it('a decision by the former Cục trưởng in her time still counts after the change of heads; one after it does not', () => {
    const screened = screenActs(org, [decision(1, 'ha@x', '2025-12-10T00:00:00Z'), decision(2, 'ha@x', '2026-05-01T00:00:00Z'), decision(3, 'lan@x', '2026-05-02T00:00:00Z')]);
    expect(screened.effective.map((a) => a.id)).toEqual([1, 3]);
    expect(screened.ignored.map((i) => i.act.id)).toEqual([2]);
  });

  it('the first version of a unit stands for the time before it (a list filled once keeps judging the past)', () => {
    const once = screenUnitHistory([version(1, cuc('ha@x'), '2026-12-01T00:00:00Z')]);
    expect(unitsAt(once.versions, '2024-06-01T00:00:00Z').map((u) => u.headLogin)).toEqual(['ha@x']);
  });

  it('nobody appoints themself: a row naming its own author in a role is ignored; a backdated row counts and is shown to HR', () => {
    const screened = screenUnitHistory([
      version(1, cuc('ha@x'), '2024-01-01T00:00:00Z'),
      version(2, cuc('mai@x'), '2026-11-30T00:00:00Z', 'mai@x'),
      version(3, cuc('lan@x'), '2026-03-01T00:00:00Z', 'tuan@x', '2026-11-30T09:00:00Z')
    ]);
    expect(screened.ignored.map((i) => i.version.id)).toEqual([2]);
    expect(screened.ignored[0].reason).toMatch(/tự ghi mình/);
    expect(screened.flagged.map((f) => f.version.id)).toEqual([3]);
    expect(screened.flagged[0].reason).toMatch(/ghi lùi ngày/);
    expect(unitsAt(screened.versions, '2026-12-01T00:00:00Z')[0].headLogin).toBe('lan@x');
  });
});
