// Every failure of the transport (undici's UND_ERR_* errors, llhttp's HPE_* parser errors, Node's
// socket and TLS errors) mapped onto our HTTPClientError family, retryable or not, so a caller
// never sees a raw undici error and the retry policy knows what a new attempt may cure.
import {
  ConnectTimeoutError,
  ConnectionClosedError,
  EndpointConnectionError,
  HTTPClientError,
  IbmBotoError,
  IncompleteReadError,
  NonRetryableHTTPError,
  ProxyConnectionError,
  ReadTimeoutError,
  SSLError,
} from '../errors.js';
import { abortError } from '../core/abort.js';

type Make = (message: string, cause: unknown) => Error;

const connectionClosed: Make = (m, cause) => new ConnectionClosedError(`Connection was closed: ${m}`, { cause });
const nonRetryable: Make = (m, cause) => new NonRetryableHTTPError(m, { cause });
const proxy: Make = (m, cause) => new ProxyConnectionError(m, { cause });

/** undici's codes (lib/core/errors.js), each with what it means for a retry. */
const UNDICI: Record<string, Make> = {
  UND_ERR_CONNECT_TIMEOUT: (m, cause) => new ConnectTimeoutError(`Connect timeout: ${m}`, { cause }),
  UND_ERR_HEADERS_TIMEOUT: (m, cause) => new ReadTimeoutError(`Read timeout: ${m}`, { cause }),
  UND_ERR_BODY_TIMEOUT: (m, cause) => new ReadTimeoutError(`Read timeout: ${m}`, { cause }),
  UND_ERR_SOCKET: connectionClosed,
  UND_ERR_CLOSED: connectionClosed,
  UND_ERR_DESTROYED: connectionClosed,
  // a keep-alive socket the server closed or reset while idle
  UND_ERR_INFO: connectionClosed,
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: (m, cause) => new IncompleteReadError(m, { cause }),
  // undici refused the request itself (bad header name or value): resending cannot help, and each
  // refused dispatch leaves a pool slot unusable (undici 7 Pool), so never retry it
  UND_ERR_INVALID_ARG: (m, cause) => new NonRetryableHTTPError(`Invalid request: ${m}`, { cause }),
  UND_ERR_INVALID_RETURN_VALUE: nonRetryable,
  UND_ERR_REQ_CONTENT_LENGTH_MISMATCH: nonRetryable,
  // the same answer would come again: headers larger than undici accepts, a body over a dispatcher's limit
  UND_ERR_HEADERS_OVERFLOW: nonRetryable,
  UND_ERR_RES_EXCEEDED_MAX_SIZE: nonRetryable,
  UND_ERR_NOT_SUPPORTED: nonRetryable,
  UND_ERR_MAX_ORIGINS_REACHED: nonRetryable,
  // a user's dispatcher already retried (RetryAgent) or turned an answer into an error (interceptors)
  UND_ERR_REQ_RETRY: nonRetryable,
  UND_ERR_RESPONSE: nonRetryable,
  UND_ERR_BPL_MISSING_UPSTREAM: (m, cause) => new EndpointConnectionError(`No upstream to connect to: ${m}`, { cause }),
  UND_ERR_PRX_TLS: proxy,
  UND_ERR_PROXY: proxy,
  UND_ERR_SOCKS5: proxy,
};

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT', 'ERR_STREAM_PREMATURE_CLOSE']);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/;

/** Map an undici/Node error (from request or body reading) onto our error classes. */
export function mapTransportError(err: unknown, signal?: AbortSignal): Error {
  if (err instanceof IbmBotoError) return err;
  if (signal?.aborted) return abortError(signal.reason);
  const e = (err ?? {}) as { code?: unknown; name?: string; message?: string; cause?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : '';
  const message = e.message ?? String(err);
  if (e.name === 'AbortError' || code === 'UND_ERR_ABORTED' || code === 'UND_ERR_ABORT' || code === 'ABORT_ERR') {
    return abortError(err);
  }
  const undici = UNDICI[code];
  if (undici) return undici(message, err);
  // llhttp could not parse the answer (a garbled or repeated status line, a bad header): the
  // connection is dropped, and a new attempt on a new one may well get a clean answer
  if (code.startsWith('HPE_') || e.name === 'HTTPParserError') {
    return new ConnectionClosedError(`The answer was not valid HTTP (${code || 'parse error'}: ${message}); the connection was closed`, { cause: err });
  }
  if (CONNECT_CODES.has(code)) return new EndpointConnectionError(`Could not connect to the endpoint: ${message}`, { cause: err });
  if (CLOSED_CODES.has(code)) return connectionClosed(message, err);
  if (TLS_CODE.test(code)) return new SSLError(`TLS error: ${message}`, { cause: err });
  if (/proxy/i.test(message)) return proxy(message, err);
  // any other socket-level (E*) or undici error: a new connection may help
  if (code.startsWith('UND_ERR') || code.startsWith('E')) return new HTTPClientError(message, { cause: err });
  // not the transport's: a request body stream's own error, for one, reaches the caller as it is
  return err instanceof Error ? err : new Error(String(err));
}
