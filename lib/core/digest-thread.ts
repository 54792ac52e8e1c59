// Digests of large downloads on a worker thread, so verifying an MD5 (about as much CPU as receiving
// the bytes) overlaps with receiving them instead of holding up the event loop. One thread per
// process, started on first use, never keeping the process alive by itself. Two kinds of job:
// bytes handed over in order (copied once into a few recycled buffers that move between the threads
// without copying), and a file filled by ranges in any order, which the thread reads back from the
// page cache, in order, each stretch once the bytes before it are hashed. node:worker_threads is loaded
// on first use too (it would cost every process's start ~4 ms).
import { type Hash, createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';

export type DigestAlgorithm = 'md5' | 'sha256';

/** Bytes per hand-over; a few per digest in flight bound its memory. */
const BATCH_BYTES = 1024 * 1024;
const BATCHES_PER_DIGEST = 4;

// Plain CommonJS run with `eval` (the package is bundled: no worker file to locate on disk).
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const { createHash } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, closeSync } = process.getBuiltinModule('node:fs');
const jobs = new Map();
const readBuffer = Buffer.allocUnsafe(${BATCH_BYTES});
function finish(id, job) {
  jobs.delete(id);
  if (job.fd !== undefined) closeSync(job.fd);
}
function follow(job) {
  for (let end = job.ready.get(job.hashed); end !== undefined; end = job.ready.get(job.hashed)) {
    job.ready.delete(job.hashed);
    while (job.hashed < end) {
      const n = readSync(job.fd, readBuffer, 0, Math.min(readBuffer.length, end - job.hashed), job.hashed);
      if (n === 0) throw new Error('the file ended at ' + job.hashed + ' bytes while checking it');
      job.hash.update(readBuffer.subarray(0, n));
      job.hashed += n;
    }
  }
}
parentPort.on('message', (m) => {
  const job = jobs.get(m.id);
  try {
    if (m.op === 'start') {
      const started = { hash: createHash(m.algorithm), fd: undefined, hashed: m.from, ready: new Map(), error: undefined };
      jobs.set(m.id, started);
      if (m.path !== undefined) started.fd = openSync(m.path, 'r');
    } else if (!job) {
      if (m.op === 'data') parentPort.postMessage({ id: m.id, buffer: m.buffer }, [m.buffer]);
      if (m.op === 'end') parentPort.postMessage({ id: m.id, error: 'unknown digest job' });
    } else if (m.op === 'data') {
      if (job.error === undefined) job.hash.update(new Uint8Array(m.buffer, 0, m.length));
      job.hashed += m.length;
      parentPort.postMessage({ id: m.id, buffer: m.buffer }, [m.buffer]);
    } else if (m.op === 'range') {
      job.ready.set(m.start, m.end);
      if (job.error === undefined) follow(job);
    } else if (m.op === 'end') {
      finish(m.id, job);
      if (job.error !== undefined) throw job.error;
      parentPort.postMessage({ id: m.id, hashed: job.hashed, hex: job.hash.digest('hex') });
    } else if (m.op === 'cancel') {
      finish(m.id, job);
    }
  } catch (err) {
    const failed = jobs.get(m.id);
    if (failed && m.op !== 'end') failed.error = err;
    else parentPort.postMessage({ id: m.id, error: String(err && err.message || err) });
  }
});
`;

interface Reply {
  id: number;
  buffer?: ArrayBuffer;
  hex?: string;
  hashed?: number;
  error?: string;
}

interface Job {
  onBuffer(buffer: ArrayBuffer): void;
  onResult(reply: Reply): void;
  onCrash(err: Error): void;
}

/**
 * The process's digest thread: routes replies to jobs, and is referenced only while someone awaits it.
 * Jobs are held weakly unless the thread has something of theirs (a buffer, a pending answer): one
 * abandoned with its body (never read to the end, never closed) is collected and cancelled.
 */
class DigestThread {
  #worker?: Worker;
  /** The Worker class once node:worker_threads is loaded; messages wait in #queue until then. */
  #Worker?: typeof Worker;
  #loading?: Promise<void>;
  readonly #queue: [Record<string, unknown>, ArrayBuffer[] | undefined][] = [];
  readonly #jobs = new Map<number, WeakRef<Job>>();
  readonly #held = new Map<Job, number>();
  readonly #abandoned = new FinalizationRegistry<number>((id) => {
    this.#jobs.delete(id);
    if (this.#worker || this.#queue.length) this.post({ op: 'cancel', id });
  });
  #nextId = 1;
  #awaiting = 0;

  start(job: Job, algorithm: DigestAlgorithm, path?: string, from = 0): number {
    const id = this.#nextId++;
    this.#jobs.set(id, new WeakRef(job));
    this.#abandoned.register(job, id, job);
    this.post({ op: 'start', id, algorithm, path, from });
    return id;
  }

  post(message: Record<string, unknown>, transfer?: ArrayBuffer[]): void {
    const worker = this.#spawned();
    if (worker) worker.postMessage(message, transfer);
    else this.#queue.push([message, transfer]);
  }

  /** Keep `job` alive while the thread has something of it (counted). */
  hold(job: Job): void {
    this.#held.set(job, (this.#held.get(job) ?? 0) + 1);
  }

  release(job: Job): void {
    const n = (this.#held.get(job) ?? 1) - 1;
    if (n > 0) this.#held.set(job, n);
    else this.#held.delete(job);
  }

  forget(id: number, job: Job): void {
    this.#jobs.delete(id);
    this.#held.delete(job);
    this.#abandoned.unregister(job);
  }

  /** Keep the process alive until `promise` settles (the thread alone never does). */
  async awaiting<T>(promise: Promise<T>): Promise<T> {
    if (this.#awaiting++ === 0) this.#worker?.ref();
    try {
      return await promise;
    } finally {
      if (--this.#awaiting === 0) this.#worker?.unref();
    }
  }

  /** The running thread, or undefined while node:worker_threads loads (the queue is sent once it runs). */
  #spawned(): Worker | undefined {
    if (this.#worker) return this.#worker;
    if (!this.#Worker) {
      this.#loading ??= import('node:worker_threads').then(({ Worker: loaded }) => {
        this.#Worker = loaded;
        const started = this.#spawned()!;
        for (const [message, transfer] of this.#queue.splice(0)) started.postMessage(message, transfer);
      });
      return undefined;
    }
    const worker = new this.#Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (reply: Reply) => {
      const job = this.#jobs.get(reply.id)?.deref();
      if (reply.buffer) job?.onBuffer(reply.buffer);
      else job?.onResult(reply);
    });
    const crashed = (err: Error) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      const jobs = [...this.#jobs.values()];
      this.#jobs.clear();
      this.#held.clear();
      for (const job of jobs) job.deref()?.onCrash(err);
    };
    worker.on('error', crashed);
    worker.on('exit', (code) => crashed(new Error(`the digest thread exited (code ${code})`)));
    // after the listeners: adding a 'message' listener references the thread's port again
    if (this.#awaiting === 0) worker.unref();
    this.#worker = worker;
    return worker;
  }
}

const thread = new DigestThread();

/** Work common to both kinds of job: the final answer, crash handling, cancellation. */
abstract class ThreadJob implements Job {
  protected readonly id: number;
  #result?: Promise<Reply>;
  #settle?: (reply: Reply) => void;
  #crash?: Error;
  #ended = false;

  constructor(algorithm: DigestAlgorithm, path?: string, from?: number) {
    this.id = thread.start(this, algorithm, path, from);
  }

  onBuffer(_buffer: ArrayBuffer): void {}

  onResult(reply: Reply): void {
    this.#settle?.(reply);
  }

  onCrash(err: Error): void {
    this.#crash = err;
    this.#settle?.({ id: this.id, error: err.message });
  }

  protected get crashed(): Error | undefined {
    return this.#crash;
  }

  /** Cancelled, or its answer asked for: nothing more may be handed over. */
  protected get ended(): boolean {
    return this.#ended;
  }

  /** Ask for the digest of everything handed over; resolves with the thread's answer. */
  protected async end(): Promise<Reply> {
    if (this.#crash) throw this.#crash;
    if (!this.#result) {
      this.#ended = true;
      this.#result = new Promise<Reply>((resolve) => (this.#settle = resolve));
      thread.hold(this);
      thread.post({ op: 'end', id: this.id });
    }
    const reply = await thread.awaiting(this.#result);
    thread.forget(this.id, this);
    if (reply.error !== undefined) throw new Error(`digest thread: ${reply.error}`);
    return reply;
  }

  /** Drop the job (a failed or abandoned read); any later answer is ignored. */
  cancel(): void {
    if (this.#ended) return;
    this.#ended = true;
    thread.forget(this.id, this);
    if (!this.#crash) thread.post({ op: 'cancel', id: this.id });
  }
}

/** A digest of bytes given in order, computed on the digest thread. */
export class ThreadDigest extends ThreadJob implements OrderedDigest {
  readonly #free: ArrayBuffer[] = [];
  #batch?: Uint8Array;
  #filled = 0;
  #lent = 0;
  #returned?: () => void;

  constructor(algorithm: DigestAlgorithm) {
    super(algorithm);
  }

  override onBuffer(buffer: ArrayBuffer): void {
    this.#lent--;
    thread.release(this);
    this.#free.push(buffer);
    this.#returned?.();
  }

  override onCrash(err: Error): void {
    super.onCrash(err);
    this.#returned?.();
  }

  /** A hand-over waiting for a buffer wakes up and stops: its buffer will never come back now (and its wait keeps the thread referenced). */
  override cancel(): void {
    super.cancel();
    this.#returned?.();
  }

  /** Copy `chunk` into the hand-over buffers; resolves once it is all taken (waits while every buffer is with the thread). */
  async update(chunk: Uint8Array): Promise<void> {
    if (this.ended) throw new Error('digest updated after its end or cancellation');
    for (let at = 0; at < chunk.length; ) {
      if (this.crashed) throw this.crashed;
      const batch = this.#batch ?? (await this.#freeBatch());
      const n = Math.min(batch.length - this.#filled, chunk.length - at);
      batch.set(chunk.subarray(at, at + n), this.#filled);
      this.#filled += n;
      at += n;
      if (this.#filled === batch.length) this.#hand();
    }
  }

  /** The digest (hex) of all the bytes given. */
  async hex(): Promise<string> {
    this.#hand();
    return (await this.end()).hex!;
  }

  #hand(): void {
    if (!this.#batch || this.#filled === 0) return;
    const buffer = this.#batch.buffer as ArrayBuffer;
    thread.post({ op: 'data', id: this.id, buffer, length: this.#filled }, [buffer]);
    this.#batch = undefined;
    this.#filled = 0;
    this.#lent++;
    thread.hold(this);
  }

  async #freeBatch(): Promise<Uint8Array> {
    if (!this.#free.length && this.#lent < BATCHES_PER_DIGEST) this.#free.push(new ArrayBuffer(BATCH_BYTES));
    while (!this.#free.length) {
      if (this.crashed) throw this.crashed;
      if (this.ended) throw new Error('digest updated after its end or cancellation');
      await thread.awaiting(new Promise<void>((resolve) => (this.#returned = resolve)));
    }
    this.#returned = undefined;
    this.#batch = new Uint8Array(this.#free.pop()!);
    return this.#batch;
  }
}

/**
 * A digest of a file being filled by ranges in any order: the thread reads each stretch back once the
 * bytes before it are hashed. `from`: the bytes hashed start there (the whole file by default).
 */
export class FileRangeDigest extends ThreadJob {
  constructor(path: string, algorithm: DigestAlgorithm = 'md5', from = 0) {
    super(algorithm, path, from);
  }

  /** Bytes [start, end) are in the file. */
  complete(start: number, end: number): void {
    if (!this.crashed && !this.ended) thread.post({ op: 'range', id: this.id, start, end });
  }

  /** The digest once the bytes up to `end` (exclusive; the file's size for a whole file) are hashed; undefined when a stretch is missing. */
  async hex(end: number): Promise<string | undefined> {
    const reply = await this.end();
    return reply.hashed === end ? reply.hex : undefined;
  }
}

/** Bodies below this are hashed on the event loop: a hand-over costs more than hashing them. */
export const THREAD_MIN_BYTES = 1024 * 1024;

/** A digest of bytes given in order, as ThreadDigest's interface. */
export interface OrderedDigest {
  update(chunk: Uint8Array): Promise<void> | void;
  hex(): Promise<string>;
  cancel(): void;
}

class InlineDigest implements OrderedDigest {
  readonly #hash: Hash;
  constructor(algorithm: DigestAlgorithm) {
    this.#hash = createHash(algorithm);
  }
  update(chunk: Uint8Array): void {
    this.#hash.update(chunk);
  }
  async hex(): Promise<string> {
    return this.#hash.digest('hex');
  }
  cancel(): void {}
}

/** A digest for about `size` bytes (undefined: unknown): on the digest thread when that is large, else inline. */
export function orderedDigest(algorithm: DigestAlgorithm, size: number | undefined): OrderedDigest {
  return size !== undefined && size >= THREAD_MIN_BYTES ? new ThreadDigest(algorithm) : new InlineDigest(algorithm);
}

/** The digest (hex) of bytes in memory; large ones on the digest thread, so the event loop keeps serving other requests. */
export async function digestOf(algorithm: DigestAlgorithm, bytes: Uint8Array): Promise<string> {
  const digest = orderedDigest(algorithm, bytes.length);
  const handedOver = digest.update(bytes);
  if (handedOver) await handedOver;
  return digest.hex();
}

/**
 * The digest (hex) of bytes `start`..`end` (inclusive; undefined: to the end) of a file, as far as the
 * file goes (what a read stream of that range gives): a large range read and hashed by the digest
 * thread (no buffers on the event loop), a small one here in one read.
 */
export async function fileRangeDigest(algorithm: DigestAlgorithm, path: string, start: number, end: number | undefined): Promise<string> {
  const { size } = await stat(path);
  const stop = Math.max(start, Math.min(size, end === undefined ? size : end + 1));
  if (stop - start >= THREAD_MIN_BYTES) {
    const digest = new FileRangeDigest(path, algorithm, start);
    try {
      digest.complete(start, stop);
      const hex = await digest.hex(stop);
      if (hex === undefined) throw new Error(`digest thread: ${path} was not read to byte ${stop}`);
      return hex;
    } finally {
      digest.cancel();
    }
  }
  const bytes = Buffer.allocUnsafe(stop - start);
  const file = await open(path, 'r');
  try {
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, start + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return createHash(algorithm).update(bytes.subarray(0, filled)).digest('hex');
  } finally {
    await file.close();
  }
}
