// Clients for specs: fixed fake keys for canned-response servers, real keys for the RADOS Gateway.
import { Config, type ConfigOptions, client, type S3Client } from '../../lib/index.js';
import type { ServerInfo } from './server.js';

export const FAKE_KEYS = { aws_access_key_id: 'AKIDEXAMPLE', aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

/** A client for a local canned-response server: no backoff sleeps, path-style. */
export function fakeClient(endpoint: string, config: ConfigOptions = {}): S3Client {
  return client('s3', {
    endpoint_url: endpoint,
    region_name: 'us-east-1',
    ...FAKE_KEYS,
    config: new Config({ retries: { max_backoff: 0 }, ...config }),
  });
}

/** A client for the real server. */
export function realClient(server: ServerInfo, config: ConfigOptions = {}): S3Client {
  return client('s3', {
    endpoint_url: server.endpoint,
    region_name: server.region,
    aws_access_key_id: server.accessKeyId,
    aws_secret_access_key: server.secretAccessKey,
    config: new Config({ retries: { max_backoff: 0.05 }, ...config }),
  });
}
