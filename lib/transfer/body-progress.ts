// Fine-grained upload progress: the bytes of a request body counted as the HTTP layer takes them
// (one report per socket write of at most io_chunksize), not per part. Transfers tag the bodies
// they pass to put_object / upload_part; two hooks on the client's public events then wrap the body
// of each attempt: a retry first takes back what the failed attempt had reported (negative delta),
// and whatever an attempt left unread is released. The client's own retry logic stays in charge
// (bytes are resent, file streams reopened at their range).
import { Readable } from 'node:stream';
import type { BandwidthLimiter } from './limiter.js';
import { ChunkReader } from '../protocol/chunk-reader.js';
import { isFileStream } from '../protocol/request.js';
import { type ReadPool, recycledFileReads } from './file-reads.js';

interface Watch {
  report(delta: number): void;
  ioChunk: number;
  bandwidth?: BandwidthLimiter;
  signal?: AbortSignal;
  /** The transfer's recycled read buffers, for file bodies it may read that way (file-reads.ts). */
  reads?: ReadPool;
  /** Bytes reported by the current attempt. */
  sent: number;
  /** The body the current attempt is sending. */
  current?: unknown;
}

interface EventsLike {
  register(name: string, handler: (args: Record<string, unknown> & { event_name: string }) => unknown): unknown;
}

const watches = new WeakMap<object, Watch>();
const hooked = new WeakSet<object>();
const OPERATIONS = ['PutObject', 'UploadPart'];

/** Tags `body` (a Buffer/Uint8Array or Readable passed as Body) so its bytes are reported as they are sent. */
export function watchBody<B extends object>(events: EventsLike, body: B, watch: Omit<Watch, 'sent'>): B {
  install(events);
  watches.set(body, { ...watch, sent: 0 });
  return body;
}

/** Forget a body; destroys a stream left unread (a request that failed before sending it). */
export function unwatchBody(body: object): void {
  const watch = watches.get(body);
  watches.delete(body);
  if (watch) release(watch);
  if (body instanceof Readable) body.destroy();
}

function install(events: EventsLike): void {
  if (hooked.has(events)) return;
  hooked.add(events);
  // on the service-wide names, so these run before any operation's own hooks (which may answer in
  // place of the request, and stop the handlers after them)
  events.register('before-send.s3', beforeSend);
  events.register('needs-retry.s3', afterAttempt);
}

function watchOf(args: Record<string, unknown>): Watch | undefined {
  if (!OPERATIONS.includes(args.operation_name as string)) return undefined;
  const body = (args.params as Record<string, unknown> | undefined)?.Body;
  return body !== null && typeof body === 'object' ? watches.get(body) : undefined;
}

function beforeSend(args: Record<string, unknown>): undefined {
  const watch = watchOf(args);
  const request = args.request as { body?: unknown } | undefined;
  if (!watch || !request) return undefined;
  if (watch.sent !== 0) {
    watch.report(-watch.sent);
    watch.sent = 0;
  }
  watch.current = request.body;
  request.body = counted(request.body, watch);
  return undefined;
}

function afterAttempt(args: Record<string, unknown>): undefined {
  const watch = watchOf(args);
  if (!watch) return undefined;
  release(watch);
  // the attempt's own stream, when no wrapper was put around it
  const body = (args.request as { body?: unknown } | undefined)?.body;
  if (body instanceof Readable && !body.readableEnded) body.destroy();
  return undefined;
}

/** An attempt is over: a stream it did not read to the end must not keep its file open. */
function release(watch: Watch): void {
  const body = watch.current;
  watch.current = undefined;
  if (body instanceof Readable && !body.readableEnded) body.destroy();
}

async function* counted(body: unknown, watch: Watch): AsyncGenerator<Uint8Array> {
  if (body === undefined) return;
  for await (const read of sourceChunks(body, watch.reads)) {
    // at most io_chunksize per report, however much a file read brought at once
    for (const chunk of slices(read, watch.ioChunk)) {
      if (watch.bandwidth) await watch.bandwidth.consume(chunk.length, watch.signal);
      yield chunk;
      // resumed: the HTTP layer has written that chunk and asks for the next
      watch.sent += chunk.length;
      watch.report(chunk.length);
    }
  }
}

/**
 * The body's bytes as they come: a stream's chunks one by one (never concatenated), bytes whole; a
 * file stream's range read into `reads`' recycled buffers when given (the stream itself stays unread).
 */
async function* sourceChunks(body: unknown, reads?: ReadPool): AsyncGenerator<Uint8Array> {
  if (typeof body === 'string') yield Buffer.from(body);
  else if (body instanceof Uint8Array) yield body;
  else if (reads && isFileStream(body)) {
    const end = body.end === undefined || body.end === Infinity ? undefined : body.end;
    body.destroy();
    yield* recycledFileReads({ path: body.path as string, start: body.start ?? 0, end }, reads);
  } else if (body instanceof Readable) yield* new ChunkReader(body);
  else yield* body as AsyncIterable<Uint8Array>;
}

/** Views (no copies) of `bytes`, `size` bytes each. */
function* slices(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}
