// JMESPath's view of data: types, truthiness, equality and ordering.
import { isPlainObject } from '../own.js';

export type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** The JSON type of a value; anything else a response may hold (a Date, bytes, a stream) is 'unknown'. */
export function typeOf(v: unknown): JsonType | 'unknown' {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'array';
  return isPlainObject(v) ? 'object' : 'unknown';
}

/** JMESPath truthiness: null, false, '', [] and {} are false; everything else (0 too) is true. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isPlainObject(v)) return Object.keys(v).length > 0;
  return true;
}

/** Deep equality of JSON values; `true` is not `1`. Dates (response timestamps) are equal as instants. */
export function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return (a ?? null) === (b ?? null);
}

/** Strings ordered by code point, as python orders them (JS `<` compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
  }
  return x.length - y.length;
}

/**
 * Order two values of one kind: numbers, strings (as the python library does) or Dates; otherwise
 * undefined, which the `<` family turns into null.
 */
export function order(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return undefined;
}
