// Paginators against canned pages: a caller's own starting markers reach the first request (botocore
// injects input tokens only for a StartingToken), the full result has botocore's keys, and resume
// tokens are botocore's bytes.
import { expect } from 'chai';
import { pythonJson } from '../../lib/client/paginator.js';
import { recordingClient } from '../helpers/clients.js';
import { objectsV1, objectsV2, parts, queryOf, uploads, versions } from './paginator-pages.js';

describe('client/paginator: the caller\'s starting markers, full-result keys, token bytes', () => {
  const fx = recordingClient();
  const { server } = fx;

  // every paginated input token of the S3 paginators, given by the caller, and the page that answers
  const cases = [
    { method: 'list_objects', params: { Bucket: 'b', Marker: 'b/1' }, query: { marker: 'b/1' }, page: () => objectsV1({ keys: ['c'], truncated: false }) },
    { method: 'list_objects_v2', params: { Bucket: 'b', ContinuationToken: 'tok+/=' }, query: { 'continuation-token': 'tok+/=' }, page: () => objectsV2({ keys: ['c'], truncated: false }) },
    // StartAfter is no input token: it is a plain member and stays on every request
    { method: 'list_objects_v2', params: { Bucket: 'b', StartAfter: 'b/1' }, query: { 'start-after': 'b/1' }, page: () => objectsV2({ keys: ['c'], truncated: false }) },
    {
      method: 'list_object_versions',
      params: { Bucket: 'b', KeyMarker: 'k', VersionIdMarker: 'v9' },
      query: { 'key-marker': 'k', 'version-id-marker': 'v9' },
      page: () => versions({ versions: [['l', 'v1']], truncated: false }),
    },
    {
      method: 'list_multipart_uploads',
      params: { Bucket: 'b', KeyMarker: 'k', UploadIdMarker: 'u9' },
      query: { 'key-marker': 'k', 'upload-id-marker': 'u9' },
      page: () => uploads({ uploads: [['l', 'u1']], truncated: false }),
    },
    { method: 'list_parts', params: { Bucket: 'b', Key: 'big', UploadId: 'up-1', PartNumberMarker: 3 }, query: { 'part-number-marker': '3' }, page: () => parts({ numbers: [4], truncated: false }) },
  ] as const;

  for (const c of cases) {
    it(`${c.method} sends the caller's ${Object.keys(c.query).join(' + ')} on the first request`, async () => {
      server.enqueue(c.page());
      const paginator = (fx.s3 as unknown as { get_paginator(m: string): { paginate(p: object): AsyncIterable<unknown> } }).get_paginator(c.method);
      for await (const _ of paginator.paginate(c.params)) void _;
      expect(queryOf(server.requests[0]!)).to.include(c.query);
    });
  }

  it('the next page replaces the caller\'s marker with the service\'s', async () => {
    server.enqueue(objectsV1({ keys: ['c', 'd'], truncated: true }), objectsV1({ keys: ['e'], truncated: false }));
    const full = await fx.s3.get_paginator('list_objects').paginate({ Bucket: 'b', Marker: 'b/1' }).build_full_result();
    expect(server.requests.map(queryOf).map((q) => q.marker)).to.deep.equal(['b/1', 'd']);
    expect(Object.keys(full)).to.deep.equal(['Contents']);
  });

  it('a StartingToken overrides the caller\'s marker, as in botocore', async () => {
    server.enqueue(objectsV1({ keys: ['x'], truncated: false }));
    const StartingToken = Buffer.from(pythonJson({ Marker: 'w' })).toString('base64');
    await fx.s3.get_paginator('list_objects').paginate({ Bucket: 'b', Marker: 'b/1', PaginationConfig: { StartingToken } }).build_full_result();
    expect(queryOf(server.requests[0]!).marker).to.equal('w');
  });

  it('a cut on the first page records the caller\'s marker, so the resume token continues from it', async () => {
    server.enqueue(objectsV1({ keys: ['c', 'd'], truncated: true }));
    const full = await fx.s3.get_paginator('list_objects').paginate({ Bucket: 'b', Marker: 'b/1', PaginationConfig: { MaxItems: 1 } }).build_full_result();
    expect(Buffer.from(full.NextToken as string, 'base64').toString()).to.equal('{"Marker": "b/1", "boto_truncate_amount": 1}');
    server.reset();
    server.enqueue(objectsV1({ keys: ['c', 'd'], truncated: false }));
    const rest = await fx.s3.get_paginator('list_objects').paginate({ Bucket: 'b', Marker: 'b/1', PaginationConfig: { StartingToken: full.NextToken as string } }).build_full_result();
    expect(queryOf(server.requests[0]!).marker).to.equal('b/1');
    expect((rest.Contents as { Key: string }[]).map((o) => o.Key)).to.deep.equal(['d']);
  });

  it('resume tokens are the bytes botocore writes (its json.dumps separators)', async () => {
    server.enqueue(objectsV2({ keys: ['a', 'b', 'c'], truncated: true, nextToken: 't1' }));
    const full = await fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: 'b', PaginationConfig: { MaxItems: 2 } }).build_full_result();
    // what botocore 1.43 gives for the same pages
    expect(full.NextToken).to.equal('eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDJ9');
    expect(pythonJson({ K: 'ü日\n"', n: 3, z: null, l: [1, 'a'] })).to.equal('{"K": "\\u00fc\\u65e5\\n\\"", "n": 3, "z": null, "l": [1, "a"]}');
  });

  it('resuming inside a page empties the secondary lists and keeps their counts', async () => {
    server.enqueue(objectsV1({ keys: ['a', 'b'], prefixes: ['p/'], truncated: false }));
    const StartingToken = Buffer.from(pythonJson({ Marker: null, boto_truncate_amount: 1 })).toString('base64');
    const full = await fx.s3.get_paginator('list_objects').paginate({ Bucket: 'b', PaginationConfig: { StartingToken } }).build_full_result();
    expect(full).to.deep.equal({ Contents: [{ Key: 'b', Size: 20, ETag: '"e"' }], CommonPrefixes: [] });
  });
});
