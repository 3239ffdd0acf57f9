import * as clauses from './clauses';

/**
 * Where law.md could not confirm an article, a clause (or a reason's text) carries a note in brackets:
 * "(điều khoản chưa xác minh)", "(theo bản dịch, chưa đối chiếu văn bản gốc)", "(văn bản chưa đọc đầy đủ)".
 * The note is for HR and the administrators (the settings tab lists those clauses); a civil servant's or a
 * leader's screen shows the clause without it. The grading contract (`npm run grade`) keeps it.
 */
const NOTE = /\s*\([^()]*(?:chưa xác minh|chưa đối chiếu|chưa đọc)[^()]*\)/g;

/** The clause (or text) as a civil servant or a leader reads it: without the verification note. */
export function withoutVerificationNote(text: string): string {
  return text.replace(NOTE, '').trim();
}

/** Does the clause carry a verification note (not yet checked against the decree's text)? */
export function hasVerificationNote(text: string): boolean {
  return withoutVerificationNote(text) !== text.trim();
}

/** Every clause of the engine still waiting to be checked against the decree's text, as the engine cites it. */
export function unverifiedClauses(): string[] {
  const all = clauses as unknown as { [name: string]: unknown };
  return Object.keys(all)
    .map((name) => all[name])
    .filter((value): value is string => typeof value === 'string' && hasVerificationNote(value));
}
