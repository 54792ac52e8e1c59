// Deleting many keys: DeleteObjects with up to 1,000 keys per request (the S3 limit), a few
// requests at once; one "delete: s3://…" line per key, and each key the server refused reported.
import type { Context } from './context.js';
import { describe } from './errors.js';
import { s3Uri } from './location.js';

const PER_REQUEST = 1000;
const REQUESTS_AT_ONCE = 4;

export interface DeleteSummary {
  deleted: number;
  failed: number;
}

export async function deleteKeys(ctx: Context, bucket: string, keys: readonly string[], dryrun: boolean): Promise<DeleteSummary> {
  const summary: DeleteSummary = { deleted: 0, failed: 0 };
  if (dryrun) {
    for (const key of keys) ctx.out.dryrun(`delete: ${s3Uri(bucket, key)}`, { action: 'delete', source: s3Uri(bucket, key) });
    return summary;
  }
  const batches: string[][] = [];
  for (let i = 0; i < keys.length; i += PER_REQUEST) batches.push(keys.slice(i, i + PER_REQUEST));
  let next = 0;
  const worker = async () => {
    while (next < batches.length && !ctx.signal.aborted) {
      const batch = batches[next++]!;
      try {
        const answer = await ctx.s3.delete_objects({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: false } }, { signal: ctx.signal });
        for (const d of answer.Deleted ?? []) {
          summary.deleted++;
          ctx.out.result(`delete: ${s3Uri(bucket, d.Key ?? '')}`, { action: 'delete', source: s3Uri(bucket, d.Key ?? '') });
        }
        for (const e of answer.Errors ?? []) {
          summary.failed++;
          ctx.out.error(`delete failed: ${s3Uri(bucket, e.Key ?? '')} An error occurred (${e.Code}): ${e.Message}`, { action: 'delete', source: s3Uri(bucket, e.Key ?? '') });
        }
      } catch (err) {
        if (ctx.signal.aborted) return;
        summary.failed += batch.length;
        ctx.out.error(`delete failed: ${batch.length} key(s) in s3://${bucket} ${describe(err)}`, { action: 'delete', bucket });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(REQUESTS_AT_ONCE, batches.length) }, worker));
  return summary;
}
