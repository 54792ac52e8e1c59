// S3 behaviour that is not in the wire model, in one place, as hooks on the client's events:
// URL-encoded listings, SSE-C key encoding, CopySource forms, extra Content-MD5, bucket name rules.
import { createHash } from 'node:crypto';
import type { HierarchicalEmitter } from '../client/events.js';
import type { MemberCheck } from '../protocol/validate.js';
import { isBytes, isRereadable, rereadableDigest } from '../core/body.js';
import { type HttpRequest, uriEscape } from '../core/http-message.js';
import { contentMd5 } from '../protocol/serialize.js';
import { ParamValidationError } from '../errors.js';
import { isPlainObject, own } from '../core/own.js';

/** Listing operations whose keys we ask for URL-encoded, and the members to decode in the answer. */
const URL_ENCODED_MEMBERS: Record<string, string[]> = {
  ListObjects: ['Delimiter', 'Marker', 'NextMarker', 'Contents[].Key', 'CommonPrefixes[].Prefix'],
  ListObjectsV2: ['Delimiter', 'Prefix', 'StartAfter', 'Contents[].Key', 'CommonPrefixes[].Prefix'],
  ListObjectVersions: ['Delimiter', 'KeyMarker', 'NextKeyMarker', 'Prefix', 'Versions[].Key', 'DeleteMarkers[].Key', 'CommonPrefixes[].Prefix'],
  // not ListMultipartUploads: boto3 does not ask for it there, and RGW would encode Key but not NextKeyMarker
};

/** Operations that always get a Content-MD5 beyond the model's checksum-required ones (IBM COS needs them). */
const EXTRA_MD5_OPERATIONS = ['CompleteMultipartUpload'];
/** With bearer auth nothing hashes the payload, and protected buckets demand a checksum on writes. */
const BEARER_MD5_OPERATIONS = ['PutObject', 'UploadPart'];
/** Operations where IBM COS needs the service instance (which account's bucket list, where to create). */
const SERVICE_INSTANCE_OPERATIONS = ['CreateBucket', 'ListBuckets', 'ListBucketsExtended'];

export interface S3CustomizationOptions {
  serviceInstanceId?: string;
  /** Requests are signed with an IAM bearer token. */
  bearer?: boolean;
  /** Check whole-object GETs against a plain-MD5 ETag (Config response_checksum_validation 'when_supported'). */
  verifyMd5Etags?: boolean;
}

const SSE_KEY_PAIRS: [string, string][] = [
  ['SSECustomerKey', 'SSECustomerKeyMD5'],
  ['CopySourceSSECustomerKey', 'CopySourceSSECustomerKeyMD5'],
];

const VALID_BUCKET = /^[a-zA-Z0-9.\-_]{1,255}$/;

const COPY_SOURCE_MEMBERS = ['Bucket', 'Key', 'VersionId'];

export const s3MemberChecks: Record<string, MemberCheck> = {
  Bucket: (value) =>
    typeof value === 'string' && !VALID_BUCKET.test(value)
      ? `Invalid bucket name "${value}": Bucket name must match the regex "${VALID_BUCKET.source}"`
      : undefined,
  // an empty key would address the bucket itself (PUT /bucket/ is CreateBucket): botocore's min length 1
  Key: (value) => (value === '' ? 'Invalid length for parameter Key, value: 0, valid min length: 1' : undefined),
  // undici refuses a negative Content-Length header: report it here, before any request
  ContentLength: (value) => (typeof value === 'number' && value < 0 ? `Invalid value for parameter ContentLength, value: ${value}, valid min value: 0` : undefined),
  // a CopySource object that quoteCopySource left alone is malformed: say how
  CopySource: (value) => {
    if (!isPlainObject(value)) return undefined;
    const problems = [
      ...['Bucket', 'Key'].filter((m) => own(value, m) === undefined).map((m) => `missing required "${m}"`),
      ...COPY_SOURCE_MEMBERS.filter((m) => own(value, m) !== undefined && typeof own(value, m) !== 'string').map((m) => `"${m}" must be a string`),
      ...Object.keys(value).filter((m) => !COPY_SOURCE_MEMBERS.includes(m)).map((m) => `unknown member ${JSON.stringify(m)}, must be one of: ${COPY_SOURCE_MEMBERS.join(', ')}`),
    ];
    return problems.length ? `Invalid parameter CopySource: ${problems.join('; ')}` : undefined;
  },
};

