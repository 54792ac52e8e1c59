// Flexible checksums of multipart transfers: which algorithm (ExtraArgs' ChecksumAlgorithm, a
// full-object checksum the caller gives, CRC32 under request_checksum_calculation 'when_supported',
// or for a copy the source's own), each part's value (computed here for uploads, the server's for
// copied parts), and the completion: the part values in CompletedPart, the FULL_OBJECT value
// combined from them in a header, and a COMPOSITE answer checked against the parts'.
import type { Readable } from 'node:stream';
import { checksumSettings } from '../config.js';
import {
  CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, checksumMember, checksumOf, combineCrcs, compositeChecksum, isChecksumAlgorithm, multipartChecksumType,
} from '../core/checksums.js';
import { FlexibleChecksumError } from '../errors.js';
import { type FileStream, rereadableRange } from '../core/body.js';
import type { TransferClient } from './types.js';

/** The algorithm of the first Checksum<ALG> member `values` holds. */
export function algorithmOf(values: Record<string, unknown>): ChecksumAlgorithm | undefined {
  return CHECKSUM_ALGORITHMS.find((a) => typeof values[checksumMember(a)] === 'string');
}

export class MultipartChecksums {
  readonly algorithm: ChecksumAlgorithm;
  readonly type: 'COMPOSITE' | 'FULL_OBJECT';
  readonly member: string;
  /** A full-object value the caller gave: sent at completion instead of the combined one. */
  readonly #given?: string;
  readonly #parts = new Map<number, { checksum: string; size: number }>();

  constructor(algorithm: ChecksumAlgorithm, given?: string) {
    this.algorithm = algorithm;
    this.member = checksumMember(algorithm);
    this.#given = given;
    this.type = given !== undefined ? 'FULL_OBJECT' : multipartChecksumType(algorithm);
  }

  /** For an upload: from ExtraArgs, or CRC32 when the client computes checksums whenever supported. */
  static forUpload(client: TransferClient, extra: Record<string, unknown>): MultipartChecksums | undefined {
    const given = algorithmOf(extra);
    if (given) return new MultipartChecksums(given, extra[checksumMember(given)] as string);
    if (isChecksumAlgorithm(extra.ChecksumAlgorithm)) return new MultipartChecksums(extra.ChecksumAlgorithm);
    return checksumSettings(client.meta.config).request_checksum_calculation === 'when_supported' ? new MultipartChecksums('CRC32') : undefined;
  }

  /** For a copy: ExtraArgs' algorithm, else the one the source was stored with (its HEAD with ChecksumMode). */
  static forCopy(extra: Record<string, unknown>, sourceHead: Record<string, unknown>): MultipartChecksums | undefined {
    const algorithm = isChecksumAlgorithm(extra.ChecksumAlgorithm) ? extra.ChecksumAlgorithm : algorithmOf(sourceHead);
    return algorithm && new MultipartChecksums(algorithm);
  }

  /** CreateMultipartUpload members. */
  createArgs(): Record<string, string> {
    return { ChecksumAlgorithm: this.algorithm, ChecksumType: this.type };
  }

  /** UploadPart members: the part's checksum, computed from its bytes or file range (a part's stream is a file stream). */
  async uploadPartArgs(number: number, body: Uint8Array | Readable, size: number): Promise<Record<string, string>> {
    const checksum = await checksumOf(this.algorithm, body instanceof Uint8Array ? body : rereadableRange(body as FileStream));
    this.#parts.set(number, { checksum, size });
    return { ChecksumAlgorithm: this.algorithm, [this.member]: checksum };
  }

  /** A copied part's checksum, as the server answered it. */
  copiedPart(number: number, checksum: string | undefined, size: number): void {
    if (checksum !== undefined) this.#parts.set(number, { checksum, size });
  }

  /** The CompletedPart members of a part. */
  completedPart(number: number): Record<string, string> {
    const part = this.#parts.get(number);
    return part ? { [this.member]: part.checksum } : {};
  }

  /** CompleteMultipartUpload members: the type, and the FULL_OBJECT value (given, or combined from the parts). */
  completeArgs(partCount: number): Record<string, string> {
    if (this.type === 'COMPOSITE') return { ChecksumType: this.type };
    const value = this.#given ?? (this.#parts.size === partCount ? combineCrcs(this.algorithm, this.#ordered()) : undefined);
    return value === undefined ? { ChecksumType: this.type } : { ChecksumType: this.type, [this.member]: value };
  }

  /** A COMPOSITE value the server answers must be the one of the parts sent (FULL_OBJECT ones it checked itself). */
  async checkCompleted(output: object): Promise<void> {
    const answered = (output as Record<string, unknown>)[this.member];
    if (this.type !== 'COMPOSITE' || typeof answered !== 'string' || this.#parts.size === 0) return;
    const expected = await compositeChecksum(this.algorithm, this.#ordered().map((p) => p.checksum));
    if (answered !== expected) throw new FlexibleChecksumError(`Expected ${this.algorithm} checksum ${expected} did not match the completed object's: ${answered}`);
  }

  #ordered(): { checksum: string; size: number }[] {
    return [...this.#parts.entries()].sort(([a], [b]) => a - b).map(([, p]) => p);
  }
}
