// The built-in functions, with the specification's signatures: the arity and each argument's type
// are checked before the function runs, and a mismatch raises invalid-arity / invalid-type.
import type { Node } from './ast.js';
import { JMESPathError } from './errors.js';
import { equal, order, typeOf } from './values.js';

/** `&expr`: an expression handed to a function unevaluated, to run against each element. */
export class ExpRef {
  constructor(
    readonly node: Node,
    readonly run: (value: unknown) => unknown,
  ) {}
}

type ArgType = 'any' | 'number' | 'string' | 'array' | 'object' | 'expref' | 'array-number' | 'array-string';

interface Signature {
  params: ArgType[][];
  /** The last parameter repeats (at least once). */
  variadic?: boolean;
  /** Called once the arguments have been checked against `params`, so each may trust its own tuple type. */
  fn: (args: never) => unknown;
}

const NUM: ArgType[] = ['number'];
const STR: ArgType[] = ['string'];
const ARR: ArgType[] = ['array'];
const OBJ: ArgType[] = ['object'];
const ANY: ArgType[] = ['any'];
const REF: ArgType[] = ['expref'];
const SORTABLE: ArgType[] = ['array-number', 'array-string'];

const FUNCTIONS: Record<string, Signature> = {
  abs: { params: [NUM], fn: ([n]: [number]) => Math.abs(n) },
  avg: { params: [['array-number']], fn: ([a]: [number[]]) => (a.length ? sum(a) / a.length : null) },
  ceil: { params: [NUM], fn: ([n]: [number]) => Math.ceil(n) },
  contains: {
    params: [['array', 'string'], ANY],
    fn: ([subject, search]: [unknown[] | string, unknown]) =>
      typeof subject === 'string' ? typeof search === 'string' && subject.includes(search) : subject.some((x) => equal(x, search)),
  },
  ends_with: { params: [STR, STR], fn: ([s, suffix]: [string, string]) => s.endsWith(suffix) },
  floor: { params: [NUM], fn: ([n]: [number]) => Math.floor(n) },
  join: { params: [STR, ['array-string']], fn: ([glue, parts]: [string, string[]]) => parts.join(glue) },
  keys: { params: [OBJ], fn: ([o]: [object]) => Object.keys(o) },
  length: {
    params: [['string', 'array', 'object']],
    fn: ([v]: [unknown]) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : Object.keys(v as object).length),
  },
  map: { params: [REF, ARR], fn: ([ref, a]: [ExpRef, unknown[]]) => a.map((x) => ref.run(x)) },
  max: { params: [SORTABLE], fn: ([a]: [unknown[]]) => extreme(a, (x) => x, 'max', 1) },
  max_by: { params: [ARR, REF], fn: ([a, ref]: [unknown[], ExpRef]) => extreme(a, byKey(ref, 'max_by'), 'max_by', 1) },
  merge: { params: [OBJ], variadic: true, fn: (objects: object[]) => Object.assign({}, ...objects) },
  min: { params: [SORTABLE], fn: ([a]: [unknown[]]) => extreme(a, (x) => x, 'min', -1) },
  min_by: { params: [ARR, REF], fn: ([a, ref]: [unknown[], ExpRef]) => extreme(a, byKey(ref, 'min_by'), 'min_by', -1) },
  not_null: { params: [ANY], variadic: true, fn: (args: unknown[]) => args.find((x) => x !== null && x !== undefined) ?? null },
  reverse: {
    params: [['array', 'string']],
    fn: ([v]: [unknown[] | string]) => (typeof v === 'string' ? [...v].reverse().join('') : [...v].reverse()),
  },
  sort: { params: [SORTABLE], fn: ([a]: [unknown[]]) => sortBy(a, (x) => x, 'sort') },
  sort_by: { params: [ARR, REF], fn: ([a, ref]: [unknown[], ExpRef]) => sortBy(a, byKey(ref, 'sort_by'), 'sort_by') },
  starts_with: { params: [STR, STR], fn: ([s, prefix]: [string, string]) => s.startsWith(prefix) },
  sum: { params: [['array-number']], fn: ([a]: [number[]]) => sum(a) },
  to_array: { params: [ANY], fn: ([v]: [unknown]) => (Array.isArray(v) ? v : [v ?? null]) },
  to_number: { params: [ANY], fn: ([v]: [unknown]) => toNumber(v) },
  to_string: { params: [ANY], fn: ([v]: [unknown]) => (typeof v === 'string' ? v : JSON.stringify(v ?? null)) },
  type: { params: [ANY], fn: ([v]: [unknown]) => typeOf(v) },
  values: { params: [OBJ], fn: ([o]: [object]) => Object.values(o) },
};

