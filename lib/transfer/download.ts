// Managed download: HEAD, then one GET below the threshold or ranged GETs in parallel, all pinned
// to the ETag. To a file: positioned writes into a temporary file beside the target, renamed into
// place only once complete, size-checked and (when the ETag is an MD5) content-checked, removed on
// any failure. To a Writable: in order, with backpressure, holding at most one range per slot.
//
// Integrity: an object whose ETag is its MD5 is checked once, off the event loop and while the bytes
// arrive. A plain GET of the whole object is checked by the client itself (and started over when it
// fails); ranges are not, so a file filled by ranges is hashed by the digest thread reading it back in
// order as stretches complete, and a stream is hashed as it is written. Config
// `response_checksum_validation: 'when_required'` turns the check off (as botocore's checksums).
import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { HeadObjectRequest } from '../generated/s3-shapes.js';
import { IncompleteReadError, ResponseChecksumError, S3TransferFailedError } from '../errors.js';
import { byteRanges } from './config.js';
import { forEachBounded } from './limiter.js';
import { abortError } from '../core/abort.js';
import { type ByteRange, type ObjectRef, fetchRange } from './download-ranges.js';
import type { TransferContext } from './types.js';
import { expectedMd5 } from './verify.js';
import { FileRangeDigest, type OrderedDigest, orderedDigest } from '../core/digest-thread.js';

type Source = Omit<ObjectRef, 'ETag'>;

/**
 * Bytes gathered per positioned write. Each write is a hand-off to the thread pool that costs about
 * as much as copying 100 KiB, so fewer, larger writes leave more CPU for receiving (a range holds at
 * most this much before it is written).
 */
const WRITE_BATCH_BYTES = 1024 * 1024;

/** Whole-object downloads when the ranges together do not match the ETag's MD5 (a second try, then an error). */
const CHECKSUM_ATTEMPTS = 2;

/** HEAD the object: its size, the ETag every GET is pinned to, and the MD5 its bytes must have (if known). */
async function headFor(ctx: TransferContext, source: Source): Promise<{ size: number; ref: ObjectRef; md5?: string }> {
  const head = await ctx.client.head_object({ ...source.extra, Bucket: source.Bucket, Key: source.Key } as HeadObjectRequest, { signal: ctx.signal });
  const size = head.ContentLength ?? 0;
  ctx.setSize(size);
  const verify = ctx.client.meta.config.response_checksum_validation !== 'when_required';
  return { size, ref: { ...source, ETag: head.ETag }, md5: verify ? expectedMd5(head) : undefined };
}

function mismatch(ref: ObjectRef, expected: string, actual: string | undefined): ResponseChecksumError {
  return new ResponseChecksumError(
    `the MD5 of the bytes downloaded from s3://${ref.Bucket}/${ref.Key} is ${actual ?? 'unknown'}, not ${expected} (its ETag): they were corrupted on the way`,
  );
}

/** The ranges to fetch, or undefined for one plain GET (below the threshold). */
function rangesFor(ctx: TransferContext, size: number): ByteRange[] | undefined {
  if (size < ctx.config.multipart_threshold) return undefined;
  return byteRanges(size, ctx.config.multipart_chunksize).map((r, i) => ({ ...r, number: i + 1 }));
}

async function fetchAll(ctx: TransferContext, ranges: ByteRange[] | undefined, fetch: (range: ByteRange | undefined) => Promise<void>): Promise<void> {
  if (!ranges) return ctx.slots.run(() => fetch(undefined), ctx.signal);
  await forEachBounded(
    ranges,
    ctx.slots,
    async (range) => {
      await fetch(range);
      ctx.part({ part_number: range.number, size: range.end - range.start + 1 });
    },
    { signal: ctx.signal, onFailure: (err) => ctx.fail(err) },
  );
}

/** `<Filename>.<random>.tmp`, beside the target so the final rename stays on one file system. */
export function tempNameFor(filename: string): string {
  return `${filename}.${randomBytes(4).toString('hex')}.tmp`;
}

