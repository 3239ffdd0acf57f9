/**
 * Fixed sample inputs of the five official documents (the sample ministry's Cục Di sản văn hóa), for
 * tools/document-pictures.ts. Figures come from the rating engine, as the product's service computes them.
 */
import type {
  BienBanInput,
  DanhSachInput,
  DocumentIdentity,
  DocumentRequest,
  PhieuKyInput,
  PhieuNamNd335Input,
  PhieuNamNd90Input,
  QuyetDinhInput
} from '../src/domain/documents/inputs';
import { generalCriteriaRowsOf, periodFiguresOf } from '../src/domain/documents/figures';
import { DEFAULT_MAU01 } from '../src/domain/rating/mau01';
import { levelForScore, scorePeriod, type WorkProduct } from '../src/domain/rating';
import { rollUpPeriodScores } from '../src/domain/rating/nd335/annualRating';
import { checkQuota, WHOLE_AGENCY } from '../src/domain/rating/quota';
import { DEFAULT_SETTINGS } from '../src/domain/rating/settings';

const MINISTRY = 'Bộ Văn hóa, Thể thao và Du lịch';
const CUC = 'Cục Di sản văn hóa';
const PHONG = 'Phòng Quản lý di tích';

const identity = (extra: Partial<DocumentIdentity> = {}): DocumentIdentity => ({
  parentAgencyName: MINISTRY,
  issuingUnitName: CUC,
  place: 'Hà Nội',
  ...extra
});

const product = (code: string, name: string, factor: number, assigned: number, completed: number, quality: number, onTime: number, majorErrors = 0, delays = 0): WorkProduct => ({
  productType: { code, name, conversionFactor: factor },
  assigned,
  completed,
  completedMeetingQuality: quality,
  completedOnTime: onTime,
  majorErrors,
  delays,
  majorErrorsObjectiveCauseConfirmed: false,
  delaysObjectiveCauseConfirmed: false
});

const SELF_PARTS = { 'I.1': 5, 'I.2': 5, 'II.1': 2.5, 'II.2': 2.5, 'II.3': 2.5, 'II.4': 2.5, 'III.1': 2, 'III.2': 2.5, 'III.3': 2.5, 'III.4': 2 };
const ASSESSED_PARTS = { 'I.1': 5, 'I.2': 4.5, 'II.1': 2.5, 'II.2': 2.5, 'II.3': 2.5, 'II.4': 2, 'III.1': 2, 'III.2': 2.5, 'III.3': 2, 'III.4': 2 };
const sum = (parts: { [k: string]: number }): number => Math.round(Object.keys(parts).reduce((t, k) => t + parts[k], 0) * 100) / 100;

export function phieuKySample(): PhieuKyInput {
  const products = [
    product('VBHC', 'Soạn thảo văn bản hành chính', 1, 12, 12, 11, 11, 1, 0),
    product('HSDT', 'Hồ sơ thẩm định dự án tu bổ di tích', 2, 4, 4, 4, 3, 0, 1)
  ];
  const settings = DEFAULT_SETTINGS.nd335;
  const score = scorePeriod({ isLeader: false, generalCriteriaScore: sum(ASSESSED_PARTS), products, period: { kind: 'MONTH', index: 11 } }, settings);
  return {
    identity: identity(),
    period: { kind: 'MONTH', index: 11, year: 2026 },
    person: { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: `${PHONG}, ${CUC}` },
    isLeader: false,
    generalCriteria: generalCriteriaRowsOf(DEFAULT_MAU01.groups, SELF_PARTS, ASSESSED_PARTS),
    generalCriteriaSelfTotal: sum(SELF_PARTS),
    generalCriteriaAssessedTotal: sum(ASSESSED_PARTS),
    figures: periodFiguresOf(score, undefined, settings),
    figuresSource: 'assessed',
    strengths: 'Hoàn thành đúng hạn các hồ sơ thẩm định dự án tu bổ di tích được giao; chủ động phối hợp với các địa phương.',
    weaknesses: 'Một văn bản còn lỗi về thể thức, đã sửa.',
    reviewerComment: 'Đồng chí hoàn thành tốt nhiệm vụ trong tháng; cần chú ý hơn đến thể thức văn bản.',
    submittedOn: '2026-12-02',
    reviewer: { name: 'Vũ Đức Minh', position: 'Trưởng phòng Quản lý di tích' },
    reviewedOn: '2026-12-04'
  };
}

