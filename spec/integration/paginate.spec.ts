// Paginators against the real RADOS Gateway: 2,500 keys paged with PageSize and MaxItems and resumed
// until every key was seen exactly once, delimiter listings, versions and multipart uploads across
// pages, and search().
import { expect } from 'chai';
import type { S3Client } from '../../lib/index.js';
import { createBucket, destroyBucket, setUp, uniqueBucketName, type Fixture } from './support.js';

const KEY_COUNT = 2500;
const IN_FLIGHT = 32;

/** Runs `task` over `items` with at most `limit` running at once. */
async function bounded<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

type Lister = 'list_objects' | 'list_objects_v2';

/** Pages with PageSize/MaxItems, resuming from each NextToken, until the listing ends. */
async function listInRuns(s3: S3Client, method: Lister, Bucket: string, Prefix: string, PageSize: number, MaxItems: number) {
  const keys: string[] = [];
  const runSizes: number[] = [];
  const pageSizes: number[] = [];
  let StartingToken: string | undefined;
  for (let run = 0; run < 1000; run++) {
    const iterator = s3.get_paginator(method).paginate({ Bucket, Prefix, PaginationConfig: { PageSize, MaxItems, StartingToken } });
    let inRun = 0;
    for await (const page of iterator) {
      const pageKeys = (page.Contents ?? []).map((o) => o.Key!);
      pageSizes.push(pageKeys.length);
      keys.push(...pageKeys);
      inRun += pageKeys.length;
    }
    runSizes.push(inRun);
    StartingToken = iterator.resume_token;
    if (StartingToken === undefined) break;
  }
  return { keys, runSizes, pageSizes };
}

