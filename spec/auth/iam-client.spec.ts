// The IAM token request as part of a client call: it leaves through the client's proxy for the IAM
// endpoint's scheme, and a call that is aborted stops waiting for a token others still receive.
import { expect } from 'chai';
import { AbortError, Config, client } from '../../lib/index.js';
import { IamTokenManager } from '../../lib/auth/iam.js';
import { ForwardProxy } from '../helpers/forward-proxy.js';
import { IamServer } from '../helpers/iam-server.js';
import { RecordingServer } from '../helpers/recording-server.js';

describe('auth: the IAM token request of a client call', () => {
  const iam = new IamServer();
  const storage = new RecordingServer();
  const proxy = new ForwardProxy();
  before(() => Promise.all([iam.start(), storage.start(), proxy.start()]));
  after(() => Promise.all([iam.stop(), storage.stop(), proxy.stop()]));
  beforeEach(() => {
    iam.requests.length = 0;
    proxy.seen.length = 0;
    storage.reset();
  });

  const apiKeyClient = (config: Config) =>
    client('s3', { endpoint_url: storage.endpoint, ibm_api_key_id: iam.validApiKey, ibm_auth_endpoint: iam.url, config });

  /** One head_bucket by a fresh API-key client with these proxies. */
  async function headBucketVia(proxies: Record<string, string>): Promise<void> {
    const s3 = apiKeyClient(new Config({ proxies, retries: { max_attempts: 1 } }));
    try {
      await s3.head_bucket({ Bucket: 'b' });
    } finally {
      await s3.close();
    }
  }

  it('goes through the proxy configured for the IAM endpoint scheme, like the storage request', async () => {
    await headBucketVia({ http: proxy.url });
    expect(iam.requests).to.have.length(1);
    // undici tunnels every proxied connection (CONNECT host:port), http targets too
    expect(proxy.seen).to.include(`CONNECT ${new URL(iam.url).host}`);
    expect(proxy.seen).to.include(`CONNECT ${new URL(storage.endpoint).host}`);
    expect(storage.requests[0]!.headers.authorization).to.match(/^Bearer token-/);
  });

  it('goes direct without a proxy for that scheme', async () => {
    await headBucketVia({ https: proxy.url });
    expect(iam.requests).to.have.length(1);
    expect(proxy.seen).to.deep.equal([]);
  });

  it('a caller that aborts stops waiting at once; the shared request still serves the others', async () => {
    const m = new IamTokenManager({ grant: { kind: 'apikey', apiKey: iam.validApiKey }, auth_endpoint: iam.url, retry_delay: 0 });
    const controller = new AbortController();
    const aborted = m.get_token({ signal: controller.signal });
    const patient = m.get_token();
    controller.abort(new Error('user gave up'));
    const err = await aborted.catch((e: unknown) => e);
    expect(err).to.be.instanceOf(AbortError);
    expect(await patient).to.match(/^token-/);
    expect(iam.requests).to.have.length(1);
  });

  it('an aborted client call waiting for its first token rejects with AbortError and sends nothing to storage', async () => {
    const s3 = apiKeyClient(new Config({ retries: { max_attempts: 1 } }));
    try {
      const err = await s3.head_bucket({ Bucket: 'b' }, { signal: AbortSignal.timeout(1) }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(AbortError);
      expect(storage.requests).to.have.length(0);
    } finally {
      await s3.close();
    }
  });
});
