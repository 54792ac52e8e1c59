// SHA-256 on node:crypto (native, not JS).
import * as crypto from 'node:crypto';

/** One-shot crypto.hash (Node 20.12+) is about twice as fast as createHash for short input. */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');

/** The SHA-256 of no bytes (the payload hash of a request without a body). */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
