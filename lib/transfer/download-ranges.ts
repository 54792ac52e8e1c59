// One GET (the whole object, or one byte range) streamed chunk by chunk into a sink, pinned to the
// object's ETag, retried on transient failures up to num_download_attempts times; a ranged retry
// resumes after the bytes already delivered, so nothing is fetched or reported twice.
import type { GetObjectRequest } from '../generated/s3-shapes.js';
import { ClientError, HTTPClientError, IncompleteReadError, NonRetryableHTTPError, ResponseChecksumError, RetriesExceededError } from '../errors.js';
import type { StreamingBody } from '../protocol/streaming-body.js';
import type { TransferContext } from './types.js';

export interface ObjectRef {
  Bucket: string;
  Key: string;
  /** Download ExtraArgs (VersionId, SSE-C, RequestPayer). */
  extra: Record<string, unknown>;
  /** The ETag the HEAD saw: every GET must match it (IfMatch). */
  ETag?: string;
}

export interface ByteRange {
  /** 1-based position among the ranges. */
  number: number;
  start: number;
  /** Inclusive. */
  end: number;
}

/** Receives the bytes at `offset` (absolute in the object), in order within one range. */
export type Sink = (chunk: Buffer, offset: number) => Promise<void>;

/**
 * Streams `range` (undefined: the whole object of `size` bytes) into `sink`. `rewritable`: the sink
 * takes bytes again at offsets it already had (a file), so a whole-object GET that fails starts
 * over; it is complete only then, and so checked by the client against the ETag's MD5.
 */
export async function fetchRange(ctx: TransferContext, ref: ObjectRef, range: ByteRange | undefined, size: number, sink: Sink, rewritable: boolean): Promise<void> {
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  const expected = end - start + 1;
  let received = 0;
  for (let attempt = 1; ; attempt++) {
    let body: StreamingBody | undefined;
    try {
      const params: GetObjectRequest = { ...ref.extra, Bucket: ref.Bucket, Key: ref.Key };
      if (ref.ETag !== undefined) params.IfMatch = ref.ETag;
      const ranged = range !== undefined || received > 0;
      if (ranged) params.Range = `bytes=${start + received}-${end}`;
      const out = await ctx.client.get_object(params, { signal: ctx.signal });
      body = out.Body;
      if (ranged && !out.ContentRange?.startsWith(`bytes ${start + received}-`)) {
        // a server that ignores Range would send the wrong bytes on every attempt
        throw new NonRetryableHTTPError(`asked for bytes ${start + received}-${end} but the answer's Content-Range is ${out.ContentRange ?? 'missing'}`);
      }
      for await (const chunk of body ?? []) {
        if (received + chunk.length > expected) throw new IncompleteReadError(`more than the ${expected} bytes expected at offset ${start}`);
        if (ctx.bandwidth) await ctx.bandwidth.consume(chunk.length, ctx.signal);
        await sink(chunk, start + received);
        received += chunk.length;
        ctx.progress.add(chunk.length);
      }
      if (received !== expected) throw new IncompleteReadError(`got ${received} of the ${expected} bytes at offset ${start}`);
      return;
    } catch (err) {
      body?.close();
      if (ref.ETag !== undefined && err instanceof ClientError && err.status === 412) throw objectChanged(err, ref);
      if (!isTransient(err) || ctx.signal.aborted) throw err;
      // a body that failed its MD5 check was delivered whole: only a sink that can take it again may retry
      const corrupt = err instanceof ResponseChecksumError;
      if (corrupt && !rewritable) throw err;
      if (attempt >= ctx.config.num_download_attempts) {
        throw new RetriesExceededError(`Max Retries Exceeded: ${(err as Error).message}`, { cause: err });
      }
      if (corrupt || (range === undefined && rewritable)) {
        ctx.progress.add(-received);
        received = 0;
      }
    }
  }
}

/** Errors a new GET may cure: reset, cut-off or timed-out bodies, connection failures. */
function isTransient(err: unknown): boolean {
  return err instanceof HTTPClientError && err.retryable;
}

/** The same ClientError (class, code, status), with a message that says what happened. */
export function objectChanged(err: ClientError, ref: Pick<ObjectRef, 'Bucket' | 'Key' | 'ETag'>): ClientError {
  const response = {
    ...err.response,
    Error: {
      ...err.response.Error,
      Message: `${err.response.Error.Message || 'Precondition Failed'} (s3://${ref.Bucket}/${ref.Key} changed during the transfer: its ETag is no longer ${ref.ETag})`,
    },
  };
  const Cls = err.constructor as new (r: typeof response, op: string) => ClientError;
  const changed = new Cls(response, err.operation_name);
  (changed as Error).cause = err;
  return changed;
}
