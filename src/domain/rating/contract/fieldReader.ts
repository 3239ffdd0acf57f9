/**
 * Reads untrusted JSON field by field, collecting one message per bad field, each naming the field by
 * its path (e.g. "[2].criteria.daoDucLoiSong"). Never throws.
 */
export interface FieldError {
  field: string;
  message: string;
}

export function formatFieldError(error: FieldError): string {
  return error.field === '' ? error.message : `${error.field}: ${error.message}`;
}

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as the user wrote it, shortened: "x" for a string, 1.5, null, an array or object in brief. */
export function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (typeof value === 'number' && !isFinite(value)) {
    // JSON.stringify would say "null" for 1e400 (Infinity once parsed), which misleads.
    return String(value);
  }
  let shown: string | undefined;
  try {
    shown = JSON.stringify(value);
  } catch {
    shown = undefined;
  }
  if (shown === undefined) {
    return typeof value;
  }
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

/** Number.isInteger is ES2015; the SPFx build targets ES5 libraries. */
export function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

export class FieldReader {
  public constructor(
    private readonly obj: JsonObject,
    private readonly prefix: string,
    public readonly errors: FieldError[]
  ) {}

  public path(key: string): string {
    return this.prefix === '' ? key : `${this.prefix}.${key}`;
  }

  public has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.obj, key) && this.obj[key] !== undefined;
  }

  public raw(key: string): unknown {
    return this.has(key) ? this.obj[key] : undefined;
  }

  public fail(key: string, message: string): undefined {
    this.errors.push({ field: this.path(key), message });
    return undefined;
  }

  public boolean(key: string, fallback?: boolean): boolean | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return fallback === undefined ? this.fail(key, 'required: true or false') : fallback;
    }
    return typeof v === 'boolean' ? v : this.fail(key, `expected true or false, got ${describe(v)}`);
  }

  public optionalBoolean(key: string): boolean | undefined {
    return this.has(key) ? this.boolean(key) : undefined;
  }

  public integerYear(key: string): number | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return this.fail(key, 'required: an integer year, e.g. 2026');
    }
    return isWholeNumber(v) && v >= 1000 && v <= 9999
      ? v
      : this.fail(key, `expected an integer year, got ${describe(v)}`);
  }

  public number(key: string, min: number, max: number, what: string, fallback?: number): number | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return fallback === undefined ? this.fail(key, `required: ${what} from ${min} to ${max}`) : fallback;
    }
    return typeof v === 'number' && isFinite(v) && v >= min && v <= max
      ? v
      : this.fail(key, `expected ${what} from ${min} to ${max}, got ${describe(v)}`);
  }

  public count(key: string, min = 0, fallback?: number): number | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return fallback === undefined ? this.fail(key, `required: a whole number ≥ ${min}`) : fallback;
    }
    return isWholeNumber(v) && v >= min && v <= 1e9
      ? v
      : this.fail(key, `expected a whole number ≥ ${min}, got ${describe(v)}`);
  }

  public choice<T extends string>(key: string, choices: readonly T[], fallback?: T): T | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return fallback === undefined ? this.fail(key, `required: one of ${choices.map((c) => `"${c}"`).join(', ')}`) : fallback;
    }
    return typeof v === 'string' && (choices as readonly string[]).indexOf(v) >= 0
      ? (v as T)
      : this.fail(key, `expected one of ${choices.map((c) => `"${c}"`).join(', ')}, got ${describe(v)}`);
  }

  public text(key: string, required: boolean, maxLength = 500): string | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return required ? this.fail(key, 'required: a non-empty text') : undefined;
    }
    return typeof v === 'string' && v.trim() !== '' && v.length <= maxLength
      ? v
      : this.fail(key, `expected a non-empty text of at most ${maxLength} characters, got ${describe(v)}`);
  }

  public object(key: string, required: boolean): FieldReader | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return required ? this.fail(key, 'required: an object') : undefined;
    }
    return isJsonObject(v) ? new FieldReader(v, this.path(key), this.errors) : this.fail(key, `expected an object, got ${describe(v)}`);
  }

  public array(key: string, minLength: number, maxLength: number): unknown[] | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      return this.fail(key, `required: an array of ${minLength} to ${maxLength} items`);
    }
    return Array.isArray(v) && v.length >= minLength && v.length <= maxLength
      ? v
      : this.fail(key, `expected an array of ${minLength} to ${maxLength} items, got ${describe(v)}`);
  }
}
