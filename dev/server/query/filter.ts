/**
 * A small recursive-descent parser for the OData $filter subset SharePoint and Graph accept:
 *   expr    := or
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | primary
 *   primary := '(' expr ')' | func | operand (cmpop operand)?
 *   func    := startswith(a, b) | substringof(a, b) | endswith(a, b) | contains(a, b)
 * Literals: 'text' ('' escapes a quote), numbers, true/false/null, datetime'…', guid'…'.
 */
export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Literal =
  | { kind: 'literal'; type: 'string'; value: string }
  | { kind: 'literal'; type: 'number'; value: number }
  | { kind: 'literal'; type: 'bool'; value: boolean }
  | { kind: 'literal'; type: 'datetime'; value: string }
  | { kind: 'literal'; type: 'guid'; value: string }
  | { kind: 'literal'; type: 'null'; value: null };

export interface FieldRef {
  kind: 'field';
  /** e.g. ['Author', 'Id'] for Author/Id */
  path: string[];
}

export type Operand = Literal | FieldRef;

export type FilterExpr =
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'cmp'; op: CmpOp; left: Operand; right: Operand }
  | { kind: 'func'; name: 'startswith' | 'substringof' | 'endswith' | 'contains'; args: Operand[] };

export class FilterSyntaxError extends Error {}

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'typed'; type: 'datetime' | 'guid'; v: string }
  | { t: '('; v: string }
  | { t: ')'; v: string }
  | { t: ','; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    // src[i] is the opening quote
    let s = '';
    i++;
    for (;;) {
      if (i >= src.length) {
        throw new FilterSyntaxError('Unterminated string literal');
      }
      const c = src[i];
      if (c === "'") {
        if (src[i + 1] === "'") {
          s += "'";
          i += 2;
          continue;
        }
        i++;
        return s;
      }
      s += c;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: c, v: c });
      i++;
    } else if (c === "'") {
      out.push({ t: 'string', v: readQuoted() });
    } else if (/[0-9-]/.test(c) && /[0-9.]/.test(src[i + 1] ?? '') || /[0-9]/.test(c)) {
      const m = /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?[LlMmDdFf]?/.exec(src.slice(i));
      if (!m) {
        throw new FilterSyntaxError(`Bad number at ${i}`);
      }
      out.push({ t: 'number', v: parseFloat(m[0].replace(/[LlMmDdFf]$/, '')) });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$./]*/.exec(src.slice(i));
      const word = m ? m[0] : c;
      i += word.length;
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid' || lower === 'datetimeoffset') && src[i] === "'") {
        out.push({ t: 'typed', type: lower === 'guid' ? 'guid' : 'datetime', v: readQuoted() });
      } else {
        out.push({ t: 'ident', v: word });
      }
    } else {
      throw new FilterSyntaxError(`Unexpected character '${c}' at ${i}`);
    }
  }
  return out;
}

const CMP_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const FUNCS: ReadonlySet<string> = new Set(['startswith', 'substringof', 'endswith', 'contains']);

class Parser {
  private pos: number = 0;
  public constructor(private readonly tokens: Token[]) {}

