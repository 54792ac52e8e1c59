// When sync transfers an item. Default (aws s3): the sizes differ or the source is newer than the
// destination, at whole seconds. --size-only: the sizes differ. --exact-timestamps: for downloads,
// any difference in time. --checksum: the sizes differ or the MD5s differ, where both sides have one
// (a local file's is computed, an S3 object's is its ETag when that is a plain MD5); otherwise the
// default rule. Deliberate difference from aws s3: a download also happens when the S3 object is
// newer than the local file (aws skips same-sized objects then, a long-standing surprise).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { md5OfEtag } from './remote-tree.js';
import type { SourceItem } from './sources.js';

export type CompareMode = 'default' | 'size-only' | 'exact-timestamps' | 'checksum';

export type SyncEntry = SourceItem;

function sizeOf(e: SyncEntry): number {
  return e.kind === 'local' ? e.file.size : e.object.size;
}

function secondsOf(e: SyncEntry): number {
  return Math.floor((e.kind === 'local' ? e.file.mtimeMs : e.object.lastModified.getTime()) / 1000);
}

export async function needsTransfer(src: SyncEntry, dest: SyncEntry | undefined, mode: CompareMode): Promise<boolean> {
  if (!dest) return true;
  if (sizeOf(src) !== sizeOf(dest)) return true;
  if (mode === 'size-only') return false;
  if (mode === 'checksum' && hasMd5(src) && hasMd5(dest)) {
    const [a, b] = await Promise.all([md5Of(src), md5Of(dest)]);
    return a !== b;
  }
  const delta = secondsOf(src) - secondsOf(dest);
  if (mode === 'exact-timestamps' && dest.kind === 'local') return delta !== 0;
  return delta > 0;
}

function hasMd5(e: SyncEntry): boolean {
  return e.kind === 'local' || md5OfEtag(e.object.etag) !== undefined;
}

async function md5Of(e: SyncEntry): Promise<string | undefined> {
  if (e.kind === 's3') return md5OfEtag(e.object.etag);
  const hash = createHash('md5');
  for await (const chunk of createReadStream(e.file.path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
