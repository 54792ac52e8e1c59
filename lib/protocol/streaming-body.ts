// StreamingBody: boto3's body object over a Node Readable. read() is async and returns Buffers;
// the byte count is checked against Content-Length so a cut-off body never looks complete.
//
// A response body holds its connection until it is read to the end. Every other way of being done
// with it gives the connection back: close(), returning or breaking out of any of its iterators,
// destroying its stream (a failed pipe/pipeline does), a read error, being left unread for the
// connection's idle time (read_timeout), and becoming unreachable. Reading it afterwards raises
// BodyReleasedError rather than waiting for bytes that will never come.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DigestAlgorithm, type OrderedDigest, orderedDigest } from '../core/digest-thread.js';
import { BodyReleasedError, FlexibleChecksumError, IncompleteReadError, ResponseChecksumError } from '../errors.js';
import { ChunkReader } from '../core/chunk-reader.js';
import type { StreamingBodyOptions } from '../core/http-message.js';

/** A running digest (see core/checksums.ts). */
export interface RunningChecksum {
  update(data: Uint8Array): void;
  digest(): Buffer;
}

type ReleaseReason = 'closed' | 'idle' | 'unreachable';

/**
 * What releases the connection. Timers and the FinalizationRegistry hold this, never the body,
 * so an abandoned body can still be garbage-collected.
 */
class Connection {
  readonly #raw: Readable;
  released: ReleaseReason | undefined;
  /** A read is waiting for the network: not idle (undici's body timeout covers that wait). */
  reading = false;
  /** Whether the connection is watched (idle timer, unreachable body): it was still held when the body was made. */
  readonly watched: boolean;
  readonly #idleMs: number | undefined;
  readonly #holds: () => boolean;
  #timer: NodeJS.Timeout | undefined;

  constructor(raw: Readable, idleMs: number | undefined, holds: () => boolean = () => true) {
    this.#raw = raw;
    this.#idleMs = idleMs;
    this.#holds = holds;
    // a body that arrived whole before anyone asked for it (most small ones) holds nothing: no timer to arm
    this.watched = idleMs !== undefined && holds();
    if (this.watched) {
      // unreferenced: an abandoned body alone must not keep a process alive
      this.#timer = setTimeout(() => this.#onIdle(), idleMs).unref();
    }
  }

  touch(): void {
    this.#timer?.refresh();
  }

  #onIdle(): void {
    // a body that has arrived whole holds no connection: it may wait for its reader as long as it likes
    if (!this.#holds()) this.settle();
    else if (this.reading) this.touch();
    else this.release('idle');
  }

  /** The body was read to its end (or failed): nothing to watch any more. */
  settle(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    unreachable.unregister(this);
  }

  release(reason: ReleaseReason): void {
    if (this.released) return;
    this.released = reason;
    this.settle();
    // undici errors an unfinished body on destroy (RequestAbortedError): that is the point here, not a failure
    this.#raw.on('error', () => {});
    this.#raw.destroy();
  }

  releaseError(received: number, expected: number | undefined): BodyReleasedError {
    const of = expected === undefined ? '' : ` of ${expected}`;
    const why = {
      closed: 'it was closed (Body.close(), an iterator left early, or its stream destroyed); read what you need before closing it',
      idle: `it was not read for ${(this.#idleMs ?? 0) / 1000} s (read_timeout), so its connection went back to the pool; read bodies as they arrive`,
      unreachable: 'it was no longer referenced',
    }[this.released!];
    return new BodyReleasedError(`The response body was released after ${received}${of} bytes: ${why}`);
  }
}

const unreachable = new FinalizationRegistry<Connection>((connection) => connection.release('unreachable'));

export class StreamingBody implements AsyncIterable<Buffer> {
  readonly #source: ChunkReader;
  readonly #expected: number | undefined;
  #received = 0;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  /** Read to its end: later reads return nothing. */
  #ended = false;
  /** The error that ended the body: later reads raise it again. */
  #failure: unknown;
  #stream?: Readable;
  #digest?: { hash: OrderedDigest; expected: string; algorithm: DigestAlgorithm };
  #checksum?: { sum: RunningChecksum; expected: string; algorithm: string };
  readonly #mapError: (err: unknown) => unknown;
  readonly #connection: Connection;

