// End-to-end integrity of downloads: an object stored by one PutObject without SSE-C or KMS has
// its MD5 as ETag, so the downloaded bytes can be checked against it (as the AWS CLI once did).
// Bytes arriving in order are hashed as they pass; a file filled by parallel ranges is hashed by
// a follower that reads back, in order, each stretch as soon as it is complete on disk.
import { type Hash, createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

/** The MD5 (hex) the object's bytes must have, when its ETag is one; otherwise undefined. */
export function expectedMd5(head: { ETag?: string; SSECustomerAlgorithm?: string; ServerSideEncryption?: string; SSEKMSKeyId?: string }): string | undefined {
  const match = /^"?([0-9a-fA-F]{32})"?$/.exec(head.ETag ?? '');
  if (!match) return undefined; // multipart ("…-N") or another scheme
  if (head.SSECustomerAlgorithm || head.SSEKMSKeyId || head.ServerSideEncryption?.startsWith('aws:kms')) return undefined;
  return match[1]!.toLowerCase();
}

/** MD5 of bytes given in order. */
export class StreamDigest {
  readonly #hash: Hash = createHash('md5');
  update(chunk: Uint8Array): void {
    this.#hash.update(chunk);
  }
  hex(): string {
    return this.#hash.digest('hex');
  }
}

/** MD5 of a file being filled by ranges in any order: each stretch is read back once the bytes before it are hashed. */
export class FileDigest {
  readonly #file: FileHandle;
  readonly #hash: Hash = createHash('md5');
  readonly #buffer: Buffer;
  /** Complete stretches not hashed yet: start → end (exclusive). */
  readonly #ready = new Map<number, number>();
  #hashed = 0;
  #running?: Promise<void>;
  #error: unknown;

  constructor(file: FileHandle, ioChunk: number) {
    this.#file = file;
    this.#buffer = Buffer.allocUnsafe(ioChunk);
  }

  /** Bytes [start, end) are on disk. */
  complete(start: number, end: number): void {
    this.#ready.set(start, end);
    this.#kick();
  }

  /** The digest once `size` bytes are hashed. */
  async hex(size: number): Promise<string | undefined> {
    this.#kick();
    while (this.#running) await this.#running;
    if (this.#error) throw this.#error;
    return this.#hashed === size ? this.#hash.digest('hex') : undefined;
  }

  /** Start the follower if the next stretch is ready; it restarts itself for stretches added meanwhile. */
  #kick(): void {
    if (this.#running || this.#error !== undefined || !this.#ready.has(this.#hashed)) return;
    this.#running = this.#follow().finally(() => {
      this.#running = undefined;
      this.#kick();
    });
  }

  async #follow(): Promise<void> {
    try {
      for (let end = this.#ready.get(this.#hashed); end !== undefined; end = this.#ready.get(this.#hashed)) {
        this.#ready.delete(this.#hashed);
        while (this.#hashed < end) {
          const { bytesRead } = await this.#file.read(this.#buffer, 0, Math.min(this.#buffer.length, end - this.#hashed), this.#hashed);
          if (bytesRead === 0) throw new Error(`the download file ended at ${this.#hashed} bytes while checking it`);
          this.#hash.update(this.#buffer.subarray(0, bytesRead));
          this.#hashed += bytesRead;
        }
      }
    } catch (err) {
      this.#error ??= err;
    }
  }
}
