// Request bodies across attempts: bytes and Blobs are resent as they are, file streams are reopened
// at their range, and any other one-shot stream is never resent silently.
import { promises as fsp } from 'node:fs';
import { StreamNotReplayableError } from '../errors.js';
import { type RequestBody, byteLength, isBytes, isFileStream, reread } from '../core/body.js';

/** The body to send on attempt `attempt` (1-based); throws when a one-shot stream would be resent. */
export function bodyForAttempt(body: RequestBody | undefined, attempt: number, cause?: unknown): RequestBody | undefined {
  if (body === undefined || isBytes(body) || body instanceof Blob || attempt === 1) return body;
  if (isFileStream(body)) return reread(body);
  throw new StreamNotReplayableError(
    'The request failed and its body is a stream that was already consumed, so it cannot be resent; ' +
      'pass a Buffer, a string, a Blob or a file stream to let the SDK retry',
    { cause },
  );
}

/** The body's length when it can be known without reading it (bytes, Blobs, file streams). */
export async function knownLength(body: RequestBody | undefined): Promise<number | undefined> {
  if (body === undefined) return 0;
  if (isBytes(body)) return byteLength(body);
  if (body instanceof Blob) return body.size;
  if (isFileStream(body)) {
    const start = body.start ?? 0;
    const end = body.end === undefined || body.end === Infinity ? undefined : body.end;
    const { size } = await fsp.stat(body.path as string);
    return Math.max(0, (end === undefined ? size : Math.min(size, end + 1)) - start);
  }
  return undefined;
}
