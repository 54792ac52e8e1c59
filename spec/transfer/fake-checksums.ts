// How the in-memory S3 (fake-s3.ts) treats flexible checksums, as S3 does: a sent x-amz-checksum-*
// must match the body (else 400 BadDigest); an upload created with an algorithm needs each part's
// value in CompleteMultipartUpload (else 400 InvalidPart) and answers the object's value, COMPOSITE
// ("<checksum of the part checksums>-N") or FULL_OBJECT (of all the bytes, checked against a sent one).
// Values are computed from the bytes here, never combined from part values as the SDK does.
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, checksumHeader, checksumOf } from '../../lib/core/checksums.js';

export interface StoredChecksum {
  algorithm: ChecksumAlgorithm;
  value: string;
  type: 'COMPOSITE' | 'FULL_OBJECT';
}

export class ChecksumRefusal extends Error {
  constructor(readonly code: 'BadDigest' | 'InvalidPart' | 'InvalidRequest') {
    super(code);
  }
}

/** The checksums the request sends in headers, each checked against the body; the first one, if any. */
export async function checkSentChecksums(headers: Record<string, string>, body: Buffer): Promise<StoredChecksum | undefined> {
  let first: StoredChecksum | undefined;
  for (const algorithm of CHECKSUM_ALGORITHMS) {
    const sent = headers[checksumHeader(algorithm)];
    if (sent === undefined) continue;
    if (sent !== (await checksumOf(algorithm, body))) throw new ChecksumRefusal('BadDigest');
    first ??= { algorithm, value: sent, type: 'FULL_OBJECT' };
  }
  return first;
}

/** The algorithm and type CreateMultipartUpload asked for. */
export function uploadChecksum(headers: Record<string, string>): { algorithm: ChecksumAlgorithm; type: 'COMPOSITE' | 'FULL_OBJECT' } | undefined {
  const algorithm = headers['x-amz-checksum-algorithm'] as ChecksumAlgorithm | undefined;
  if (!algorithm) return undefined;
  if (!CHECKSUM_ALGORITHMS.includes(algorithm)) throw new ChecksumRefusal('InvalidRequest');
  const type = (headers['x-amz-checksum-type'] as 'COMPOSITE' | 'FULL_OBJECT' | undefined) ?? (algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE');
  if ((type === 'FULL_OBJECT' && algorithm.startsWith('SHA')) || (type === 'COMPOSITE' && algorithm === 'CRC64NVME')) throw new ChecksumRefusal('InvalidRequest');
  return { algorithm, type };
}

/** The object's checksum at completion, from its parts' bytes and the Checksum<ALG> values the completion lists. */
export async function completedChecksum(
  upload: { algorithm: ChecksumAlgorithm; type: 'COMPOSITE' | 'FULL_OBJECT' },
  parts: { data: Buffer; listed?: string }[],
  headers: Record<string, string>,
): Promise<StoredChecksum> {
  const { algorithm, type } = upload;
  const values: string[] = [];
  for (const part of parts) {
    const value = await checksumOf(algorithm, part.data);
    if (part.listed !== value) throw new ChecksumRefusal('InvalidPart');
    values.push(value);
  }
  if (type === 'FULL_OBJECT') {
    const value = await checksumOf(algorithm, Buffer.concat(parts.map((p) => p.data)));
    const sent = headers[checksumHeader(algorithm)];
    if (sent !== undefined && sent !== value) throw new ChecksumRefusal('BadDigest');
    return { algorithm, type, value };
  }
  const composite = await checksumOf(algorithm, Buffer.concat(values.map((v) => Buffer.from(v, 'base64'))));
  return { algorithm, type, value: `${composite}-${parts.length}` };
}

/** Response headers of a stored checksum, when the request asked for them (x-amz-checksum-mode: ENABLED). */
export function checksumHeaders(stored: StoredChecksum | undefined, requestHeaders: Record<string, string>): Record<string, string> {
  if (!stored || requestHeaders['x-amz-checksum-mode'] !== 'ENABLED') return {};
  return { [checksumHeader(stored.algorithm)]: stored.value, 'x-amz-checksum-type': stored.type };
}
