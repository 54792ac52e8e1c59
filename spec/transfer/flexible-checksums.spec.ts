// Flexible checksums end to end against a local S3 that checks them as S3 does (RGW 16 ignores them):
// single and multipart uploads with each algorithm from files, bytes and streams, copies keeping the
// source's algorithm and tags, corrupted bodies refused both ways, and the two Config settings.
import { expect } from 'chai';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import {
  ClientError, Config, FlexibleChecksumError, InvalidChecksumConfigError, InvalidConfigError, ParamValidationError, ResponseChecksumError, S3UploadFailedError, TransferConfig,
} from '../../lib/index.js';
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, checksumHeader, checksumOf } from '../../lib/core/checksums.js';
import { checksumSettings } from '../../lib/config.js';
import { fakeClient, localClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';
import { FakeS3 } from './fake-s3.js';

const MiB = 1024 * 1024;
const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB });

describe('flexible checksums (local S3 that checks them)', () => {
  const fx = localClient(new FakeS3());
  const { server } = fx;
  let dir: string;
  let path: string;
  let data: Buffer;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-flex-sums-'));
    data = randomBytes(12 * MiB + 3);
    path = join(dir, 'data.bin');
    writeFileSync(path, data);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const parts = (bytes: Buffer) => [0, 1, 2].map((i) => bytes.subarray(i * 5 * MiB, (i + 1) * 5 * MiB));
  async function expectedObjectChecksum(algorithm: ChecksumAlgorithm, bytes: Buffer): Promise<string> {
    if (algorithm === 'CRC64NVME') return checksumOf(algorithm, bytes);
    const values = await Promise.all(parts(bytes).map((p) => checksumOf(algorithm, p)));
    return `${await checksumOf(algorithm, Buffer.concat(values.map((v) => Buffer.from(v, 'base64'))))}-3`;
  }

  for (const algorithm of CHECKSUM_ALGORITHMS) {
    it(`${algorithm}: a multipart upload_file sends each part's checksum and completes with the object's (${algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE'})`, async () => {
      await fx.s3.upload_file(path, 'b', 'big', { Config: config, ExtraArgs: { ChecksumAlgorithm: algorithm } });
      const create = server.of('CreateMultipartUpload')[0]!;
      expect(create.headers['x-amz-checksum-algorithm']).to.equal(algorithm);
      const sent = server.of('UploadPart').sort((a, b) => Number(a.query.get('partNumber')) - Number(b.query.get('partNumber')));
      expect(sent.map((p) => p.headers[checksumHeader(algorithm)])).to.deep.equal(await Promise.all(parts(data).map((p) => checksumOf(algorithm, p))));
      const stored = server.objects.get('big')!;
      expect(stored.body.equals(data)).to.equal(true);
      expect(stored.checksum).to.deep.equal({ algorithm, type: algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE', value: await expectedObjectChecksum(algorithm, data) });
      const complete = server.of('CompleteMultipartUpload')[0]!;
      // the full-object value is sent for the server to check; a composite is only the server's to say
      expect(complete.headers[checksumHeader(algorithm)]).to.equal(algorithm === 'CRC64NVME' ? await checksumOf(algorithm, data) : undefined);
    });

    it(`${algorithm}: a single put_object (bytes, and a file stream read by range first) carries the header; get_object with ChecksumMode checks it`, async () => {
      const small = data.subarray(0, 1000);
      await fx.s3.put_object({ Bucket: 'b', Key: 'bytes', Body: small, ChecksumAlgorithm: algorithm });
      const put = server.of('PutObject')[0]!;
      expect(put.headers['x-amz-sdk-checksum-algorithm']).to.equal(algorithm);
      expect(put.headers[checksumHeader(algorithm)]).to.equal(await checksumOf(algorithm, small));
      await fx.s3.put_object({ Bucket: 'b', Key: 'file', Body: createReadStream(path, { start: 10, end: 5009 }), ChecksumAlgorithm: algorithm });
      expect(server.objects.get('file')!.checksum!.value).to.equal(await checksumOf(algorithm, data.subarray(10, 5010)));
      const got = await fx.s3.get_object({ Bucket: 'b', Key: 'file', ChecksumMode: 'ENABLED' });
      expect(got[`Checksum${algorithm}` as 'ChecksumCRC32']).to.equal(await checksumOf(algorithm, data.subarray(10, 5010)));
      expect((await got.Body!.read()).equals(data.subarray(10, 5010))).to.equal(true);
    });
  }

  it('upload_file below the threshold: one PutObject with the checksum of the file', async () => {
    const small = join(dir, 'small.bin');
    writeFileSync(small, data.subarray(0, 3000));
    await fx.s3.upload_file(small, 'b', 'small', { Config: config, ExtraArgs: { ChecksumAlgorithm: 'CRC32C' } });
    expect(server.of('PutObject')[0]!.headers['x-amz-checksum-crc32c']).to.equal(await checksumOf('CRC32C', data.subarray(0, 3000)));
    expect(server.objects.get('small')!.checksum!.algorithm).to.equal('CRC32C');
  });

  it('upload_fileobj of a stream of unknown length: parts checksummed as they fill', async () => {
    await fx.s3.upload_fileobj(Readable.from([data.subarray(0, 7 * MiB), data.subarray(7 * MiB)]), 'b', 'streamed', {
      Config: config, ExtraArgs: { ChecksumAlgorithm: 'CRC32C' },
    });
    expect(server.objects.get('streamed')!.checksum).to.deep.equal({ algorithm: 'CRC32C', type: 'COMPOSITE', value: await expectedObjectChecksum('CRC32C', data) });
  });

  it('a full-object checksum the caller gives: FULL_OBJECT upload, the value checked at completion (a wrong one refused)', async () => {
    const whole = await checksumOf('CRC32', data);
    await fx.s3.upload_file(path, 'b', 'given', { Config: config, ExtraArgs: { ChecksumCRC32: whole } });
    expect(server.of('CreateMultipartUpload')[0]!.headers['x-amz-checksum-type']).to.equal('FULL_OBJECT');
    expect(server.objects.get('given')!.checksum).to.deep.equal({ algorithm: 'CRC32', type: 'FULL_OBJECT', value: whole });
    const err = await failure(fx.s3.upload_file(path, 'b', 'wrong', { Config: config, ExtraArgs: { ChecksumCRC32: 'AAAAAA==' } }));
    expect(err).to.be.instanceOf(S3UploadFailedError);
    expect(((err as S3UploadFailedError).cause as ClientError).code).to.equal('BadDigest');
    expect(server.aborted).to.have.length(1);
  });

  it("a COMPOSITE answer that is not the parts' fails the upload (the server assembled other bytes)", async () => {
    const s3 = fakeClient(server.endpoint);
    s3.meta.events.register('after-call.s3.CompleteMultipartUpload', ({ parsed }) => {
      (parsed as unknown as Record<string, unknown>).ChecksumSHA256 = 'AAAA-3';
    });
    const err = await failure(s3.upload_file(path, 'b', 'k', { Config: config, ExtraArgs: { ChecksumAlgorithm: 'SHA256' } }));
    await s3.close();
    expect(err).to.be.instanceOf(S3UploadFailedError);
    expect((err as S3UploadFailedError).cause).to.be.instanceOf(FlexibleChecksumError);
    expect(err.message).to.not.match(/aborting/);
  });

  it('a body corrupted after its checksum was computed is refused by the server (BadDigest)', async () => {
    const s3 = fakeClient(server.endpoint);
    s3.meta.events.register('before-sign.s3.PutObject', ({ request }) => {
      (request as unknown as { body: Buffer }).body = Buffer.from('hellO');
    });
    const err = await failure(s3.put_object({ Bucket: 'b', Key: 'k', Body: Buffer.from('hello'), ChecksumAlgorithm: 'SHA256' }));
    await s3.close();
    expect(err).to.be.instanceOf(ClientError);
    expect((err as ClientError).code).to.equal('BadDigest');
  });

  it('a downloaded body that does not match the returned checksum raises FlexibleChecksumError', async () => {
    await fx.s3.put_object({ Bucket: 'b', Key: 'k', Body: data.subarray(0, 100_000), ChecksumAlgorithm: 'CRC64NVME' });
    server.fault = (r) => (r.op === 'GetObject' ? { flipAt: 50_000 } : undefined);
    const got = await fx.s3.get_object({ Bucket: 'b', Key: 'k', ChecksumMode: 'ENABLED' });
    const err = await failure(got.Body!.read());
    expect(err).to.be.instanceOf(FlexibleChecksumError);
    expect((err as Error).message).to.match(/^Expected CRC64NVME checksum \S+ did not match calculated checksum: \S+$/);
  });

  it('download_fileobj with ExtraArgs ChecksumMode: a corrupted body is not delivered as data', async () => {
    await fx.s3.put_object({ Bucket: 'b', Key: 'k', Body: data.subarray(0, 100_000), ChecksumAlgorithm: 'CRC32' });
    server.fault = (r) => (r.op === 'GetObject' ? { flipAt: 99_999 } : undefined);
    const sink = new PassThrough();
    sink.resume();
    const err = await failure(fx.s3.download_fileobj('b', 'k', sink, { ExtraArgs: { ChecksumMode: 'ENABLED' } }));
    expect(err).to.be.instanceOf(ResponseChecksumError); // the flexible check's, or the MD5 check's of the download
    expect(server.of('GetObject').every((r) => r.headers['x-amz-checksum-mode'] === 'ENABLED')).to.equal(true);
  });

  it('a one-shot stream with ChecksumAlgorithm is refused before any request (its bytes cannot be hashed first)', async () => {
    const err = await failure(fx.s3.put_object({ Bucket: 'b', Key: 'k', Body: Readable.from([Buffer.from('x')]), ContentLength: 1, ChecksumAlgorithm: 'CRC32' }));
    expect(err).to.be.instanceOf(ParamValidationError);
    expect((err as Error).message).to.match(/one-shot stream/);
    expect(server.requests).to.have.length(0);
  });

  it('multipart copy keeps the source checksum algorithm (server part values in CompletedPart) and its tags (written once it exists)', async () => {
    await fx.s3.upload_file(path, 'b', 'src', { Config: config, ExtraArgs: { ChecksumAlgorithm: 'SHA1', Tagging: 'team=R%26D&tier=gold' } });
    server.requests.length = 0;
    await fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst', { Config: config });
    expect(server.of('HeadObject')[0]!.headers['x-amz-checksum-mode']).to.equal('ENABLED');
    const create = server.of('CreateMultipartUpload')[0]!;
    expect(create.headers['x-amz-checksum-algorithm']).to.equal('SHA1');
    expect(create.headers).to.not.have.property('x-amz-tagging');
    expect(server.requests.map((r) => r.op).slice(-2)).to.deep.equal(['CompleteMultipartUpload', 'PutObjectTagging']);
    expect(server.objects.get('dst')!.tagging).to.equal('team=R%26D&tier=gold');
    expect(server.objects.get('dst')!.checksum).to.deep.equal({ algorithm: 'SHA1', type: 'COMPOSITE', value: await expectedObjectChecksum('SHA1', data) });
    // TaggingDirective REPLACE: the caller's tags, the source's not read
    server.requests.length = 0;
    await fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst2', { Config: config, ExtraArgs: { TaggingDirective: 'REPLACE', Tagging: 'x=1' } });
    expect(server.of('GetObjectTagging')).to.have.length(0);
    expect(server.objects.get('dst2')!.tagging).to.equal('x=1');
  });

  describe('Config: request_checksum_calculation / response_checksum_validation', () => {
    it('by default no request checksum unless the call names one; GetObject calls ask for the response checksum and check it', async () => {
      await fx.s3.put_object({ Bucket: 'b', Key: 'k', Body: 'hello' });
      await (await fx.s3.get_object({ Bucket: 'b', Key: 'k' })).Body!.read();
      const [put, get] = server.requests;
      expect(Object.keys(put!.headers).filter((h) => h.startsWith('x-amz-checksum') || h === 'x-amz-sdk-checksum-algorithm')).to.deep.equal([]);
      expect(get!.headers['x-amz-checksum-mode']).to.equal('ENABLED');
      await fx.s3.put_object({ Bucket: 'b', Key: 'sum', Body: data.subarray(0, 1000), ChecksumAlgorithm: 'CRC32C' });
      server.fault = (r) => (r.op === 'GetObject' ? { flipAt: 10 } : undefined);
      const got = await fx.s3.get_object({ Bucket: 'b', Key: 'sum' });
      expect(await failure(got.Body!.read())).to.be.instanceOf(FlexibleChecksumError);
    });

    it("response_checksum_validation 'when_required': only calls with ChecksumMode ask and are checked (and no ETag MD5 check)", async () => {
      const s3 = fakeClient(server.endpoint, { response_checksum_validation: 'when_required' });
      try {
        await s3.put_object({ Bucket: 'b', Key: 'sum', Body: data.subarray(0, 1000), ChecksumAlgorithm: 'CRC32C' });
        server.fault = (r) => (r.op === 'GetObject' ? { flipAt: 10 } : undefined);
        const got = await s3.get_object({ Bucket: 'b', Key: 'sum' });
        expect(server.of('GetObject')[0]!.headers).to.not.have.property('x-amz-checksum-mode');
        expect(got.ChecksumCRC32C).to.equal(undefined);
        // as botocore: nothing is checked that the operation does not require, the ETag's MD5 neither
        const bytes = await got.Body!.read();
        expect(bytes.length).to.equal(1000);
        expect(bytes.equals(data.subarray(0, 1000))).to.equal(false);
        const asked = await s3.get_object({ Bucket: 'b', Key: 'sum', ChecksumMode: 'ENABLED' });
        expect(await failure(asked.Body!.read())).to.be.instanceOf(FlexibleChecksumError);
      } finally {
        await s3.close();
      }
    });

    it("'when_supported': CRC32 on calls with a body (multipart parts too), every GetObject checked", async () => {
      const s3 = fakeClient(server.endpoint, { request_checksum_calculation: 'when_supported', response_checksum_validation: 'when_supported' });
      try {
        await s3.put_object({ Bucket: 'b', Key: 'k', Body: 'hello' });
        expect(server.of('PutObject')[0]!.headers['x-amz-checksum-crc32']).to.equal('NhCmhg==');
        const got = await s3.get_object({ Bucket: 'b', Key: 'k' });
        expect(server.of('GetObject')[0]!.headers['x-amz-checksum-mode']).to.equal('ENABLED');
        expect(got.ChecksumCRC32).to.equal('NhCmhg==');
        expect(await got.Body!.text()).to.equal('hello');
        await s3.upload_file(path, 'b', 'big', { Config: config });
        expect(server.objects.get('big')!.checksum!.algorithm).to.equal('CRC32');
      } finally {
        await s3.close();
      }
    });

    it("'when_supported' puts nothing into presigned URLs: whoever uses one would have to send the headers", async () => {
      const s3 = fakeClient(server.endpoint, { request_checksum_calculation: 'when_supported', response_checksum_validation: 'when_supported' });
      const urls = [
        new URL(await s3.generate_presigned_url('put_object', { Params: { Bucket: 'b', Key: 'k' } })),
        new URL(await s3.generate_presigned_url('get_object', { Params: { Bucket: 'b', Key: 'k' } })),
      ];
      await s3.close();
      for (const url of urls) {
        expect([...url.searchParams.keys()].filter((k) => /checksum/i.test(k))).to.deep.equal([]);
        expect(url.searchParams.get('X-Amz-SignedHeaders')).to.equal('host');
      }
    });

    it("'when_supported' leaves one-shot streams alone (no bytes to hash first), as it leaves calls without a body", async () => {
      const s3 = fakeClient(server.endpoint, { request_checksum_calculation: 'when_supported' });
      try {
        await s3.put_object({ Bucket: 'b', Key: 'stream', Body: Readable.from([Buffer.from('streamed')]), ContentLength: 8 });
        expect(server.of('PutObject')[0]!.headers).to.not.have.property('x-amz-checksum-crc32');
        expect(server.objects.get('stream')!.body.toString()).to.equal('streamed');
      } finally {
        await s3.close();
      }
    });

    it('explicit config first, then AWS_REQUEST_CHECKSUM_CALCULATION / AWS_RESPONSE_CHECKSUM_VALIDATION, then the defaults', () => {
      const env = { AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_SUPPORTED', AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_supported' };
      expect(checksumSettings({}, env)).to.deep.equal({ request_checksum_calculation: 'when_supported', response_checksum_validation: 'when_supported' });
      expect(checksumSettings({ request_checksum_calculation: 'when_required' }, env).request_checksum_calculation).to.equal('when_required');
      expect(checksumSettings({}, {})).to.deep.equal({ request_checksum_calculation: 'when_required', response_checksum_validation: 'when_supported' });
      expect(checksumSettings({}, { AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required' }).response_checksum_validation).to.equal('when_required');
    });

    it('an unknown value is refused when the Config is made, and from the environment when the client is (InvalidConfigError)', () => {
      expect(() => fakeClient(server.endpoint, { request_checksum_calculation: 'always' as never })).to.throw(InvalidConfigError, /request_checksum_calculation, value: "always": expected one of: when_supported, when_required/);
      expect(() => checksumSettings({}, { AWS_RESPONSE_CHECKSUM_VALIDATION: 'no' })).to.throw(InvalidChecksumConfigError);
      expect(new Config({ response_checksum_validation: 'when_supported' }).response_checksum_validation).to.equal('when_supported');
    });
  });
});
