// The protocol-level HTTP request: what the serializer produces and the transport sends.
import { createHash } from 'node:crypto';
import { type ReadStream, createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { ChunkReader } from './chunk-reader.js';

export type RequestBody = string | Uint8Array | Readable | AsyncIterable<Uint8Array>;

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

/** RFC 3986 unreserved characters stay; everything else is percent-encoded (UTF-8). */
export function uriEscape(s: string, keepSlash = false): string {
  const e = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return keepSlash ? e.replace(/%2F/g, '/') : e;
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

/** A file stream (fs.createReadStream): its bytes can be read again, by path and range. */
export function isFileStream(body: unknown): body is ReadStream & { start?: number; end?: number } {
  return body instanceof Readable && typeof (body as ReadStream).path === 'string' && 'bytesRead' in body;
}

/**
 * The bytes a file stream will send (its file range, read separately: the stream itself stays
 * unread), for checksums that must go in a header before the body.
 */
export function fileStreamRange(body: ReadStream & { start?: number; end?: number }): AsyncIterable<Buffer> {
  const range = createReadStream(body.path as string, { start: body.start, end: body.end === Infinity ? undefined : body.end, highWaterMark: 1024 * 1024 });
  return new ChunkReader(range);
}

/** The digest of the bytes a file stream will send. */
export async function fileStreamDigest(body: ReadStream & { start?: number; end?: number }, algorithm: 'md5' | 'sha256', encoding: 'hex' | 'base64'): Promise<string> {
  const hash = createHash(algorithm);
  for await (const chunk of fileStreamRange(body)) hash.update(chunk);
  return hash.digest(encoding);
}
