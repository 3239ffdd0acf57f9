import * as clauses from './clauses';
import { ND335_DEFAULT_PERIOD_KIND } from './nd335Defaults';
import type { RatingOutcome } from './ratingCodes';
import type {
  FormSection,
  LocalizedText,
  Nd335RuleSet,
  Nd9048RuleSet,
  RuleSet,
  RuleSetId,
  StaffKind
} from './ruleSet';

const OUTCOME_LABELS: Readonly<Record<RatingOutcome, LocalizedText>> = {
  HTXSNV: { 'vi-VN': 'Hoàn thành xuất sắc nhiệm vụ', 'en-US': 'Excellent completion of duties' },
  HTTNV: { 'vi-VN': 'Hoàn thành tốt nhiệm vụ', 'en-US': 'Good completion of duties' },
  HTNV: { 'vi-VN': 'Hoàn thành nhiệm vụ', 'en-US': 'Completion of duties' },
  KHTNV: { 'vi-VN': 'Không hoàn thành nhiệm vụ', 'en-US': 'Non-completion of duties' },
  NOT_CLASSIFIED: { 'vi-VN': 'Không xếp loại (vẫn kiểm điểm)', 'en-US': 'Not rated (annual review still due)' },
  NEEDS_DECISION: { 'vi-VN': 'Cần người có thẩm quyền quyết định', 'en-US': "Needs the competent evaluator's decision" }
};

function text(vi: string, en: string): LocalizedText {
  return { 'vi-VN': vi, 'en-US': en };
}

// ND 90 Mẫu số 02; the field list is UNCONFIRMED (law.md 4: reconstructed from the form pattern).
const ND90_FORM_02_SECTIONS: readonly FormSection[] = [
  {
    id: 'I',
    title: text('I. Kết quả tự đánh giá', 'I. Self-evaluation'),
    confirmation: 'UNCONFIRMED',
    items: [
      { id: 'chinhTriTuTuong', label: text('Chính trị tư tưởng', 'Political ideology') },
      { id: 'daoDucLoiSong', label: text('Đạo đức, lối sống', 'Ethics and lifestyle') },
      { id: 'tacPhongLeLoi', label: text('Tác phong, lề lối làm việc', 'Working style') },
      { id: 'yThucKyLuat', label: text('Ý thức tổ chức kỷ luật', 'Sense of discipline') },
      {
        id: 'ketQuaNhiemVu',
        label: text('Kết quả thực hiện chức trách, nhiệm vụ được giao', 'Results of assigned duties')
      },
      {
        id: 'thaiDoPhucVu',
        label: text('Thái độ phục vụ nhân dân, doanh nghiệp', 'Attitude in serving citizens and businesses')
      },
      {
        id: 'ketQuaDonVi',
        label: text('Kết quả hoạt động của cơ quan, đơn vị được giao lãnh đạo', 'Results of the unit led'),
        leaderOnly: true
      },
      { id: 'nangLucLanhDao', label: text('Năng lực lãnh đạo, quản lý', 'Leadership and management capacity'), leaderOnly: true },
      { id: 'nangLucTapHop', label: text('Năng lực tập hợp, đoàn kết', 'Capacity to unite people'), leaderOnly: true }
    ]
  },
  {
    id: 'II',
    title: text('II. Tự nhận xét, xếp loại chất lượng', 'II. Self-assessment and self-proposed rating'),
    confirmation: 'UNCONFIRMED',
    items: [
      { id: 'uuDiem', label: text('Ưu điểm', 'Strengths') },
      { id: 'hanChe', label: text('Hạn chế', 'Weaknesses') },
      { id: 'tuNhanMuc', label: text('Tự nhận mức xếp loại', 'Self-proposed rating') }
    ]
  },
  {
    id: 'III',
    title: text(
      'III. Nhận xét, đánh giá của người quản lý trực tiếp',
      "III. Direct manager's comments and evaluation"
    ),
    confirmation: 'UNCONFIRMED',
    items: [{ id: 'nhanXetQuanLy', label: text('Nhận xét, đánh giá', 'Comments and evaluation') }]
  },
  {
    id: 'IV',
    title: text(
      'IV. Kết quả đánh giá, xếp loại chất lượng (phần dành cho cấp có thẩm quyền)',
      'IV. Evaluation and classification result (for the competent evaluator)'
    ),
    confirmation: 'UNCONFIRMED',
    items: [
      { id: 'nhanXetCoThamQuyen', label: text('Nhận xét ưu, khuyết điểm', 'Strengths and weaknesses') },
      { id: 'mucXepLoai', label: text('Mức xếp loại chất lượng', 'Rating') }
    ]
  }
];

