// ConnectionSlots (the wait for a connection) and the map of transport errors onto our classes.
import { expect } from 'chai';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import {
  AbortError, ConnectTimeoutError, ConnectionClosedError, ConnectionPoolTimeoutError, EndpointConnectionError, HTTPClientError,
  IncompleteReadError, NonRetryableHTTPError, ProxyConnectionError, ReadTimeoutError, SSLError, StreamNotReplayableError,
} from '../../lib/index.js';
import { ConnectionSlots } from '../../lib/http/pool.js';
import { mapTransportError } from '../../lib/http/transport-errors.js';
import { failure } from '../helpers/failure.js';

describe('http: connection slots', () => {
  it('grants up to the size at once, then in order as slots are given back', async () => {
    const slots = new ConnectionSlots(2, 10_000);
    const a = slots.acquire('o');
    const b = slots.acquire('o');
    expect(a).to.not.be.instanceOf(Promise);
    expect(b).to.not.be.instanceOf(Promise);
    const order: string[] = [];
    const c = (slots.acquire('o') as Promise<{ release(): void }>).then((s) => (order.push('c'), s));
    const d = (slots.acquire('o') as Promise<{ release(): void }>).then((s) => (order.push('d'), s));
    // another origin has its own slots
    expect(slots.acquire('other')).to.not.be.instanceOf(Promise);
    (a as { release(): void }).release();
    (a as { release(): void }).release(); // twice is once
    await c;
    expect(order).to.deep.equal(['c']);
    (b as { release(): void }).release();
    (await d).release();
    (await c).release();
  });

  it('an abort takes a waiter out of the queue at once; the next waiter still gets the slot', async () => {
    const slots = new ConnectionSlots(1, 10_000);
    const held = slots.acquire('o') as { release(): void };
    const controller = new AbortController();
    const aborted = failure(slots.acquire('o', controller.signal) as Promise<unknown>);
    const next = slots.acquire('o') as Promise<{ release(): void }>;
    controller.abort();
    expect(await aborted).to.be.instanceOf(AbortError);
    held.release();
    (await next).release();
    const already = failure(slots.acquire('o', AbortSignal.abort()) as Promise<unknown>);
    expect(await already).to.be.instanceOf(AbortError);
  });

  it('a wait ends in ConnectionPoolTimeoutError only when nothing was given back for the whole timeout', async () => {
    const slots = new ConnectionSlots(1, 600);
    const first = slots.acquire('http://h') as { release(): void };
    const second = slots.acquire('http://h') as Promise<{ release(): void }>;
    const third = slots.acquire('http://h') as Promise<{ release(): void }>;
    // each hand-over restarts the clock: the third waits longer than the timeout in all, and gets its slot
    await sleep(400);
    first.release();
    const s2 = await second;
    await sleep(400);
    s2.release();
    const s3 = await third;
    // nothing more is given back: the next wait times out, naming the cause and the fix
    const err = await failure(slots.acquire('http://h') as Promise<unknown>);
    expect(err).to.be.instanceOf(ConnectionPoolTimeoutError);
    expect(err.message).to.equal(
      'No connection to http://h was free for 0.6 s: all 1 (max_pool_connections) stayed in use. A response body holds its ' +
        'connection until it is read to the end or closed, so this is usually bodies nobody reads: read each Body, call ' +
        'Body.close() on the ones you do not need, or raise max_pool_connections in Config',
    );
    s3.release();
  });
});

describe('http: every transport error maps onto our classes', () => {
  const undici = (createRequire(import.meta.url)('undici') as { errors: Record<string, new (...args: unknown[]) => Error> }).errors;
  const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  const cases: [string, Error, new (...args: never[]) => Error, boolean][] = [
    ['ConnectTimeoutError', new undici.ConnectTimeoutError!(), ConnectTimeoutError, true],
    ['HeadersTimeoutError', new undici.HeadersTimeoutError!(), ReadTimeoutError, true],
    ['BodyTimeoutError', new undici.BodyTimeoutError!(), ReadTimeoutError, true],
    ['SocketError', new undici.SocketError!('other side closed'), ConnectionClosedError, true],
    ['ClientClosedError', new undici.ClientClosedError!(), ConnectionClosedError, true],
    ['ClientDestroyedError', new undici.ClientDestroyedError!(), ConnectionClosedError, true],
    ['InformationalError', new undici.InformationalError!('socket idle timeout'), ConnectionClosedError, true],
    ['ResponseContentLengthMismatchError', new undici.ResponseContentLengthMismatchError!(), IncompleteReadError, true],
    ['InvalidArgumentError', new undici.InvalidArgumentError!('bad'), NonRetryableHTTPError, false],
    ['InvalidReturnValueError', new undici.InvalidReturnValueError!('bad'), NonRetryableHTTPError, false],
    ['RequestContentLengthMismatchError', new undici.RequestContentLengthMismatchError!(), NonRetryableHTTPError, false],
    ['HeadersOverflowError', new undici.HeadersOverflowError!(), NonRetryableHTTPError, false],
    ['ResponseExceededMaxSizeError', new undici.ResponseExceededMaxSizeError!(), NonRetryableHTTPError, false],
    ['NotSupportedError', new undici.NotSupportedError!(), NonRetryableHTTPError, false],
    ['BalancedPoolMissingUpstreamError', new undici.BalancedPoolMissingUpstreamError!(), EndpointConnectionError, true],
    ['SecureProxyConnectionError', new undici.SecureProxyConnectionError!(), ProxyConnectionError, true],
    ['HTTPParserError (garbled status line)', new undici.HTTPParserError!('Response does not match the HTTP/1.1 protocol'), ConnectionClosedError, true],
    ['HPE_INVALID_HEADER_TOKEN', coded('HPE_INVALID_HEADER_TOKEN'), ConnectionClosedError, true],
    ['an unknown UND_ERR_ code', coded('UND_ERR_SOMETHING_NEW'), HTTPClientError, true],
    ['ECONNREFUSED', coded('ECONNREFUSED'), EndpointConnectionError, true],
    ['ECONNRESET', coded('ECONNRESET'), ConnectionClosedError, true],
    ['ERR_STREAM_PREMATURE_CLOSE', coded('ERR_STREAM_PREMATURE_CLOSE'), ConnectionClosedError, true],
    ['ERR_TLS_CERT_ALTNAME_INVALID', coded('ERR_TLS_CERT_ALTNAME_INVALID'), SSLError, false],
  ];
  for (const [name, error, cls, retryable] of cases) {
    it(`${name} → ${cls.name} (${retryable ? 'retryable' : 'not retryable'})`, () => {
      const mapped = mapTransportError(error) as HTTPClientError;
      expect(mapped).to.be.instanceOf(cls);
      expect(mapped.retryable).to.equal(retryable);
      expect(mapped.cause).to.equal(error);
    });
  }

  it('an abort (undici\'s or the signal\'s) is AbortError; our own errors and foreign ones pass through unchanged', () => {
    expect(mapTransportError(new undici.RequestAbortedError!())).to.be.instanceOf(AbortError);
    expect(mapTransportError(new Error('reset'), AbortSignal.abort())).to.be.instanceOf(AbortError);
    const own = new StreamNotReplayableError('x');
    expect(mapTransportError(own)).to.equal(own);
    // not the transport's (a request body stream's own failure): as it is
    const foreign = new Error('the source file went away');
    expect(mapTransportError(foreign)).to.equal(foreign);
  });
});
