// TransferFuture: one managed transfer in progress, with typed events (node:events) and its result.
import { EventEmitter, setMaxListeners } from 'node:events';
import { AbortError } from '../errors.js';
import type { Log } from '../core/logging.js';
import { Progress, type ProgressEvent } from './progress.js';

export type { ProgressEvent } from './progress.js';

/** One part (upload, copy) or range (download) finished. */
export interface PartEvent {
  part_number: number;
  /** Bytes in the part. */
  size: number;
  /** The part's ETag (uploads and copies). */
  ETag?: string;
}

export interface TransferEvents<T> {
  /** The transfer starts (emitted asynchronously, so listeners added right after the call see it). */
  queued: [];
  progress: [ProgressEvent];
  part: [PartEvent];
  done: [T];
  error: [unknown];
}

export interface TransferMeta {
  /** Sequence number within its TransferManager. */
  readonly transfer_id: number;
  readonly call_args: Readonly<Record<string, unknown>>;
  /** Size in bytes, once known (after the HEAD of a download or copy, at the end of a stream). */
  size: number | undefined;
}

/** What a running transfer gets from its future: where to report, and when to stop. */
export interface TransferControl {
  readonly progress: Progress;
  /** Aborted by the caller's signal, by cancel(), or by the transfer's own first failure. */
  readonly signal: AbortSignal;
  /** Stop every request of this transfer because of `error` (first call wins). */
  fail(error: unknown): void;
  part(event: PartEvent): void;
  setSize(size: number | undefined): void;
}

export class TransferFuture<T = void> extends EventEmitter<TransferEvents<T>> {
  readonly meta: TransferMeta;
  readonly #controller = new AbortController();
  readonly #promise: Promise<T>;
  #done = false;
  /** A listener or callback that threw: the transfer fails with that error. */
  #listenerError: { error: unknown } | undefined;
  /** The failure that stopped the transfer (requests still running then end with AbortError). */
  #failure: { error: unknown } | undefined;

  /** `log`: where to log the transfer's start, parts and end, and how to name it there (`upload ./a.bin -> s3://b/k`). */
  constructor(meta: Omit<TransferMeta, 'size'>, run: (control: TransferControl) => Promise<T>, signal?: AbortSignal, log?: { to: Log; label: () => string }) {
    super();
    this.meta = { ...meta, size: undefined };
    const debug = log?.to.enabled() ? (what: string) => log.to.debug(`transfer ${meta.transfer_id} (${log.label()}): ${what}`) : undefined;
    const signals = signal ? [signal, this.#controller.signal] : [this.#controller.signal];
    const combined = signals.length === 1 ? signals[0]! : AbortSignal.any(signals);
    // every request, slot wait and stream of the transfer listens to it
    setMaxListeners(0, combined);
    const progress = new Progress((event) => this.#safeEmit('progress', event));
    const control: TransferControl = {
      progress,
      signal: combined,
      fail: (error) => {
        this.#failure ??= { error };
        this.#controller.abort(error);
      },
      part: (event) => {
        debug?.(`part ${event.part_number} done, ${event.size} B${event.ETag ? `, ETag ${event.ETag}` : ''}`);
        this.#safeEmit('part', event);
      },
      setSize: (size) => {
        this.meta.size = size;
        progress.total = size;
      },
    };
    this.#promise = Promise.resolve()
      .then(() => {
        if (combined.aborted) throw new AbortError('The transfer was cancelled before it started', { cause: combined.reason });
        debug?.('started');
        this.#safeEmit('queued');
        return run(control);
      })
      .then(
        (value) => {
          if (this.#listenerError) throw this.#listenerError.error;
          this.#done = true;
          debug?.(`done${this.meta.size !== undefined ? `, ${this.meta.size} B` : ''}`);
          this.emit('done', value);
          return value;
        },
        (err: unknown) => {
          this.#done = true;
          // an abort caused by the first failure reports that failure; an abort at the root reports the
          // final error (it may say more: an upload left behind)
          const first = this.#failure?.error;
          const root = err instanceof AbortError && first !== undefined && !(first instanceof AbortError) ? first : err;
          const error = this.#listenerError ? this.#listenerError.error : root;
          debug?.(`failed: ${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`);
          // node's emitter throws an 'error' nobody listens to; result() reports it anyway
          if (this.listenerCount('error') > 0) this.emit('error', error);
          throw error;
        },
      );
    // result() hands the rejection to the caller; a future nobody awaits must not crash the process
    this.#promise.catch(() => undefined);
  }

  /** Resolves when the transfer is complete; rejects with its first error (the others are cancelled). */
  result(): Promise<T> {
    return this.#promise;
  }

  /** Whether the transfer has finished, successfully or not. */
  done(): boolean {
    return this.#done;
  }

  /** Stop the transfer: requests are aborted, a multipart upload is aborted, a partial download removed. */
  cancel(message = 'The transfer was cancelled'): void {
    this.#controller.abort(new AbortError(message));
  }

  #safeEmit<E extends keyof TransferEvents<T>>(event: E, ...args: TransferEvents<T>[E]): void {
    try {
      (this.emit as (e: E, ...a: TransferEvents<T>[E]) => boolean)(event, ...args);
    } catch (error) {
      // as in boto3, a failing Callback fails the transfer
      this.#listenerError ??= { error };
      this.#controller.abort(error);
    }
  }
}

