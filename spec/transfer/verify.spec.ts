// Download integrity: which ETags are an MD5 of the bytes, the in-order file follower, and what a
// corrupted body does to download_file (fetched again) and download_fileobj (reported).
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Config, ResponseChecksumError, RetriesExceededError, TransferConfig } from '../../lib/index.js';
import { InvalidConfigError } from '../../lib/errors.js';
import { expectedMd5 } from '../../lib/transfer/verify.js';
import { FileRangeDigest, ThreadDigest, fileRangeDigest } from '../../lib/core/digest-thread.js';
import { rereadableDigest } from '../../lib/core/body.js';
import { createReadStream } from 'node:fs';
import { fakeClient, localClient } from '../helpers/clients.js';
import { FakeS3 } from './fake-s3.js';
import { failure } from '../helpers/failure.js';

const KiB = 1024;
const md5 = (b: Uint8Array) => createHash('md5').update(b).digest('hex');
const config = new TransferConfig({ multipart_threshold: 1024 * KiB, multipart_chunksize: 256 * KiB, max_concurrency: 4 });

describe('transfer: download integrity', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cos-verify-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an ETag is taken as the MD5 only for a single-part object without SSE-C or KMS', () => {
    const hex = 'D41D8CD98F00B204E9800998ECF8427E';
    expect(expectedMd5({ ETag: `"${hex}"` })).to.equal(hex.toLowerCase());
    expect(expectedMd5({ ETag: hex, ServerSideEncryption: 'AES256' })).to.equal(hex.toLowerCase());
    expect(expectedMd5({ ETag: `"${hex}-3"` })).to.equal(undefined);
    expect(expectedMd5({ ETag: `"${hex}"`, SSECustomerAlgorithm: 'AES256' })).to.equal(undefined);
    expect(expectedMd5({ ETag: `"${hex}"`, ServerSideEncryption: 'aws:kms' })).to.equal(undefined);
    expect(expectedMd5({ ETag: `"${hex}"`, SSEKMSKeyId: 'key' })).to.equal(undefined);
    expect(expectedMd5({})).to.equal(undefined);
  });

  it('FileRangeDigest hashes a file filled out of order, reading back each stretch once the bytes before it are done', async () => {
    const data = randomBytes(3 * 1024 * KiB + 17);
    const path = join(dir, 'f');
    const file = await open(path, 'w');
    const digest = new FileRangeDigest(path);
    const third = Math.floor(data.length / 3);
    const stretches = [[2 * third, data.length], [0, third], [third, 2 * third]] as const;
    for (const [start, end] of stretches) {
      await file.write(data, start, end - start, start);
      digest.complete(start, end);
    }
    expect(await digest.hex(data.length)).to.equal(md5(data));
    await file.close();
  });

  it('FileRangeDigest says nothing when a stretch is missing, and fails when the file is shorter than a stretch', async () => {
    const path = join(dir, 'g');
    writeFileSync(path, Buffer.alloc(10));
    const missing = new FileRangeDigest(path);
    missing.complete(5, 10);
    expect(await missing.hex(10)).to.equal(undefined);
    const short = new FileRangeDigest(path);
    short.complete(0, 20);
    expect((await failure(short.hex(20))).message).to.match(/the file ended at 10 bytes/);
    expect((await failure(new FileRangeDigest(join(dir, 'none')).hex(0))).message).to.match(/ENOENT/);
  });

  it('fileRangeDigest of a file range (on the thread from 1 MiB, inline below) equals hashing those bytes, to the end of the file at most', async () => {
    const path = join(dir, 'r');
    const data = randomBytes(3 * 1024 * KiB + 5);
    writeFileSync(path, data);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    for (const [start, end] of [[0, undefined], [1, 2 * 1024 * KiB], [7, 100], [1024 * KiB, 10 * 1024 * KiB], [data.length, undefined], [data.length - 1, data.length + 99]] as const) {
      const bytes = data.subarray(start, end === undefined ? undefined : end + 1);
      expect(await fileRangeDigest('md5', path, start, end), `${start}-${end}`).to.equal(md5(bytes));
      expect(await fileRangeDigest('sha256', path, start, end), `${start}-${end}`).to.equal(sha(bytes));
      // what Content-MD5 of a file part is made of: the same as reading the stream
      const stream = createReadStream(path, { start, end });
      expect(await rereadableDigest(stream, 'md5', 'base64')).to.equal(Buffer.from(md5(bytes), 'hex').toString('base64'));
      stream.destroy();
    }
    expect((await failure(fileRangeDigest('md5', join(dir, 'none'), 0, undefined))).message).to.match(/ENOENT/);
  });

  it('ThreadDigest gives the digest of bytes handed over in pieces of any size, several at once', async () => {
    const inputs = [randomBytes(5 * 1024 * KiB + 3), randomBytes(1), Buffer.alloc(0)];
    const digests = inputs.map(() => [new ThreadDigest('md5'), new ThreadDigest('sha256')] as const);
    for (let at = 0; at < inputs[0]!.length; at += 777 * KiB) {
      for (const [i, data] of inputs.entries()) for (const d of digests[i]!) await d.update(data.subarray(at, at + 777 * KiB));
    }
    for (const [i, data] of inputs.entries()) {
      expect(await digests[i]![0].hex()).to.equal(md5(data));
      expect(await digests[i]![1].hex()).to.equal(createHash('sha256').update(data).digest('hex'));
    }
    const cancelled = new ThreadDigest('md5');
    await cancelled.update(inputs[0]!);
    cancelled.cancel();
    expect((await failure(cancelled.update(inputs[1]!))).message).to.match(/after its end or cancellation/);
  });

  describe('against a server that corrupts a body', () => {
    const fx = localClient(new FakeS3());
    const { server } = fx;

    it('download_file by ranges: a corrupted range is caught and the object fetched again, byte-exact', async () => {
      const data = randomBytes(2 * 1024 * KiB);
      server.put('k', data);
      let flipped = 0;
      server.fault = (r) => (r.op === 'GetObject' && r.headers.range === 'bytes=524288-786431' && flipped++ === 0 ? { flipAt: 1000 } : undefined);
      const deltas: number[] = [];
      const target = join(dir, 'ok.bin');
      await fx.s3.download_file('b', 'k', target, { Config: config, Callback: (n) => deltas.push(n) });
      expect(readFileSync(target).equals(data)).to.equal(true);
      expect(server.of('GetObject')).to.have.length(16);
      expect(deltas).to.include(-data.length);
      expect(deltas.reduce((a, b) => a + b, 0)).to.equal(data.length);
    });

    it('download_file by ranges: corrupted every time ends in ResponseChecksumError after a second try, and no file', async () => {
      server.put('k', randomBytes(2 * 1024 * KiB));
      server.fault = (r) => (r.op === 'GetObject' && r.headers.range === 'bytes=0-262143' ? { flipAt: 7 } : undefined);
      const err = await failure(fx.s3.download_file('b', 'k', join(dir, 'bad.bin'), { Config: config }));
      expect(err).to.be.instanceOf(ResponseChecksumError);
      expect(err.message).to.match(new RegExp(`s3://b/k is [0-9a-f]{32}, not ${md5(server.objects.get('k')!.body)} \\(its ETag\\): they were corrupted on the way`));
      expect(server.of('GetObject')).to.have.length(16);
      expect(readdirSync(dir)).to.deep.equal([]);
    });

    it('download_file in one GET: the client checks the body; a corrupt one is fetched again from the start', async () => {
      const data = randomBytes(300 * KiB);
      server.put('k', data);
      let flipped = 0;
      server.fault = (r) => (r.op === 'GetObject' && flipped++ === 0 ? { flipAt: 7 } : undefined);
      const deltas: number[] = [];
      const target = join(dir, 'small.bin');
      await fx.s3.download_file('b', 'k', target, { Config: config, Callback: (n) => deltas.push(n) });
      expect(readFileSync(target).equals(data)).to.equal(true);
      expect(server.of('GetObject').map((g) => g.headers.range)).to.deep.equal([undefined, undefined]);
      expect(deltas).to.include(-data.length);
      expect(deltas.reduce((a, b) => a + b, 0)).to.equal(data.length);
    });

    it('download_file in one GET, corrupted every time: RetriesExceededError (cause ResponseChecksumError), no file', async () => {
      server.put('k', randomBytes(300 * KiB));
      server.fault = (r) => (r.op === 'GetObject' ? { flipAt: 7 } : undefined);
      const err = await failure(fx.s3.download_file('b', 'k', join(dir, 'bad.bin'), { Config: new TransferConfig({ ...config, num_download_attempts: 3 }) }));
      expect(err).to.be.instanceOf(RetriesExceededError);
      expect(err.cause).to.be.instanceOf(ResponseChecksumError);
      expect(server.of('GetObject')).to.have.length(3);
      expect(readdirSync(dir)).to.deep.equal([]);
    });

    it('download_fileobj: a corrupted body is reported (the bytes are already written), small objects too', async () => {
      for (const size of [2 * 1024 * KiB, 300 * KiB]) {
        server.put('k', randomBytes(size));
        server.fault = (r) => (r.op === 'GetObject' && r.headers.range?.startsWith('bytes=0-') ? { flipAt: 5 } : undefined);
        const sink = new Writable({ write: (_c, _e, done) => done() });
        const err = await failure(fx.s3.download_fileobj('b', 'k', sink, { Config: config }));
        expect(err, String(size)).to.be.instanceOf(ResponseChecksumError);
      }
      // a small object is fetched by range too: one check (ours), not the client's as well
      expect(server.of('GetObject').every((g) => g.headers.range !== undefined)).to.equal(true);
    });

    it('get_object of a large body read to the end: checked (on the digest thread), a corrupt one raises ResponseChecksumError', async () => {
      const data = randomBytes(3 * 1024 * KiB);
      server.put('k', data);
      expect((await (await fx.s3.get_object({ Bucket: 'b', Key: 'k' })).Body!.read()).equals(data)).to.equal(true);
      server.fault = (r) => (r.op === 'GetObject' ? { flipAt: 2 * 1024 * KiB + 1 } : undefined);
      const body = (await fx.s3.get_object({ Bucket: 'b', Key: 'k' })).Body!;
      const err = await failure((async () => {
        for await (const _ of body) ; // read to the end, chunk by chunk
      })());
      expect(err).to.be.instanceOf(ResponseChecksumError);
      expect(err.message).to.contain(md5(data));
    });

    it("response_checksum_validation 'when_required': no MD5 check in get_object or downloads (corrupt bytes pass, as in botocore)", async () => {
      const unchecked = fakeClient(server.endpoint, { response_checksum_validation: 'when_required' });
      try {
        for (const size of [300 * KiB, 2 * 1024 * KiB]) {
          server.put('k', randomBytes(size));
          server.fault = (r) => (r.op === 'GetObject' ? { flipAt: 7 } : undefined);
          const read = await (await unchecked.get_object({ Bucket: 'b', Key: 'k' })).Body!.read();
          expect(read.length).to.equal(size);
          const target = join(dir, `unchecked-${size}.bin`);
          await unchecked.download_file('b', 'k', target, { Config: config });
          expect(readFileSync(target).length).to.equal(size);
          expect(md5(readFileSync(target))).to.not.equal(md5(server.objects.get('k')!.body));
          await unchecked.download_fileobj('b', 'k', new Writable({ write: (_c, _e, done) => done() }), { Config: config });
        }
      } finally {
        await unchecked.close();
      }
      expect(() => new Config({ response_checksum_validation: 'never' as 'when_required' })).to.throw(InvalidConfigError, /when_supported, when_required/);
      // unset, as botocore's None: the environment, then the profile, then 'when_supported' decide
      expect(new Config().response_checksum_validation).to.equal(undefined);
    });

    it('a multipart object (ETag "…-N") is not checked: its ETag is no MD5 of the bytes', async () => {
      const data = randomBytes(300 * KiB);
      server.objects.set('k', { body: data, etag: `"${md5(Buffer.from('other'))}-2"`, headers: {} });
      const target = join(dir, 'mp.bin');
      await fx.s3.download_file('b', 'k', target, { Config: config });
      expect(readFileSync(target).equals(data)).to.equal(true);
    });
  });
});
