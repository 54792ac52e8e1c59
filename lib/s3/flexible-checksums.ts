// Flexible checksums on the client's events, with botocore's settings and their meaning for us:
//
// request_checksum_calculation (env AWS_REQUEST_CHECKSUM_CALCULATION)
//   'when_required' (our default): a checksum is computed when the call names a ChecksumAlgorithm;
//     operations that require one get Content-MD5, which every S3-compatible server knows.
//   'when_supported' (botocore's default): also CRC32 on every call with a body we can hash first
//     to an operation that takes a ChecksumAlgorithm. aws-sdk v3 doing this by default broke several
//     S3-compatible stores (R2, Backblaze, …: aws-sdk-js-v3#6810), so here it is opt-in.
// response_checksum_validation (env AWS_RESPONSE_CHECKSUM_VALIDATION)
//   'when_supported' (default, as botocore): every GetObject call asks for the checksum
//     (x-amz-checksum-mode: ENABLED, a header servers without checksums ignore) and a whole-object
//     answer that has one is checked as it is read (FlexibleChecksumError on mismatch). Nothing is
//     computed when the server returns none (RGW 16, older IBM COS).
//   'when_required': only GetObject calls with ChecksumMode 'ENABLED' are checked.
// Both apply to calls, not to presigned URLs (whoever uses the URL would have to send the header).
//
// The value always travels in a header computed before the body is sent (bytes, or a file stream's
// range read first), never as an aws-chunked trailer: RGW 16 and other S3-compatible servers do not
// take those. A one-shot stream has no bytes to hash beforehand: naming an algorithm for one is
// refused before any request (upload_fileobj checksums such a stream part by part).
// Content-MD5 stays on operations that require it even with a flexible checksum: IBM COS checks it.
import type { HierarchicalEmitter } from '../client/events.js';
import type { ChecksumSettings } from '../config.js';
import type { ModelView } from '../core/model.js';
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, checksumHeader, checksumMember, checksumOf, newChecksum } from '../core/checksums.js';
import { ParamValidationError } from '../errors.js';
import { type RequestBody, isBytes, isRereadable, rereadableRange } from '../core/body.js';
import type { StreamingBody } from '../protocol/streaming-body.js';
import type { HttpRequest } from '../core/http-message.js';

/** Which algorithm's answer is checked when a response carries several (botocore's order). */
const RESPONSE_PRIORITY: ChecksumAlgorithm[] = ['CRC64NVME', 'CRC32C', 'CRC32', 'SHA1', 'SHA256'];
/** The request header that names the algorithm of a body checksum the SDK computes. */
const SDK_ALGORITHM_HEADER = 'x-amz-sdk-checksum-algorithm';

/** The base64 checksum of a request body, or undefined for a one-shot stream. */
export async function bodyChecksum(algorithm: ChecksumAlgorithm, body: RequestBody | undefined): Promise<string | undefined> {
  if (body === undefined || isBytes(body)) return checksumOf(algorithm, body ?? '');
  if (isRereadable(body)) return checksumOf(algorithm, rereadableRange(body));
  return undefined;
}

/** Operations whose body checksum the SDK computes: their ChecksumAlgorithm is the x-amz-sdk-checksum-algorithm header. */
function requestChecksumOperations(model: ModelView): string[] {
  return Object.values(model.data.operations)
    .filter((op) => model.inputShape(op)?.members?.ChecksumAlgorithm?.locationName === SDK_ALGORITHM_HEADER)
    .map((op) => op.name);
}

/** Operations with a streamed answer that can be asked for its checksum (ChecksumMode). */
function responseChecksumOperations(model: ModelView): string[] {
  return Object.values(model.data.operations)
    .filter((op) => model.inputShape(op)?.members?.ChecksumMode && model.outputShape(op)?.payload === 'Body')
    .map((op) => op.name);
}

const givenChecksum = (params: Record<string, unknown>) => CHECKSUM_ALGORITHMS.some((a) => params[checksumMember(a)] !== undefined);

export function registerFlexibleChecksums(events: HierarchicalEmitter, model: ModelView, settings: ChecksumSettings): void {
  const always = settings.request_checksum_calculation === 'when_supported';
  for (const operation of requestChecksumOperations(model)) {
    // a promise only when there is a checksum to compute: hooks that return none are not awaited
    events.register(`before-call.s3.${operation}`, ({ params, request }) => addRequestChecksum(params as Record<string, unknown>, request as HttpRequest, always));
  }
  const askAlways = settings.response_checksum_validation === 'when_supported';
  for (const operation of responseChecksumOperations(model)) {
    if (askAlways) {
      events.register(`before-call.s3.${operation}`, ({ params, request, context }) => {
        if ((params as Record<string, unknown>).ChecksumMode !== undefined) return;
        (request as HttpRequest).headers['x-amz-checksum-mode'] = 'ENABLED';
        (context as Record<string, unknown>).checksumModeAsked = true;
      });
    }
    events.register(`after-call.s3.${operation}`, ({ parsed, params, context }) => {
      const p = params as Record<string, unknown>;
      if (p.ChecksumMode === 'ENABLED' || (context as Record<string, unknown>).checksumModeAsked) return verifyResponseChecksum(parsed as Record<string, unknown>, p);
      return undefined;
    });
  }
}

/**
 * The caller's algorithm, or CRC32 when `always` and the body can be hashed; the caller's own value (any algorithm) is sent as given.
 * Undefined at once when there is nothing to compute (most calls).
 */
function addRequestChecksum(params: Record<string, unknown>, request: HttpRequest, always: boolean): Promise<void> | undefined {
  if (givenChecksum(params)) return undefined;
  const named = params.ChecksumAlgorithm as ChecksumAlgorithm | undefined;
  if (named === undefined && !(always && request.body !== undefined)) return undefined;
  return computeRequestChecksum(params, request, named);
}

async function computeRequestChecksum(params: Record<string, unknown>, request: HttpRequest, named: ChecksumAlgorithm | undefined): Promise<void> {
  const algorithm = named ?? 'CRC32';
  const value = await bodyChecksum(algorithm, request.body);
  if (value === undefined) {
    if (named === undefined) return;
    throw new ParamValidationError([
      `ChecksumAlgorithm ${algorithm} needs the body's bytes before sending, and a one-shot stream has none: ` +
        'pass bytes or a file stream (fs.createReadStream), give the checksum yourself, or use upload_fileobj',
    ]);
  }
  if (named === undefined) request.headers[SDK_ALGORITHM_HEADER] = algorithm;
  request.headers[checksumHeader(algorithm)] = value;
}

/**
 * A whole-object answer with a checksum of the whole body is checked as it is read; part-composites ("…-N") cannot be.
 * Undefined at once when the answer has no checksum to check (most servers send none).
 */
function verifyResponseChecksum(parsed: Record<string, unknown>, params: Record<string, unknown>): Promise<void> | undefined {
  if (params.Range !== undefined) return undefined;
  const body = parsed.Body as StreamingBody | undefined;
  for (const algorithm of RESPONSE_PRIORITY) {
    const expected = parsed[checksumMember(algorithm)];
    if (typeof expected !== 'string') continue;
    if (expected.includes('-') || parsed.ChecksumType === 'COMPOSITE') return undefined;
    return newChecksum(algorithm).then((sum) => body?.verify_checksum(algorithm, sum, expected));
  }
  return undefined;
}
