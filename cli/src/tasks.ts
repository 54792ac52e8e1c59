// The single operations commands are made of, as runner Tasks. Each is atomic where it lands:
// uploads are one PUT or a completed multipart upload (aborted on failure), downloads go to a
// temporary file renamed into place, so an interrupted command never leaves a partial object or file.
import { mkdir, unlink, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Context } from './context.js';
import { s3Uri } from './location.js';
import type { LocalFile } from './local-tree.js';
import type { Task } from './runner.js';

export interface ObjectRef {
  bucket: string;
  key: string;
  size: number;
  lastModified?: Date;
}

export function uploadTask(ctx: Context, file: Pick<LocalFile, 'path' | 'size'>, bucket: string, key: string): Task {
  return {
    action: 'upload', source: file.path, dest: s3Uri(bucket, key), bytes: file.size,
    run: (onBytes, signal) => ctx.transfers.upload(file.path, bucket, key, { Callback: onBytes, signal }).result(),
  };
}

/** Downloads keep the object's LastModified as the file's mtime, so a later sync sees them as equal. */
export function downloadTask(ctx: Context, obj: ObjectRef, path: string): Task {
  return {
    action: 'download', source: s3Uri(obj.bucket, obj.key), dest: path, bytes: obj.size,
    run: async (onBytes, signal) => {
      await mkdir(dirname(path), { recursive: true });
      await ctx.transfers.download(obj.bucket, obj.key, path, { Callback: onBytes, signal }).result();
      if (obj.lastModified) await utimes(path, obj.lastModified, obj.lastModified);
    },
  };
}

export function copyTask(ctx: Context, obj: ObjectRef, bucket: string, key: string): Task {
  return {
    action: 'copy', source: s3Uri(obj.bucket, obj.key), dest: s3Uri(bucket, key), bytes: obj.size,
    run: (onBytes, signal) => ctx.transfers.copy({ Bucket: obj.bucket, Key: obj.key }, bucket, key, { Callback: onBytes, signal }).result(),
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
