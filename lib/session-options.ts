// What Session() and client()/resource() accept: boto3's argument names, each checked for its kind
// before anything is resolved (an unknown name is refused, as Python refuses an unknown keyword).
import { Config } from './config.js';
import { type OptionCheck, checkOptions } from './core/own.js';
import type { ClientOptions, SessionOptions } from './session.js';
import type { CredentialOptions } from './auth/resolve.js';

const LOGGER_METHODS = ['debug', 'info', 'warn', 'error'];

const string: OptionCheck = (v) => (typeof v === 'string' ? undefined : 'expected a string');

// typed by the option interfaces: a new option that has no check here is a compile error, not a silent refusal
const CREDENTIALS: Record<keyof CredentialOptions, OptionCheck> = {
  aws_access_key_id: string,
  aws_secret_access_key: string,
  aws_session_token: string,
  ibm_api_key_id: string,
  ibm_service_instance_id: string,
  ibm_auth_endpoint: string,
  ibm_trusted_profile_id: string,
  ibm_cr_token_file: string,
  ibm_bearer_token: (v) => (typeof v === 'string' || typeof v === 'function' ? undefined : 'expected a string or a function returning one'),
};

const SESSION_OPTIONS: Record<keyof SessionOptions, OptionCheck> = { ...CREDENTIALS, region_name: string, profile_name: string };

const CLIENT_OPTIONS: Record<keyof ClientOptions, OptionCheck> = {
  ...CREDENTIALS,
  region_name: string,
  endpoint_url: string,
  use_ssl: (v) => (typeof v === 'boolean' ? undefined : 'expected a boolean'),
  verify: (v) => (typeof v === 'boolean' || typeof v === 'string' ? undefined : 'expected a boolean or the path of a CA bundle'),
  config: (v) => (v instanceof Config ? undefined : 'expected a Config'),
  api_version: string,
  endpoint_type: (v) => (['public', 'private', 'direct'].includes(v as string) ? undefined : 'expected one of: public, private, direct'),
  logger: (v) =>
    v !== null && typeof v === 'object' && LOGGER_METHODS.every((m) => typeof (v as Record<string, unknown>)[m] === 'function')
      ? undefined
      : `expected an object with ${LOGGER_METHODS.join(', ')} methods`,
};

export function checkSessionOptions(options: unknown): SessionOptions {
  return checkOptions(options, 'Session options', SESSION_OPTIONS) as SessionOptions;
}

export function checkClientOptions(options: unknown, method: string): ClientOptions {
  return checkOptions(options, `${method} options`, CLIENT_OPTIONS) as ClientOptions;
}
