// The debug line of one request attempt: operation, method, URL (signing query parameters
// redacted), status or transport error, bytes each way, duration, and what happens next.
// Only built when someone listens (see Log.enabled).
import type { AttemptOutcome } from '../http/retry.js';
import { type HttpRequest, type HttpResponse, queryString } from '../core/http-message.js';

/** Query parameters that carry credentials or signatures (presigned-style requests). */
const SECRET_QUERY = new Set(['x-amz-signature', 'x-amz-credential', 'x-amz-security-token', 'signature', 'awsaccesskeyid', 'x-amz-signedheaders']);
export const REDACTED = 'REDACTED';

export function loggableUrl(r: Pick<HttpRequest, 'protocol' | 'hostname' | 'port' | 'path' | 'query'>): string {
  const query = r.query.map(([k, v]): [string, string | null] => (v !== null && SECRET_QUERY.has(k.toLowerCase()) ? [k, REDACTED] : [k, v]));
  const qs = queryString(query);
  return `${r.protocol}//${r.hostname}${r.port ? `:${r.port}` : ''}${r.path}${qs ? `?${qs}` : ''}`;
}

export interface AttemptReport {
  operation: string;
  request: HttpRequest;
  attempt: number;
  maxAttempts: number;
  outcome: AttemptOutcome;
  response?: HttpResponse;
  ms: number;
  /** Seconds until the next attempt; undefined: no more attempts. */
  delay?: number;
}

function received(response: HttpResponse | undefined): string {
  if (!response) return '0 B';
  if (response.body) return `${response.body.length} B`;
  const declared = response.headers['content-length'];
  return declared === undefined ? 'a stream' : `a stream of ${declared} B`;
}

function describeError(error: unknown): string {
  const e = error as { name?: string; message?: string };
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
}

export function describeAttempt(a: AttemptReport): string {
  const { outcome } = a;
  const result = outcome.error !== undefined
    ? describeError(outcome.error)
    : `${outcome.statusCode}${outcome.code ? ` ${outcome.code}` : ''}`;
  const sent = a.request.headers['content-length'];
  const line =
    `${a.operation} ${a.request.method} ${loggableUrl(a.request)} -> ${result}` +
    ` (sent ${sent === undefined ? (a.request.body === undefined ? '0 B' : 'a stream') : `${sent} B`}, received ${received(a.response)},` +
    ` ${Math.round(a.ms)} ms, attempt ${a.attempt} of ${a.maxAttempts})`;
  if (a.delay !== undefined) {
    const reason = outcome.error !== undefined ? (outcome.error as Error)?.name : outcome.errorIn200 ? `${outcome.code} in a 200 answer` : result;
    return `${line}; retrying in ${a.delay.toFixed(3)} s because of ${reason}`;
  }
  const failed = outcome.error !== undefined || (outcome.statusCode ?? 0) >= 300 || outcome.errorIn200;
  return failed ? `${line}; not retried` : line;
}
