// cos rm s3://bucket/key, or --recursive: every key below a prefix, in DeleteObjects batches.
import { deleteKeys } from '../batch-delete.js';
import type { Context } from '../context.js';
import { EXIT } from '../errors.js';
import { isIncluded, type Filter } from '../filters.js';
import { baseName, s3Location, s3Uri } from '../location.js';
import { walkRemote } from '../remote-tree.js';
import { dirPrefix } from '../sources.js';

export interface RmFlags {
  recursive?: boolean;
  dryrun?: boolean;
  filters: Filter[];
}

export async function rm(ctx: Context, target: string, flags: RmFlags): Promise<number> {
  const { bucket, key } = s3Location(target, 'rm target');
  if (!flags.recursive) {
    // the filters apply to the one key as to a listing's (its name below its "directory"), as in aws s3
    if (!isIncluded(flags.filters, baseName(key))) return EXIT.ok;
    if (flags.dryrun) {
      ctx.out.dryrun(`delete: ${s3Uri(bucket, key)}`, { action: 'delete', source: s3Uri(bucket, key) });
      return EXIT.ok;
    }
    await ctx.s3.delete_object({ Bucket: bucket, Key: key }, { signal: ctx.signal });
    ctx.out.result(`delete: ${s3Uri(bucket, key)}`, { action: 'delete', source: s3Uri(bucket, key) });
    return EXIT.ok;
  }
  return removeAll(ctx, bucket, dirPrefix(key), flags);
}

export async function removeAll(ctx: Context, bucket: string, prefix: string, flags: Omit<RmFlags, 'recursive'>): Promise<number> {
  const objects = await walkRemote(ctx, bucket, prefix);
  const keys = objects.filter((o) => isIncluded(flags.filters, o.rel)).map((o) => o.key);
  const summary = await deleteKeys(ctx, bucket, keys, flags.dryrun === true);
  if (ctx.signal.aborted) return EXIT.interrupted;
  return summary.failed ? EXIT.failed : EXIT.ok;
}
