// Own properties only: how every layer reads, copies and merges objects a caller handed us (often
// parsed JSON from somewhere the caller does not control). Nothing here reads through or writes to a
// prototype: `__proto__`, `constructor` and `prototype` are ordinary data, never a way into
// Object.prototype.
import { ParamValidationError } from '../errors.js';

/** A `{ … }` literal or JSON object (prototype Object.prototype or null): not an array, Date, Map or class instance. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** `obj[key]` if `key` is an own property of `obj`, else undefined (never an inherited `toString`). */
export function own<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return obj !== undefined && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Define `obj[key] = value` as an own data property: `__proto__` stays data, the prototype is not touched. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Object.assign without its [[Set]]: the own enumerable members of `sources` defined on `target`, later ones winning. */
export function assignOwn(target: Record<string, unknown>, ...sources: Record<string, unknown>[]): Record<string, unknown> {
  for (const source of sources) for (const [k, v] of Object.entries(source)) setOwn(target, k, v);
  return target;
}

/** Plain data deep-copied with own keys only; anything else (streams, buffers, class instances) kept by reference. */
export function cloneOwn(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloneOwn);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) setOwn(out, k, cloneOwn(x));
  return out;
}

/**
 * A value shown in an error message, whatever it is: strings quoted and cut, objects by their kind
 * (a null-prototype object, a cycle, a BigInt or a symbol never make the message itself throw).
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return String(value);
    case 'function':
      return 'function';
    case 'object':
      return value === null ? 'null' : typeName(value);
    default:
      return String(value);
  }
}

/** The type of a value for messages: `null`, `array`, the class name of an object (`Date`, `Object`), or typeof. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v !== 'object') return typeof v;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === null) return 'Object';
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value as { name?: unknown } | undefined;
  return typeof ctor?.name === 'string' && ctor.name ? ctor.name : 'object';
}

/**
 * The params argument of a call: none (undefined, null) or a plain object; a string, an array, a
 * Date or a class instance would spread into bogus (or no) members, so it is refused.
 */
export function inputParams(params: unknown, what = 'parameter input'): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (!isPlainObject(params)) {
    throw new ParamValidationError([`Invalid type for ${what}, value: ${describe(params)}, type: ${typeName(params)}, valid types: object`]);
  }
  return params;
}

/** How one option is checked: a problem to report, or undefined when the value is fine. */
export type OptionCheck = (value: unknown) => string | undefined;

/** The problems of an options object: not a plain object, unknown keys, values their check refuses. */
export function optionProblems(options: unknown, what: string, checks: Readonly<Record<string, OptionCheck>>): string[] {
  if (!isPlainObject(options)) return [`Invalid type for ${what}, value: ${describe(options)}, type: ${typeName(options)}, valid types: object`];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const check = own(checks, name);
    const problem = check ? check(value) : undefined;
    if (!check) problems.push(`Unknown parameter in ${what}: ${describe(name)}, must be one of: ${Object.keys(checks).join(', ')}`);
    else if (problem) problems.push(`Invalid value for ${what}.${name}, value: ${describe(value)}: ${problem}`);
  }
  return problems;
}

/**
 * An options argument (`{ signal }`, `{ ExtraArgs, Callback, Config }`): undefined or null is "none";
 * anything but a plain object, an unknown key or a value its check refuses is an error (by default
 * ParamValidationError) naming the member. Returns a fresh object of the given members (own keys only).
 */
export function checkOptions(
  options: unknown,
  what: string,
  checks: Readonly<Record<string, OptionCheck>>,
  fail: (problems: string[]) => Error = (problems) => new ParamValidationError(problems),
): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  const problems = optionProblems(options, what, checks);
  if (problems.length) throw fail(problems);
  return Object.fromEntries(Object.entries(options as object).filter(([, v]) => v !== undefined));
}

/** An option that is itself an options object (`Config({ retries: { … } })`): its problems in one line. */
export function nestedOptions(what: string, checks: Readonly<Record<string, OptionCheck>>): OptionCheck {
  return (v) => optionProblems(v, what, checks).join('; ') || undefined;
}

/** `signal`: an AbortSignal (a look-alike would be trusted to fire and to be listened on). */
export const isSignal: OptionCheck = (v) => (v instanceof AbortSignal ? undefined : 'expected an AbortSignal');

/** The trailing `{ signal }` of a network call. */
export function callOptions(options: unknown, what = 'call options'): { signal?: AbortSignal } {
  return checkOptions(options, what, { signal: isSignal });
}
