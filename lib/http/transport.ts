// The undici transport: one keep-alive pool per client, timeouts, proxy, TLS options, and
// undici's errors mapped onto our HTTPClientError family.
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici-types';
import { Agent, createProxyAgent, request } from './undici.js';
import {
  AbortError,
  ConnectTimeoutError,
  ConnectionClosedError,
  EndpointConnectionError,
  HTTPClientError,
  IncompleteReadError,
  NonRetryableHTTPError,
  ProxyConnectionError,
  ReadTimeoutError,
  SSLError,
} from '../errors.js';
import type { RequestBody } from '../protocol/request.js';

export interface TransportOptions {
  max_pool_connections: number;
  /** Seconds. */
  connect_timeout: number;
  /** Seconds. */
  read_timeout: number;
  /** false: no TLS verification; a string: a CA bundle file. */
  verify?: boolean | string;
  /** Proxy URL for this endpoint's scheme. */
  proxy?: string;
  tcp_keepalive?: boolean;
  dispatcher?: Dispatcher;
}

export interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Readable & { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface SendOptions {
  origin: string;
  method: string;
  /** Path and query, encoded. */
  path: string;
  headers: Record<string, string>;
  body?: RequestBody;
  signal?: AbortSignal;
}

const CLOSE_GRACE_MS = 100;

export class Transport {
  readonly #options: TransportOptions;
  #dispatcher?: Dispatcher;
  readonly #owned: boolean;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#dispatcher = options.dispatcher;
    this.#owned = !options.dispatcher;
  }

  get dispatcher(): Dispatcher {
    this.#dispatcher ??= this.#createDispatcher();
    return this.#dispatcher;
  }

  #createDispatcher(): Dispatcher {
    const o = this.#options;
    const connect = {
      timeout: o.connect_timeout * 1000,
      rejectUnauthorized: o.verify !== false,
      ...(typeof o.verify === 'string' ? { ca: readFileSync(o.verify) } : {}),
      ...(o.tcp_keepalive ? { keepAlive: true } : {}),
    };
    const common = {
      connections: o.max_pool_connections,
      headersTimeout: o.read_timeout * 1000,
      bodyTimeout: o.read_timeout * 1000,
      keepAliveTimeout: 30_000,
    };
    if (o.proxy) return createProxyAgent({ uri: o.proxy, ...common, requestTls: connect, proxyTls: connect });
    return new Agent({ ...common, connect });
  }

  async send(req: SendOptions): Promise<RawResponse> {
    // undici keeps a pool slot busy forever after refusing a malformed header, so refuse it here first
    checkHeaders(req.headers);
    try {
      const res = await request(this.dispatcher, {
        origin: req.origin,
        method: req.method as Dispatcher.HttpMethod,
        path: req.path,
        headers: req.headers,
        body: req.body as Dispatcher.DispatchOptions['body'],
        signal: req.signal,
        // undici closes the connection after every HEAD unless told otherwise (a guard against
        // servers that send a body anyway); S3 servers do not, and a new TLS handshake per
        // head_object (downloads, waiters, Object.load) costs more than anything else in the call
        ...(req.method === 'HEAD' ? { reset: false } : {}),
      });
      return { statusCode: res.statusCode, headers: flattenHeaders(res.headers), body: res.body as RawResponse['body'] };
    } catch (err) {
      throw mapTransportError(err, req.signal);
    }
  }

  /**
   * Close the pool (only one this transport created), as boto3's close(): at once. A response body
   * nobody reads would otherwise hold undici's graceful close forever, so after a short grace for
   * requests about to finish, whatever is still open is destroyed.
   */
  async close(): Promise<void> {
    const dispatcher = this.#dispatcher;
    this.#dispatcher = undefined;
    if (!this.#owned || !dispatcher) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'grace'>((resolve) => (timer = setTimeout(() => resolve('grace'), CLOSE_GRACE_MS)));
    const outcome = await Promise.race([dispatcher.close().then(() => 'closed' as const), grace]);
    clearTimeout(timer);
    if (outcome === 'grace') await dispatcher.destroy();
  }
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// eslint-disable-next-line no-control-regex
const BAD_HEADER_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/;

function checkHeaders(headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) throw new NonRetryableHTTPError(`Invalid HTTP header name: ${JSON.stringify(name)}`);
    if (BAD_HEADER_VALUE.test(value)) throw new NonRetryableHTTPError(`Invalid value for HTTP header ${name}`);
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const CLOSED_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED', 'ECONNABORTED']);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/;

/** Map an undici/Node error (from request or body reading) onto our error classes. */
export function mapTransportError(err: unknown, signal?: AbortSignal): Error {
  if (err instanceof HTTPClientError || err instanceof AbortError) return err;
  if (signal?.aborted) return new AbortError('The operation was aborted', { cause: signal.reason });
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code ?? '';
  const message = e.message ?? String(err);
  if (e.name === 'AbortError' || code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR') {
    return new AbortError('The operation was aborted', { cause: err });
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new ConnectTimeoutError(`Connect timeout: ${message}`, { cause: err });
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new ReadTimeoutError(`Read timeout: ${message}`, { cause: err });
  }
  // undici refused the request itself (bad header name or value): resending cannot help, and each
  // refused dispatch leaves a pool slot unusable (undici 7 Pool), so never retry it
  if (code === 'UND_ERR_INVALID_ARG') return new NonRetryableHTTPError(`Invalid request: ${message}`, { cause: err });
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') return new IncompleteReadError(message, { cause: err });
  if (CONNECT_CODES.has(code)) return new EndpointConnectionError(`Could not connect to the endpoint: ${message}`, { cause: err });
  if (CLOSED_CODES.has(code)) return new ConnectionClosedError(`Connection was closed: ${message}`, { cause: err });
  if (TLS_CODE.test(code)) return new SSLError(`TLS error: ${message}`, { cause: err });
  if (code === 'UND_ERR_PROXY' || /proxy/i.test(message)) return new ProxyConnectionError(message, { cause: err });
  if (code.startsWith('UND_ERR_REQ_CONTENT_LENGTH')) return new NonRetryableHTTPError(message, { cause: err });
  if (code.startsWith('UND_ERR') || code.startsWith('E')) return new HTTPClientError(message, { cause: err });
  return err instanceof Error ? err : new Error(String(err));
}
