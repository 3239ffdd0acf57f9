import type { FieldProblem, ValidationCode } from '../../domain/evaluation/validation';
import { format } from './format';

const MESSAGES: { [code in ValidationCode]: (s: IDanhGiaStrings) => string } = {
  REQUIRED: (s) => s.Invalid_REQUIRED,
  NOT_A_NUMBER: (s) => s.Invalid_NOT_A_NUMBER,
  NOT_WHOLE: (s) => s.Invalid_NOT_WHOLE,
  OUT_OF_RANGE: (s) => s.Invalid_OUT_OF_RANGE,
  AT_MOST: (s) => s.Invalid_AT_MOST,
  TOO_LONG: (s) => s.Invalid_TOO_LONG,
  NOT_A_LINK: (s) => s.Invalid_NOT_A_LINK,
  DUPLICATE: (s) => s.Invalid_DUPLICATE,
  NONE_CHOSEN: (s) => s.Invalid_NONE_CHOSEN,
  TOO_PRECISE: (s) => s.Invalid_TOO_PRECISE,
  UNKNOWN_CRITERION: (s) => s.Invalid_UNKNOWN_CRITERION,
  NOT_THE_SUM: (s) => s.Invalid_NOT_THE_SUM,
  AFTER_TODAY: (s) => s.Invalid_AFTER_TODAY
};

/** A field problem in the reader's language, e.g. "Nhập một số từ 0 đến 30." */
export function problemText(strings: IDanhGiaStrings, problem: FieldProblem): string {
  return format(MESSAGES[problem.code](strings), ...(problem.params || []));
}

/** The message to show next to `field` (Fluent's errorMessage), or undefined when it is fine. */
export function fieldError(strings: IDanhGiaStrings, problems: readonly FieldProblem[], field: string): string | undefined {
  const found = problems.filter((p) => p.field === field);
  return found.length ? found.map((p) => problemText(strings, p)).join(' ') : undefined;
}
