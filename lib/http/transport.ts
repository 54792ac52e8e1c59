// The undici transport: one keep-alive pool per client, timeouts, proxy, TLS options, and
// undici's errors mapped onto our HTTPClientError family. In front of a pool of our own, a slot per
// connection: taken before a request goes out, given back when undici is done with its exchange
// (answer read to the end, failed, or its body destroyed), so no call waits inside undici.
import { readFileSync } from 'node:fs';
import type { Dispatcher } from 'undici-types';
import { Agent, createProxyAgent, request } from '../core/undici.js';
import { NonRetryableHTTPError } from '../errors.js';
import { ConnectionSlots, type Slot } from './pool.js';
import { mapTransportError } from './transport-errors.js';
import type { WireRequest, WireResponse } from '../core/http-message.js';

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

export { mapTransportError };

const CLOSE_GRACE_MS = 100;

export class Transport {
  readonly #options: TransportOptions;
  #dispatcher?: Dispatcher;
  readonly #owned: boolean;
  /** Only for a pool of our own: a user's dispatcher manages its connections itself. */
  readonly #slots?: ConnectionSlots;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#dispatcher = options.dispatcher;
    this.#owned = !options.dispatcher;
    // waiting for a connection is part of getting one: bounded by connect_timeout
    if (this.#owned) this.#slots = new ConnectionSlots(options.max_pool_connections, options.connect_timeout * 1000);
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

  async send(req: WireRequest): Promise<WireResponse> {
    // undici keeps a pool slot busy forever after refusing a malformed header, so refuse it here first
    checkHeaders(req.headers);
    let slot: Slot | undefined;
    try {
      if (this.#slots) {
        const taken = this.#slots.acquire(req.origin, req.signal);
        slot = taken instanceof Promise ? await taken : taken;
      }
      const res = await request(slot ? releasingOn(this.dispatcher, slot) : this.dispatcher, {
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
      const held = slot;
      return {
        statusCode: res.statusCode,
        headers: flattenHeaders(res.headers),
        stream: res.body,
        ...(held ? { holdsConnection: holdsOf(held) } : {}),
      };
    } catch (err) {
      // refused before undici took it (or already given back by it)
      slot?.release();
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
  for (const name of Object.keys(headers)) {
    if (!HEADER_NAME.test(name)) throw new NonRetryableHTTPError(`Invalid HTTP header name: ${JSON.stringify(name)}`);
    if (BAD_HEADER_VALUE.test(headers[name]!)) throw new NonRetryableHTTPError(`Invalid value for HTTP header ${name}`);
  }
}

/** One string per header; undici's headers object is ours alone, so a repeated header is joined in place. */
function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined) delete headers[name];
    else if (Array.isArray(value)) headers[name] = value.join(', ');
  }
  return headers as Record<string, string>;
}

/** Whether the slot is still held, as a function (returned, not assigned: no name to define per request). */
function holdsOf(slot: Slot): () => boolean {
  return () => slot.held;
}

/**
 * `dispatcher`, except that the one request sent through it gives `slot` back when undici reports
 * its end: complete (onComplete) or not (onError: a failure, an abort, its body destroyed).
 */
function releasingOn(dispatcher: Dispatcher, slot: Slot): Dispatcher {
  // undici's request() calls only `this.dispatch`: a small object, not a per-request subclass of the pool
  return new ReleasingDispatcher(dispatcher, slot) as unknown as Dispatcher;
}

class ReleasingDispatcher {
  readonly #inner: Dispatcher;
  readonly #slot: Slot;

  constructor(inner: Dispatcher, slot: Slot) {
    this.#inner = inner;
    this.#slot = slot;
  }

  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    return this.#inner.dispatch(options, new ReleasingHandler(handler, this.#slot));
  }
}

/** The callbacks of undici's own request handler (api-request), the ones dispatch calls. */
type LegacyHandler = Required<Pick<Dispatcher.DispatchHandler, 'onConnect' | 'onHeaders' | 'onData' | 'onComplete' | 'onError'>>;

/** Forwards undici's callbacks to the request's own handler; gives the slot back at the end. */
class ReleasingHandler implements Dispatcher.DispatchHandler {
  readonly #inner: LegacyHandler;
  readonly #slot: Slot;

  constructor(inner: Dispatcher.DispatchHandler, slot: Slot) {
    this.#inner = inner as LegacyHandler;
    this.#slot = slot;
  }

  onConnect(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onConnect']>>) {
    return this.#inner.onConnect(...args);
  }

  onHeaders(...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onHeaders']>>) {
    return this.#inner.onHeaders(...args);
  }

  onData(chunk: Buffer) {
    return this.#inner.onData(chunk);
  }

  onComplete(trailers: string[] | null) {
    this.#slot.release();
    return this.#inner.onComplete(trailers);
  }

  onError(err: Error) {
    this.#slot.release();
    return this.#inner.onError(err);
  }
}
