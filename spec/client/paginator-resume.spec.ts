// Paginators against canned pages: MaxItems, resume tokens (also inside a page), search(), errors.
import { expect } from 'chai';
import { PaginationError, ParamValidationError } from '../../lib/index.js';
import { recordingClient } from '../helpers/clients.js';
import { decodeToken, objectsV1, objectsV2, queryOf, versions } from './paginator-pages.js';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('client/paginator: MaxItems, resume tokens and search', () => {
  const fx = recordingClient();
  const { server } = fx;

  const threePages = () =>
    server.enqueue(
      objectsV2({ keys: ['a', 'b', 'c'], truncated: true, nextToken: 't1' }),
      objectsV2({ keys: ['d', 'e', 'f'], truncated: true, nextToken: 't2' }),
      objectsV2({ keys: ['g'], truncated: false }),
    );
  const keysOf = (pages: { Contents?: { Key?: string }[] }[]) => pages.map((p) => (p.Contents ?? []).map((o) => o.Key));

  it('MaxItems cuts inside a page; the resume token re-requests that page and records how much was returned', async () => {
    threePages();
    const iterator = fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { MaxItems: 4 } });
    const pages = await collect(iterator);
    expect(keysOf(pages)).to.deep.equal([['a', 'b', 'c'], ['d']]);
    expect(server.requests).to.have.length(2);
    expect(decodeToken(iterator.resume_token)).to.deep.equal({ ContinuationToken: 't1', boto_truncate_amount: 1 });

    server.reset();
    server.enqueue(objectsV2({ keys: ['d', 'e', 'f'], truncated: true, nextToken: 't2' }), objectsV2({ keys: ['g'], truncated: false }));
    const rest = await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { StartingToken: iterator.resume_token } }));
    expect(keysOf(rest)).to.deep.equal([['e', 'f'], ['g']]);
    expect(server.requests.map(queryOf).map((q) => q['continuation-token'])).to.deep.equal(['t1', 't2']);
  });

  it('a second cut inside the same page adds to the truncation amount', async () => {
    const start = Buffer.from(JSON.stringify({ ContinuationToken: 't1', boto_truncate_amount: 1 })).toString('base64');
    server.enqueue(objectsV2({ keys: ['d', 'e', 'f'], truncated: true, nextToken: 't2' }));
    const iterator = fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { StartingToken: start, MaxItems: 1 } });
    expect(keysOf(await collect(iterator))).to.deep.equal([['e']]);
    expect(decodeToken(iterator.resume_token)).to.deep.equal({ ContinuationToken: 't1', boto_truncate_amount: 2 });
  });

  it('a cut on the first page keeps a null token for the first request', async () => {
    threePages();
    const iterator = fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { MaxItems: 2 } });
    const full = await iterator.build_full_result();
    expect((full.Contents as { Key: string }[]).map((o) => o.Key)).to.deep.equal(['a', 'b']);
    expect(decodeToken(full.NextToken)).to.deep.equal({ ContinuationToken: null, boto_truncate_amount: 2 });

    server.reset();
    server.enqueue(objectsV2({ keys: ['a', 'b', 'c'], truncated: false }));
    const resumed = await fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { StartingToken: full.NextToken as string } }).build_full_result();
    expect((resumed.Contents as { Key: string }[]).map((o) => o.Key)).to.deep.equal(['c']);
    expect(queryOf(server.last)).to.not.have.property('continuation-token');
  });

  it('MaxItems at a page boundary: the token is the next page\'s, with no truncation', async () => {
    threePages();
    const full = await fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { MaxItems: 3 } }).build_full_result();
    expect((full.Contents as unknown[]).length).to.equal(3);
    expect(decodeToken(full.NextToken)).to.deep.equal({ ContinuationToken: 't1' });
    expect(server.requests).to.have.length(1);
  });

  it('no NextToken when the listing ends within MaxItems', async () => {
    threePages();
    const full = await fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { MaxItems: 7 } }).build_full_result();
    expect((full.Contents as unknown[]).length).to.equal(7);
    expect(full).to.not.have.property('NextToken');
  });

  it('two-marker resume inside a page of versions', async () => {
    server.enqueue(
      versions({ versions: [['a', 'v1']], truncated: true, nextKey: 'a', nextVersion: 'v1' }),
      versions({ versions: [['b', 'v2'], ['b', 'v3']], deleteMarkers: [['c', 'd1']], truncated: true, nextKey: 'c', nextVersion: 'd1' }),
    );
    const iterator = fx.s3.get_paginator('list_object_versions').paginate({ Bucket: 'bucket', PaginationConfig: { MaxItems: 2 } });
    const full = await iterator.build_full_result();
    expect((full.Versions as { VersionId: string }[]).map((v) => v.VersionId)).to.deep.equal(['v1', 'v2']);
    expect((full.DeleteMarkers as { VersionId: string }[]).map((v) => v.VersionId)).to.deep.equal(['d1']);
    expect(decodeToken(full.NextToken)).to.deep.equal({ KeyMarker: 'a', VersionIdMarker: 'v1', boto_truncate_amount: 1 });

    server.reset();
    server.enqueue(versions({ versions: [['b', 'v2'], ['b', 'v3']], deleteMarkers: [['c', 'd1']], truncated: false }));
    const rest = await fx.s3.get_paginator('list_object_versions').paginate({ Bucket: 'bucket', PaginationConfig: { StartingToken: full.NextToken as string } }).build_full_result();
    expect(queryOf(server.last)).to.include({ 'key-marker': 'a', 'version-id-marker': 'v1' });
    expect((rest.Versions as { VersionId: string }[]).map((v) => v.VersionId)).to.deep.equal(['v3']);
    // the delete markers of that page were returned with the cut page: not twice
    expect(rest.DeleteMarkers).to.deep.equal([]);
  });

  it('a plain StartingToken (a marker) works for single-token paginators', async () => {
    server.enqueue(objectsV1({ keys: ['k6'], truncated: false }));
    await collect(fx.s3.get_paginator('list_objects').paginate({ Bucket: 'bucket', PaginationConfig: { StartingToken: 'k5' } }));
    expect(queryOf(server.last).marker).to.equal('k5');
  });

  it('search() yields each value of list results, and null for a page without the member (as botocore)', async () => {
    server.enqueue(
      objectsV1({ keys: ['a', 'b'], sizes: [50, 150], truncated: true }),
      objectsV1({ keys: [], truncated: true, nextMarker: 'b2' }),
      objectsV1({ keys: ['c'], sizes: [300], truncated: false }),
    );
    const values = await collect(fx.s3.get_paginator('list_objects').paginate({ Bucket: 'bucket' }).search('Contents[?Size > `100`].Key'));
    expect(values).to.deep.equal(['b', null, 'c']);
  });

  it('search() yields a scalar expression once per page', async () => {
    server.enqueue(objectsV2({ keys: ['a'], truncated: true, nextToken: 't' }), objectsV2({ keys: ['b'], truncated: false }));
    const values = await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket' }).search('IsTruncated'));
    expect(values).to.deep.equal([true, false]);
  });

  it('the same next token twice is a PaginationError (no endless loop)', async () => {
    server.enqueue(objectsV2({ keys: ['a'], truncated: true, nextToken: 'same' }), objectsV2({ keys: ['b'], truncated: true, nextToken: 'same' }));
    let caught: unknown;
    try {
      await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket' }));
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(PaginationError);
    expect(server.requests).to.have.length(2);
  });

  it('bad PaginationConfig values fail before any request, listing every problem', () => {
    const paginator = fx.s3.get_paginator('list_objects_v2');
    let caught: unknown;
    try {
      paginator.paginate({ Bucket: 'bucket', PaginationConfig: { MaxItems: 0, PageSize: 1.5, Foo: 1 } as never });
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(ParamValidationError);
    expect((caught as ParamValidationError).problems).to.have.length(3);
    expect(server.requests).to.have.length(0);
  });

  it('a StartingToken with members the paginator does not have is rejected', async () => {
    const bad = Buffer.from(JSON.stringify({ Marker: 'x' })).toString('base64');
    let caught: unknown;
    try {
      await collect(fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket', PaginationConfig: { StartingToken: bad } }));
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(ParamValidationError);
    expect(server.requests).to.have.length(0);
  });

  it('each iteration starts over from the first page', async () => {
    server.enqueue(objectsV2({ keys: ['a'], truncated: false }), objectsV2({ keys: ['a'], truncated: false }));
    const iterator = fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'bucket' });
    await collect(iterator);
    await collect(iterator);
    expect(server.requests.map(queryOf).map((q) => q['continuation-token'])).to.deep.equal([undefined, undefined]);
  });
});
