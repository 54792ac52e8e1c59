// Which credentials a client uses and which signer follows from them:
// an IBM API key (or trusted profile, or token) → bearer; HMAC keys → SigV4; nothing → error or unsigned.
import type { SignatureVersion } from '../config.js';
import { NoCredentialsError, PartialCredentialsError, UnknownSignatureVersionError } from '../errors.js';
import { Credentials } from './credentials.js';
import { BearerSigner } from './bearer.js';
import { IamTokenManager, StaticTokenProvider, type TokenProvider } from './iam.js';
import { AnonymousSigner, type Signer, SigV4Signer } from './signers.js';
import { cosCredentialsPath, loadCosCredentials, loadProfile } from './files.js';
import { selectedProfile, sharedFilePaths } from '../core/shared-files.js';

export interface CredentialOptions {
  aws_access_key_id?: string | undefined;
  aws_secret_access_key?: string | undefined;
  aws_session_token?: string | undefined;
  /** An IBM Cloud API key: exchanged for IAM bearer tokens. */
  ibm_api_key_id?: string | undefined;
  ibm_service_instance_id?: string | undefined;
  ibm_auth_endpoint?: string | undefined;
  /** An IBM trusted profile for compute resources (IAM's cr-token grant). */
  ibm_trusted_profile_id?: string | undefined;
  /** The compute-resource token file for ibm_trusted_profile_id (default: the platform's locations). */
  ibm_cr_token_file?: string | undefined;
  /** A ready bearer token, or a function returning one (called per request). */
  ibm_bearer_token?: (string | (() => string | Promise<string>)) | undefined;
}

export type ResolvedAuth =
  | { kind: 'hmac'; credentials: Credentials; source: string; service_instance_id?: string }
  | { kind: 'bearer'; provider: TokenProvider; source: string; service_instance_id?: string }
  | { kind: 'none'; tried: string[] };

/**
 * The credential chain, first match wins: explicit options → environment → cos_credentials file →
 * shared profile (~/.aws/credentials, ~/.aws/config). An explicit profile_name skips env and
 * cos_credentials, as in ibm_botocore. Within one source an IBM credential wins over HMAC keys.
 */
export function resolveAuth(
  options: CredentialOptions & { profile_name?: string },
  env: NodeJS.ProcessEnv = process.env,
): ResolvedAuth {
  const explicit = fromValues(options, 'explicit');
  if (explicit) return explicit;
  if (options.profile_name) {
    const found = loadProfile(options.profile_name, env);
    if (found) return fromValues(found.values, `profile ${options.profile_name} (${found.file})`)!;
    return { kind: 'none', tried: [profileTried(options.profile_name, env)] };
  }
  const fromEnv = fromValues(
    {
      ibm_api_key_id: env.IBM_API_KEY_ID,
      ibm_auth_endpoint: options.ibm_auth_endpoint ?? env.IBM_AUTH_ENDPOINT,
      ibm_trusted_profile_id: env.IBM_TRUSTED_PROFILE_ID,
      ibm_cr_token_file: env.IBM_CR_TOKEN_FILE,
      aws_access_key_id: env.AWS_ACCESS_KEY_ID,
      aws_secret_access_key: env.AWS_SECRET_ACCESS_KEY,
      aws_session_token: env.AWS_SESSION_TOKEN || undefined,
    },
    'env',
  );
  if (fromEnv) return fromEnv;
  const cos = loadCosCredentials(env);
  const fromCos = cos && fromValues({ ...cos, ibm_auth_endpoint: options.ibm_auth_endpoint ?? cos.ibm_auth_endpoint }, cosCredentialsPath(env));
  if (fromCos) return fromCos;
  const profile = selectedProfile(undefined, env);
  const found = loadProfile(profile, env);
  if (found) return fromValues(found.values, `profile ${profile} (${found.file})`)!;
  return {
    kind: 'none',
    tried: [
      'explicit arguments (ibm_api_key_id, ibm_trusted_profile_id, ibm_bearer_token, aws_access_key_id/aws_secret_access_key)',
      'environment (IBM_API_KEY_ID, IBM_TRUSTED_PROFILE_ID, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)',
      cosCredentialsPath(env),
      profileTried(profile, env),
    ],
  };
}

/** Where a profile was looked for: the files read (AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE move them). */
function profileTried(profile: string, env: NodeJS.ProcessEnv): string {
  const { credentials, config } = sharedFilePaths(env);
  return `profile '${profile}' in ${credentials} and ${config}`;
}

export function fromValues(v: CredentialOptions, source: string): ResolvedAuth | undefined {
  const service_instance_id = v.ibm_service_instance_id;
  if (v.ibm_bearer_token) return { kind: 'bearer', provider: new StaticTokenProvider(v.ibm_bearer_token), source, service_instance_id };
  if (v.ibm_api_key_id) {
    const provider = new IamTokenManager({ grant: { kind: 'apikey', apiKey: v.ibm_api_key_id }, auth_endpoint: v.ibm_auth_endpoint });
    return { kind: 'bearer', provider, source, service_instance_id };
  }
  if (v.ibm_trusted_profile_id) {
    const grant = { kind: 'cr-token' as const, profileId: v.ibm_trusted_profile_id, crTokenFile: v.ibm_cr_token_file };
    return { kind: 'bearer', provider: new IamTokenManager({ grant, auth_endpoint: v.ibm_auth_endpoint }), source, service_instance_id };
  }
  const { aws_access_key_id: id, aws_secret_access_key: secret } = v;
  if (id || secret) {
    if (!id || !secret) {
      throw new PartialCredentialsError(`Partial credentials found in ${source}, missing: ${id ? 'aws_secret_access_key' : 'aws_access_key_id'}`);
    }
    return { kind: 'hmac', credentials: new Credentials(id, secret, v.aws_session_token, source), source, service_instance_id };
  }
  return undefined;
}

export function createSigner(options: {
  signature_version?: SignatureVersion;
  auth: ResolvedAuth;
  region: string;
  payloadSigning: boolean;
  /** Also hash file-stream bodies (payload_signing_enabled: true). */
  signFileStreams?: boolean;
}): Signer {
  const { auth } = options;
  const version = options.signature_version ?? (auth.kind === 'bearer' ? 'oauth' : auth.kind === 'hmac' ? 's3v4' : undefined);
  if (version === 'unsigned') return new AnonymousSigner();
  if (version === 'oauth') {
    if (auth.kind !== 'bearer') throw new NoCredentialsError("signature_version 'oauth' needs an IBM credential: ibm_api_key_id, ibm_trusted_profile_id or ibm_bearer_token");
    return new BearerSigner(auth.provider);
  }
  if (version !== 's3v4' && version !== undefined) throw new UnknownSignatureVersionError(`Unknown signature version: ${String(version)}`);
  if (auth.kind === 'bearer') throw new NoCredentialsError("signature_version 's3v4' needs HMAC keys (aws_access_key_id and aws_secret_access_key)");
  const creds = auth.kind === 'hmac' ? auth.credentials : undefined;
  const tried = auth.kind === 'none' ? auth.tried : [];
  return new SigV4Signer({
    service: 's3',
    region: options.region,
    payloadSigning: options.payloadSigning,
    signFileStreams: options.signFileStreams,
    credentials: async () => {
      if (!creds) {
        throw new NoCredentialsError(
          `Unable to locate credentials. Tried: ${tried.join('; ')}. For anonymous access use Config({ signature_version: 'unsigned' })`,
        );
      }
      return creds;
    },
  });
}
