// Managed upload: one PutObject below the multipart threshold, else a multipart upload with at
// most `slots` parts in flight and at most slots + 1 part buffers alive, aborted on any failure.
import type { Readable } from 'node:stream';
import type { CompletedPart, CreateMultipartUploadRequest, PutObjectRequest, UploadPartRequest } from '../generated/s3-shapes.js';
import { AbortError, ClientError, HTTPClientError, S3UploadFailedError, StreamNotReplayableError } from '../errors.js';
import { COMPLETE_MULTIPART_ARGS, UPLOAD_CREATE_BLOCKLIST, UPLOAD_PART_ARGS, omit, pick } from './args.js';
import { MAX_SINGLE_UPLOAD_SIZE, adjustChunkSize } from './config.js';
import { forEachBounded } from './limiter.js';
import { unwatchBody, watchBody } from './body-progress.js';
import type { UploadPart, UploadSource } from './upload-parts.js';
import type { TransferContext } from './types.js';
import { MultipartChecksums } from './checksums.js';
import { type ReadPool, readPoolFor } from './file-reads.js';

interface Target {
  Bucket: string;
  Key: string;
  extra: Record<string, unknown>;
}

export async function upload(ctx: TransferContext, source: UploadSource, target: Target): Promise<void> {
  try {
    await uploadFrom(ctx, source, target);
  } catch (err) {
    throw asUploadFailure(err, source.description, target);
  }
}

async function uploadFrom(ctx: TransferContext, source: UploadSource, target: Target): Promise<void> {
  const { config, signal } = ctx;
  const known = await source.size();
  if (known !== undefined) ctx.setSize(known);
  // file bodies are read into buffers recycled across the transfer's parts (file-reads.ts)
  const reads = readPoolFor(config.io_chunksize, ctx.client.meta.config.dispatcher === undefined);
  if (known !== undefined && known < config.multipart_threshold && known <= MAX_SINGLE_UPLOAD_SIZE) {
    return putObject(ctx, source.whole(known), known, target, reads);
  }
  const partSize = adjustChunkSize(config.multipart_chunksize, known);
  // a stream of unknown length is read up to the threshold before choosing PutObject or multipart
  const lookahead = known === undefined ? Math.ceil(config.multipart_threshold / partSize) : 0;
  const poolSize = Math.max(ctx.slots.size, lookahead) + 1;
  const parts = source.parts(partSize, { poolSize, signal })[Symbol.asyncIterator]();
  const head: UploadPart[] = [];
  if (known === undefined) {
    let bytes = 0;
    while (bytes < config.multipart_threshold) {
      const step = await parts.next();
      if (step.done) {
        ctx.setSize(bytes);
        return putParts(ctx, head, bytes, target);
      }
      head.push(step.value);
      bytes += step.value.size;
    }
  }
  return multipart(ctx, prepend(head, parts), known, target, reads);
}

async function putParts(ctx: TransferContext, parts: UploadPart[], size: number, target: Target): Promise<void> {
  try {
    const bodies = parts.map((p) => p.body() as Uint8Array);
    const body = bodies.length === 1 ? bodies[0]! : bodies.length === 0 ? new Uint8Array(0) : Buffer.concat(bodies);
    await putObject(ctx, body, size, target);
  } finally {
    for (const p of parts) p.release();
  }
}

async function putObject(ctx: TransferContext, body: Uint8Array | Readable, size: number, target: Target, reads?: ReadPool): Promise<void> {
  const Body = watched(ctx, body, reads);
  try {
    const params = { ...target.extra, Bucket: target.Bucket, Key: target.Key, Body, ContentLength: size } as PutObjectRequest;
    await ctx.slots.acquire(ctx.signal);
    try {
      await ctx.client.put_object(params, { signal: ctx.signal });
    } finally {
      ctx.slots.release();
    }
  } finally {
    unwatchBody(Body);
  }
}

