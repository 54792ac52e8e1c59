// Connection slots per origin, in front of undici's pool. undici queues a request for a full pool
// with no deadline, and its AbortSignal cannot take it out of that queue; here a call waits for a
// slot itself, leaves the queue the moment its signal fires, and gives up with a typed, retryable
// error once no connection of the pool has been given back for the whole wait. A busy pool keeps
// giving connections back (each one restarts the clock), so only a stuck one times out.
import { ConnectionPoolTimeoutError } from '../errors.js';
import { abortError } from '../core/abort.js';

/** One connection's worth of the pool; give it back once the exchange is over (idempotent). */
export interface Slot {
  release(): void;
  /** Not given back yet: undici is still busy with the exchange (an answer not read to its end). */
  readonly held: boolean;
}

interface Waiter {
  /** performance.now() when the wait began. */
  since: number;
  grant(slot: Slot): void;
  fail(err: Error): void;
}

class OriginPool {
  busy = 0;
  /** performance.now() when a connection was last given back (or the pool was created). */
  lastFreed = performance.now();
  readonly waiters: Waiter[] = [];
  timer: NodeJS.Timeout | undefined;
}

export class ConnectionSlots {
  readonly #size: number;
  readonly #timeoutMs: number;
  readonly #pools = new Map<string, OriginPool>();

  /** `size` connections per origin (max_pool_connections); `timeoutMs` of a wait with nothing given back. */
  constructor(size: number, timeoutMs: number) {
    this.#size = size;
    this.#timeoutMs = timeoutMs;
  }

  /** A slot for `origin`: at once if one is free, else once one is given back. */
  acquire(origin: string, signal?: AbortSignal): Slot | Promise<Slot> {
    if (signal?.aborted) return Promise.reject(abortError(signal.reason));
    let pool = this.#pools.get(origin);
    if (!pool) this.#pools.set(origin, (pool = new OriginPool()));
    if (pool.busy < this.#size) return this.#take(origin, pool);
    return new Promise<Slot>((resolve, reject) => {
      const onAbort = () => {
        remove(pool.waiters, waiter);
        this.#schedule(origin, pool);
        reject(abortError(signal!.reason));
      };
      const waiter: Waiter = {
        since: performance.now(),
        grant: (slot) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(slot);
        },
        fail: (err) => {
          signal?.removeEventListener('abort', onAbort);
          reject(err);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pool.waiters.push(waiter);
      this.#schedule(origin, pool);
    });
  }

  #take(origin: string, pool: OriginPool): Slot {
    pool.busy++;
    return new PoolSlot(this, origin, pool);
  }

  /** A slot of `pool` was given back: the longest waiter gets it, or an idle pool is forgotten. */
  released(origin: string, pool: OriginPool): void {
    pool.busy--;
    pool.lastFreed = performance.now();
    const next = pool.waiters.shift();
    if (next) next.grant(this.#take(origin, pool));
    else if (pool.busy === 0) this.#pools.delete(origin);
    this.#schedule(origin, pool);
  }

  /** Arms the deadline of the longest waiter (the others' come later: they began later). */
  #schedule(origin: string, pool: OriginPool): void {
    clearTimeout(pool.timer);
    pool.timer = undefined;
    const head = pool.waiters[0];
    if (!head) return;
    const due = Math.max(head.since, pool.lastFreed) + this.#timeoutMs - performance.now();
    if (due > 0) {
      // kept referenced: a script waiting here must not exit as if it had nothing left to do
      pool.timer = setTimeout(() => this.#schedule(origin, pool), due);
      return;
    }
    pool.waiters.shift();
    head.fail(this.#exhausted(origin));
    this.#schedule(origin, pool);
  }

  #exhausted(origin: string): ConnectionPoolTimeoutError {
    const seconds = this.#timeoutMs / 1000;
    return new ConnectionPoolTimeoutError(
      `No connection to ${origin} was free for ${seconds} s: all ${this.#size} (max_pool_connections) stayed in use. ` +
        'A response body holds its connection until it is read to the end or closed, so this is usually bodies ' +
        'nobody reads: read each Body, call Body.close() on the ones you do not need, or raise max_pool_connections in Config',
    );
  }
}

/** A class, not an object literal of closures: one is made per request. */
class PoolSlot implements Slot {
  #held = true;
  readonly #slots: ConnectionSlots;
  readonly #origin: string;
  readonly #pool: OriginPool;

  constructor(slots: ConnectionSlots, origin: string, pool: OriginPool) {
    this.#slots = slots;
    this.#origin = origin;
    this.#pool = pool;
  }

  get held(): boolean {
    return this.#held;
  }

  release(): void {
    if (!this.#held) return;
    this.#held = false;
    this.#slots.released(this.#origin, this.#pool);
  }
}

function remove<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}
