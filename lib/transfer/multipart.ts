// The multipart skeleton of uploads and copies (s3transfer's tasks.py): CreateMultipartUpload,
// the parts at most `slots` at once, CompleteMultipartUpload listing them in order; on any failure
// AbortMultipartUpload, and an upload the abort could not remove is named in the transfer's error.
import type { CompleteMultipartUploadOutput, CompletedPart, CreateMultipartUploadRequest } from '../generated/s3-shapes.js';
import { AbortError } from '../errors.js';
import { COMPLETE_MULTIPART_ARGS, OWNER_ARGS, pick } from './args.js';
import type { MultipartChecksums } from './checksums.js';
import { forEachBounded } from './limiter.js';
import type { TransferContext } from './types.js';

export interface MultipartPart {
  /** 1-based. */
  readonly number: number;
  readonly size: number;
  /** The part is done with (sent or abandoned): what it holds may be reused. */
  release?(): void;
}

/** A multipart upload the abort could not remove: its parts remain on the server. */
export interface LeftBehind {
  readonly UploadId: string;
  /** Why the abort failed. */
  readonly error: unknown;
}

export interface MultipartJob<P extends MultipartPart> {
  readonly Bucket: string;
  readonly Key: string;
  /** ExtraArgs: the completion's and the abort's members come from them. */
  readonly extra: Record<string, unknown>;
  /** CreateMultipartUpload members besides Bucket, Key and the checksum's. */
  readonly create: Record<string, unknown>;
  readonly checksums?: MultipartChecksums | undefined;
  /** Pulled one at a time, only when a slot is free. */
  readonly parts: AsyncIterable<P> | Iterable<P>;
  /** The transfer's size when known; otherwise the parts' sizes add up to it once all are sent. */
  readonly size?: number | undefined;
  /** Sends one part (its progress included); resolves with its ETag. */
  send(part: P, UploadId: string): Promise<string | undefined>;
  /** The abort failed too. */
  leftBehind(left: LeftBehind): void;
}

/** create → bounded parts → complete, or abort. Resolves with the completion's answer, its checksum checked. */
export async function multipartUpload<P extends MultipartPart>(ctx: TransferContext, job: MultipartJob<P>): Promise<CompleteMultipartUploadOutput> {
  const { client, signal } = ctx;
  const { Bucket, Key, extra, checksums } = job;
  // no signal: a create cut off in flight may still make an upload whose id we would never learn
  const created = await client.create_multipart_upload({ ...job.create, ...checksums?.createArgs(), Bucket, Key } as CreateMultipartUploadRequest);
  const UploadId = created.UploadId!;
  const completed: CompletedPart[] = [];
  let total = 0;
  let done: CompleteMultipartUploadOutput;
  try {
    throwIfCancelled(signal);
    await forEachBounded(
      job.parts,
      ctx.slots,
      async (part) => {
        try {
          const ETag = await job.send(part, UploadId);
          completed.push({ ETag, PartNumber: part.number, ...checksums?.completedPart(part.number) });
          total += part.size;
          ctx.part({ part_number: part.number, size: part.size, ETag });
        } finally {
          part.release?.();
        }
      },
      { signal, onFailure: (err) => ctx.fail(err), discard: (part) => part.release?.() },
    );
    if (job.size === undefined) ctx.setSize(total);
    completed.sort((a, b) => a.PartNumber! - b.PartNumber!);
    done = await client.complete_multipart_upload(
      { ...pick(extra, COMPLETE_MULTIPART_ARGS), ...checksums?.completeArgs(completed.length), Bucket, Key, UploadId, MultipartUpload: { Parts: completed } },
      { signal },
    );
  } catch (err) {
    // no signal: the abort must go out even when the caller's signal is what stopped the transfer
    try {
      await client.abort_multipart_upload({ ...pick(extra, OWNER_ARGS), Bucket, Key, UploadId });
    } catch (error) {
      job.leftBehind({ UploadId, error });
    }
    throw err;
  }
  // the object exists now: a composite that differs from the parts' means the server assembled other bytes
  await checksums?.checkCompleted(done);
  return done;
}

/**
 * Runs a transfer that may leave a multipart upload behind; whatever stops it goes through `failed`,
 * with the upload its abort could not remove.
 */
export async function reportingLeftBehind(
  run: (leftBehind: (left: LeftBehind) => void) => Promise<void>,
  failed: (err: unknown, left: LeftBehind | undefined) => unknown,
): Promise<void> {
  let left: LeftBehind | undefined;
  try {
    await run((l) => (left = l));
  } catch (err) {
    throw failed(err, left);
  }
}

/** `err` naming the upload left behind: an AbortError stays one, anything else becomes `wrap(message)`. */
export function namingLeftBehind(err: unknown, left: LeftBehind, wrap: (message: string) => Error): Error {
  const note = `; aborting multipart upload ${left.UploadId} failed too (${messageOf(left.error)}), so its parts remain until it is aborted`;
  const message = `${messageOf(err)}${note}`;
  return err instanceof AbortError ? new AbortError(message, { cause: err }) : wrap(message);
}

export function messageOf(err: unknown): string {
  return (err as Error)?.message ?? String(err);
}

/** Stopped while a request ran without the signal: the typed AbortError, once its effects can be undone. */
function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AbortError('The transfer was cancelled', { cause: signal.reason });
}
