// S3's flexible checksums: the five algorithms, their header and member names, running digests,
// and how part checksums make the checksum of a multipart object (composite "<b64>-N", or the
// full-object CRC combined from the parts' CRCs).
// CRC32 is node:zlib's (Node >= 20.15; our floor is 20.18.1), CRC32C and CRC64NVME are ours
// (crc32c.ts, crc64nvme.ts): no native add-on, so the package still bundles into one file.
// SHA-1/SHA-256 are node:crypto.
import { createHash } from 'node:crypto';
import { crc32c } from './crc32c.js';
import { Crc64Nvme } from './crc64nvme.js';

export const CHECKSUM_ALGORITHMS = ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

/** A running digest of bytes given in order. */
export interface Checksum {
  update(data: Uint8Array): void;
  digest(): Buffer;
}

export function isChecksumAlgorithm(value: unknown): value is ChecksumAlgorithm {
  return typeof value === 'string' && (CHECKSUM_ALGORITHMS as readonly string[]).includes(value);
}

/** `ChecksumCRC32`: the request/response member carrying the value. */
export const checksumMember = (algorithm: ChecksumAlgorithm): string => `Checksum${algorithm}`;
/** `x-amz-checksum-crc32`: the header carrying the value. */
export const checksumHeader = (algorithm: ChecksumAlgorithm): string => `x-amz-checksum-${algorithm.toLowerCase()}`;

type CrcFunction = (input: Uint8Array, initial?: number) => number;

class Crc32Family implements Checksum {
  #value = 0;
  constructor(private readonly fn: CrcFunction) {}
  update(data: Uint8Array): void {
    this.#value = this.fn(data, this.#value);
  }
  digest(): Buffer {
    const out = Buffer.allocUnsafe(4);
    out.writeUInt32BE(this.#value >>> 0, 0);
    return out;
  }
}

/** A new running digest (async: the CRC32 code is loaded on first use). */
export async function newChecksum(algorithm: ChecksumAlgorithm): Promise<Checksum> {
  switch (algorithm) {
    case 'CRC32':
    case 'CRC32C':
      // node:zlib is loaded here, not at import: most processes never compute a CRC32 (~2 ms of start)
      return new Crc32Family(algorithm === 'CRC32' ? process.getBuiltinModule('node:zlib').crc32 : crc32c);
    case 'CRC64NVME':
      return new Crc64Nvme();
    case 'SHA1':
    case 'SHA256':
      return createHash(algorithm.toLowerCase()) as unknown as Checksum;
  }
}

/** The base64 checksum of bytes (one buffer or chunks in order). */
export async function checksumOf(algorithm: ChecksumAlgorithm, data: Uint8Array | string | AsyncIterable<Uint8Array>): Promise<string> {
  const sum = await newChecksum(algorithm);
  if (typeof data === 'string') sum.update(Buffer.from(data));
  else if (data instanceof Uint8Array) sum.update(data);
  else for await (const chunk of data) sum.update(chunk);
  return sum.digest().toString('base64');
}

/** How S3 checksums a multipart object made with this algorithm: CRC64NVME only whole, SHA only by parts. */
export function multipartChecksumType(algorithm: ChecksumAlgorithm): 'COMPOSITE' | 'FULL_OBJECT' {
  return algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE';
}

/** COMPOSITE: the checksum of the parts' binary checksums, concatenated, then `-<number of parts>`. */
export async function compositeChecksum(algorithm: ChecksumAlgorithm, partChecksums: string[]): Promise<string> {
  const sum = await newChecksum(algorithm);
  for (const part of partChecksums) sum.update(Buffer.from(part, 'base64'));
  return `${sum.digest().toString('base64')}-${partChecksums.length}`;
}

/** Reflected polynomials and widths of the CRCs S3 can combine into a full-object checksum. */
const CRC_PARAMETERS: Partial<Record<ChecksumAlgorithm, { poly: bigint; width: number }>> = {
  CRC32: { poly: 0xedb88320n, width: 32 },
  CRC32C: { poly: 0x82f63b78n, width: 32 },
  CRC64NVME: { poly: 0x9a6c9329ac4bc9b5n, width: 64 },
};

/**
 * FULL_OBJECT: the CRC of the whole object from its parts' CRCs and sizes (base64 each), without
 * reading the bytes again: crc(A‖B) = crc(A)·x^(8·|B|) mod P ⊕ crc(B), in GF(2) as zlib's crc32_combine.
 */
export function combineCrcs(algorithm: ChecksumAlgorithm, parts: { checksum: string; size: number }[]): string {
  const params = CRC_PARAMETERS[algorithm];
  if (!params) throw new TypeError(`${algorithm} has no full-object form`);
  const { poly, width } = params;
  const bytes = width / 8;
  const top = 1n << BigInt(width - 1);
  const multiply = (a: bigint, b: bigint): bigint => {
    let product = 0n;
    for (let m = top; m > 0n; m >>= 1n) {
      if (a & m) product ^= b;
      b = b & 1n ? (b >> 1n) ^ poly : b >> 1n;
    }
    return product;
  };
  /** x^(8·n) mod P by squaring: x^(2^k) for each set bit of 8n. */
  const shift = (n: number): bigint => {
    let result = top; // x^0
    let power = top >> 1n; // x^1
    for (let e = BigInt(n) * 8n; e > 0n; e >>= 1n) {
      if (e & 1n) result = multiply(result, power);
      power = multiply(power, power);
    }
    return result;
  };
  let crc: bigint | undefined;
  for (const { checksum, size } of parts) {
    const value = BigInt(`0x${Buffer.from(checksum, 'base64').toString('hex')}`);
    crc = crc === undefined ? value : multiply(shift(size), crc) ^ value;
  }
  const out = Buffer.alloc(bytes);
  let v = crc ?? 0n;
  for (let i = bytes - 1; i >= 0; i--, v >>= 8n) out[i] = Number(v & 0xffn);
  return out.toString('base64');
}
