// cos mb / cos rb (--force empties the bucket first, as aws s3 rb --force does).
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { s3Location } from '../location.js';
import { removeAll } from './rm.js';

function bucketOf(target: string, command: string): string {
  const { bucket, key } = s3Location(target, `${command} target`);
  if (key !== '') throw new UsageError(`${command} takes a bucket (s3://bucket), got '${target}'`);
  return bucket;
}

export async function mb(ctx: Context, target: string): Promise<number> {
  const bucket = bucketOf(target, 'mb');
  await ctx.s3.create_bucket({ Bucket: bucket }, { signal: ctx.signal });
  ctx.out.result(`make_bucket: ${bucket}`, { action: 'make_bucket', bucket });
  return EXIT.ok;
}

export async function rb(ctx: Context, target: string, flags: { force?: boolean }): Promise<number> {
  const bucket = bucketOf(target, 'rb');
  if (flags.force) {
    const emptied = await removeAll(ctx, bucket, '', { filters: [] });
    if (emptied !== EXIT.ok) return emptied;
  }
  await ctx.s3.delete_bucket({ Bucket: bucket }, { signal: ctx.signal });
  ctx.out.result(`remove_bucket: ${bucket}`, { action: 'remove_bucket', bucket });
  return EXIT.ok;
}
