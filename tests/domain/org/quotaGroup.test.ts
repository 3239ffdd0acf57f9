import type { OrgModel } from '../../../src/domain/org/orgModel';
import { quotaGroupOf } from '../../../src/domain/org/quotaGroup';
import { sampleOrg } from '../../support/sampleOrg';

/** The sample org with the units list's task groups filled in as HR would (law.md 3.7: a quota scope each). */
const org: OrgModel = {
  ...sampleOrg,
  units: {
    ...sampleOrg.units,
    VKHTC: { ...sampleOrg.units.VKHTC, taskGroups: ['Vụ Kế hoạch, Tài chính'] },
    CDSVH: { ...sampleOrg.units.CDSVH, taskGroups: ['Phòng Quản lý di sản'] },
    CDSVH_QLDS: { ...sampleOrg.units.CDSVH_QLDS, taskGroups: ['Phòng Quản lý di sản'] }
  }
};

describe('nhóm công chức có nhiệm vụ tương đồng (NĐ 48/2023 khoản 6 Điều 2; NĐ 335/2025: the quota applies per group)', () => {
  it('a phòng is a group of its own', () => {
    expect(quotaGroupOf(org, 'di.san.1')).toBe('Phòng Quản lý di sản');
    expect(quotaGroupOf(org, 'truong.phong')).toBe('Phòng Quản lý di sản');
  });

  it('the people directly in a Vụ that lists itself as a group form the Vụ’s group, its leaders included', () => {
    expect(['vu.truong', 'vu.pho', 'chuyen.vien'].map((l) => quotaGroupOf(org, l))).toEqual(['Vụ Kế hoạch, Tài chính', 'Vụ Kế hoạch, Tài chính', 'Vụ Kế hoạch, Tài chính']);
  });

  it('the people directly in a Cục (its leaders) form the Cục’s leadership group, apart from its phòng', () => {
    expect(quotaGroupOf(org, 'cuc.truong')).toBe('Lãnh đạo Cục Di sản văn hóa');
  });

  it('a division without task groups is a group under its own name', () => {
    const bare: OrgModel = { ...org, units: { ...org.units, CDSVH_QLDS: { ...org.units.CDSVH_QLDS, taskGroups: [] } } };
    expect(quotaGroupOf(bare, 'di.san.2')).toBe('Phòng Quản lý di sản');
  });

  it('a group the directory names for a person stands when the units list knows it, and is ignored otherwise', () => {
    const named = (taskGroup: string): OrgModel => ({ ...org, people: { ...org.people, 'chuyen.vien': { ...org.people['chuyen.vien'], taskGroup } } });
    const twoGroups: OrgModel = { ...named('Thanh tra tài chính'), units: { ...org.units, VKHTC: { ...org.units.VKHTC, taskGroups: ['Vụ Kế hoạch, Tài chính', 'Thanh tra tài chính'] } } };
    expect(quotaGroupOf(twoGroups, 'chuyen.vien')).toBe('Thanh tra tài chính');
    expect(quotaGroupOf(named('Nhóm không có trong danh sách'), 'chuyen.vien')).toBe('Vụ Kế hoạch, Tài chính');
  });

  it('someone the units list cannot place never shares another’s quota', () => {
    expect(quotaGroupOf(org, 'nobody@vhttdl.local')).toBe('nobody@vhttdl.local');
  });
});
