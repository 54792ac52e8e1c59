// A small JMESPath: what paginator tokens (`NextMarker || Contents[-1].Key`, `Buckets[-1].Name`),
// search() and resource paths use. Identifiers, quoted identifiers, `a.b`, `a[0]`, `a[-1]`,
// `a[]` (flatten), `a[*]`, `[?filter]` with `== != < <= > >=`, `&&`, `||`, `!`, parentheses,
// `@`, `|`, multi-select lists `[a, b]`, backtick JSON literals, 'raw strings' and the functions
// length, contains, starts_with. Slices, `*` on objects, hashes and `&` are not supported.
// The parser is a Pratt parser with JMESPath's binding powers, so projections behave as specified.

import { IbmBotoError } from '../errors.js';
import { isPlainObject } from './own.js';

/** A malformed or unsupported expression (search() with a user's expression raises it). */
export class JMESPathError extends IbmBotoError {}

type Node =
  | { type: 'field'; name: string }
  | { type: 'current' }
  | { type: 'literal'; value: unknown }
  | { type: 'sub'; left: Node; right: Node }
  | { type: 'index'; left: Node; index: number }
  | { type: 'project'; left: Node; right: Node }
  | { type: 'filter'; left: Node; cond: Node; right: Node }
  | { type: 'flatten'; child: Node }
  | { type: 'or' | 'and' | 'pipe'; left: Node; right: Node }
  | { type: 'not'; child: Node }
  | { type: 'cmp'; op: string; left: Node; right: Node }
  | { type: 'multi'; items: Node[] }
  | { type: 'call'; name: string; args: Node[] };

interface Token {
  type: string;
  value?: unknown;
  pos: number;
}

const BP: Record<string, number> = {
  eof: 0, ident: 0, literal: 0, number: 0, rbracket: 0, rparen: 0, comma: 0, current: 0, colon: 0,
  pipe: 1, or: 2, and: 3, cmp: 5, flatten: 9, star: 20, filter: 21, dot: 40, not: 45, lbracket: 55, lparen: 60,
};
/** A projection applies its right side until a token binding looser than this (`|`, `||`, …). */
const PROJECTION_STOP = 10;

