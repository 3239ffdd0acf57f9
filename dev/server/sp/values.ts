import { FieldRow } from '../../store/store';
import { SpError } from './errors';
import { isMulti, valueKind } from './schema';

const CONVERT = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

/** ISO 8601 UTC with seconds precision, as SharePoint returns DateTime values. */
export function normaliseDate(v: unknown): string | null {
  if (v === null || v === undefined || v === '') {
    return null;
  }
  const d = v instanceof Date ? v : new Date(String(v));
  if (Number.isNaN(d.getTime())) {
    throw new SpError(400, CONVERT, "Cannot convert a primitive value to the expected type 'Edm.DateTime'. See the inner exception for more details.");
  }
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function toNumber(v: unknown, edm: string): number | null {
  if (v === null || v === undefined || v === '') {
    return null;
  }
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) {
    throw new SpError(400, CONVERT, `Cannot convert a primitive value to the expected type '${edm}'. See the inner exception for more details.`);
  }
  return n;
}

function toIdArray(v: unknown): number[] {
  const arr = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)
    ? (v as { results: unknown[] }).results : v === null || v === undefined ? [] : [v];
  return arr.map((x) => toNumber(x, 'Edm.Int32')).filter((x): x is number => x !== null);
}

function toStringArray(v: unknown): string[] {
  const arr = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)
    ? (v as { results: unknown[] }).results : v === null || v === undefined ? [] : [v];
  return arr.map(String);
}

/** Converts a JSON value sent by a client to what the item stores for that field. */
export function normaliseValue(f: FieldRow, v: unknown): unknown {
  switch (valueKind(f)) {
    case 'number':
      return toNumber(v, 'Edm.Double');
    case 'bool':
      if (v === null || v === undefined) {
        return null;
      }
      return v === true || v === 1 || v === '1' || String(v).toLowerCase() === 'true';
    case 'date':
      return normaliseDate(v);
    case 'user':
    case 'lookup':
      if (isMulti(f)) {
        return toIdArray(v);
      }
      return toNumber(v, 'Edm.Int32');
    case 'multichoice':
      return toStringArray(v);
    case 'url':
      if (v === null || v === undefined) {
        return null;
      }
      if (typeof v === 'object') {
        const o = v as { Url?: unknown; Description?: unknown };
        return { Url: String(o.Url ?? ''), Description: String(o.Description ?? o.Url ?? '') };
      }
      return { Url: String(v), Description: String(v) };
    case 'text':
      return v === null || v === undefined ? null : typeof v === 'string' ? v : String(v);
    default:
      return v;
  }
}

/** Converts a form value string (validateUpdateListItem / AddValidateUpdateItemUsingPath) to a stored value. */
export function parseFormValue(f: FieldRow, raw: string, resolveLogin: (login: string) => number | undefined): unknown {
  switch (valueKind(f)) {
    case 'user': {
      if (!raw) {
        return isMulti(f) ? [] : null;
      }
      let keys: string[] = [];
      try {
        const parsed = JSON.parse(raw) as Array<{ Key?: string }>;
        keys = parsed.map((p) => String(p.Key ?? ''));
      } catch {
        keys = raw.split(';#').filter((s) => s && !/^\d+$/.test(s));
      }
      const ids = keys.map((k) => resolveLogin(k)).filter((x): x is number => x !== undefined);
      return isMulti(f) ? ids : ids[0] ?? null;
    }
    case 'lookup': {
      const ids = raw.split(';#').filter((s, i) => i % 2 === 0 && s !== '').map(Number).filter(Number.isFinite);
      return isMulti(f) ? ids : ids[0] ?? null;
    }
    case 'bool':
      return raw === '1' || raw.toLowerCase() === 'true' || raw.toLowerCase() === 'yes';
    case 'multichoice':
      return raw.split(';#').filter((s) => s !== '');
    default:
      return normaliseValue(f, raw === '' ? null : raw);
  }
}
