// Clients for specs: fixed fake keys for canned-response servers, real keys for the RADOS Gateway.
import { Config, type ConfigOptions, client, type S3Client } from '../../lib/index.js';
import type { ServerInfo } from './server.js';
import { RecordingServer } from './recording-server.js';

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

/** A local test server: RecordingServer, FakeS3. */
export interface LocalServer {
  readonly endpoint: string;
  start(): Promise<unknown>;
  stop(): Promise<void>;
  reset(): void;
}

/**
 * For a describe block: `server` started before its tests, reset before each and stopped after them,
 * and a fake client for it (`fx.s3` once the tests run), closed at the end.
 */
export function localClient<S extends LocalServer>(server: S, config: ConfigOptions = {}): { readonly server: S; readonly s3: S3Client } {
  let s3: S3Client | undefined;
  before(async () => {
    await server.start();
    s3 = fakeClient(server.endpoint, config);
  });
  after(async () => {
    await s3?.close();
    await server.stop();
  });
  beforeEach(() => server.reset());
  return {
    server,
    get s3() {
      if (!s3) throw new Error('the client exists once the tests run');
      return s3;
    },
  };
}

/** localClient on a RecordingServer, path-style. */
export function recordingClient(config: ConfigOptions = {}): { readonly server: RecordingServer; readonly s3: S3Client } {
  return localClient(new RecordingServer(), { s3: { addressing_style: 'path' }, ...config });
}