/** Punctuation, longest first. */
const OPERATORS: [string, string][] = [
  ['[]', 'flatten'], ['[?', 'filter'], ['||', 'or'], ['&&', 'and'],
  ['==', 'cmp'], ['!=', 'cmp'], ['<=', 'cmp'], ['>=', 'cmp'], ['<', 'cmp'], ['>', 'cmp'],
  ['!', 'not'], ['|', 'pipe'], ['[', 'lbracket'], [']', 'rbracket'], ['.', 'dot'], ['*', 'star'],
  ['(', 'lparen'], [')', 'rparen'], [',', 'comma'], ['@', 'current'], [':', 'colon'],
];

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    throw new JMESPathError(`Invalid JMESPath expression ${JSON.stringify(expr)} at ${i}: ${msg}`);
  };
  const quoted = (end: string): string => {
    let j = i + 1;
    let out = '';
    while (j < expr.length && expr[j] !== end) {
      if (expr[j] === '\\' && j + 1 < expr.length) out += expr[j++];
      out += expr[j++];
    }
    if (j >= expr.length) fail(`unterminated ${end}`);
    i = j + 1;
    return out;
  };
  while (i < expr.length) {
    const c = expr[i]!;
    const pos = i;
    if (/\s/.test(c)) i++;
    else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr.slice(i))![0];
      tokens.push({ type: 'ident', value: m, pos });
      i += m.length;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?[0-9]+/.exec(expr.slice(i));
      if (!m) fail("expected a number after '-'");
      tokens.push({ type: 'number', value: Number(m![0]), pos });
      i += m![0].length;
    } else if (c === '"') tokens.push({ type: 'ident', value: JSON.parse(`"${quoted('"')}"`), pos });
    else if (c === "'") tokens.push({ type: 'literal', value: quoted("'").replace(/\\'/g, "'"), pos });
    else if (c === '`') {
      const raw = quoted('`').replace(/\\`/g, '`');
      try {
        tokens.push({ type: 'literal', value: JSON.parse(raw), pos });
      } catch {
        fail(`bad JSON literal \`${raw}\``);
      }
    } else {
      const op = OPERATORS.find(([text]) => expr.startsWith(text, i));
      if (!op) fail(`unexpected character ${JSON.stringify(c)}`);
      const [text, type] = op!;
      tokens.push({ type, value: type === 'cmp' ? text : undefined, pos });
      i += text.length;
    }
  }
  tokens.push({ type: 'eof', pos: expr.length });
  return tokens;
}

class Parser {
  #tokens: Token[];
  #i = 0;
  constructor(readonly expr: string) {
    this.#tokens = tokenize(expr);
  }

  parse(): Node {
    const node = this.#expression(0);
    if (this.#peek().type !== 'eof') this.#fail(`unexpected ${this.#peek().type}`);
    return node;
  }

  #peek(ahead = 0): Token {
    return this.#tokens[this.#i + ahead]!;
  }
  #next(): Token {
    return this.#tokens[this.#i++]!;
  }
  #expect(type: string): Token {
    const t = this.#next();
    if (t.type !== type) this.#fail(`expected ${type}, found ${t.type}`, t);
    return t;
  }
  #fail(msg: string, t: Token = this.#peek()): never {
    throw new JMESPathError(`Invalid JMESPath expression ${JSON.stringify(this.expr)} at ${t.pos}: ${msg}`);
  }

  #expression(rbp: number): Node {
    let left = this.#nud(this.#next());
    while (rbp < (BP[this.#peek().type] ?? 0)) left = this.#led(this.#next(), left);
    return left;
  }

  #nud(t: Token): Node {
    switch (t.type) {
      case 'ident':
        if (this.#peek().type === 'lparen') return this.#call(t.value as string);
        return { type: 'field', name: t.value as string };
      case 'literal':
        return { type: 'literal', value: t.value };
      case 'current':
        return { type: 'current' };
      case 'not':
        return { type: 'not', child: this.#expression(BP.not!) };
      case 'lparen': {
        const inner = this.#expression(0);
        this.#expect('rparen');
        return inner;
      }
      case 'flatten':
        return { type: 'project', left: { type: 'flatten', child: { type: 'current' } }, right: this.#projectionRhs(BP.flatten!) };
      case 'filter':
        return this.#filter({ type: 'current' });
      case 'lbracket':
        return this.#bracket({ type: 'current' }, true);
      default:
        return this.#fail(`unexpected ${t.type}`, t);
    }
  }

  #led(t: Token, left: Node): Node {
    switch (t.type) {
      case 'dot':
        return { type: 'sub', left, right: this.#dotRhs(BP.dot!) };
      case 'pipe':
      case 'or':
      case 'and':
        return { type: t.type, left, right: this.#expression(BP[t.type]!) };
      case 'cmp':
        return { type: 'cmp', op: t.value as string, left, right: this.#expression(BP.cmp!) };
      case 'flatten':
        return { type: 'project', left: { type: 'flatten', child: left }, right: this.#projectionRhs(BP.flatten!) };
      case 'filter':
        return this.#filter(left);
      case 'lbracket':
        return this.#bracket(left, false);
      default:
        return this.#fail(`unexpected ${t.type}`, t);
    }
  }

  /** After `[`: an index, `*` (list projection) or, at the start of an expression, a multi-select list. */
  #bracket(left: Node, prefix: boolean): Node {
    const t = this.#peek();
    if (t.type === 'number') {
      this.#next();
      this.#expect('rbracket');
      return { type: 'index', left, index: t.value as number };
    }
    if (t.type === 'star') {
      this.#next();
      this.#expect('rbracket');
      return { type: 'project', left, right: this.#projectionRhs(BP.star!) };
    }
    if (t.type === 'colon') this.#fail('slices are not supported');
    if (!prefix) this.#fail(`unexpected ${t.type} after '['`);
    return this.#multi();
  }

  #multi(): Node {
    const items: Node[] = [];
    do items.push(this.#expression(0));
    while (this.#peek().type === 'comma' && this.#next());
    this.#expect('rbracket');
    return { type: 'multi', items };
  }

  #filter(left: Node): Node {
    const cond = this.#expression(0);
    this.#expect('rbracket');
    const right: Node = this.#peek().type === 'flatten' ? { type: 'current' } : this.#projectionRhs(BP.filter!);
    return { type: 'filter', left, cond, right };
  }

  /** After `.`: inside a projection `rbp` is the projection's, so `a[].b.c` applies `.b.c` to each item. */
  #dotRhs(rbp: number): Node {
    const t = this.#peek();
    if (t.type === 'ident') return this.#expression(rbp);
    if (t.type === 'lbracket') {
      this.#next();
      return this.#multi();
    }
    return this.#fail(`unexpected ${t.type} after '.'`);
  }

  #projectionRhs(rbp: number): Node {
    const t = this.#peek();
    if ((BP[t.type] ?? 0) < PROJECTION_STOP) return { type: 'current' };
    if (t.type === 'lbracket' || t.type === 'filter' || t.type === 'flatten') return this.#expression(rbp);
    if (t.type === 'dot') {
      this.#next();
      return this.#dotRhs(rbp);
    }
    return this.#fail(`unexpected ${t.type} after a projection`);
  }

  #call(name: string): Node {
    this.#expect('lparen');
    const args: Node[] = [];
    if (this.#peek().type !== 'rparen') {
      do args.push(this.#expression(0));
      while (this.#peek().type === 'comma' && this.#next());
    }
    this.#expect('rparen');
    if (!Object.hasOwn(FUNCTIONS, name)) this.#fail(`unknown function ${name}()`);
    return { type: 'call', name, args };
  }
}

const FUNCTIONS: Record<string, (args: unknown[]) => unknown> = {
  length: ([v]) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : isPlainObject(v) ? Object.keys(v).length : null),
  contains: ([subject, search]) =>
    typeof subject === 'string' ? typeof search === 'string' && subject.includes(search) : Array.isArray(subject) ? subject.some((x) => equal(x, search)) : null,
  starts_with: ([subject, prefix]) => (typeof subject === 'string' && typeof prefix === 'string' ? subject.startsWith(prefix) : null),
};

/** JMESPath truthiness: null, false, '', [] and {} are false; everything else (0 too) is true. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isPlainObject(v)) return Object.keys(v).length > 0;
  return true;
}

function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return (a ?? null) === (b ?? null);
}

function compare(op: string, a: unknown, b: unknown): boolean | null {
  if (op === '==') return equal(a, b);
  if (op === '!=') return !equal(a, b);
  // ordering: numbers with numbers, strings with strings (and dates, as instants); otherwise null
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (!((typeof x === 'number' && typeof y === 'number') || (typeof x === 'string' && typeof y === 'string'))) return null;
  switch (op) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    default: return x >= y;
  }
}

function evaluate(node: Node, value: unknown): unknown {
  switch (node.type) {
    case 'field':
      return isPlainObject(value) && Object.hasOwn(value, node.name) ? (value[node.name] ?? null) : null;
    case 'current':
      return value ?? null;
    case 'literal':
      return node.value;
    case 'sub':
      return evaluate(node.right, evaluate(node.left, value));
    case 'index': {
      const list = evaluate(node.left, value);
      if (!Array.isArray(list)) return null;
      const i = node.index < 0 ? list.length + node.index : node.index;
      return list[i] ?? null;
    }
    case 'flatten': {
      const list = evaluate(node.child, value);
      return Array.isArray(list) ? list.flatMap((x) => (Array.isArray(x) ? x : [x])) : null;
    }
    case 'project':
    case 'filter': {
      const list = evaluate(node.left, value);
      if (!Array.isArray(list)) return null;
      const out: unknown[] = [];
      for (const item of list) {
        if (node.type === 'filter' && !truthy(evaluate(node.cond, item))) continue;
        const r = evaluate(node.right, item);
        if (r !== null && r !== undefined) out.push(r);
      }
      return out;
    }
    case 'pipe':
      return evaluate(node.right, evaluate(node.left, value));
    case 'or': {
      const l = evaluate(node.left, value);
      return truthy(l) ? l : evaluate(node.right, value);
    }
    case 'and': {
      const l = evaluate(node.left, value);
      return truthy(l) ? evaluate(node.right, value) : l;
    }
    case 'not':
      return !truthy(evaluate(node.child, value));
    case 'cmp':
      return compare(node.op, evaluate(node.left, value), evaluate(node.right, value));
    case 'multi':
      return value === null || value === undefined ? null : node.items.map((n) => evaluate(n, value));
    case 'call':
      return FUNCTIONS[node.name]!(node.args.map((n) => evaluate(n, value)));
  }
}

export interface CompiledExpression {
  readonly expression: string;
  search(data: unknown): unknown;
}

const cache = new Map<string, CompiledExpression>();

/** Parse once (cached); throws JMESPathError on expressions outside the subset. */
export function compile(expression: string): CompiledExpression {
  let found = cache.get(expression);
  if (!found) {
    const ast = new Parser(expression).parse();
    found = Object.freeze({ expression, search: (data: unknown) => evaluate(ast, data) });
    cache.set(expression, found);
  }
  return found;
}

export function search(expression: string, data: unknown): unknown {
  return compile(expression).search(data);
}

/** Set a value at a plain dotted path (`a.b.c`), creating objects on the way (result keys). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let obj = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(obj[part])) obj[part] = {};
    obj = obj[part] as Record<string, unknown>;
  }
  obj[parts.at(-1)!] = value;
}
