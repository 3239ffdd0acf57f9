import type {
  BienBanInput,
  DanhSachInput,
  DocumentIdentity,
  GeneralCriteriaGroupRow,
  PhieuKyInput,
  PhieuNamNd335Input,
  PhieuNamNd90Input,
  QuyetDinhInput
} from '../../../src/domain/documents/inputs';
import type { WorkProduct } from '../../../src/domain/rating';

/** Inputs of the documents' tests: a Cục of the ministry, its people by name and position. */

export const identity = (extra: Partial<DocumentIdentity> = {}): DocumentIdentity => ({
  parentAgencyName: 'Bộ Văn hóa, Thể thao và Du lịch',
  issuingUnitName: 'Cục Di sản văn hóa',
  place: 'Hà Nội',
  ...extra
});

export const line = (factor: number, assigned: number, completed: number, quality: number, onTime: number, majorErrors = 0, delays = 0): WorkProduct => ({
  productType: { code: `P${factor}`, name: 'Sản phẩm', conversionFactor: factor },
  assigned,
  completed,
  completedMeetingQuality: quality,
  completedOnTime: onTime,
  majorErrors,
  delays,
  majorErrorsObjectiveCauseConfirmed: false,
  delaysObjectiveCauseConfirmed: false
});

/**
 * Mẫu 01 Section I as official-documents.md 1.1 quotes it (groups I and II CONFIRMED, III MULTI-IMPL),
 * typed here from the brief, with the scores of one person.
 */
export function mau01Rows(self: number[] | undefined, assessed: number[] | undefined): GeneralCriteriaGroupRow[] {
  const at = (list: number[] | undefined, i: number): number | undefined => (list ? list[i] : undefined);
  let i = 0;
  const c = (code: string, title: string, max: number): { code: string; title: string; max: number; self?: number; assessed?: number } => {
    const row = { code, title, max, self: at(self, i), assessed: at(assessed, i) };
    i++;
    return row;
  };
  return [
    {
      code: 'I',
      title: 'Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ và ý thức kỷ luật, kỷ cương trong thực thi công vụ',
      max: 10,
      criteria: [c('1', 'Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ', 5), c('2', 'Ý thức kỷ luật, kỷ cương trong thực thi công vụ', 5)]
    },
    {
      code: 'II',
      title:
        'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; tinh thần trách nhiệm trong thực thi công vụ; thái độ phục vụ người dân, doanh nghiệp và khả năng phối hợp với đồng nghiệp',
      max: 10,
      criteria: [
        c('1', 'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm', 2.5),
        c('2', 'Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao thường xuyên, đột xuất', 2.5),
        c('3', 'Tinh thần trách nhiệm trong thực thi công vụ', 2.5),
        c('4', 'Thái độ phục vụ người dân, doanh nghiệp và khả năng phối hợp với đồng nghiệp', 2.5)
      ]
    },
    {
      code: 'III',
      title: 'Năng lực đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung trong thực thi công vụ',
      max: 10,
      criteria: [
        c('1', 'Có sản phẩm, giải pháp đột phá, sáng tạo đem lại giá trị, hiệu quả thiết thực, tác động tích cực đến kết quả thực hiện nhiệm vụ của cơ quan, tổ chức, đơn vị.', 2.5),
        c('2', 'Sẵn sàng tham gia thực hiện nhiệm vụ chính trị đặc biệt quan trọng, nhiệm vụ có tính chất đột xuất, phức tạp hoặc trong điều kiện khó khăn.', 2.5),
        c('3', 'Có tinh thần chịu trách nhiệm trước kết quả công việc; chủ động nhận trách nhiệm khi có sai sót và có biện pháp khắc phục rõ ràng, cụ thể.', 2.5),
        c('4', 'Chủ động đưa ra quyết định trong phạm vi thẩm quyền, không né tránh; có tinh thần tiên phong trong thực hiện những nhiệm vụ mới.', 2.5)
      ]
    }
  ];
}

/** Ten scores in the order of the rows above. */
export const SELF = [5, 5, 2.5, 2.5, 2.5, 2.5, 2, 2.5, 2.5, 2];
export const ASSESSED = [5, 4.5, 2.5, 2.5, 2.5, 2, 2, 2.5, 2, 2];

