/**
 * A reason is one clause the engine checked, met or not, in the words a leader reads
 * (Vietnamese, with the clause reference as law.md gives it).
 */
export interface RatingReason {
  /** e.g. "NĐ 90/2020 Điều 9 khoản 1 điểm b"; "(điều khoản chưa xác minh)" where law.md has no article. */
  clause: string;
  text: string;
  met: boolean;
}

export function reason(clause: string, text: string, met: boolean): RatingReason {
  return { clause, text, met };
}

/** "87,5" (vi-VN decimal comma), at most two decimals. */
export function formatNumberVi(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',');
}

/** "50 %" for 0.5; "33,33 %" for 1/3. */
export function formatPercentVi(numerator: number, denominator: number): string {
  if (denominator === 0) {
    return '0 %';
  }
  return `${formatNumberVi((numerator / denominator) * 100)} %`;
}
