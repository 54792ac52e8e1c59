import { expect } from 'chai';
import { createReadStream, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ClientError, StreamNotReplayableError, ReadTimeoutError, AbortError, EndpointConnectionError } from '../../lib/index.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { fakeClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';

const SLOW_DOWN = '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';

describe('client retries (against a local scripted server)', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  it('recovers from a reset connection, a 500 and a 503 SlowDown, then succeeds', async () => {
    server.enqueue({ reset: true }, { status: 500, body: '<Error><Code>InternalError</Code><Message>x</Message></Error>' }, { status: 503, body: SLOW_DOWN });
    server.respondWith(() => ({ status: 200, headers: { etag: '"abc"' } }));
    const out = await fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: 'data' });
    expect(out.ETag).to.equal('"abc"');
    expect(out.ResponseMetadata.RetryAttempts).to.equal(3);
    expect(server.requests).to.have.length(4);
    expect(server.requests.every((r) => r.body.toString() === 'data')).to.equal(true);
  });

  it('retries 429 and the throttling codes of a 400', async () => {
    server.enqueue({ status: 429 }, { status: 400, body: '<Error><Code>Throttling</Code><Message>t</Message></Error>' });
    const out = await fakeClient(server.endpoint).get_bucket_acl({ Bucket: 'b' });
    expect(out.ResponseMetadata.RetryAttempts).to.equal(2);
  });

  it('gives up after max_attempts (legacy: 5 in all) with the last ClientError', async () => {
    server.respondWith(() => ({ status: 503, body: SLOW_DOWN }));
    const err = await failure(fakeClient(server.endpoint).get_object({ Bucket: 'b', Key: 'k' }));
    expect(err).to.be.instanceOf(ClientError);
    const e = err as ClientError;
    expect(e.code).to.equal('SlowDown');
    expect(e.status).to.equal(503);
    expect(e.operation_name).to.equal('GetObject');
    expect(e.response.ResponseMetadata.RetryAttempts).to.equal(4);
    expect(server.requests).to.have.length(5);
    // botocore's wording once the retries are spent
    expect(e.response.ResponseMetadata.MaxAttemptsReached).to.equal(true);
    expect(e.message).to.equal('An error occurred (SlowDown) when calling the GetObject operation (reached max retries: 4): Please reduce your request rate.');
  });

  it('marks MaxAttemptsReached as botocore does: legacy only when a retry was wanted, standard on the last allowed attempt', async () => {
    // legacy: an error no retry is wanted for, and a success after retries, carry no mark
    server.respondWith(() => ({ status: 403, body: '<Error><Code>AccessDenied</Code><Message>no</Message></Error>' }));
    const denied = (await failure(fakeClient(server.endpoint).get_object({ Bucket: 'b', Key: 'k' }))) as ClientError;
    expect(denied.response.ResponseMetadata.MaxAttemptsReached).to.equal(undefined);
    expect(denied.message).to.equal('An error occurred (AccessDenied) when calling the GetObject operation: no');
    server.reset();
    server.enqueue({ status: 500 });
    server.respondWith(() => ({ status: 200 }));
    const recovered = await fakeClient(server.endpoint).head_bucket({ Bucket: 'b' });
    expect([recovered.ResponseMetadata.RetryAttempts, recovered.ResponseMetadata.MaxAttemptsReached]).to.deep.equal([1, undefined]);
    // standard, 2 attempts: the answer to the second is marked, success or not
    server.reset();
    server.enqueue({ status: 500 });
    server.respondWith(() => ({ status: 200 }));
    const last = await fakeClient(server.endpoint, { retries: { mode: 'standard', total_max_attempts: 2, max_backoff: 0 } }).head_bucket({ Bucket: 'b' });
    expect([last.ResponseMetadata.RetryAttempts, last.ResponseMetadata.MaxAttemptsReached]).to.deep.equal([1, true]);
    server.reset();
    server.respondWith(() => ({ status: 403, body: '<Error><Code>AccessDenied</Code><Message>no</Message></Error>' }));
    const single = (await failure(fakeClient(server.endpoint, { retries: { mode: 'standard', total_max_attempts: 1 } }).get_object({ Bucket: 'b', Key: 'k' }))) as ClientError;
    expect(single.message).to.equal('An error occurred (AccessDenied) when calling the GetObject operation (reached max retries: 0): no');
  });

  it('standard mode makes 3 attempts; total_max_attempts overrides', async () => {
    server.respondWith(() => ({ status: 500 }));
    await failure(fakeClient(server.endpoint, { retries: { mode: 'standard', max_backoff: 0 } }).head_object({ Bucket: 'b', Key: 'k' }));
    expect(server.requests).to.have.length(3);
    server.reset();
    server.respondWith(() => ({ status: 500 }));
    await failure(fakeClient(server.endpoint, { retries: { total_max_attempts: 2, max_backoff: 0 } }).head_object({ Bucket: 'b', Key: 'k' }));
    expect(server.requests).to.have.length(2);
  });

  it('does not retry client errors such as 403 or 404', async () => {
    server.respondWith(() => ({ status: 403, body: '<Error><Code>AccessDenied</Code><Message>no</Message></Error>' }));
    const err = (await failure(fakeClient(server.endpoint).get_object({ Bucket: 'b', Key: 'k' }))) as ClientError;
    expect(err.code).to.equal('AccessDenied');
    expect(server.requests).to.have.length(1);
  });

  it('never resends a one-shot stream body: fails with StreamNotReplayableError', async () => {
    server.enqueue({ status: 500 });
    const body = Readable.from([Buffer.from('once')]);
    const err = await failure(fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: body, ContentLength: 4 }));
    expect(err).to.be.instanceOf(StreamNotReplayableError);
    expect(server.requests).to.have.length(1);
  });

  it('reopens a file stream at its range to retry it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cos-retry-'));
    try {
      const file = join(dir, 'f');
      writeFileSync(file, '0123456789');
      server.enqueue({ reset: true });
      await fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: createReadStream(file, { start: 2, end: 5 }) });
      expect(server.requests.map((r) => r.body.toString())).to.deep.equal(['2345', '2345']);
      expect(server.last.headers['content-length']).to.equal('4');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('treats a 200 with an <Error> body (CopyObject) as a retryable error', async () => {
    const error200 = { status: 200, body: '<?xml version="1.0"?>\n<Error><Code>InternalError</Code><Message>copy failed</Message></Error>' };
    server.enqueue(error200);
    server.respondWith(() => ({ status: 200, body: '<CopyObjectResult><ETag>"e"</ETag><LastModified>2020-01-01T00:00:00.000Z</LastModified></CopyObjectResult>' }));
    const out = await fakeClient(server.endpoint).copy_object({ Bucket: 'b', Key: 'k', CopySource: 'src/key' });
    expect(out.CopyObjectResult?.ETag).to.equal('"e"');
    expect(server.requests).to.have.length(2);
    server.reset();
    server.respondWith(() => error200);
    const err = (await failure(fakeClient(server.endpoint).copy_object({ Bucket: 'b', Key: 'k', CopySource: 'src/key' }))) as ClientError;
    expect(err.code).to.equal('InternalError');
    // as botocore, which turns the answer into a 500 before parsing it
    expect(err.status).to.equal(500);
  });

  it('times out a stalled response (read_timeout), retries it, and reports ReadTimeoutError', async () => {
    server.respondWith(() => ({ stall: true }));
    const c = fakeClient(server.endpoint, { read_timeout: 0.2, retries: { total_max_attempts: 2, max_backoff: 0 } });
    const err = await failure(c.head_bucket({ Bucket: 'b' }));
    expect(err).to.be.instanceOf(ReadTimeoutError);
    expect(server.requests).to.have.length(2);
    await c.close();
  });

  it('stops at once when the AbortSignal fires, during a stalled request', async () => {
    server.respondWith(() => ({ stall: true }));
    const c = fakeClient(server.endpoint);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const err = await failure(c.head_bucket({ Bucket: 'b' }, { signal: ac.signal }));
    expect(err).to.be.instanceOf(AbortError);
    expect(server.requests).to.have.length(1);
    await c.close();
  });

  it('does not start a call whose signal is already aborted', async () => {
    const err = await failure(fakeClient(server.endpoint).head_bucket({ Bucket: 'b' }, { signal: AbortSignal.abort() }));
    expect(err).to.be.instanceOf(AbortError);
    expect(server.requests).to.have.length(0);
  });

  it('retries connection refused and then reports EndpointConnectionError', async () => {
    const c = fakeClient('http://127.0.0.1:9', { retries: { total_max_attempts: 2, max_backoff: 0 } });
    expect(await failure(c.head_bucket({ Bucket: 'b' }))).to.be.instanceOf(EndpointConnectionError);
  });
});
