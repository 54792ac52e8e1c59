// The HTTP message, one description for every layer: the request the serializer builds, the client
// addresses, hooks see, the signer signs and the transport sends; the response the transport
// returns, the client buffers (or streams) and the parser reads. Layers that need fewer fields take
// a Pick of these, never a type of their own.
import type { Readable } from 'node:stream';
import type { RequestBody } from './body.js';

export interface HttpRequest {
  method: string;
  /** `https:` or `http:`. */
  protocol: string;
  hostname: string;
  port?: number | undefined;
  /** The encoded path, starting with '/', exactly as sent and signed. */
  path: string;
  /** Decoded query pairs in order; a null value is a bare key (`?uploads`). */
  query: [string, string | null][];
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: RequestBody | undefined;
}

/** What the serializer produces: the request before it is addressed to an endpoint. */
export type SerializedRequest = Pick<HttpRequest, 'method' | 'path' | 'query' | 'headers' | 'body'>;

/** A request to presign (its path as it will appear in the URL): a URL never carries the body. */
export type PresignRequest = Omit<HttpRequest, 'body'>;

/** The request as the transport puts it on the wire: origin, path with its query string, headers as their UTF-8 bytes. */
export type WireRequest = Pick<HttpRequest, 'method' | 'headers' | 'body'> & {
  /** `https://host:port`. */
  origin: string;
  /** Path and query, encoded. */
  path: string;
  signal?: AbortSignal | undefined;
};

/** How a streamed response body maps its read errors and gives its connection back. */
export interface StreamingBodyOptions {
  /** Maps errors raised while the stream is read (connection resets, timeouts) to typed ones. */
  mapError?: (err: unknown) => unknown;
  /**
   * The body holds a pooled connection (a response body): it is released when left unread this
   * long (ms; the client's read_timeout) and when the body becomes unreachable.
   */
  idleTimeoutMs?: number;
  /** Whether the connection is still held (false once the whole answer has arrived): nothing to release then. */
  holdsConnection?: () => boolean;
}

export interface HttpResponse {
  statusCode: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The whole body, for everything but streaming payloads. */
  body?: Buffer | undefined;
  /** The unread body, for streaming payloads. */
  stream?: Readable | undefined;
  /** How the streamed body maps its read errors and gives its connection back. */
  bodyOptions?: StreamingBodyOptions | undefined;
}

/** The transport's answer: status and headers, the body still unread, and whether it holds its connection. */
export type WireResponse = Pick<HttpResponse, 'statusCode' | 'headers'> &
  Required<Pick<HttpResponse, 'stream'>> &
  Pick<StreamingBodyOptions, 'holdsConnection'>;

const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const UNRESERVED_OR_SLASH = /^[A-Za-z0-9\-._~/]*$/;

/** RFC 3986 unreserved characters stay; everything else is percent-encoded (UTF-8). */
export function uriEscape(s: string, keepSlash = false): string {
  // most keys and values need no escaping at all
  if ((keepSlash ? UNRESERVED_OR_SLASH : UNRESERVED).test(s)) return s;
  const e = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return keepSlash ? e.replace(/%2F/g, '/') : e;
}

export function queryString(query: HttpRequest['query']): string {
  return query.map(([k, v]) => (v === null ? uriEscape(k) : `${uriEscape(k)}=${uriEscape(v)}`)).join('&');
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
