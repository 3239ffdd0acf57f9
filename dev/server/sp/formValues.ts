import { FieldRow, UserRow } from '../../store/store';
import { SpContext } from './context';
import { SpError, spErrors } from './errors';
import { ServerSetValues } from './items';
import { FieldMap, isMulti, valueKind } from './schema';
import { resolveLogin } from './security';
import { normaliseDate, parseFormValue } from './values';

// The form values of ValidateUpdateListItem and AddValidateUpdateItemUsingPath: strings parsed per field,
// each field answered on its own (SP.ListItemFormUpdateValue), nothing saved when one of them fails.

export interface FormResult {
  ErrorCode: number;
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
}

export interface ParsedForm {
  /** values for valuesFromBody (person and lookup fields under `<Name>Id`) */
  values: Record<string, unknown>;
  /** Author, Editor, Created, Modified as sent (the worst case: these endpoints honour them) */
  server: ServerSetValues;
  results: FormResult[];
  failed: boolean;
}

const FIELD_ERROR = -2146232832;
const USER_NOT_FOUND = 'The user does not exist or is not unique.';
const BAD_DATE = 'Invalid date/time value. A date/time field contains invalid data. Please check the value and try again.';

/** The logins of a person form value: `[{"Key":"i:0#.f|membership|upn"}]`, or a plain claims login, UPN or e-mail (`;#`-separated). */
export function personKeys(raw: string): string[] {
  const text = raw.trim();
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      const arr = Array.isArray(parsed) ? parsed : [parsed];
      return arr.map((p) => String((p as { Key?: unknown } | null)?.Key ?? '')).filter((k) => k !== '');
    } catch {
      // not JSON: read it as a plain login below
    }
  }
  return text.split(';#').map((s) => s.trim()).filter((s) => s !== '' && !/^\d+$/.test(s));
}

function resolvePeople(ctx: SpContext, raw: string): UserRow[] | undefined {
  const keys = personKeys(raw);
  const users: UserRow[] = [];
  for (const k of keys) {
    const u = resolveLogin(ctx, k);
    if (!u) {
      return undefined;
    }
    users.push(u);
  }
  return users;
}

function fail(fname: string, value: string, message: string): FormResult {
  return { ErrorCode: FIELD_ERROR, ErrorMessage: message, FieldName: fname, FieldValue: value, HasException: true };
}

function ok(fname: string, value: string): FormResult {
  return { ErrorCode: 0, ErrorMessage: null, FieldName: fname, FieldValue: value, HasException: false };
}

/** Author / Editor: one person of the directory (a group or an unknown login fails that field). */
function serverPerson(ctx: SpContext, raw: string): number | undefined {
  const people = resolvePeople(ctx, raw);
  if (!people || people.length !== 1 || people[0].principalType !== 1) {
    return undefined;
  }
  return people[0].id;
}

function parseOne(ctx: SpContext, f: FieldRow, raw: string): unknown {
  if (valueKind(f) === 'user') {
    if (raw.trim() === '') {
      return isMulti(f) ? [] : null;
    }
    const people = resolvePeople(ctx, raw);
    if (!people || people.length === 0 || (!isMulti(f) && people.length > 1)) {
      throw new SpError(400, String(FIELD_ERROR), USER_NOT_FOUND);
    }
    const ids = people.map((u) => u.id);
    return isMulti(f) ? ids : ids[0];
  }
  return parseFormValue(f, raw, (login) => resolveLogin(ctx, login)?.id);
}

/**
 * Parses the form values. Author and Editor (a person, in any form above) and Created and Modified (a date)
 * are honoured: whether SharePoint Online lets a contributor set them here is reported both ways, so the
 * local intranet takes the attacker's side (dev/README.md, "Doubts").
 */
export function parseFormValues(ctx: SpContext, fm: FieldMap, formValues: Array<{ FieldName?: unknown; FieldValue?: unknown }>): ParsedForm {
  const values: Record<string, unknown> = {};
  const server: ServerSetValues = {};
  const results: FormResult[] = [];
  for (const fv of formValues) {
    const fname = String(fv.FieldName ?? '');
    const raw = fv.FieldValue === null || fv.FieldValue === undefined ? '' : String(fv.FieldValue);
    const f = fm.byName.get(fname.toLowerCase());
    if (!f) {
      throw spErrors.badField(fname);
    }
    const lower = f.internalName.toLowerCase();
    if (lower === 'author' || lower === 'editor') {
      const id = serverPerson(ctx, raw);
      if (id === undefined) {
        results.push(fail(fname, raw, USER_NOT_FOUND));
        continue;
      }
      server[lower === 'author' ? 'authorId' : 'editorId'] = id;
      results.push(ok(fname, raw));
      continue;
    }
    if (lower === 'created' || lower === 'modified') {
      let date: string | null = null;
      try {
        date = normaliseDate(raw);
      } catch {
        date = null;
      }
      if (date === null) {
        results.push(fail(fname, raw, BAD_DATE));
        continue;
      }
      server[lower === 'created' ? 'created' : 'modified'] = date;
      results.push(ok(fname, raw));
      continue;
    }
    try {
      const key = f.typeKind === 7 || f.typeKind === 20 ? `${f.internalName}Id` : f.internalName;
      values[key] = parseOne(ctx, f, raw);
      results.push(ok(fname, raw));
    } catch (e) {
      if (!(e instanceof SpError)) {
        throw e;
      }
      results.push(fail(fname, raw, valueKind(f) === 'date' ? BAD_DATE : e.message));
    }
  }
  return { values, server, results, failed: results.some((r) => r.HasException) };
}
