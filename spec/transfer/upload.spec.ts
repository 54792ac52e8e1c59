// Managed uploads against a local in-memory S3: PutObject or multipart, ExtraArgs routing,
// retries, abort on failure, unknown-length streams, bounded concurrency and memory.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AbortError, ClientError, ParamValidationError, S3UploadFailedError, TransferConfig, TransferManager } from '../../lib/index.js';
import { localClient, fakeClient } from '../helpers/clients.js';
import { FakeS3, abortOn } from './fake-s3.js';
import { failure } from '../helpers/failure.js';

const MiB = 1024 * 1024;
const small = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB, io_chunksize: 64 * 1024 });

/** A Readable of `data` in `chunk`-byte pieces; `stats.pulled` counts what was read from it. */
function chunked(data: Buffer, chunk: number) {
  const stats = { pulled: 0 };
  const stream = Readable.from((function* () {
    for (let o = 0; o < data.length; o += chunk) {
      stats.pulled += Math.min(chunk, data.length - o);
      yield data.subarray(o, o + chunk);
    }
  })(), { objectMode: false, highWaterMark: chunk });
  return { stream, stats };
}

describe('transfer: uploads (local in-memory S3)', () => {
  const fx = localClient(new FakeS3());
  const { server } = fx;
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-upload-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function file(name: string, data: Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  }

  it('below the threshold: one PutObject with the bytes, Content-Length and ExtraArgs; progress per write', async () => {
    const data = randomBytes(MiB);
    const deltas: number[] = [];
    await fx.s3.upload_file(file('small.bin', data), 'b', 'k', {
      Config: small,
      ExtraArgs: { ContentType: 'text/x-test', Metadata: { owner: 'me' } },
      Callback: (n) => deltas.push(n),
    });
    expect(server.requests.map((r) => r.op)).to.deep.equal(['PutObject']);
    const put = server.requests[0]!;
    expect(put.headers['content-length']).to.equal(String(MiB));
    expect(put.headers['content-type']).to.equal('text/x-test');
    expect(put.headers['x-amz-meta-owner']).to.equal('me');
    expect(server.objects.get('k')!.body.equals(data)).to.equal(true);
    expect(deltas.reduce((a, b) => a + b, 0)).to.equal(MiB);
    expect(deltas.length).to.be.at.least(MiB / (64 * 1024));
    expect(Math.max(...deltas)).to.be.at.most(64 * 1024);
  });

  it('from the threshold on: CreateMultipartUpload, parts in parallel, Complete listing them in order', async () => {
    const data = randomBytes(12 * MiB + 7);
    const parts: number[] = [];
    const future = new TransferManager(fx.s3, small).upload(file('big.bin', data), 'b', 'big', { ExtraArgs: { ContentType: 'video/x-test' } });
    future.on('part', (p) => parts.push(p.part_number));
    await future.result();
    expect(server.of('CreateMultipartUpload')).to.have.length(1);
    expect(server.of('UploadPart').map((r) => r.body.length).sort((a, b) => b - a)).to.deep.equal([5 * MiB, 5 * MiB, 2 * MiB + 7]);
    expect(server.of('UploadPart').every((r) => r.headers['content-type'] !== 'video/x-test')).to.equal(true);
    expect(server.of('CreateMultipartUpload')[0]!.headers['content-type']).to.equal('video/x-test');
    expect(server.of('CompleteMultipartUpload')[0]!.body.toString()).to.match(/<PartNumber>1<\/PartNumber>.*<PartNumber>2<\/PartNumber>.*<PartNumber>3<\/PartNumber>/s);
    expect(server.objects.get('big')!.body.equals(data)).to.equal(true);
    expect(server.objects.get('big')!.headers['content-type']).to.equal('video/x-test');
    expect(parts.sort()).to.deep.equal([1, 2, 3]);
    expect(future.meta.size).to.equal(data.length);
  });

  it('routes ExtraArgs as ibm_s3transfer: SSE-C on every part, IBM retention only on the completion', async () => {
    await fx.s3.upload_fileobj(randomBytes(6 * MiB), 'b', 'k', {
      Config: small,
      ExtraArgs: { SSECustomerAlgorithm: 'AES256', SSECustomerKey: 'k'.repeat(32), RetentionPeriod: 3600, Metadata: { a: '1' } },
    });
    const [create] = server.of('CreateMultipartUpload');
    const complete = server.of('CompleteMultipartUpload')[0]!;
    expect(create!.headers['x-amz-server-side-encryption-customer-algorithm']).to.equal('AES256');
    expect(create!.headers['x-amz-meta-a']).to.equal('1');
    expect(create!.headers['retention-period']).to.equal(undefined);
    for (const part of server.of('UploadPart')) {
      expect(part.headers['x-amz-server-side-encryption-customer-key-md5']).to.be.a('string');
      expect(part.headers['x-amz-meta-a']).to.equal(undefined);
    }
    expect(complete.headers['retention-period']).to.equal('3600');
  });

  it('a part that fails once is sent again; progress takes its bytes back (negative delta) and totals the size', async () => {
    const data = randomBytes(11 * MiB);
    let failed = 0;
    server.fault = (r) => (r.op === 'UploadPart' && r.query.get('partNumber') === '2' && failed++ === 0 ? { status: 500 } : undefined);
    const deltas: number[] = [];
    await fx.s3.upload_file(file('retry.bin', data), 'b', 'k', { Config: small, Callback: (n) => deltas.push(n) });
    expect(server.of('UploadPart').filter((r) => r.query.get('partNumber') === '2')).to.have.length(2);
    expect(server.objects.get('k')!.body.equals(data)).to.equal(true);
    expect(deltas.filter((d) => d < 0)).to.deep.equal([-5 * MiB]);
    expect(deltas.reduce((a, b) => a + b, 0)).to.equal(data.length);
    // the file is read 1 MiB at a time, but progress still comes per io_chunksize (64 KiB here)
    expect(Math.max(...deltas)).to.equal(64 * 1024);
  });

  it('a part that keeps failing: AbortMultipartUpload, no completion, S3UploadFailedError with the cause', async () => {
    server.fault = (r) => (r.op === 'UploadPart' && r.query.get('partNumber') === '2' ? { status: 500 } : undefined);
    const path = file('fail.bin', randomBytes(11 * MiB));
    const events: string[] = [];
    const future = new TransferManager(fx.s3, small).upload(path, 'b', 'k');
    future.on('error', () => events.push('error')).on('done', () => events.push('done'));
    const err = await failure(future.result());
    expect(err).to.be.instanceOf(S3UploadFailedError);
    expect(err.message).to.match(new RegExp(`^Failed to upload ${path} to b/k: An error occurred \\(InternalError\\) when calling the UploadPart operation`));
    expect(err.cause).to.be.instanceOf(ClientError);
    expect(server.aborted).to.have.length(1);
    expect(server.of('UploadPart').every((r) => r.query.get('uploadId') === server.aborted[0])).to.equal(true);
    expect(server.of('CompleteMultipartUpload')).to.have.length(0);
    expect(server.uploads.size).to.equal(0);
    expect(events).to.deep.equal(['error']);
    expect(future.done()).to.equal(true);
  });

  it('an AbortSignal stops the parts in flight and aborts the multipart upload; the error is AbortError', async () => {
    const ac = new AbortController();
    server.fault = abortOn('UploadPart', ac);
    const err = await failure(fx.s3.upload_fileobj(randomBytes(11 * MiB), 'b', 'k', { Config: small, signal: ac.signal }));
    expect(err).to.be.instanceOf(AbortError);
    expect(server.aborted).to.have.length(1);
    expect(server.of('CompleteMultipartUpload')).to.have.length(0);
  });

  it('aborted while CreateMultipartUpload is in flight: the upload it creates is still aborted (none left behind)', async () => {
    const ac = new AbortController();
    server.fault = abortOn('CreateMultipartUpload', ac);
    const err = await failure(fx.s3.upload_fileobj(randomBytes(11 * MiB), 'b', 'k', { Config: small, signal: ac.signal }));
    expect(err).to.be.instanceOf(AbortError);
    expect(server.of('CreateMultipartUpload')).to.have.length(1);
    expect(server.of('UploadPart')).to.have.length(0);
    expect(server.aborted).to.have.length(1);
    expect(server.uploads.size).to.equal(0);
  });

  it('a stream of unknown length: parts as it arrives, byte-exact, the size known at the end', async () => {
    const data = randomBytes(12 * MiB + 3);
    const { stream } = chunked(data, 64 * 1024 + 1);
    let last = { total: -1, transferred: 0 };
    const future = new TransferManager(fx.s3, small).upload(stream, 'b', 'k');
    future.on('progress', (e) => (last = { total: e.total_bytes ?? -1, transferred: e.transferred }));
    await future.result();
    expect(server.of('UploadPart').map((r) => r.headers['content-length'])).to.have.members([String(5 * MiB), String(5 * MiB), String(2 * MiB + 3)]);
    expect(server.objects.get('k')!.body.equals(data)).to.equal(true);
    expect(future.meta.size).to.equal(data.length);
    expect(last.transferred).to.equal(data.length);
  });

  it('a stream shorter than the threshold is one PutObject with its length; an empty one too', async () => {
    const data = randomBytes(1000);
    await fx.s3.upload_fileobj(chunked(data, 100).stream, 'b', 'short', { Config: small });
    await fx.s3.upload_fileobj(Readable.from([]), 'b', 'empty', { Config: small });
    expect(server.requests.map((r) => r.op)).to.deep.equal(['PutObject', 'PutObject']);
    expect(server.requests[0]!.headers['content-length']).to.equal('1000');
    expect(server.requests[1]!.headers['content-length']).to.equal('0');
    expect(server.objects.get('short')!.body.equals(data)).to.equal(true);
    expect(server.objects.get('empty')!.body.length).to.equal(0);
  });

  it('bounded memory: a stream is read at most (concurrency + 1) parts ahead of what the server acknowledged', async () => {
    const partSize = 5 * MiB;
    const data = randomBytes(8 * partSize);
    const { stream, stats } = chunked(data, 256 * 1024);
    let acked = 0;
    let maxAhead = 0;
    server.fault = async (r) => {
      if (r.op !== 'UploadPart') return undefined;
      maxAhead = Math.max(maxAhead, stats.pulled - acked);
      await new Promise((resolve) => setTimeout(resolve, 30)); // hold the answer: the client must wait
      maxAhead = Math.max(maxAhead, stats.pulled - acked);
      acked += r.body.length;
      return undefined;
    };
    const config = new TransferConfig({ multipart_threshold: partSize, multipart_chunksize: partSize, max_concurrency: 2 });
    await fx.s3.upload_fileobj(stream, 'b', 'k', { Config: config });
    expect(server.objects.get('k')!.body.equals(data)).to.equal(true);
    expect(server.maxInFlight.get('UploadPart')).to.equal(2);
    // two parts in flight, one filled and waiting, plus the stream's own read-ahead of a chunk or two
    expect(maxAhead).to.be.at.most(3 * partSize + 2 * 256 * 1024);
  });

  it("never runs more requests than the client's pool has sockets, nor more than one without threads", async () => {
    const pooled = fakeClient(server.endpoint, { max_pool_connections: 3 });
    const manager = new TransferManager(pooled, new TransferConfig({ ...small, max_concurrency: 10 }));
    expect(manager.concurrency).to.equal(3);
    // each part's answer waits for a fourth part to arrive, which must not happen
    server.fault = async (r) => {
      if (r.op === 'UploadPart') await server.gather('UploadPart', 4, 150);
      return undefined;
    };
    await manager.upload(randomBytes(30 * MiB), 'b', 'k').result();
    expect(server.maxInFlight.get('UploadPart')).to.equal(3);
    server.maxInFlight.clear();
    server.fault = async (r) => {
      if (r.op === 'UploadPart') await server.gather('UploadPart', 2, 50);
      return undefined;
    };
    await pooled.upload_fileobj(randomBytes(20 * MiB), 'b', 'k', { Config: new TransferConfig({ ...small, use_threads: false }) });
    expect(server.maxInFlight.get('UploadPart')).to.equal(1);
    await pooled.close();
  });

  it("one manager's transfers share its request slots (here 2), small PutObjects included", async () => {
    server.fault = async (r) => {
      if (r.op === 'PutObject') await server.gather('PutObject', 3, 50);
      return undefined;
    };
    const manager = new TransferManager(fx.s3, new TransferConfig({ ...small, max_concurrency: 2 }));
    await Promise.all([1, 2, 3, 4, 5].map((i) => manager.upload(Buffer.from(`object ${i}`), 'b', `k${i}`).result()));
    expect(server.of('PutObject')).to.have.length(5);
    expect(server.maxInFlight.get('PutObject')).to.equal(2);
  });

  it('a Callback that throws fails the upload with its error, and the multipart upload is aborted', async () => {
    const err = await failure(fx.s3.upload_fileobj(randomBytes(11 * MiB), 'b', 'k', {
      Config: small,
      Callback: () => {
        throw new Error('callback broke');
      },
    }));
    expect(err.message).to.equal('callback broke');
    expect(server.aborted).to.have.length(1);
  });

  it('parts answered by a before-send hook (never sent) leave no file open', async () => {
    const path = file('hooked.bin', randomBytes(11 * MiB));
    const openOnFile = () => readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === path;
      } catch {
        return false;
      }
    }).length;
    const hooked = fakeClient(server.endpoint);
    hooked.meta.events.register('before-send.s3.UploadPart', ({ params }) =>
      (params as { PartNumber: number }).PartNumber === 2 ? { statusCode: 500, headers: {}, body: Buffer.from('') } : undefined,
    );
    const err = await failure(hooked.upload_file(path, 'b', 'k', { Config: small }));
    expect(err).to.be.instanceOf(S3UploadFailedError);
    await new Promise((r) => setTimeout(r, 20)); // fs closes asynchronously
    expect(openOnFile()).to.equal(0);
    await hooked.close();
  });

  it('a missing file or a directory is a ParamValidationError naming Filename and why, before any request', async () => {
    const err = await failure(fx.s3.upload_file(join(dir, 'nope.bin'), 'b', 'k'));
    expect(err).to.be.instanceOf(ParamValidationError);
    expect(err.message).to.include('Invalid value for parameter Filename').and.include('nope.bin').and.include('ENOENT');
    const dirErr = await failure(fx.s3.upload_file(dir, 'b', 'k'));
    expect(dirErr).to.be.instanceOf(ParamValidationError);
    expect(dirErr.message).to.include('not a regular file');
    expect(server.requests).to.have.length(0);
  });
});
