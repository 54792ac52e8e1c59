// A downloaded object's bytes put in place atomically: a new temporary file beside the target
// (O_EXCL), the bytes and the object's time set through its open descriptor, closed, renamed into
// place; removed on any failure, so no partial file is ever seen under the target's name.
// For bytes already in memory only the create goes to the thread pool: allocating an inode can take
// a third of a millisecond (ext4 skips recently freed ones). The rest are quick calls on a file
// already open (a write of bytes in memory lands in the page cache) and a rename within one
// directory (~10 µs), so they run in place. Each hand-off to the pool wakes a thread that, on a busy
// machine, takes the CPU from the event loop: a tree of small files costs one per file instead of five.
// A larger body is written as it arrives, a MiB at a time through the pool, never held whole.
import { randomBytes } from 'node:crypto';
import { closeSync, futimesSync, open, renameSync, write, writeSync, writev } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { promisify } from 'node:util';

const openFile = promisify(open);
const writeAt = promisify(write);
const writevAt = promisify(writev);

/** Above this, the bytes go through the thread pool, so one big write never holds up the event loop. */
export const INLINE_WRITE_MAX = 1024 * 1024;

/** A streamed body is gathered into writes of this much: one hand-off to the pool per MiB, not per socket read. */
export const STREAM_WRITE_BYTES = 1024 * 1024;

/** Temporary names: `<target>.<8 hex>.tmp`, a random start per process counted up (no random draw per file). */
let nextTemp = randomBytes(4).readUInt32BE(0);

export function tempNameFor(path: string): string {
  nextTemp = (nextTemp + 1) >>> 0;
  return `${path}.${nextTemp.toString(16).padStart(8, '0')}.tmp`;
}

/** Writes `data` to a new file at `path` (replacing what is there) whose times are `time`, if given. */
export function writeFileAtomically(path: string, data: Buffer, time?: Date): Promise<void> {
  return inTemporaryFile(path, time, (fd) => writeAll(fd, data));
}

/**
 * Writes `chunks` (a response body, which the client checks as it ends: length, MD5) to a new file
 * at `path` as writeFileAtomically does; a body that fails, however late, leaves no file.
 */
export function writeChunksAtomically(path: string, chunks: AsyncIterable<Buffer>, time?: Date): Promise<void> {
  return inTemporaryFile(path, time, async (fd) => {
    let batch: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of chunks) {
      batch.push(chunk);
      bytes += chunk.length;
      if (bytes < STREAM_WRITE_BYTES) continue;
      await writeChunks(fd, batch);
      batch = [];
      bytes = 0;
    }
    if (bytes > 0) await writeChunks(fd, batch);
  });
}

/** Appends the chunks in one writev through the pool (no copy into one buffer: less garbage for the GC). */
async function writeChunks(fd: number, chunks: Buffer[]): Promise<void> {
  for (let rest = chunks; rest.length > 0; ) {
    const { bytesWritten } = await writevAt(fd, rest);
    rest = unwritten(rest, bytesWritten);
  }
}

/** What of `chunks` is left once `n` bytes of them are written (a partial write ends mid-chunk). */
export function unwritten(chunks: Buffer[], n: number): Buffer[] {
  let i = 0;
  for (; i < chunks.length && n >= chunks[i]!.length; i++) n -= chunks[i]!.length;
  const rest = chunks.slice(i);
  if (n > 0) rest[0] = rest[0]!.subarray(n);
  return rest;
}

async function inTemporaryFile(path: string, time: Date | undefined, fill: (fd: number) => Promise<void>): Promise<void> {
  const temp = tempNameFor(path);
  const fd = await openFile(temp, 'wx');
  let open_ = true;
  try {
    await fill(fd);
    if (time) futimesSync(fd, time, time);
    open_ = false;
    closeSync(fd);
    renameSync(temp, path);
  } catch (err) {
    if (open_) closeQuietly(fd);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Appends `data` at the file's position: in place up to INLINE_WRITE_MAX, through the pool above. */
async function writeAll(fd: number, data: Buffer): Promise<void> {
  const inline = data.length <= INLINE_WRITE_MAX;
  for (let at = 0; at < data.length; ) {
    at += inline ? writeSync(fd, data, at) : (await writeAt(fd, data, at, data.length - at, null)).bytesWritten;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the write's error is the one to report
  }
}
