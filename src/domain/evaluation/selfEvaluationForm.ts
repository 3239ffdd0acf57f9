import type { Nd90Criteria } from '../rating/nd90/nd90Input';
import { isRatingLevel } from '../rating/ratingCodes';
import type { LocalizedText, RuleSetId } from '../rating/ruleSet';
import type { SelfEvaluationPayload } from './actPayloads';
import { checkNumber, checkText, type FieldProblem } from './validation';

/**
 * The yearly self-evaluation form of each rule set: its parts and text fields (the keys of
 * SelfEvaluationPayload.sections), and the facts the engine rates from. The field list of Mẫu số 02 is
 * UNCONFIRMED (law.md 4: reconstructed from the form's pattern); NĐ 335/2025's yearly form was not read
 * at all, so its year is a plain free-text summary beside the period scores (law.md 5.1, 7).
 */
export interface SelfEvaluationField {
  /** Key in SelfEvaluationPayload.sections. */
  id: string;
  label: LocalizedText;
  required: boolean;
  maxLength: number;
}

export interface SelfEvaluationPart {
  /** "I", "II" (Mẫu 02), or "SUMMARY"; an older self-evaluation may hold a whole part's text under this id. */
  id: string;
  title: LocalizedText;
  fields: readonly SelfEvaluationField[];
}

export interface SelfEvaluationForm {
  ruleSetId: RuleSetId;
  title: LocalizedText;
  parts: readonly SelfEvaluationPart[];
  /** NĐ 90/2020 Điều 3 criteria rated good / meets / fails (ND90_48 only; NĐ 335 scores them monthly). */
  criteria: ReadonlyArray<keyof Nd90Criteria>;
  /** The year's task counts (and for leaders the unit's) that NĐ 90 Điều 8–11 rate from. */
  taskCounts: boolean;
}

/** Each text within what a reader takes in at once; the whole payload stays far below a Note column's 63,999 characters. */
export const SECTION_MAX_LENGTH = 4000;

const text = (vi: string, en: string): LocalizedText => ({ 'vi-VN': vi, 'en-US': en });
const field = (id: string, label: LocalizedText, required = true): SelfEvaluationField => ({ id, label, required, maxLength: SECTION_MAX_LENGTH });

const SELF_ASSESSMENT_PART: SelfEvaluationPart = {
  id: 'II',
  title: text('II. Tự nhận xét, xếp loại chất lượng', 'II. Self-assessment and proposed rating'),
  fields: [field('uuDiem', text('Ưu điểm', 'Strengths')), field('hanChe', text('Hạn chế, khuyết điểm', 'Weaknesses'))]
};

function nd90Form(isLeader: boolean): SelfEvaluationForm {
  const results: SelfEvaluationField[] = [
    field('chinhTriTuTuong', text('1. Chính trị tư tưởng', '1. Political ideology')),
    field('daoDucLoiSong', text('2. Đạo đức, lối sống', '2. Ethics and lifestyle')),
    field('tacPhongLeLoi', text('3. Tác phong, lề lối làm việc', '3. Working style')),
    field('yThucKyLuat', text('4. Ý thức tổ chức kỷ luật', '4. Sense of discipline')),
    field('ketQuaNhiemVu', text('5. Kết quả thực hiện chức trách, nhiệm vụ được giao', '5. Results of the assigned duties')),
    // Only for posts that deal directly with citizens and businesses (Luật CBCC Điều 56): optional.
    field('thaiDoPhucVu', text('6. Thái độ phục vụ nhân dân, doanh nghiệp (vị trí tiếp xúc trực tiếp)', '6. Attitude in serving citizens and businesses (public-facing posts)'), false)
  ];
  if (isLeader) {
    results.push(
      field('ketQuaDonVi', text('7. Kết quả hoạt động của cơ quan, đơn vị được giao lãnh đạo', '7. Results of the unit led')),
      field('nangLucLanhDao', text('8. Năng lực lãnh đạo, quản lý', '8. Leadership and management capacity')),
      field('nangLucTapHop', text('9. Năng lực tập hợp, đoàn kết', '9. Capacity to unite people'))
    );
  }
  return {
    ruleSetId: 'ND90_48',
    title: text('Mẫu số 02: Phiếu đánh giá, xếp loại chất lượng công chức', 'Form 02: evaluation and classification of a civil servant'),
    parts: [{ id: 'I', title: text('I. Kết quả tự đánh giá', 'I. Self-evaluation'), fields: results }, SELF_ASSESSMENT_PART],
    criteria: isLeader
      ? ['chinhTriTuTuong', 'daoDucLoiSong', 'tacPhongLeLoi', 'yThucKyLuat', 'ketQuaLanhDaoDiemA']
      : ['chinhTriTuTuong', 'daoDucLoiSong', 'tacPhongLeLoi', 'yThucKyLuat'],
    taskCounts: true
  };
}

