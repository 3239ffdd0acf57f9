import type { RatingLevel, RatingOutcome } from '../rating/ratingCodes';
import type { LeaderTaskScoreFormula, RuleSetId, TaskScoreFormula } from '../rating/ruleSet';
import type { TaskRatioWeights } from '../rating/settings';

/**
 * What each official document prints, already resolved: people by name and position (never a login),
 * units by name, figures as the engine computed them. The service that gathers them (with the acting
 * user's rights) fills these; the builders in this folder only lay them out (official-documents.md).
 * Dates are ISO strings (yyyy-mm-dd, or a full date-time where an hour is printed); an absent date is
 * printed as the form's blanks ("ngày …. tháng …. năm ….") for the signer to write by hand.
 */

/** Thẩm quyền ký (NĐ 30/2020 Phụ lục I, ô 7a): TM., KT., Q., TL., TUQ.; empty when the head signs. */
export type SignerAuthority = '' | 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

/** Who signs, as the signature block prints it. */
export interface DocumentSigner {
  authority?: SignerAuthority;
  /** The collective or head the authority is exercised for, e.g. "CỤC TRƯỞNG" in "KT. CỤC TRƯỞNG". */
  authorityOf?: string;
  /** The signer's own position, e.g. "PHÓ CỤC TRƯỞNG" (printed in capitals). */
  position: string;
  /** Full name, without học hàm or học vị (NĐ 30/2020 Phụ lục I 3.4). */
  name: string;
}

/**
 * The issuing agency and the numbering, from HR's settings. The số is issued by Văn thư when the
 * document is registered (official-documents.md 3.5): never invented; when absent the document prints
 * "Số:      /…" for Văn thư to fill.
 */
export interface DocumentIdentity {
  /** Tên cơ quan chủ quản, e.g. "Bộ Văn hóa, Thể thao và Du lịch" (printed in capitals, not bold). */
  parentAgencyName: string;
  /** Tên cơ quan ban hành, e.g. "Cục Di sản văn hóa" (printed in capitals, bold). */
  issuingUnitName: string;
  /** Địa danh: the province or city of the seat; "Hà Nội" for the ministry. */
  place: string;
  /** Số as Văn thư issued it (a leading zero is added under 10). */
  number?: number;
  /** The issuing unit's abbreviation in the ký hiệu, e.g. "CDSVH" in "QĐ-CDSVH". */
  unitAbbreviation?: string;
  /** Ngày ban hành; absent leaves the date's blanks. */
  date?: string;
  /** The signer (Quyết định, Thông báo); the phiếu and biên bản have their own signers. */
  signer?: DocumentSigner;
}

/** A person as the documents name them. */
export interface DocumentPerson {
  name: string;
  /** Chức vụ, chức danh, e.g. "Chuyên viên", "Trưởng phòng Quản lý di tích". */
  position: string;
  /** Đơn vị công tác, e.g. "Phòng Quản lý di tích, Cục Di sản văn hóa". */
  unitName: string;
}

/** A month or a quarter (kỳ theo dõi, đánh giá). */
export interface PeriodLabel {
  kind: 'MONTH' | 'QUARTER';
  /** 1–12 or 1–4 */
  index: number;
  year: number;
}

/** A score box of Mẫu 01 Section I: a criterion scored whole, or a part of a split one. */
export interface GeneralCriterionRow {
  /** "1", "2" (criteria); the part's own code for a part ("1.1") */
  code: string;
  title: string;
  max: number;
  /** Điểm do cá nhân tự chấm; absent when the act holds only a total (older acts) or nothing yet. */
  self?: number;
  /** Điểm cấp có thẩm quyền đánh giá; absent as above. */
  assessed?: number;
  /** When HR split the criterion: its parts (the leaves carry the scores; the criterion's are their sums). */
  parts?: GeneralCriterionRow[];
}

export interface GeneralCriteriaGroupRow {
  /** "I", "II", "III" */
  code: string;
  title: string;
  max: number;
  criteria: GeneralCriterionRow[];
}

/** Mẫu 01 Section II's figures, as the engine computed them (src/domain/rating/nd335/periodScore.ts). */
export interface PeriodScoreFigures {
  /** Điểm tiêu chí chung, 0–30. */
  generalCriteriaScore?: number;
  /** Điểm tiêu chí kết quả thực hiện nhiệm vụ, 0–70. */
  taskScore?: number;
  /** a, b, c as ratios 0..1 (printed as percentages). */
  ratios?: { quantity: number; quality: number; timeliness: number };
  /** d, đ, e for a leader, ratios 0..1. */
  leaderComponents?: { unitResults: number; leadershipCapacity: number; unitingCapacity: number };
  /** Tổng điểm, 0–100. */
  score?: number;
  level?: RatingLevel;
  /** HR's formula settings, to print how the task score was computed (UNCONFIRMED formulas: settings). */
  taskScoreFormula?: TaskScoreFormula;
  taskRatioWeights?: TaskRatioWeights;
  leaderTaskScoreFormula?: LeaderTaskScoreFormula;
}

