// Pull chunks from a Readable one at a time, as they arrived. Node's own async iterator calls
// read(), which concatenates everything buffered into one new Buffer whenever the consumer is
// slower than the socket (a download writing to disk): a copy of every byte plus the garbage.
// Here chunks are queued as the 'data' events hand them over and the stream is paused above a
// high-water mark, so bytes are never copied and memory stays bounded.
import type { Readable } from 'node:stream';

const HIGH_WATER = 1024 * 1024;

export class ChunkReader {
  readonly #raw: Readable;
  readonly #queue: Buffer[] = [];
  #head = 0;
  #queued = 0;
  #started = false;
  #ended = false;
  #error: unknown;
  #wake: (() => void) | undefined;

  constructor(raw: Readable) {
    this.#raw = raw;
  }

  /** The next chunk, or undefined at the end; rejects with the stream's error (or a premature close). */
  async next(): Promise<Buffer | undefined> {
    if (!this.#started) this.#start();
    for (;;) {
      if (this.#head < this.#queue.length) return this.#take();
      if (this.#error !== undefined) throw this.#error;
      if (this.#ended) return undefined;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  /** Every chunk to the end, as they arrived. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    for (let chunk = await this.next(); chunk; chunk = await this.next()) yield chunk;
  }

  #take(): Buffer {
    const chunk = this.#queue[this.#head]!;
    this.#queue[this.#head++] = undefined as unknown as Buffer;
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    }
    this.#queued -= chunk.length;
    if (this.#queued < HIGH_WATER && this.#raw.isPaused() && !this.#ended) this.#raw.resume();
    return chunk;
  }

  /** The waiting next() (if any) looks again. */
  #wakeUp(): void {
    const w = this.#wake;
    this.#wake = undefined;
    w?.();
  }

  #start(): void {
    this.#started = true;
    const raw = this.#raw;
    raw.on('data', (chunk: Buffer | string | Uint8Array) => {
      const buf = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this.#queue.push(buf);
      this.#queued += buf.length;
      if (this.#queued >= HIGH_WATER) raw.pause();
      this.#wakeUp();
    });
    raw.once('end', () => {
      this.#ended = true;
      this.#wakeUp();
    });
    raw.once('error', (err: unknown) => {
      this.#error ??= err;
      this.#wakeUp();
    });
    raw.once('close', () => {
      // closed without 'end' or 'error' (destroyed): the body is cut off
      if (!this.#ended) this.#error ??= prematureClose();
      this.#wakeUp();
    });
    if (raw.readableEnded) this.#ended = true;
    else if (raw.errored) this.#error = raw.errored;
    else if (raw.destroyed) this.#error = prematureClose();
  }
}

function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}
