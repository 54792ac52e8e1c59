// AWS Signature Version 4 for S3, on node:crypto and synchronous: canonical request, string to
// sign, signing key, and the two ways to carry the signature (Authorization header, presigned query).
import * as crypto from 'node:crypto';
import { uriEscape } from '../core/http-message.js';
import { sha256Hex } from './sha256.js';
import type { ReadOnlyCredentials } from './credentials.js';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

export type QueryPair = readonly [string, string | null];

/** What the signature covers. The path is signed exactly as sent: S3 wants no re-encoding or normalisation. */
export interface CanonicalInput {
  method: string;
  path: string;
  query: readonly QueryPair[];
  /** Any name case; every header not in the never-signed set is signed. */
  headers: Readonly<Record<string, string>>;
  payloadHash: string;
}

export interface SigningParams {
  credentials: ReadOnlyCredentials;
  region: string;
  service: string;
  date: Date;
  /** Reuses the derived key across requests; without it the key is derived each time. */
  keys?: SigningKeyCache;
}

// Hop-by-hop, proxy and browser headers, or ones an HTTP stack may rewrite: signing them would make
// the signature fail once they change in transit (the same set the previous signer left out).
const NEVER_SIGNED = new Set([
  'authorization', 'cache-control', 'connection', 'expect', 'from', 'keep-alive', 'max-forwards', 'pragma',
  'referer', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'user-agent', 'x-amzn-trace-id',
]);

export function isSignedHeader(lowerName: string): boolean {
  return !NEVER_SIGNED.has(lowerName) && !lowerName.startsWith('proxy-') && !lowerName.startsWith('sec-');
}

/** The Host header: the port only when it is not the scheme's default. */
export function hostHeader(r: { protocol: string; hostname: string; port?: number }): string {
  const defaultPort = r.protocol === 'https:' ? 443 : 80;
  return r.port && r.port !== defaultPort ? `${r.hostname}:${r.port}` : r.hostname;
}

/** The last second amzDate formatted: requests in the same second share its string. */
let lastStamp = { second: NaN, stamp: '' };

/** `20130524T000000Z` */
export function amzDate(d: Date): string {
  const second = Math.floor(d.getTime() / 1000);
  if (second === lastStamp.second) return lastStamp.stamp;
  const iso = d.toISOString(); // 2013-05-24T00:00:00.000Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  lastStamp = { second, stamp };
  return stamp;
}

/** Each name and value escaped, sorted by escaped name then value; bare keys sign as `name=`; X-Amz-Signature left out. */
export function canonicalQuery(query: readonly QueryPair[], extra: readonly QueryPair[] = []): string {
  if (query.length === 0 && extra.length === 0) return '';
  const pairs: [string, string][] = [];
  for (const list of [query, extra]) {
    for (const [k, v] of list) {
      if (k.toLowerCase() !== 'x-amz-signature') pairs.push([uriEscape(k), uriEscape(v ?? '')]);
    }
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  let out = '';
  for (const [k, v] of pairs) out += `${out ? '&' : ''}${k}=${v}`;
  return out;
}

const INNER_SPACE = /\s+/g;
/** What INNER_SPACE would change: a run of whitespace, or whitespace other than a plain space. */
const COLLAPSIBLE = /\s\s|[^\S ]/;

/** `name:value\n` lines (lower-case names, sorted, values trimmed with whitespace runs as one space) and the `;` list of names. */
export function canonicalHeaders(headers: Readonly<Record<string, string>>): { lines: string; signed: string } {
  const names: string[] = [];
  let renamed: Record<string, string> | undefined; // lower-case name → the name it was given as, when they differ
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (headers[name] === undefined || !isSignedHeader(lower)) continue;
    if (lower !== name) {
      if (Object.hasOwn(headers, lower)) continue; // the same header twice: the lower-case one is signed
      (renamed ??= {})[lower] = name;
    }
    names.push(lower);
  }
  names.sort();
  let lines = '';
  for (const lower of names) {
    const value = headers[renamed?.[lower] ?? lower]!.trim();
    lines += `${lower}:${COLLAPSIBLE.test(value) ? value.replace(INNER_SPACE, ' ') : value}\n`;
  }
  return { lines, signed: names.join(';') };
}