const ND335_PERIOD_SECTIONS: readonly FormSection[] = [
  {
    id: 'GENERAL',
    title: text('Tiêu chí chung (tối đa 30 điểm)', 'General criteria (up to 30 points)'),
    confirmation: 'CONFIRMED',
    items: [
      {
        id: 'phamChatDaoDuc',
        label: text(
          'Phẩm chất chính trị, đạo đức, văn hóa thực thi công vụ, ý thức kỷ luật',
          'Political qualities, ethics, public-service culture, discipline'
        )
      },
      {
        id: 'trachNhiemPhucVu',
        label: text(
          'Tinh thần trách nhiệm, thái độ phục vụ nhân dân, doanh nghiệp',
          'Responsibility, attitude in serving citizens and businesses'
        )
      },
      {
        id: 'doiMoiSangTao',
        label: text('Năng lực đổi mới sáng tạo, dám nghĩ dám làm', 'Innovation, daring to think and act')
      }
    ]
  },
  {
    id: 'TASKS',
    title: text('Kết quả thực hiện nhiệm vụ (tối đa 70 điểm)', 'Task results (up to 70 points)'),
    confirmation: 'CONFIRMED',
    items: [
      { id: 'soLuong', label: text('Số lượng', 'Quantity') },
      { id: 'chatLuong', label: text('Chất lượng', 'Quality') },
      { id: 'tienDo', label: text('Tiến độ', 'Timeliness') },
      { id: 'ketQuaDonVi', label: text('Kết quả của cơ quan, đơn vị được giao lãnh đạo', 'Results of the unit led'), leaderOnly: true },
      { id: 'nangLucLanhDao', label: text('Năng lực lãnh đạo, tổ chức thực hiện', 'Capacity to lead and organise'), leaderOnly: true },
      { id: 'nangLucTapHop', label: text('Năng lực tập hợp, đoàn kết', 'Capacity to unite people'), leaderOnly: true }
    ]
  }
];

const ND335_YEAR_SECTIONS: readonly FormSection[] = [
  {
    id: 'PERIODS',
    title: text('Điểm theo dõi, đánh giá các kỳ trong năm', 'Tracking scores of the periods of the year'),
    confirmation: 'PARAPHRASE_CONFIRMED',
    items: [{ id: 'diemTrungBinh', label: text('Điểm trung bình', 'Average score') }]
  },
  ...ND90_FORM_02_SECTIONS.slice(1)
];

