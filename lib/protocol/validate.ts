// Generic parameter validation against the model: collects every problem, then throws once.
import { Readable } from 'node:stream';
import { ParamValidationError } from '../errors.js';
import type { ModelView } from '../core/model.js';
import { describe, isPlainObject, own, typeName } from '../core/own.js';
import type { MemberRef, Shape } from '../model/types.js';
import { isBinary } from '../core/body.js';
import { fromEpochSeconds, parseTimestamp } from './timestamp.js';

/** Extra checks a service adds for particular members (e.g. bucket name rules), by member name. */
export type MemberCheck = (value: unknown, path: string) => string | undefined;

export function validateParams(
  model: ModelView,
  shape: Shape | undefined,
  params: unknown,
  checks: Record<string, MemberCheck> = {},
): void {
  const problems: string[] = [];
  if (!shape) {
    if (isPlainObject(params) && Object.keys(params).length) {
      problems.push(`Unknown parameters in input: ${Object.keys(params).map((k) => JSON.stringify(k)).join(', ')}; this operation takes none`);
    }
  } else {
    new Validator(model, checks, problems).structure(shape, params ?? {}, '', true);
  }
  if (problems.length) throw new ParamValidationError(problems);
}

class Validator {
  constructor(
    private readonly model: ModelView,
    private readonly checks: Record<string, MemberCheck>,
    private readonly problems: string[],
  ) {}

  private report(path: string, message: string): void {
    this.problems.push(message.replace('%s', path || 'input'));
  }

  private shown(value: unknown, secret: boolean): string {
    return secret ? '***' : describe(value);
  }

  structure(shape: Shape, value: unknown, path: string, top = false): void {
    if (!isPlainObject(value)) {
      this.report(path, `Invalid type for parameter %s, value: ${this.shown(value, false)}, type: ${typeName(value)}, valid types: object`);
      return;
    }
    // own properties only: `constructor` or `toString` as a name is unknown, not Object.prototype's
    const members = shape.members ?? {};
    for (const name of shape.required ?? []) {
      if (own(value, name) === undefined) {
        this.problems.push(`Missing required parameter in ${path || 'input'}: "${name}"`);
      }
    }
    for (const [name, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const ref = own(members, name);
      const childPath = path ? `${path}.${name}` : name;
      if (!ref) {
        const valid = Object.keys(members).join(', ') || '(none)';
        this.problems.push(`Unknown parameter in ${path || 'input'}: ${JSON.stringify(name)}, must be one of: ${valid}`);
        continue;
      }
      const problem = top ? own(this.checks, name)?.(v, childPath) : undefined;
      // a service check that fails says it better than the generic type check would
      if (problem) this.problems.push(problem);
      else this.member(ref, v, childPath);
    }
  }

  member(ref: MemberRef, value: unknown, path: string, inHeader = ref.location === 'header' || ref.location === 'headers'): void {
    const shape = this.model.of(ref);
    const secret = this.model.isSensitive(ref);
    switch (shape.type) {
      case 'structure':
        return this.structure(shape, value, path);
      case 'list':
        if (!Array.isArray(value)) return this.invalidType(path, value, secret, 'array');
        this.range(shape, value.length, path, 'length');
        value.forEach((item, i) => this.member(shape.member!, item, `${path}[${i}]`));
        return;
      case 'map':
        if (!isPlainObject(value)) return this.invalidType(path, value, secret, 'object');
        for (const [k, v] of Object.entries(value)) {
          // a header-map key becomes part of a header name: only HTTP token characters fit there
          if (inHeader && !HEADER_TOKEN.test(k)) this.report(path, `Invalid key for parameter %s, key: ${this.shown(k, false)}: header names allow only letters, digits and !#$%&'*+-.^_\`|~`);
          else this.member(shape.key!, k, `${path} (key)`, inHeader);
          this.member(shape.value!, v, `${path}.${k}`, inHeader);
        }
        return;
      case 'string':
        if (typeof value !== 'string') return this.invalidType(path, value, secret, 'string');
        // enum values are not enforced (as botocore): services add values, and IBM's lists are partial
        this.range(shape, value.length, path, 'length');
        if (inHeader) this.headerSafe(value, path, secret);
        return;
      case 'integer':
      case 'long':
        if (typeof value === 'bigint') return;
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.invalidType(path, value, secret, 'integer');
        this.range(shape, value, path, 'value');
        return;
      case 'float':
      case 'double':
        if (typeof value !== 'number' || Number.isNaN(value)) return this.invalidType(path, value, secret, 'number');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') return this.invalidType(path, value, secret, 'boolean');
        return;
      case 'timestamp':
        if (value instanceof Date) {
          if (Number.isNaN(value.getTime())) this.report(path, 'Invalid value for parameter %s: an invalid Date');
        } else if (typeof value === 'string') {
          if (!parseTimestamp(value)) this.report(path, `Invalid timestamp for parameter %s, value: ${this.shown(value, secret)}`);
        } else if (typeof value !== 'number' || !Number.isFinite(value)) {
          this.invalidType(path, value, secret, 'Date, ISO 8601 string, epoch seconds');
        } else if (!fromEpochSeconds(value)) {
          this.report(path, `Invalid timestamp for parameter %s, value: ${value}: out of the Date range`);
        }
        return;
      case 'blob':
        if (typeof value === 'string' || isBinary(value)) return;
        // a Web ReadableStream is async-iterable
        if (shape.streaming && (value instanceof Blob || value instanceof Readable || isAsyncIterable(value))) return;
        return this.invalidType(path, value, secret, shape.streaming ? 'string, Buffer, Uint8Array, ArrayBuffer, DataView, Blob, Readable, ReadableStream' : 'string, Buffer, Uint8Array, ArrayBuffer, DataView');
    }
  }

  private invalidType(path: string, value: unknown, secret: boolean, valid: string): void {
    this.report(path, `Invalid type for parameter %s, value: ${this.shown(value, secret)}, type: ${typeName(value)}, valid types: ${valid}`);
  }

  private range(shape: Shape, n: number, path: string, what: string): void {
    if (shape.min !== undefined && n < shape.min) this.report(path, `Invalid ${what} for parameter %s, value: ${n}, valid min ${what}: ${shape.min}`);
    if (shape.max !== undefined && n > shape.max) this.report(path, `Invalid ${what} for parameter %s, value: ${n}, valid max ${what}: ${shape.max}`);
  }

  /** HTTP header values carry text without control characters (sent as UTF-8, as botocore sends it). */
  private headerSafe(value: string, path: string, secret: boolean): void {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
      this.report(path, `Invalid value for parameter %s, value: ${this.shown(value, secret)}: header values must be text without control characters`);
    }
  }
}

const HEADER_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function isAsyncIterable(v: unknown): boolean {
  return v !== null && typeof v === 'object' && Symbol.asyncIterator in v;
}
