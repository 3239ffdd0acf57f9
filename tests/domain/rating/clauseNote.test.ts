import * as clauses from '../../../src/domain/rating/clauses';
import { hasVerificationNote, unverifiedClauses, withoutVerificationNote } from '../../../src/domain/rating/clauseNote';
import { gradeJson } from '../../../src/domain/rating/contract/grade';
import { ND335_EXAMPLE } from './fixtures/contractExamples';

// Issue 14: the note "(điều khoản chưa xác minh)" belongs to HR (the settings tab), not to a civil servant's screen.
describe('the verification note of a clause', () => {
  it('is taken off the clause a civil servant reads, leaving the decree and what it is about', () => {
    expect(withoutVerificationNote('NĐ 335/2025, tỷ lệ hoàn thành xuất sắc (điều khoản chưa xác minh)')).toBe('NĐ 335/2025, tỷ lệ hoàn thành xuất sắc');
    expect(withoutVerificationNote('NĐ 335/2025 Điều 21 (theo bản dịch, chưa đối chiếu văn bản gốc)')).toBe('NĐ 335/2025 Điều 21');
    expect(withoutVerificationNote('NĐ 335/2025, ngoại lệ tỷ lệ, điểm b (văn bản chưa đọc đầy đủ)')).toBe('NĐ 335/2025, ngoại lệ tỷ lệ, điểm b');
    expect(withoutVerificationNote('Điểm năm = trung bình cộng điểm của 12 kỳ = 85 điểm (phương pháp tổng hợp chưa xác minh, là thiết lập)')).toBe(
      'Điểm năm = trung bình cộng điểm của 12 kỳ = 85 điểm'
    );
  });

  it('leaves a confirmed clause, and other brackets, as they are', () => {
    expect(withoutVerificationNote(clauses.ND48_QUOTA)).toBe('NĐ 90/2020 Điều 2 khoản 6 (bổ sung bởi NĐ 48/2023); Hướng dẫn 21-HD/BTCTW');
    expect(hasVerificationNote(clauses.ND48_QUOTA)).toBe(false);
    expect(withoutVerificationNote('Thời gian công tác thực tế trong năm 12 tháng (từ 06 tháng trở lên): thực hiện đánh giá, xếp loại')).toBe(
      'Thời gian công tác thực tế trong năm 12 tháng (từ 06 tháng trở lên): thực hiện đánh giá, xếp loại'
    );
  });

  it('lists for HR every clause of NĐ 335 the engine cites without its article checked, and none of NĐ 90/48 (law.md 1.5, 5.1)', () => {
    const list = unverifiedClauses();
    expect(list).toContain(clauses.ND335_QUOTA);
    expect(list).toContain(clauses.ND335_YEARLY);
    expect(list).toContain(clauses.ND335_KHTNV_DISCIPLINE);
    expect(list).toContain(clauses.ND335_QUOTA_EXCEPTION);
    expect(list.filter((c) => c.indexOf('NĐ 90/2020') === 0)).toEqual([]);
    list.forEach((c) => expect(hasVerificationNote(c)).toBe(true));
  });

  it('stays in the grading contract’s output: `npm run grade` is read by people who check the clauses', () => {
    const r = gradeJson(ND335_EXAMPLE);
    if (!r.ok) throw new Error('the example is valid');
    const reasons = (r.output as { reasons: Array<{ clause: string }> }).reasons;
    expect(reasons.some((reason) => hasVerificationNote(reason.clause))).toBe(true);
  });
});
