// Object keys that are easy to mangle (unicode, URL syntax, path-like, number-like, long), round-tripped
// through the real server: put/head/get, both listings, copy (string and object CopySource), delete.
import { expect } from 'chai';
import type { S3Client } from '../../lib/index.js';
import { type Fixture, createBucket, destroyBucket, rejects, setUp, uniqueBucketName } from './support.js';

const LONG_KEY = `long/${'k'.repeat(1024 - 'long/'.length - 4)}éé`; // 1024 bytes in UTF-8 (é is 2 bytes)

const KEYS: string[] = [
  '日本/ファイル.txt',
  'emoji/😀🎉 party.txt',
  'with space.txt',
  'plus+sign.txt',
  'percent%.txt',
  'literal%2Fslash',
  'percent%20space',
  'question?mark',
  'hash#tag',
  'amp&ersand',
  'eq=ual',
  'semi;colon,comma',
  'a//b',
  '/leading-slash',
  'a/../b',
  './x',
  'trailing spaces  ',
  ' leading space',
  '007',
  'true',
  '1e3',
  'tilde~apostrophe\'(paren)*star!',
  'tab\tinside',
  LONG_KEY,
];

/** Every key in the bucket, through the given listing, all pages. */
async function listAll(s3: S3Client, bucket: string, v: 1 | 2, Prefix?: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  for (;;) {
    if (v === 2) {
      const page = await s3.list_objects_v2({ Bucket: bucket, Prefix, MaxKeys: 7, ContinuationToken: token });
      keys.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.NextContinuationToken;
      if (!page.IsTruncated) return keys;
    } else {
      const page = await s3.list_objects({ Bucket: bucket, Prefix, MaxKeys: 7, Marker: token });
      const got = (page.Contents ?? []).map((o) => o.Key!);
      keys.push(...got);
      token = page.NextMarker ?? got.at(-1);
      if (!page.IsTruncated) return keys;
    }
  }
}

describe('integration: awkward object keys', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('keys');

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
  });
  after(async function () {
    this.timeout(120_000);
    await destroyBucket(fx.s3, bucket);
  });

  it('the long key is exactly 1024 bytes', () => {
    expect(Buffer.byteLength(LONG_KEY)).to.equal(1024);
  });

  for (const key of KEYS) {
    it(`put/head/get ${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}`, async () => {
      const body = `content of ${key}`;
      await fx.s3.put_object({ Bucket: bucket, Key: key, Body: body });
      const head = await fx.s3.head_object({ Bucket: bucket, Key: key });
      expect(head.ContentLength).to.equal(Buffer.byteLength(body));
      const got = await fx.s3.get_object({ Bucket: bucket, Key: key });
      expect(await got.Body!.text()).to.equal(body);
      // listing with the key as prefix finds it and nothing that merely looks like it
      const v2 = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: key });
      // (not v2.Prefix: RGW echoes it unencoded despite encoding-type=url, and boto3 decodes it anyway)
      expect(v2.Contents?.map((o) => o.Key)).to.deep.equal([key]);
    });
  }

  it('list_objects_v2 and list_objects give every key back exactly, across pages', async () => {
    const expected = [...KEYS].sort();
    const v2 = await listAll(fx.s3, bucket, 2);
    const v1 = await listAll(fx.s3, bucket, 1);
    expect([...v2].sort()).to.deep.equal(expected);
    expect([...v1].sort()).to.deep.equal(expected);
    // the server's order is by UTF-8 bytes, and both listings agree on it
    expect(v1).to.deep.equal(v2);
  });

  it('a delimiter listing groups the path-like keys by their first segment', async () => {
    const page = await fx.s3.list_objects_v2({ Bucket: bucket, Delimiter: '/', Prefix: '' });
    const prefixes = (page.CommonPrefixes ?? []).map((p) => p.Prefix);
    expect(prefixes).to.include.members(['日本/', 'emoji/', 'a/', '/', './', 'long/']);
    expect((page.Contents ?? []).map((o) => o.Key)).to.include.members(['007', 'true', '1e3', 'hash#tag', 'trailing spaces  ']);
  });

  it('copy_object takes these keys as CopySource, as a string and as an object', async () => {
    for (const key of KEYS.filter((k) => k !== LONG_KEY)) {
      await fx.s3.copy_object({ Bucket: bucket, Key: `copy-s/${key}`, CopySource: `${bucket}/${key}` });
      await fx.s3.copy_object({ Bucket: bucket, Key: `copy-o/${key}`, CopySource: { Bucket: bucket, Key: key } });
      for (const copy of [`copy-s/${key}`, `copy-o/${key}`]) {
        const got = await fx.s3.get_object({ Bucket: bucket, Key: copy });
        expect(await got.Body!.text(), copy).to.equal(`content of ${key}`);
      }
    }
    const copies = await listAll(fx.s3, bucket, 2, 'copy-');
    expect(copies).to.have.length((KEYS.length - 1) * 2);
  });

  it('the long key can be a CopySource too (the source header carries it)', async () => {
    await fx.s3.copy_object({ Bucket: bucket, Key: 'copy-long', CopySource: { Bucket: bucket, Key: LONG_KEY } });
    expect(await (await fx.s3.get_object({ Bucket: bucket, Key: 'copy-long' })).Body!.text()).to.equal(`content of ${LONG_KEY}`);
  });

  it('delete_object removes each key exactly (no other key is hit)', async () => {
    for (const key of KEYS) {
      await fx.s3.delete_object({ Bucket: bucket, Key: key });
      const err = await rejects(fx.s3.head_object({ Bucket: bucket, Key: key }));
      expect(err.code, key).to.equal('404');
    }
    const left = await listAll(fx.s3, bucket, 2);
    expect(left.every((k) => k.startsWith('copy-'))).to.equal(true);
    expect(left).to.have.length((KEYS.length - 1) * 2 + 1);
  });
});
