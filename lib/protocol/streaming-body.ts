// StreamingBody: boto3's body object over a Node Readable. read() is async and returns Buffers;
// the byte count is checked against Content-Length so a cut-off body never looks complete.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DigestAlgorithm, type OrderedDigest, orderedDigest } from '../core/digest-thread.js';
import { FlexibleChecksumError, IncompleteReadError, ResponseChecksumError } from '../errors.js';
import { ChunkReader } from './chunk-reader.js';

/** A running digest (see core/checksums.ts). */
export interface RunningChecksum {
  update(data: Uint8Array): void;
  digest(): Buffer;
}

export class StreamingBody implements AsyncIterable<Buffer> {
  readonly #source: ChunkReader;
  readonly #raw: Readable;
  readonly #expected: number | undefined;
  #received = 0;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #done = false;
  #stream?: Readable;
  #digest?: { hash: OrderedDigest; expected: string; algorithm: DigestAlgorithm };
  #checksum?: { sum: RunningChecksum; expected: string; algorithm: string };
  readonly #mapError: (err: unknown) => unknown;

  constructor(raw: Readable, contentLength?: number, mapError: (err: unknown) => unknown = (e) => e) {
    this.#raw = raw;
    this.#expected = contentLength;
    this.#mapError = mapError;
    this.#source = new ChunkReader(raw);
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
    if (this.#done) return undefined;
    let chunk: Buffer | undefined;
    try {
      chunk = await this.#source.next();
    } catch (err) {
      this.#done = true;
      this.#digest?.hash.cancel();
      throw this.#mapError(err);
    }
    if (chunk === undefined) {
      this.#done = true;
      if (this.#expected !== undefined && this.#received !== this.#expected) {
        this.#digest?.hash.cancel();
        throw new IncompleteReadError(`response body ended after ${this.#received} of ${this.#expected} bytes`);
      }
      // the server's own checksum of the body first: its error names the algorithm asked for
      if (this.#checksum) {
        const { sum, expected, algorithm } = this.#checksum;
        const actual = sum.digest().toString('base64');
        if (actual !== expected) throw new FlexibleChecksumError(`Expected ${algorithm} checksum ${expected} did not match calculated checksum: ${actual}`);
      }
      if (this.#digest) {
        const actual = await this.#digest.hash.hex();
        if (actual !== this.#digest.expected) {
          throw new ResponseChecksumError(`response body ${this.#digest.algorithm} ${actual} does not match the expected ${this.#digest.expected}`);
        }
      }
      return undefined;
    }
    this.#received += chunk.length;
    this.#checksum?.sum.update(chunk);
    if (this.#expected !== undefined && this.#received > this.#expected) {
      this.#digest?.hash.cancel();
      throw new IncompleteReadError(`response body is longer than its Content-Length (${this.#expected})`);
    }
    const handedOver = this.#digest?.hash.update(chunk);
    if (handedOver) await handedOver; // only the digest thread's hand-over can make us wait
    return chunk;
  }

  /** All remaining bytes, or up to `amt` bytes (fewer only at the end), as boto3's read(). */
  async read(amt?: number): Promise<Buffer> {
    if (amt === undefined) {
      const parts = this.#pending;
      this.#pending = [];
      this.#pendingBytes = 0;
      for (let c = await this.#next(); c; c = await this.#next()) parts.push(c);
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
    while (this.#pending.length) {
      const c = this.#pending.shift()!;
      this.#pendingBytes -= c.length;
      yield c;
    }
    for (let c = await this.#next(); c; c = await this.#next()) yield c;
  }

  /** Chunks of exactly `chunk_size` bytes (the last may be shorter), as boto3's iter_chunks(). */
  async *iter_chunks(chunk_size = 1024): AsyncGenerator<Buffer> {
    for (;;) {
      const c = await this.read(chunk_size);
      if (!c.length) return;
      yield c;
    }
  }

  /** Lines without their line endings, as boto3's iter_lines(). */
  async *iter_lines(keepends = false): AsyncGenerator<Buffer> {
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of this) {
      carry = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let nl: number;
      while ((nl = carry.indexOf(0x0a)) >= 0) {
        const end = !keepends && nl > 0 && carry[nl - 1] === 0x0d ? nl - 1 : nl;
        yield carry.subarray(0, keepends ? nl + 1 : end);
        carry = carry.subarray(nl + 1);
      }
    }
    if (carry.length) yield carry;
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

  /** A Node Readable of the (length-checked) body, for piping. */
  get stream(): Readable {
    this.#stream ??= Readable.from(this, { objectMode: false });
    return this.#stream;
  }

  /** Pipe the whole body into a Writable; resolves when it is written. */
  async pipe(destination: Writable): Promise<void> {
    await pipeline(this.stream, destination);
  }

  /** Stop reading and release the connection. */
  close(): void {
    this.#done = true;
    this.#digest?.hash.cancel();
    // undici errors an unfinished body on destroy (RequestAbortedError): that is the point here, not a failure
    this.#raw.on('error', () => {});
    this.#raw.destroy();
  }

  toJSON(): string {
    return '[StreamingBody]';
  }
}
