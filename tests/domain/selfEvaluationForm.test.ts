import type { SelfEvaluationPayload } from '../../src/domain/evaluation/actPayloads';
import {
  draftProblems,
  emptySelfEvaluation,
  selfEvaluationFormFor,
  validateComplaint,
  validateSelfEvaluation
} from '../../src/domain/evaluation/selfEvaluationForm';

// The yearly self-evaluation form (law.md 4: Mẫu số 02, field list UNCONFIRMED; NĐ 335's yearly form
// not read, so a free-text summary) and what stands in the way of submitting it.

const fields = (ruleSet: 'ND335' | 'ND90_48', isLeader: boolean): string[] =>
  selfEvaluationFormFor(ruleSet, isLeader).parts.reduce<string[]>((all, p) => all.concat(p.fields.map((f) => f.id)), []);

function filledNd90(isLeader = false): SelfEvaluationPayload {
  const payload = emptySelfEvaluation('ND90_48', isLeader);
  fields('ND90_48', isLeader).forEach((id) => (payload.sections[id] = `Nội dung ${id}`));
  payload.criteria = { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'meets', yThucKyLuat: 'good', ...(isLeader ? { ketQuaLanhDaoDiemA: 'good' } : {}) };
  payload.tasks = { tasksTotal: 10, tasksCompleted: 10, tasksOnTimeQuality: 9, tasksExceeded: 3 };
  if (payload.leader) payload.leader = { ...payload.leader, unitTargetsTotal: 12, unitTargetsCompleted: 12, unitTargetsOnTimeQuality: 11, unitTargetsExceeded: 4, subordinateUnitsTotal: 3, subordinateUnitsAtLeastHTNV: 3, subordinateUnitsHTTNVorHTXSNV: 2 };
  return { ...payload, submitted: true };
}

describe('the self-evaluation form of each rule set', () => {
  it('Mẫu 02 asks a specialist items 1–6 of part I and strengths and weaknesses; a leader also items 7–9 and criterion 5a (NĐ 90/2020 Điều 3, 8–11)', () => {
    expect(fields('ND90_48', false)).toEqual(['chinhTriTuTuong', 'daoDucLoiSong', 'tacPhongLeLoi', 'yThucKyLuat', 'ketQuaNhiemVu', 'thaiDoPhucVu', 'uuDiem', 'hanChe']);
    expect(fields('ND90_48', true)).toEqual(expect.arrayContaining(['ketQuaDonVi', 'nangLucLanhDao', 'nangLucTapHop']));
    expect(selfEvaluationFormFor('ND90_48', true).criteria).toContain('ketQuaLanhDaoDiemA');
    expect(selfEvaluationFormFor('ND90_48', false).criteria).not.toContain('ketQuaLanhDaoDiemA');
  });

  it('NĐ 335 asks a free-text summary of the year, no NĐ 90 criteria and no task counts (its scores come from the months)', () => {
    const form = selfEvaluationFormFor('ND335', false);
    expect(fields('ND335', false)).toEqual(['tongKetNam', 'ghiChu', 'uuDiem', 'hanChe']);
    expect(form.criteria).toEqual([]);
    expect(form.taskCounts).toBe(false);
  });

  it('a complete Mẫu 02 has nothing in the way; the public-facing item 6 may stay empty', () => {
    const payload = filledNd90();
    payload.sections.thaiDoPhucVu = '';
    expect(validateSelfEvaluation(payload, false)).toEqual([]);
    expect(validateSelfEvaluation(filledNd90(true), true)).toEqual([]);
  });

  it('names each missing text and each criterion not chosen', () => {
    const payload = filledNd90();
    payload.sections.uuDiem = '   ';
    payload.criteria = { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good' };
    expect(validateSelfEvaluation(payload, false)).toEqual([
      { field: 'sections.uuDiem', code: 'REQUIRED' },
      { field: 'criteria.yThucKyLuat', code: 'NONE_CHOSEN' }
    ]);
  });

  it('task counts add up: at least one task, on time and exceeded within the completed, the completed within the total', () => {
    const payload = filledNd90();
    payload.tasks = { tasksTotal: 10, tasksCompleted: 11, tasksOnTimeQuality: 9, tasksExceeded: 3 };
    expect(validateSelfEvaluation(payload, false)).toEqual([{ field: 'tasks.tasksCompleted', code: 'AT_MOST', params: [10] }]);
    payload.tasks = { tasksTotal: 0, tasksCompleted: 0, tasksOnTimeQuality: 0, tasksExceeded: 0 };
    expect(validateSelfEvaluation(payload, false)).toEqual([{ field: 'tasks.tasksTotal', code: 'OUT_OF_RANGE', params: [1, 100000] }]);
    payload.tasks = { tasksTotal: 10, tasksCompleted: 8, tasksOnTimeQuality: 9, tasksExceeded: 2.5 };
    expect(validateSelfEvaluation(payload, false)).toEqual([{ field: 'tasks.tasksExceeded', code: 'NOT_WHOLE' }]);
  });

  it('a year has twelve months: months worked, leave and maternity leave together fit in it', () => {
    const payload = filledNd90();
    payload.circumstances = { monthsWorked: 8, monthsAbsent: 4, maternityMonths: 1, disciplinedThisYear: false };
    expect(validateSelfEvaluation(payload, false)).toEqual([{ field: 'circumstances.monthsAbsent', code: 'AT_MOST', params: [3] }]);
    payload.circumstances = { monthsWorked: 13, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: false };
    expect(validateSelfEvaluation(payload, false)).toEqual([{ field: 'circumstances.monthsWorked', code: 'OUT_OF_RANGE', params: [0, 12] }]);
  });

  it('a draft may be incomplete; only a text over 4,000 characters refuses it', () => {
    const payload = emptySelfEvaluation('ND335', false);
    expect(draftProblems(payload, false)).toEqual([]);
    payload.sections.tongKetNam = 'x'.repeat(4001);
    expect(draftProblems(payload, false)).toEqual([{ field: 'sections.tongKetNam', code: 'TOO_LONG', params: [4000] }]);
  });

  it('a complaint needs its text, at most 4,000 characters (law.md 1.3 step 6)', () => {
    expect(validateComplaint(' ')).toEqual([{ field: 'text', code: 'REQUIRED' }]);
    expect(validateComplaint('x'.repeat(4001))).toEqual([{ field: 'text', code: 'TOO_LONG', params: [4000] }]);
    expect(validateComplaint('Đề nghị xem xét lại.')).toEqual([]);
  });
});
