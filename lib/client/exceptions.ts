// Modeled service errors: one ClientError subclass per exception shape, built once per model,
// exposed as client.exceptions.<Name> with from_code(code) as in botocore.
import { ClientError, type ErrorResponse } from '../errors.js';
import { own } from '../core/own.js';

export type ClientErrorClass = new (response: ErrorResponse, operation_name: string) => ClientError;

export interface ClientExceptions {
  readonly ClientError: typeof ClientError;
  from_code(code: string): ClientErrorClass;
  readonly [name: string]: ClientErrorClass | ((code: string) => ClientErrorClass);
}

const cache = new WeakMap<object, ClientExceptions>();

export function exceptionsFor(modelKey: object, names: string[]): ClientExceptions {
  let found = cache.get(modelKey);
  if (found) return found;
  const classes: Record<string, ClientErrorClass> = {};
  for (const name of names) {
    // a named class per code, so `instanceof client.exceptions.NoSuchKey` and err.name both work
    const cls = { [name]: class extends ClientError {} }[name]!;
    classes[name] = cls;
  }
  found = Object.freeze({
    ...classes,
    ClientError,
    from_code: (code: string) => own(classes, code) ?? ClientError, // a server's code `constructor` is no class of ours
  }) as ClientExceptions;
  cache.set(modelKey, found);
  return found;
}
