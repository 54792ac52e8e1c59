// SSE-C (customer-provided keys) against the real RADOS Gateway. Keys are given raw (a Buffer or a
// 32-character string): the client base64-encodes them and adds their MD5, as boto3 does.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { ClientError } from '../../lib/index.js';
import { rejects, sha256, uniqueBucketName, withBucket } from './support.js';

const md5b64 = (key: Uint8Array | string) => createHash('md5').update(key).digest('base64');

describe('integration: SSE-C', function () {
  const bucket = uniqueBucketName('it-ssec');
  const bufferKey = randomBytes(32);
  const stringKey = 'abcdefghijklmnopqrstuvwxyz012345'; // 32 ASCII characters = 32 bytes
  const otherKey = randomBytes(32);
  const data = randomBytes(100_000);
  const sse = (key: Uint8Array | string) => ({ SSECustomerAlgorithm: 'AES256', SSECustomerKey: key });

  const fx = withBucket(bucket);

  it('put_object with a raw 32-byte Buffer key answers the algorithm and the key MD5', async () => {
    const out = await fx.s3.put_object({ Bucket: bucket, Key: 'buffer-key.bin', Body: data, ...sse(bufferKey) });
    expect(out.SSECustomerAlgorithm).to.equal('AES256');
    expect(out.SSECustomerKeyMD5).to.equal(md5b64(bufferKey));
  });

  it('get_object without the key raises a 400 ClientError', async () => {
    const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'buffer-key.bin' }));
    expect(err.status).to.equal(400);
    expect(err.code).to.be.oneOf(['InvalidRequest', 'InvalidArgument']); // S3, RGW
  });

  it('get_object with the wrong key is refused', async () => {
    const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: 'buffer-key.bin', ...sse(otherKey) }));
    expect(err.status).to.be.oneOf([400, 403]);
  });

  it('get_object with the key returns the same bytes', async () => {
    const out = await fx.s3.get_object({ Bucket: bucket, Key: 'buffer-key.bin', ...sse(bufferKey) });
    expect(out.SSECustomerAlgorithm).to.equal('AES256');
    expect(out.SSECustomerKeyMD5).to.equal(md5b64(bufferKey));
    expect(out.ContentLength).to.equal(data.length);
    expect(sha256(await out.Body!.read())).to.equal(sha256(data));
  });

  it('a ranged get_object with the key decrypts just that range', async () => {
    const out = await fx.s3.get_object({ Bucket: bucket, Key: 'buffer-key.bin', Range: 'bytes=5000-5099', ...sse(bufferKey) });
    expect((await out.Body!.read()).equals(data.subarray(5000, 5100))).to.equal(true);
  });

  it('head_object with the key answers size and SSE headers; without it, a 400', async () => {
    const out = await fx.s3.head_object({ Bucket: bucket, Key: 'buffer-key.bin', ...sse(bufferKey) });
    expect(out.ContentLength).to.equal(data.length);
    expect(out.SSECustomerAlgorithm).to.equal('AES256');
    expect(out.SSECustomerKeyMD5).to.equal(md5b64(bufferKey));
    const err = await rejects(fx.s3.head_object({ Bucket: bucket, Key: 'buffer-key.bin' }));
    expect(err.status).to.equal(400);
  });

  it('a 32-character string key works the same way', async () => {
    const put = await fx.s3.put_object({ Bucket: bucket, Key: 'string-key.txt', Body: 'secret text', ...sse(stringKey) });
    expect(put.SSECustomerKeyMD5).to.equal(md5b64(stringKey));
    const out = await fx.s3.get_object({ Bucket: bucket, Key: 'string-key.txt', ...sse(stringKey) });
    expect(await out.Body!.text()).to.equal('secret text');
    // the same bytes as a Buffer are the same key
    const again = await fx.s3.get_object({ Bucket: bucket, Key: 'string-key.txt', ...sse(Buffer.from(stringKey)) });
    expect(await again.Body!.text()).to.equal('secret text');
  });

  it('a key that is not 32 bytes is refused by the server', async () => {
    const err = await rejects(fx.s3.put_object({ Bucket: bucket, Key: 'short-key', Body: 'x', ...sse('too short') }));
    expect(err.status).to.equal(400);
  });

  it('copy_object of a plain object to a new key encrypted with SSECustomer*', async () => {
    await fx.s3.put_object({ Bucket: bucket, Key: 'plain.bin', Body: data });
    await fx.s3.copy_object({ Bucket: bucket, Key: 'plain-to-ssec.bin', CopySource: { Bucket: bucket, Key: 'plain.bin' }, ...sse(otherKey) });
    const got = await fx.s3.get_object({ Bucket: bucket, Key: 'plain-to-ssec.bin', ...sse(otherKey) });
    expect(sha256(await got.Body!.read())).to.equal(sha256(data));
    // (RGW 16.2 stores such a copy unencrypted: a read without the key succeeds there, so it is not checked)
  });

  it('copy_object from an SSE-C source sends CopySourceSSECustomer* encoded; S3 re-encrypts, RGW 16.2 answers NotImplemented', async () => {
    const sent: Record<string, string>[] = [];
    const hook = ({ request }: { request: { headers: Record<string, string> } }) => {
      sent.push({ ...request.headers });
    };
    fx.s3.meta.events.register('before-send.s3.CopyObject', hook);
    try {
      const result = await fx.s3
        .copy_object({
          Bucket: bucket,
          Key: 'copied.bin',
          CopySource: { Bucket: bucket, Key: 'buffer-key.bin' },
          CopySourceSSECustomerAlgorithm: 'AES256',
          CopySourceSSECustomerKey: bufferKey,
          ...sse(otherKey),
        })
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      const h = sent[0]!;
      expect(h['x-amz-copy-source-server-side-encryption-customer-algorithm']).to.equal('AES256');
      expect(h['x-amz-copy-source-server-side-encryption-customer-key']).to.equal(bufferKey.toString('base64'));
      expect(h['x-amz-copy-source-server-side-encryption-customer-key-md5']).to.equal(md5b64(bufferKey));
      expect(h['x-amz-server-side-encryption-customer-key']).to.equal(otherKey.toString('base64'));
      expect(h['x-amz-server-side-encryption-customer-key-md5']).to.equal(md5b64(otherKey));
      if (result === undefined) {
        const got = await fx.s3.get_object({ Bucket: bucket, Key: 'copied.bin', ...sse(otherKey) });
        expect(sha256(await got.Body!.read())).to.equal(sha256(data));
      } else {
        expect(result).to.be.instanceOf(ClientError);
        const err = result as ClientError;
        expect(err.code).to.equal('NotImplemented');
        expect(err.status).to.equal(501);
      }
    } finally {
      fx.s3.meta.events.unregister('before-send.s3.CopyObject', hook);
    }
  });

  it('upload_part_copy decrypts an SSE-C source with CopySourceSSECustomerKey', async () => {
    // RGW 16.2 decrypts the source with the destination key, so both are the same key here
    const key = 'part-copy-ssec.bin';
    const { UploadId } = await fx.s3.create_multipart_upload({ Bucket: bucket, Key: key, ...sse(bufferKey) });
    const part = await fx.s3.upload_part_copy({
      Bucket: bucket,
      Key: key,
      UploadId: UploadId!,
      PartNumber: 1,
      CopySource: { Bucket: bucket, Key: 'buffer-key.bin' },
      CopySourceRange: 'bytes=0-999',
      CopySourceSSECustomerAlgorithm: 'AES256',
      CopySourceSSECustomerKey: bufferKey,
      ...sse(bufferKey),
    });
    await fx.s3.complete_multipart_upload({
      Bucket: bucket,
      Key: key,
      UploadId: UploadId!,
      MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.CopyPartResult!.ETag! }] },
    });
    const got = await fx.s3.get_object({ Bucket: bucket, Key: key, ...sse(bufferKey) });
    expect((await got.Body!.read()).equals(data.subarray(0, 1000))).to.equal(true);
  });

  it('copy_object of an SSE-C source without its key is refused', async () => {
    const err = await rejects(fx.s3.copy_object({ Bucket: bucket, Key: 'never.bin', CopySource: { Bucket: bucket, Key: 'buffer-key.bin' } }));
    expect(err.status).to.be.oneOf([400, 501]); // S3 400; RGW 16.2 refuses any SSE-C source copy with 501
  });

  it('multipart upload with SSE-C: every part and the read use the key', async () => {
    const key = 'mpu-ssec.bin';
    const part1 = randomBytes(5 * 1024 * 1024);
    const part2 = randomBytes(1000);
    const { UploadId, SSECustomerKeyMD5 } = await fx.s3.create_multipart_upload({ Bucket: bucket, Key: key, ...sse(bufferKey) });
    expect(SSECustomerKeyMD5).to.equal(md5b64(bufferKey));
    const a = await fx.s3.upload_part({ Bucket: bucket, Key: key, UploadId: UploadId!, PartNumber: 1, Body: part1, ...sse(bufferKey) });
    const b = await fx.s3.upload_part({ Bucket: bucket, Key: key, UploadId: UploadId!, PartNumber: 2, Body: part2, ...sse(bufferKey) });
    await fx.s3.complete_multipart_upload({
      Bucket: bucket,
      Key: key,
      UploadId: UploadId!,
      MultipartUpload: { Parts: [{ PartNumber: 1, ETag: a.ETag! }, { PartNumber: 2, ETag: b.ETag! }] },
    });
    const out = await fx.s3.get_object({ Bucket: bucket, Key: key, ...sse(bufferKey) });
    expect(sha256(await out.Body!.read())).to.equal(sha256(Buffer.concat([part1, part2])));
  });
});