export function registerS3Customizations(events: HierarchicalEmitter, options: S3CustomizationOptions = {}): void {
  const instance = options.serviceInstanceId;
  if (instance) {
    for (const operation of SERVICE_INSTANCE_OPERATIONS) {
      events.register(`before-parameter-build.s3.${operation}`, ({ params }) => {
        const p = params as Record<string, unknown>;
        p.IBMServiceInstanceId ??= instance;
      });
    }
  }
  for (const [operation, members] of Object.entries(URL_ENCODED_MEMBERS)) {
    events.register(`before-parameter-build.s3.${operation}`, ({ params, context }) => {
      const p = params as Record<string, unknown>;
      if (p.EncodingType === undefined) {
        p.EncodingType = 'url';
        (context as Record<string, unknown>).decodeUrlMembers = true;
      }
    });
    events.register(`after-call.s3.${operation}`, ({ parsed, context }) => {
      // as boto3: only when the answer says it is encoded (some servers ignore encoding-type)
      if ((context as Record<string, unknown>).decodeUrlMembers && (parsed as Record<string, unknown>).EncodingType === 'url') {
        for (const path of members) decodeMember(parsed as Record<string, unknown>, path);
      }
    });
  }
  events.register('before-parameter-build.s3', ({ params }) => {
    encodeSseCustomerKeys(params as Record<string, unknown>);
    quoteCopySource(params as Record<string, unknown>);
  });
  for (const operation of ASCII_METADATA_OPERATIONS) {
    events.register(`before-parameter-build.s3.${operation}`, ({ params }) => refuseNonAsciiMetadata(params as Record<string, unknown>));
  }
  if (options.verifyMd5Etags ?? true) {
    events.register('after-call.s3.GetObject', ({ parsed, http_response, params }) => {
      verifyWholeObjectMd5(parsed as Record<string, unknown>, (http_response as { statusCode: number }).statusCode, params as Record<string, unknown>);
    });
  }
  for (const operation of options.bearer ? [...EXTRA_MD5_OPERATIONS, ...BEARER_MD5_OPERATIONS] : EXTRA_MD5_OPERATIONS) {
    events.register(`before-call.s3.${operation}`, ({ request }) => addContentMd5(request as HttpRequest));
  }
  for (const [operation, hint] of Object.entries(UNKNOWN_LENGTH_HINTS)) {
    events.register(`before-call.s3.${operation}`, ({ request }) => refuseUnknownLength(request as HttpRequest, hint));
  }
}

// S3 refuses a chunked upload (411 MissingContentLength) only once the stream has been sent
const UNKNOWN_LENGTH_HINTS: Record<string, string> = {
  PutObject: 'pass ContentLength, or use upload_fileobj, which uploads a stream of any length (in parts when it is large)',
  UploadPart: "pass ContentLength (the part's size in bytes)",
};

function refuseUnknownLength(request: HttpRequest, hint: string): void {
  if (request.headers['content-length'] !== undefined) return;
  throw new ParamValidationError([`Invalid length for parameter Body: the length of this stream is unknown and S3 needs it before the body; ${hint}`]);
}

/** Operations whose Metadata botocore refuses when it is not ASCII (S3 would not sign-check it as sent). */
const ASCII_METADATA_OPERATIONS = ['PutObject', 'CopyObject', 'CreateMultipartUpload'];

/** botocore's validate_ascii_metadata: a non-ASCII metadata key or value fails before any request. */
function refuseNonAsciiMetadata(params: Record<string, unknown>): void {
  const metadata = params.Metadata;
  if (!isPlainObject(metadata)) return;
  for (const [key, value] of Object.entries(metadata)) {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(key) || (typeof value === 'string' && /[^\x00-\x7f]/.test(value))) {
      throw new ParamValidationError([
        `Non ascii characters found in S3 metadata for key "${key}", value: "${String(value)}".  \nS3 metadata can only contain ASCII characters. `,
      ]);
    }
  }
}

