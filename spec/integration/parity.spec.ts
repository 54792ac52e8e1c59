// boto3 parity against the real RADOS Gateway: paginators (and collections) start at the caller's
// own markers, full results have botocore's keys only, non-ASCII header text is signed and accepted
// as UTF-8, and non-ASCII metadata is refused before anything is sent. (What boto3 answers for the
// same calls on this server was recorded once and is written into the expectations.)
import { expect } from 'chai';
import { ParamValidationError } from '../../lib/index.js';
import { serverResource } from '../resources/support.js';
import { failure } from '../helpers/failure.js';
import { rejects, uniqueBucketName, withBucket } from './support.js';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('integration: same answers as boto3', function () {
  const bucket = uniqueBucketName('it-parity');
  const fx = withBucket(bucket);
  const keys = ['a/1', 'b/1', 'b/2', 'c/1'];

  before(async () => {
    for (const Key of keys) await fx.s3.put_object({ Bucket: bucket, Key, Body: 'x' });
  });

  const keysOf = (pages: { Contents?: { Key?: string }[] }[]) => pages.flatMap((p) => (p.Contents ?? []).map((o) => o.Key));

  it('list_objects starts after the caller\'s Marker, on every page size', async () => {
    for (const PageSize of [1, 1000]) {
      const pages = await collect(fx.s3.get_paginator('list_objects').paginate({ Bucket: bucket, Marker: 'b/1', PaginationConfig: { PageSize } }));
      expect(keysOf(pages), `PageSize ${PageSize}`).to.deep.equal(['b/2', 'c/1']);
    }
  });

  it('list_objects_v2 starts at the caller\'s ContinuationToken or after StartAfter', async () => {
    const first = await fx.s3.list_objects_v2({ Bucket: bucket, MaxKeys: 2 });
    const rest = await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, ContinuationToken: first.NextContinuationToken }));
    expect(keysOf(rest)).to.deep.equal(['b/2', 'c/1']);
    const after = await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, StartAfter: 'a/1', PaginationConfig: { PageSize: 1 } }));
    expect(keysOf(after)).to.deep.equal(['b/1', 'b/2', 'c/1']);
  });

  it('list_object_versions starts after the caller\'s KeyMarker', async () => {
    const pages = await collect(fx.s3.get_paginator('list_object_versions').paginate({ Bucket: bucket, KeyMarker: 'b/2' }));
    expect(pages.flatMap((p) => (p.Versions ?? []).map((v) => v.Key))).to.deep.equal(['c/1']);
  });

  it('list_multipart_uploads and list_parts start at the caller\'s markers', async () => {
    const uploads: string[] = [];
    for (const Key of ['m/1', 'm/2']) uploads.push((await fx.s3.create_multipart_upload({ Bucket: bucket, Key })).UploadId!);
    try {
      const rest = await collect(fx.s3.get_paginator('list_multipart_uploads').paginate({ Bucket: bucket, KeyMarker: 'm/1', UploadIdMarker: uploads[0] }));
      expect(rest.flatMap((p) => (p.Uploads ?? []).map((u) => u.Key))).to.deep.equal(['m/2']);
      for (const PartNumber of [1, 2, 3]) await fx.s3.upload_part({ Bucket: bucket, Key: 'm/1', UploadId: uploads[0]!, PartNumber, Body: 'p' });
      const parts = fx.s3.get_paginator('list_parts').paginate({ Bucket: bucket, Key: 'm/1', UploadId: uploads[0]!, PartNumberMarker: 1 });
      const full = await parts.build_full_result();
      expect((full.Parts as { PartNumber: number }[]).map((p) => p.PartNumber)).to.deep.equal([2, 3]);
      // boto3 on this server: the parts, and ListParts' declared non-aggregate keys (null ones too)
      expect(Object.keys(full).sort()).to.deep.equal(['ChecksumAlgorithm', 'ChecksumType', 'Initiator', 'Owner', 'Parts', 'StorageClass']);
      expect(full).to.deep.include({ ChecksumAlgorithm: null, ChecksumType: null, StorageClass: 'STANDARD' });
    } finally {
      for (const [i, UploadId] of uploads.entries()) await fx.s3.abort_multipart_upload({ Bucket: bucket, Key: `m/${i + 1}`, UploadId });
    }
  });

  it('a resource collection inherits it: bucket.objects.filter({ Marker }) starts after the marker', async () => {
    const s3 = serverResource(fx.server);
    try {
      const summaries = await s3.Bucket(bucket).objects.filter({ Marker: 'b/1' }).page_size(1).toArray();
      expect(summaries.map((o) => o.key)).to.deep.equal(['b/2', 'c/1']);
    } finally {
      await s3.meta.client.close();
    }
  });

  it('build_full_result has the result lists and NextToken only (as boto3), with botocore\'s token', async () => {
    const full = await fx.s3.get_paginator('list_objects').paginate({ Bucket: bucket, PaginationConfig: { MaxItems: 1, PageSize: 2 } }).build_full_result();
    expect(Object.keys(full).sort()).to.deep.equal(['Contents', 'NextToken']);
    // boto3's NextToken for the same call: {"Marker": null, "boto_truncate_amount": 1}
    expect(full.NextToken).to.equal('eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==');
    const whole = await fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket }).build_full_result();
    expect(Object.keys(whole)).to.deep.equal(['Contents']);
  });

  it('non-ASCII header text is signed and sent as UTF-8: RGW accepts it and answers boto3\'s bytes', async () => {
    const disposition = 'attachment; filename="日本語ü.txt"';
    await fx.s3.put_object({ Bucket: bucket, Key: 'u', Body: 'x', ContentDisposition: disposition });
    const head = await fx.s3.head_object({ Bucket: bucket, Key: 'u' });
    // boto3 reads the same header bytes one character each
    expect(head.ContentDisposition).to.equal(Buffer.from(disposition, 'utf8').toString('latin1'));
    // an SSE-C algorithm with a non-ASCII letter reaches the server, which refuses the algorithm (not the signature)
    const err = await rejects(fx.s3.put_object({ Bucket: bucket, Key: 'v', Body: 'x', SSECustomerAlgorithm: 'AES256ü', SSECustomerKey: 'k'.repeat(32) }));
    expect(err.code).to.equal('InvalidEncryptionAlgorithmError');
  });

  it('non-ASCII Metadata is refused before any request (the object is never written)', async () => {
    const err = await failure(fx.s3.put_object({ Bucket: bucket, Key: 'meta', Body: 'x', Metadata: { k: 'välue' } }));
    expect(err).to.be.instanceOf(ParamValidationError);
    expect((await rejects(fx.s3.head_object({ Bucket: bucket, Key: 'meta' }))).code).to.equal('404');
  });
});
