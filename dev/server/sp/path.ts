/** One segment of a REST path: `getbytitle('Tasks')` → { name: 'getbytitle', args: "'Tasks'" }. */
export interface Segment {
  name: string;
  raw: string;
  args?: string;
}

/** Splits a decoded `_api/...` path on '/', keeping slashes inside quotes and parentheses. */
export function splitPath(path: string): Segment[] {
  const parts: string[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "'") {
      if (quoted && path[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    } else if (!quoted && c === '(') {
      depth++;
    } else if (!quoted && c === ')') {
      depth--;
    } else if (!quoted && depth === 0 && c === '/') {
      if (cur) {
        parts.push(cur);
      }
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) {
    parts.push(cur);
  }
  return parts.map((raw) => {
    const p = raw.indexOf('(');
    if (p > 0 && raw.endsWith(')')) {
      return { name: raw.slice(0, p).toLowerCase(), raw, args: raw.slice(p + 1, -1) };
    }
    return { name: raw.toLowerCase(), raw };
  });
}

export interface Args {
  positional: string[];
  named: Map<string, string>;
}

function unquote(v: string, aliases: URLSearchParams): string {
  let s = v.trim();
  if (s.startsWith('@')) {
    s = (aliases.get(s) ?? '').trim();
  }
  const m = /^(?:guid|datetime)?'([\s\S]*)'$/i.exec(s);
  return m ? m[1].replace(/''/g, "'") : s;
}

/** Parses `'x'`, `5`, `principalid=5, roledefid=6`, `decodedurl='…'`, `@v` (alias from the query string). */
export function parseArgs(args: string | undefined, aliases: URLSearchParams): Args {
  const out: Args = { positional: [], named: new Map() };
  if (args === undefined || args.trim() === '') {
    return out;
  }
  const pieces: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === "'") {
      if (quoted && args[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (c === ',' && !quoted) {
      pieces.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  pieces.push(cur);
  for (const piece of pieces) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([\s\S]*)$/.exec(piece);
    if (m && !piece.trim().startsWith("'")) {
      out.named.set(m[1].toLowerCase(), unquote(m[2], aliases));
    } else {
      out.positional.push(unquote(piece, aliases));
    }
  }
  return out;
}

export function firstArg(a: Args): string {
  return a.positional[0] ?? [...a.named.values()][0] ?? '';
}
