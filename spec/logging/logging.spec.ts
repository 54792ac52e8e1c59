// Debug logging: Python-style named loggers (set_stream_logger, set_file_logger), a v3-style `logger`
// option, NODE_DEBUG=cos-boto3; one line per request attempt, token requests, transfer parts; secrets
// redacted from URLs.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { Config, TransferConfig, client, getLogger, logging, set_file_logger, set_stream_logger, type Handler } from '../../lib/index.js';
import { ParamValidationError } from '../../lib/errors.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { IamServer } from '../helpers/iam-server.js';
import { FAKE_KEYS } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';
import { FakeS3 } from '../transfer/fake-s3.js';

const ASCTIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} /;
const MiB = 1024 * 1024;

/** A sink for set_stream_logger, and a way to take its handler off again. */
function capture(name = '', format?: string): { lines: string[]; stop(): void } {
  const lines: string[] = [];
  const handler: Handler = set_stream_logger(name, logging.DEBUG, format, { write: (t: string) => lines.push(t.replace(/\n$/, '')) });
  return {
    lines,
    stop: () => {
      getLogger(name).removeHandler(handler);
      getLogger(name).setLevel(logging.NOTSET);
    },
  };
}

function userLogger(): { lines: string[]; logger: { debug(m: string): void; info(): void; warn(): void; error(): void } } {
  const lines: string[] = [];
  return { lines, logger: { debug: (m: string) => lines.push(m), info() {}, warn() {}, error() {} } };
}

