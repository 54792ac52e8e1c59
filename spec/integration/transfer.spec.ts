// Managed transfers against the real RADOS Gateway: byte-exact round trips around the multipart
// threshold and at 100 MiB, file objects and streams, a multipart copy, ExtraArgs, progress, futures.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { TransferConfig, TransferManager } from '../../lib/index.js';
import { createBucket, destroyBucket, setUp, sha256, uniqueBucketName, type Fixture } from './support.js';
import { realClient } from '../helpers/clients.js';

const MiB = 1024 * 1024;
const THRESHOLD = new TransferConfig().multipart_threshold;
const BIG = 100 * MiB;

/** A Writable that hashes what it is given. */
function hashingSink() {
  const hash = createHash('sha256');
  let bytes = 0;
  const w = new Writable({
    write(chunk: Buffer, _e, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done();
    },
  });
  return { w, digest: () => hash.digest('hex'), bytes: () => bytes };
}

describe('integration: managed transfers', function () {
  let fx: Fixture;
  let dir: string;
  const bucket = uniqueBucketName('it-transfer');
  const big = { path: '', sha: '' };

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    dir = mkdtempSync(join(tmpdir(), 'cos-transfer-it-'));
    const data = randomBytes(BIG);
    big.path = join(dir, 'big.bin');
    big.sha = sha256(data);
    writeFileSync(big.path, data);
  });

  after(async function () {
    this.timeout(60_000);
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const size of [0, 1, THRESHOLD - 1, THRESHOLD, THRESHOLD + 1]) {
    it(`upload_file / download_file round-trip ${size} bytes byte-exact`, async () => {
      const data = randomBytes(size);
      const src = join(dir, `src-${size}`);
      const dst = join(dir, `dst-${size}`);
      writeFileSync(src, data);
      await fx.s3.upload_file(src, bucket, `size/${size}`);
      const head = await fx.s3.head_object({ Bucket: bucket, Key: `size/${size}` });
      expect(head.ContentLength).to.equal(size);
      // from the threshold on the object is a multipart upload (its ETag ends with -<parts>)
      expect(head.ETag!.includes('-')).to.equal(size >= THRESHOLD);
      await fx.s3.download_file(bucket, `size/${size}`, dst);
      expect(sha256(readFileSync(dst))).to.equal(sha256(data));
    });
  }

  it('100 MiB: upload_file then download_file byte-exact; Callback totals equal the size', async () => {
    let up = 0;
    let down = 0;
    // the content type and metadata are for the copy spec below
    const ExtraArgs = { ContentType: 'video/x-big', Metadata: { source: 'big' } };
    await fx.s3.upload_file(big.path, bucket, 'big', { ExtraArgs, Callback: (n) => (up += n) });
    expect(up).to.equal(BIG);
    const head = await fx.s3.head_object({ Bucket: bucket, Key: 'big' });
    expect(head.ContentLength).to.equal(BIG);
    expect(head.ETag).to.match(/-13"$/);
    const dst = join(dir, 'big.out');
    await fx.s3.download_file(bucket, 'big', dst, { Callback: (n) => (down += n) });
    expect(down).to.equal(BIG);
    expect(sha256(readFileSync(dst))).to.equal(big.sha);
    rmSync(dst);
  });

  it('100 MiB: download_fileobj writes it in order into a Writable', async () => {
    const sink = hashingSink();
    await fx.s3.download_fileobj(bucket, 'big', sink.w);
    expect(sink.bytes()).to.equal(BIG);
    expect(sink.digest()).to.equal(big.sha);
  });

  it('upload_fileobj: bytes and a file stream (read by ranges), both byte-exact', async () => {
    const bytes = randomBytes(THRESHOLD + 12345);
    await fx.s3.upload_fileobj(bytes, bucket, 'fileobj/bytes');
    await fx.s3.upload_fileobj(createReadStream(big.path, { start: 10, end: 10 * MiB + 9 }), bucket, 'fileobj/stream');
    const a = hashingSink();
    await fx.s3.download_fileobj(bucket, 'fileobj/bytes', a.w);
    expect(a.digest()).to.equal(sha256(bytes));
    const b = hashingSink();
    await fx.s3.download_fileobj(bucket, 'fileobj/stream', b.w);
    expect(b.bytes()).to.equal(10 * MiB);
    expect(b.digest()).to.equal(sha256(readFileSync(big.path).subarray(10, 10 * MiB + 10)));
  });

  it('payload_signing_enabled: every part from the file is signed with its SHA-256, which RGW checks', async () => {
    const signing = realClient(fx.server, { s3: { payload_signing_enabled: true } });
    const hashes: string[] = [];
    signing.meta.events.register('before-send.s3.UploadPart', ({ request }) => {
      hashes.push((request as { headers: Record<string, string> }).headers['x-amz-content-sha256']!);
    });
    try {
      await signing.upload_file(big.path, bucket, 'signed/big', { Config: new TransferConfig({ multipart_chunksize: 16 * MiB }) });
    } finally {
      await signing.close();
    }
    expect(hashes).to.have.length(Math.ceil(BIG / (16 * MiB)));
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h))).to.equal(true);
    const back = hashingSink();
    await fx.s3.download_fileobj(bucket, 'signed/big', back.w);
    expect(back.digest()).to.equal(big.sha);
    // and RGW does check it: a signed hash that is not the body's is refused
    const lying = realClient(fx.server, { retries: { max_attempts: 1 } });
    lying.meta.events.register('before-sign.s3.PutObject', ({ request }) => {
      (request as { headers: Record<string, string> }).headers['x-amz-content-sha256'] = sha256(Buffer.from('something else'));
    });
    try {
      const err = await lying.put_object({ Bucket: bucket, Key: 'signed/lie', Body: 'the body' }).catch((e: unknown) => e);
      expect(err).to.have.nested.property('response.Error.Code', 'XAmzContentSHA256Mismatch');
    } finally {
      await lying.close();
    }
  });

  it('a Readable of unknown length (~20 MiB generated in chunks) uploads as it arrives, byte-exact', async () => {
    const hash = createHash('sha256');
    let total = 0;
    const stream = Readable.from((function* () {
      for (let i = 0; i < 320; i++) {
        const chunk = randomBytes(64 * 1024 + (i % 7));
        hash.update(chunk);
        total += chunk.length;
        yield chunk;
      }
    })());
    let reported = 0;
    await fx.s3.upload_fileobj(stream, bucket, 'stream/unknown', { Callback: (n) => (reported += n) });
    expect(reported).to.equal(total);
    const head = await fx.s3.head_object({ Bucket: bucket, Key: 'stream/unknown' });
    expect(head.ContentLength).to.equal(total);
    const sink = hashingSink();
    await fx.s3.download_fileobj(bucket, 'stream/unknown', sink.w);
    expect(sink.digest()).to.equal(hash.digest('hex'));
  });

  it('ExtraArgs Metadata and ContentType are applied, on a PutObject and on a multipart upload', async () => {
    const ExtraArgs = { ContentType: 'application/x-cos-test', Metadata: { owner: 'transfer-spec', stage: 'it' } };
    await fx.s3.upload_fileobj(Buffer.from('small'), bucket, 'extra/small', { ExtraArgs });
    await fx.s3.upload_fileobj(randomBytes(THRESHOLD * 2), bucket, 'extra/multipart', { ExtraArgs });
    for (const Key of ['extra/small', 'extra/multipart']) {
      const head = await fx.s3.head_object({ Bucket: bucket, Key });
      expect(head.ContentType, Key).to.equal('application/x-cos-test');
      expect(head.Metadata, Key).to.deep.equal({ owner: 'transfer-spec', stage: 'it' });
    }
  });

  it('copy of 100 MiB: UploadPartCopy by 8 MiB ranges, byte-exact, content type and metadata kept', async () => {
    let reported = 0;
    const config = new TransferConfig({ multipart_threshold: 8 * MiB, multipart_chunksize: 8 * MiB });
    await fx.s3.copy({ Bucket: bucket, Key: 'big' }, bucket, 'big-copy', { Config: config, Callback: (n) => (reported += n) });
    expect(reported).to.equal(BIG);
    const head = await fx.s3.head_object({ Bucket: bucket, Key: 'big-copy' });
    expect(head.ContentLength).to.equal(BIG);
    expect(head.ETag).to.match(/-13"$/);
    expect(head.ContentType).to.equal('video/x-big');
    expect(head.Metadata).to.deep.equal({ source: 'big' });
    const sink = hashingSink();
    await fx.s3.download_fileobj(bucket, 'big-copy', sink.w);
    expect(sink.digest()).to.equal(big.sha);
  });

  it('a small copy is one CopyObject that keeps the metadata', async () => {
    await fx.s3.put_object({ Bucket: bucket, Key: 'copy/src', Body: 'tiny', Metadata: { k: 'v' } });
    await fx.s3.copy('' + bucket + '/copy/src', bucket, 'copy/dst');
    const out = await fx.s3.get_object({ Bucket: bucket, Key: 'copy/dst' });
    expect(await out.Body!.text()).to.equal('tiny');
    expect(out.Metadata).to.deep.equal({ k: 'v' });
  });

  it('TransferManager futures: queued, progress with totals, one part event per part, done', async () => {
    const manager = new TransferManager(fx.s3, new TransferConfig({ max_concurrency: 4 }));
    const data = randomBytes(3 * THRESHOLD);
    const seen = { queued: 0, parts: [] as number[], done: 0, last: { transferred: 0, total: 0 } };
    const future = manager.upload(data, bucket, 'future/upload');
    future.on('queued', () => seen.queued++);
    future.on('progress', (e) => (seen.last = { transferred: e.transferred, total: e.total_bytes ?? -1 }));
    future.on('part', (p) => seen.parts.push(p.part_number));
    future.on('done', () => seen.done++);
    await future.result();
    expect(seen.queued).to.equal(1);
    expect(seen.parts.sort()).to.deep.equal([1, 2, 3]);
    expect(seen.last).to.deep.equal({ transferred: data.length, total: data.length });
    expect(seen.done).to.equal(1);
    const dst = join(dir, 'future.out');
    const down = manager.download(bucket, 'future/upload', dst);
    const ranges: number[] = [];
    down.on('part', (p) => ranges.push(p.size));
    await down.result();
    expect(ranges.reduce((a, b) => a + b, 0)).to.equal(data.length);
    expect(readFileSync(dst).equals(data)).to.equal(true);
  });
});
