// Presigned URLs and POST policies used with plain undici against the real RADOS Gateway: the server
// accepts what we sign, and refuses tampered, expired and out-of-policy requests.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { FormData, fetch, request } from 'undici';
import { ClientError } from '../../lib/index.js';
import { createBucket, destroyBucket, setUp, uniqueBucketName, type Fixture } from './support.js';

describe('integration: presigned URLs and POST', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-presign');
  const versioned = uniqueBucketName('it-presign-ver');
  const SSE_KEY = '0123456789abcdef0123456789abcdef';

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    await createBucket(fx, versioned);
    await fx.s3.put_object({ Bucket: bucket, Key: 'docs/hello world.txt', Body: 'hello, presigned' });
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, versioned);
    await fx.s3.close();
  });

  describe('generate_presigned_url', () => {
    it('a GET URL downloads the object, with response overrides applied', async () => {
      const url = await fx.s3.generate_presigned_url('get_object', {
        Params: { Bucket: bucket, Key: 'docs/hello world.txt', ResponseContentDisposition: 'attachment; filename="hi.txt"', ResponseContentType: 'text/x-test' },
        ExpiresIn: 300,
      });
      const res = await request(url);
      expect(await res.body.text()).to.equal('hello, presigned');
      expect(res.statusCode).to.equal(200);
      expect(res.headers['content-disposition']).to.equal('attachment; filename="hi.txt"');
      expect(res.headers['content-type']).to.equal('text/x-test');
    });

    it('a GET URL for an older VersionId returns that version', async () => {
      await fx.s3.put_bucket_versioning({ Bucket: versioned, VersioningConfiguration: { Status: 'Enabled' } });
      const first = await fx.s3.put_object({ Bucket: versioned, Key: 'v.txt', Body: 'first' });
      await fx.s3.put_object({ Bucket: versioned, Key: 'v.txt', Body: 'second' });
      const url = await fx.s3.generate_presigned_url('get_object', { Params: { Bucket: versioned, Key: 'v.txt', VersionId: first.VersionId } });
      const res = await request(url);
      expect(await res.body.text()).to.equal('first');
    });

    it('a PUT URL uploads a body; a signed Content-Type must then be sent as signed', async () => {
      const url = await fx.s3.generate_presigned_url('put_object', { Params: { Bucket: bucket, Key: 'up/ü plus+.txt', ContentType: 'text/plain' } });
      const wrong = await request(url, { method: 'PUT', body: 'nope', headers: { 'content-type': 'application/json' } });
      await wrong.body.text();
      expect(wrong.statusCode).to.equal(403);
      const res = await request(url, { method: 'PUT', body: 'uploaded via URL', headers: { 'content-type': 'text/plain' } });
      await res.body.text();
      expect(res.statusCode).to.equal(200);
      const got = await fx.s3.get_object({ Bucket: bucket, Key: 'up/ü plus+.txt' });
      expect(await got.Body!.text()).to.equal('uploaded via URL');
      expect(got.ContentType).to.equal('text/plain');
    });

    it('SSE-C: the URL user must send the signed customer-key headers', async () => {
      const sse = { SSECustomerAlgorithm: 'AES256', SSECustomerKey: SSE_KEY };
      await fx.s3.put_object({ Bucket: bucket, Key: 'secret.txt', Body: 'encrypted at rest', ...sse });
      const url = await fx.s3.generate_presigned_url('get_object', { Params: { Bucket: bucket, Key: 'secret.txt', ...sse } });
      const keyB64 = Buffer.from(SSE_KEY).toString('base64');
      const headers = {
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key': keyB64,
        'x-amz-server-side-encryption-customer-key-md5': createHash('md5').update(SSE_KEY).digest('base64'),
      };
      const res = await request(url, { headers });
      expect(await res.body.text()).to.equal('encrypted at rest');
      const bare = await request(url);
      await bare.body.text();
      expect(bare.statusCode).to.be.oneOf([400, 403]);
    });

    it('HttpMethod: a HEAD URL works for HEAD and is refused for GET', async () => {
      const url = await fx.s3.generate_presigned_url('get_object', { Params: { Bucket: bucket, Key: 'docs/hello world.txt' }, HttpMethod: 'HEAD' });
      const head = await request(url, { method: 'HEAD' });
      await head.body.text();
      expect(head.statusCode).to.equal(200);
      expect(head.headers['content-length']).to.equal(String('hello, presigned'.length));
      const get = await request(url);
      await get.body.text();
      expect(get.statusCode).to.equal(403);
    });

    it('a tampered signature is refused with 403', async () => {
      const url = await fx.s3.generate_presigned_url('get_object', { Params: { Bucket: bucket, Key: 'docs/hello world.txt' } });
      const tampered = url.replace(/X-Amz-Signature=([0-9a-f]+)/, (_, sig: string) => `X-Amz-Signature=${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`);
      expect(tampered).to.not.equal(url);
      const res = await request(tampered);
      expect(await res.body.text()).to.contain('SignatureDoesNotMatch');
      expect(res.statusCode).to.equal(403);
    });

    it('a URL signed for another key is refused with 403', async () => {
      const url = await fx.s3.generate_presigned_url('get_object', { Params: { Bucket: bucket, Key: 'docs/hello world.txt' } });
      const res = await request(url.replace('hello%20world', 'other'));
      await res.body.text();
      expect(res.statusCode).to.equal(403);
    });

    it('an expired URL is refused with 403', async function () {
      this.timeout(10_000);
      const url = await fx.s3.generate_presigned_url('get_object', { Params: { Bucket: bucket, Key: 'docs/hello world.txt' }, ExpiresIn: 1 });
      await sleep(2100);
      const res = await request(url);
      await res.body.text();
      expect(res.statusCode).to.equal(403);
    });
  });

  describe('generate_presigned_post', () => {
    async function post(url: string, fields: Record<string, string>, file: string, filename = 'local name.txt') {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([file], { type: 'text/plain' }), filename); // the file goes last
      const res = await fetch(url, { method: 'POST', body: form });
      return { status: res.status, text: await res.text() };
    }

    it('a form upload within the policy is stored under the key', async () => {
      const { url, fields } = await fx.s3.generate_presigned_post(bucket, 'forms/direct.txt', { Conditions: [['content-length-range', 1, 100]], ExpiresIn: 300 });
      expect(url).to.equal(`${fx.server.endpoint}/${bucket}`);
      const res = await post(url, fields, 'posted by a browser');
      expect(res.status, res.text).to.equal(204);
      const got = await fx.s3.get_object({ Bucket: bucket, Key: 'forms/direct.txt' });
      expect(await got.Body!.text()).to.equal('posted by a browser');
    });

    it('${filename} in the key takes the uploaded file\'s name; prefilled fields are applied', async () => {
      const { url, fields } = await fx.s3.generate_presigned_post(bucket, 'forms/${filename}', {
        Fields: { 'Content-Type': 'text/plain', 'x-amz-meta-origin': 'form' },
        Conditions: [{ 'Content-Type': 'text/plain' }, { 'x-amz-meta-origin': 'form' }],
      });
      const res = await post(url, fields, 'named by the file', 'report.txt');
      expect(res.status, res.text).to.equal(204);
      const head = await fx.s3.head_object({ Bucket: bucket, Key: 'forms/report.txt' });
      expect(head.ContentType).to.equal('text/plain');
      expect(head.Metadata).to.deep.equal({ origin: 'form' });
    });

    it('a file outside content-length-range is rejected by the server', async () => {
      const { url, fields } = await fx.s3.generate_presigned_post(bucket, 'forms/too-big.txt', { Conditions: [['content-length-range', 1, 10]] });
      const res = await post(url, fields, 'this body is longer than ten bytes');
      expect(res.status).to.equal(400);
      expect(res.text).to.contain('EntityTooLarge');
      const err = await fx.s3.head_object({ Bucket: bucket, Key: 'forms/too-big.txt' }).catch((e: unknown) => e);
      expect((err as ClientError).status).to.equal(404);
    });

    it('a field the policy does not allow is rejected', async () => {
      const { url, fields } = await fx.s3.generate_presigned_post(bucket, 'forms/acl.txt');
      const res = await post(url, { ...fields, 'x-amz-meta-sneaky': 'yes' }, 'data');
      expect(res.status).to.equal(403);
    });
  });
});
