// cos cp / cos mv: local → S3 (upload), S3 → local (download), S3 → S3 (managed copy), and the
// standard streams with '-'. mv removes each source once its copy is complete.
import { unlink } from 'node:fs/promises';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { isIncluded, type Filter } from '../filters.js';
import { parseLocation, s3Uri, type Location } from '../location.js';
import { runTasks, type Task } from '../runner.js';
import { destinationFor, isFileFor, listSource, skippedEscaping, type SourceItem } from '../sources.js';
import { type ContentTypeRule, contentTypeFor, copyTask, downloadTask, moveTask, uploadTask } from '../tasks.js';

export interface CopyFlags extends ContentTypeRule {
  recursive?: boolean;
  dryrun?: boolean;
  followSymlinks: boolean;
  filters: Filter[];
}

export async function cp(ctx: Context, source: string, target: string, flags: CopyFlags, move = false): Promise<number> {
  const src = parseLocation(source);
  const dest = parseLocation(target);
  if (src.kind !== 's3' && dest.kind !== 's3') throw new UsageError('cp and mv need at least one S3 location (s3://bucket/key)');
  if (src.kind === 'stream' || dest.kind === 'stream') {
    if (move) throw new UsageError('mv does not read from or write to a stream (-)');
    return streamCopy(ctx, src, dest, flags);
  }
  const items = (await listSource(ctx, src, flags.recursive === true, flags.followSymlinks)).filter((i) => isIncluded(flags.filters, i.rel));
  const tasks: Task[] = [];
  for (const item of items) {
    if (!isFileFor(item, dest)) continue;
    const to = await destinationFor(dest, item.rel, flags.recursive === true);
    if (!to) {
      skippedEscaping(ctx, item);
      continue;
    }
    // a copy onto itself and then the delete of its source would lose the object: refused before
    // anything runs, as aws s3 refuses it (a small object's self-copy is refused by S3 as well, a
    // multipart one is not)
    if (move && isSameObject(item, to)) throw new UsageError(`Cannot mv a file onto itself: ${s3Uri(to.bucket, to.key)}`);
    const task = transferTask(ctx, item, to, flags);
    tasks.push(move ? moveTask(task, () => removeSource(ctx, item)) : task);
  }
  const summary = await runTasks(ctx, tasks, { dryrun: flags.dryrun === true });
  if (summary.interrupted) return EXIT.interrupted;
  return summary.failed ? EXIT.failed : ctx.skipped ? EXIT.skipped : EXIT.ok;
}

export function transferTask(ctx: Context, item: SourceItem, to: Location, rule: ContentTypeRule): Task {
  if (item.kind === 'local') {
    if (to.kind !== 's3') throw new UsageError('local to local copies are not S3 transfers');
    return uploadTask(ctx, item.file, to.bucket, to.key, rule);
  }
  const ref = { bucket: item.bucket, key: item.object.key, size: item.object.size, lastModified: item.object.lastModified, etag: item.object.etag };
  if (to.kind === 'local') return downloadTask(ctx, ref, to.path);
  if (to.kind === 's3') return copyTask(ctx, ref, to.bucket, to.key);
  throw new UsageError('streams are copied one object at a time');
}

function isSameObject(item: SourceItem, to: Location): to is Extract<Location, { kind: 's3' }> {
  return item.kind === 's3' && to.kind === 's3' && to.bucket === item.bucket && to.key === item.object.key;
}

async function removeSource(ctx: Context, item: SourceItem): Promise<void> {
  if (item.kind === 'local') await unlink(item.file.path);
  else await ctx.s3.delete_object({ Bucket: item.bucket, Key: item.object.key }, { signal: ctx.signal });
}

async function streamCopy(ctx: Context, src: Location, dest: Location, rule: ContentTypeRule): Promise<number> {
  if (src.kind === 'stream' && dest.kind === 's3') {
    if (!dest.key || dest.key.endsWith('/')) throw new UsageError('uploading from - needs a full key (s3://bucket/key)');
    // as aws s3: the type is guessed from the source's name, and '-' has none; nothing is printed
    const ExtraArgs = contentTypeFor(rule, '-');
    await ctx.transfers.upload(process.stdin, dest.bucket, dest.key, { ExtraArgs, signal: ctx.signal }).result();
    return EXIT.ok;
  }
  if (src.kind === 's3' && dest.kind === 'stream') {
    await ctx.transfers.download(src.bucket, src.key, process.stdout, { signal: ctx.signal }).result();
    return EXIT.ok;
  }
  throw new UsageError('- stands for stdin as a source and for stdout as a destination, with an S3 location on the other side');
}
