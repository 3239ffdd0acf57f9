import { buildOrgModel } from '../../../src/domain/org/buildOrgModel';
import type { OrgUnit } from '../../../src/domain/org/orgModel';

const unit = (u: Partial<OrgUnit> & Pick<OrgUnit, 'code' | 'level'>): OrgUnit => ({ name: u.code, deputyLogins: [], taskGroups: [], ...u });

describe('the org model joins the directory (Graph) with the units list', () => {
  const units = [
    unit({ code: 'BO', level: 'MINISTRY', headLogin: 'bo.truong', deputyLogins: ['thu.truong'] }),
    unit({ code: 'DSVH', level: 'AGENCY', parentCode: 'BO', headLogin: 'cuc.truong', deputyLogins: ['cuc.pho'] }),
    unit({ code: 'DSVH-1', level: 'DIVISION', parentCode: 'DSVH', headLogin: 'Truong.Phong', deputyLogins: ['pho.phong'] })
  ];

  it('places each person in the unit they lead, or else in the unit their manager leads', () => {
    const { org, unplaced } = buildOrgModel(
      units,
      [
        { login: 'bo.truong', displayName: 'Bộ trưởng' },
        { login: 'thu.truong', displayName: 'Thứ trưởng', managerLogin: 'bo.truong' },
        { login: 'cuc.truong', displayName: 'Cục trưởng', managerLogin: 'thu.truong' },
        { login: 'cuc.pho', displayName: 'Phó Cục trưởng', managerLogin: 'cuc.truong' },
        { login: 'truong.phong', displayName: 'Trưởng phòng', managerLogin: 'cuc.pho' },
        { login: 'chuyen.vien', displayName: 'Chuyên viên', managerLogin: 'pho.phong' },
        { login: 'van.thu', displayName: 'Văn thư', managerLogin: 'cuc.truong' }
      ],
      ['chuyen.vien']
    );
    const unitOf = (login: string): string | undefined => org.people[login]?.unitCode;
    expect(unitOf('bo.truong')).toBe('BO');
    expect(unitOf('thu.truong')).toBe('BO');
    expect(unitOf('cuc.truong')).toBe('DSVH');
    expect(unitOf('cuc.pho')).toBe('DSVH');
    // The head's own unit, not the unit of the deputy they report to; logins compared without case.
    expect(unitOf('truong.phong')).toBe('DSVH-1');
    expect(unitOf('chuyen.vien')).toBe('DSVH-1');
    expect(unitOf('van.thu')).toBe('DSVH');
    expect(unplaced).toEqual([]);
    expect(org.hrLogins).toEqual(['chuyen.vien']);
  });

  it('lists the people it cannot place instead of guessing', () => {
    const { org, unplaced } = buildOrgModel(units, [{ login: 'khach', displayName: 'Khách' }, { login: 'x', displayName: 'X', managerLogin: 'khach' }], []);
    expect(unplaced).toEqual(['khach', 'x']);
    expect(Object.keys(org.people)).toEqual([]);
  });
});
