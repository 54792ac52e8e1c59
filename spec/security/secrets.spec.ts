// Secrets never show: every error, inspect and JSON output of clients, sessions, configs,
// credentials, token managers and errors is searched for every secret used, and so is every debug
// log line all of that produced (all loggers at DEBUG, plus a client `logger`).
import { expect } from 'chai';
import { inspect } from 'node:util';
import { client, Config, Session, Credentials, getLogger, logging, set_stream_logger, type Handler } from '../../lib/index.js';
import { IamTokenManager } from '../../lib/auth/iam.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { IamServer } from '../helpers/iam-server.js';

const SECRETS = {
  secret: 'SECRETkey/abcdefghijklmnopqrstuvwxyz012345',
  token: 'SESSIONtoken0123456789session',
  apiKey: 'APIKEYvalue0123456789apikey',
  sse: 'SSECkey-0123456789abcdef0123456',
};
const SSE_B64 = Buffer.from(SECRETS.sse).toString('base64');

function leaks(text: string): string[] {
  return [...Object.values(SECRETS), SSE_B64, 'token-1', 'refresh-1'].filter((s) => text.includes(s));
}

function everyView(x: unknown): string {
  const e = x as Error;
  return [inspect(x, { depth: Infinity, showHidden: true }), safeJson(x), String(x), e?.stack ?? '', e?.message ?? ''].join('\n');
}

function safeJson(x: unknown): string {
  try {
    return JSON.stringify(x) ?? '';
  } catch (err) {
    return String(err);
  }
}

describe('security: secrets never appear in errors, inspect or JSON', () => {
  const server = new RecordingServer();
  const iam = new IamServer();
  const logged: string[] = [];
  const logger = { debug: (...a: unknown[]) => logged.push(a.map(String).join(' ')), info() {}, warn() {}, error() {} };
  let handler: Handler;
  before(async () => {
    await server.start();
    await iam.start();
    handler = set_stream_logger('', logging.DEBUG, undefined, { write: (t: string) => logged.push(t) });
  });
  after(async () => {
    getLogger('').removeHandler(handler);
    getLogger('').setLevel(logging.NOTSET);
    await server.stop();
    await iam.stop();
  });

  const hmacClient = () =>
    client('s3', {
      endpoint_url: server.endpoint, aws_access_key_id: 'AKID', aws_secret_access_key: SECRETS.secret,
      aws_session_token: SECRETS.token, config: new Config({ retries: { total_max_attempts: 1 } }), logger,
    });

  async function caught(p: Promise<unknown>): Promise<unknown> {
    try {
      await p;
    } catch (err) {
      return err;
    }
    throw new Error('expected a failure');
  }

  it('clients, sessions, configs and credentials', async () => {
    const c = hmacClient();
    await c.head_bucket({ Bucket: 'bkt' });
    const s = new Session({ aws_access_key_id: 'AKID', aws_secret_access_key: SECRETS.secret, aws_session_token: SECRETS.token });
    const creds = new Credentials('AKID', SECRETS.secret, SECRETS.token);
    for (const x of [c, s, c.meta, c.meta.config, c.meta.signer, creds, creds.get_frozen_credentials(), s.get_credentials()]) {
      expect(leaks(everyView(x))).to.deep.equal([]);
    }
  });

  it('the request carries the token, but no error about it does', async () => {
    server.respondWith(() => ({ status: 403, body: '<Error><Code>AccessDenied</Code><Message>denied</Message></Error>' }));
    const c = hmacClient();
    const err = await caught(c.get_object({ Bucket: 'bkt', Key: 'k', SSECustomerAlgorithm: 'AES256', SSECustomerKey: SECRETS.sse }));
    expect(server.last.headers['x-amz-security-token']).to.equal(SECRETS.token);
    expect(server.last.headers['x-amz-server-side-encryption-customer-key']).to.equal(SSE_B64);
    expect(leaks(everyView(err))).to.deep.equal([]);
    server.reset();
  });

  it('validation errors about sensitive members', async () => {
    const c = hmacClient();
    const err = await caught(c.put_object({ Bucket: 'bkt', Key: 'k', SSECustomerKey: SECRETS.sse, CopySourceSSECustomerKey: 5 } as never));
    expect(leaks(everyView(err))).to.deep.equal([]);
  });

  it('IAM failures, token managers and bearer clients', async () => {
    const bad = new IamTokenManager({ grant: { kind: 'apikey', apiKey: SECRETS.apiKey }, auth_endpoint: iam.url, retry_delay: 0 });
    const err = await caught(bad.get_token());
    expect(leaks(everyView(err))).to.deep.equal([]);
    expect(leaks(everyView(bad))).to.deep.equal([]);
    const c = client('s3', { endpoint_url: server.endpoint, ibm_api_key_id: iam.validApiKey, ibm_auth_endpoint: iam.url, logger });
    await c.head_bucket({ Bucket: 'bkt' });
    expect(everyView(c)).to.not.include(iam.validApiKey);
    expect(leaks(everyView(c))).to.deep.equal([]);
  });

  it('presigned URLs: the client shows no signing material afterwards', async () => {
    const c = hmacClient();
    const url = await c.generate_presigned_url('get_object', { Params: { Bucket: 'bkt', Key: 'k' }, ExpiresIn: 60 });
    const signature = new URL(url).searchParams.get('X-Amz-Signature')!;
    expect(signature).to.match(/^[0-9a-f]{64}$/);
    expect(everyView(c)).to.not.include(signature);
    expect(leaks(everyView(c))).to.deep.equal([]);
  });

  it('the debug logs of everything above: requests, retries, token requests', async () => {
    // a presigned URL used as a request: its signing query parameters are in the logged URL, redacted
    const c = hmacClient();
    const url = new URL(await c.generate_presigned_url('get_object', { Params: { Bucket: 'bkt', Key: 'k' }, ExpiresIn: 60 }));
    const presignedQuery = [...url.searchParams].filter(([k]) => /signature|credential|token/i.test(k)) as [string, string][];
    const addQuery = ({ request }: { request: { query: [string, string][] } }) => void request.query.push(...presignedQuery);
    c.meta.events.register('before-sign.s3.HeadBucket', addQuery as never);
    await c.head_bucket({ Bucket: 'bkt' });
    const text = logged.join('\n');
    expect(text).to.include('ibm_botocore.endpoint').and.include('ibm_botocore.credentials').and.include('X-Amz-Signature=REDACTED');
    expect(text).to.not.include(url.searchParams.get('X-Amz-Signature')!);
    expect(text).to.not.include(iam.validApiKey);
    expect(leaks(text)).to.deep.equal([]);
  });
});
