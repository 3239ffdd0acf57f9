import { changeOf, effectiveFromAfter, lastChanges, readTaskGroupMembers, unitRowFields, unitTree, validateUnitChange, type UnitChange } from '../../../src/domain/admin/units';
import { buildOrgModel } from '../../../src/domain/org/buildOrgModel';
import type { OrgUnit } from '../../../src/domain/org/orgModel';
import { quotaGroupOf } from '../../../src/domain/org/quotaGroup';
import { screenUnitHistory, type UnitVersion } from '../../../src/domain/org/unitHistory';
import { toOrgUnit } from '../../../src/services/graph/OrgDirectoryService';

const BO: OrgUnit = { code: 'BO', name: 'Bộ', level: 'MINISTRY', headLogin: 'bo.truong@x', deputyLogins: ['thu.truong@x'], taskGroups: [] };
const CUC: OrgUnit = { code: 'DSVH', name: 'Cục Di sản văn hóa', level: 'AGENCY', parentCode: 'BO', headLogin: 'cuc.truong@x', deputyLogins: ['pho.cuc@x'], evaluatorLogin: 'thu.truong@x', taskGroups: ['Phòng Di tích', 'Phòng Bảo tàng'] };
const PHONG: OrgUnit = { code: 'DSVH-1', name: 'Phòng Di tích', level: 'DIVISION', parentCode: 'DSVH', headLogin: 'truong.phong@x', deputyLogins: [], taskGroups: ['Thẩm định', 'Tổng hợp'] };
const units = [BO, CUC, PHONG];
const directory = ['bo.truong@x', 'thu.truong@x', 'cuc.truong@x', 'pho.cuc@x', 'truong.phong@x', 'chuyen.vien@x', 'chuyen.vien2@x', 'hr@x'];

const change = (patch: Partial<UnitChange> = {}): UnitChange => ({ ...changeOf(PHONG, '2026-12-10'), ...patch });
const check = (c: UnitChange, lastChange: { [code: string]: string } = {}): string[] =>
  validateUnitChange(c, { recorder: 'hr@x', directory, units, lastChange }).map((p) => `${p.field}:${p.code}`);

describe('a change of a unit, checked before it is written (a new dated row of DGCC_Units)', () => {
  it('accepts a new deputy from the directory', () => {
    expect(check(change({ deputyLogins: ['chuyen.vien@x'] }))).toEqual([]);
  });

  it('a head (and anyone named) must be in the directory (Entra ID)', () => {
    expect(check(change({ headLogin: 'nobody@x' }))).toEqual(['headLogin:NOT_IN_DIRECTORY']);
    expect(check(change({ deputyLogins: ['ghost@x'] }))).toEqual(['deputyLogins:NOT_IN_DIRECTORY']);
  });

  it('nobody appoints themself (the history would ignore the row: the form refuses it first)', () => {
    expect(check(change({ headLogin: 'HR@x' }))).toEqual(['headLogin:SELF_APPOINTED']);
    expect(check(change({ evaluatorLogin: 'hr@x' }))).toEqual(['evaluatorLogin:SELF_APPOINTED']);
    // The same rule as the history's: a row naming its author is not counted.
    const version: UnitVersion = { id: 1, unit: { ...PHONG, secretaryLogin: 'hr@x' }, from: '2026-12-10T00:00:00Z', recordedAt: '2026-12-10T01:00:00Z', recordedBy: 'hr@x' };
    expect(screenUnitHistory([version]).ignored).toHaveLength(1);
  });

  it('a date before the unit’s last change needs a reason (backdated rows are flagged to HR)', () => {
    const last = { 'DSVH-1': '2026-12-01T00:00:00Z' };
    expect(check(change({ effectiveFrom: '2026-11-01' }), last)).toEqual(['reason:BACKDATED_NEEDS_REASON']);
    expect(check(change({ effectiveFrom: '2026-11-01', reason: 'Quyết định bổ nhiệm ngày 01/11, nhận muộn' }), last)).toEqual([]);
    expect(check(change({ effectiveFrom: '2026-12-01' }), last)).toEqual([]);
    // Compared by the day: a change dated today follows a row recorded earlier today.
    expect(check(change({ effectiveFrom: '2026-12-01' }), { 'DSVH-1': '2026-12-01T09:30:00Z' })).toEqual([]);
    expect(check(change({ effectiveFrom: 'hôm nay' }))).toEqual(['effectiveFrom:BAD_DATE']);
  });

  it('the tree stays a tree: the parent is a unit of the list, never the unit itself or one under it', () => {
    expect(check(changeOf({ ...CUC, parentCode: 'DSVH-1' }, '2026-12-10'))).toEqual(['parentCode:BAD_PARENT']);
    expect(check(change({ parentCode: 'XYZ' }))).toEqual(['parentCode:BAD_PARENT']);
    expect(check(change({ parentCode: '' }))).toEqual(['parentCode:REQUIRED']);
  });

  it('a member is placed only in one of the unit’s groups, and the head is not also a deputy', () => {
    expect(check(change({ taskGroupMembers: { 'chuyen.vien@x': 'Khác' } }))).toEqual(['taskGroupMembers:UNKNOWN_GROUP']);
    expect(check(change({ deputyLogins: ['truong.phong@x'] }))).toEqual(['deputyLogins:DUPLICATE']);
  });
});