export const ND335_RULE_SET: Nd335RuleSet = {
  id: 'ND335',
  version: '1.0.0',
  title: text(
    'Nghị định 335/2025/NĐ-CP: theo dõi, đánh giá theo thang điểm 100',
    'Decree 335/2025: tracking and evaluation on a 100-point scale'
  ),
  legalBasis: [
    {
      name: 'Nghị định 335/2025/NĐ-CP',
      title: text(
        'Quy định về đánh giá, xếp loại chất lượng đối với cơ quan hành chính nhà nước và công chức',
        'Evaluation and classification of state administrative bodies and civil servants'
      ),
      issuedOn: '2025-12-21',
      effectiveFrom: '2026-01-01',
      sourceUrls: [
        'https://nhansu.vn/van-ban-phap-luat/Nghi-dinh-335-2025-ND-CP%E2%80%8B-danh-gia-xep-loai-chat-luong-doi-voi-co-quan-hanh-chinh-nha-nuoc-686369.html',
        'https://cafef.vn/cong-chuc-khong-hoan-thanh-nhiem-vu-trong-truong-hop-nao-188251228100335529.chn',
        'https://news.laodong.vn/thoi-su/quy-dinh-moi-ve-danh-gia-xep-loai-chat-luong-cong-chuc-tu-112026-1631174.ldo',
        'https://vnexpress.net/cong-chuc-duoc-danh-gia-theo-thang-diem-100-4998413.html',
        'https://nld.com.vn/cong-thuc-tinh-diem-danh-gia-xep-loai-cong-chuc-theo-thang-diem-100-196251226083837329.htm'
      ]
    }
  ],
  appliesTo: [{ staffKind: 'CONG_CHUC', fromYear: 2026 }],
  outcomeLabels: OUTCOME_LABELS,
  quota: {
    clause: clauses.ND335_QUOTA,
    defaultRate: 0.2,
    defaultBase: 'HTTNV',
    text:
      'Tỷ lệ công chức xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số công chức được xếp loại ' +
      '"Hoàn thành tốt nhiệm vụ" trong cùng cơ quan, tổ chức, đơn vị và trong từng nhóm công chức có nhiệm vụ tương đồng'
  },
  forms: [
    { id: 'ND335_PERIOD', title: text('Phiếu theo dõi, đánh giá kỳ', 'Period tracking form'), sections: ND335_PERIOD_SECTIONS },
    { id: 'ND335_YEAR', title: text('Phiếu đánh giá, xếp loại chất lượng năm', 'Yearly evaluation form'), sections: ND335_YEAR_SECTIONS }
  ],
  scoring: {
    generalCriteriaMax: 30, // CONFIRMED (law.md 5.1)
    taskResultsMax: 70, // CONFIRMED
    majorErrorDeduction: 0.25, // CONFIRMED
    delayDeduction: 0.25, // CONFIRMED
    levelThresholds: [
      // CONFIRMED (cafef, laodong): not a setting; a change is a new rule set version.
      { level: 'HTXSNV', minScore: 90 },
      { level: 'HTTNV', minScore: 70 },
      { level: 'HTNV', minScore: 50 }
    ],
    periodKinds: ['MONTH', 'QUARTER'],
    defaultPeriodKind: ND335_DEFAULT_PERIOD_KIND,
    // UNCONFIRMED (law.md 5.1): the published image was not captured; open-source readings use (a+b+c)/3 × 70.
    defaultTaskScoreFormula: 'AVERAGE_OF_RATIOS_TIMES_70',
    // UNCONFIRMED (law.md 5.1): (a+b+c+d+đ+e)/6.
    defaultLeaderTaskScoreFormula: 'AVERAGE_OF_SIX_COMPONENTS_TIMES_70',
    // PARAPHRASE-CONFIRMED average; simple vs weighted and skipping leave UNCONFIRMED (law.md 5.1).
    defaultYearlyRollUp: 'AVERAGE_OF_PERIODS_WORKED',
    leaderComponents: [
      { key: 'unitResults', symbol: 'd', label: text('Kết quả của cơ quan, đơn vị được giao lãnh đạo', 'Results of the unit led') },
      { key: 'leadershipCapacity', symbol: 'đ', label: text('Năng lực lãnh đạo, tổ chức thực hiện', 'Capacity to lead and organise') },
      { key: 'unitingCapacity', symbol: 'e', label: text('Năng lực tập hợp, đoàn kết', 'Capacity to unite people') }
    ],
    unconfirmed: ['taskScoreFormula', 'leaderTaskScoreFormula', 'leaderComponents', 'yearlyRollUp', 'article numbers']
  }
};

