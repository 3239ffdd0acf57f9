import { clauseForReader, reasonMark, reasonSign } from '../../src/components/common/reasonMark';
import { rateNd335Year, type Nd335YearInput } from '../../src/domain/rating/nd335/annualRating';
import { rateNd90Year } from '../../src/domain/rating/nd90/annualRating';
import type { Nd90YearInput } from '../../src/domain/rating/nd90/nd90Input';
import type { RatingReason } from '../../src/domain/rating/reasons';

// Issue 14: a condition in the person's favour (no discipline, no corruption…) is not marked ✗. The marks
// are read off the engine's own reasons, so a change of the engine's wording shows here.

function nd335(overrides: Partial<Nd335YearInput> = {}): RatingReason[] {
  return rateNd335Year({
    evaluationYear: 2026,
    isLeader: true,
    annualScore: 87.5,
    degradationConcluded: false,
    disciplinedForPublicServiceViolationReprimandOrAbove: false,
    unitInvolvedInCorruptionAndHandled: false,
    ...overrides
  }).reasons;
}

function nd90(overrides: Partial<Nd90YearInput> = {}): RatingReason[] {
  return rateNd90Year({
    evaluationYear: 2024,
    isLeader: false,
    monthsWorked: 12,
    monthsAbsent: 0,
    onMaternityLeave: false,
    maternityMonths: 0,
    degradationConcluded: false,
    disciplinedThisYear: false,
    disciplineForEarlierYearViolation: false,
    disciplineViolationAlreadyUsedForKHTNVInEarlierYear: false,
    performance: {
      criteria: { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good', yThucKyLuat: 'good' },
      tasks: { tasksTotal: 10, tasksCompleted: 10, tasksOnTimeQuality: 10, tasksExceeded: 5, highEfficiency: true }
    },
    ...overrides
  }).reasons;
}

const find = (reasons: RatingReason[], start: string): RatingReason => {
  const found = reasons.find((r) => r.text.indexOf(start) === 0);
  if (!found) throw new Error(`no reason starting "${start}" in ${reasons.map((r) => r.text).join(' | ')}`);
  return found;
};

describe('the sign of a reason on a civil servant’s or leader’s screen', () => {
  it('NĐ 335 KHTNV cases (b, c, d): not disciplined, no degradation, no corruption are ✓, in the person’s favour', () => {
    const reasons = nd335();
    for (const start of ['Không có kết luận về biểu hiện suy thoái', 'Không bị kỷ luật từ khiển trách trở lên', 'Cơ quan, đơn vị trực tiếp quản lý không liên quan']) {
      const r = find(reasons, start);
      expect(r.met).toBe(false); // the engine's own polarity: the KHTNV condition does not hold
      expect(reasonMark(r)).toBe('NOT_APPLICABLE');
      expect(reasonSign(reasonMark(r))).toBe('✓');
    }
  });

  it('NĐ 335 discipline that applies is ✗, though the engine marks the condition met', () => {
    const r = find(nd335({ disciplinedForPublicServiceViolationReprimandOrAbove: true }), 'Bị kỷ luật từ khiển trách trở lên');
    expect(r.met).toBe(true);
    expect(reasonMark(r)).toBe('APPLIES');
    expect(reasonSign(reasonMark(r))).toBe('✗');
  });

  it('a criterion reached stays ✓ (the score’s level), one not reached stays ✗', () => {
    expect(reasonMark(find(nd335(), '87,5 điểm: mức'))).toBe('MET');
    expect(reasonSign('NOT_MET')).toBe('✗');
  });

  it('NĐ 90 Điều 11 and NĐ 90 Điều 2 khoản 5 (added by NĐ 48/2023): not disciplined, no degradation, few failed tasks are ✓', () => {
    const reasons = nd90();
    for (const start of ['Không bị xử lý kỷ luật', 'Không có kết luận của cấp có thẩm quyền', '0/10 nhiệm vụ chưa bảo đảm']) {
      expect(reasonSign(reasonMark(find(reasons, start)))).toBe('✓');
    }
    // The time worked (NĐ 90 Điều 2 khoản 3) is a requirement: met is ✓ as the engine says.
    expect(reasonMark(find(reasons, 'Thời gian công tác thực tế trong năm 12 tháng'))).toBe('MET');
  });

  it('NĐ 90 discipline that applies is ✗; an absence of 3 to under 6 months caps the rating: ✗ (Điều 2 khoản 3, law.md 3.2)', () => {
    expect(reasonSign(reasonMark(find(nd90({ disciplinedThisYear: true }), 'Bị xử lý kỷ luật')))).toBe('✗');
    const capped = find(nd90({ monthsAbsent: 4 }), 'Nghỉ không tham gia công tác');
    expect(capped.met).toBe(true);
    expect(reasonMark(capped)).toBe('APPLIES');
    expect(reasonMark(find(nd90({ monthsAbsent: 1 }), 'Nghỉ không tham gia công tác'))).toBe('NOT_APPLICABLE');
  });

  it('a check the facts leave open is "?", neither for nor against', () => {
    const open = nd90({
      performance: {
        criteria: { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good', yThucKyLuat: 'good' },
        tasks: { tasksTotal: 10, tasksCompleted: 10, tasksOnTimeQuality: 10, tasksExceeded: 5, highEfficiency: undefined }
      }
    }).filter((r) => /\(chưa xác định\)$/.test(r.text));
    expect(open.length).toBeGreaterThan(0);
    open.forEach((r) => expect(reasonSign(reasonMark(r))).toBe('?'));
  });

  it('a leader’s ceiling (Luật CBCC Điều 56 khoản 2): "?" before the unit led is rated; ✗ when it lowers the rating; ✓ when it does not', () => {
    const leader = (unitRating?: 'HTXSNV' | 'HTTNV'): RatingReason[] =>
      nd90({
        isLeader: true,
        performance: {
          criteria: { chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good', yThucKyLuat: 'good', ketQuaLanhDaoDiemA: 'good' },
          tasks: { tasksTotal: 10, tasksCompleted: 10, tasksOnTimeQuality: 10, tasksExceeded: 5, highEfficiency: true },
          leader: {
            unitTargetsTotal: 10,
            unitTargetsCompleted: 10,
            unitTargetsOnTimeQuality: 10,
            unitTargetsExceeded: 5,
            subordinateUnitsTotal: 4,
            subordinateUnitsAtLeastHTNV: 4,
            subordinateUnitsHTTNVorHTXSNV: 3,
            unitInvolvedInCorruptionAndHandled: false,
            unitRating
          }
        }
      });
    expect(reasonSign(reasonMark(find(leader(undefined), 'Chưa có kết quả xếp loại của đơn vị')))).toBe('?');
    expect(reasonSign(reasonMark(find(leader('HTTNV'), 'Đơn vị trực tiếp lãnh đạo xếp loại')))).toBe('✗');
    expect(reasonSign(reasonMark(find(leader('HTXSNV'), 'Đơn vị trực tiếp lãnh đạo xếp loại')))).toBe('✓');
  });

  it('shows the clause without HR’s verification note', () => {
    const level = find(nd335(), '87,5 điểm: mức');
    expect(level.clause).toContain('(điều khoản chưa xác minh)');
    expect(clauseForReader(level.clause)).toBe('NĐ 335/2025, thang điểm xếp loại 90/70/50');
  });
});
