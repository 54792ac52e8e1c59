// IBM Cloud IAM bearer tokens: exchanged for an API key (or a compute-resource token for trusted
// profiles), cached, refreshed ahead of expiry by one shared request, never sent once expired.
import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici-types';
import { globalDispatcher, request } from '../core/undici.js';
import { IbmBotoError } from '../errors.js';
import { abortError } from '../core/abort.js';
import { Log } from '../core/logging.js';

export const DEFAULT_IAM_ENDPOINT = 'https://iam.cloud.ibm.com/identity/token';
/** Where IBM compute resources mount their token, in the order tried. */
export const DEFAULT_CR_TOKEN_FILES = [
  '/var/run/secrets/tokens/vault-token',
  '/var/run/secrets/tokens/sa-token',
  '/var/run/secrets/codeengine.cloud.ibm.com/compute-resource-token/token',
];

/** IAM refused the credentials or kept failing. Never carries the key or a token. */
export class IamTokenError extends IbmBotoError {
  constructor(
    message: string,
    readonly status?: number,
    readonly error_code?: string,
    readonly request_id?: string,
  ) {
    super(message);
  }
}

/** What a client that needs a token lends the token request. */
export interface TokenRequestContext {
  /** The caller stops waiting when it aborts (the shared token request goes on for the others). */
  signal?: AbortSignal;
  /** The client's way out to another origin (its proxy for that scheme, its timeouts), if it has one. */
  dispatcherFor?(url: string): Dispatcher | undefined;
  /** Where the client logs token requests (default: the `ibm_botocore.credentials` logger). */
  log?: Log;
}

const defaultLog = new Log('ibm_botocore.credentials');

/** Anything that yields a bearer token. */
export interface TokenProvider {
  get_token(context?: TokenRequestContext): Promise<string>;
}

export type TokenGrant =
  | { kind: 'apikey'; apiKey: string }
  | { kind: 'cr-token'; profileId: string; crTokenFile?: string };

export interface IamTokenManagerOptions {
  grant: TokenGrant;
  auth_endpoint?: string;
  /** Seconds per token request (ibm_botocore: 5). */
  timeout?: number;
  /** Attempts for transient failures (network, 5xx, 429). */
  attempts?: number;
  /** Seconds between attempts. */
  retry_delay?: number;
  /** Refresh in the background once this fraction of the lifetime is left. */
  advisory_fraction?: number;
  /** Callers wait for a refresh once this fraction of the lifetime (or 10 s) is left. */
  mandatory_fraction?: number;
  dispatcher?: Dispatcher;
  /** For tests: the clock, in ms. */
  now?: () => number;
}

interface CachedToken {
  access: string;
  refresh?: string;
  /** Epoch ms. */
  expires: number;
  lifetime: number;
}

export class IamTokenManager implements TokenProvider {
  readonly #o: Required<Omit<IamTokenManagerOptions, 'dispatcher' | 'grant'>> & Pick<IamTokenManagerOptions, 'dispatcher'>;
  readonly #grant: TokenGrant;
  #token?: CachedToken;
  #inflight?: Promise<CachedToken>;
  /** How many token requests were sent (for tests and diagnostics). */
  requests = 0;

