// Managed copy: HEAD the source (through SourceClient when given), then one CopyObject below the
// threshold, else a multipart upload of UploadPartCopy ranges pinned to the source's ETag, carrying
// the source's content headers and metadata over unless ExtraArgs replace them.
import type { CompletedPart, CopyObjectRequest, CreateMultipartUploadRequest, HeadObjectRequest, UploadPartCopyRequest } from '../generated/s3-shapes.js';
import { ClientError, ParamValidationError } from '../errors.js';
import { describe, isPlainObject, own } from '../core/own.js';
import {
  COMPLETE_MULTIPART_ARGS, COPIED_PROPERTIES, COPY_ARGS_TO_HEAD_ARGS, COPY_CREATE_BLOCKLIST, UPLOAD_PART_COPY_ARGS, omit, pick,
} from './args.js';
import { adjustChunkSize, byteRanges } from './config.js';
import { forEachBounded } from './limiter.js';
import { objectChanged } from './download-ranges.js';
import type { TransferClient, TransferContext } from './types.js';

export interface CopySource {
  Bucket: string;
  Key: string;
  VersionId?: string;
}

/** `{ Bucket, Key, VersionId? }`, or the string form `'bucket/key'` / `'bucket/key?versionId=v'`. */
export function parseCopySource(source: unknown): CopySource {
  if (typeof source === 'string') {
    const at = source.indexOf('?versionId=');
    const path = (at < 0 ? source : source.slice(0, at)).replace(/^\//, '');
    const slash = path.indexOf('/');
    if (slash > 0 && slash < path.length - 1) {
      const parsed: CopySource = { Bucket: path.slice(0, slash), Key: path.slice(slash + 1) };
      if (at >= 0) parsed.VersionId = decodeURIComponent(source.slice(at + '?versionId='.length));
      return parsed;
    }
  } else if (isPlainObject(source)) {
    const [Bucket, Key, VersionId] = COPY_SOURCE_MEMBERS.map((m) => own(source, m));
    const unknown = Object.keys(source).filter((m) => !COPY_SOURCE_MEMBERS.includes(m));
    if (unknown.length) {
      throw new ParamValidationError(unknown.map((m) => `Unknown parameter in CopySource: ${describe(m)}, must be one of: ${COPY_SOURCE_MEMBERS.join(', ')}`));
    }
    if (typeof Bucket === 'string' && typeof Key === 'string' && (VersionId === undefined || typeof VersionId === 'string')) {
      return VersionId === undefined ? { Bucket, Key } : { Bucket, Key, VersionId };
    }
  }
  throw new ParamValidationError([
    `Invalid CopySource, value: ${describe(source)}: expected { Bucket: string, Key: string, VersionId?: string } or 'bucket/key'`,
  ]);
}

const COPY_SOURCE_MEMBERS = ['Bucket', 'Key', 'VersionId'];

interface Target {
  Bucket: string;
  Key: string;
  extra: Record<string, unknown>;
}

export async function copy(ctx: TransferContext, source: CopySource, target: Target, sourceClient: Pick<TransferClient, 'head_object'>): Promise<void> {
  const { client, config, signal } = ctx;
  const { Bucket, Key, extra } = target;
  const headParams: Record<string, unknown> = { ...source };
  for (const [name, value] of Object.entries(extra)) {
    const mapped = own(COPY_ARGS_TO_HEAD_ARGS, name);
    if (mapped) headParams[mapped] = value;
  }
  const head = await sourceClient.head_object(headParams as unknown as HeadObjectRequest, { signal });
  const size = head.ContentLength ?? 0;
  ctx.setSize(size);

  if (size < config.multipart_threshold) {
    await ctx.slots.acquire(signal);
    try {
      await client.copy_object({ ...extra, CopySource: source, Bucket, Key } as CopyObjectRequest, { signal });
    } finally {
      ctx.slots.release();
    }
    ctx.progress.add(size);
    return;
  }

  const createArgs = omit(extra, COPY_CREATE_BLOCKLIST);
  if (extra.MetadataDirective !== 'REPLACE') {
    const headers = head as unknown as Record<string, unknown>;
    for (const name of COPIED_PROPERTIES) if (createArgs[name] === undefined && headers[name] !== undefined) createArgs[name] = headers[name];
  }
  const { UploadId } = await client.create_multipart_upload({ ...createArgs, Bucket, Key } as CreateMultipartUploadRequest, { signal });
  // every range must come from the object the HEAD saw
  const pinned = extra.CopySourceIfMatch === undefined && head.ETag !== undefined;
  const partArgs = { ...pick(extra, UPLOAD_PART_COPY_ARGS), ...(pinned ? { CopySourceIfMatch: head.ETag } : {}) };
  const partSize = adjustChunkSize(config.multipart_chunksize, size);
  const ranges = byteRanges(size, partSize).map((r, i) => ({ ...r, number: i + 1 }));
  const completed: CompletedPart[] = [];
  try {
    await forEachBounded(
      ranges,
      ctx.slots,
      async ({ number, start, end }) => {
        const params: UploadPartCopyRequest = {
          ...partArgs, CopySource: source, Bucket, Key, UploadId: UploadId!, PartNumber: number, CopySourceRange: `bytes=${start}-${end}`,
        };
        let ETag: string | undefined;
        try {
          ETag = (await client.upload_part_copy(params, { signal })).CopyPartResult?.ETag;
        } catch (err) {
          throw pinned && err instanceof ClientError && err.status === 412 ? objectChanged(err, { ...source, ETag: head.ETag }) : err;
        }
        completed.push({ ETag, PartNumber: number });
        ctx.progress.add(end - start + 1);
        ctx.part({ part_number: number, size: end - start + 1, ETag });
      },
      { signal, onFailure: (err) => ctx.fail(err) },
    );
    completed.sort((a, b) => a.PartNumber! - b.PartNumber!);
    await client.complete_multipart_upload(
      { ...pick(extra, COMPLETE_MULTIPART_ARGS), Bucket, Key, UploadId: UploadId!, MultipartUpload: { Parts: completed } },
      { signal },
    );
  } catch (err) {
    await client.abort_multipart_upload({ ...pick(extra, ['RequestPayer', 'ExpectedBucketOwner']), Bucket, Key, UploadId: UploadId! }).catch(() => undefined);
    throw err;
  }
}