  constructor(raw: Readable, contentLength?: number, options: StreamingBodyOptions = {}) {
    this.#expected = contentLength;
    this.#mapError = options.mapError ?? ((e) => e);
    this.#source = new ChunkReader(raw);
    this.#connection = new Connection(raw, options.idleTimeoutMs, options.holdsConnection);
    if (this.#connection.watched) unreachable.register(this, this.#connection, this.#connection);
  }

  /** Bytes the server said it would send (Content-Length), if known. */
  get content_length(): number | undefined {
    return this.#expected;
  }

  /**
   * Check the whole body against a known digest (hex) as it is read; a mismatch at the end raises
   * ResponseChecksumError instead of returning corrupt data. Must be called before any read. Large
   * bodies are hashed on the digest thread while they arrive (the last read waits for its answer).
   */
  verify_digest(algorithm: DigestAlgorithm, hexDigest: string): void {
    if (this.#received > 0) throw new Error('verify_digest must be called before the body is read');
    this.#digest = { hash: orderedDigest(algorithm, this.#expected), expected: hexDigest.toLowerCase(), algorithm };
  }

  /**
   * Check the whole body against the flexible checksum the server gave (base64, `ChecksumCRC32` …) as
   * it is read; a mismatch at the end raises FlexibleChecksumError. Must be called before any read.
   */
  verify_checksum(algorithm: string, sum: RunningChecksum, expectedBase64: string): void {
    if (this.#received > 0) throw new Error('verify_checksum must be called before the body is read');
    this.#checksum = { sum, expected: expectedBase64, algorithm };
  }

  /** Bytes received so far. */
  get bytes_read(): number {
    return this.#received;
  }

  /** The next chunk from the wire, or undefined at the end; checks the total length at the end. */
  async #next(): Promise<Buffer | undefined> {
    if (this.#ended) return undefined;
    if (this.#failure !== undefined) throw this.#failure;
    const connection = this.#connection;
    if (connection.released) throw connection.releaseError(this.#received - this.#pendingBytes, this.#expected);
    let chunk: Buffer | undefined;
    connection.reading = true;
    try {
      chunk = await this.#source.next();
    } catch (err) {
      throw this.#fail(connection.released ? connection.releaseError(this.#received - this.#pendingBytes, this.#expected) : this.#mapError(err));
    } finally {
      connection.reading = false;
      connection.touch();
    }
    if (chunk === undefined) {
      if (this.#expected !== undefined && this.#received !== this.#expected) {
        throw this.#fail(new IncompleteReadError(`response body ended after ${this.#received} of ${this.#expected} bytes`));
      }
      // the server's own checksum of the body first: its error names the algorithm asked for
      if (this.#checksum) {
        const { sum, expected, algorithm } = this.#checksum;
        const actual = sum.digest().toString('base64');
        if (actual !== expected) throw this.#fail(new FlexibleChecksumError(`Expected ${algorithm} checksum ${expected} did not match calculated checksum: ${actual}`));
      }
      if (this.#digest) {
        const actual = await this.#digest.hash.hex();
        if (actual !== this.#digest.expected) {
          throw this.#fail(new ResponseChecksumError(`response body ${this.#digest.algorithm} ${actual} does not match the expected ${this.#digest.expected}`));
        }
      }
      this.#ended = true;
      connection.settle();
      return undefined;
    }
    this.#received += chunk.length;
    this.#checksum?.sum.update(chunk);
    if (this.#expected !== undefined && this.#received > this.#expected) {
      throw this.#fail(new IncompleteReadError(`response body is longer than its Content-Length (${this.#expected})`));
    }
    const handedOver = this.#digest?.hash.update(chunk);
    if (handedOver) await handedOver; // only the digest thread's hand-over can make us wait
    return chunk;
  }

  /** A failed body gives its connection back at once, and raises the same error on every later read. */
  #fail(err: unknown): unknown {
    this.#digest?.hash.cancel();
    this.#failure ??= err;
    if (!this.#connection.released) this.#connection.release('closed');
    return this.#failure;
  }

  /** The next chunk: first what read(amt) left over, then the wire. */
  #nextChunk(): Promise<Buffer | undefined> {
    const c = this.#pending.shift();
    if (!c) return this.#next();
    this.#pendingBytes -= c.length;
    return Promise.resolve(c);
  }

  /** All remaining bytes, or up to `amt` bytes (fewer only at the end), as boto3's read(). */
  async read(amt?: number): Promise<Buffer> {
    if (amt === undefined) {
      // the leftover of read(amt) stays counted as undelivered until the whole read succeeds
      const parts = [...this.#pending];
      for (let c = await this.#next(); c; c = await this.#next()) parts.push(c);
      this.#pending = [];
      this.#pendingBytes = 0;
      return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    }
    while (this.#pendingBytes < amt) {
      const c = await this.#next();
      if (!c) break;
      this.#pending.push(c);
      this.#pendingBytes += c.length;
    }
    const all = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending);
    const out = all.subarray(0, amt);
    const rest = all.subarray(amt);
    this.#pending = rest.length ? [rest] : [];
    this.#pendingBytes = rest.length;
    return out;
  }

  async text(encoding: BufferEncoding = 'utf8'): Promise<string> {
    return (await this.read()).toString(encoding);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    try {
      for (let c = await this.#nextChunk(); c; c = await this.#nextChunk()) yield c;
    } finally {
      this.#leftEarly();
    }
  }

  /** Chunks of exactly `chunk_size` bytes (the last may be shorter), as boto3's iter_chunks(). */
  async *iter_chunks(chunk_size = 1024): AsyncGenerator<Buffer> {
    try {
      for (;;) {
        const c = await this.read(chunk_size);
        if (!c.length) return;
        yield c;
      }
    } finally {
      this.#leftEarly();
    }
  }

  /** Lines without their line endings, as boto3's iter_lines(). */
  async *iter_lines(keepends = false): AsyncGenerator<Buffer> {
    // pieces of the line being gathered, none holding a newline: joined once per line, not per chunk
    let parts: Buffer[] = [];
    // leaving this loop early returns the inner iterator, which releases the body
    for await (const chunk of this) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
        parts.push(chunk.subarray(start, nl + 1));
        const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
        parts = [];
        start = nl + 1;
        yield keepends ? line : line.subarray(0, line.length - (line.length > 1 && line[line.length - 2] === 0x0d ? 2 : 1));
      }
      if (start < chunk.length) parts.push(chunk.subarray(start));
    }
    if (parts.length) yield parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** An iterator returned (a `break`, a `return`, an exception in the loop) before the end. */
  #leftEarly(): void {
    if (!this.#ended && this.#failure === undefined) this.#abandon();
  }

  /** Nothing more will be read: the connection goes back and the digest thread forgets the body. */
  #abandon(): void {
    this.#digest?.hash.cancel();
    this.#connection.release('closed');
  }

  /**
   * The whole body as a plain Uint8Array over its own ArrayBuffer, as the Web's `Response.bytes()`
   * (read() gives a Buffer, which may be a view into a shared pool).
   */
  async bytes(): Promise<Uint8Array> {
    const buf = await this.read();
    const owned = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;
    return owned ? new Uint8Array(buf.buffer, 0, buf.byteLength) : new Uint8Array(buf);
  }

  /** The (length-checked) body as a Web ReadableStream, for Web APIs (`new Response(...)`, TextDecoderStream). */
  web_stream(): ReadableStream<Uint8Array> {
    return Readable.toWeb(this.stream) as ReadableStream<Uint8Array>;
  }

  /** A Node Readable of the (length-checked) body, for piping; destroying it releases the body. */
  get stream(): Readable {
    this.#stream ??= this.#readable();
    return this.#stream;
  }

  #readable(): Readable {
    const next = () => this.#nextChunk();
    const leftEarly = () => this.#leftEarly();
    return new Readable({
      read() {
        next().then(
          (chunk) => this.push(chunk ?? null),
          (err: Error) => this.destroy(err),
        );
      },
      destroy(err, callback) {
        leftEarly();
        callback(err);
      },
    });
  }

  /** Pipe the whole body into a Writable; resolves when it is written. */
  async pipe(destination: Writable): Promise<void> {
    await pipeline(this.stream, destination);
  }

  /** Stop reading and release the connection. */
  close(): void {
    this.#abandon();
  }

  toJSON(): string {
    return '[StreamingBody]';
  }
}
