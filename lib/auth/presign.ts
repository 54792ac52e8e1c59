// Presigning with HMAC keys: query-string SigV4 URLs and SigV4 POST policies for browser form
// uploads (policy signed with the SigV4 signing key).
import { createHmac } from 'node:crypto';
import { NoCredentialsError, ParamValidationError } from '../errors.js';
import { type PresignRequest, uriEscape } from '../core/http-message.js';
import { describe } from '../core/own.js';
import type { ReadOnlyCredentials } from './credentials.js';
import { type SigningKeyCache, amzDate, deriveSigningKey, hostHeader, presignQuery } from './sigv4.js';

export { amzDate };

export const DEFAULT_EXPIRES_IN = 3600;
/** SigV4 presigned requests live at most a week. */
export const MAX_EXPIRES_IN = 604_800;
/** Headers the sender's HTTP stack sets or that say nothing about the request: never signed into a URL. */
const NOT_SIGNED = new Set(['user-agent', 'content-length', 'expect', 'authorization', 'x-amz-date', 'x-amz-content-sha256', 'x-amz-security-token']);

export interface PresignOptions {
  expiresIn: number;
  /** Defaults to now (tests pin it). */
  signingDate?: Date;
}

export interface PresignedRequest {
  url: string;
  /** Headers that are part of the signature: whoever uses the URL must send them as they are. */
  headers: Record<string, string>;
}

/** ExpiresIn: an integer number of seconds, 1 to 604800 (a week); undefined → 3600. */
export function checkExpiresIn(value: unknown): number {
  if (value === undefined) return DEFAULT_EXPIRES_IN;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_EXPIRES_IN) {
    throw new ParamValidationError([`Invalid value for parameter ExpiresIn: ${describe(value)}, valid range: 1-${MAX_EXPIRES_IN} (seconds)`]);
  }
  return value;
}

/** The error for presigning with a signer that has no HMAC keys (anonymous, bearer token, none found). */
export function hmacKeysNeeded(signerName: string, cause?: unknown): NoCredentialsError {
  return new NoCredentialsError(
    `Presigning needs HMAC credentials (aws_access_key_id and aws_secret_access_key); this client signs with '${signerName}'. ` +
      'Create HMAC keys for the service credential and pass them to client(), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.',
    cause === undefined ? undefined : { cause },
  );
}

/** Who signs a presigned URL, for which region and service. */
export interface PresignSigner {
  credentials: ReadOnlyCredentials;
  region: string;
  service: string;
  keys?: SigningKeyCache;
}

/**
 * Query-string SigV4 for S3: the payload is UNSIGNED-PAYLOAD, the path is signed as sent (no double
 * encoding), and request headers stay headers (signed, not hoisted into the query), as botocore does.
 */
export function presignUrl(signer: PresignSigner, request: PresignRequest, options: PresignOptions): PresignedRequest {
  const host = hostHeader(request);
  const headers: Record<string, string> = { host };
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (!NOT_SIGNED.has(lower) && lower !== 'host') headers[lower] = value;
  }
  const added = presignQuery(
    { method: request.method, path: request.path, query: request.query, headers },
    { ...signer, date: options.signingDate ?? new Date() },
    options.expiresIn,
  );
  const pairs: string[] = [];
  for (const [k, values] of groupByName(request.query)) {
    for (const v of values) pairs.push(`${uriEscape(k)}=${uriEscape(v ?? '')}`);
  }
  for (const [k, v] of added) pairs.push(`${uriEscape(k)}=${uriEscape(v)}`);
  delete headers.host;
  return { url: `${request.protocol}//${host}${request.path}?${pairs.join('&')}`, headers };
}

/** Repeated names side by side, at the first one's place (the URL order presigned URLs always had). */
function groupByName(query: [string, string | null][]): Map<string, (string | null)[]> {
  const out = new Map<string, (string | null)[]>();
  for (const [k, v] of query) {
    const values = out.get(k);
    if (values) values.push(v);
    else out.set(k, [v]);
  }
  return out;
}

/** A POST policy condition: `{ field: value }` or `[op, field-or-$name, value…]`. */
export type PostCondition = Record<string, string> | [string, ...(string | number)[]];

export interface PostPolicyInput {
  /** The bucket URL the form is posted to. */
  url: string;
  fields: Record<string, string>;
  conditions: PostCondition[];
  expiresIn: number;
  credentials: ReadOnlyCredentials;
  region: string;
  service: string;
  /** Defaults to now (tests pin it). */
  now?: Date;
}

/**
 * A SigV4-signed POST policy: the policy (expiration + conditions, including the algorithm,
 * credential and date it is signed with) is base64 JSON, and its signature is
 * HMAC-SHA256(signing key, base64 policy).
 */
export async function presignPost(input: PostPolicyInput): Promise<{ url: string; fields: Record<string, string> }> {
  const now = input.now ?? new Date();
  const date = amzDate(now);
  const shortDate = date.slice(0, 8);
  const { access_key, secret_key, token } = input.credentials;
  const credential = `${access_key}/${shortDate}/${input.region}/${input.service}/aws4_request`;
  const fields = { ...input.fields };
  const conditions: PostCondition[] = [...input.conditions];
  fields['x-amz-algorithm'] = 'AWS4-HMAC-SHA256';
  fields['x-amz-credential'] = credential;
  fields['x-amz-date'] = date;
  conditions.push({ 'x-amz-algorithm': 'AWS4-HMAC-SHA256' }, { 'x-amz-credential': credential }, { 'x-amz-date': date });
  if (token) {
    fields['x-amz-security-token'] = token;
    conditions.push({ 'x-amz-security-token': token });
  }
  const expiration = new Date(now.getTime() + input.expiresIn * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  fields.policy = Buffer.from(JSON.stringify({ expiration, conditions }), 'utf8').toString('base64');
  const key = await signingKey(secret_key, access_key, shortDate, input.region, input.service);
  fields['x-amz-signature'] = createHmac('sha256', key).update(fields.policy).digest('hex');
  return { url: input.url, fields };
}

/** SigV4 key derivation (HMAC chain over date, region, service, `aws4_request`). */
export async function signingKey(secret: string, _accessKeyId: string, shortDate: string, region: string, service: string): Promise<Uint8Array> {
  return deriveSigningKey(secret, shortDate, region, service);
}