export function phieuKy(extra: Partial<PhieuKyInput> = {}): PhieuKyInput {
  return {
    identity: identity(),
    period: { kind: 'MONTH', index: 11, year: 2026 },
    person: { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Phòng Quản lý di tích, Cục Di sản văn hóa' },
    isLeader: false,
    generalCriteria: mau01Rows(SELF, ASSESSED),
    generalCriteriaSelfTotal: 29,
    generalCriteriaAssessedTotal: 27.5,
    figures: {},
    figuresSource: 'assessed',
    strengths: 'Hoàn thành đúng hạn các hồ sơ.',
    weaknesses: 'Một văn bản còn lỗi thể thức.',
    reviewerComment: 'Cần chú ý thể thức văn bản.',
    submittedOn: '2026-12-02',
    reviewer: { name: 'Vũ Đức Minh', position: 'Trưởng phòng Quản lý di tích' },
    reviewedOn: '2026-12-04',
    ...extra
  };
}

export function phieuNamNd90(extra: Partial<PhieuNamNd90Input> = {}): PhieuNamNd90Input {
  return {
    ruleSetId: 'ND90_48',
    identity: identity(),
    year: 2025,
    person: { name: 'Vũ Đức Minh', position: 'Trưởng phòng Quản lý di tích', unitName: 'Cục Di sản văn hóa' },
    isLeader: true,
    sections: {
      chinhTriTuTuong: 'Chấp hành nghiêm chủ trương của Đảng.',
      daoDucLoiSong: 'Lối sống lành mạnh.',
      tacPhongLeLoi: 'Làm việc khoa học.',
      yThucKyLuat: 'Chấp hành nội quy.',
      ketQuaNhiemVu: 'Hoàn thành 24/24 nhiệm vụ.',
      thaiDoPhucVu: '',
      ketQuaDonVi: 'Phòng hoàn thành 100% kế hoạch.',
      nangLucLanhDao: 'Tổ chức triển khai kịp thời.',
      nangLucTapHop: 'Tập thể đoàn kết.'
    },
    strengths: 'Chủ động.',
    weaknesses: 'Có lúc chậm đôn đốc.',
    proposedRating: 'HTTNV',
    selfSignedOn: '2025-12-05',
    competent: { comments: 'Hoàn thành tốt nhiệm vụ.', rating: 'HTTNV', signer: { name: 'Đặng Thu Hà', position: 'Cục trưởng' }, signedOn: '2025-12-20' },
    ...extra
  };
}

export function phieuNamNd335(extra: Partial<PhieuNamNd335Input> = {}): PhieuNamNd335Input {
  return {
    ruleSetId: 'ND335',
    identity: identity(),
    year: 2026,
    person: { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Phòng Quản lý di tích' },
    isLeader: false,
    periods: [],
    summary: 'Hoàn thành các hồ sơ được giao.',
    strengths: 'Chủ động.',
    weaknesses: 'Thể thức văn bản.',
    proposedRating: 'HTTNV',
    competent: { comments: 'Hoàn thành tốt.', rating: 'HTTNV', signer: { name: 'Đặng Thu Hà', position: 'Cục trưởng' }, signedOn: '2026-12-20' },
    ...extra
  };
}

export function bienBan(extra: Partial<BienBanInput> = {}): BienBanInput {
  return {
    identity: identity({ parentAgencyName: 'Cục Di sản văn hóa', issuingUnitName: 'Phòng Quản lý di tích', unitAbbreviation: 'QLDT' }),
    ruleSetId: 'ND335',
    year: 2026,
    unitName: 'Phòng Quản lý di tích',
    // 01:30 UTC is 08:30 in Hà Nội (UTC+7).
    startedAt: '2026-12-10T01:30:00Z',
    endedAt: '2026-12-10T10:15:00+07:00',
    place: 'Phòng họp tầng 3, 51 Ngô Quyền, Hà Nội',
    present: 8,
    total: 9,
    chair: { name: 'Vũ Đức Minh', position: 'Trưởng phòng' },
    secretary: { name: 'Lê Thị Hồng', position: 'Chuyên viên' },
    people: [
      { name: 'Nguyễn Văn An', position: 'Chuyên viên', selfProposed: 'HTXSNV', comments: 'Hoàn thành vượt tiến độ.', votes: { HTXSNV: 6, HTTNV: 2 }, proposedRating: 'HTXSNV' },
      { name: 'Trần Minh Tuấn', position: 'Chuyên viên chính', comments: '', votes: { HTTNV: 8 }, proposedRating: 'HTTNV' }
    ],
    ...extra
  };
}

export function quyetDinh(extra: Partial<QuyetDinhInput> = {}): QuyetDinhInput {
  return {
    identity: identity({
      unitAbbreviation: 'CDSVH',
      number: 7,
      date: '2027-01-05',
      signer: { authority: 'KT.', authorityOf: 'Cục trưởng', position: 'Phó Cục trưởng', name: 'Hoàng Văn Bình' }
    }),
    form: 'QUYET_DINH',
    ruleSetId: 'ND335',
    year: 2026,
    unitName: 'Cục Di sản văn hóa',
    authority: 'Cục trưởng Cục Di sản văn hóa',
    proposer: 'Chánh Văn phòng Cục',
    recipients: ['Vụ Tổ chức cán bộ'],
    archiveUnit: 'VP',
    people: [
      { name: 'Vũ Đức Minh', position: 'Trưởng phòng', unitName: 'Phòng Quản lý di tích', rating: 'HTTNV', score: 88.6 },
      { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Phòng Quản lý di tích', rating: 'HTXSNV', score: 91.2 },
      { name: 'Trần Minh Tuấn', position: 'Chuyên viên chính', unitName: 'Phòng Quản lý di tích', rating: 'HTTNV', score: 84.1 }
    ],
    ...extra
  };
}

export function danhSach(extra: Partial<DanhSachInput> = {}): DanhSachInput {
  return {
    identity: identity(),
    ruleSetId: 'ND335',
    year: 2026,
    scope: { kind: 'AGENCY', name: 'Cục Di sản văn hóa' },
    periods: [1, 2].map((index) => ({ kind: 'QUARTER' as const, index, year: 2026 })),
    rows: [],
    quota: [],
    ...extra
  };
}
