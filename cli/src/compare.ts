// When sync transfers an item. Default (aws s3): the sizes differ or the source is newer than the
// destination, at whole seconds; for downloads, the local file's time differs from the object's in
// either direction. --size-only: the sizes differ. --exact-timestamps: accepted as aws has it (any
// time difference, for downloads), which is the default here. --checksum: the sizes differ or the
// MD5s differ, where both sides have one (a local file's is computed, an S3 object's is its ETag when
// that is a plain MD5); otherwise the default rule.
// Downloads: aws s3 transfers a same-sized object only when the local file is newer (an edit since
// the last sync, which it puts back) and skips it when the object is newer (a long-standing surprise:
// a changed object of the same size never comes down). We do both: a download sets the file's time
// to the object's, so any difference means one side changed since.
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
  return dest.kind === 'local' ? delta !== 0 : delta > 0;
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