/** Mẫu số 01 Phụ lục II NĐ 335/2025: a person's month or quarter. */
export interface PhieuKyInput {
  /** The header's left column (Mẫu 01 prints no số). */
  identity: DocumentIdentity;
  period: PeriodLabel;
  person: DocumentPerson;
  isLeader: boolean;
  /** Section I, as HR's Mẫu 01 settings lay it out (groups → criteria → parts). */
  generalCriteria: GeneralCriteriaGroupRow[];
  /** Totals of Section I: present even when the rows' parts are absent (older acts hold only the total). */
  generalCriteriaSelfTotal?: number;
  generalCriteriaAssessedTotal?: number;
  /**
   * The 5th column "Điểm cấp có thẩm quyền đánh giá": UNCONFIRMED in the national form (luatvietnam shows
   * four columns; official-documents.md 1.1), so a setting. Default (absent): shown.
   */
  showAssessedColumn?: boolean;
  /** Section II: the competent level's figures once reviewed, else the person's own. */
  figures: PeriodScoreFigures;
  /** Whose figures Section II prints: 'assessed' (after the review) or 'self' (not yet reviewed). */
  figuresSource: 'assessed' | 'self';
  /** 4. Ưu điểm; 5. Hạn chế, khuyết điểm (the person's); older acts may hold only `comment`. */
  strengths?: string;
  weaknesses?: string;
  /** The person's free comment of older acts (printed under 4 when there are no strengths). */
  comment?: string;
  /** 6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá (the review's comment). */
  reviewerComment?: string;
  /** When the person submitted (the left column's date line). */
  submittedOn?: string;
  /** The competent level that reviewed (the right column), when reviewed. */
  reviewer?: { name: string; position: string };
  reviewedOn?: string;
}

/** A period's line on the NĐ 335 yearly sheet. */
export interface YearPeriodLine {
  period: PeriodLabel;
  score?: number;
  level?: RatingLevel;
  /** e.g. "Nghỉ phép", "Chưa chấm" */
  note?: string;
}

/** The competent level's part of a yearly sheet (the decision). */
export interface CompetentAssessment {
  comments?: string;
  rating?: RatingOutcome;
  signer?: { name: string; position: string };
  signedOn?: string;
}

/** The fields shared by both yearly sheets. */
interface PhieuNamBase {
  identity: DocumentIdentity;
  year: number;
  person: DocumentPerson;
  isLeader: boolean;
  /** Tự nhận xét: ưu điểm, hạn chế (SelfEvaluationPayload.sections uuDiem, hanChe). */
  strengths?: string;
  weaknesses?: string;
  proposedRating?: RatingLevel;
  selfSignedOn?: string;
  competent?: CompetentAssessment;
}

/**
 * Mẫu số 02 NĐ 90/2020 (as amended by NĐ 48/2023), years up to 2025. `sections` are the
 * self-evaluation's texts keyed as in selfEvaluationForm.ts (chinhTriTuTuong … nangLucTapHop).
 */
export interface PhieuNamNd90Input extends PhieuNamBase {
  ruleSetId: 'ND90_48';
  sections: { [fieldId: string]: string };
  /**
   * Part III, for a deputy head only (official-documents.md 6.3: the head's opinion of their deputy;
   * the Mẫu 02 wording is UNCONFIRMED). Filled only when `isDeputyHead`; otherwise the part says it does not apply.
   */
  isDeputyHead?: boolean;
  deputyOpinion?: { comments?: string; rating?: RatingLevel; signer?: { name: string; position: string }; signedOn?: string };
}

/**
 * The ministry's yearly sheet for NĐ 335/2025 years (no national yearly form was read: built from the
 * brief's design reference, official-documents.md 1.2, and titled as the ministry's sheet).
 */
export interface PhieuNamNd335Input extends PhieuNamBase {
  ruleSetId: 'ND335';
  periods: YearPeriodLine[];
  /** The year's score as the engine rolled it up (rollUpPeriodScores), and its level. */
  yearlyScore?: number;
  yearlyLevel?: RatingLevel;
  /** The self-evaluation's summary and notes (sections tongKetNam, ghiChu). */
  summary?: string;
  notes?: string;
}

export type PhieuNamInput = PhieuNamNd90Input | PhieuNamNd335Input;

/** Votes cast for each level at the meeting. */
export type LevelVotes = Partial<Record<RatingLevel, number>>;

