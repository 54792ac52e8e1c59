// Credential files: IBM's cos_credentials JSON and the shared ~/.aws/credentials and ~/.aws/config INI files.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseIni } from '../core/ini.js';
import { readIfExists, sharedFilePaths } from '../core/shared-files.js';
import type { CredentialOptions } from './resolve.js';
import { own, setOwn } from '../core/own.js';

export function cosCredentialsPath(env: NodeJS.ProcessEnv): string {
  return env.COS_CREDENTIALS_FILE ?? join(env.HOME ?? homedir(), '.bluemix', 'cos_credentials');
}

/**
 * `~/.bluemix/cos_credentials` (the service credential JSON IBM Cloud hands out). Both HMAC keys and
 * an API key may be present: HMAC keys win there, as in ibm_botocore, so the API key is dropped.
 */
export function loadCosCredentials(env: NodeJS.ProcessEnv): CredentialOptions | undefined {
  const text = readIfExists(cosCredentialsPath(env));
  if (text === undefined) return undefined;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const hmac = json.cos_hmac_keys as { access_key_id?: string; secret_access_key?: string } | undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const out: CredentialOptions = {
    ibm_service_instance_id: str(json.resource_instance_id),
    ibm_auth_endpoint: str(json.iam_auth_endpoint),
  };
  if (hmac?.access_key_id && hmac.secret_access_key) {
    out.aws_access_key_id = hmac.access_key_id;
    out.aws_secret_access_key = hmac.secret_access_key;
  } else {
    out.ibm_api_key_id = str(json.apikey);
  }
  return out;
}

const PROFILE_KEYS = [
  'aws_access_key_id', 'aws_secret_access_key', 'aws_session_token',
  'ibm_api_key_id', 'ibm_service_instance_id', 'ibm_auth_endpoint', 'ibm_trusted_profile_id',
] as const;

/** A profile from ~/.aws/credentials (`[name]`) or else ~/.aws/config (`[profile name]`, or `[default]`). */
export function loadProfile(profile: string, env: NodeJS.ProcessEnv): { values: CredentialOptions; file: string } | undefined {
  const paths = sharedFilePaths(env);
  const files: [string, string][] = [
    [paths.credentials, profile],
    [paths.config, profile === 'default' ? 'default' : `profile ${profile}`],
  ];
  for (const [file, section] of files) {
    const text = readIfExists(file);
    const values = text === undefined ? undefined : own(parseIni(text), section);
    if (!values) continue;
    const picked: CredentialOptions = {};
    for (const key of PROFILE_KEYS) {
      const value = own(values, key);
      if (typeof value === 'string' && value) picked[key] = value;
    }
    if (picked.ibm_api_key_id || picked.aws_access_key_id || picked.ibm_trusted_profile_id) return { values: picked, file };
  }
  return undefined;
}
