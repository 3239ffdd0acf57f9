import type { OrgModel, OrgPerson, OrgUnit } from '../../src/domain/org/orgModel';

/**
 * A small ministry: the Bộ trưởng heads the ministry; Vụ Kế hoạch, Tài chính (an agency-level unit)
 * has a Vụ trưởng, a deputy, a secretary and a specialist; Cục Di sản văn hóa has a Phòng Quản lý di
 * sản whose head manages two specialists.
 */
const unit = (u: Partial<OrgUnit> & Pick<OrgUnit, 'code' | 'name' | 'level'>): OrgUnit => ({ deputyLogins: [], taskGroups: [], ...u });
const person = (login: string, unitCode: string, managerLogin?: string): OrgPerson => ({ login, displayName: login, unitCode, managerLogin });

export const sampleOrg: OrgModel = {
  units: {
    BO: unit({ code: 'BO', name: 'Bộ Văn hóa, Thể thao và Du lịch', level: 'MINISTRY', headLogin: 'bo.truong' }),
    VKHTC: unit({ code: 'VKHTC', name: 'Vụ Kế hoạch, Tài chính', level: 'AGENCY', parentCode: 'BO', headLogin: 'vu.truong', deputyLogins: ['vu.pho'], secretaryLogin: 'thu.ky' }),
    CDSVH: unit({ code: 'CDSVH', name: 'Cục Di sản văn hóa', level: 'AGENCY', parentCode: 'BO', headLogin: 'cuc.truong' }),
    CDSVH_QLDS: unit({ code: 'CDSVH_QLDS', name: 'Phòng Quản lý di sản', level: 'DIVISION', parentCode: 'CDSVH', headLogin: 'truong.phong' })
  },
  people: {
    'bo.truong': person('bo.truong', 'BO'),
    'vu.truong': person('vu.truong', 'VKHTC', 'bo.truong'),
    'vu.pho': person('vu.pho', 'VKHTC', 'vu.truong'),
    'thu.ky': person('thu.ky', 'VKHTC', 'vu.truong'),
    'chuyen.vien': person('chuyen.vien', 'VKHTC', 'vu.pho'),
    'cuc.truong': person('cuc.truong', 'CDSVH', 'bo.truong'),
    'truong.phong': person('truong.phong', 'CDSVH_QLDS', 'cuc.truong'),
    'di.san.1': person('di.san.1', 'CDSVH_QLDS', 'truong.phong'),
    'di.san.2': person('di.san.2', 'CDSVH_QLDS', 'truong.phong'),
    'nhan.su': person('nhan.su', 'VKHTC', 'vu.truong')
  },
  hrLogins: ['nhan.su']
};
