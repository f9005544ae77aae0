import { LogsInvalidParameterError } from '../errors.ts';

/** Says whether a log event's message matches. */
export type Matcher = (message: string) => boolean;

/**
 * The basics of CloudWatch Logs' filter pattern syntax, as FilterLogEvents reads it:
 *
 * - `""` matches every event;
 * - terms: `ERROR Exception` (all of them), `"exact phrase"`, `?ERROR ?WARN`
 *   (any of them), `ERROR -Retry` (without the term); case-sensitive;
 * - JSON: `{ $.level = "ERROR" }`, `{ $.latency > 500 && $.cold IS TRUE }`,
 *   with `=`, `!=`, `<`, `<=`, `>`, `>=`, `*` in strings, `||`, `&&`, `()`,
 *   `IS TRUE|FALSE|NULL`, `NOT EXISTS`, `EXISTS`;
 * - a regular expression between `%` signs: `%Task timed out%`.
 *
 * Space-delimited patterns (`[ip, user, ...]`) are refused with an
 * InvalidParameterException that says so (not yet supported here).
 */
export function parseFilterPattern(pattern: string | undefined): Matcher {
  const text = (pattern ?? '').trim();
  if (text === '') return () => true;
  if (text.startsWith('{')) return jsonMatcher(text);
  if (text.startsWith('[')) {
    throw new LogsInvalidParameterError(
      'lambda-local does not support space-delimited filter patterns ([...]) yet; use terms, a JSON pattern or %regex%.',
    );
  }
  if (text.length > 2 && text.startsWith('%') && text.endsWith('%')) {
    let regex: RegExp;
    try {
      regex = new RegExp(text.slice(1, -1));
    } catch (cause) {
      throw new LogsInvalidParameterError(`Invalid regex in filter pattern: ${text}`, { cause });
    }
    return (message) => regex.test(message);
  }
  return termMatcher(text);
}

function termMatcher(text: string): Matcher {
  const all: string[] = [];
  const any: string[] = [];
  const none: string[] = [];
  const tokens = text.match(/[?-]?"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  for (const token of tokens) {
    const sign = token[0] === '?' || token[0] === '-' ? token[0] : '';
    let term = sign ? token.slice(1) : token;
    if (term.startsWith('"')) {
      if (term.length < 2 || !term.endsWith('"')) {
        throw new LogsInvalidParameterError(`Invalid filter pattern: unclosed quote in ${text}`);
      }
      term = term.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    if (term === '') continue;
    (sign === '?' ? any : sign === '-' ? none : all).push(term);
  }
  return (message) =>
    all.every((t) => message.includes(t)) &&
    (any.length === 0 || any.some((t) => message.includes(t))) &&
    !none.some((t) => message.includes(t));
}

// JSON patterns ------------------------------------------------------------

type Token = { kind: 'sym' | 'selector' | 'string' | 'number' | 'word'; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(&&|\|\||!=|<=|>=|=|<|>|\(|\)|\{|\})|(\$(?:\.[A-Za-z0-9_@-]+|\[\d+\])*)|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_*][A-Za-z0-9_*.:/@-]*))/y;
  const rest = text.trimEnd();
  while (re.lastIndex < rest.length) {
    const at = re.lastIndex;
    const m = re.exec(rest);
    if (!m) {
      throw new LogsInvalidParameterError(
        `Invalid filter pattern near "${rest.slice(at, at + 20)}": ${text}`,
      );
    }
    if (m[1]) tokens.push({ kind: 'sym', text: m[1] });
    else if (m[2]) tokens.push({ kind: 'selector', text: m[2] });
    else if (m[3]) tokens.push({ kind: 'string', text: JSON.parse(m[3]) as string });
    else if (m[4]) tokens.push({ kind: 'number', text: m[4] });
    else if (m[5]) tokens.push({ kind: 'word', text: m[5] });
  }
  return tokens;
}

type Cond = (doc: unknown) => boolean;