export function isFunction(name: string): boolean {
  return Object.hasOwn(FUNCTIONS, name);
}

/** Checked when the call is parsed: the count of arguments never depends on the data. */
export function checkArity(name: string, count: number): void {
  const { params, variadic } = FUNCTIONS[name]!;
  if (variadic ? count >= params.length : count === params.length) return;
  const n = params.length;
  throw new JMESPathError(
    `Expected ${variadic ? 'at least ' : ''}${n} argument${n === 1 ? '' : 's'} for function ${name}(), received ${count}`,
    'invalid-arity',
  );
}

export function callFunction(name: string, args: unknown[]): unknown {
  const { params, fn } = FUNCTIONS[name]!;
  args.forEach((arg, i) => {
    const allowed = params[Math.min(i, params.length - 1)]!;
    if (!allowed.some((t) => matches(t, arg))) {
      throw typeError(name, arg, allowed.join(', '));
    }
  });
  return fn(args as never);
}

function matches(type: ArgType, v: unknown): boolean {
  switch (type) {
    case 'any':
      return !(v instanceof ExpRef);
    case 'expref':
      return v instanceof ExpRef;
    case 'array-number':
    case 'array-string':
      return Array.isArray(v) && v.every((x) => typeof x === type.slice(6));
    default:
      return typeOf(v) === type;
  }
}

function typeError(name: string, value: unknown, expected: string): JMESPathError {
  const received = value instanceof ExpRef ? 'expref' : typeOf(value);
  const shown = value instanceof ExpRef ? '&expression' : JSON.stringify(value ?? null);
  return new JMESPathError(
    `In function ${name}(), invalid type for value: ${shown}, expected one of: ${expected}, received: "${received}"`,
    'invalid-type',
  );
}

function sum(a: number[]): number {
  return a.reduce((x, y) => x + y, 0);
}

/** The key `&expr` gives each element; every key must be a number, or every key a string. */
function byKey(ref: ExpRef, name: string): (x: unknown) => unknown {
  let kind: string | undefined;
  return (x) => {
    const key = ref.run(x);
    const t = typeOf(key);
    kind ??= t;
    if ((t !== 'number' && t !== 'string') || t !== kind) throw typeError(name, key, kind === 'string' ? 'string' : 'number');
    return key;
  };
}

/** Stable sort by key (Array.prototype.sort is stable); keys computed once each. */
function sortBy(a: unknown[], key: (x: unknown) => unknown, name: string): unknown[] {
  const keyed = a.map((x) => [key(x), x] as const);
  if (name === 'sort') assertOneKind(a, name);
  return keyed.sort(([k1], [k2]) => order(k1, k2)!).map(([, x]) => x);
}

/** The first element with the largest (sign 1) or smallest (sign -1) key; null for an empty list. */
function extreme(a: unknown[], key: (x: unknown) => unknown, name: string, sign: 1 | -1): unknown {
  if (name === 'max' || name === 'min') assertOneKind(a, name);
  let best: unknown = null;
  let bestKey: unknown;
  a.forEach((x, i) => {
    const k = key(x);
    if (i === 0 || order(k, bestKey)! * sign > 0) [best, bestKey] = [x, k];
  });
  return best;
}

/** `array-number|array-string` means one or the other, not a mix. */
function assertOneKind(a: unknown[], name: string): void {
  if (a.length && !a.every((x) => typeof x === typeof a[0])) throw typeError(name, a, 'array-number, array-string');
}

/** Numbers as they are; strings that read as a JSON-style decimal number; anything else null. */
function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || !/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return null;
  return Number(v);
}
