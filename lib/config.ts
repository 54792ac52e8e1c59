// Config: botocore's client options with its names and defaults, frozen, merged with merge().
import type { Dispatcher } from 'undici-types';
import { InvalidChecksumConfigError, InvalidConfigError } from './errors.js';
import { type OptionCheck, checkOptions, isPlainObject, nestedOptions } from './core/own.js';
import { keepClassName } from './core/naming.js';

export type AddressingStyle = 'auto' | 'path' | 'virtual';
export type RetryMode = 'legacy' | 'standard' | 'adaptive';
export type SignatureVersion = 's3v4' | 'oauth' | 'unsigned';
/** botocore's flexible-checksum settings; what each means here: lib/s3/flexible-checksums.ts. */
export type ChecksumSetting = 'when_supported' | 'when_required';

export interface S3Options {
  /** 'auto' (default): virtual-hosted when the bucket is DNS-compatible and the endpoint allows, else path. */
  addressing_style?: AddressingStyle | undefined;
  /** SigV4: hash the payload (true) or sign `UNSIGNED-PAYLOAD` (false, default over https as in boto3). */
  payload_signing_enabled?: boolean | undefined;
}

export interface RetryOptions {
  /** Attempts including the first (boto3's total_max_attempts). */
  total_max_attempts?: number | undefined;
  /** Retries after the first attempt (boto3's max_attempts in retries config). */
  max_attempts?: number | undefined;
  mode?: RetryMode | undefined;
  /** Upper bound of one backoff delay in seconds (standard mode: 20; legacy: none). */
  max_backoff?: number | undefined;
}

export interface ConfigOptions {
  region_name?: string | undefined;
  signature_version?: SignatureVersion | undefined;
  user_agent?: string | undefined;
  user_agent_extra?: string | undefined;
  /** Seconds to wait for a TCP/TLS connection. */
  connect_timeout?: number | undefined;
  /** Seconds to wait for response headers or between body chunks. */
  read_timeout?: number | undefined;
  parameter_validation?: boolean | undefined;
  max_pool_connections?: number | undefined;
  /** `{ http: 'http://proxy:3128', https: 'http://proxy:3128' }` keyed by the endpoint's scheme. */
  proxies?: Record<string, string> | undefined;
  s3?: S3Options | undefined;
  retries?: RetryOptions | undefined;
  tcp_keepalive?: boolean | undefined;
  /** An undici Dispatcher to send requests through (tests, custom transports). */
  dispatcher?: Dispatcher | undefined;
  /** true: ignore endpoint URLs from the environment (AWS_ENDPOINT_URL…) and the shared config file. */
  ignore_configured_endpoint_urls?: boolean | undefined;
  /** 'when_required' (default; env AWS_REQUEST_CHECKSUM_CALCULATION): body checksums only when a call names ChecksumAlgorithm. */
  request_checksum_calculation?: ChecksumSetting | undefined;
  /**
   * 'when_supported' (default; env AWS_RESPONSE_CHECKSUM_VALIDATION): GetObject calls ask for the
   * checksum and check a returned one, and whole-object GETs and downloads are checked against the
   * ETag when it is the object's MD5. 'when_required': only calls with ChecksumMode ENABLED are
   * checked, and no download MD5 check.
   */
  response_checksum_validation?: ChecksumSetting | undefined;
}

const DEFAULTS = {
  connect_timeout: 60,
  read_timeout: 60,
  parameter_validation: true,
  max_pool_connections: 10,
  tcp_keepalive: false,
} as const;

export class Config {
  static {
    keepClassName(this, 'Config');
  }

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
  readonly ignore_configured_endpoint_urls?: boolean;
  readonly request_checksum_calculation?: ChecksumSetting;
  readonly response_checksum_validation?: ChecksumSetting;
  /** The options the user set, so merge() lets later explicit values win. */
  readonly #given: ConfigOptions;