async function multipart(ctx: TransferContext, parts: AsyncIterable<UploadPart>, known: number | undefined, target: Target, reads?: ReadPool): Promise<void> {
  const { client, signal } = ctx;
  const { Bucket, Key, extra } = target;
  const checksums = MultipartChecksums.forUpload(client, extra);
  const createArgs = { ...omit(extra, UPLOAD_CREATE_BLOCKLIST), ...checksums?.createArgs(), Bucket, Key };
  // no signal: a create cut off in flight may still make an upload whose id we would never learn
  const created = await client.create_multipart_upload(createArgs as CreateMultipartUploadRequest);
  const UploadId = created.UploadId!;
  const completed: CompletedPart[] = [];
  let total = 0;
  let done: object;
  try {
    throwIfCancelled(signal);
    await forEachBounded(
      parts,
      ctx.slots,
      async (part) => {
        try {
          const ETag = await uploadPart(ctx, part, UploadId, target, checksums, reads);
          completed.push({ ETag, PartNumber: part.number, ...checksums?.completedPart(part.number) });
          total += part.size;
          ctx.part({ part_number: part.number, size: part.size, ETag });
        } finally {
          part.release();
        }
      },
      { signal, onFailure: (err) => ctx.fail(err), discard: (part) => part.release() },
    );
    if (known === undefined) ctx.setSize(total);
    completed.sort((a, b) => a.PartNumber! - b.PartNumber!);
    done = await client.complete_multipart_upload(
      { ...pick(extra, COMPLETE_MULTIPART_ARGS), ...checksums?.completeArgs(completed.length), Bucket, Key, UploadId, MultipartUpload: { Parts: completed } },
      { signal },
    );
  } catch (err) {
    // no signal: the abort must go out even when the caller's signal is what stopped the upload
    try {
      await client.abort_multipart_upload({ ...pick(extra, ['RequestPayer', 'ExpectedBucketOwner']), Bucket, Key, UploadId });
    } catch (abortError) {
      abortFailures.set(err as object, { UploadId, error: abortError });
    }
    throw err;
  }
  // the object exists now: a composite that differs from the parts' means the server assembled other bytes
  await checksums?.checkCompleted(done);
}

async function uploadPart(
  ctx: TransferContext, part: UploadPart, UploadId: string, target: Target, checksums?: MultipartChecksums, reads?: ReadPool,
): Promise<string | undefined> {
  const raw = part.body();
  const checksum = await checksums?.uploadPartArgs(part.number, raw, part.size);
  const Body = watched(ctx, raw, reads);
  try {
    const params: UploadPartRequest = {
      ...pick(target.extra, UPLOAD_PART_ARGS),
      ...checksum,
      Bucket: target.Bucket,
      Key: target.Key,
      UploadId,
      PartNumber: part.number,
      Body,
      ContentLength: part.size,
    };
    return (await ctx.client.upload_part(params, { signal: ctx.signal })).ETag;
  } finally {
    unwatchBody(Body);
  }
}

function watched<B extends object>(ctx: TransferContext, body: B, reads?: ReadPool): B {
  return watchBody(ctx.client.meta.events, body, {
    report: (delta) => ctx.progress.add(delta),
    ioChunk: ctx.config.io_chunksize,
    bandwidth: ctx.bandwidth,
    signal: ctx.signal,
    reads,
  });
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  try {
    for (let step = await rest.next(); !step.done; step = await rest.next()) yield step.value;
  } finally {
    await rest.return?.();
  }
}

/** An upload whose AbortMultipartUpload failed too: its parts are left on the server. */
const abortFailures = new WeakMap<object, { UploadId: string; error: unknown }>();

/**
 * boto3: a service error becomes S3UploadFailedError("Failed to upload <file> to <bucket>/<key>: <error>"); so do
 * transport errors here. Whatever stopped the upload, a multipart upload that could not be aborted is named.
 */
function asUploadFailure(err: unknown, description: string, { Bucket, Key }: Target): unknown {
  const abort = err !== null && typeof err === 'object' ? abortFailures.get(err) : undefined;
  const note = abort
    ? `; aborting multipart upload ${abort.UploadId} failed too (${(abort.error as Error)?.message ?? String(abort.error)}), so its parts remain until it is aborted`
    : '';
  if (err instanceof AbortError) return abort ? new AbortError(`${err.message}${note}`, { cause: err }) : err;
  const typed = err instanceof ClientError || err instanceof HTTPClientError || err instanceof StreamNotReplayableError || err instanceof S3UploadFailedError;
  if (!typed && !abort) return err;
  return new S3UploadFailedError(`Failed to upload ${description} to ${Bucket}/${Key}: ${(err as Error)?.message ?? String(err)}${note}`, { cause: err });
}

/** Stopped while a request ran without the signal: the typed AbortError, once its effects can be undone. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AbortError('The transfer was cancelled', { cause: signal.reason });
}