const PLAIN_MD5_ETAG = /^"([0-9a-fA-F]{32})"$/;

/**
 * A whole-object GET whose ETag is a plain MD5 (not multipart, not SSE-C or KMS) has its body checked
 * against it as it is read, so corruption in transit surfaces as an error instead of data.
 */
function verifyWholeObjectMd5(parsed: Record<string, unknown>, status: number, params: Record<string, unknown>): void {
  const md5 = PLAIN_MD5_ETAG.exec(String(parsed.ETag ?? ''))?.[1];
  const body = parsed.Body as { verify_digest?: (a: 'md5', hex: string) => void } | undefined;
  if (!md5 || status !== 200 || params.Range !== undefined || params.PartNumber !== undefined) return;
  if (parsed.SSECustomerAlgorithm !== undefined || parsed.ServerSideEncryption === 'aws:kms') return;
  if (parsed.ContentEncoding !== undefined && parsed.ContentEncoding !== 'identity') return;
  body?.verify_digest?.('md5', md5);
}

/** Content-MD5 of bytes, or of the file range a file stream sends (IBM's protected buckets require one on every part). */
async function addContentMd5(request: HttpRequest): Promise<void> {
  const body = request.body ?? '';
  if (request.headers['content-md5']) return;
  if (isBytes(body)) request.headers['content-md5'] = contentMd5(body);
  else if (isRereadable(body)) request.headers['content-md5'] = await rereadableDigest(body, 'md5', 'base64');
}

/** `Contents[].Key`: decode a top-level member or a member of each item of a top-level list. */
function decodeMember(parsed: Record<string, unknown>, path: string): void {
  const [list, member] = path.split('[].') as [string, string | undefined];
  if (member === undefined) {
    if (typeof parsed[list] === 'string') parsed[list] = unquotePlus(parsed[list] as string);
    return;
  }
  for (const item of (parsed[list] as Record<string, unknown>[] | undefined) ?? []) {
    if (typeof item[member] === 'string') item[member] = unquotePlus(item[member] as string);
  }
}

/** Like Python's unquote_plus: a '%' that starts no valid UTF-8 escape stays as it is (RGW echoes Prefix raw). */
function unquotePlus(s: string): string {
  if (!s.includes('%') && !s.includes('+')) return s; // most keys: nothing to decode
  return s.replace(/\+/g, ' ').replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** SSE-C keys may be given raw (string or bytes): send them base64-encoded with their MD5, as boto3 does. */
function encodeSseCustomerKeys(params: Record<string, unknown>): void {
  for (const [keyMember, md5Member] of SSE_KEY_PAIRS) {
    const key = params[keyMember];
    if (key === undefined || (typeof key !== 'string' && !(key instanceof Uint8Array))) continue;
    // as boto3: a key given together with its MD5 is already base64-encoded
    if (typeof key === 'string' && params[md5Member] !== undefined) continue;
    const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
    params[keyMember] = bytes.toString('base64');
    if (params[md5Member] === undefined) params[md5Member] = createHash('md5').update(bytes).digest('base64');
  }
}

/** CopySource as `{ Bucket, Key, VersionId }` or `'bucket/key'`: the header carries it URL-encoded. */
function quoteCopySource(params: Record<string, unknown>): void {
  const source = params.CopySource;
  if (isPlainObject(source)) {
    const [Bucket, Key, VersionId] = COPY_SOURCE_MEMBERS.map((m) => own(source, m));
    const wellFormed = typeof Bucket === 'string' && typeof Key === 'string' && (VersionId === undefined || typeof VersionId === 'string');
    if (!wellFormed || Object.keys(source).some((m) => !COPY_SOURCE_MEMBERS.includes(m))) return; // the validator reports it
    params.CopySource = `${Bucket}/${uriEscape(Key, true)}${typeof VersionId === 'string' ? `?versionId=${uriEscape(VersionId)}` : ''}`;
  } else if (typeof source === 'string') {
    const at = source.indexOf('?versionId=');
    params.CopySource = at < 0 ? uriEscape(source, true) : `${uriEscape(source.slice(0, at), true)}${source.slice(at)}`;
  }
}