export async function downloadToFile(ctx: TransferContext, source: Source, filename: string): Promise<void> {
  const { size, ref, md5 } = await headFor(ctx, source);
  const ranges = rangesFor(ctx, size);
  const temp = tempNameFor(filename);
  const file = await open(temp, 'wx');
  const writer = new SerialWriter(file);
  let open_ = true;
  let placed = false;
  let digest: FileRangeDigest | undefined;
  try {
    for (let attempt = 1; ; attempt++) {
      // the digest thread reads the ranges back (from the page cache) as they complete, in order
      digest = md5 !== undefined && ranges ? new FileRangeDigest(temp) : undefined;
      await fetchAll(ctx, ranges, async (range) => {
        const batch = new WriteBatch(writer, WRITE_BATCH_BYTES);
        await fetchRange(ctx, ref, range, size, (chunk, offset) => batch.add(chunk, offset), true);
        await batch.flush();
        if (range) digest?.complete(range.start, range.end + 1);
      });
      const actual = await digest?.hex(size);
      if (!digest || actual === md5) break;
      if (attempt >= CHECKSUM_ATTEMPTS) throw mismatch(ref, md5!, actual);
      ctx.progress.add(-size); // every byte comes again
    }
    open_ = false;
    await file.close();
    const written = (await stat(temp)).size;
    if (written !== size) throw new IncompleteReadError(`downloaded ${written} of ${size} bytes of s3://${ref.Bucket}/${ref.Key}`);
    await rename(temp, filename);
    placed = true;
  } finally {
    digest?.cancel();
    if (open_) await file.close().catch(() => undefined);
    if (!placed) await unlink(temp).catch(() => undefined);
  }
}

/**
 * One positioned write at a time into the file, from whichever range is ready (s3transfer's single
 * IO thread). Parallel writes to one file contend for its inode lock in the kernel: with ten ranges
 * that burned more CPU than receiving the bytes, and one writer keeps up with any network easily.
 */
export class SerialWriter {
  readonly #file: FileHandle;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(file: FileHandle) {
    this.#file = file;
  }

  /** Resolves once all of `chunks` is written at `position` (short writes continued). */
  write(chunks: Buffer[], position: number): Promise<void> {
    const done = this.#tail.then(() => writeAllAt(this.#file, chunks, position));
    this.#tail = done.catch(() => undefined);
    return done;
  }
}

async function writeAllAt(file: FileHandle, chunks: Buffer[], position: number): Promise<void> {
  let left = chunks.reduce((n, c) => n + c.length, 0);
  while (left > 0) {
    const { bytesWritten } = await file.writev(chunks, position);
    left -= bytesWritten;
    position += bytesWritten;
    if (left > 0) chunks = remaining(chunks, bytesWritten);
  }
}

/** Consecutive chunks of one range gathered up to `limit` bytes, then written at their offset in one writev (no copy). */
class WriteBatch {
  readonly #writer: SerialWriter;
  readonly #limit: number;
  #chunks: Buffer[] = [];
  #bytes = 0;
  #position = 0;

  constructor(writer: SerialWriter, limit: number) {
    this.#writer = writer;
    this.#limit = limit;
  }