describe('integration: paginators', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-paginate');
  const versioned = uniqueBucketName('it-paginate-ver');
  const flatKeys = Array.from({ length: KEY_COUNT }, (_, i) => `flat/${String(i).padStart(4, '0')}`);
  // a small tree for delimiter listings; bodies of different sizes for search()
  const tree: Record<string, number> = { 'tree/a.txt': 10, 'tree/b/1.txt': 200, 'tree/b/2.txt': 20, 'tree/c/3.txt': 300, 'tree/d/e/4.txt': 150, 'tree/f/5.txt': 1, 'tree/z.txt': 101 };

  before(async function () {
    fx = await setUp(this);
    this.timeout(600_000); // 2,500 PUTs
    await createBucket(fx, bucket);
    await createBucket(fx, versioned);
    await bounded(flatKeys, IN_FLIGHT, (Key) => fx.s3.put_object({ Bucket: bucket, Key, Body: 'x' }));
    await bounded(Object.entries(tree), IN_FLIGHT, ([Key, size]) => fx.s3.put_object({ Bucket: bucket, Key, Body: Buffer.alloc(size, 'y') }));
  });

  after(async function () {
    this.timeout(600_000);
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, versioned);
    await fx.s3.close();
  });

  for (const method of ['list_objects_v2', 'list_objects'] as const) {
    it(`${method}: PageSize 100 and MaxItems 250, resumed from StartingToken, sees each of 2,500 keys exactly once`, async function () {
      this.timeout(120_000);
      const { keys, runSizes, pageSizes } = await listInRuns(fx.s3, method, bucket, 'flat/', 100, 250);
      expect(keys).to.have.length(KEY_COUNT);
      expect(new Set(keys).size).to.equal(KEY_COUNT);
      expect(keys).to.deep.equal(flatKeys);
      expect(runSizes).to.deep.equal(Array.from({ length: 10 }, () => 250));
      // every run: two full pages and one cut in the middle of the third
      expect(pageSizes.slice(0, 3)).to.deep.equal([100, 100, 50]);
      expect(Math.max(...pageSizes)).to.equal(100);
    });
  }

  it('list_objects_v2: a MaxItems that is not a multiple of the page size resumes inside pages correctly', async function () {
    this.timeout(120_000);
    const { keys, runSizes } = await listInRuns(fx.s3, 'list_objects_v2', bucket, 'flat/', 70, 333);
    expect(keys).to.deep.equal(flatKeys);
    expect(runSizes.slice(0, -1).every((n) => n === 333)).to.equal(true);
    expect(runSizes.at(-1)).to.equal(KEY_COUNT - 333 * (runSizes.length - 1));
  });

  it('build_full_result with MaxItems returns the items and a NextToken that continues after them', async () => {
    const first = await fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: 'flat/', PaginationConfig: { PageSize: 100, MaxItems: 150 } }).build_full_result();
    expect((first.Contents as { Key: string }[]).map((o) => o.Key)).to.deep.equal(flatKeys.slice(0, 150));
    expect(first.NextToken).to.be.a('string');
    // as botocore: the result lists and NextToken only (the definitions declare no other key)
    expect(Object.keys(first).sort()).to.deep.equal(['Contents', 'NextToken']);
    const second = await fx.s3
      .get_paginator('list_objects_v2')
      .paginate({ Bucket: bucket, Prefix: 'flat/', PaginationConfig: { PageSize: 100, MaxItems: 10, StartingToken: first.NextToken as string } })
      .build_full_result();
    expect((second.Contents as { Key: string }[]).map((o) => o.Key)).to.deep.equal(flatKeys.slice(150, 160));
  });

  for (const method of ['list_objects_v2', 'list_objects'] as const) {
    it(`${method} with Delimiter "/" yields CommonPrefixes across small pages`, async () => {
      const pages = await collect(fx.s3.get_paginator(method).paginate({ Bucket: bucket, Prefix: 'tree/', Delimiter: '/', PaginationConfig: { PageSize: 2 } }));
      expect(pages.length).to.be.greaterThan(2);
      const prefixes = pages.flatMap((p) => (p.CommonPrefixes ?? []).map((c) => c.Prefix));
      const files = pages.flatMap((p) => (p.Contents ?? []).map((o) => o.Key));
      expect(prefixes).to.deep.equal(['tree/b/', 'tree/c/', 'tree/d/', 'tree/f/']);
      expect(files).to.deep.equal(['tree/a.txt', 'tree/z.txt']);
    });
  }

  it('build_full_result of a delimiter listing gathers Contents and CommonPrefixes', async () => {
    const full = await fx.s3.get_paginator('list_objects').paginate({ Bucket: bucket, Prefix: 'tree/', Delimiter: '/', PaginationConfig: { PageSize: 1 } }).build_full_result();
    expect((full.CommonPrefixes as { Prefix: string }[]).map((c) => c.Prefix)).to.deep.equal(['tree/b/', 'tree/c/', 'tree/d/', 'tree/f/']);
    expect((full.Contents as { Key: string }[]).map((o) => o.Key)).to.deep.equal(['tree/a.txt', 'tree/z.txt']);
    expect(Object.keys(full).sort()).to.deep.equal(['CommonPrefixes', 'Contents']);
  });

  it('search() filters with a JMESPath expression across pages', async () => {
    const iterator = fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: 'tree/', PaginationConfig: { PageSize: 2 } });
    expect(await collect(iterator.search('Contents[?Size > `100`].Key'))).to.deep.equal(['tree/b/1.txt', 'tree/c/3.txt', 'tree/d/e/4.txt', 'tree/z.txt']);
    expect(await collect(iterator.search('Contents[].Key'))).to.deep.equal(Object.keys(tree).sort());
    expect(await collect(iterator.search("Contents[?Size < `50` && Key != 'tree/f/5.txt'].Size"))).to.deep.equal([10, 20]);
  });

  it('list_object_versions pages through versions and delete markers with both markers', async () => {
    await fx.s3.put_bucket_versioning({ Bucket: versioned, VersioningConfiguration: { Status: 'Enabled' } });
    const written: string[] = [];
    for (const Key of ['v/a', 'v/b', 'v/c']) {
      for (let i = 0; i < 3; i++) written.push((await fx.s3.put_object({ Bucket: versioned, Key, Body: `${Key}-${i}` })).VersionId!);
    }
    const marker = (await fx.s3.delete_object({ Bucket: versioned, Key: 'v/b' })).VersionId!;

    const pages = await collect(fx.s3.get_paginator('list_object_versions').paginate({ Bucket: versioned, PaginationConfig: { PageSize: 2 } }));
    expect(pages.length).to.be.greaterThan(3);
    const versionIds = pages.flatMap((p) => (p.Versions ?? []).map((v) => v.VersionId!));
    expect([...versionIds].sort()).to.deep.equal([...written].sort());
    expect(pages.flatMap((p) => (p.DeleteMarkers ?? []).map((d) => d.VersionId))).to.deep.equal([marker]);

    // MaxItems cuts inside pages; the runs together still see every version once
    const seen: string[] = [];
    let StartingToken: string | undefined;
    do {
      const iterator = fx.s3.get_paginator('list_object_versions').paginate({ Bucket: versioned, PaginationConfig: { PageSize: 2, MaxItems: 3, StartingToken } });
      const full = await iterator.build_full_result();
      seen.push(...((full.Versions as { VersionId: string }[] | undefined) ?? []).map((v) => v.VersionId));
      StartingToken = full.NextToken as string | undefined;
    } while (StartingToken);
    expect([...seen].sort()).to.deep.equal([...written].sort());
  });

  it('list_multipart_uploads pages with key and upload-id markers; list_parts with part-number markers', async function () {
    this.timeout(120_000);
    const started: string[] = [];
    for (const Key of ['mp/one', 'mp/one', 'mp/two', 'mp/three', 'mp/three']) {
      started.push((await fx.s3.create_multipart_upload({ Bucket: bucket, Key })).UploadId!);
    }
    const pages = await collect(fx.s3.get_paginator('list_multipart_uploads').paginate({ Bucket: bucket, Prefix: 'mp/', PaginationConfig: { PageSize: 2 } }));
    expect(pages.length).to.be.greaterThanOrEqual(3);
    const listed = pages.flatMap((p) => (p.Uploads ?? []).map((u) => u.UploadId!));
    expect([...listed].sort()).to.deep.equal([...started].sort());

    const uploadId = started[2]!;
    for (const PartNumber of [1, 2, 3]) await fx.s3.upload_part({ Bucket: bucket, Key: 'mp/two', UploadId: uploadId, PartNumber, Body: `part ${PartNumber}` });
    const partPages = await collect(fx.s3.get_paginator('list_parts').paginate({ Bucket: bucket, Key: 'mp/two', UploadId: uploadId, PaginationConfig: { PageSize: 1 } }));
    expect(partPages.map((p) => (p.Parts ?? []).map((x) => x.PartNumber))).to.deep.equal([[1], [2], [3]]);
    const full = await fx.s3.get_paginator('list_parts').paginate({ Bucket: bucket, Key: 'mp/two', UploadId: uploadId, PaginationConfig: { PageSize: 2, MaxItems: 2 } }).build_full_result();
    expect((full.Parts as { PartNumber: number }[]).map((p) => p.PartNumber)).to.deep.equal([1, 2]);
    const rest = await fx.s3
      .get_paginator('list_parts')
      .paginate({ Bucket: bucket, Key: 'mp/two', UploadId: uploadId, PaginationConfig: { StartingToken: full.NextToken as string } })
      .build_full_result();
    expect((rest.Parts as { PartNumber: number }[]).map((p) => p.PartNumber)).to.deep.equal([3]);
    // ListParts' declared non-aggregate keys, null ones too; not Bucket, Key or UploadId
    expect(Object.keys(rest).sort()).to.deep.equal(['ChecksumAlgorithm', 'ChecksumType', 'Initiator', 'Owner', 'Parts', 'StorageClass']);
    expect(rest).to.include({ ChecksumAlgorithm: null, ChecksumType: null, StorageClass: 'STANDARD' });
  });

  it('list_buckets_extended lists the bucket (the server answers in one page)', async () => {
    const names = await collect(fx.s3.get_paginator('list_buckets_extended').paginate({ PaginationConfig: { PageSize: 1000 } }).search('Buckets[].Name'));
    expect(names).to.include.members([bucket, versioned]);
  });
});
