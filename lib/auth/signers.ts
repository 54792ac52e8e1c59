// Request signers: SigV4 with HMAC keys (via @smithy/signature-v4) and anonymous (unsigned).
import { SignatureV4 } from '@smithy/signature-v4';
import type { RequestBody } from '../protocol/request.js';
import { isBytes } from '../protocol/request.js';
import type { Credentials } from './credentials.js';
import { NodeSha256, sha256Hex } from './sha256.js';
import { NoCredentialsError } from '../errors.js';
import { type PostPolicyInput, type PresignOptions, type PresignedRequest, hmacKeysNeeded, presignPost, presignUrl } from './presign.js';

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** A request about to be sent; signers add headers to it. */
export interface SigningRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  /** Encoded path, byte-identical to what is sent. */
  path: string;
  query: [string, string | null][];
  headers: Record<string, string>;
  body?: RequestBody;
}

export interface Signer {
  readonly name: string;
  sign(request: SigningRequest): Promise<void>;
  /** Query-string signing (presigned URLs); only signers holding HMAC keys have it. */
  presign?(request: SigningRequest, options: PresignOptions): Promise<PresignedRequest>;
  /** A signed POST policy for browser form uploads; only signers holding HMAC keys have it. */
  presignPost?(input: Omit<PostPolicyInput, 'credentials' | 'region' | 'service'>): Promise<{ url: string; fields: Record<string, string> }>;
}

export class AnonymousSigner implements Signer {
  readonly name = 'unsigned';
  async sign(): Promise<void> {}
}

export interface SigV4Options {
  service: string;
  region: string;
  credentials: () => Promise<Credentials>;
  /** Hash byte bodies into the signature; streams are always sent as UNSIGNED-PAYLOAD. */
  payloadSigning: boolean;
}

export class SigV4Signer implements Signer {
  readonly name = 's3v4';
  readonly #options: SigV4Options;
  #signer?: SignatureV4;
  #forKey?: string;

  constructor(options: SigV4Options) {
    this.#options = options;
  }

  async #smithy(): Promise<SignatureV4> {
    const creds = await this.#options.credentials();
    // one SignatureV4 per key pair: it caches derived signing keys
    const key = `${creds.access_key}\0${creds.token ?? ''}`;
    if (!this.#signer || this.#forKey !== key) {
      const frozen = creds.get_frozen_credentials();
      this.#signer = new SignatureV4({
        service: this.#options.service,
        region: this.#options.region,
        sha256: NodeSha256,
        uriEscapePath: false,
        applyChecksum: false,
        credentials: {
          accessKeyId: frozen.access_key,
          secretAccessKey: frozen.secret_key,
          ...(frozen.token ? { sessionToken: frozen.token } : {}),
        },
      });
      this.#forKey = key;
    }
    return this.#signer;
  }

  async presign(request: SigningRequest, options: PresignOptions): Promise<PresignedRequest> {
    return presignUrl(await this.#forPresigning(() => this.#smithy()), request, options);
  }

  async presignPost(input: Omit<PostPolicyInput, 'credentials' | 'region' | 'service'>): Promise<{ url: string; fields: Record<string, string> }> {
    const creds = await this.#forPresigning(() => this.#options.credentials());
    return presignPost({ ...input, credentials: creds.get_frozen_credentials(), region: this.#options.region, service: this.#options.service });
  }

  /** No keys found: say that presigning needs HMAC keys (a bearer token cannot presign). */
  async #forPresigning<T>(get: () => Promise<T>): Promise<T> {
    try {
      return await get();
    } catch (err) {
      throw err instanceof NoCredentialsError ? hmacKeysNeeded(this.name, err) : err;
    }
  }

  async sign(request: SigningRequest): Promise<void> {
    const signer = await this.#smithy();
    const headers = request.headers;
    headers.host = hostHeader(request);
    if (!headers['x-amz-content-sha256']) {
      const body = request.body ?? '';
      headers['x-amz-content-sha256'] = this.#options.payloadSigning && isBytes(body) ? sha256Hex(body) : UNSIGNED_PAYLOAD;
    }
    const signed = await signer.sign({
      method: request.method,
      protocol: request.protocol,
      hostname: request.hostname,
      port: request.port,
      path: request.path,
      query: queryRecord(request.query),
      headers,
    });
    Object.assign(headers, signed.headers);
  }
}

export function hostHeader(r: { protocol: string; hostname: string; port?: number }): string {
  const defaultPort = r.protocol === 'https:' ? 443 : 80;
  return r.port && r.port !== defaultPort ? `${r.hostname}:${r.port}` : r.hostname;
}

/** Our ordered query pairs in the record form smithy signs (bare keys sign as `key=`). */
export function queryRecord(query: [string, string | null][]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of query) {
    const value = v ?? '';
    const prev = out[k];
    out[k] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