  public parse(): FilterExpr {
    const e = this.or();
    if (this.pos < this.tokens.length) {
      throw new FilterSyntaxError(`Unexpected '${this.tokens[this.pos].v}'`);
    }
    return e;
  }
  private peekWord(): string | undefined {
    const t = this.tokens[this.pos];
    return t && t.t === 'ident' ? t.v.toLowerCase() : undefined;
  }
  private expect(t: '(' | ')' | ','): void {
    const tok = this.tokens[this.pos];
    if (!tok || tok.t !== t) {
      throw new FilterSyntaxError(`Expected '${t}'`);
    }
    this.pos++;
  }
  private or(): FilterExpr {
    let left = this.and();
    while (this.peekWord() === 'or') {
      this.pos++;
      left = { kind: 'logical', op: 'or', left, right: this.and() };
    }
    return left;
  }
  private and(): FilterExpr {
    let left = this.unary();
    while (this.peekWord() === 'and') {
      this.pos++;
      left = { kind: 'logical', op: 'and', left, right: this.unary() };
    }
    return left;
  }
  private unary(): FilterExpr {
    if (this.peekWord() === 'not') {
      this.pos++;
      return { kind: 'not', expr: this.unary() };
    }
    return this.primary();
  }
  private primary(): FilterExpr {
    const tok = this.tokens[this.pos];
    if (!tok) {
      throw new FilterSyntaxError('Unexpected end of $filter');
    }
    if (tok.t === '(') {
      this.pos++;
      const e = this.or();
      this.expect(')');
      return this.maybeCompareBool(e);
    }
    const word = this.peekWord();
    if (word && FUNCS.has(word) && this.tokens[this.pos + 1]?.t === '(') {
      this.pos += 2;
      const args: Operand[] = [this.operand()];
      while (this.tokens[this.pos]?.t === ',') {
        this.pos++;
        args.push(this.operand());
      }
      this.expect(')');
      const fn: FilterExpr = { kind: 'func', name: word as 'startswith', args };
      return this.maybeCompareBool(fn);
    }
    const left = this.operand();
    const op = this.peekWord();
    if (!op || !CMP_OPS.has(op)) {
      if (left.kind === 'field') {
        // a bare boolean field: "IsActive" means "IsActive eq true"
        return { kind: 'cmp', op: 'eq', left, right: { kind: 'literal', type: 'bool', value: true } };
      }
      throw new FilterSyntaxError('Expected a comparison operator');
    }
    this.pos++;
    const right = this.operand();
    return { kind: 'cmp', op: op as CmpOp, left, right };
  }
  /** `startswith(a,'x') eq true` */
  private maybeCompareBool(e: FilterExpr): FilterExpr {
    const op = this.peekWord();
    if (op === 'eq' || op === 'ne') {
      const next = this.tokens[this.pos + 1];
      if (next && next.t === 'ident' && (next.v.toLowerCase() === 'true' || next.v.toLowerCase() === 'false')) {
        this.pos += 2;
        const positive = (op === 'eq') === (next.v.toLowerCase() === 'true');
        return positive ? e : { kind: 'not', expr: e };
      }
    }
    return e;
  }
  private operand(): Operand {
    const tok = this.tokens[this.pos++];
    if (!tok) {
      throw new FilterSyntaxError('Unexpected end of $filter');
    }
    switch (tok.t) {
      case 'string':
        return { kind: 'literal', type: 'string', value: tok.v };
      case 'number':
        return { kind: 'literal', type: 'number', value: tok.v };
      case 'typed':
        return tok.type === 'guid' ? { kind: 'literal', type: 'guid', value: tok.v } : { kind: 'literal', type: 'datetime', value: tok.v };
      case 'ident': {
        const lower = tok.v.toLowerCase();
        if (lower === 'true' || lower === 'false') {
          return { kind: 'literal', type: 'bool', value: lower === 'true' };
        }
        if (lower === 'null') {
          return { kind: 'literal', type: 'null', value: null };
        }
        return { kind: 'field', path: tok.v.split('/') };
      }
      default:
        throw new FilterSyntaxError(`Unexpected '${tok.v}'`);
    }
  }
}

export function parseFilter(src: string): FilterExpr {
  return new Parser(tokenize(src)).parse();
}

/** Flips `literal op field` into `field op' literal`. */
export function normaliseCmp(e: { op: CmpOp; left: Operand; right: Operand }): { op: CmpOp; field: FieldRef; value: Literal } | undefined {
  const flip: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
  if (e.left.kind === 'field' && e.right.kind === 'literal') {
    return { op: e.op, field: e.left, value: e.right };
  }
  if (e.left.kind === 'literal' && e.right.kind === 'field') {
    return { op: flip[e.op], field: e.right, value: e.left };
  }
  return undefined;
}

function getPath(obj: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') {
      return undefined;
    }
    const rec = cur as Record<string, unknown>;
    const key = Object.keys(rec).find((k) => k.toLowerCase() === p.toLowerCase());
    cur = key === undefined ? undefined : rec[key];
  }
  return cur;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    return Number(a) - Number(b);
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function literalValue(o: Operand, obj: Record<string, unknown>): unknown {
  return o.kind === 'field' ? getPath(obj, o.path) : o.value;
}

/** Evaluates a filter on a plain object (site users, groups, lists, fields, Graph users). */
export function evaluateFilter(e: FilterExpr, obj: Record<string, unknown>): boolean {
  switch (e.kind) {
    case 'logical':
      return e.op === 'and' ? evaluateFilter(e.left, obj) && evaluateFilter(e.right, obj) : evaluateFilter(e.left, obj) || evaluateFilter(e.right, obj);
    case 'not':
      return !evaluateFilter(e.expr, obj);
    case 'func': {
      const vals = e.args.map((a) => literalValue(a, obj));
      const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v).toLowerCase());
      switch (e.name) {
        case 'startswith':
          return s(vals[0]).startsWith(s(vals[1]));
        case 'endswith':
          return s(vals[0]).endsWith(s(vals[1]));
        case 'substringof':
          return s(vals[1]).includes(s(vals[0]));
        default:
          return s(vals[0]).includes(s(vals[1]));
      }
    }
    case 'cmp': {
      const a = literalValue(e.left, obj);
      const b = literalValue(e.right, obj);
      if (a === null || a === undefined || b === null || b === undefined) {
        const bothNull = (a === null || a === undefined) && (b === null || b === undefined);
        return e.op === 'eq' ? bothNull : e.op === 'ne' ? !bothNull : false;
      }
      const c = compare(a, b);
      switch (e.op) {
        case 'eq': return c === 0;
        case 'ne': return c !== 0;
        case 'lt': return c < 0;
        case 'le': return c <= 0;
        case 'gt': return c > 0;
        default: return c >= 0;
      }
    }
  }
}
