// Which settings come from the environment and the shared config file, as data: one row per setting
// with botocore's names. Lookup order per row: the first env var set, then the profile key; a value
// the user's Config (or an explicit argument) sets wins over both (lib/settings/store.ts).
import { InvalidConfigError } from '../errors.js';

/** A value's origin, for error messages: `environment variable AWS_MAX_ATTEMPTS`, `max_attempts in profile 'dev' (/home/u/.aws/config)`. */
export type Parse = (raw: string, origin: string) => unknown;

export interface SettingRow {
  /** botocore's logical name. */
  name: string;
  /** Where the value lands in Config (`retries.mode`); none: the session uses it directly (ca_bundle → verify). */
  config?: string;
  /** Environment variables, first set wins. */
  env?: readonly string[];
  /** The profile key, or [nested section, key] (`s3 =\n  addressing_style = path`). */
  profile?: string | readonly [string, string];
  parse: Parse;
}

const text: Parse = (raw) => raw;

function oneOf(...allowed: string[]): Parse {
  return (raw, origin) => {
    if (!allowed.includes(raw)) throw new InvalidConfigError(`Invalid value '${raw}' for ${origin}: valid values are ${allowed.join(', ')}`);
    return raw;
  };
}

/** botocore lower-cases these values before checking them. */
function lowerCase(parse: Parse): Parse {
  return (raw, origin) => parse(raw.toLowerCase(), origin);
}

/** botocore's ensure_boolean: 'true' in any case is true, anything else false. */
const bool: Parse = (raw) => raw.toLowerCase() === 'true';

function wholeNumber(min: number): Parse {
  return (raw, origin) => {
    const n = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || n < min) throw new InvalidConfigError(`Invalid value '${raw}' for ${origin}: expected a whole number of at least ${min}`);
    return n;
  };
}

export const SETTINGS: readonly SettingRow[] = [
  // AWS_REGION is ours (Node SDKs and runtimes set it); botocore reads AWS_DEFAULT_REGION only, which wins here
  { name: 'region', config: 'region_name', env: ['AWS_DEFAULT_REGION', 'AWS_REGION'], profile: 'region', parse: text },
  { name: 'ca_bundle', env: ['AWS_CA_BUNDLE'], profile: 'ca_bundle', parse: text },
  { name: 'retry_mode', config: 'retries.mode', env: ['AWS_RETRY_MODE'], profile: 'retry_mode', parse: oneOf('legacy', 'standard', 'adaptive') },
  // total attempts; a Config's retries.max_attempts (retries only) overrides it too (Config.merge)
  { name: 'max_attempts', config: 'retries.total_max_attempts', env: ['AWS_MAX_ATTEMPTS'], profile: 'max_attempts', parse: wholeNumber(1) },
  {
    name: 'ignore_configured_endpoint_urls', config: 'ignore_configured_endpoint_urls',
    env: ['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'], profile: 'ignore_configured_endpoint_urls', parse: bool,
  },
  { name: 'addressing_style', config: 's3.addressing_style', profile: ['s3', 'addressing_style'], parse: oneOf('auto', 'virtual', 'path') },
  { name: 'payload_signing_enabled', config: 's3.payload_signing_enabled', profile: ['s3', 'payload_signing_enabled'], parse: bool },
  { name: 'tcp_keepalive', config: 'tcp_keepalive', profile: 'tcp_keepalive', parse: bool },
  {
    name: 'request_checksum_calculation', config: 'request_checksum_calculation',
    env: ['AWS_REQUEST_CHECKSUM_CALCULATION'], profile: 'request_checksum_calculation', parse: lowerCase(oneOf('when_supported', 'when_required')),
  },
  {
    name: 'response_checksum_validation', config: 'response_checksum_validation',
    env: ['AWS_RESPONSE_CHECKSUM_VALIDATION'], profile: 'response_checksum_validation', parse: lowerCase(oneOf('when_supported', 'when_required')),
  },
];