export function phieuNamNd90Sample(): PhieuNamNd90Input {
  return {
    ruleSetId: 'ND90_48',
    identity: identity(),
    year: 2025,
    person: { name: 'Vũ Đức Minh', position: 'Trưởng phòng Quản lý di tích', unitName: CUC },
    isLeader: true,
    sections: {
      chinhTriTuTuong: 'Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.',
      daoDucLoiSong: 'Giữ gìn đạo đức, lối sống lành mạnh; không có biểu hiện suy thoái.',
      tacPhongLeLoi: 'Làm việc khoa học, đúng giờ; tôn trọng đồng nghiệp.',
      yThucKyLuat: 'Chấp hành nội quy, quy chế của cơ quan; thực hiện đúng quy trình nghiệp vụ.',
      ketQuaNhiemVu: 'Hoàn thành 24/24 nhiệm vụ được giao, trong đó 22 nhiệm vụ đúng hạn, bảo đảm chất lượng.',
      thaiDoPhucVu: '',
      ketQuaDonVi: 'Phòng hoàn thành 100% chỉ tiêu kế hoạch năm 2025.',
      nangLucLanhDao: 'Tổ chức triển khai kịp thời các nhiệm vụ của Cục giao.',
      nangLucTapHop: 'Xây dựng tập thể đoàn kết, không có đơn thư.'
    },
    strengths: 'Chủ động, sâu sát công việc của phòng.',
    weaknesses: 'Có lúc chưa đôn đốc kịp thời tiến độ hồ sơ.',
    proposedRating: 'HTTNV',
    selfSignedOn: '2025-12-05',
    competent: {
      comments: 'Đồng chí hoàn thành tốt nhiệm vụ được giao năm 2025.',
      rating: 'HTTNV',
      signer: { name: 'Đặng Thu Hà', position: 'Cục trưởng Cục Di sản văn hóa' },
      signedOn: '2025-12-20'
    }
  };
}

export function phieuNamNd335Sample(): PhieuNamNd335Input {
  const scores = [86.5, 88, 91, 90.25, 87, 89.5, 92, 90, 88.75, 91.5, 89, 90.5];
  const settings = DEFAULT_SETTINGS.nd335;
  const rollUp = rollUpPeriodScores(scores.map((score) => ({ score })), settings);
  return {
    ruleSetId: 'ND335',
    identity: identity(),
    year: 2026,
    person: { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: `${PHONG}, ${CUC}` },
    isLeader: false,
    periods: scores.map((score, i) => ({ period: { kind: 'MONTH', index: i + 1, year: 2026 }, score, level: levelForScore(score) })),
    yearlyScore: rollUp.score,
    yearlyLevel: rollUp.score !== undefined ? levelForScore(rollUp.score) : undefined,
    summary: 'Hoàn thành các hồ sơ thẩm định dự án tu bổ di tích và văn bản hành chính được giao trong năm.',
    strengths: 'Chủ động, đúng hạn.',
    weaknesses: 'Thể thức văn bản đôi lúc còn sai sót.',
    proposedRating: 'HTTNV',
    selfSignedOn: '2026-12-08',
    competent: { comments: 'Hoàn thành tốt nhiệm vụ.', rating: 'HTTNV', signer: { name: 'Đặng Thu Hà', position: 'Cục trưởng' }, signedOn: '2026-12-20' }
  };
}

export function bienBanSample(): BienBanInput {
  return {
    identity: identity({ issuingUnitName: PHONG, parentAgencyName: CUC, unitAbbreviation: 'QLDT' }),
    ruleSetId: 'ND335',
    year: 2026,
    unitName: PHONG,
    startedAt: '2026-12-10T08:30:00+07:00',
    endedAt: '2026-12-10T10:15:00+07:00',
    place: 'Phòng họp tầng 3, trụ sở Cục Di sản văn hóa, 51 Ngô Quyền, Hà Nội',
    present: 8,
    total: 9,
    chair: { name: 'Vũ Đức Minh', position: 'Trưởng phòng' },
    secretary: { name: 'Lê Thị Hồng', position: 'Chuyên viên' },
    people: [
      { name: 'Vũ Đức Minh', position: 'Trưởng phòng', selfProposed: 'HTTNV', comments: 'Điều hành phòng hoàn thành kế hoạch năm.', votes: { HTXSNV: 1, HTTNV: 7 }, proposedRating: 'HTTNV' },
      { name: 'Nguyễn Văn An', position: 'Chuyên viên', selfProposed: 'HTXSNV', comments: 'Hoàn thành vượt tiến độ các hồ sơ thẩm định.', votes: { HTXSNV: 6, HTTNV: 2 }, proposedRating: 'HTXSNV' },
      { name: 'Trần Minh Tuấn', position: 'Chuyên viên chính', selfProposed: 'HTTNV', comments: '', votes: { HTTNV: 8 }, proposedRating: 'HTTNV' }
    ]
  };
}

