// Upload sources, as s3transfer's input managers: a file (parts read from disk by range), bytes
// in memory (parts are views, no copies) and a stream of unknown length (parts filled as chunks
// arrive, in a bounded pool of reusable buffers).
import { type ReadStream, type Stats, promises as fsp } from 'node:fs';
import { Readable } from 'node:stream';
import { AbortError, ParamValidationError, S3UploadFailedError } from '../errors.js';
import { asBytes, isBinary, reread } from '../core/body.js';
import { MAX_PARTS } from './config.js';
import { abortError } from '../core/abort.js';
import { FILE_READ_BYTES } from './file-reads.js';
import { FileRangeStream } from './file-body.js';

export interface UploadPart {
  /** 1-based. */
  readonly number: number;
  readonly size: number;
  /** The request body: bytes, or a file stream the client can reopen on retry. Called once. */
  body(): Uint8Array | Readable;
  /** The part is done with (uploaded or abandoned): its buffer may be reused. */
  release(): void;
}

export interface UploadSource {
  /** For messages: the file name, or what kind of object. */
  readonly description: string;
  /** Bytes to upload, when known before reading. */
  size(): Promise<number | undefined>;
  /** The whole content as one body (a size known to be below the multipart threshold). */
  whole(size: number): Uint8Array | Readable;
  /** The parts, read lazily: the next one is produced only when asked for. */
  parts(partSize: number, options: { poolSize: number; signal: AbortSignal }): AsyncIterable<UploadPart>;
}

/** What upload_fileobj takes: bytes in any form, a Blob, or a stream (Node, Web, or any async iterable of bytes). */
export type UploadBody = Readable | Uint8Array | ArrayBuffer | ArrayBufferView | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;


export class FileSource implements UploadSource {
  readonly description: string;
  readonly #path: string;
  readonly #start: number;
  readonly #end: number | undefined;
  readonly #ioChunk: number;
  #stats: Promise<Stats> | undefined;

  /** `start`/`end` (inclusive) select a byte range of the file, as fs.createReadStream's. */
  constructor(path: string, ioChunk: number, start = 0, end?: number) {
    this.description = path;
    this.#path = path;
    this.#start = start;
    this.#end = end;
    this.#ioChunk = ioChunk;
  }

