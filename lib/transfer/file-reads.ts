// File-part bodies read into recycled buffers. A fresh buffer per file read leaves every byte of an
// upload as garbage that V8 frees only after ~64 MiB of it has piled up (peak RSS ~60 MiB above what
// the parts in flight hold); here each body reads ahead one buffer while the previous one is sent,
// and a transfer's buffers go back to its pool, so a 1 GiB upload allocates a few dozen, not thousands.
//
// When a buffer may be refilled: undici writes each chunk of an iterable body with socket.write and,
// when that returns false, waits for 'drain' (or 'close') before it asks for the next chunk. A write
// of at least the socket's high-water mark always returns false, and 'drain' comes only once every
// queued write has left user space. So a buffer sent as slices that large, every one of them, is no
// longer referenced by the socket once the chunk after them is asked for. Hence: buffers a whole
// number of slices long, only full reads recycled (a file's last, short read is left to the GC), only
// slices of at least the high-water mark, only through the client's own pool (a user's dispatcher may
// keep chunks); anything else reads into fresh buffers as before.
import { open } from 'node:fs/promises';
import { getDefaultHighWaterMark } from 'node:stream';

/** Bytes per fresh file read: allocating and freeing a buffer costs about as much as filling it, so 1 MiB reads made file uploads ~15% faster than 256 KiB ones (progress is still reported per io_chunksize). */
export const FILE_READ_BYTES = 1024 * 1024;

/** Bytes per recycled read (at least one slice): with nothing allocated, smaller reads cost no more CPU and hold less memory per part in flight. */
const RECYCLED_READ_BYTES = 256 * 1024;

/** The smallest slice after which the HTTP layer has flushed what it was given (see above). */
const FLUSHED_AFTER_BYTES = Math.max(64 * 1024, getDefaultHighWaterMark(false));

/** A pool for bodies sent in slices of `sliceBytes`, or undefined when their buffers may not be refilled. */
export function readPoolFor(sliceBytes: number, ownPool: boolean): ReadPool | undefined {
  if (!ownPool || sliceBytes < FLUSHED_AFTER_BYTES || sliceBytes > FILE_READ_BYTES) return undefined;
  return new ReadPool(sliceBytes * Math.max(1, Math.floor(RECYCLED_READ_BYTES / sliceBytes)));
}

/** The free read buffers of one transfer; they go with it (nothing is kept past its end). */
export class ReadPool {
  readonly bufferBytes: number;
  readonly #free: Buffer[] = [];
  /** Buffers made so far (specs check that they are reused). */
  created = 0;

  constructor(bufferBytes: number) {
    this.bufferBytes = bufferBytes;
  }

  take(): Buffer {
    const buffer = this.#free.pop();
    if (buffer) return buffer;
    this.created++;
    return Buffer.allocUnsafeSlow(this.bufferBytes);
  }

  /** Only the pool's own buffers come back (a read of a file's short rest has one of its size). */
  give(buffer: Buffer): void {
    if (buffer.length === this.bufferBytes) this.#free.push(buffer);
  }
}

export interface FileRange {
  path: string;
  start: number;
  /** Inclusive; undefined: to the end of the file. */
  end: number | undefined;
}

/**
 * The bytes of `range`, one view per read, each valid until the next one is asked for (a full one's
 * buffer is refilled after that). Ends early if the file does, as a read stream does.
 */
export async function* recycledFileReads(range: FileRange, pool: ReadPool): AsyncGenerator<Buffer> {
  const file = await open(range.path, 'r');
  let position = range.start;
  const stop = range.end === undefined ? Infinity : range.end + 1;
  const readNext = async (): Promise<Read | undefined> => {
    if (position >= stop) return undefined;
    // what is left is less than a buffer (a small file, a file's last part): a buffer of its size,
    // since a short read is never recycled and a whole buffer for a 4 KiB file would be ~98% waste
    const buffer = stop - position < pool.bufferBytes ? Buffer.allocUnsafe(stop - position) : pool.take();
    const want = Math.min(buffer.length, stop - position);
    let filled = 0;
    try {
      while (filled < want) {
        const { bytesRead } = await file.read(buffer, filled, want - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
    } catch (err) {
      pool.give(buffer);
      throw err;
    }
    // a short read is the file's end
    position = filled < want ? stop : position + filled;
    if (filled > 0) return { buffer, view: buffer.subarray(0, filled) };
    pool.give(buffer);
    return undefined;
  };
  // the read after the one being sent runs while the HTTP layer sends
  let next: Promise<Read | undefined> | undefined = readNext();
  let sent: Read | undefined;
  try {
    for (;;) {
      const read = await next;
      next = undefined;
      // asked for more: the previous read has left the socket's buffers, it may be refilled (if it
      // was sent in whole slices)
      if (sent && sent.view.length === sent.buffer.length) pool.give(sent.buffer);
      sent = read;
      if (!read) return;
      next = readNext();
      yield read.view;
    }
  } finally {
    // stopped early (a failed request): the read being sent is not given back, as the socket may
    // still hold it; a read nobody has seen yet is
    if (next) await next.then((read) => read && pool.give(read.buffer), () => undefined);
    await file.close();
  }
}

interface Read {
  buffer: Buffer;
  view: Buffer;
}
