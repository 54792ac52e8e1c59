// A downloaded object's bytes, already in memory, put in place atomically: a new temporary file
// beside the target (O_EXCL), the bytes and the object's time set through its open descriptor,
// closed, renamed into place; removed on any failure, so no partial file is ever seen under the
// target's name. Only the create goes to the thread pool: allocating an inode can take a third of
// a millisecond (ext4 skips recently freed ones). The rest are quick calls on a file already open
// (a write of bytes in memory lands in the page cache) and a rename within one directory (~10 µs),
// so they run in place. Each hand-off to the pool wakes a thread that, on a busy machine, takes
// the CPU from the event loop: a tree of small files now costs one per file instead of five.
import { randomBytes } from 'node:crypto';
import { closeSync, futimesSync, open, renameSync, write, writeSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { promisify } from 'node:util';

const openFile = promisify(open);
const writeAt = promisify(write);

/** Above this, the bytes go through the thread pool too, so one big write never holds up the event loop. */
const INLINE_WRITE_MAX = 1024 * 1024;

/** Temporary names: `<target>.<8 hex>.tmp`, a random start per process counted up (no random draw per file). */
let nextTemp = randomBytes(4).readUInt32BE(0);

export function tempNameFor(path: string): string {
  nextTemp = (nextTemp + 1) >>> 0;
  return `${path}.${nextTemp.toString(16).padStart(8, '0')}.tmp`;
}

/** Writes `data` to a new file at `path` (replacing what is there) whose times are `time`, if given. */
export async function writeFileAtomically(path: string, data: Buffer, time?: Date): Promise<void> {
  const temp = tempNameFor(path);
  const fd = await openFile(temp, 'wx');
  let open_ = true;
  try {
    const inline = data.length <= INLINE_WRITE_MAX;
    for (let at = 0; at < data.length; ) {
      at += inline ? writeSync(fd, data, at) : (await writeAt(fd, data, at, data.length - at, null)).bytesWritten;
    }
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

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the write's error is the one to report
  }
}
