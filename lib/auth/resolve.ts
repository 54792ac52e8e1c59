// Which signer a client gets: from the credentials it was given or finds, or the configured override.
import type { SignatureVersion } from '../config.js';
import { NoCredentialsError, PartialCredentialsError, UnknownSignatureVersionError } from '../errors.js';
import { Credentials } from './credentials.js';
import { AnonymousSigner, type Signer, SigV4Signer } from './signers.js';

export interface CredentialOptions {
  aws_access_key_id?: string;
  aws_secret_access_key?: string;
  aws_session_token?: string;
}

/** Explicit keys first, then the standard environment variables. */
export function resolveHmacCredentials(options: CredentialOptions, env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const { aws_access_key_id: id, aws_secret_access_key: secret } = options;
  if (id || secret) {
    if (!id || !secret) throw new PartialCredentialsError(`Partial credentials found in explicit arguments, missing: ${id ? 'aws_secret_access_key' : 'aws_access_key_id'}`);
    return new Credentials(id, secret, options.aws_session_token, 'explicit');
  }
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return new Credentials(env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN || undefined, 'env');
  }
  return undefined;
}

export function createSigner(options: {
  signature_version?: SignatureVersion;
  credentials?: Credentials;
  region: string;
  payloadSigning: boolean;
}): Signer {
  const version = options.signature_version ?? (options.credentials ? 's3v4' : undefined);
  if (version === 'unsigned') return new AnonymousSigner();
  if (version === 's3v4' || version === undefined) {
    const creds = options.credentials;
    return new SigV4Signer({
      service: 's3',
      region: options.region,
      payloadSigning: options.payloadSigning,
      credentials: async () => {
        if (!creds) {
          throw new NoCredentialsError(
            'Unable to locate credentials: tried explicit aws_access_key_id/aws_secret_access_key and the ' +
              "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY environment variables; for anonymous access use Config({ signature_version: 'unsigned' })",
          );
        }
        return creds;
      },
    });
  }
  throw new UnknownSignatureVersionError(`Unknown signature version: ${String(version)}`);
}