  constructor(options: IamTokenManagerOptions) {
    this.#grant = options.grant;
    this.#o = {
      auth_endpoint: options.auth_endpoint ?? DEFAULT_IAM_ENDPOINT,
      timeout: options.timeout ?? 5,
      attempts: options.attempts ?? 3,
      retry_delay: options.retry_delay ?? 1,
      advisory_fraction: options.advisory_fraction ?? 0.25,
      mandatory_fraction: options.mandatory_fraction ?? 0.1,
      dispatcher: options.dispatcher,
      now: options.now ?? Date.now,
    };
  }

  async get_token(context: TokenRequestContext = {}): Promise<string> {
    const t = this.#token;
    const now = this.#o.now();
    if (t) {
      const left = t.expires - now;
      const mandatory = Math.max(10_000, t.lifetime * this.#o.mandatory_fraction);
      if (left > mandatory) {
        // advisory window: refresh in the background, keep serving the current token
        if (left <= t.lifetime * this.#o.advisory_fraction && !this.#inflight) {
          const log = context.log ?? defaultLog;
          if (log.enabled()) log.debug(`IAM token expires in ${Math.round(left / 1000)} s: refreshing it in the background`);
          this.#refresh(context).catch(() => undefined);
        }
        return t.access;
      }
    }
    return (await abortable(this.#refresh(context), context.signal)).access;
  }

  /** One refresh at a time, shared by every caller; it goes through the dispatcher of the client that started it. */
  #refresh(context: TokenRequestContext): Promise<CachedToken> {
    this.#inflight ??= this.#fetch(this.#o.dispatcher ?? context.dispatcherFor?.(this.#o.auth_endpoint) ?? globalDispatcher(), context.log ?? defaultLog).then(
      (token) => {
        this.#token = token;
        this.#inflight = undefined;
        return token;
      },
      (err: unknown) => {
        this.#inflight = undefined;
        throw err;
      },
    );
    return this.#inflight;
  }

  async #fetch(dispatcher: Dispatcher, log: Log): Promise<CachedToken> {
    let last: unknown;
    for (let attempt = 1; attempt <= this.#o.attempts; attempt++) {
      const grant = this.#token?.refresh ? 'refresh_token' : this.#grant.kind;
      const started = log.enabled() ? performance.now() : 0;
      try {
        const token = await this.#exchange(await this.#form(), dispatcher);
        if (log.enabled()) {
          const ms = Math.round(performance.now() - started);
          log.debug(`IAM token request (${grant}) to ${this.#o.auth_endpoint}: token valid for ${Math.round(token.lifetime / 1000)} s (${ms} ms, attempt ${attempt} of ${this.#o.attempts})`);
        }
        return token;
      } catch (err) {
        last = err;
        if (log.enabled()) {
          const e = err as Error;
          log.debug(`IAM token request (${grant}) to ${this.#o.auth_endpoint} failed: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)} (attempt ${attempt} of ${this.#o.attempts})`);
        }
        const refreshRejected = err instanceof IamTokenError && err.status === 400 && this.#token?.refresh;
        if (refreshRejected) {
          this.#token = { ...this.#token!, refresh: undefined }; // fall back to the API key grant
          continue;
        }
        if (err instanceof IamTokenError && err.status !== undefined && err.status < 500 && err.status !== 429) throw err;
        if (attempt < this.#o.attempts) await sleep(this.#o.retry_delay * 1000);
      }
    }
    if (last instanceof IamTokenError) throw last;
    throw new IamTokenError(`Could not get an IAM token from ${this.#o.auth_endpoint}: ${(last as Error)?.message ?? last}`);
  }

  async #form(): Promise<URLSearchParams> {
    const form = new URLSearchParams({ response_type: 'cloud_iam' });
    if (this.#token?.refresh) {
      form.set('grant_type', 'refresh_token');
      form.set('refresh_token', this.#token.refresh);
    } else if (this.#grant.kind === 'apikey') {
      form.set('grant_type', 'urn:ibm:params:oauth:grant-type:apikey');
      form.set('apikey', this.#grant.apiKey);
    } else {
      form.set('grant_type', 'urn:ibm:params:oauth:grant-type:cr-token');
      form.set('cr_token', (await readCrToken(this.#grant.crTokenFile)).trim());
      form.set('profile_id', this.#grant.profileId);
    }
    return form;
  }

  async #exchange(form: URLSearchParams, dispatcher: Dispatcher): Promise<CachedToken> {
    this.requests++;
    const url = new URL(this.#o.auth_endpoint);
    const res = await request(dispatcher, {
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      headers: {
        accept: 'application/json',
        authorization: 'Basic Yng6Yng=',
        'cache-control': 'no-cache',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: form.toString(),
      signal: AbortSignal.timeout(this.#o.timeout * 1000),
    });
    const text = await res.body.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // a proxy's HTML page, say: reported by status below
    }
    if (res.statusCode !== 200 || typeof json.access_token !== 'string') {
      const code = typeof json.errorCode === 'string' ? json.errorCode : undefined;
      const message = typeof json.errorMessage === 'string' ? json.errorMessage : `HTTP ${res.statusCode}`;
      const requestId = (json.context as { requestId?: string } | undefined)?.requestId;
      throw new IamTokenError(
        `IAM token request failed (${res.statusCode}${code ? ` ${code}` : ''}): ${message}${requestId ? ` [request id ${requestId}]` : ''}`,
        res.statusCode,
        code,
        requestId,
      );
    }
    const now = this.#o.now();
    const expiresIn = typeof json.expires_in === 'number' ? json.expires_in : 3600;
    const expires = typeof json.expiration === 'number' ? Math.min(json.expiration * 1000, now + expiresIn * 1000) : now + expiresIn * 1000;
    return {
      access: json.access_token,
      refresh: typeof json.refresh_token === 'string' && json.refresh_token !== 'not_supported' ? json.refresh_token : undefined,
      expires,
      lifetime: Math.max(1, expires - now),
    };
  }

  [inspect.custom](): string {
    return `IamTokenManager { auth_endpoint: '${this.#o.auth_endpoint}', grant: '${this.#grant.kind}' }`;
  }

  toJSON(): Record<string, string> {
    return { auth_endpoint: this.#o.auth_endpoint, grant: this.#grant.kind };
  }
}

async function readCrToken(file?: string): Promise<string> {
  const candidates = file ? [file] : DEFAULT_CR_TOKEN_FILES;
  for (const path of candidates) {
    try {
      return await readFile(path, 'utf8');
    } catch {
      // try the next location
    }
  }
  throw new IamTokenError(`No compute-resource token file found (tried ${candidates.join(', ')})`);
}

/** A fixed token, or one a user function returns (called per request, so it can rotate). */
export class StaticTokenProvider implements TokenProvider {
  readonly #get: () => string | Promise<string>;
  constructor(token: string | (() => string | Promise<string>)) {
    this.#get = typeof token === 'string' ? () => token : token;
  }
  async get_token(context: TokenRequestContext = {}): Promise<string> {
    return abortable(Promise.resolve(this.#get()), context.signal);
  }
  [inspect.custom](): string {
    return 'StaticTokenProvider { token: <hidden> }';
  }
  toJSON(): Record<string, string> {
    return { token: '<hidden>' };
  }
}

/** `promise`, or an AbortError as soon as `signal` aborts (the promise itself goes on). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
