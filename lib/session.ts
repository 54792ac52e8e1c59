// Session and the client() entry point, with boto3's argument names.
import { inspect } from 'node:util';
import { Config } from './config.js';
import { createSigner, resolveAuth, type CredentialOptions, type ResolvedAuth } from './auth/resolve.js';
import { S3Client } from './s3/client.js';
import { type EndpointType, checkEndpointUrl, checkRegionName, ibmEndpoint } from './s3/endpoints.js';
import { UnknownOperationError } from './errors.js';
import { describe } from './core/own.js';
import { s3ServiceResource, setDefaultResourceClient } from './s3/resource.js';
import type { ServiceResource as S3ServiceResource } from './generated/s3-resources.js';
import { VERSION } from './version.js';
import { type SharedConfig, loadSharedConfig, selectedProfile } from './core/shared-files.js';
import { ConfigStore } from './settings/store.js';
import { proxyResolver } from './settings/proxies.js';
import { Log, type UserLogger, checkUserLogger } from './core/logging.js';
import { checkClientOptions, checkSessionOptions } from './session-options.js';

export interface SessionOptions extends CredentialOptions {
  region_name?: string | undefined;
  profile_name?: string | undefined;
}

export interface ClientOptions extends CredentialOptions {
  region_name?: string | undefined;
  endpoint_url?: string | undefined;
  /** false: plain http for the default endpoint. */
  use_ssl?: boolean | undefined;
  /** false: do not verify TLS certificates; a string: path to a CA bundle. */
  verify?: boolean | string | undefined;
  config?: Config | undefined;
  api_version?: string | undefined;
  /** With no endpoint_url: which IBM COS network to reach the region_name location on. */
  endpoint_type?: EndpointType | undefined;
  /** A v3-style logger (`console`, pino, …): gets this client's debug lines (requests, token requests, transfers). */
  logger?: UserLogger | undefined;
}

/** With neither endpoint_url nor region_name: IBM's US cross-region location; us-east-1 signs. */
const DEFAULT_LOCATION = 'us';
const DEFAULT_REGION = 'us-east-1';
const configLog = new Log('ibm_botocore.configprovider');

export class Session {
  readonly #options: SessionOptions;
  #auth?: ResolvedAuth;
  /** The shared config files, read once per session (as botocore's full_config). */
  #shared?: SharedConfig;

  constructor(options: SessionOptions = {}) {
    this.#options = checkSessionOptions(options);
  }

  /** The session's region: its region_name, else AWS_DEFAULT_REGION / AWS_REGION, else the profile's `region`. */
  get region_name(): string | undefined {
    return this.#options.region_name ?? (this.#store().get('region') as string | undefined);
  }

  /** The profile this session reads settings and credentials from. */
  get profile_name(): string {
    return selectedProfile(this.#options.profile_name, process.env);
  }

  #store(): ConfigStore {
    this.#shared ??= loadSharedConfig(process.env);
    return new ConfigStore(this.#shared, this.profile_name);
  }

  get_available_services(): string[] {
    return ['s3'];
  }

  /** The credentials clients of this session use (boto3's get_credentials), resolved once. */
  get_credentials(): ResolvedAuth {
    this.#auth ??= resolveAuth(this.#options);
    return this.#auth;
  }

  client(service_name: 's3', options: ClientOptions = {}): S3Client {
    if (service_name !== 's3') throw new UnknownOperationError(`Unknown service: '${typeof service_name === 'string' ? service_name : describe(service_name)}'. Valid service names are: s3`);
    options = checkClientOptions(options, 'client');
    const logger = checkUserLogger(options.logger);
    const store = this.#store();
    // explicit argument > Config > the session's own region_name > environment > config file
    const config = store.clientConfig(options.config, { region_name: this.#options.region_name });
    const region = options.region_name ?? config.region_name ?? DEFAULT_REGION;
    const location = options.region_name ?? config.region_name ?? DEFAULT_LOCATION;
    const configured = options.endpoint_url === undefined && !config.ignore_configured_endpoint_urls ? store.endpointUrl() : undefined;
    if (configured && configLog.enabled()) configLog.debug(`endpoint for s3 from ${configured.origin}`);
    if (options.endpoint_url !== undefined) checkEndpointUrl(options.endpoint_url);
    else if (configured) checkEndpointUrl(configured.value as string);
    checkRegionName(region);
    const endpoint_url = options.endpoint_url ?? (configured?.value as string | undefined) ?? ibmEndpoint(location, options.endpoint_type, options.use_ssl !== false);
    const own = resolveAuth({ ...options, ibm_auth_endpoint: options.ibm_auth_endpoint ?? this.#options.ibm_auth_endpoint }, {});
    const auth = own.kind === 'none' ? this.get_credentials() : own;
    const https = endpoint_url.startsWith('https:');
    const signer = createSigner({
      signature_version: config.signature_version,
      auth,
      region,
      payloadSigning: config.s3?.payload_signing_enabled ?? !https,
      // by default only bytes are hashed (free: they are in memory); asked for explicitly, file
      // parts too, at the cost of reading each twice (IBM's protected buckets accept the SHA-256)
      signFileStreams: config.s3?.payload_signing_enabled === true,
    });
    return new S3Client({
      endpoint_url,
      region_name: region,
      config,
      signer,
      verify: options.verify ?? (store.get('ca_bundle') as string | undefined),
      customEndpoint: options.endpoint_url !== undefined || configured !== undefined,
      proxyFor: proxyResolver(config.proxies, process.env),
      logger,
      ibm_service_instance_id:
        options.ibm_service_instance_id ??
        this.#options.ibm_service_instance_id ??
        process.env.IBM_SERVICE_INSTANCE_ID ??
        (auth.kind === 'none' ? undefined : auth.service_instance_id),
      userAgent: `cos-boto3/${VERSION} node/${process.version}`,
    });
  }

  /** The service resource (`s3.Bucket('b')`, `s3.buckets`, …) over a new client; `s3.meta.client` is that client. */
  resource(service_name: 's3', options: ClientOptions = {}): S3ServiceResource {
    // as boto3: the resource's client says so in its user agent, unless the caller chose an extra
    options = checkClientOptions(options, 'resource');
    const given = options.config;
    const config = given?.user_agent_extra !== undefined ? given : (given ?? new Config()).merge({ user_agent_extra: 'Resource' });
    return s3ServiceResource(this.client(service_name, { ...options, config }));
  }

  [inspect.custom](): string {
    return `Session(region_name=${JSON.stringify(this.region_name ?? null)})`;
  }

  toJSON(): Record<string, unknown> {
    return { region_name: this.region_name };
  }
}

let defaultSession: Session | undefined;

/** The default session, created on first use (boto3's module-level DEFAULT_SESSION). */
export function setup_default_session(options: SessionOptions = {}): Session {
  defaultSession = new Session(options);
  return defaultSession;
}

export function client(service_name: 's3', options: ClientOptions = {}): S3Client {
  defaultSession ??= new Session();
  return defaultSession.client(service_name, options);
}

export function resource(service_name: 's3', options: ClientOptions = {}): S3ServiceResource {
  defaultSession ??= new Session();
  return defaultSession.resource(service_name, options);
}

// a resource class built without a client gets one from the default session, as in boto3
setDefaultResourceClient(() => client('s3'));