export function quyetDinhSample(): QuyetDinhInput {
  return {
    identity: identity({
      unitAbbreviation: 'CDSVH',
      number: 7,
      date: '2026-12-22',
      signer: { authority: 'KT.', authorityOf: 'Cục trưởng', position: 'Phó Cục trưởng', name: 'Hoàng Văn Bình' }
    }),
    form: 'QUYET_DINH',
    ruleSetId: 'ND335',
    year: 2026,
    unitName: CUC,
    authority: 'Cục trưởng Cục Di sản văn hóa',
    extraBases: ['Quyết định số …/QĐ-BVHTTDL quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cục Di sản văn hóa'],
    proposer: 'Chánh Văn phòng Cục',
    recipients: ['Bộ trưởng (để báo cáo)', 'Vụ Tổ chức cán bộ'],
    archiveUnit: 'VP',
    people: [
      { name: 'Vũ Đức Minh', position: 'Trưởng phòng', unitName: PHONG, rating: 'HTTNV', score: 88.6 },
      { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: PHONG, rating: 'HTXSNV', score: 91.2 },
      { name: 'Trần Minh Tuấn', position: 'Chuyên viên chính', unitName: PHONG, rating: 'HTTNV', score: 84.1 },
      { name: 'Phạm Thu Trang', position: 'Chuyên viên', unitName: 'Văn phòng Cục', rating: 'HTNV', score: 68.4 }
    ]
  };
}

export function danhSachSample(): DanhSachInput {
  const rows: DanhSachInput['rows'] = [
    { name: 'Vũ Đức Minh', position: 'Trưởng phòng', unitName: PHONG, taskGroup: 'Lãnh đạo phòng', periodScores: [88, 89, 90, 87.5], yearlyScore: 88.63, selfProposed: 'HTTNV', meetingProposed: 'HTTNV', decided: 'HTTNV' },
    { name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: PHONG, taskGroup: 'Chuyên môn di tích', periodScores: [90, 92, 91, 91.5], yearlyScore: 91.13, selfProposed: 'HTXSNV', meetingProposed: 'HTXSNV', decided: 'HTXSNV' },
    { name: 'Trần Minh Tuấn', position: 'Chuyên viên chính', unitName: PHONG, taskGroup: 'Chuyên môn di tích', periodScores: [84, 85, 83, 84.5], yearlyScore: 84.13, selfProposed: 'HTTNV', meetingProposed: 'HTTNV', decided: 'HTTNV' },
    { name: 'Phạm Thu Trang', position: 'Chuyên viên', unitName: 'Văn phòng Cục', taskGroup: 'Văn phòng', periodScores: [70, 68, 66, 69.5], yearlyScore: 68.38, selfProposed: 'HTTNV', meetingProposed: 'HTNV', decided: 'HTNV' }
  ];
  const groups = ['Lãnh đạo phòng', 'Chuyên môn di tích', 'Văn phòng'].map((name) => {
    const ratings = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
    rows.filter((r) => r.taskGroup === name).forEach((r) => {
      if (r.decided === 'HTXSNV' || r.decided === 'HTTNV' || r.decided === 'HTNV' || r.decided === 'KHTNV') ratings[r.decided] += 1;
    });
    return { name, ratings };
  });
  const exception = { decidedBy: 'Đặng Thu Hà, Cục trưởng', reason: 'Tập thể có thành tích xuất sắc, nổi trội trong năm', decisionReference: 'Quyết định số 05/QĐ-CDSVH', maxHTXSNV: 1 };
  const check = checkQuota(groups, DEFAULT_SETTINGS.quota, [
    { ...exception, scope: 'Chuyên môn di tích' },
    { ...exception, scope: WHOLE_AGENCY }
  ]);
  return {
    identity: identity({ unitAbbreviation: 'CDSVH' }),
    ruleSetId: 'ND335',
    year: 2026,
    scope: { kind: 'AGENCY', name: CUC },
    periods: [1, 2, 3, 4].map((index) => ({ kind: 'QUARTER' as const, index, year: 2026 })),
    rows,
    quota: check.perScope.map((s) => ({
      agencyName: CUC,
      group: s.scope === WHOLE_AGENCY ? undefined : s.scope,
      base: s.base,
      rate: s.rate,
      allowed: s.maxHTXSNV,
      used: s.countHTXSNV,
      exception: s.exception ? { decidedBy: s.exception.decidedBy, reason: s.exception.reason, reference: s.exception.decisionReference } : undefined
    }))
  };
}

export function sampleRequests(): DocumentRequest[] {
  return [
    { kind: 'phieu-ky', input: phieuKySample() },
    { kind: 'phieu-nam', input: phieuNamNd90Sample() },
    { kind: 'phieu-nam', input: phieuNamNd335Sample() },
    { kind: 'bien-ban', input: bienBanSample() },
    { kind: 'quyet-dinh', input: quyetDinhSample() },
    { kind: 'quyet-dinh', input: { ...quyetDinhSample(), form: 'THONG_BAO', identity: { ...quyetDinhSample().identity, number: undefined, date: undefined } } },
    { kind: 'danh-sach', input: danhSachSample() }
  ];
}
