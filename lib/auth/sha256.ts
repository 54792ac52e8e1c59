// SHA-256 on node:crypto (native, not JS).
import * as crypto from 'node:crypto';

/** One-shot crypto.hash (Node 20.12+) is about twice as fast as createHash for short input. */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');