export function canonicalRequest(input: CanonicalInput, extraQuery?: readonly QueryPair[]): { request: string; signedHeaders: string } {
  const { lines, signed } = canonicalHeaders(input.headers);
  const query = canonicalQuery(input.query, extraQuery);
  return { request: `${input.method}\n${input.path}\n${query}\n${lines}\n${signed}\n${input.payloadHash}`, signedHeaders: signed };
}

/** The HMAC chain "AWS4"+secret → date → region → service → "aws4_request". */
export function deriveSigningKey(secret: string, shortDate: string, region: string, service: string): Buffer {
  const kDate = crypto.createHmac('sha256', `AWS4${secret}`).update(shortDate).digest();
  const kRegion = crypto.createHmac('sha256', kDate).update(region).digest();
  const kService = crypto.createHmac('sha256', kRegion).update(service).digest();
  return crypto.createHmac('sha256', kService).update('aws4_request').digest();
}

/**
 * The last derived key: a signer signs for one region and service, and the date changes once a day,
 * so one entry is enough. Private fields keep the secret out of util.inspect and JSON.
 */
export class SigningKeyCache {
  #secret = '';
  #scope = '';
  #key?: Buffer;

  get(secret: string, shortDate: string, region: string, service: string): Buffer {
    const scope = `${shortDate}/${region}/${service}`;
    if (this.#key === undefined || secret !== this.#secret || scope !== this.#scope) {
      this.#key = deriveSigningKey(secret, shortDate, region, service);
      this.#secret = secret;
      this.#scope = scope;
    }
    return this.#key;
  }
}

/** Scope, signed header list and hex signature of a canonical request. */
function signCanonical(input: CanonicalInput, params: SigningParams, stamp: string, extraQuery?: readonly QueryPair[]) {
  const day = stamp.slice(0, 8);
  const scope = `${day}/${params.region}/${params.service}/aws4_request`;
  const { request, signedHeaders } = canonicalRequest(input, extraQuery);
  const stringToSign = `${ALGORITHM}\n${stamp}\n${scope}\n${sha256Hex(request)}`;
  const { secret_key } = params.credentials;
  const key = params.keys ? params.keys.get(secret_key, day, params.region, params.service) : deriveSigningKey(secret_key, day, params.region, params.service);
  return { scope, signedHeaders, signature: crypto.createHmac('sha256', key).update(stringToSign).digest('hex') };
}

/**
 * Header signing: sets x-amz-date, x-amz-security-token (with a session token; signed) and
 * authorization on `input.headers`. Host and x-amz-content-sha256 must already be there.
 */
export function signHeaders(input: CanonicalInput & { headers: Record<string, string> }, params: SigningParams): void {
  const headers = input.headers;
  const stamp = amzDate(params.date);
  headers['x-amz-date'] = stamp;
  const { access_key, token } = params.credentials;
  if (token) headers['x-amz-security-token'] = token;
  const { scope, signedHeaders, signature } = signCanonical(input, params, stamp);
  headers.authorization = `${ALGORITHM} Credential=${access_key}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/**
 * Query-string signing: the X-Amz-* parameters to append to the request's query, X-Amz-Signature
 * last. The payload is UNSIGNED-PAYLOAD; `input.headers` (with host) are signed and stay headers.
 */
export function presignQuery(input: Omit<CanonicalInput, 'payloadHash'>, params: SigningParams, expiresIn: number): [string, string][] {
  const stamp = amzDate(params.date);
  const { access_key, token } = params.credentials;
  const day = stamp.slice(0, 8);
  const { signed } = canonicalHeaders(input.headers);
  const added: [string, string][] = token ? [['X-Amz-Security-Token', token]] : [];
  added.push(
    ['X-Amz-Algorithm', ALGORITHM],
    ['X-Amz-Credential', `${access_key}/${day}/${params.region}/${params.service}/aws4_request`],
    ['X-Amz-Date', stamp],
    ['X-Amz-Expires', String(expiresIn)],
    ['X-Amz-SignedHeaders', signed],
  );
  const { signature } = signCanonical({ ...input, payloadHash: UNSIGNED_PAYLOAD }, params, stamp, added);
  added.push(['X-Amz-Signature', signature]);
  return added;
}
