/**
 * Checking what people type, field by field, before anything is written. A problem names the field
 * (the form shows its message next to that field) and a code the screens put into words, in
 * Vietnamese or English (strings `Invalid_<code>`, `{0}` and `{1}` being `params`).
 */
export type ValidationCode =
  | 'REQUIRED' // nothing typed
  | 'NOT_A_NUMBER'
  | 'NOT_WHOLE' // a count must be a whole number
  | 'OUT_OF_RANGE' // between {0} and {1}
  | 'AT_MOST' // not more than {0} (e.g. completed ≤ assigned)
  | 'TOO_LONG' // at most {0} characters
  | 'NOT_A_LINK' // evidence must be a web address (http or https) or a path on the intranet
  | 'DUPLICATE'
  | 'NONE_CHOSEN' // choose at least one
  | 'TOO_PRECISE' // at most {0} decimals (Mẫu 01's scores, generalCriteria.ts)
  | 'UNKNOWN_CRITERION' // a score for a criterion the form does not have
  | 'NOT_THE_SUM' // a total that is not the sum of its parts ({0})
  | 'AFTER_TODAY'; // a date that has not come yet (today is {0})

export interface FieldProblem {
  /** The field's path in the form, e.g. "lines[2].completed" or "generalCriteriaSelfScore". */
  field: string;
  code: ValidationCode;
  params?: Array<string | number>;
}

const problem = (field: string, code: ValidationCode, params?: Array<string | number>): FieldProblem => (params ? { field, code, params } : { field, code });

/** A required text: something other than spaces, within `max` characters. */
export function checkText(field: string, value: string | undefined, options: { required?: boolean; max?: number } = {}): FieldProblem[] {
  const text = (value || '').trim();
  if (!text) return options.required ? [problem(field, 'REQUIRED')] : [];
  if (options.max !== undefined && text.length > options.max) return [problem(field, 'TOO_LONG', [options.max])];
  return [];
}

/** A number typed into a form: present, finite, whole when asked, and within [min, max]. */
export function checkNumber(
  field: string,
  value: number | undefined,
  options: { min: number; max: number; whole?: boolean; required?: boolean }
): FieldProblem[] {
  if (value === undefined || value === null) return options.required === false ? [] : [problem(field, 'REQUIRED')];
  if (typeof value !== 'number' || !isFinite(value)) return [problem(field, 'NOT_A_NUMBER')];
  if (options.whole && Math.floor(value) !== value) return [problem(field, 'NOT_WHOLE')];
  if (value < options.min || value > options.max) return [problem(field, 'OUT_OF_RANGE', [options.min, options.max])];
  return [];
}

/** Evidence: an http(s) address, or a path on the intranet ("/sites/…"). */
export function checkLink(field: string, value: string): FieldProblem[] {
  const text = value.trim();
  if (/^\/[^\s]*$/.test(text)) return [];
  if (/^https?:\/\/[^\s/]+[^\s]*$/i.test(text)) return [];
  return [problem(field, 'NOT_A_LINK')];
}

/**
 * A number as typed in a vi-VN form: "27,5" and "27.5" are the same; "" is nothing; anything else
 * that is not a number comes back as NaN, which `checkNumber` reports.
 */
export function parseTypedNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : NaN;
}

export function problemsFor(problems: readonly FieldProblem[], field: string): FieldProblem[] {
  return problems.filter((p) => p.field === field);
}
