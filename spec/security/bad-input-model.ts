// Bad-input cases generated from the service model: for every operation, each required member
// left out, each member given a value of the wrong kind (hostile ones included: a null-prototype
// object, a symbol, a BigInt, a cycle, a Date), prototype-ish names as members, nested unknown
// members, params that are not a plain object, and junk call options.
import { s3Model } from '../../lib/model/s3/service.js';
import { xformName } from '../../lib/core/naming.js';
import type { MemberRef, Shape } from '../../lib/model/types.js';

/** One call that must be refused before any request, with a message naming `names`. */
export interface BadCall {
  title: string;
  /** The client method (snake_case) and its arguments. */
  method: string;
  args: unknown[];
  /** Text the error message must contain (the member it is about). */
  names: string;
}

const shapes = s3Model.shapes as Record<string, Shape>;
const shapeOf = (ref: MemberRef) => shapes[ref.shape]!;

const cyclic = (): Record<string, unknown> => {
  const o: Record<string, unknown> = { Bucket: 'b' };
  o.self = o;
  return o;
};
const nullProto = () => Object.assign(Object.create(null) as object, { a: 1 });

/** Values that are never of `shape`'s kind, hostile ones first (each case takes one, in turn). */
function wrongValues(shape: Shape): unknown[] {
  switch (shape.type) {
    case 'string':
      return [42, Symbol('s'), 10n, nullProto(), cyclic(), new Date(0), true];
    case 'integer':
    case 'long':
      return ['1', Symbol('n'), nullProto(), 1.5, NaN, true];
    case 'float':
    case 'double':
      return ['1.5', Symbol('f'), nullProto(), NaN];
    case 'boolean':
      return ['true', 1, Symbol('b'), nullProto()];
    case 'timestamp':
      return ['not a date', Symbol('t'), nullProto(), true, new Date(NaN)];
    case 'blob':
      return [42, Symbol('x'), nullProto(), true];
    case 'structure':
      return ['x', 42, new Date(0), [], new Map()];
    case 'list':
      return ['x', { 0: 'a' }, Symbol('l'), nullProto()];
    case 'map':
      return ['x', [], new Date(0), Symbol('m')];
  }
}

/** A valid value of `ref` (required members filled in, recursively). */
function validValue(name: string, ref: MemberRef): unknown {
  const shape = shapeOf(ref);
  switch (shape.type) {
    case 'structure':
      return validStructure(shape);
    case 'list':
      return [];
    case 'map':
      return {};
    case 'integer':
    case 'long':
      return 1;
    case 'float':
    case 'double':
      return 1.5;
    case 'boolean':
      return true;
    case 'timestamp':
      return new Date(0);
    default:
      return name === 'CopySource' ? 'src/key' : 'x';
  }
}

function validStructure(shape: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of shape.required ?? []) out[name] = validValue(name, shape.members![name]!);
  return out;
}

/** Names that live on Object.prototype: as members they are unknown, never Object.prototype's. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

/** `{ ...base, [name]: value }` with `name` an own key even when it is `__proto__`, as JSON.parse makes it. */
function withOwn(base: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
  const out = { ...base };
  Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

class Point {
  constructor(readonly Bucket = 'b') {}
}

export function modelCases(): BadCall[] {
  const cases: BadCall[] = [];
  for (const [operation, op] of Object.entries(s3Model.operations)) {
    const method = xformName(operation);
    const add = (title: string, args: unknown[], names: string) => cases.push({ title: `${method}: ${title}`, method, args, names });
    const input = op.input ? shapes[op.input.shape]! : undefined;
    const members = input?.members ?? {};
    const base = input ? validStructure(input) : {};
    for (const name of input?.required ?? []) {
      const { [name]: _left, ...rest } = base;
      add(`without required ${name}`, [rest], `"${name}"`);
    }
    let turn = 0;
    for (const [name, ref] of Object.entries(members)) {
      const values = wrongValues(shapeOf(ref));
      // three wrong values per member, rotating through the hostile ones
      for (const value of [0, 1, 2].map((i) => values[(turn + i) % values.length])) {
        add(`${name} given ${describeKind(value)}`, [{ ...base, [name]: value }], name);
      }
      turn++;
      const nested = shapeOf(ref);
      if (nested.type === 'structure') {
        const inner = withOwn(validStructure(nested), '__proto__', { polluted: 'yes' });
        add(`${name} with an own __proto__ member`, [{ ...base, [name]: inner }], `${name}: "__proto__"`);
      }
    }
    for (const name of PROTOTYPE_NAMES) add(`member named ${name}`, [withOwn(base, name, 'x')], `"${name}"`);
    for (const params of ['my-bucket', [base], new Date(0), new Map(Object.entries(base)), new Point()]) {
      add(`params given as ${describeKind(params)}`, [params], 'parameter input');
    }
    for (const [options, names] of [
      [{ signal: 42 }, 'signal'],
      [{ signal: { aborted: false, addEventListener() {} } }, 'signal'],
      [{ sigal: new AbortController().signal }, 'sigal'],
      ['fast', 'call options'],
      [new Date(0), 'call options'],
    ] as const) {
      add(`options ${describeKind(options)}`, [base, options], names);
    }
  }
  return cases;
}

export function describeKind(v: unknown): string {
  if (typeof v === 'symbol') return 'a symbol';
  if (typeof v === 'bigint') return 'a BigInt';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  if (v === null || typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return 'an array';
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return 'a null-prototype object';
  if (Object.values(v).includes(v)) return 'a cycle';
  return proto === Object.prototype ? `an object ${JSON.stringify(v)}` : `a ${proto.constructor.name}`;
}
