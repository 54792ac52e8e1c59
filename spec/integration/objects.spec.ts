// Objects against the real RADOS Gateway: headers and metadata round trips, every kind of Body,
// byte-exact large bodies, ranges, conditional requests and the errors of missing keys.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ClientError, ParamValidationError, StreamingBody } from '../../lib/index.js';
import { failure } from '../helpers/failure.js';
import { createBucket, destroyBucket, md5Hex, rejects, setUp, sha256, uniqueBucketName, type Fixture } from './support.js';

describe('integration: objects', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-objects');
  let dir: string;
  const ten = '0123456789abcdefghij'; // 20 bytes, for the range specs

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    await fx.s3.put_object({ Bucket: bucket, Key: 'ranges.txt', Body: ten });
    dir = mkdtempSync(join(tmpdir(), 'cos-it-objects-'));
  });

  after(async function () {
    rmSync(dir, { recursive: true, force: true });
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
  });

  describe('headers and metadata', () => {
    const key = 'meta/report.json';
    let putETag: string;

    before(async () => {
      const out = await fx.s3.put_object({
        Bucket: bucket,
        Key: key,
        Body: '{"ok":true}',
        ContentType: 'application/json',
        CacheControl: 'max-age=60',
        ContentDisposition: 'attachment; filename="report.json"',
        ContentLanguage: 'en',
        Metadata: { Project: 'Cos-Boto3', 'Run-Id': '42' },
      });
      putETag = out.ETag!;
    });

    it('put_object answers the quoted MD5 ETag of the body', () => {
      expect(putETag).to.equal(`"${md5Hex('{"ok":true}')}"`);
    });

    it('get_object returns the headers, lower-cased metadata keys and the body', async () => {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: key });
      expect(out.ContentType).to.equal('application/json');
      expect(out.CacheControl).to.equal('max-age=60');
      expect(out.ContentDisposition).to.equal('attachment; filename="report.json"');
      expect(out.ContentLanguage).to.equal('en');
      expect(out.Metadata).to.deep.equal({ project: 'Cos-Boto3', 'run-id': '42' });
      expect(out.ContentLength).to.equal(11);
      expect(out.ETag).to.equal(putETag);
      expect(out.LastModified).to.be.instanceOf(Date);
      expect(out.AcceptRanges).to.equal('bytes');
      expect(out.Body).to.be.instanceOf(StreamingBody);
      expect(await out.Body!.text()).to.equal('{"ok":true}');
    });

    it('head_object returns the same headers and metadata without a body', async () => {
      const out = await fx.s3.head_object({ Bucket: bucket, Key: key });
      expect(out.ContentType).to.equal('application/json');
      expect(out.CacheControl).to.equal('max-age=60');
      expect(out.ContentDisposition).to.equal('attachment; filename="report.json"');
      expect(out.Metadata).to.deep.equal({ project: 'Cos-Boto3', 'run-id': '42' });
      expect(out.ContentLength).to.equal(11);
      expect(out.ETag).to.equal(putETag);
      expect(out).to.not.have.property('Body');
    });

    it('get_object Response* parameters override the returned headers', async () => {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: key, ResponseContentType: 'text/plain', ResponseCacheControl: 'no-cache' });
      expect(out.ContentType).to.equal('text/plain');
      expect(out.CacheControl).to.equal('no-cache');
      out.Body!.close();
    });
  });

  describe('request bodies', () => {
    const payload = 'bytes of every kind ✓';
    const bytes = Buffer.from(payload, 'utf8');

    async function roundTrip(key: string): Promise<Buffer> {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: key });
      return out.Body!.read();
    }

    it('a string is sent as UTF-8', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'body/string', Body: payload });
      expect((await roundTrip('body/string')).equals(bytes)).to.equal(true);
    });

    it('a Buffer', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'body/buffer', Body: bytes });
      expect((await roundTrip('body/buffer')).equals(bytes)).to.equal(true);
    });

    it('a Uint8Array view into a larger buffer sends only its own bytes', async () => {
      const big = new Uint8Array(bytes.length + 8);
      big.set(bytes, 4);
      await fx.s3.put_object({ Bucket: bucket, Key: 'body/u8', Body: big.subarray(4, 4 + bytes.length) });
      expect((await roundTrip('body/u8')).equals(bytes)).to.equal(true);
    });

    it('a file stream (fs.createReadStream), length taken from the file', async () => {
      const file = join(dir, 'upload.bin');
      const data = randomBytes(200_000);
      writeFileSync(file, data);
      const out = await fx.s3.put_object({ Bucket: bucket, Key: 'body/file', Body: createReadStream(file) });
      expect(out.ETag).to.equal(`"${md5Hex(data)}"`);
      expect(sha256(await roundTrip('body/file'))).to.equal(sha256(data));
    });

    it('a Readable with ContentLength', async () => {
      const parts = [Buffer.from('first;'), Buffer.from('second;'), Buffer.from('third')];
      const total = parts.reduce((n, p) => n + p.length, 0);
      await fx.s3.put_object({ Bucket: bucket, Key: 'body/readable', Body: Readable.from(parts), ContentLength: total });
      expect((await roundTrip('body/readable')).toString()).to.equal('first;second;third');
    });

    it('a Readable of unknown length is refused before sending (S3 would answer 411 MissingContentLength)', async () => {
      const err = await failure(fx.s3.put_object({ Bucket: bucket, Key: 'body/unknown-length', Body: Readable.from([Buffer.from('ab')]) }));
      expect(err).to.be.instanceOf(ParamValidationError);
      expect((await rejects(fx.s3.head_object({ Bucket: bucket, Key: 'body/unknown-length' }))).code).to.equal('404');
    });

    it('a file as a Blob (fs.openAsBlob), streamed, with its MD5 as the ETag', async () => {
      const file = join(dir, 'blob.bin');
      const data = randomBytes(300_000);
      writeFileSync(file, data);
      const out = await fx.s3.put_object({ Bucket: bucket, Key: 'body/blob', Body: await openAsBlob(file) });
      expect(out.ETag).to.equal(`"${md5Hex(data)}"`);
      expect(sha256(await roundTrip('body/blob'))).to.equal(sha256(data));
    });

    it('a Web ReadableStream with ContentLength, and a DataView', async () => {
      const chunks = [bytes.subarray(0, 5), bytes.subarray(5)];
      const web = new ReadableStream<Uint8Array>({ pull: (c) => void (chunks.length ? c.enqueue(chunks.shift()!) : c.close()) });
      await fx.s3.put_object({ Bucket: bucket, Key: 'body/web', Body: web, ContentLength: bytes.length });
      expect((await roundTrip('body/web')).equals(bytes)).to.equal(true);
      await fx.s3.put_object({ Bucket: bucket, Key: 'body/dataview', Body: new DataView(bytes.buffer, bytes.byteOffset, bytes.length) });
      expect((await roundTrip('body/dataview')).equals(bytes)).to.equal(true);
    });

    it('an empty body makes a zero-byte object', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'body/empty' });
      const head = await fx.s3.head_object({ Bucket: bucket, Key: 'body/empty' });
      expect(head.ContentLength).to.equal(0);
      expect(head.ETag).to.equal(`"${md5Hex('')}"`);
    });

    it('a 3 MiB random buffer comes back byte-exact', async () => {
      const data = randomBytes(3 * 1024 * 1024);
      const put = await fx.s3.put_object({ Bucket: bucket, Key: 'body/3mib', Body: data });
      expect(put.ETag).to.equal(`"${md5Hex(data)}"`);
      const out = await fx.s3.get_object({ Bucket: bucket, Key: 'body/3mib' });
      expect(out.ContentLength).to.equal(data.length);
      const back = await out.Body!.read();
      expect(back.length).to.equal(data.length);
      expect(sha256(back)).to.equal(sha256(data));
    });
  });

  describe('ranges', () => {
    it('bytes=0-9: the first ten bytes, 206 and a ContentRange', async () => {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', Range: 'bytes=0-9' });
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(206);
      expect(out.ContentRange).to.equal('bytes 0-9/20');
      expect(out.ContentLength).to.equal(10);
      expect(await out.Body!.text()).to.equal('0123456789');
    });

    it('bytes=-5: the last five bytes (suffix range)', async () => {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', Range: 'bytes=-5' });
      expect(out.ContentRange).to.equal('bytes 15-19/20');
      expect(await out.Body!.text()).to.equal('fghij');
    });

    it('bytes=12-: from an offset to the end (open-ended)', async () => {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', Range: 'bytes=12-' });
      expect(out.ContentRange).to.equal('bytes 12-19/20');
      expect(out.ContentLength).to.equal(8);
      expect(await out.Body!.text()).to.equal('cdefghij');
    });

    it('a range past the end raises InvalidRange (416)', async () => {
      const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', Range: 'bytes=100-200' }));
      expect(err.code).to.equal('InvalidRange');
      expect(err.status).to.equal(416);
    });
  });

  describe('conditional requests', () => {
    let etag: string;
    let lastModified: Date;

    before(async () => {
      const head = await fx.s3.head_object({ Bucket: bucket, Key: 'ranges.txt' });
      etag = head.ETag!;
      lastModified = head.LastModified!;
    });

    it('IfMatch with the right ETag returns the object', async () => {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', IfMatch: etag });
      expect(await out.Body!.text()).to.equal(ten);
    });

    it('IfMatch with a wrong ETag raises PreconditionFailed (412)', async () => {
      const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', IfMatch: '"0000"' }));
      expect(err.code).to.equal('PreconditionFailed');
      expect(err.status).to.equal(412);
    });

    it('IfNoneMatch with the current ETag raises a ClientError with code "304"', async () => {
      const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', IfNoneMatch: etag }));
      expect(err.code).to.equal('304');
      expect(err.status).to.equal(304);
    });

    it('IfModifiedSince in the future raises a ClientError with code "304"', async () => {
      const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', IfModifiedSince: new Date(Date.now() + 86_400_000) }));
      expect(err.code).to.equal('304');
    });

    it('IfModifiedSince in the past returns the object', async () => {
      const out = await fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', IfModifiedSince: new Date(lastModified.getTime() - 86_400_000) });
      expect(await out.Body!.text()).to.equal(ten);
    });

    it('IfUnmodifiedSince in the past raises PreconditionFailed', async () => {
      const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'ranges.txt', IfUnmodifiedSince: new Date(lastModified.getTime() - 86_400_000) }));
      expect(err.code).to.equal('PreconditionFailed');
    });

    it('head_object IfMatch with a wrong ETag raises a ClientError with code "412"', async () => {
      const err = await rejects(fx.s3.head_object({ Bucket: bucket, Key: 'ranges.txt', IfMatch: '"0000"' }));
      expect(err.code).to.equal('412');
    });
  });

  describe('missing keys', () => {
    it('get_object raises client.exceptions.NoSuchKey with the parsed error document', async () => {
      const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'no/such key' }));
      expect(err).to.be.instanceOf(fx.s3.exceptions.NoSuchKey);
      expect(err).to.be.instanceOf(ClientError);
      expect(err.code).to.equal('NoSuchKey');
      expect(err.status).to.equal(404);
      expect(err.operation_name).to.equal('GetObject');
      expect(err.response.Error.Code).to.equal('NoSuchKey');
      // RGW sends an empty <Message/>: boto3 gives None
      expect(err.response.Error).to.have.property('Message', null);
      expect(err.response.ResponseMetadata.RequestId).to.be.a('string').and.not.equal('');
      expect(err.response.ResponseMetadata.HTTPHeaders['x-amz-request-id']).to.equal(err.response.ResponseMetadata.RequestId);
      expect(err.message).to.match(/^An error occurred \(NoSuchKey\) when calling the GetObject operation: /);
    });

    it('head_object raises a ClientError with code "404" (no body to read a code from)', async () => {
      const err = await rejects(fx.s3.head_object({ Bucket: bucket, Key: 'no/such key' }));
      expect(err.code).to.equal('404');
      expect(err.status).to.equal(404);
      expect(err).to.not.be.instanceOf(fx.s3.exceptions.NoSuchKey);
    });
  });
});
