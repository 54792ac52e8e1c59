// Managed upload: one PutObject below the multipart threshold, else a multipart upload with at
// most `slots` parts in flight and at most slots + 1 part buffers alive, aborted on any failure.
import { Readable } from 'node:stream';
import type { PutObjectRequest, UploadPartRequest } from '../generated/s3-shapes.js';
import type { CallOptions } from '../client/base-client.js';
import { withUploadProgress } from '../client/upload-progress.js';
import { AbortError, ClientError, HTTPClientError, S3UploadFailedError, StreamNotReplayableError } from '../errors.js';
import { UPLOAD_CREATE_BLOCKLIST, UPLOAD_PART_ARGS, omit, pick } from './args.js';
import { MAX_SINGLE_UPLOAD_SIZE, adjustChunkSize } from './config.js';
import type { UploadPart, UploadSource } from './upload-parts.js';
import type { TransferContext } from './types.js';
import { MultipartChecksums } from './checksums.js';
import { type ReadPool, readPoolFor, recycledFileReads } from './file-reads.js';
import { isFileStream } from '../core/body.js';
import { type LeftBehind, messageOf, multipartUpload, namingLeftBehind, reportingLeftBehind } from './multipart.js';

interface Target {
  Bucket: string;
  Key: string;
  extra: Record<string, unknown>;
}

/** Where a multipart upload its abort could not remove is reported. */
type Upload = Target & { leftBehind(left: LeftBehind): void };
/** A transfer's recycled buffers for reading file bodies (file-reads.ts), when it may recycle them. */
type Reads = ReadPool | undefined;

export function upload(ctx: TransferContext, source: UploadSource, target: Target): Promise<void> {
  return reportingLeftBehind(
    (leftBehind) => uploadFrom(ctx, source, { ...target, leftBehind }),
    (err, left) => asUploadFailure(err, source.description, target, left),
  );
}

async function uploadFrom(ctx: TransferContext, source: UploadSource, target: Upload): Promise<void> {
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

async function putObject(ctx: TransferContext, body: Uint8Array | Readable, size: number, target: Target, reads?: Reads): Promise<void> {
  const params = { ...target.extra, Bucket: target.Bucket, Key: target.Key, Body: body, ContentLength: size } as PutObjectRequest;
  await sending(ctx, body, reads, (options) => ctx.slots.run(() => ctx.client.put_object(params, options), ctx.signal));
}

async function multipart(ctx: TransferContext, parts: AsyncIterable<UploadPart>, known: number | undefined, target: Upload, reads: Reads): Promise<void> {
  const { Bucket, Key, extra } = target;
  const checksums = MultipartChecksums.forUpload(ctx.client, extra);
  await multipartUpload(ctx, {
    Bucket, Key, extra, checksums, parts, size: known,
    create: omit(extra, UPLOAD_CREATE_BLOCKLIST),
    send: (part, UploadId) => uploadPart(ctx, part, UploadId, target, reads, checksums),
    leftBehind: target.leftBehind,
  });
}

async function uploadPart(
  ctx: TransferContext, part: UploadPart, UploadId: string, target: Target, reads: Reads, checksums?: MultipartChecksums,
): Promise<string | undefined> {
  const body = part.body();
  const checksum = await checksums?.uploadPartArgs(part.number, body, part.size);
  const params: UploadPartRequest = {
    ...pick(target.extra, UPLOAD_PART_ARGS),
    ...checksum,
    Bucket: target.Bucket,
    Key: target.Key,
    UploadId,
    PartNumber: part.number,
    Body: body,
    ContentLength: part.size,
  };
  return (await sending(ctx, body, reads, (options) => ctx.client.upload_part(params, options))).ETag;
}

/**
 * The request that sends `body`, its bytes reported (and paced by the bandwidth limit) as the HTTP
 * layer takes them; a stream of the body is closed afterwards, however the call ended.
 */
async function sending<T>(ctx: TransferContext, body: Uint8Array | Readable, reads: Reads, call: (options: CallOptions) => Promise<T>): Promise<T> {
  const { bandwidth } = ctx;
  const progress = {
    chunk: ctx.config.io_chunksize,
    report: (delta: number) => ctx.progress.add(delta),
    ...(bandwidth && { pace: (bytes: number, signal?: AbortSignal) => bandwidth.consume(bytes, signal) }),
    ...(reads && { read: (sent: unknown) => recycled(sent, reads) }),
  };
  try {
    return await call(withUploadProgress({ signal: ctx.signal }, progress));
  } finally {
    if (body instanceof Readable) body.destroy();
  }
}

/** An attempt's file-stream body read into the transfer's recycled buffers (the stream itself stays unread and is closed). */
function recycled(body: unknown, reads: ReadPool): AsyncIterable<Uint8Array> | undefined {
  if (!isFileStream(body)) return undefined;
  const end = body.end === undefined || body.end === Infinity ? undefined : body.end;
  body.destroy();
  return recycledFileReads({ path: body.path as string, start: body.start ?? 0, end }, reads);
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  try {
    for (let step = await rest.next(); !step.done; step = await rest.next()) yield step.value;
  } finally {
    await rest.return?.();
  }
}

/**
 * boto3: a service error becomes S3UploadFailedError("Failed to upload <file> to <bucket>/<key>: <error>"); so do
 * transport errors here. Whatever stopped the upload, a multipart upload that could not be aborted is named.
 */
function asUploadFailure(err: unknown, description: string, { Bucket, Key }: Target, left: LeftBehind | undefined): unknown {
  const wrap = (message: string) => new S3UploadFailedError(`Failed to upload ${description} to ${Bucket}/${Key}: ${message}`, { cause: err });
  if (left) return namingLeftBehind(err, left, wrap);
  if (err instanceof AbortError) return err;
  const typed = err instanceof ClientError || err instanceof HTTPClientError || err instanceof StreamNotReplayableError || err instanceof S3UploadFailedError;
  return typed ? wrap(messageOf(err)) : err;
}
