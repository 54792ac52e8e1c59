// Modeled service errors: one ClientError subclass per exception shape, built once per model,
// exposed as client.exceptions.<Name> with from_code(code) as in botocore.
import { ClientError, type ErrorResponse } from '../errors.js';
import { own } from '../core/own.js';

export type ClientErrorClass<E extends ClientError = ClientError> = new (response: ErrorResponse, operation_name: string, detail?: string) => E;

/** An error of a modeled code: a ClientError whose `name` is the code (`NoSuchKey`). */
export interface ModeledError<Code extends string> extends ClientError {
  readonly name: Code;
}

/** The class of a modeled code, so `err instanceof client.exceptions.NoSuchKey` narrows `err`. */
export type ModeledErrorClass<Code extends string> = ClientErrorClass<ModeledError<Code>>;

/** What every client's `exceptions` has; services type their modeled classes on top (S3Exceptions). */
export interface ClientExceptions {
  readonly ClientError: typeof ClientError;
  /** The class for an error code; ClientError when the code is not modeled. */
  from_code(code: string): ClientErrorClass;
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