function nd335Form(): SelfEvaluationForm {
  return {
    ruleSetId: 'ND335',
    title: text('Phiếu đánh giá, xếp loại chất lượng công chức năm', 'Yearly evaluation and classification form'),
    parts: [
      {
        id: 'SUMMARY',
        title: text('I. Tự đánh giá kết quả năm', "I. Self-evaluation of the year"),
        fields: [
          // UNCONFIRMED (law.md 5.1, 7): the official yearly form of NĐ 335 was not read; free text, not fields we invent.
          field('tongKetNam', text('Tóm tắt kết quả thực hiện nhiệm vụ trong năm', "Summary of the year's work")),
          field('ghiChu', text('Nghỉ phép, điều động, trường hợp đặc biệt (nếu có)', 'Leave, transfer, special circumstances (if any)'), false)
        ]
      },
      SELF_ASSESSMENT_PART
    ],
    criteria: [],
    taskCounts: false
  };
}

/** The year's self-evaluation form for a rule set; leaders answer more of Mẫu 02. */
export function selfEvaluationFormFor(ruleSetId: RuleSetId, isLeader: boolean): SelfEvaluationForm {
  return ruleSetId === 'ND335' ? nd335Form() : nd90Form(isLeader);
}

/** A form the person can start from: the rule set's fields empty, a whole ordinary year, counts at zero. */
export function emptySelfEvaluation(ruleSetId: RuleSetId, isLeader: boolean): SelfEvaluationPayload {
  const form = selfEvaluationFormFor(ruleSetId, isLeader);
  const sections: { [id: string]: string } = {};
  form.parts.forEach((p) => p.fields.forEach((f) => (sections[f.id] = '')));
  const payload: SelfEvaluationPayload = {
    ruleSetId,
    sections,
    proposedRating: 'HTTNV',
    submitted: false,
    circumstances: { monthsWorked: 12, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: false }
  };
  if (form.taskCounts) {
    payload.criteria = {};
    payload.tasks = { tasksTotal: 0, tasksCompleted: 0, tasksOnTimeQuality: 0, tasksExceeded: 0 };
    if (isLeader) {
      payload.leader = {
        unitTargetsTotal: 0,
        unitTargetsCompleted: 0,
        unitTargetsOnTimeQuality: 0,
        unitTargetsExceeded: 0,
        subordinateUnitsTotal: 0,
        subordinateUnitsAtLeastHTNV: 0,
        subordinateUnitsHTTNVorHTXSNV: 0,
        unitInvolvedInCorruptionAndHandled: false
      };
    }
  }
  return payload;
}

const MAX_COUNT = 100000;

/** `part` ≤ `whole`, reported on the part. */
function atMost(fieldName: string, part: number, whole: number): FieldProblem[] {
  return part > whole ? [{ field: fieldName, code: 'AT_MOST', params: [whole] }] : [];
}

function count(fieldName: string, value: number | undefined, min = 0): FieldProblem[] {
  return checkNumber(fieldName, value, { min, max: MAX_COUNT, whole: true });
}

/**
 * What stands in the way of submitting the self-evaluation, field by field. A draft may be saved with
 * empty fields; only `TOO_LONG` refuses a draft (see draftProblems).
 */
