// Concurrency and rate helpers for transfers: a semaphore, a bounded "for each" over a lazy
// source that stops at the first failure, and a bandwidth limiter. Nothing S3-specific here.
import { setTimeout as sleep } from 'node:timers/promises';
import { abortError } from '../core/abort.js';

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

export class Semaphore {
  readonly size: number;
  #free: number;
  readonly #waiters: Waiter[] = [];

  constructor(size: number) {
    this.size = size;
    this.#free = size;
  }

  get available(): number {
    return this.#free;
  }

  /** Take a slot, waiting for one if needed; rejects with AbortError if `signal` fires first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal.reason));
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.#waiters.indexOf(waiter);
          if (i >= 0) this.#waiters.splice(i, 1);
          reject(abortError(signal.reason));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiters.push(waiter);
    });
  }

  /** Runs `task` holding a slot (waiting for one first; `signal` ends the wait). */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  release(): void {
    const next = this.#waiters.shift();
    if (!next) {
      this.#free++;
      return;
    }
    if (next.onAbort) next.signal!.removeEventListener('abort', next.onAbort);
    next.resolve();
  }
}

/** The next item of `iterator`, or an AbortError as soon as `signal` fires (the source may block for long). */
async function nextOrAbort<T>(iterator: AsyncIterator<T>, signal: AbortSignal): Promise<IteratorResult<T>> {
  if (signal.aborted) throw abortError(signal.reason);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([iterator.next(), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort!);
  }
}

export interface ForEachOptions<T> {
  /** Fires (once) for the first failure, so the caller can cancel the tasks in flight. */
  onFailure(error: unknown): void;
  /** Ends waiting for items and slots; tasks are expected to watch it too. */
  signal: AbortSignal;
  /** Frees an item pulled but never handed to `task`. */
  discard?(item: T): void;
}

/**
 * Runs `task` on each item of `items`, at most `slots.size` at once (slots may be shared). Items
 * are pulled one at a time, only after the previous one got a slot, so a lazy source is never read
 * far ahead. Stops at the first failure, waits for the tasks in flight, and rethrows that failure.
 */
export async function forEachBounded<T>(
  items: AsyncIterable<T> | Iterable<T>,
  slots: Semaphore,
  task: (item: T) => Promise<void>,
  options: ForEachOptions<T>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    options.onFailure(error);
  };
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  let finished = false;
  try {
    while (!failure) {
      const step = await nextOrAbort(iterator, options.signal);
      if (step.done) {
        finished = true;
        break;
      }
      try {
        await slots.acquire(options.signal);
      } catch (err) {
        options.discard?.(step.value);
        throw err;
      }
      if (failure) {
        slots.release();
        options.discard?.(step.value);
        break;
      }
      const run: Promise<void> = task(step.value)
        .catch(fail)
        .finally(() => {
          slots.release();
          running.delete(run);
        });
      running.add(run);
    }
  } catch (err) {
    fail(err);
  }
  // not awaited: a source blocked in next() only settles its return() after that next()
  if (!finished) iterator.return?.().catch(() => undefined);
  await Promise.all(running);
  if (failure) throw failure.error;
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next(), return: async () => it.return?.() ?? { done: true, value: undefined } };
}

/** Keeps the average rate of everything passed through `consume` at or under `bytesPerSecond`. */
export class BandwidthLimiter {
  readonly bytesPerSecond: number;
  /** When (performance.now() ms) the bytes booked so far have "left" at the allowed rate. */
  #clearAt = 0;

  constructor(bytesPerSecond: number) {
    this.bytesPerSecond = bytesPerSecond;
  }

  /** Waits until `bytes` more may go, given what went before. */
  async consume(bytes: number, signal?: AbortSignal): Promise<void> {
    const now = performance.now();
    const startAt = Math.max(this.#clearAt, now);
    this.#clearAt = startAt + (bytes / this.bytesPerSecond) * 1000;
    // timers cannot wait less than about a millisecond; the schedule above still keeps the average
    if (startAt - now >= 2) {
      try {
        await sleep(startAt - now, undefined, { signal });
      } catch (err) {
        throw signal?.aborted ? abortError(signal.reason) : err;
      }
    }
  }
}