  constructor(options: ConfigOptions = {}) {
    options = checkOptions(options, 'Config', CONFIG_CHECKS, (problems) => new InvalidConfigError(problems));
    this.#given = options;
    Object.assign(this, options);
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
    const theirs = other instanceof Config ? other.#given : new Config(other).#given;
    const merged: ConfigOptions = { ...this.#given, ...theirs };
    if (this.#given.s3 && theirs.s3) merged.s3 = { ...this.#given.s3, ...theirs.s3 };
    if (this.#given.retries && theirs.retries) merged.retries = { ...withoutAttempts(this.#given.retries, theirs.retries), ...theirs.retries };
    return new Config(merged);
  }
}

const string: OptionCheck = (v) => (typeof v === 'string' ? undefined : 'expected a string');
const boolean: OptionCheck = (v) => (typeof v === 'boolean' ? undefined : 'expected a boolean');
const seconds: OptionCheck = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'expected a positive number of seconds');
const count = (min: number): OptionCheck => (v) => (Number.isSafeInteger(v) && (v as number) >= min ? undefined : `expected an integer >= ${min}`);
const oneOf = (...values: string[]): OptionCheck => (v) => (values.includes(v as string) ? undefined : `expected one of: ${values.join(', ')}`);

/** Every Config option and what its value must be (botocore checks retries and s3 the same way when the Config is built). */
const CONFIG_CHECKS: Record<keyof ConfigOptions, OptionCheck> = {
  region_name: string,
  signature_version: string,
  user_agent: string,
  user_agent_extra: string,
  connect_timeout: seconds,
  read_timeout: seconds,
  parameter_validation: boolean,
  max_pool_connections: count(1),
  proxies: (v) => (isPlainObject(v) && Object.values(v).every((p) => typeof p === 'string') ? undefined : 'expected { scheme: proxy URL }'),
  s3: nestedOptions('Config.s3', { addressing_style: oneOf('auto', 'path', 'virtual'), payload_signing_enabled: boolean } satisfies Record<keyof S3Options, OptionCheck>),
  retries: nestedOptions('Config.retries', {
    total_max_attempts: count(1), max_attempts: count(0), mode: oneOf('legacy', 'standard', 'adaptive'), max_backoff: (v) => (typeof v === 'number' && v >= 0 ? undefined : 'expected seconds >= 0'),
  } satisfies Record<keyof RetryOptions, OptionCheck>),
  tcp_keepalive: boolean,
  ignore_configured_endpoint_urls: boolean,
  request_checksum_calculation: oneOf('when_supported', 'when_required'),
  response_checksum_validation: oneOf('when_supported', 'when_required'),
  dispatcher: (v) => (v !== null && typeof v === 'object' && typeof (v as Dispatcher).dispatch === 'function' ? undefined : 'expected an undici Dispatcher'),
};

/** max_attempts (retries) and total_max_attempts say the same thing: the other side's either one replaces both of ours. */
function withoutAttempts(ours: RetryOptions, theirs: RetryOptions): RetryOptions {
  if (theirs.max_attempts === undefined && theirs.total_max_attempts === undefined) return ours;
  const { max_attempts: _retries, total_max_attempts: _total, ...rest } = ours;
  return rest;
}

// The flexible-checksum settings in effect (what each means: lib/s3/flexible-checksums.ts).
const CHECKSUM_SETTINGS: readonly ChecksumSetting[] = ['when_supported', 'when_required'];

export interface ChecksumSettings {
  request_checksum_calculation: ChecksumSetting;
  response_checksum_validation: ChecksumSetting;
}

const CHECKSUM_DEFAULTS: ChecksumSettings = { request_checksum_calculation: 'when_required', response_checksum_validation: 'when_supported' };

/** Config values first, then the environment, then our defaults; an unknown value is an error. */
export function checksumSettings(
  config: { request_checksum_calculation?: string; response_checksum_validation?: string },
  env: NodeJS.ProcessEnv = process.env,
): ChecksumSettings {
  const pick = (name: keyof ChecksumSettings, envName: string): ChecksumSetting => {
    const value = config[name] ?? env[envName]?.toLowerCase() ?? CHECKSUM_DEFAULTS[name];
    if (!(CHECKSUM_SETTINGS as readonly string[]).includes(value)) {
      throw new InvalidChecksumConfigError(`Unsupported configuration value for ${name}. Expected one of ${CHECKSUM_SETTINGS.join(', ')} but got ${value}.`);
    }
    return value as ChecksumSetting;
  };
  return {
    request_checksum_calculation: pick('request_checksum_calculation', 'AWS_REQUEST_CHECKSUM_CALCULATION'),
    response_checksum_validation: pick('response_checksum_validation', 'AWS_RESPONSE_CHECKSUM_VALIDATION'),
  };
}
