// What generate_presigned_url / generate_presigned_post accept besides the request's params: each
// option checked for what it is before anything is signed, so junk never becomes a garbage policy.
import { ParamValidationError } from '../errors.js';
import { type OptionCheck, describe, isPlainObject, typeName } from '../core/own.js';
import type { PresignedPostOptions, PresignedUrlOptions } from './client.js';

const HTTP_METHOD = /^[A-Za-z]+$/;
/** Checked by checkExpiresIn, with its own message. */
const laterChecked: OptionCheck = () => undefined;

export const PRESIGNED_URL_OPTIONS: Record<keyof PresignedUrlOptions, OptionCheck> = {
  Params: (v) => (isPlainObject(v) ? undefined : `expected an object of the method's parameters, got ${typeName(v)}`),
  ExpiresIn: laterChecked,
  HttpMethod: (v) => (typeof v === 'string' && HTTP_METHOD.test(v) ? undefined : 'expected an HTTP method name such as "GET" or "PUT"'),
};

export const PRESIGNED_POST_OPTIONS: Record<keyof PresignedPostOptions, OptionCheck> = {
  Fields: (v) => {
    if (!isPlainObject(v)) return `expected an object of form fields, got ${typeName(v)}`;
    const bad = Object.entries(v).find(([, x]) => typeof x !== 'string');
    return bad ? `field ${describe(bad[0])} must be a string, got ${typeName(bad[1])}` : undefined;
  },
  Conditions: (v) => {
    if (!Array.isArray(v)) return `expected an array of conditions, got ${typeName(v)}`;
    const at = v.findIndex((c) => conditionProblem(c) !== undefined);
    return at < 0 ? undefined : `condition [${at}]: ${conditionProblem(v[at])}`;
  },
  ExpiresIn: laterChecked,
};

/** `{ field: 'value' }` or `[op, '$field' | min, value | max]`: anything else would sign a policy S3 rejects later. */
function conditionProblem(c: unknown): string | undefined {
  if (Array.isArray(c)) {
    const [op, ...rest] = c as unknown[];
    if (typeof op !== 'string' || c.length !== 3) return 'a list condition is [operator, field or min, value or max]';
    const scalar = (x: unknown) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x));
    return rest.every(scalar) ? undefined : 'list condition items must be strings or finite numbers';
  }
  if (!isPlainObject(c)) return `expected { field: value } or [operator, field, value], got ${typeName(c)}`;
  const entries = Object.entries(c);
  if (!entries.length) return 'an empty condition';
  const bad = entries.find(([, x]) => typeof x !== 'string');
  return bad ? `the value of ${describe(bad[0])} must be a string, got ${typeName(bad[1])}` : undefined;
}

export function checkKey(Key: unknown): void {
  if (typeof Key !== 'string' || Key === '') {
    throw new ParamValidationError([`Invalid type for parameter Key, value: ${describe(Key)}, type: ${typeName(Key)}, valid types: string (not empty)`]);
  }
}
