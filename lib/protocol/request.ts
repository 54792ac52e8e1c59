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

/** A file stream (fs.createReadStream): its bytes can be read again, by path and range. */
export function isFileStream(body: unknown): body is ReadStream & { start?: number; end?: number } {
  return body instanceof Readable && typeof (body as ReadStream).path === 'string' && 'bytesRead' in body;
}

/**
 * The digest of the bytes a file stream will send (its file range, read separately: the stream
 * itself stays unread). For checksums that must go in a header before the body.
 */
export async function fileStreamDigest(body: ReadStream & { start?: number; end?: number }, algorithm: 'md5' | 'sha256', encoding: 'hex' | 'base64'): Promise<string> {
  const hash = createHash(algorithm);
  const range = createReadStream(body.path as string, { start: body.start, end: body.end === Infinity ? undefined : body.end, highWaterMark: 1024 * 1024 });
  for await (const chunk of new ChunkReader(range)) hash.update(chunk);
  return hash.digest(encoding);
}