export const ND90_48_RULE_SET: Nd9048RuleSet = {
  id: 'ND90_48',
  version: '1.0.0',
  title: text(
    'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP',
    'Decree 90/2020 as amended by Decree 48/2023'
  ),
  legalBasis: [
    {
      name: 'Nghị định 90/2020/NĐ-CP',
      title: text(
        'Về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức',
        'Evaluation and classification of officials, civil servants and public employees'
      ),
      effectiveFrom: '2020-08-20',
      sourceUrls: [
        'https://tronbokienthuc.com/danh-gia-can-bo-cong-chuc-theo-quy-1644125562/',
        'https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/criteria-for-grading-the-quality-of-civil-servants-in-vietnam-2023-111508.html',
        'https://thuvienphapluat.vn/hoi-dap-phap-luat/4FE39-hd-co-tien-hanh-danh-gia-xep-loai-chat-luong-doi-voi-can-bo-cong-chuc-vua-moi-trung-tuyen-hay-khong.html'
      ]
    },
    {
      name: 'Nghị định 48/2023/NĐ-CP',
      title: text('Sửa đổi, bổ sung Nghị định 90/2020/NĐ-CP', 'Amending Decree 90/2020'),
      issuedOn: '2023-07-17',
      effectiveFrom: '2023-09-15',
      sourceUrls: [
        'https://xaydungchinhsach.chinhphu.vn/print/quy-dinh-moi-ve-danh-gia-xep-loai-can-bo-cong-chuc-vien-chuc-bi-ky-luat-dang-119230719113829004.htm',
        'https://bqlkkt.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/444071382675204752/1694080181043'
      ]
    }
  ],
  appliesTo: [
    { staffKind: 'CONG_CHUC', fromYear: 2020, toYear: 2025 },
    // law.md 0: viên chức stay under ND 90/48 until a replacement is confirmed.
    { staffKind: 'VIEN_CHUC', fromYear: 2020 }
  ],
  outcomeLabels: OUTCOME_LABELS,
  quota: {
    clause: clauses.ND48_QUOTA,
    defaultRate: 0.2,
    defaultBase: 'HTTNV',
    text:
      'Tỷ lệ xếp loại "Hoàn thành xuất sắc nhiệm vụ" không quá tỷ lệ đảng viên được xếp loại "Hoàn thành xuất sắc nhiệm vụ" ' +
      'theo quy định của Đảng (không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ")'
  },
  forms: [{ id: 'ND90_MAU_02', title: text('Mẫu số 02: Phiếu đánh giá, xếp loại chất lượng công chức', 'Form 02'), sections: ND90_FORM_02_SECTIONS }],
  thresholds: {
    // law.md 2.2 and 3: numbers PARAPHRASE-CONFIRMED (parallel articles); special cases CONFIRMED.
    minMonthsWorked: 6,
    absenceCapFromMonths: 3,
    absenceCapBelowMonths: 6,
    absenceCapLevel: 'HTNV',
    htxsMinExceededPercent: 50,
    htnvMaxFailingPercent: 20,
    khtnvFailingAbovePercent: 50,
    leaderHtxsUnitMinExceededPercent: 50,
    leaderHttnvUnitMinOnTimeQualityPercent: 80,
    leaderHtnvUnitCompletedAbovePercent: 70,
    leaderKhtnvUnitCompletedBelowPercent: 50,
    leaderSubordinatesMinGoodPercent: 70,
    leaderHtnvSubordinatesMinPercent: 70
  }
};

export const RULE_SETS: readonly RuleSet[] = [ND90_48_RULE_SET, ND335_RULE_SET];

export const STAFF_KIND_LABELS: Readonly<Record<StaffKind, LocalizedText>> = {
  CONG_CHUC: text('công chức', 'civil servant'),
  VIEN_CHUC: text('viên chức', 'public employee')
};

export type RuleSetSelection =
  | { ok: true; ruleSet: RuleSet }
  | { ok: false; error: LocalizedText };

function applies(ruleSet: RuleSet, evaluationYear: number, staffKind: StaffKind): boolean {
  return ruleSet.appliesTo.some(
    (a) =>
      a.staffKind === staffKind &&
      evaluationYear >= a.fromYear &&
      (a.toYear === undefined || evaluationYear <= a.toYear)
  );
}

function describeApplicability(ruleSet: RuleSet): string {
  return ruleSet.appliesTo
    .map((a) => `${STAFF_KIND_LABELS[a.staffKind]['en-US']}s ${a.toYear === undefined ? `from ${a.fromYear}` : `${a.fromYear}-${a.toYear}`}`)
    .join(', ');
}

/**
 * The rule set for a year and staff kind: ND90_48 for years up to 2025 (and viên chức until replaced),
 * ND335 for công chức from 2026. When several versions apply, the last one listed wins.
 * With `requested`, checks that the requested rule set applies.
 */
export function selectRuleSet(
  evaluationYear: number,
  staffKind: StaffKind,
  requested?: RuleSetId,
  ruleSets: readonly RuleSet[] = RULE_SETS
): RuleSetSelection {
  const candidates = ruleSets.filter((r) => requested === undefined || r.id === requested);
  const matching = candidates.filter((r) => applies(r, evaluationYear, staffKind));
  if (matching.length > 0) {
    return { ok: true, ruleSet: matching[matching.length - 1] };
  }
  const who = STAFF_KIND_LABELS[staffKind];
  if (requested !== undefined && candidates.length > 0) {
    return {
      ok: false,
      error: text(
        `${requested} không áp dụng cho ${who['vi-VN']} năm đánh giá ${evaluationYear}`,
        `${requested} does not apply to ${who['en-US']}s in evaluation year ${evaluationYear} (it applies to: ${describeApplicability(candidates[candidates.length - 1])})`
      )
    };
  }
  return {
    ok: false,
    error: text(
      `Không có bộ quy tắc nào áp dụng cho ${who['vi-VN']} năm đánh giá ${evaluationYear}`,
      `no rule set applies to ${who['en-US']}s in evaluation year ${evaluationYear}`
    )
  };
}
