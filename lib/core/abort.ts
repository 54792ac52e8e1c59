// The AbortError of a call or wait whose AbortSignal fired, built in one place.
import { setTimeout as sleep } from 'node:timers/promises';
import { AbortError } from '../errors.js';

/** The error of an aborted operation; `cause`: the signal's reason (or whatever cut the wait short). */
export function abortError(cause: unknown): AbortError {
  return new AbortError('The operation was aborted', { cause });
}

/** Throws the AbortError when `signal` has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal.reason);
}

/** Wait `ms`, or fail with the AbortError as soon as `signal` fires. */
export async function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch (err) {
    throw abortError(signal?.reason ?? err);
  }
}
