// The config store: settings from the environment and the selected profile of the shared config
// files, driven by SETTINGS, placed under what the user's Config sets (botocore's precedence:
// explicit argument > Config > environment > config file > default).
import { Config, type ConfigOptions } from '../config.js';
import type { IniSection } from '../core/ini.js';
import type { SharedConfig } from '../core/shared-files.js';
import { InvalidConfigError } from '../errors.js';
import { SETTINGS, type SettingRow } from './table.js';

export interface Found {
  value: unknown;
  /** `environment variable AWS_MAX_ATTEMPTS`, `max_attempts in profile 'dev'`. */
  origin: string;
}

/** Where an endpoint URL is looked for, in botocore's order (ConfiguredEndpointProvider). */
const ENDPOINT_ENV = ['AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL'];
const SERVICE_ID = 's3';

export class ConfigStore {
  readonly #shared: SharedConfig;
  readonly #env: NodeJS.ProcessEnv;
  readonly profile: string;

  constructor(shared: SharedConfig, profile: string, env: NodeJS.ProcessEnv = process.env) {
    this.#shared = shared;
    this.profile = profile;
    this.#env = env;
  }

  get #section(): IniSection {
    return this.#shared.profiles[this.profile] ?? {};
  }

  #profileOrigin(key: string): string {
    return `${key} in profile '${this.profile}' (${this.#shared.files.config} or ${this.#shared.files.credentials})`;
  }

  /** A setting's value from the first env var set, else the profile, parsed; undefined when neither has it. */
  lookup(row: SettingRow): Found | undefined {
    for (const name of row.env ?? []) {
      const raw = this.#env[name];
      if (raw) return this.#found(row, raw, `environment variable ${name}`);
    }
    if (row.profile === undefined) return undefined;
    const [section, key] = typeof row.profile === 'string' ? [undefined, row.profile] : row.profile;
    const holder = section === undefined ? this.#section : this.#section[section];
    const raw = typeof holder === 'object' ? holder[key] : undefined;
    if (typeof raw !== 'string' || raw === '') return undefined;
    return this.#found(row, raw, this.#profileOrigin(section === undefined ? key : `${section}.${key}`));
  }

  #found(row: SettingRow, raw: string, origin: string): Found {
    return { value: row.parse(raw, origin), origin };
  }

  /** The value of a setting by botocore's name (`region`, `ca_bundle`). */
  get(name: string): unknown {
    const row = SETTINGS.find((r) => r.name === name);
    return row && this.lookup(row)?.value;
  }

  /**
   * The client's Config: the store's settings, under `instance` (the session's own arguments), under
   * the user's Config (a value it sets wins).
   */
  clientConfig(user?: Config, instance: ConfigOptions = {}): Config {
    const options: Record<string, unknown> = {};
    for (const row of SETTINGS) {
      if (row.config === undefined) continue;
      const found = this.lookup(row);
      if (found) setPath(options, row.config, found.value);
    }
    for (const [key, value] of Object.entries(instance)) if (value !== undefined) options[key] = value;
    return new Config(options as ConfigOptions).merge(user);
  }

  /**
   * The endpoint URL configured outside the code: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, the
   * profile's services section (`services = name` → `[services name]` → `s3 =\n  endpoint_url = …`),
   * the profile's endpoint_url. Undefined when none is set.
   */
  endpointUrl(): Found | undefined {
    for (const name of ENDPOINT_ENV) {
      const value = this.#env[name];
      if (value) return { value, origin: `environment variable ${name}` };
    }
    const servicesName = this.#section.services;
    if (typeof servicesName === 'string' && servicesName) {
      const services = this.#shared.services[servicesName];
      if (!services) {
        throw new InvalidConfigError(
          `The profile '${this.profile}' is configured to use the services section '${servicesName}', but [services ${servicesName}] does not exist in ${this.#shared.files.config}`,
        );
      }
      const service = services[SERVICE_ID];
      const url = typeof service === 'object' ? service.endpoint_url : undefined;
      if (url) return { value: url, origin: `${SERVICE_ID}.endpoint_url in [services ${servicesName}] (${this.#shared.files.config})` };
    }
    const global = this.#section.endpoint_url;
    if (typeof global === 'string' && global) return { value: global, origin: this.#profileOrigin('endpoint_url') };
    return undefined;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]!] = value;
}
