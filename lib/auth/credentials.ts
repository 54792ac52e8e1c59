// HMAC credentials. The secret and token live in private fields, so util.inspect, JSON.stringify
// and error messages never show them.
import { inspect } from 'node:util';

export interface ReadOnlyCredentials {
  readonly access_key: string;
  readonly secret_key: string;
  readonly token?: string;
}

export class Credentials {
  readonly access_key: string;
  readonly #secret_key: string;
  readonly #token?: string;
  readonly method: string;
  /** The snapshot signers ask for on every request: these credentials never change, so one is enough. */
  #frozen?: ReadOnlyCredentials;

  constructor(access_key: string, secret_key: string, token?: string, method = 'explicit') {
    this.access_key = access_key;
    this.#secret_key = secret_key;
    this.#token = token;
    this.method = method;
  }

  get secret_key(): string {
    return this.#secret_key;
  }

  get token(): string | undefined {
    return this.#token;
  }

  get_frozen_credentials(): ReadOnlyCredentials {
    this.#frozen ??= new FrozenCredentials(this.access_key, this.#secret_key, this.#token);
    return this.#frozen;
  }

  toJSON(): Record<string, string> {
    return { access_key: this.access_key, method: this.method };
  }

  [inspect.custom](): string {
    return `Credentials { access_key: '${this.access_key}', method: '${this.method}' }`;
  }
}

/** A snapshot of credentials; like Credentials, it keeps the secret and token out of sight. */
class FrozenCredentials implements ReadOnlyCredentials {
  readonly #secret_key: string;
  readonly #token?: string;
  constructor(
    readonly access_key: string,
    secret_key: string,
    token?: string,
  ) {
    this.#secret_key = secret_key;
    this.#token = token;
    Object.freeze(this);
  }
  get secret_key(): string {
    return this.#secret_key;
  }
  get token(): string | undefined {
    return this.#token;
  }
  toJSON(): Record<string, string> {
    return { access_key: this.access_key };
  }
  [inspect.custom](): string {
    return `ReadOnlyCredentials { access_key: '${this.access_key}' }`;
  }
}
