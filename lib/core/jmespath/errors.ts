import { IbmBotoError } from '../../errors.js';

/** The compliance suite's error classes: what went wrong, as the python library's exception classes tell it. */
export type JMESPathErrorKind = 'syntax' | 'invalid-type' | 'invalid-arity' | 'invalid-value' | 'unknown-function';

/** A malformed expression, or a function given the wrong number or types of arguments. */
export class JMESPathError extends IbmBotoError {
  constructor(
    message: string,
    readonly kind: JMESPathErrorKind = 'syntax',
  ) {
    super(message);
  }
}
