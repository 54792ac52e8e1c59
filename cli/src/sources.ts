// What a cp/mv/sync source holds and where each item lands: the one enumeration that every
// file-moving command shares. Recursive S3 sources are prefixes ending in '/', as aws s3 treats
// them; keys ending in '/' (folder markers) are not downloaded.
import { stat } from 'node:fs/promises';
import { ClientError } from 'cos-boto3';
import { basename, join, sep } from 'node:path';
import type { Context } from './context.js';
import { FatalError } from './errors.js';
import { walkLocal, type LocalFile } from './local-tree.js';
import { baseName, endsWithSeparator, isPrefixLike, type Location } from './location.js';
import { isFolderMarker, walkRemote, type RemoteObject } from './remote-tree.js';

export type SourceItem =
  | { kind: 'local'; rel: string; file: LocalFile }
  | { kind: 's3'; rel: string; bucket: string; object: RemoteObject };

export function dirPrefix(key: string): string {
  return key === '' || key.endsWith('/') ? key : key + '/';
}

export async function listSource(ctx: Context, src: Location, recursive: boolean, followSymlinks: boolean): Promise<SourceItem[]> {
  if (src.kind === 'local') {
    const info = await stat(src.path).catch(() => undefined);
    if (!info) throw new FatalError(`The user-provided path ${src.path} does not exist.`);
    if (recursive) {
      if (!info.isDirectory()) throw new FatalError(`${src.path} is not a directory (recursive copies start at a directory)`);
      const files = await walkLocal(src.path, { followSymlinks, onSkip: skippedLocal(ctx) });
      return files.map((file) => ({ kind: 'local', rel: file.rel, file }));
    }
    if (info.isDirectory()) throw new FatalError(`${src.path} is a directory: add --recursive to copy what it holds`);
    return [{ kind: 'local', rel: basename(src.path), file: { rel: basename(src.path), path: src.path, size: info.size, mtimeMs: info.mtimeMs } }];
  }
  if (src.kind !== 's3') throw new FatalError('a stream source holds no listable items');
  if (recursive) {
    const objects = (await walkRemote(ctx, src.bucket, dirPrefix(src.key))).filter((o) => !isFolderMarker(o));
    return objects.map((object) => ({ kind: 's3', rel: object.rel, bucket: src.bucket, object }));
  }
  if (isPrefixLike(src.key)) throw new FatalError(`s3://${src.bucket}/${src.key} is a prefix: add --recursive to copy what it holds`);
  const head = await ctx.s3.head_object({ Bucket: src.bucket, Key: src.key }, { signal: ctx.signal }).catch((err: unknown) => {
    // a HEAD's 404 has no body to say what is missing: aws s3 names the key
    if (err instanceof ClientError && err.status === 404) {
      throw new FatalError(`An error occurred (404) when calling the HeadObject operation: Key "${src.key}" does not exist`);
    }
    throw err;
  });
  const object: RemoteObject = {
    rel: baseName(src.key), key: src.key, size: head.ContentLength ?? 0, lastModified: head.LastModified ?? new Date(0), etag: head.ETag ?? '',
  };
  return [{ kind: 's3', rel: object.rel, bucket: src.bucket, object }];
}

/**
 * Whether a key's part below the listed prefix, made a path below a directory, would land outside
 * it ('../x', 'a/../../x') or on the directory itself ('a/..'): a bucket's keys are anyone's text,
 * and a sync down must not write where the user did not point it. As aws s3 does, such objects are
 * skipped with a warning.
 */
export function escapesDirectory(rel: string): boolean {
  let depth = 0;
  for (const part of rel.split(sep === '\\' ? /[\\/]/ : '/')) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return depth === 0;
}

/** Whether a listed item is a file to write below a local destination: folder markers (key/) are not. */
export function isFileFor(item: SourceItem, dest: Location): boolean {
  return !(item.kind === 's3' && dest.kind === 'local' && item.object.key.endsWith('/'));
}

/** A local entry walkLocal passes over (unreadable, dangling link, FIFO): warned of, and the run exits 2, as with aws s3. */
export function skippedLocal(ctx: Context): (path: string, why: string) => void {
  return (path, why) => {
    ctx.out.warning(`Skipping file ${path}. ${why}`);
    ctx.skipped++;
  };
}

/** The warning for an object skipped because its key escapes the destination (see escapesDirectory). */
export function skippedEscaping(ctx: Context, item: SourceItem): void {
  const name = item.kind === 's3' ? `s3://${item.bucket}/${item.object.key}` : item.file.path;
  ctx.out.warning(`Skipping file ${name}. File references a parent directory.`);
  ctx.skipped++;
}

/**
 * Where an item lands: below the destination directory/prefix when recursive or when it names one;
 * undefined when that would be outside the directory (escapesDirectory).
 */
export async function destinationFor(dest: Location, rel: string, recursive: boolean): Promise<Location | undefined> {
  if (dest.kind === 's3') {
    if (recursive) return { ...dest, key: dirPrefix(dest.key) + rel };
    return { ...dest, key: isPrefixLike(dest.key) ? dest.key + rel : dest.key };
  }
  if (dest.kind !== 'local') return dest;
  const below = (dir: string): Location | undefined => (escapesDirectory(rel) ? undefined : { kind: 'local', path: join(dir, rel.split('/').join(sep)) });
  if (recursive) return below(dest.path);
  const isDir = endsWithSeparator(dest.path) || (await stat(dest.path).then((s) => s.isDirectory(), () => false));
  return isDir ? below(dest.path) : dest;
}