function jsonMatcher(text: string): Matcher {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const fail = (why: string): never => {
    throw new LogsInvalidParameterError(`Invalid filter pattern (${why}): ${text}`);
  };
  const expect = (sym: string) => {
    if (peek()?.text !== sym) fail(`expected ${sym}`);
    i++;
  };
  const or = (): Cond => {
    let left = and();
    while (peek()?.text === '||') {
      i++;
      const l = left;
      const r = and();
      left = (d) => l(d) || r(d);
    }
    return left;
  };
  const and = (): Cond => {
    let left = primary();
    while (peek()?.text === '&&') {
      i++;
      const l = left;
      const r = primary();
      left = (d) => l(d) && r(d);
    }
    return left;
  };
  const primary = (): Cond => {
    const token = peek();
    if (token?.text === '(') {
      i++;
      const inner = or();
      expect(')');
      return inner;
    }
    if (token?.kind !== 'selector') return fail('expected a selector such as $.field');
    i++;
    return comparison(token.text);
  };
  const comparison = (selector: string): Cond => {
    const path = selectorPath(selector);
    const op = tokens[i++];
    if (op?.kind === 'word' && op.text.toUpperCase() === 'IS') {
      const what = tokens[i++]?.text.toUpperCase();
      if (what === 'TRUE') return (d) => valueAt(d, path).value === true;
      if (what === 'FALSE') return (d) => valueAt(d, path).value === false;
      if (what === 'NULL') return (d) => valueAt(d, path).value === null;
      return fail('IS takes TRUE, FALSE or NULL');
    }
    if (op?.kind === 'word' && op.text.toUpperCase() === 'EXISTS') {
      return (d) => valueAt(d, path).found;
    }
    if (op?.kind === 'word' && op.text.toUpperCase() === 'NOT') {
      if (tokens[i++]?.text.toUpperCase() !== 'EXISTS') fail('NOT takes EXISTS');
      return (d) => !valueAt(d, path).found;
    }
    if (op?.kind !== 'sym' || !['=', '!=', '<', '<=', '>', '>='].includes(op.text)) {
      return fail('expected a comparison operator');
    }
    const value = tokens[i++];
    if (!value || value.kind === 'sym' || value.kind === 'selector')
      return fail('expected a value');
    if (value.kind === 'number') {
      const n = Number(value.text);
      const test = numberTest(op.text, n);
      return (d) => {
        const v = valueAt(d, path).value;
        return typeof v === 'number' && test(v);
      };
    }
    if (op.text !== '=' && op.text !== '!=') return fail(`${op.text} compares numbers only`);
    const pattern = wildcard(value.text);
    const equal = (d: unknown) => {
      const v = valueAt(d, path).value;
      return (
        (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') &&
        pattern.test(String(v))
      );
    };
    return op.text === '=' ? equal : (d) => valueAt(d, path).found && !equal(d);
  };
  expect('{');
  const cond = or();
  expect('}');
  if (i !== tokens.length) fail('unexpected text after }');
  return (message) => {
    let doc: unknown;
    try {
      doc = JSON.parse(message);
    } catch {
      return false;
    }
    return typeof doc === 'object' && doc !== null && cond(doc);
  };
}

function selectorPath(selector: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const m of selector.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  return path;
}

function valueAt(doc: unknown, path: (string | number)[]): { found: boolean; value?: unknown } {
  let here: unknown = doc;
  for (const key of path) {
    if (typeof here !== 'object' || here === null || !(key in here)) return { found: false };
    here = (here as Record<string | number, unknown>)[key];
  }
  return { found: true, value: here };
}

function numberTest(op: string, n: number): (v: number) => boolean {
  switch (op) {
    case '=':
      return (v) => v === n;
    case '!=':
      return (v) => v !== n;
    case '<':
      return (v) => v < n;
    case '<=':
      return (v) => v <= n;
    case '>':
      return (v) => v > n;
    default:
      return (v) => v >= n;
  }
}

/** A string value with `*` wildcards, matched against the whole field. */
function wildcard(value: string): RegExp {
  const escaped = value.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`, 's');
}
