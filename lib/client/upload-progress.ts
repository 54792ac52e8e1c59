// Upload progress of one call: the bytes of its request body counted as the HTTP layer takes them
// (one report per socket write of at most `chunk` bytes), for managed transfers. It is an internal
// call option under a symbol nobody outside the package holds: not a params member (validation
// refuses unknown ones), not a `{ signal }` key, invisible to hooks. The client wraps each attempt's
// body: a retry first takes back what the failed attempt had reported (negative delta), and a
// stream an attempt left unread is destroyed so it does not keep its file open. The client's own
// retry logic stays in charge (bytes are resent, file streams reopened at their range).
import { Readable } from 'node:stream';
import type { RequestBody } from '../core/body.js';
import { ChunkReader } from '../core/chunk-reader.js';

export interface UploadProgress {
  /** Largest slice of the body per report. */
  readonly chunk: number;
  /** `bytes` were sent; negative: a retry takes back what the failed attempt had reported. */
  report(bytes: number): void;
  /** Awaited before each slice goes (a bandwidth limit); the call's signal stops it. */
  pace?(bytes: number, signal?: AbortSignal): Promise<void>;
  /** The body's bytes read another way than its own (a transfer reads file ranges into recycled buffers), or undefined. */
  read?(body: RequestBody): AsyncIterable<Uint8Array> | undefined;
}

const UPLOAD_PROGRESS = Symbol('upload progress');

/** `options` (a call's `{ signal }`) with upload progress for the call's body. */
export function withUploadProgress<O extends object>(options: O, progress: UploadProgress): O {
  return { ...options, [UPLOAD_PROGRESS]: progress };
}

/** The attempts of one call with upload progress, or undefined when the call has none. */
export function uploadProgressOf(options: unknown): AttemptProgress | undefined {
  const progress = options !== null && typeof options === 'object' ? (options as { [UPLOAD_PROGRESS]?: UploadProgress })[UPLOAD_PROGRESS] : undefined;
  return progress && new AttemptProgress(progress);
}

export class AttemptProgress {
  readonly #progress: UploadProgress;
  /** Bytes reported by the current attempt. */
  #sent = 0;

  constructor(progress: UploadProgress) {
    this.#progress = progress;
  }

  /** The body an attempt sends: `body`, counted (after taking back what the previous attempt had reported). */
  send(body: RequestBody | undefined, signal?: AbortSignal): AsyncIterable<Uint8Array> {
    if (this.#sent !== 0) {
      this.#progress.report(-this.#sent);
      this.#sent = 0;
    }
    return this.#counted(body, signal);
  }

  /** An attempt is over: a stream it did not read to the end must not keep its file open. */
  settle(body: RequestBody | undefined): void {
    if (body instanceof Readable && !body.readableEnded) body.destroy();
  }

  async *#counted(body: RequestBody | undefined, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
    if (body === undefined) return;
    const { chunk: size, pace } = this.#progress;
    for await (const read of this.#progress.read?.(body) ?? sourceChunks(body)) {
      // at most `chunk` bytes per report, however much a file read brought at once
      for (let offset = 0; offset < read.length; offset += size) {
        const slice = read.subarray(offset, offset + size);
        if (pace) await pace(slice.length, signal);
        yield slice;
        // resumed: the HTTP layer has written that slice and asks for the next
        this.#sent += slice.length;
        this.#progress.report(slice.length);
      }
    }
  }
}

/** The body's bytes as they come: a stream's chunks one by one (never concatenated), bytes whole. */
async function* sourceChunks(body: RequestBody): AsyncGenerator<Uint8Array> {
  if (typeof body === 'string') yield Buffer.from(body);
  else if (body instanceof Uint8Array) yield body;
  else if (body instanceof Readable) yield* new ChunkReader(body);
  else yield* body as AsyncIterable<Uint8Array>;
}
