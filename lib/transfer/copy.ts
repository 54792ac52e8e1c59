// Managed copy: HEAD the source (through SourceClient when given), then one CopyObject below the
// threshold, else a multipart upload of UploadPartCopy ranges pinned to the source's ETag, carrying
// the source's content headers, metadata, tags and checksum algorithm over unless ExtraArgs replace
// them (as CopyObject does; s3transfer's multipart copy drops the tags). Tags are written with
// PutObjectTagging (permission needed), read from the source unless TaggingDirective is REPLACE.
import type { CopyObjectRequest, Tag, HeadObjectRequest, UploadPartCopyRequest } from '../generated/s3-shapes.js';
import { ClientError, ParamValidationError, S3TransferFailedError } from '../errors.js';
import { describe, isPlainObject, own } from '../core/own.js';
import { COPIED_PROPERTIES, COPY_ARGS_TO_HEAD_ARGS, COPY_CREATE_BLOCKLIST, OWNER_ARGS, UPLOAD_PART_COPY_ARGS, omit, pick } from './args.js';
import { adjustChunkSize, byteRanges } from './config.js';
import { objectChanged } from './download-ranges.js';
import type { TransferClient, TransferContext } from './types.js';
import { MultipartChecksums } from './checksums.js';
import { type LeftBehind, multipartUpload, namingLeftBehind, reportingLeftBehind } from './multipart.js';

/** What a copy asks of the client that reads the source. */
export type SourceClient = Pick<TransferClient, 'head_object' | 'get_object_tagging'>;

export interface CopySource {
  Bucket: string;
  Key: string;
  VersionId?: string | undefined;
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

/** A failed copy names a multipart upload its abort could not remove, as a failed upload does. */
export function copy(ctx: TransferContext, source: CopySource, target: Target, sourceClient: SourceClient): Promise<void> {
  const what = `copy s3://${source.Bucket}/${source.Key} to ${target.Bucket}/${target.Key}`;
  return reportingLeftBehind(
    (leftBehind) => copyFrom(ctx, source, target, sourceClient, leftBehind),
    (err, left) => (left ? namingLeftBehind(err, left, (message) => new S3TransferFailedError(`Failed to ${what}: ${message}`, { cause: err })) : err),
  );
}

async function copyFrom(ctx: TransferContext, source: CopySource, target: Target, sourceClient: SourceClient, leftBehind: (left: LeftBehind) => void): Promise<void> {
  const { client, config, signal } = ctx;
  const { Bucket, Key, extra } = target;
  // with ChecksumMode the HEAD tells which checksum algorithm the source was stored with
  const headParams: Record<string, unknown> = { ...source, ChecksumMode: 'ENABLED' };
  for (const [name, value] of Object.entries(extra)) {
    const mapped = own(COPY_ARGS_TO_HEAD_ARGS, name);
    if (mapped) headParams[mapped] = value;
  }
  const head = await sourceClient.head_object(headParams as unknown as HeadObjectRequest, { signal });
  const size = head.ContentLength ?? 0;
  ctx.setSize(size);

  if (size < config.multipart_threshold) {
    await ctx.slots.run(() => client.copy_object({ ...extra, CopySource: source, Bucket, Key } as CopyObjectRequest, { signal }), signal);
    ctx.progress.add(size);
    return;
  }

  const createArgs = omit(extra, COPY_CREATE_BLOCKLIST);
  if (extra.MetadataDirective !== 'REPLACE') {
    const headers = head as unknown as Record<string, unknown>;
    for (const name of COPIED_PROPERTIES) if (createArgs[name] === undefined && headers[name] !== undefined) createArgs[name] = headers[name];
  }
  // the tags are written once the object exists: S3-compatible servers (RGW 16) drop CreateMultipartUpload's
  const tags = extra.TaggingDirective === 'REPLACE' ? parseTagging(extra.Tagging) : ((await sourceClient.get_object_tagging({ ...source }, { signal })).TagSet ?? []);
  delete createArgs.Tagging;
  const checksums = MultipartChecksums.forCopy(extra, head as unknown as Record<string, unknown>);
  // every range must come from the object the HEAD saw
  const pinned = extra.CopySourceIfMatch === undefined && head.ETag !== undefined;
  const partArgs = { ...pick(extra, UPLOAD_PART_COPY_ARGS), ...(pinned ? { CopySourceIfMatch: head.ETag } : {}) };
  const partSize = adjustChunkSize(config.multipart_chunksize, size);
  const ranges = byteRanges(size, partSize).map((r, i) => ({ ...r, number: i + 1, size: r.end - r.start + 1 }));
  const done = await multipartUpload(ctx, {
    Bucket, Key, extra, checksums, size, leftBehind,
    create: createArgs,
    parts: ranges,
    send: async ({ number, start, end, size: partBytes }, UploadId) => {
      const params: UploadPartCopyRequest = {
        ...partArgs, CopySource: source, Bucket, Key, UploadId, PartNumber: number, CopySourceRange: `bytes=${start}-${end}`,
      };
      let result: Record<string, string | undefined> | undefined;
      try {
        result = (await client.upload_part_copy(params, { signal })).CopyPartResult as Record<string, string | undefined> | undefined;
      } catch (err) {
        throw pinned && err instanceof ClientError && err.status === 412 ? objectChanged(err, { ...source, ETag: head.ETag }) : err;
      }
      checksums?.copiedPart(number, checksums && result?.[checksums.member], partBytes);
      ctx.progress.add(partBytes);
      return result?.ETag;
    },
  });
  // the object exists now
  if (tags.length) {
    const owner = pick(extra, OWNER_ARGS);
    await client.put_object_tagging({ ...owner, Bucket, Key, VersionId: done.VersionId, Tagging: { TagSet: tags } }, { signal });
  }
}

/** The tag set of an x-amz-tagging value (`a=1&b=two%20words`). */
function parseTagging(tagging: unknown): Tag[] {
  if (typeof tagging !== 'string' || tagging === '') return [];
  return [...new URLSearchParams(tagging)].map(([Key, Value]) => ({ Key, Value }));
}