  /** The file's stat, taken once per transfer: the input check, the size and the parts share it (s3transfer too sizes a file once, when it is submitted). */
  stats(): Promise<Stats> {
    return (this.#stats ??= fsp.stat(this.#path));
  }

  async size(): Promise<number> {
    const { size } = await this.stats();
    const stop = this.#end === undefined ? size : Math.min(size, this.#end + 1);
    return Math.max(0, stop - this.#start);
  }

  whole(size: number): Uint8Array | Readable {
    return size === 0 ? new Uint8Array(0) : this.#stream(0, size);
  }

  async *parts(partSize: number): AsyncGenerator<UploadPart> {
    const size = await this.size();
    for (let offset = 0, number = 1; offset < size; offset += partSize, number++) {
      const length = Math.min(partSize, size - offset);
      yield { number, size: length, body: () => this.#stream(offset, length), release: () => undefined };
    }
  }

  #stream(offset: number, length: number): FileRangeStream {
    const start = this.#start + offset;
    return new FileRangeStream(this.#path, start, start + length - 1, Math.max(this.#ioChunk, FILE_READ_BYTES));
  }
}

export class BytesSource implements UploadSource {
  readonly description = 'bytes';
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  async size(): Promise<number> {
    return this.#bytes.length;
  }

  whole(): Uint8Array {
    return this.#bytes.subarray(0);
  }

  async *parts(partSize: number): AsyncGenerator<UploadPart> {
    const bytes = this.#bytes;
    for (let offset = 0, number = 1; offset < bytes.length; offset += partSize, number++) {
      const view = bytes.subarray(offset, offset + partSize);
      yield { number, size: view.length, body: () => view, release: () => undefined };
    }
  }
}

/** Reusable part buffers: at most `size` exist, and taking one waits until one is given back. */
export class BufferPool {
  readonly size: number;
  readonly bufferSize: number;
  readonly #free: Buffer[] = [];
  readonly #waiting: ((b: Buffer) => void)[] = [];
  #created = 0;
  #out = 0;
  /** The most buffers handed out at once (for tests and diagnostics). */
  maxOut = 0;

  constructor(size: number, bufferSize: number) {
    this.size = size;
    this.bufferSize = bufferSize;
  }

  async take(): Promise<Buffer> {
    let buffer = this.#free.pop();
    if (!buffer && this.#created < this.size) {
      this.#created++;
      buffer = Buffer.allocUnsafeSlow(this.bufferSize);
    }
    if (!buffer) buffer = await new Promise<Buffer>((resolve) => this.#waiting.push(resolve));
    this.#out++;
    this.maxOut = Math.max(this.maxOut, this.#out);
    return buffer;
  }

  give(buffer: Buffer): void {
    this.#out--;
    const waiter = this.#waiting.shift();
    if (waiter) waiter(buffer);
    else this.#free.push(buffer);
  }
}

export class StreamSource implements UploadSource {
  readonly description: string;
  readonly #source: AsyncIterable<Uint8Array>;
  /** The pool of the last parts() call (tests look at maxOut). */
  pool?: BufferPool;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#source = source;
    this.description = source instanceof Readable ? 'stream' : 'async iterable';
  }

  async size(): Promise<undefined> {
    return undefined;
  }

  whole(): never {
    throw new Error('a stream of unknown length has no whole body');
  }

  async *parts(partSize: number, options: { poolSize: number; signal: AbortSignal }): AsyncGenerator<UploadPart> {
    const pool = (this.pool = new BufferPool(options.poolSize, partSize));
    const source = this.#source;
    // a source blocked waiting for data must still stop when the transfer does
    const stop = () => (source instanceof Readable ? source.destroy() : undefined);
    options.signal.addEventListener('abort', stop, { once: true });
    let number = 0;
    let buffer: Buffer | undefined;
    let filled = 0;
    const part = (): UploadPart => {
      const own = buffer!;
      const view = own.subarray(0, filled);
      let released = false;
      buffer = undefined;
      filled = 0;
      if (++number > MAX_PARTS) {
        pool.give(own);
        throw new S3UploadFailedError(`The stream is longer than ${MAX_PARTS} parts of ${partSize} bytes; set a larger TransferConfig multipart_chunksize`);
      }
      return {
        number,
        size: view.length,
        body: () => view,
        release: () => {
          if (!released) pool.give(own);
          released = true;
        },
      };
    };
    try {
      for await (const chunk of abortable(source, options.signal)) {
        if (!(chunk instanceof Uint8Array)) throw new ParamValidationError([`Invalid chunk from the upload stream: expected bytes, got ${typeof chunk}`]);
        for (let offset = 0; offset < chunk.length; ) {
          buffer ??= await pool.take();
          const n = Math.min(chunk.length - offset, partSize - filled);
          buffer.set(n === chunk.length ? chunk : chunk.subarray(offset, offset + n), filled);
          filled += n;
          offset += n;
          if (filled === partSize) yield part();
        }
      }
      if (filled > 0) yield part();
    } finally {
      options.signal.removeEventListener('abort', stop);
      if (buffer) pool.give(buffer);
    }
  }
}

/**
 * The chunks of `source` until `signal` fires, then AbortError: the stream destroyed by the abort
 * must not surface as its own premature close, and an iterable that yields on is stopped too.
 */
async function* abortable(source: AsyncIterable<Uint8Array>, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of source) {
      if (signal.aborted) throw abortError(signal.reason);
      yield chunk;
    }
  } catch (err) {
    throw signal.aborted && !(err instanceof AbortError) ? abortError(signal.reason) : err;
  }
}

/** The source for the body upload_fileobj / TransferManager.upload were given (a file by name is a FileSource of its own). */
export function sourceFor(fileobj: unknown, ioChunk: number): UploadSource {
  if (isBinary(fileobj)) return new BytesSource(asBytes(fileobj));
  // as Node streams, so that a transfer that stops destroys them
  if (fileobj instanceof Blob) return new StreamSource(reread(fileobj));
  if (fileobj instanceof ReadableStream) return new StreamSource(Readable.fromWeb(fileobj as import('node:stream/web').ReadableStream));
  if (isUnreadFileStream(fileobj)) {
    const source = new FileSource(fileobj.path as string, ioChunk, fileobj.start ?? 0, fileobj.end === Infinity ? undefined : fileobj.end);
    fileobj.destroy(); // its file is read by ranges instead
    return source;
  }
  if (isAsyncIterable(fileobj)) return new StreamSource(fileobj);
  throw new ParamValidationError([
    `Invalid type for Fileobj: expected a Readable, a ReadableStream, a Blob, bytes (Buffer, Uint8Array, ArrayBuffer, DataView) or an AsyncIterable of bytes, got ${fileobj === null ? 'null' : typeof fileobj}`,
  ]);
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return value !== null && typeof value === 'object' && Symbol.asyncIterator in value;
}

/** An fs.ReadStream nobody has read from yet: its file can be read by ranges, in parallel. */
function isUnreadFileStream(x: unknown): x is ReadStream & { start?: number; end?: number } {
  return x instanceof Readable && typeof (x as ReadStream).path === 'string' && (x as ReadStream).bytesRead === 0 && x.readableLength === 0 && !x.readableFlowing;
}
