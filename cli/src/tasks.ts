// The single operations commands are made of, as runner Tasks. Each is atomic where it lands:
// uploads are one PUT or a completed multipart upload (aborted on failure), downloads go to a
// temporary file renamed into place, so an interrupted command never leaves a partial object or file.
import { mkdir, unlink, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type { TransferManager } from 'cos-boto3';
import type { Context } from './context.js';
import { s3Uri } from './location.js';
import type { LocalFile } from './local-tree.js';
import { INLINE_WRITE_MAX, STREAM_WRITE_BYTES, writeChunksAtomically, writeFileAtomically } from './local-write.js';
import type { Task } from './runner.js';

export interface ObjectRef {
  bucket: string;
  key: string;
  size: number;
  lastModified?: Date;
  /** From the listing: lets a small object come down in one GET pinned to it (no HEAD first). */
  etag?: string;
}

/** How uploads get their Content-Type: given (--content-type), guessed from the name (aws s3's default), or none. */
export interface ContentTypeRule {
  contentType?: string;
  guessMimeType: boolean;
}

/** The extension table is loaded on the first guess: downloads and listings never need it. */
let mimeTypes: typeof import('mime-types') | undefined;

export function contentTypeFor(rule: ContentTypeRule, name: string): { ContentType?: string } {
  const guess = () => (mimeTypes ??= createRequire(import.meta.url)('mime-types') as typeof import('mime-types')).lookup(name) || undefined;
  const type = rule.contentType ?? (rule.guessMimeType ? guess() : undefined);
  return type === undefined ? {} : { ContentType: type };
}

export function uploadTask(ctx: Context, file: Pick<LocalFile, 'path' | 'size'>, bucket: string, key: string, rule: ContentTypeRule): Task {
  const ExtraArgs = contentTypeFor(rule, file.path);
  return {
    action: 'upload', source: file.path, dest: s3Uri(bucket, key), bytes: file.size,
    run: (onBytes, signal) => bySize(ctx, file.size, (transfers) => transfers.upload(file.path, bucket, key, { ExtraArgs, Callback: onBytes, signal }).result()),
  };
}

/** Downloads keep the object's LastModified as the file's mtime, so a later sync sees them as equal. */
export function downloadTask(ctx: Context, obj: ObjectRef, path: string): Task {
  return {
    action: 'download', source: s3Uri(obj.bucket, obj.key), dest: path, bytes: obj.size,
    run: async (onBytes, signal) => {
      await ensureDir(ctx, dirname(path));
      if (obj.etag && obj.size < ctx.transfers.config.multipart_threshold) return getSmall(ctx, obj, obj.etag, path, onBytes, signal);
      await bySize(ctx, obj.size, (transfers) => transfers.download(obj.bucket, obj.key, path, { Callback: onBytes, signal }).result());
      if (obj.lastModified) await utimes(path, obj.lastModified, obj.lastModified);
    },
  };
}

/**
 * A file below the multipart threshold goes through the manager with more requests in flight; a
 * larger one through the parts' manager, counted among the multipart transfers in progress.
 */
function bySize(ctx: Context, size: number, run: (transfers: TransferManager) => Promise<void>): Promise<void> {
  if (size < ctx.transfers.config.multipart_threshold) return run(ctx.smallTransfers);
  return ctx.largeFiles.run(1, () => run(ctx.transfers));
}

/** mkdir -p once per directory of a run (a tree of small files shares a few directories). */
function ensureDir(ctx: Context, dir: string): Promise<unknown> {
  let made = ctx.madeDirs.get(dir);
  if (!made) {
    made = mkdir(dir, { recursive: true });
    ctx.madeDirs.set(dir, made);
  }
  return made;
}

/**
 * A listed object below the multipart threshold: one GET pinned to the listed ETag (a changed
 * object fails with 412 rather than mixing versions), checked by the client (length, and the MD5
 * where the ETag is one), then written atomically with the object's time. The managed download
 * would HEAD first: twice the requests for a tree of small files. The bytes held at once are
 * bounded (ctx.smallDownloads), as up to ctx.fileConcurrency of these run together.
 */
function getSmall(ctx: Context, obj: ObjectRef, etag: string, path: string, onBytes: (n: number) => void, signal: AbortSignal): Promise<void> {
  // above a MiB the body is written as it comes (a MiB at a time), not held whole
  const streamed = obj.size > INLINE_WRITE_MAX;
  return ctx.smallDownloads.run(streamed ? STREAM_WRITE_BYTES : obj.size, async () => {
    const { Body } = await ctx.s3.get_object({ Bucket: obj.bucket, Key: obj.key, IfMatch: etag }, { signal });
    if (streamed) return writeChunksAtomically(path, reporting(Body!, onBytes), obj.lastModified);
    const data = await Body!.read();
    onBytes(data.length);
    signal.throwIfAborted();
    await writeFileAtomically(path, data, obj.lastModified);
  });
}

async function* reporting(chunks: AsyncIterable<Buffer>, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}

export function copyTask(ctx: Context, obj: ObjectRef, bucket: string, key: string): Task {
  return {
    action: 'copy', source: s3Uri(obj.bucket, obj.key), dest: s3Uri(bucket, key), bytes: obj.size,
    run: (onBytes, signal) => bySize(ctx, obj.size, (transfers) => transfers.copy({ Bucket: obj.bucket, Key: obj.key }, bucket, key, { Callback: onBytes, signal }).result()),
  };
}

export function deleteObjectTask(ctx: Context, bucket: string, key: string): Task {
  return {
    action: 'delete', source: s3Uri(bucket, key), bytes: 0,
    run: async (_onBytes, signal) => {
      await ctx.s3.delete_object({ Bucket: bucket, Key: key }, { signal });
    },
  };
}

export function deleteLocalTask(path: string): Task {
  return { action: 'delete', source: path, bytes: 0, run: () => unlink(path) };
}

/** mv: the copy, then the source's removal once the copy is complete. */
export function moveTask(transfer: Task, removeSource: () => Promise<void>): Task {
  return {
    ...transfer,
    action: 'move',
    run: async (onBytes, signal) => {
      await transfer.run(onBytes, signal);
      await removeSource();
    },
  };
}
