// The shared files ~/.aws/config (AWS_CONFIG_FILE) and ~/.aws/credentials (AWS_SHARED_CREDENTIALS_FILE),
// organised as botocore does: `[profile name]` and `[default]` are profiles, `[services name]` are
// services sections, and a profile's keys in the credentials file are merged over its config-file keys.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type IniSection, parseIni } from './ini.js';

export interface SharedConfig {
  profiles: Record<string, IniSection>;
  services: Record<string, IniSection>;
  /** Where each profile's keys were read from (for error messages). */
  files: { config: string; credentials: string };
}

export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function sharedFilePaths(env: NodeJS.ProcessEnv): { config: string; credentials: string } {
  const home = env.HOME || homedir();
  return {
    config: env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
  };
}

/** The profile a session uses: its profile_name, else AWS_DEFAULT_PROFILE, else AWS_PROFILE, else 'default'. */
export function selectedProfile(profile_name: string | undefined, env: NodeJS.ProcessEnv): string {
  return profile_name || env.AWS_DEFAULT_PROFILE || env.AWS_PROFILE || 'default';
}

/** `profile "my name"` → `my name`; undefined when the header is not `<kind> <name>`. */
function sectionName(header: string, kind: string): string | undefined {
  const match = new RegExp(`^${kind}\\s+(?:"([^"]+)"|'([^']+)'|(\\S+))$`).exec(header);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function loadSharedConfig(env: NodeJS.ProcessEnv): SharedConfig {
  const files = sharedFilePaths(env);
  const profiles: Record<string, IniSection> = Object.create(null);
  const services: Record<string, IniSection> = Object.create(null);
  for (const [header, values] of Object.entries(parseIni(readIfExists(files.config) ?? ''))) {
    const profile = header === 'default' ? 'default' : sectionName(header, 'profile');
    const service = sectionName(header, 'services');
    if (profile !== undefined) profiles[profile] = { ...profiles[profile], ...values };
    else if (service !== undefined) services[service] = values;
  }
  for (const [name, values] of Object.entries(parseIni(readIfExists(files.credentials) ?? ''))) {
    profiles[name] = { ...profiles[name], ...values };
  }
  return { profiles, services, files };
}
