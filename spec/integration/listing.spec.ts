// list_objects and list_objects_v2 against the real RADOS Gateway: prefixes and delimiters, paging
// until every key is seen exactly once, StartAfter, FetchOwner, and keys that need URL-encoding.
import { expect } from 'chai';
import type { ListObjectsV2Request } from '../../lib/index.js';
import { createBucket, destroyBucket, rejects, setUp, uniqueBucketName, type Fixture } from './support.js';

describe('integration: listing objects', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-listing');
  const odd = uniqueBucketName('it-listing-odd');
  // 25 keys under page/, plus a small tree for delimiter listings
  const pageKeys = Array.from({ length: 25 }, (_, i) => `page/key-${String(i).padStart(2, '0')}`);
  const treeKeys = ['tree/a.txt', 'tree/b/1.txt', 'tree/b/2.txt', 'tree/c/d/3.txt', 'tree/z.txt'];
  // keys XML 1.0 cannot carry raw (\u0001) or that URL and form encoding would garble
  const oddKeys = [
    'with space',
    'plus+sign',
    'percent%20literal%',
    'ünïcødé/日本語',
    'ctrl\u0001char',
    'amp&lt<gt>"quote\'',
    'tab\tand\nnewline',
    'emoji-😀',
  ];

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    await createBucket(fx, odd);
    await Promise.all([...pageKeys, ...treeKeys].map((Key) => fx.s3.put_object({ Bucket: bucket, Key, Body: Key })));
    for (const Key of oddKeys) await fx.s3.put_object({ Bucket: odd, Key, Body: 'x' });
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, odd);
    await fx.s3.close();
  });

  describe('prefix and delimiter', () => {
    it('list_objects_v2 with Delimiter "/" groups sub-folders into CommonPrefixes', async () => {
      const out = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'tree/', Delimiter: '/' });
      expect(out.Contents?.map((o) => o.Key)).to.deep.equal(['tree/a.txt', 'tree/z.txt']);
      expect(out.CommonPrefixes?.map((p) => p.Prefix)).to.deep.equal(['tree/b/', 'tree/c/']);
      expect(out.KeyCount).to.equal(4);
      expect(out.Prefix).to.equal('tree/');
      expect(out.Delimiter).to.equal('/');
      expect(out.IsTruncated).to.equal(false);
      expect(out.Name).to.equal(bucket);
    });

    it('list_objects (v1) with Delimiter at the root lists only the top-level prefixes', async () => {
      const out = await fx.s3.list_objects({ Bucket: bucket, Delimiter: '/' });
      expect(out.Contents ?? []).to.deep.equal([]);
      expect(out.CommonPrefixes?.map((p) => p.Prefix)).to.deep.equal(['page/', 'tree/']);
    });

    it('Contents entries carry typed Size, LastModified, ETag and StorageClass', async () => {
      const out = await fx.s3.list_objects({ Bucket: bucket, Prefix: 'tree/a' });
      expect(out.Contents).to.have.length(1);
      const o = out.Contents![0]!;
      expect(o.Key).to.equal('tree/a.txt');
      expect(o.Size).to.equal('tree/a.txt'.length);
      expect(o.LastModified).to.be.instanceOf(Date);
      expect(o.ETag).to.match(/^"[0-9a-f]{32}"$/);
      expect(o.StorageClass).to.equal('STANDARD');
    });

    it('a prefix that matches nothing gives an empty, untruncated page', async () => {
      const out = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'nothing-here/' });
      expect(out.KeyCount).to.equal(0);
      expect(out.Contents ?? []).to.deep.equal([]);
      expect(out.IsTruncated).to.equal(false);
    });
  });

  describe('paging', () => {
    it('list_objects_v2: MaxKeys 7 and ContinuationToken visit all 25 keys exactly once, in order', async () => {
      const seen: string[] = [];
      const pageSizes: number[] = [];
      let token: string | undefined;
      for (let page = 0; page < 10; page++) {
        const params: ListObjectsV2Request = { Bucket: bucket, Prefix: 'page/', MaxKeys: 7 };
        if (token) params.ContinuationToken = token;
        const out = await fx.s3.list_objects_v2(params);
        expect(out.MaxKeys).to.equal(7);
        if (token) expect(out.ContinuationToken).to.equal(token);
        pageSizes.push(out.KeyCount!);
        seen.push(...(out.Contents ?? []).map((o) => o.Key!));
        if (!out.IsTruncated) break;
        expect(out.NextContinuationToken).to.be.a('string').and.not.equal('');
        token = out.NextContinuationToken;
      }
      expect(pageSizes).to.deep.equal([7, 7, 7, 4]);
      expect(seen).to.deep.equal(pageKeys);
    });

    it('list_objects (v1): MaxKeys 10 with Marker/NextMarker visit all 25 keys exactly once', async () => {
      const seen: string[] = [];
      let marker: string | undefined;
      for (let page = 0; page < 10; page++) {
        const out = await fx.s3.list_objects({ Bucket: bucket, Prefix: 'page/', MaxKeys: 10, ...(marker ? { Marker: marker } : {}) });
        if (marker) expect(out.Marker).to.equal(marker);
        const keys = (out.Contents ?? []).map((o) => o.Key!);
        seen.push(...keys);
        if (!out.IsTruncated) break;
        // S3 only promises NextMarker with a Delimiter; the last key is the documented fallback
        marker = out.NextMarker ?? keys.at(-1);
        expect(marker).to.equal(keys.at(-1));
      }
      expect(seen).to.deep.equal(pageKeys);
    });

    it('paging with a Delimiter counts CommonPrefixes toward MaxKeys', async () => {
      const out = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'tree/', Delimiter: '/', MaxKeys: 2 });
      expect(out.IsTruncated).to.equal(true);
      expect(out.KeyCount).to.equal(2);
      const rest = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'tree/', Delimiter: '/', ContinuationToken: out.NextContinuationToken! });
      const all = [out, rest].flatMap((p) => [...(p.Contents ?? []).map((o) => o.Key), ...(p.CommonPrefixes ?? []).map((c) => c.Prefix)]);
      expect(all.sort()).to.deep.equal(['tree/a.txt', 'tree/b/', 'tree/c/', 'tree/z.txt']);
    });

    it('StartAfter starts the listing after the given key', async () => {
      const out = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'page/', StartAfter: 'page/key-21' });
      expect(out.StartAfter).to.equal('page/key-21');
      expect(out.Contents?.map((o) => o.Key)).to.deep.equal(['page/key-22', 'page/key-23', 'page/key-24']);
    });
  });

  describe('owners', () => {
    it('list_objects_v2 leaves Owner out unless FetchOwner is true', async () => {
      const plain = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'tree/a' });
      expect(plain.Contents![0]!.Owner).to.equal(undefined);
      const owned = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'tree/a', FetchOwner: true });
      const owner = owned.Contents![0]!.Owner!;
      expect(owner.ID).to.be.a('string').and.not.equal('');
      const listed = await fx.s3.list_buckets();
      expect(owner.ID).to.equal(listed.Owner?.ID);
    });

    it('list_objects (v1) always includes the Owner', async () => {
      const out = await fx.s3.list_objects({ Bucket: bucket, Prefix: 'tree/a' });
      expect(out.Contents![0]!.Owner?.ID).to.be.a('string').and.not.equal('');
    });
  });

  describe('keys that need URL-encoding (the client asks for encoding-type=url and decodes)', () => {
    const sorted = [...oddKeys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

    it('list_objects_v2 returns every key exactly as written, in UTF-8 byte order', async () => {
      const out = await fx.s3.list_objects_v2({ Bucket: odd });
      expect(out.Contents?.map((o) => o.Key)).to.deep.equal(sorted);
      expect(out.EncodingType).to.equal('url');
    });

    it('list_objects (v1) returns every key exactly as written', async () => {
      const out = await fx.s3.list_objects({ Bucket: odd });
      expect(out.Contents?.map((o) => o.Key)).to.deep.equal(sorted);
    });

    it('a Prefix with special characters is sent and echoed back decoded', async () => {
      const out = await fx.s3.list_objects_v2({ Bucket: odd, Prefix: 'ünïcødé/' });
      expect(out.Prefix).to.equal('ünïcødé/');
      expect(out.Contents?.map((o) => o.Key)).to.deep.equal(['ünïcødé/日本語']);
    });

    it('a Delimiter inside unicode keys yields decoded CommonPrefixes', async () => {
      const out = await fx.s3.list_objects({ Bucket: odd, Delimiter: '/' });
      expect(out.CommonPrefixes?.map((p) => p.Prefix)).to.deep.equal(['ünïcødé/']);
      expect(out.Contents?.map((o) => o.Key)).to.not.include('ünïcødé/日本語');
    });

    it('v1 paging over encoded keys: each Marker is sent as the decoded key', async () => {
      const seen: string[] = [];
      let marker: string | undefined;
      for (let page = 0; page < 20; page++) {
        const out = await fx.s3.list_objects({ Bucket: odd, MaxKeys: 3, ...(marker ? { Marker: marker } : {}) });
        const keys = (out.Contents ?? []).map((o) => o.Key!);
        seen.push(...keys);
        if (!out.IsTruncated) break;
        marker = out.NextMarker ?? keys.at(-1);
      }
      expect(seen).to.deep.equal(sorted);
    });

    it('the keys round-trip through get_object too', async () => {
      for (const Key of oddKeys) {
        const out = await fx.s3.head_object({ Bucket: odd, Key });
        expect(out.ContentLength, Key).to.equal(1);
      }
    });

    it('delete_objects cannot name a key with a control character (XML 1.0 cannot carry it), delete_object can', async () => {
      const Key = 'ctrl\u0001char';
      const err = await rejects(fx.s3.delete_objects({ Bucket: odd, Delete: { Objects: [{ Key }] } }));
      expect(err.status).to.equal(400);
      await fx.s3.delete_object({ Bucket: odd, Key });
      const left = await fx.s3.list_objects_v2({ Bucket: odd });
      expect(left.Contents?.map((o) => o.Key)).to.not.include(Key);
      expect(left.KeyCount).to.equal(oddKeys.length - 1);
    });
  });
});
