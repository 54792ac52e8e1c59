// Managed downloads against a local in-memory S3: HEAD then one GET or ranged GETs pinned to the
// ETag, into a temp file renamed at the end; resumed ranges, clean failures, ordered streams.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { AbortError, ClientError, NonRetryableHTTPError, RetriesExceededError, S3TransferFailedError, TransferConfig, TransferManager } from '../../lib/index.js';
import { localClient } from '../helpers/clients.js';
import { FakeS3 } from './fake-s3.js';
import { failure } from '../helpers/failure.js';

const KiB = 1024;
const config = new TransferConfig({ multipart_threshold: 1024 * KiB, multipart_chunksize: 256 * KiB, max_concurrency: 4, num_download_attempts: 3 });

/** A Writable collecting what it gets, acknowledging each write after `delayMs`. */
function collector(delayMs = 0, highWaterMark = 16 * KiB) {
  const chunks: Buffer[] = [];
  const stats = { written: 0 };
  const w = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      stats.written += chunk.length;
      if (delayMs) setTimeout(done, delayMs);
      else done();
    },
  });
  return { w, stats, data: () => Buffer.concat(chunks) };
}

describe('transfer: downloads (local in-memory S3)', () => {
  const fx = localClient(new FakeS3());
  const { server } = fx;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-download-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('below the threshold: HEAD, then one GET pinned with If-Match; the file appears complete, nothing else', async () => {
    const { etag } = server.put('k', randomBytes(100 * KiB));
    let total = 0;
    const target = join(dir, 'small.bin');
    await fx.s3.download_file('b', 'k', target, { Config: config, Callback: (n) => (total += n) });
    expect(server.requests.map((r) => r.op)).to.deep.equal(['HeadObject', 'GetObject']);
    expect(server.requests[1]!.headers['if-match']).to.equal(etag);
    expect(server.requests[1]!.headers.range).to.equal(undefined);
    expect(readFileSync(target).equals(server.objects.get('k')!.body)).to.equal(true);
    expect(readdirSync(dir)).to.deep.equal(['small.bin']);
    expect(total).to.equal(100 * KiB);
  });

  it('from the threshold on: parallel ranged GETs, each pinned, covering every byte once', async () => {
    const size = 2 * 1024 * KiB + 5;
    const { etag } = server.put('k', randomBytes(size));
    server.fault = async (r) => {
      if (r.op === 'GetObject') await server.gather('GetObject', 5, 30);
      return undefined;
    };
    const parts: number[] = [];
    const target = join(dir, 'big.bin');
    const future = new TransferManager(fx.s3, config).download('b', 'k', target);
    future.on('part', (p) => parts.push(p.part_number));
    await future.result();
    const gets = server.of('GetObject');
    expect(gets).to.have.length(9);
    expect(gets.every((g) => g.headers['if-match'] === etag)).to.equal(true);
    expect(gets.map((g) => g.headers.range).sort()).to.include('bytes=2097152-2097156');
    expect(server.maxInFlight.get('GetObject')).to.equal(4);
    expect(parts.sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(readFileSync(target).equals(server.objects.get('k')!.body)).to.equal(true);
  });

  it('a body cut short is resumed after the bytes already written; progress never goes back', async () => {
    server.put('k', randomBytes(2 * 1024 * KiB));
    let cut = false;
    server.fault = (r) => {
      if (r.op === 'GetObject' && r.headers.range === 'bytes=262144-524287' && !cut) {
        cut = true;
        return { cutAfter: 100_000 };
      }
      return undefined;
    };
    const deltas: number[] = [];
    const target = join(dir, 'resumed.bin');
    await fx.s3.download_file('b', 'k', target, { Config: config, Callback: (n) => deltas.push(n) });
    expect(server.of('GetObject').map((g) => g.headers.range)).to.include(`bytes=${262144 + 100_000}-524287`);
    expect(readFileSync(target).equals(server.objects.get('k')!.body)).to.equal(true);
    expect(deltas.every((d) => d > 0)).to.equal(true);
    expect(deltas.reduce((a, b) => a + b, 0)).to.equal(2 * 1024 * KiB);
  });

  it('a range that keeps failing: RetriesExceededError after num_download_attempts, and no file', async () => {
    server.put('k', randomBytes(2 * 1024 * KiB));
    server.fault = (r) => (r.op === 'GetObject' && r.headers.range?.startsWith('bytes=5') ? { cutAfter: 10 } : undefined);
    const target = join(dir, 'never.bin');
    const err = await failure(fx.s3.download_file('b', 'k', target, { Config: new TransferConfig({ ...config, max_concurrency: 1 }) }));
    expect(err).to.be.instanceOf(RetriesExceededError);
    expect((err as RetriesExceededError).last_exception).to.be.instanceOf(Error);
    expect(server.of('GetObject').filter((g) => g.headers.range?.startsWith('bytes=5'))).to.have.length(3);
    expect(readdirSync(dir)).to.deep.equal([]);
  });

  it('an object replaced during a ranged download fails cleanly: 412 PreconditionFailed saying so, no file', async () => {
    server.put('k', randomBytes(2 * 1024 * KiB));
    server.fault = (r) => {
      if (r.op === 'GetObject' && server.of('GetObject').length === 2) server.put('k', randomBytes(2 * 1024 * KiB));
      return undefined;
    };
    const target = join(dir, 'changed.bin');
    writeFileSync(target, 'previous content');
    const err = await failure(fx.s3.download_file('b', 'k', target, { Config: config }));
    expect(err).to.be.instanceOf(ClientError);
    expect((err as ClientError).code).to.equal('PreconditionFailed');
    expect((err as ClientError).status).to.equal(412);
    expect(err.message).to.match(/s3:\/\/b\/k changed during the transfer: its ETag is no longer "/);
    // the previous file is left as it was, and no temporary file remains
    expect(readFileSync(target, 'utf8')).to.equal('previous content');
    expect(readdirSync(dir)).to.deep.equal(['changed.bin']);
  });

  it('an AbortSignal mid-way stops every GET and leaves no file', async () => {
    server.put('k', randomBytes(4 * 1024 * KiB));
    const ac = new AbortController();
    server.fault = async (r) => {
      if (r.op === 'GetObject' && server.of('GetObject').length === 3) ac.abort();
      return undefined;
    };
    const target = join(dir, 'aborted.bin');
    const err = await failure(fx.s3.download_file('b', 'k', target, { Config: config, signal: ac.signal }));
    expect(err).to.be.instanceOf(AbortError);
    expect(existsSync(target)).to.equal(false);
    expect(readdirSync(dir)).to.deep.equal([]);
    expect(server.of('GetObject').length).to.be.below(16);
  });

  it('a server that ignores Range fails at once (retrying cannot help), with no file', async () => {
    server.put('k', randomBytes(2 * 1024 * KiB));
    server.fault = (r) => (r.op === 'GetObject' ? { ignoreRange: true } : undefined);
    const err = await failure(fx.s3.download_file('b', 'k', join(dir, 'x.bin'), { Config: new TransferConfig({ ...config, max_concurrency: 1 }) }));
    expect(err).to.be.instanceOf(NonRetryableHTTPError);
    expect(err.message).to.match(/asked for bytes 0-262143 but the answer's Content-Range is missing/);
    expect(server.of('GetObject')).to.have.length(1);
    expect(readdirSync(dir)).to.deep.equal([]);
  });

  it('a missing object is the HEAD 404 ClientError, with no file and no GET', async () => {
    const err = await failure(fx.s3.download_file('b', 'missing', join(dir, 'x.bin')));
    expect(err).to.be.instanceOf(ClientError);
    expect((err as ClientError).status).to.equal(404);
    expect(server.of('GetObject')).to.have.length(0);
    expect(readdirSync(dir)).to.deep.equal([]);
  });

  it('ExtraArgs VersionId selects the version on the HEAD and on every GET', async () => {
    server.put('k', randomBytes(2 * 1024 * KiB));
    await fx.s3.download_file('b', 'k', join(dir, 'v.bin'), { Config: config, ExtraArgs: { VersionId: 'v1' } });
    expect(server.requests.every((r) => r.query.get('versionId') === 'v1')).to.equal(true);
  });

  it('download_fileobj: ranges finishing out of order still reach the Writable in order, which is not ended', async () => {
    server.put('k', randomBytes(2 * 1024 * KiB + 1));
    // the first range answers last
    server.fault = async (r) => {
      if (r.op === 'GetObject' && r.headers.range?.startsWith('bytes=0-')) await new Promise((res) => setTimeout(res, 60));
      return undefined;
    };
    const sink = collector();
    await fx.s3.download_fileobj('b', 'k', sink.w, { Config: config });
    expect(sink.data().equals(server.objects.get('k')!.body)).to.equal(true);
    expect(sink.w.writableEnded).to.equal(false);
  });

  it('download_fileobj holds at most about one range per request slot while the Writable is slow', async () => {
    const size = 4 * 1024 * KiB;
    server.put('k', randomBytes(size));
    const sink = collector(1, 16 * KiB);
    let maxHeld = 0;
    const future = new TransferManager(fx.s3, config).download('b', 'k', sink.w);
    future.on('progress', (e) => (maxHeld = Math.max(maxHeld, e.transferred - sink.stats.written)));
    await future.result();
    expect(sink.data().equals(server.objects.get('k')!.body)).to.equal(true);
    expect(maxHeld).to.be.at.most(4 * 256 * KiB + 16 * KiB + 64 * KiB);
  });

  it('download_fileobj resolves only once the Writable has processed every byte (not just buffered it)', async () => {
    server.put('k', randomBytes(300 * KiB));
    const sink = collector(5, 1024 * KiB);
    await fx.s3.download_fileobj('b', 'k', sink.w, { Config: config });
    expect(sink.stats.written).to.equal(300 * KiB);
    expect(sink.data().equals(server.objects.get('k')!.body)).to.equal(true);
  });

  it('download_fileobj fails with S3TransferFailedError naming the destination, the Writable\'s own error as its cause', async () => {
    server.put('k', randomBytes(2 * 1024 * KiB));
    const w = new Writable({ write: (_c, _e, done) => done(new Error('disk full')) });
    const err = await failure(fx.s3.download_fileobj('b', 'k', w, { Config: config }));
    expect(err).to.be.instanceOf(S3TransferFailedError);
    expect(err.message).to.match(/^Failed to download s3:\/\/b\/k to a Writable: the destination failed after \d+ bytes \(disk full\)$/);
    expect((err.cause as Error).message).to.equal('disk full');
  });
});