describe('the row written, and a person’s task group read back into the org model', () => {
  it('writes logins normalised, one per line, the members as JSON; a blank period kind is left out', () => {
    const fields = unitRowFields(change({ deputyLogins: ['Chuyen.Vien@x', 'chuyen.vien@x'], taskGroupMembers: { 'Chuyen.Vien2@x': 'Tổng hợp' } }));
    expect(fields).toMatchObject({ UnitCode: 'DSVH-1', ParentCode: 'DSVH', DeputyLogins: 'chuyen.vien@x', TaskGroups: 'Thẩm định\nTổng hợp', EffectiveFrom: '2026-12-10T00:00:00Z' });
    expect(JSON.parse(fields.TaskGroupMembers)).toEqual({ 'chuyen.vien2@x': 'Tổng hợp' });
    expect('PeriodKind' in fields).toBe(false);
    expect(unitRowFields(change({ periodKind: 'QUARTER' })).PeriodKind).toBe('QUARTER');
  });

  it('a change dated the day of a row recorded without a date (held from its recording) holds just after it', () => {
    expect(effectiveFromAfter('2026-12-07T00:00:00Z', '2026-12-07T00:25:10Z')).toBe('2026-12-07T00:25:11.000Z');
    expect(effectiveFromAfter('2026-12-07T00:00:00Z', '2026-12-06T10:00:00Z')).toBe('2026-12-07T00:00:00Z');
    expect(effectiveFromAfter('2026-12-07T00:00:00Z', undefined)).toBe('2026-12-07T00:00:00Z');
  });

  it('a broken members cell places nobody (never someone in another’s quota group)', () => {
    expect(readTaskGroupMembers('{not json')).toEqual({});
    expect(readTaskGroupMembers('["a"]')).toEqual({});
    expect(readTaskGroupMembers('{"A@x": "G", "b@x": 3}')).toEqual({ 'a@x': 'G' });
  });

  it('the quota’s group (law.md 3.7, NĐ 48/2023 khoản 6 Điều 2: nhóm có nhiệm vụ tương đồng) follows the row', () => {
    const fields = unitRowFields(change({ taskGroupMembers: { 'chuyen.vien2@x': 'Tổng hợp' } }));
    const phong = toOrgUnit({ ...fields, Title: fields.Title });
    const people = [
      { login: 'truong.phong@x', displayName: 'Trưởng phòng', managerLogin: 'cuc.truong@x' },
      { login: 'chuyen.vien@x', displayName: 'Chuyên viên 1', managerLogin: 'truong.phong@x' },
      { login: 'chuyen.vien2@x', displayName: 'Chuyên viên 2', managerLogin: 'truong.phong@x' }
    ];
    const { org } = buildOrgModel([BO, CUC, phong], people, []);
    expect(org.people['chuyen.vien2@x'].taskGroup).toBe('Tổng hợp');
    expect(quotaGroupOf(org, 'chuyen.vien2@x')).toBe('Tổng hợp');
    // Not placed: the phòng's first group, as before.
    expect(quotaGroupOf(org, 'chuyen.vien@x')).toBe('Thẩm định');
  });
});

describe('the units as a tree and their last change', () => {
  it('nests Bộ → Cục → Phòng; a unit whose parent is missing is kept at the top', () => {
    const tree = unitTree([PHONG, CUC, BO, { ...PHONG, code: 'LOST-1', name: 'Phòng lạc', parentCode: 'NOPE' }]);
    expect(tree.map((n) => n.unit.code)).toEqual(['BO', 'LOST-1']);
    expect(tree[0].children[0].unit.code).toBe('DSVH');
    expect(tree[0].children[0].children[0].unit.code).toBe('DSVH-1');
  });

  it('the last change of a unit is its latest counted version', () => {
    const v = (id: number, from: string): UnitVersion => ({ id, unit: PHONG, from, recordedAt: from, recordedBy: 'hr2@x' });
    const history = screenUnitHistory([v(2, '2026-06-01T00:00:00Z'), v(1, '2026-01-01T00:00:00Z')]);
    expect(lastChanges(history.versions)).toEqual({ 'DSVH-1': '2026-06-01T00:00:00Z' });
  });
});
