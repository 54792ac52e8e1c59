// A byte range of a file as a request body (a file stream: path, start, end, bytesRead) that opens
// the file only once it is read. A managed upload gives one to each PutObject and UploadPart; the
// request then reads the range through the transfer's recycled buffers (file-reads.ts), or reopens
// it by path for a retry or a digest, so this stream itself is rarely read at all. fs.createReadStream
// opens its file as soon as it is made, so each small file cost an open and a close for nothing: two
// trips to the thread pool of the six an upload of one took.
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';

export class FileRangeStream extends Readable {
  readonly path: string;
  readonly start: number;
  /** Inclusive, as fs.createReadStream's. */
  readonly end: number;
  bytesRead = 0;
  #file: FileHandle | undefined;

  constructor(path: string, start: number, end: number, highWaterMark: number) {
    super({ highWaterMark });
    this.path = path;
    this.start = start;
    this.end = end;
  }

  override _read(size: number): void {
    this.#readMore(size).catch((err: Error) => this.destroy(err));
  }

  async #readMore(size: number): Promise<void> {
    if (!this.#file) {
      const file = await open(this.path, 'r');
      // destroyed while the file was opening: nothing would close it later
      if (this.destroyed) return void (await file.close());
      this.#file = file;
    }
    const position = this.start + this.bytesRead;
    const want = Math.min(size, this.end + 1 - position);
    const buffer = want > 0 ? Buffer.allocUnsafe(want) : undefined;
    const { bytesRead } = buffer ? await this.#file.read(buffer, 0, want, position) : { bytesRead: 0 };
    // the range's end, or the file's (a file cut short ends the stream, as a read stream does)
    if (bytesRead === 0) return void this.push(null);
    this.bytesRead += bytesRead;
    this.push(bytesRead < want ? buffer!.subarray(0, bytesRead) : buffer);
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    const file = this.#file;
    this.#file = undefined;
    if (!file) return callback(err);
    // FileHandle.close waits for a read in progress
    file.close().then(() => callback(err), (closeErr: Error) => callback(err ?? closeErr));
  }
}