export function validateSelfEvaluation(payload: SelfEvaluationPayload, isLeader: boolean): FieldProblem[] {
  const ruleSetId: RuleSetId = payload.ruleSetId === 'ND335' ? 'ND335' : 'ND90_48';
  const form = selfEvaluationFormFor(ruleSetId, isLeader);
  const problems: FieldProblem[] = [];
  form.parts.forEach((part) =>
    part.fields.forEach((f) => problems.push(...checkText(`sections.${f.id}`, payload.sections[f.id], { required: f.required, max: f.maxLength })))
  );
  if (!isRatingLevel(payload.proposedRating)) problems.push({ field: 'proposedRating', code: 'REQUIRED' });
  const criteria = payload.criteria ?? {};
  form.criteria.forEach((key) => {
    if (!criteria[key]) problems.push({ field: `criteria.${key}`, code: 'NONE_CHOSEN' });
  });
  if (form.taskCounts) {
    const t = payload.tasks;
    if (!t) {
      problems.push({ field: 'tasks.tasksTotal', code: 'REQUIRED' });
    } else {
      const own = [
        count('tasks.tasksTotal', t.tasksTotal, 1),
        count('tasks.tasksCompleted', t.tasksCompleted),
        count('tasks.tasksOnTimeQuality', t.tasksOnTimeQuality),
        count('tasks.tasksExceeded', t.tasksExceeded)
      ];
      own.forEach((p) => problems.push(...p));
      if (own.every((p) => p.length === 0)) {
        problems.push(
          ...atMost('tasks.tasksCompleted', t.tasksCompleted, t.tasksTotal),
          ...atMost('tasks.tasksOnTimeQuality', t.tasksOnTimeQuality, t.tasksCompleted),
          ...atMost('tasks.tasksExceeded', t.tasksExceeded, t.tasksCompleted)
        );
      }
    }
    if (isLeader) {
      const l = payload.leader;
      if (!l) {
        problems.push({ field: 'leader.unitTargetsTotal', code: 'REQUIRED' });
      } else {
        const unit = [
          count('leader.unitTargetsTotal', l.unitTargetsTotal),
          count('leader.unitTargetsCompleted', l.unitTargetsCompleted),
          count('leader.unitTargetsOnTimeQuality', l.unitTargetsOnTimeQuality),
          count('leader.unitTargetsExceeded', l.unitTargetsExceeded),
          count('leader.subordinateUnitsTotal', l.subordinateUnitsTotal),
          count('leader.subordinateUnitsAtLeastHTNV', l.subordinateUnitsAtLeastHTNV),
          count('leader.subordinateUnitsHTTNVorHTXSNV', l.subordinateUnitsHTTNVorHTXSNV)
        ];
        unit.forEach((p) => problems.push(...p));
        if (unit.every((p) => p.length === 0)) {
          problems.push(
            ...atMost('leader.unitTargetsCompleted', l.unitTargetsCompleted, l.unitTargetsTotal),
            ...atMost('leader.unitTargetsOnTimeQuality', l.unitTargetsOnTimeQuality, l.unitTargetsCompleted),
            ...atMost('leader.unitTargetsExceeded', l.unitTargetsExceeded, l.unitTargetsCompleted),
            ...atMost('leader.subordinateUnitsAtLeastHTNV', l.subordinateUnitsAtLeastHTNV, l.subordinateUnitsTotal),
            ...atMost('leader.subordinateUnitsHTTNVorHTXSNV', l.subordinateUnitsHTTNVorHTXSNV, l.subordinateUnitsAtLeastHTNV)
          );
        }
      }
    }
  }
  const c = payload.circumstances;
  if (c) {
    const months = [
      checkNumber('circumstances.monthsWorked', c.monthsWorked, { min: 0, max: 12 }),
      checkNumber('circumstances.monthsAbsent', c.monthsAbsent, { min: 0, max: 12 }),
      checkNumber('circumstances.maternityMonths', c.maternityMonths, { min: 0, max: 12 })
    ];
    months.forEach((p) => problems.push(...p));
    // A year has twelve months: what is left after the months worked holds the leave.
    if (months.every((p) => p.length === 0)) {
      problems.push(...atMost('circumstances.monthsAbsent', c.monthsAbsent + c.maternityMonths, 12 - c.monthsWorked).map((p) => ({ ...p, params: [Math.max(0, 12 - c.monthsWorked - c.maternityMonths)] })));
    }
    if (c.monthsAtPreviousAgency !== undefined) {
      problems.push(...checkNumber('circumstances.monthsAtPreviousAgency', c.monthsAtPreviousAgency, { min: 0, max: 12 }));
    }
  }
  return problems;
}

/** What refuses even a draft: a text longer than its field allows (the draft is kept in the browser meanwhile). */
export function draftProblems(payload: SelfEvaluationPayload, isLeader: boolean): FieldProblem[] {
  return validateSelfEvaluation(payload, isLeader).filter((p) => p.code === 'TOO_LONG');
}

/** A complaint's text (law.md 1.3 step 6), like a section of the form: what a reader takes in at once. */
export const COMPLAINT_MAX_LENGTH = 4000;

export function validateComplaint(text: string): FieldProblem[] {
  return checkText('text', text, { required: true, max: COMPLAINT_MAX_LENGTH });
}
