// Evaluates a parsed expression against data, as the specification (and the python library) do.
import { isPlainObject } from '../own.js';
import type { Node } from './ast.js';
import { ExpRef, callFunction } from './functions.js';
import { equal, order, truthy } from './values.js';

export function evaluate(node: Node, value: unknown): unknown {
  switch (node.type) {
    case 'field':
      return isPlainObject(value) && Object.hasOwn(value, node.name) ? (value[node.name] ?? null) : null;
    case 'current':
      return value ?? null;
    case 'literal':
      return node.value;
    case 'sub':
    case 'pipe':
      return evaluate(node.right, evaluate(node.left, value));
    case 'index': {
      if (!Array.isArray(value)) return null;
      return value[node.index < 0 ? value.length + node.index : node.index] ?? null;
    }
    case 'slice':
      return Array.isArray(value) ? slice(value, node.start, node.stop, node.step ?? 1) : null;
    case 'flatten': {
      const list = evaluate(node.child, value);
      return Array.isArray(list) ? list.flatMap((x) => (Array.isArray(x) ? x : [x])) : null;
    }
    case 'project': {
      const list = evaluate(node.left, value);
      return Array.isArray(list) ? collect(list, node.right) : null;
    }
    case 'values': {
      const obj = evaluate(node.left, value);
      return isPlainObject(obj) ? collect(Object.values(obj), node.right) : null;
    }
    case 'filter': {
      const list = evaluate(node.left, value);
      return Array.isArray(list) ? collect(list.filter((x) => truthy(evaluate(node.cond, x))), node.right) : null;
    }
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
    case 'list':
      return value === null || value === undefined ? null : node.items.map((n) => evaluate(n, value));
    case 'hash':
      return value === null || value === undefined ? null : hash(node.entries, value);
    case 'call':
      return callFunction(node.name, node.args.map((n) => evaluate(n, value)));
    case 'expref': {
      const child = node.child;
      return new ExpRef(child, (v) => evaluate(child, v));
    }
  }
}

/** A projection: `right` applied to each element, null results dropped. */
function collect(list: unknown[], right: Node): unknown[] {
  const out: unknown[] = [];
  for (const item of list) {
    const r = evaluate(right, item);
    if (r !== null && r !== undefined) out.push(r);
  }
  return out;
}

function hash(entries: [string, Node][], value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // defineProperty: a key named __proto__ stays an ordinary key
  for (const [k, n] of entries) Object.defineProperty(out, k, { value: evaluate(n, value), enumerable: true, writable: true, configurable: true });
  return out;
}

function compare(op: string, a: unknown, b: unknown): boolean | null {
  if (op === '==') return equal(a, b);
  if (op === '!=') return !equal(a, b);
  const c = order(a, b);
  if (c === undefined) return null;
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}

/** Python's slice rules: bounds clamped to the list, negative ones counted from the end. */
function slice(list: unknown[], start: number | null, stop: number | null, step: number): unknown[] {
  const n = list.length;
  const clamp = (i: number | null, dflt: number): number => {
    if (i === null) return dflt;
    if (i < 0) return Math.max(i + n, step < 0 ? -1 : 0);
    return Math.min(i, step < 0 ? n - 1 : n);
  };
  const from = clamp(start, step < 0 ? n - 1 : 0);
  const to = clamp(stop, step < 0 ? -1 : n);
  const out: unknown[] = [];
  for (let i = from; step > 0 ? i < to : i > to; i += step) out.push(list[i]);
  return out;
}
