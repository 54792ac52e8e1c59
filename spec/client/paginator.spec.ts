// Paginators against canned pages: which token each of the six paginators sends next.
import { expect } from 'chai';
import { OperationNotPageableError, type S3Client } from '../../lib/index.js';
import { recordingClient } from '../helpers/clients.js';
import { bucketsExtended, objectsV1, objectsV2, parts, queryOf, uploads, versions } from './paginator-pages.js';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('client/paginator: tokens of each paginator', () => {
  const fx = recordingClient();
  const { server } = fx;

  it('can_paginate is true for the six paginated operations only', () => {
    const pageable = ['list_buckets_extended', 'list_multipart_uploads', 'list_objects', 'list_objects_v2', 'list_parts', 'list_object_versions'];
    expect(pageable.map((n) => fx.s3.can_paginate(n))).to.deep.equal(pageable.map(() => true));
    expect(['list_buckets', 'put_object', 'ListObjects', 'nope'].map((n) => fx.s3.can_paginate(n))).to.deep.equal([false, false, false, false]);
  });

  it('get_paginator of a non-pageable operation throws OperationNotPageableError', () => {
    expect(() => (fx.s3 as unknown as { get_paginator(n: string): unknown }).get_paginator('list_buckets')).to.throw(OperationNotPageableError, 'list_buckets');
  });

  it('list_objects (v1): NextMarker when present, else the last key of the page', async () => {
    server.enqueue(
      objectsV1({ keys: ['a', 'b'], truncated: true }),
      objectsV1({ keys: ['c'], prefixes: ['d/'], truncated: true, nextMarker: 'd/' }),
      objectsV1({ keys: ['e'], truncated: false }),
    );
    const pages = await collect(fx.s3.get_paginator('list_objects').paginate({ Bucket: 'bucket', Prefix: 'p', Delimiter: '/' }));
    expect(pages.map((p) => p.Contents?.map((o) => o.Key))).to.deep.equal([['a', 'b'], ['c'], ['e']]);
    const sent = server.requests.map(queryOf);
    expect(sent.map((q) => q.marker)).to.deep.equal([undefined, 'b', 'd/']);
    expect(sent.every((q) => q.prefix === 'p' && q.delimiter === '/')).to.equal(true);
  });

  it('list_objects_v2: the continuation token, with PageSize as max-keys on every request', async () => {
    server.enqueue(
      objectsV2({ keys: ['a', 'b'], truncated: true, nextToken: 'tok/1+=' }),
      objectsV2({ keys: ['c', 'd'], truncated: true, nextToken: 'tok2' }),
      objectsV2({ keys: ['e'], truncated: false }),
    );
    const keys = await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { PageSize: 2 } }).search('Contents[].Key'));
    expect(keys).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    const sent = server.requests.map(queryOf);
    expect(sent.map((q) => q['continuation-token'])).to.deep.equal([undefined, 'tok/1+=', 'tok2']);
    expect(sent.map((q) => q['max-keys'])).to.deep.equal(['2', '2', '2']);
    expect(sent.map((q) => q['list-type'])).to.deep.equal(['2', '2', '2']);
  });

  it('list_object_versions: two markers, NextKeyMarker and NextVersionIdMarker', async () => {
    server.enqueue(
      versions({ versions: [['a', 'v1'], ['a', 'v2']], deleteMarkers: [['b', 'd1']], truncated: true, nextKey: 'b', nextVersion: 'd1' }),
      versions({ versions: [['c', 'v3']], truncated: false }),
    );
    const full = await fx.s3.get_paginator('list_object_versions').paginate({ Bucket: 'bucket', PaginationConfig: { PageSize: 3 } }).build_full_result();
    const sent = server.requests.map(queryOf);
    expect(sent.map((q) => [q['key-marker'], q['version-id-marker'], q['max-keys']])).to.deep.equal([
      [undefined, undefined, '3'],
      ['b', 'd1', '3'],
    ]);
    expect((full.Versions as { VersionId: string }[]).map((v) => v.VersionId)).to.deep.equal(['v1', 'v2', 'v3']);
    expect((full.DeleteMarkers as { VersionId: string }[]).map((v) => v.VersionId)).to.deep.equal(['d1']);
    expect(Object.keys(full).sort()).to.deep.equal(['DeleteMarkers', 'Versions']);
  });

  it('list_multipart_uploads: two markers, NextKeyMarker and NextUploadIdMarker, PageSize as max-uploads', async () => {
    server.enqueue(
      uploads({ uploads: [['k', 'u1'], ['k', 'u2']], truncated: true, nextKey: 'k', nextUpload: 'u2' }),
      uploads({ uploads: [['m', 'u3']], truncated: false }),
    );
    const ids = await collect(fx.s3.get_paginator('list_multipart_uploads').paginate({ Bucket: 'bucket', PaginationConfig: { PageSize: 2 } }).search('Uploads[].UploadId'));
    expect(ids).to.deep.equal(['u1', 'u2', 'u3']);
    const sent = server.requests.map(queryOf);
    expect(sent.map((q) => [q['key-marker'], q['upload-id-marker'], q['max-uploads']])).to.deep.equal([
      [undefined, undefined, '2'],
      ['k', 'u2', '2'],
    ]);
    expect(server.requests.every((r) => /(^|&)uploads(=|&|$)/.test(r.query))).to.equal(true);
  });

  it('list_buckets_extended: continues from the last bucket name (Buckets[-1].Name), not NextMarker', async () => {
    server.enqueue(
      bucketsExtended({ names: ['alpha', 'beta'], truncated: true, nextMarker: 'ignored' }),
      bucketsExtended({ names: ['gamma'], truncated: false }),
    );
    const full = await fx.s3.get_paginator('list_buckets_extended').paginate({ PaginationConfig: { PageSize: 2 } }).build_full_result();
    const sent = server.requests.map(queryOf);
    expect(sent.map((q) => [q.marker, q['max-keys']])).to.deep.equal([
      [undefined, '2'],
      ['beta', '2'],
    ]);
    expect(server.requests.every((r) => r.path === '/' && /(^|&)extended(=|&|$)/.test(r.query))).to.equal(true);
    expect((full.Buckets as { Name: string }[]).map((b) => b.Name)).to.deep.equal(['alpha', 'beta', 'gamma']);
    expect(Object.keys(full)).to.deep.equal(['Buckets']);
  });

  it('list_parts: part-number markers (numbers), PageSize as max-parts, the declared non-aggregate members kept', async () => {
    server.enqueue(parts({ numbers: [1, 2], truncated: true, next: 2 }), parts({ numbers: [3, 4], truncated: true, next: 4 }), parts({ numbers: [5], truncated: false }));
    const full = await fx.s3.get_paginator('list_parts').paginate({ Bucket: 'bucket', Key: 'big', UploadId: 'up-1', PaginationConfig: { PageSize: 2 } }).build_full_result();
    const sent = server.requests.map(queryOf);
    expect(sent.map((q) => [q['part-number-marker'], q['max-parts'], q.uploadId])).to.deep.equal([
      [undefined, '2', 'up-1'],
      ['2', '2', 'up-1'],
      ['4', '2', 'up-1'],
    ]);
    expect((full.Parts as { PartNumber: number }[]).map((p) => p.PartNumber)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(Object.keys(full).sort()).to.deep.equal(['ChecksumAlgorithm', 'ChecksumType', 'Initiator', 'Owner', 'Parts', 'StorageClass']);
    expect(full).to.include({ ChecksumAlgorithm: null, ChecksumType: null });
    expect(full.Initiator).to.deep.equal({ ID: 'me' });
  });

  it('stops when IsTruncated is false even if a token is present', async () => {
    server.enqueue(objectsV2({ keys: ['a'], truncated: false, nextToken: 'dangling' }));
    const pages = await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket' }));
    expect(pages).to.have.length(1);
    expect(server.requests).to.have.length(1);
  });

  it('stops when a truncated page gives no token at all', async () => {
    server.enqueue(objectsV1({ keys: [], truncated: true }));
    const pages = await collect(fx.s3.get_paginator('list_objects').paginate({ Bucket: 'bucket' }));
    expect(pages).to.have.length(1);
    expect(server.requests).to.have.length(1);
  });

  it('passes the AbortSignal to every page request', async () => {
    const controller = new AbortController();
    controller.abort();
    const iterator = fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket' }, { signal: controller.signal });
    let caught: unknown;
    try {
      await collect(iterator);
    } catch (err) {
      caught = err;
    }
    expect((caught as Error).name).to.equal('AbortError');
    expect(server.requests).to.have.length(0);
  });
});

