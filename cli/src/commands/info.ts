// cos presign (a GET URL, --expires-in seconds, default 3600 as aws) and cos stat / head (the
// object's or the bucket's metadata as JSON, as aws s3api head-object prints it).
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { s3Location } from '../location.js';

export async function presign(ctx: Context, target: string, flags: { expiresIn?: string }): Promise<number> {
  const { bucket, key } = s3Location(target, 'presign target');
  if (!key) throw new UsageError('presign needs an object (s3://bucket/key)');
  const expires = flags.expiresIn === undefined ? 3600 : Number(flags.expiresIn);
  if (!Number.isSafeInteger(expires) || expires <= 0) throw new UsageError(`--expires-in must be a positive number of seconds, got '${flags.expiresIn}'`);
  const url = await ctx.s3.generate_presigned_url('get_object', { Params: { Bucket: bucket, Key: key }, ExpiresIn: expires });
  ctx.out.data(url, { url, expires_in: expires });
  return EXIT.ok;
}

export async function stat(ctx: Context, target: string): Promise<number> {
  const { bucket, key } = s3Location(target, 'stat target');
  const answer = key
    ? await ctx.s3.head_object({ Bucket: bucket, Key: key }, { signal: ctx.signal })
    : await ctx.s3.head_bucket({ Bucket: bucket }, { signal: ctx.signal });
  const { ResponseMetadata: _meta, ...fields } = answer as typeof answer & { ResponseMetadata?: unknown };
  const shown = { ...(key ? { Key: key } : {}), Bucket: bucket, ...fields };
  ctx.out.data(JSON.stringify(shown, null, ctx.out.json ? undefined : 4), shown);
  return EXIT.ok;
}
