// Config: botocore's client options with its names and defaults, frozen, merged with merge().
import type { Dispatcher } from 'undici';

export type AddressingStyle = 'auto' | 'path' | 'virtual';
export type RetryMode = 'legacy' | 'standard';
export type SignatureVersion = 's3v4' | 'oauth' | 'unsigned';
/** botocore's flexible-checksum settings; what each means here: lib/s3/flexible-checksums.ts. */
export type ChecksumSetting = 'when_supported' | 'when_required';

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
  /** 'when_required' (default; env AWS_REQUEST_CHECKSUM_CALCULATION): body checksums only when a call names ChecksumAlgorithm. */
  request_checksum_calculation?: ChecksumSetting;
  /** 'when_supported' (default; env AWS_RESPONSE_CHECKSUM_VALIDATION): GetObject calls ask for the checksum and check a returned one. */
  response_checksum_validation?: ChecksumSetting;
}

const DEFAULTS = {
  connect_timeout: 60,
  read_timeout: 60,
  parameter_validation: true,
  max_pool_connections: 10,
  tcp_keepalive: false,
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
  readonly request_checksum_calculation?: ChecksumSetting;
  readonly response_checksum_validation?: ChecksumSetting;
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
  'request_checksum_calculation', 'response_checksum_validation',
]);

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