// Compile-time checks of the generated typing (never called): the build fails if they regress.
export async function typeChecks(c: S3Client): Promise<void> {
  for await (const page of c.get_paginator('list_objects_v2').paginate({ Bucket: 'b', PaginationConfig: { MaxItems: 1 } })) {
    const key: string | undefined = page.Contents?.[0]?.Key;
    void key;
  }
  // the caller may start from their own marker (as in botocore); the page size is PaginationConfig's
  c.get_paginator('list_objects_v2').paginate({ Bucket: 'b', ContinuationToken: 'x' });
  // @ts-expect-error MaxKeys is set by PaginationConfig.PageSize
  c.get_paginator('list_objects_v2').paginate({ Bucket: 'b', MaxKeys: 2 });
  // @ts-expect-error Bucket is required
  c.get_paginator('list_objects_v2').paginate();
  c.get_paginator('list_buckets_extended').paginate();
  // @ts-expect-error list_buckets has no paginator
  c.get_paginator('list_buckets');
  // @ts-expect-error Key is required by HeadObject
  await c.get_waiter('object_exists').wait({ Bucket: 'b' });
  // @ts-expect-error GetObject has no member Nope
  await c.generate_presigned_url('get_object', { Params: { Bucket: 'b', Key: 'k', Nope: 1 } });
}