  async add(chunk: Buffer, offset: number): Promise<void> {
    if (this.#bytes > 0 && offset !== this.#position + this.#bytes) await this.flush();
    if (this.#bytes === 0) this.#position = offset;
    this.#chunks.push(chunk);
    this.#bytes += chunk.length;
    if (this.#bytes >= this.#limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#bytes === 0) return;
    const chunks = this.#chunks;
    this.#chunks = [];
    this.#bytes = 0;
    await this.#writer.write(chunks, this.#position);
  }
}

/** What is left of `chunks` after the first `written` bytes (a short write). */
function remaining(chunks: Buffer[], written: number): Buffer[] {
  const rest: Buffer[] = [];
  for (const chunk of chunks) {
    if (written >= chunk.length) written -= chunk.length;
    else {
      rest.push(written > 0 ? chunk.subarray(written) : chunk);
      written = 0;
    }
  }
  return rest;
}

export async function downloadToStream(ctx: TransferContext, source: Source, writable: Writable): Promise<void> {
  const { size, ref, md5 } = await headFor(ctx, source);
  // always by range (bytes written cannot be taken back, so a GET must be resumable): the one check is ours
  const ranges = rangesFor(ctx, size) ?? (size > 0 ? [{ number: 1, start: 0, end: size - 1 }] : undefined);
  const digest = md5 !== undefined && ranges ? orderedDigest('md5', size) : undefined;
  const failed = (what: string, cause?: unknown) =>
    new S3TransferFailedError(`Failed to download s3://${ref.Bucket}/${ref.Key} to ${describeDestination(writable)}: ${what}`, { cause });
  const out = new OrderedWriter(writable, ctx.signal, (err) => ctx.fail(err), failed, digest);
  try {
    await fetchAll(ctx, ranges, async (range) => {
      const index = range ? range.number - 1 : 0;
      const held: Buffer[] = [];
      await fetchRange(ctx, ref, range, size, async (chunk) => {
        // the range whose turn it is streams straight through; later ones wait in memory
        if (out.turn === index) {
          await out.writeAll(held);
          await out.write(chunk);
        } else {
          held.push(chunk);
        }
      }, false);
      await out.waitTurn(index);
      await out.writeAll(held);
      out.advance();
    });
    await out.finish();
    // the bytes are already with the caller: a mismatch can only be reported
    const actual = await digest?.hex();
    if (digest && actual !== md5) throw mismatch(ref, md5!, actual);
  } finally {
    digest?.cancel();
    out.detach();
  }
}

/** Writes to a Writable in range order, honouring its backpressure and its errors. */
class OrderedWriter {
  turn = 0;
  readonly #writable: Writable;
  readonly #signal: AbortSignal;
  #failure: Error | undefined;
  /** Bytes handed to the Writable so far (for messages). */
  #written = 0;
  readonly #failed: (what: string, cause?: unknown) => Error;
  readonly #waiters = new Map<number, () => void>();
  readonly #onError: (err: Error) => void;
  /** Settles with the callback of the latest write (callbacks come in order). */
  #last: Promise<Error | null | undefined> = Promise.resolve(undefined);

  readonly #digest?: OrderedDigest;

  /**
   * `fail` stops the whole transfer when the destination errors; `failed` builds the error that
   * names the destination; `digest` sees every byte, in order.
   */
  constructor(writable: Writable, signal: AbortSignal, fail: (err: Error) => void, failed: (what: string, cause?: unknown) => Error, digest?: OrderedDigest) {
    this.#writable = writable;
    this.#signal = signal;
    this.#digest = digest;
    this.#failed = failed;
    this.#onError = (err) => {
      this.#failure ??= failed(`the destination failed after ${this.#written} bytes (${err.message})`, err);
      fail(this.#failure);
    };
    writable.on('error', this.#onError);
  }

  async write(chunk: Buffer): Promise<void> {
    this.#check();
    const handedOver = this.#digest?.update(chunk);
    if (handedOver) await handedOver;
    let written!: (err?: Error | null) => void;
    this.#last = new Promise((resolve) => (written = resolve));
    this.#written += chunk.length;
    if (this.#writable.write(chunk, written)) return;
    await new Promise<void>((resolve, reject) => {
      const w = this.#writable;
      const done = (err?: unknown) => {
        w.off('drain', ok).off('close', closed).off('error', done);
        this.#signal.removeEventListener('abort', aborted);
        if (err) reject(err);
        else resolve();
      };
      const ok = () => done();
      const closed = () => done(this.#failure ?? this.#closed());
      const aborted = () => done(abortError(this.#signal.reason));
      w.once('drain', ok).once('close', closed).once('error', done);
      this.#signal.addEventListener('abort', aborted, { once: true });
    });
  }

  async writeAll(chunks: Buffer[]): Promise<void> {
    while (chunks.length) await this.write(chunks.shift()!);
  }

  waitTurn(index: number): Promise<void> {
    if (this.turn === index) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const aborted = () => {
        this.#waiters.delete(index);
        reject(abortError(this.#signal.reason));
      };
      this.#signal.addEventListener('abort', aborted, { once: true });
      this.#waiters.set(index, () => {
        this.#signal.removeEventListener('abort', aborted);
        this.#waiters.delete(index);
        if (this.#failure) reject(this.#failure);
        else resolve();
      });
    });
  }

  /** Resolves once the Writable has processed the last chunk (not merely buffered it). */
  async finish(): Promise<void> {
    const err = await this.#last;
    if (err) throw this.#failure ?? this.#failed(`the destination failed after ${this.#written} bytes (${err.message})`, err);
  }

  advance(): void {
    this.turn++;
    this.#waiters.get(this.turn)?.();
  }

  detach(): void {
    this.#writable.off('error', this.#onError);
  }

  #check(): void {
    if (this.#failure) throw this.#failure;
    const w = this.#writable;
    if (w.destroyed || w.writableEnded) throw this.#closed();
  }

  #closed(): Error {
    const how = this.#writable.writableEnded ? 'ended' : 'destroyed';
    return this.#failed(`the destination was ${how} after ${this.#written} bytes, before the download was written`);
  }
}

/** For messages: a file stream by its path, any other Writable by its class. */
function describeDestination(writable: Writable): string {
  const path = (writable as Writable & { path?: unknown }).path;
  if (typeof path === 'string') return `the file stream of ${path}`;
  return `a ${writable.constructor?.name || 'Writable'}`;
}
