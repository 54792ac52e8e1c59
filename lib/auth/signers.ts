// Request signers: SigV4 with HMAC keys (lib/auth/sigv4.ts) and anonymous (unsigned).
import { isBytes, isRereadable, rereadableDigest } from '../core/body.js';
import type { HttpRequest } from '../core/http-message.js';
import type { Credentials } from './credentials.js';
import { EMPTY_SHA256, sha256Hex } from './sha256.js';
import { THREAD_MIN_BYTES, digestOf } from '../core/digest-thread.js';
import { NoCredentialsError } from '../errors.js';
import { type PostPolicyInput, type PresignOptions, type PresignedRequest, hmacKeysNeeded, presignPost, presignUrl } from './presign.js';
import { SigningKeyCache, UNSIGNED_PAYLOAD, hostHeader, signHeaders } from './sigv4.js';
import type { TokenRequestContext } from './iam.js';

export { UNSIGNED_PAYLOAD, hostHeader };

export interface Signer {
  readonly name: string;
  /** `context`: the call's signal, and the client's dispatcher for a token request (bearer signers). */
  sign(request: HttpRequest, context?: TokenRequestContext): Promise<void>;
  /** Query-string signing (presigned URLs); only signers holding HMAC keys have it. */
  presign?(request: HttpRequest, options: PresignOptions): Promise<PresignedRequest>;
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
  /** Hash byte bodies into the signature. */
  payloadSigning: boolean;
  /**
   * Hash file-stream bodies too (payload_signing_enabled set to true: reads every part twice);
   * other streams are always sent as UNSIGNED-PAYLOAD.
   */
  signFileStreams?: boolean;
}

export class SigV4Signer implements Signer {
  readonly name = 's3v4';
  readonly #options: SigV4Options;
  // the derived signing key changes only with the secret or the day
  readonly #keys = new SigningKeyCache();

  constructor(options: SigV4Options) {
    this.#options = options;
  }

  async presign(request: HttpRequest, options: PresignOptions): Promise<PresignedRequest> {
    const creds = await this.#forPresigning(() => this.#options.credentials());
    const { region, service } = this.#options;
    return presignUrl({ credentials: creds.get_frozen_credentials(), region, service, keys: this.#keys }, request, options);
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

  async sign(request: HttpRequest): Promise<void> {
    const creds = await this.#options.credentials();
    const headers = request.headers;
    headers.host = hostHeader(request);
    let payloadHash = headers['x-amz-content-sha256'];
    if (!payloadHash) {
      const body = request.body ?? '';
      // a large part (upload_fileobj of a stream) is hashed on the digest thread, not on the event loop
      if (this.#options.payloadSigning && isBytes(body)) {
        if (body === '') payloadHash = EMPTY_SHA256; // every GET, HEAD and DELETE
        else payloadHash = typeof body === 'string' || body.byteLength < THREAD_MIN_BYTES ? sha256Hex(body) : await digestOf('sha256', body);
      }
      else if (this.#options.signFileStreams && isRereadable(body)) payloadHash = await rereadableDigest(body, 'sha256', 'hex');
      else payloadHash = UNSIGNED_PAYLOAD;
      headers['x-amz-content-sha256'] = payloadHash;
    }
    const { region, service } = this.#options;
    signHeaders(
      { method: request.method, path: request.path, query: request.query, headers, payloadHash },
      { credentials: creds.get_frozen_credentials(), region, service, date: new Date(), keys: this.#keys },
    );
  }
}
