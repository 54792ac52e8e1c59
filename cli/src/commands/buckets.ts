// cos mb / cos rb (--force empties the bucket first, as aws s3 rb --force does).
import type { Context } from '../context.js';
import { EXIT, UsageError, describe, isAbort } from '../errors.js';
import { s3Location } from '../location.js';
import { removeAll } from './rm.js';

function bucketOf(target: string, command: string): string {
  const { bucket, key } = s3Location(target, `${command} target`);
  if (key !== '') throw new UsageError(`${command} takes a bucket (s3://bucket), got '${target}'`);
  return bucket;
}

/** A failed mb or rb is reported as aws s3 does (`make_bucket failed: s3://b <why>`, exit 1); Ctrl-C stays an interruption. */
async function reported(ctx: Context, action: string, bucket: string, request: () => Promise<unknown>): Promise<number> {
  try {
    await request();
  } catch (err) {
    if (isAbort(err)) throw err;
    ctx.out.error(`${action} failed: s3://${bucket} ${describe(err)}`, { action, bucket });
    return EXIT.failed;
  }
  ctx.out.result(`${action}: ${bucket}`, { action, bucket });
  return EXIT.ok;
}

export async function mb(ctx: Context, target: string): Promise<number> {
  const bucket = bucketOf(target, 'mb');
  return reported(ctx, 'make_bucket', bucket, () => ctx.s3.create_bucket({ Bucket: bucket }, { signal: ctx.signal }));
}

export async function rb(ctx: Context, target: string, flags: { force?: boolean }): Promise<number> {
  const bucket = bucketOf(target, 'rb');
  if (flags.force) {
    const emptied = await removeAll(ctx, bucket, '', { filters: [] });
    if (emptied !== EXIT.ok) return emptied;
  }
  return reported(ctx, 'remove_bucket', bucket, () => ctx.s3.delete_bucket({ Bucket: bucket }, { signal: ctx.signal }));
}
