// The protocol-level HTTP request: what the serializer produces and the transport sends.
import { createHash } from 'node:crypto';
import { type ReadStream, createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { ChunkReader } from './chunk-reader.js';

/** A request body as serialized: bytes, a Blob (re-readable, of known size) or a stream. */
export type RequestBody = string | Uint8Array | Blob | Readable | AsyncIterable<Uint8Array>;

/** What a blob member accepts: text (sent as UTF-8) or binary data in any of the platform's forms. */
export type BlobInput = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/** What a streaming body (put_object's Body) accepts: a blob, a Blob or File, or a stream. */
export type StreamingBlobInput = BlobInput | Blob | Readable | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A file stream (fs.createReadStream), with the range it reads. */
export type FileStream = ReadStream & { start?: number; end?: number };

export interface HttpRequest {
  method: string;
  /** The encoded path, starting with '/', exactly as sent and signed. */
  path: string;
  /** Decoded query pairs in order; a null value is a bare key (`?uploads`). */
  query: [string, string | null][];
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: RequestBody;
}

const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const UNRESERVED_OR_SLASH = /^[A-Za-z0-9\-._~/]*$/;

/** RFC 3986 unreserved characters stay; everything else is percent-encoded (UTF-8). */
export function uriEscape(s: string, keepSlash = false): string {
  // most keys and values need no escaping at all
  if ((keepSlash ? UNRESERVED_OR_SLASH : UNRESERVED).test(s)) return s;
  const e = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return keepSlash ? e.replace(/%2F/g, '/') : e;
}

/**
 * Headers as they go on the wire: text is sent as its UTF-8 bytes, as botocore sends it (the HTTP
 * stack writes header strings one byte per character). Signing uses the text before this step, so
 * the signature covers the same UTF-8 bytes.
 */
export function wireHeaders(headers: Record<string, string>): Record<string, string> {
  let out: Record<string, string> | undefined;
  for (const [name, value] of Object.entries(headers)) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(value)) continue;
    out ??= { ...headers };
    out[name] = Buffer.from(value, 'utf8').toString('latin1');
  }
  return out ?? headers;
}

export function queryString(query: [string, string | null][]): string {
  return query.map(([k, v]) => (v === null ? uriEscape(k) : `${uriEscape(k)}=${uriEscape(v)}`)).join('&');
}

export function isBytes(body: RequestBody | undefined): body is string | Uint8Array {
  return typeof body === 'string' || body instanceof Uint8Array;
}

export function byteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
}

/** Binary data in any of the platform's forms: ArrayBuffer, DataView, Buffer or another typed array. */
export function isBinary(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/** Binary data as a Uint8Array over the same memory (a Buffer, for Node's APIs); no copy. */
export function asBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (value instanceof Uint8Array) return value;
  return value instanceof ArrayBuffer ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/**
 * A blob payload as it is sent: strings and Blobs as given, binary data as bytes, a Web
 * ReadableStream as a Node Readable (one-shot, like any stream).
 */
export function blobPayload(value: unknown): RequestBody {
  if (isBinary(value)) return asBytes(value);
  if (value instanceof ReadableStream) return Readable.fromWeb(value as import('node:stream/web').ReadableStream);
  return value as RequestBody;
}

/** A file stream (fs.createReadStream): its bytes can be read again, by path and range. */
export function isFileStream(body: unknown): body is FileStream {
  return body instanceof Readable && typeof (body as ReadStream).path === 'string' && 'bytesRead' in body;
}

/** Bodies whose bytes can be read again from their source: file streams (by path and range) and Blobs. */
export function isRereadable(body: unknown): body is FileStream | Blob {
  return body instanceof Blob || isFileStream(body);
}

/** A fresh stream of the bytes a re-readable body sends. */
export function reread(body: FileStream | Blob, highWaterMark?: number): Readable {
  if (body instanceof Blob) return Readable.fromWeb(body.stream() as import('node:stream/web').ReadableStream<Uint8Array>);
  return createReadStream(body.path as string, { start: body.start, end: body.end === Infinity ? undefined : body.end, highWaterMark });
}

/** The bytes a re-readable body will send, read separately (a file stream itself stays unread). */
export function rereadableRange(body: FileStream | Blob): AsyncIterable<Buffer> {
  return new ChunkReader(reread(body, 1024 * 1024));
}

/**
 * The digest of the bytes a re-readable body will send, read separately (a file stream itself
 * stays unread). For checksums that must go in a header before the body.
 */
export async function rereadableDigest(body: FileStream | Blob, algorithm: 'md5' | 'sha256', encoding: 'hex' | 'base64'): Promise<string> {
  const hash = createHash(algorithm);
  for await (const chunk of rereadableRange(body)) hash.update(chunk);
  return hash.digest(encoding);
}