describe('logging', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());
  const s3 = (config: Config = new Config({ retries: { max_backoff: 0 } }), logger?: object) =>
    client('s3', { endpoint_url: server.endpoint, ...FAKE_KEYS, config, ...(logger ? { logger: logger as never } : {}) });

  it('loggers form a dotted tree with Python semantics: effective level, propagation, no handler means disabled', () => {
    const leaf = getLogger('spec-tree.a.b');
    expect(leaf.parent?.name).to.equal('spec-tree.a');
    expect(getLogger('spec-tree.a.b')).to.equal(leaf);
    expect(leaf.isEnabledFor(logging.CRITICAL)).to.equal(false);
    const seen: string[] = [];
    const handler: Handler = { level: logging.INFO, handle: (r) => seen.push(`${r.name}:${r.levelname}:${r.message}`) };
    getLogger('spec-tree').addHandler(handler);
    expect(leaf.getEffectiveLevel()).to.equal(logging.WARNING);
    getLogger('spec-tree.a').setLevel('DEBUG');
    expect(leaf.isEnabledFor(logging.DEBUG)).to.equal(true);
    leaf.debug('below the handler level');
    leaf.info('one');
    getLogger('spec-tree.a').propagate = false;
    leaf.error('stopped at spec-tree.a');
    expect(seen).to.deep.equal(['spec-tree.a.b:INFO:one']);
    expect(() => leaf.setLevel('LOUD' as never)).to.throw(TypeError, /Unknown logging level/);
    getLogger('spec-tree').removeHandler(handler);
  });

  it('nothing is on by default: no handler, no line, nothing built', async () => {
    expect(getLogger('ibm_botocore.endpoint').isEnabledFor(logging.DEBUG)).to.equal(false);
    expect(getLogger('ibm_s3transfer').isEnabledFor(logging.CRITICAL)).to.equal(false);
    await s3().head_bucket({ Bucket: 'bkt' });
  });

  it("set_stream_logger(''): one line per attempt, in boto3's default format", async () => {
    const log = capture('');
    try {
      await s3().put_object({ Bucket: 'bkt', Key: 'k', Body: 'data' });
    } finally {
      log.stop();
    }
    expect(log.lines).to.have.length(1);
    const [line] = log.lines;
    expect(line).to.match(ASCTIME);
    expect(line!.replace(ASCTIME, '')).to.match(
      /^ibm_botocore\.endpoint \[DEBUG\] PutObject PUT http:\/\/127\.0\.0\.1:\d+\/bkt\/k -> 200 \(sent 4 B, received 0 B, \d+ ms, attempt 1 of 5\)$/,
    );
  });

  it("the default name 'ibm_boto3' does not get ibm_botocore's request lines, as in boto3; a format string shapes the line", async () => {
    const boto3 = capture('ibm_boto3');
    const botocore = capture('ibm_botocore', '%(levelname)s|%(name)s|%(levelno)d|%(message)s');
    try {
      await s3().head_bucket({ Bucket: 'bkt' });
    } finally {
      boto3.stop();
      botocore.stop();
    }
    expect(boto3.lines).to.deep.equal([]);
    expect(botocore.lines).to.have.length(1);
    expect(botocore.lines[0]).to.match(/^DEBUG\|ibm_botocore\.endpoint\|10\|HeadBucket HEAD http:\/\/127\.0\.0\.1:\d+\/bkt -> 200 /);
    expect(() => set_stream_logger('x', 'DEBUG', '%(nope)s')).to.throw(TypeError, /Unknown field/);
  });

  it('retries: status and code, the delay and the reason; transport errors by class; a final error is "not retried"', async () => {
    server.enqueue(
      { status: 503, body: '<Error><Code>SlowDown</Code><Message>slow</Message></Error>' },
      { reset: true },
      { status: 200, body: '<AccessControlPolicy/>' },
    );
    const { lines, logger } = userLogger();
    await s3(undefined, logger).get_bucket_acl({ Bucket: 'bkt' });
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(/^\[ibm_botocore\.endpoint\] GetBucketAcl GET http:\/\/127\.0\.0\.1:\d+\/bkt\?acl -> 503 SlowDown \(sent 0 B, received \d+ B, \d+ ms, attempt 1 of 5\); retrying in 0\.000 s because of 503 SlowDown$/);
    expect(lines[1]).to.match(/-> ConnectionClosedError: .* \(sent 0 B, received 0 B, \d+ ms, attempt 2 of 5\); retrying in 0\.000 s because of ConnectionClosedError$/);
    expect(lines[2]).to.match(/-> 200 \(sent 0 B, received 22 B, \d+ ms, attempt 3 of 5\)$/);
    server.respondWith(() => ({ status: 404, body: '<Error><Code>NoSuchKey</Code><Message>none</Message></Error>' }));
    lines.length = 0;
    await failure(s3(undefined, logger).get_object({ Bucket: 'bkt', Key: 'gone' }));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/GetObject GET .*\/bkt\/gone -> 404 NoSuchKey .*; not retried$/);
  });

  it('signing query parameters are redacted from the URL (the request still carries them)', async () => {
    const { lines, logger } = userLogger();
    const c = s3(undefined, logger);
    const addQuery = ({ request }: { request: { query: [string, string][] } }) => {
      request.query.push(['X-Amz-Credential', 'AKIDSECRET/20260101/us/s3/aws4_request'], ['X-Amz-Signature', 'f00dsig'], ['x-amz-security-token', 'tok3n'], ['partNumber', '1']);
    };
    c.meta.events.register('before-sign.s3.GetObject', addQuery as never);
    await c.get_object({ Bucket: 'bkt', Key: 'k' });
    expect(server.last.query).to.include('X-Amz-Signature=f00dsig');
    expect(lines[0]).to.include('X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&x-amz-security-token=REDACTED&partNumber=1');
    expect(lines.join('\n')).to.not.match(/AKIDSECRET|f00dsig|tok3n/);
  });

  it('set_file_logger appends lines to a file (default logger ibm_botocore, botocore format)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cos-boto3-log-'));
    const path = join(dir, 'debug.log');
    const handler = set_file_logger('DEBUG', path);
    try {
      await s3().head_bucket({ Bucket: 'bkt' });
      await s3().head_bucket({ Bucket: 'bkt' });
    } finally {
      handler.close();
      getLogger('ibm_botocore').setLevel(logging.NOTSET);
    }
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).to.have.length(2);
    for (const line of lines) expect(line.replace(ASCTIME, '')).to.match(/^- ibm_botocore\.endpoint - DEBUG - HeadBucket HEAD /);
    await s3().head_bucket({ Bucket: 'bkt' });
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).to.have.length(2);
    rmSync(dir, { recursive: true, force: true });
  });

  it("the logger option gets its own client's lines only; a logger that is not one is refused", async () => {
    const { lines, logger } = userLogger();
    await s3(undefined, logger).head_bucket({ Bucket: 'bkt' });
    await s3().head_bucket({ Bucket: 'bkt' });
    expect(lines).to.have.length(1);
    expect(() => s3(undefined, { debug() {} })).to.throw(ParamValidationError, /logger.*expected an object with debug, info, warn, error methods/);
  });

  it('IAM token requests: grant, endpoint and lifetime, or the failure; never the key or the token', async () => {
    const iam = await new IamServer().start();
    try {
      const { lines, logger } = userLogger();
      const c = client('s3', { endpoint_url: server.endpoint, ibm_api_key_id: iam.validApiKey, ibm_auth_endpoint: iam.url, logger });
      await c.head_bucket({ Bucket: 'bkt' });
      const token = lines.filter((l) => l.startsWith('[ibm_botocore.credentials]'));
      expect(token).to.have.length(1);
      expect(token[0]).to.match(/IAM token request \(apikey\) to http:\/\/127\.0\.0\.1:\d+\/identity\/token: token valid for \d+ s/);
      lines.length = 0;
      const bad = client('s3', {
        endpoint_url: server.endpoint, ibm_api_key_id: 'wrong-key-0123', ibm_auth_endpoint: iam.url, logger, config: new Config({ retries: { total_max_attempts: 1 } }),
      });
      await failure(bad.head_bucket({ Bucket: 'bkt' }));
      expect(lines[0]).to.match(/IAM token request \(apikey\) to .* failed: IamTokenError: IAM token request failed \(400/);
      expect(lines.join('\n')).to.not.include(iam.validApiKey).and.not.include('wrong-key-0123');
    } finally {
      await iam.stop();
    }
  });

  describe('transfers', () => {
    const fake = new FakeS3();
    before(() => fake.start());
    after(() => fake.stop());

    it('log their start, each part and their end (ibm_s3transfer)', async () => {
      const log = capture('ibm_s3transfer');
      const c = client('s3', { endpoint_url: fake.endpoint, ...FAKE_KEYS, config: new Config({ s3: { addressing_style: 'path' } }) });
      const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB });
      try {
        await c.upload_fileobj(randomBytes(11 * MiB), 'bkt', 'big', { Config: config });
      } finally {
        log.stop();
      }
      const messages = log.lines.map((l) => l.replace(ASCTIME, ''));
      expect(messages[0]).to.equal('ibm_s3transfer [DEBUG] transfer 0 (upload a stream -> s3://bkt/big): started');
      const parts = messages.filter((m) => / part \d done/.test(m));
      expect(parts).to.have.length(3);
      expect(parts.some((m) => m.includes(`part 3 done, ${MiB} B, ETag "`))).to.equal(true);
      expect(messages.at(-1)).to.match(/transfer 0 \(upload a stream -> s3:\/\/bkt\/big\): done/);
    });
  });

  it('NODE_DEBUG=cos-boto3 prints every line through Node\'s debug channel; without it, nothing', () => {
    const script = fileURLToPath(new URL('./node-debug-child.js', import.meta.url));
    const on = spawnSync(process.execPath, [script], { env: { ...process.env, NODE_DEBUG: 'cos-boto3' }, encoding: 'utf8', timeout: 30_000 });
    expect(on.status, on.stderr).to.equal(0);
    expect(on.stderr).to.match(/^COS-BOTO3 \d+: ibm_botocore\.endpoint \[DEBUG\] ListBuckets GET http:\/\/127\.0\.0\.1:\d+\/ -> 200 /m);
    const off = spawnSync(process.execPath, [script], { env: { ...process.env, NODE_DEBUG: '' }, encoding: 'utf8', timeout: 30_000 });
    expect(off.status, off.stderr).to.equal(0);
    expect(off.stderr).to.equal('');
  });
});