/** Biên bản họp (NĐ 30/2020 Mẫu 1.9 skeleton): a unit's meeting on its people's year. */
export interface BienBanInput {
  identity: DocumentIdentity;
  ruleSetId: RuleSetId;
  year: number;
  /** The unit that met, e.g. "Phòng Quản lý di tích". */
  unitName: string;
  /** Start, ISO date-time (the hour is printed). */
  startedAt: string;
  /** End, ISO date-time; absent leaves the end line's blanks. */
  endedAt?: string;
  place: string;
  present: number;
  total: number;
  chair: { name: string; position: string };
  secretary: { name: string; position: string };
  people: Array<{
    name: string;
    position: string;
    /** The person's own proposal (self-evaluation), when there is one. */
    selfProposed?: RatingLevel;
    comments: string;
    votes?: LevelVotes;
    /** The meeting's proposal. */
    proposedRating: RatingLevel;
  }>;
}

/** One person on the list attached to a decision or notice. */
export interface DecisionListRow {
  name: string;
  position: string;
  unitName: string;
  rating: RatingOutcome;
  /** The yearly score (NĐ 335 years). */
  score?: number;
  note?: string;
}

/**
 * Quyết định (NĐ 30/2020 Mẫu 1.2/1.3) or Thông báo (Mẫu 1.4) of a unit's results, with the list
 * attached on its own page.
 */
export interface QuyetDinhInput {
  /** The number, abbreviation, date and signer come from here (`identity.signer` required to sign). */
  identity: DocumentIdentity;
  form: 'QUYET_DINH' | 'THONG_BAO';
  ruleSetId: RuleSetId;
  year: number;
  /** The unit whose results these are, e.g. "Cục Di sản văn hóa". */
  unitName: string;
  /** Thẩm quyền ban hành, e.g. "Cục trưởng Cục Di sản văn hóa" (printed in capitals, bold). */
  authority: string;
  /** Further căn cứ after the decree(s), e.g. the unit's functions and the ministry's Quy chế (without the final ";"). */
  extraBases?: string[];
  /** "Theo đề nghị của …", e.g. "Trưởng phòng Tổ chức cán bộ"; absent omits the line. */
  proposer?: string;
  /** Nơi nhận lines besides "Như Điều 3" and "Lưu: VT, …". */
  recipients?: string[];
  /** The drafting unit's abbreviation for "Lưu: VT, <…>." */
  archiveUnit?: string;
  people: DecisionListRow[];
}

/** One person on the results list. */
export interface DanhSachRow {
  name: string;
  position: string;
  unitName: string;
  /** Nhóm công chức có nhiệm vụ tương đồng (the HTXS quota's group). */
  taskGroup: string;
  /** The period scores in the order of DanhSachInput.periods (NĐ 335 years). */
  periodScores?: Array<number | undefined>;
  yearlyScore?: number;
  /** Tự đề xuất (self-evaluation), the meeting's proposal, and the decision. */
  selfProposed?: RatingLevel;
  meetingProposed?: RatingLevel;
  decided?: RatingOutcome;
  note?: string;
}

/** One scope of the HTXS quota (a group or the whole agency) as the totals sheet prints it. */
export interface QuotaLine {
  /** The agency (Vụ, Cục) the quota is counted in. */
  agencyName: string;
  /** The group of similar tasks, or undefined for the whole agency. */
  group?: string;
  /** The counted base (số xếp loại HTTNV, or HTTNV trở lên, as HR's setting says). */
  base: number;
  rate: number;
  allowed: number;
  used: number;
  exception?: { decidedBy: string; reason: string; reference?: string };
}

/** Danh sách tổng hợp kết quả (.xlsx) of a unit, a Cục/Vụ or the ministry. */
export interface DanhSachInput {
  identity: DocumentIdentity;
  ruleSetId: RuleSetId;
  year: number;
  scope: { kind: 'UNIT' | 'AGENCY' | 'MINISTRY'; name: string };
  /** The period columns (NĐ 335 years); empty for NĐ 90/48 years. */
  periods: PeriodLabel[];
  rows: DanhSachRow[];
  quota: QuotaLine[];
}

/** The entry point's request (src/services/documents/render/index.ts renderDocument). */
export type DocumentRequest =
  | { kind: 'phieu-ky'; input: PhieuKyInput }
  | { kind: 'phieu-nam'; input: PhieuNamInput }
  | { kind: 'bien-ban'; input: BienBanInput }
  | { kind: 'quyet-dinh'; input: QuyetDinhInput }
  | { kind: 'danh-sach'; input: DanhSachInput };

export type DocumentKind = DocumentRequest['kind'];

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['phieu-ky', 'phieu-nam', 'bien-ban', 'quyet-dinh', 'danh-sach'];

/** What renderDocument returns. */
export interface RenderedDocument {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}
