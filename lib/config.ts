// Config: botocore's client options with its names and defaults, frozen, merged with merge().
import type { Dispatcher } from 'undici';

export type AddressingStyle = 'auto' | 'path' | 'virtual';
export type RetryMode = 'legacy' | 'standard';
export type SignatureVersion = 's3v4' | 'oauth' | 'unsigned';
/** botocore's: check response checksums whenever the answer has one, or only when the operation requires it. */
export type ResponseChecksumValidation = 'when_supported' | 'when_required';
const RESPONSE_CHECKSUM_VALIDATIONS: readonly ResponseChecksumValidation[] = ['when_supported', 'when_required'];

export interface S3Options {
  /** 'auto' (default): virtual-hosted when the bucket is DNS-compatible and the endpoint allows, else path. */
  addressing_style?: AddressingStyle;
  /** SigV4: hash the payload (true) or sign `UNSIGNED-PAYLOAD` (false, default over https as in boto3). */
  payload_signing_enabled?: boolean;
}

export interface RetryOptions {
  /** Attempts including the first (boto3's total_max_attempts). */
  total_max_attempts?: number;
  /** Retries after the first attempt (boto3's max_attempts in retries config). */
  max_attempts?: number;
  mode?: RetryMode;
  /** Upper bound of one backoff delay in seconds (standard mode: 20; legacy: none). */
  max_backoff?: number;
}

export interface ConfigOptions {
  region_name?: string;
  signature_version?: SignatureVersion;
  user_agent?: string;
  user_agent_extra?: string;
  /** Seconds to wait for a TCP/TLS connection. */
  connect_timeout?: number;
  /** Seconds to wait for response headers or between body chunks. */
  read_timeout?: number;
  parameter_validation?: boolean;
  max_pool_connections?: number;
  /** `{ http: 'http://proxy:3128', https: 'http://proxy:3128' }` keyed by the endpoint's scheme. */
  proxies?: Record<string, string>;
  s3?: S3Options;
  retries?: RetryOptions;
  tcp_keepalive?: boolean;
  /** An undici Dispatcher to send requests through (tests, custom transports). */
  dispatcher?: Dispatcher;
  /**
   * 'when_supported' (default): whole-object GETs and downloads are checked against the ETag when it
   * is the object's MD5. 'when_required': only checksums an operation requires are checked (none on
   * GetObject): no download MD5 check.
   */
  response_checksum_validation?: ResponseChecksumValidation;
}

const DEFAULTS = {
  connect_timeout: 60,
  read_timeout: 60,
  parameter_validation: true,
  max_pool_connections: 10,
  tcp_keepalive: false,
  response_checksum_validation: 'when_supported',
} as const;

export class Config {
  readonly region_name?: string;
  readonly signature_version?: SignatureVersion;
  readonly user_agent?: string;
  readonly user_agent_extra?: string;
  readonly connect_timeout: number;
  readonly read_timeout: number;
  readonly parameter_validation: boolean;
  readonly max_pool_connections: number;
  readonly proxies?: Readonly<Record<string, string>>;
  readonly s3?: Readonly<S3Options>;
  readonly retries?: Readonly<RetryOptions>;
  readonly tcp_keepalive: boolean;
  readonly dispatcher?: Dispatcher;
  readonly response_checksum_validation: ResponseChecksumValidation;
  /** The options the user set, so merge() lets later explicit values win. */
  readonly #given: ConfigOptions;

  constructor(options: ConfigOptions = {}) {
    for (const key of Object.keys(options)) {
      if (!KNOWN.has(key)) throw new TypeError(`Config got an unexpected option '${key}'`);
    }
    this.#given = { ...options };
    Object.assign(this, dropUndefined(options));
    this.connect_timeout = options.connect_timeout ?? DEFAULTS.connect_timeout;
    this.read_timeout = options.read_timeout ?? DEFAULTS.read_timeout;
    this.parameter_validation = options.parameter_validation ?? DEFAULTS.parameter_validation;
    this.max_pool_connections = options.max_pool_connections ?? DEFAULTS.max_pool_connections;
    this.tcp_keepalive = options.tcp_keepalive ?? DEFAULTS.tcp_keepalive;
    const validation = options.response_checksum_validation ?? DEFAULTS.response_checksum_validation;
    if (!RESPONSE_CHECKSUM_VALIDATIONS.includes(validation)) {
      throw new TypeError(`Config response_checksum_validation must be one of ${RESPONSE_CHECKSUM_VALIDATIONS.join(', ')}, got ${String(validation)}`);
    }
    this.response_checksum_validation = validation;
    Object.freeze(this);
  }

  /** A new Config: this one's options overridden by `other`'s explicitly set ones. */
  merge(other?: Config | ConfigOptions): Config {
    if (!other) return this;
    const theirs = other instanceof Config ? other.#given : other;
    const merged: ConfigOptions = { ...this.#given, ...dropUndefined(theirs) };
    if (this.#given.s3 && theirs.s3) merged.s3 = { ...this.#given.s3, ...theirs.s3 };
    if (this.#given.retries && theirs.retries) merged.retries = { ...this.#given.retries, ...theirs.retries };
    return new Config(merged);
  }
}

const KNOWN = new Set<string>([
  'region_name', 'signature_version', 'user_agent', 'user_agent_extra', 'connect_timeout', 'read_timeout',
  'parameter_validation', 'max_pool_connections', 'proxies', 's3', 'retries', 'tcp_keepalive', 'dispatcher',
  'response_checksum_validation',
]);

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
