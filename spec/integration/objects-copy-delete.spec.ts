// copy_object (within and across buckets, both CopySource forms, metadata directives) and
// delete_object / delete_objects against the real RADOS Gateway.
import { expect } from 'chai';
import { createBucket, destroyBucket, md5Hex, rejects, setUp, uniqueBucketName, type Fixture } from './support.js';

describe('integration: copy and delete objects', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-copy');
  const other = uniqueBucketName('it-copy-dest');
  // a key that must be URL-encoded in the x-amz-copy-source header
  const oddKey = 'dir one/spaces + plus & ü?%#.txt';

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    await createBucket(fx, other);
    await fx.s3.put_object({
      Bucket: bucket,
      Key: 'source.txt',
      Body: 'copy me',
      ContentType: 'text/plain',
      Metadata: { origin: 'source' },
    });
    await fx.s3.put_object({ Bucket: bucket, Key: oddKey, Body: 'odd key body', Metadata: { origin: 'odd' } });
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, other);
    await fx.s3.close();
  });

  describe('copy_object', () => {
    it('copies within a bucket (CopySource object form), keeping metadata by default', async () => {
      const out = await fx.s3.copy_object({ Bucket: bucket, Key: 'copy-1.txt', CopySource: { Bucket: bucket, Key: 'source.txt' } });
      // RGW 16.2 answers this ETag without the quotes S3 puts around it
      expect(out.CopyObjectResult?.ETag?.replace(/"/g, '')).to.equal(md5Hex('copy me'));
      expect(out.CopyObjectResult?.LastModified).to.be.instanceOf(Date);
      const got = await fx.s3.get_object({ Bucket: bucket, Key: 'copy-1.txt' });
      expect(got.Metadata).to.deep.equal({ origin: 'source' });
      expect(got.ContentType).to.equal('text/plain');
      expect(await got.Body!.text()).to.equal('copy me');
    });

    it('copies across buckets with MetadataDirective REPLACE, changing metadata and content type', async () => {
      await fx.s3.copy_object({
        Bucket: other,
        Key: 'replaced.txt',
        CopySource: { Bucket: bucket, Key: 'source.txt' },
        MetadataDirective: 'REPLACE',
        Metadata: { origin: 'replaced', extra: 'yes' },
        ContentType: 'text/markdown',
      });
      const head = await fx.s3.head_object({ Bucket: other, Key: 'replaced.txt' });
      expect(head.Metadata).to.deep.equal({ origin: 'replaced', extra: 'yes' });
      expect(head.ContentType).to.equal('text/markdown');
      expect(head.ContentLength).to.equal('copy me'.length);
    });

    it('MetadataDirective COPY ignores the Metadata given with the request', async () => {
      await fx.s3.copy_object({
        Bucket: other,
        Key: 'copied-meta.txt',
        CopySource: { Bucket: bucket, Key: 'source.txt' },
        MetadataDirective: 'COPY',
        Metadata: { origin: 'ignored' },
      });
      const head = await fx.s3.head_object({ Bucket: other, Key: 'copied-meta.txt' });
      expect(head.Metadata).to.deep.equal({ origin: 'source' });
    });

    it('CopySource as a "bucket/key" string with a key that needs encoding', async () => {
      await fx.s3.copy_object({ Bucket: other, Key: 'from-string.txt', CopySource: `${bucket}/${oddKey}` });
      const got = await fx.s3.get_object({ Bucket: other, Key: 'from-string.txt' });
      expect(await got.Body!.text()).to.equal('odd key body');
      expect(got.Metadata).to.deep.equal({ origin: 'odd' });
    });

    it('CopySource as an object with a key that needs encoding, to a destination key that needs it too', async () => {
      const dest = `copies/${oddKey}`;
      await fx.s3.copy_object({ Bucket: bucket, Key: dest, CopySource: { Bucket: bucket, Key: oddKey } });
      const got = await fx.s3.get_object({ Bucket: bucket, Key: dest });
      expect(await got.Body!.text()).to.equal('odd key body');
      const listed = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'copies/' });
      expect(listed.Contents?.map((o) => o.Key)).to.deep.equal([dest]);
    });

    it('a missing source raises NoSuchKey', async () => {
      const err = await rejects(fx.s3.copy_object({ Bucket: bucket, Key: 'never.txt', CopySource: { Bucket: bucket, Key: 'absent' } }));
      expect(err.code).to.equal('NoSuchKey');
      expect(err).to.be.instanceOf(fx.s3.exceptions.NoSuchKey);
    });
  });

  describe('delete_object and delete_objects', () => {
    const keys = ['del/a', 'del/b', 'del/c d', 'del/ü'];

    before(async () => {
      for (const Key of [...keys, 'del/single']) await fx.s3.put_object({ Bucket: bucket, Key, Body: Key });
    });

    it('delete_object answers 204 and the key is gone', async () => {
      const out = await fx.s3.delete_object({ Bucket: bucket, Key: 'del/single' });
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(204);
      const err = await rejects(fx.s3.head_object({ Bucket: bucket, Key: 'del/single' }));
      expect(err.code).to.equal('404');
    });

    it('delete_object of a key that does not exist also answers 204 (S3 deletes are idempotent)', async () => {
      const out = await fx.s3.delete_object({ Bucket: bucket, Key: 'del/never-existed' });
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(204);
    });

    it('delete_objects deletes several keys and lists each one in Deleted', async () => {
      const out = await fx.s3.delete_objects({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })) } });
      expect(out.Deleted?.map((d) => d.Key).sort()).to.deep.equal([...keys].sort());
      expect(out.Errors ?? []).to.deep.equal([]);
      const left = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'del/' });
      expect(left.KeyCount).to.equal(0);
      expect(left.Contents ?? []).to.deep.equal([]);
    });

    it('delete_objects with Quiet answers no Deleted entries', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'del/quiet', Body: 'q' });
      const out = await fx.s3.delete_objects({ Bucket: bucket, Delete: { Objects: [{ Key: 'del/quiet' }], Quiet: true } });
      expect(out.Deleted ?? []).to.deep.equal([]);
      const err = await rejects(fx.s3.head_object({ Bucket: bucket, Key: 'del/quiet' }));
      expect(err.status).to.equal(404);
    });
  });
});
