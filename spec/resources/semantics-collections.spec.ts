// boto3 resource behaviours 11–13 (../shared/reference/boto3-resource-semantics.md): collections
// lazy and immutable, limit/page_size mapped to pagination, hydrated items, batch actions per page.
import { expect } from 'chai';
import { ParamValidationError, type S3 } from '../../lib/index.js';
import { objectsPage, s3WithSpy } from './support.js';

/** ListObjects pages of `size` over keys k000…k(n-1), honouring Marker and MaxKeys like a server. */
function listing(n: number) {
  const keys = Array.from({ length: n }, (_, i) => `k${String(i).padStart(3, '0')}`);
  return (p: Record<string, unknown>) => {
    const start = p.Marker ? keys.indexOf(p.Marker as string) + 1 : 0;
    const size = (p.MaxKeys as number | undefined) ?? 1000;
    const page = keys.slice(start, start + size);
    return objectsPage(page, start + size < n ? page.at(-1) : undefined);
  };
}

describe('resources: boto3 behaviours (collections)', () => {
  it('11. bucket.objects is a manager: builders, batch actions and pages(), but not iterable', () => {
    const { s3 } = s3WithSpy();
    const manager = s3.Bucket('b').objects;
    expect((manager as unknown as Record<symbol, unknown>)[Symbol.asyncIterator]).to.equal(undefined);
    expect([manager.all, manager.filter, manager.limit, manager.page_size, manager.delete, manager.pages].every((f) => typeof f === 'function')).to.equal(true);
    // and TypeScript refuses to iterate it
    const neverCalled = async () => {
      // @ts-expect-error a CollectionManager is not AsyncIterable
      for await (const o of s3.Bucket('b').objects) void o;
    };
    void neverCalled;
  });

  it('11. builders return new collections, keep the old ones unchanged, and send nothing', async () => {
    const { s3, spy } = s3WithSpy({ list_objects: listing(5) });
    const all = s3.Bucket('b').objects.all();
    const filtered = all.filter({ Prefix: 'k' });
    const limited = filtered.limit(2);
    const paged = limited.page_size(1);
    expect(new Set([all, filtered, limited, paged]).size).to.equal(4);
    expect(spy.calls).to.deep.equal([]);
    expect((await all.toArray()).length).to.equal(5);
    expect((await limited.toArray()).length).to.equal(2);
    expect(spy.callsOf('list_objects').map((c) => c.params)).to.deep.equal([{ Bucket: 'b' }, { Bucket: 'b', Prefix: 'k' }]);
  });

  it('11. filter params merge, lists appended; every iteration sends its requests again', async () => {
    const { s3, spy } = s3WithSpy({ list_object_versions: () => ({}) });
    const c = s3.Bucket('b').object_versions.filter({ Prefix: 'a/' }).filter({ Delimiter: '/' });
    await c.toArray();
    await c.toArray();
    expect(spy.calls.map((x) => x.params)).to.deep.equal([
      { Bucket: 'b', Prefix: 'a/', Delimiter: '/' }, { Bucket: 'b', Prefix: 'a/', Delimiter: '/' },
    ]);
  });

  it('11. page_size becomes PageSize (MaxKeys) and limit MaxItems: 250 of 1000 keys in pages of 100', async () => {
    const { s3, spy } = s3WithSpy({ list_objects: listing(1000) });
    const keys: string[] = [];
    for await (const summary of s3.Bucket('b').objects.page_size(100).limit(250)) keys.push(summary.key);
    expect(keys).to.have.length(250);
    expect(keys.at(-1)).to.equal('k249');
    expect(spy.callsOf('list_objects').map((c) => [c.params.MaxKeys, c.params.Marker])).to.deep.equal([
      [100, undefined], [100, 'k099'], [100, 'k199'],
    ]);
    expect(() => s3.Bucket('b').objects.limit(0)).to.throw(ParamValidationError);
  });

  it('11. a collection whose operation does not paginate (buckets) makes one call; limit applies to its items', async () => {
    const { s3, spy } = s3WithSpy({ list_buckets: () => ({ Buckets: [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }] }) });
    const pages: string[][] = [];
    for await (const page of s3.buckets.limit(2).pages()) pages.push(page.map((b) => b.name));
    expect(pages).to.deep.equal([['a', 'b']]);
    expect(spy.calls.map((c) => [c.method, c.params])).to.deep.equal([['list_buckets', {}]]);
  });

  it('12. items carry their listing data: size, e_tag, last_modified without a request', async () => {
    const { s3, spy } = s3WithSpy({
      list_objects: () => objectsPage(['a.txt']),
      list_multipart_uploads: () => ({ Uploads: [{ Key: 'big', UploadId: 'u1', Initiated: new Date(5), StorageClass: 'STANDARD' }] }),
      list_parts: () => ({ Parts: [{ PartNumber: 1, Size: 9, ETag: '"p"' }] }),
    });
    const [summary] = await s3.Bucket('b').objects.all().toArray();
    expect([summary!.key, summary!.size, summary!.e_tag, summary!.last_modified, summary!.storage_class]).to.deep.equal(['a.txt', 5, '"a.txt"', new Date(0), 'STANDARD']);
    const [upload] = await s3.Bucket('b').multipart_uploads.all().toArray();
    expect([upload!.object_key, upload!.id, upload!.initiated]).to.deep.equal(['big', 'u1', new Date(5)]);
    const [part] = await upload!.parts.all().toArray();
    expect([part!.multipart_upload_id, part!.part_number, part!.size, part!.e_tag]).to.deep.equal(['u1', 1, 9, '"p"']);
    expect(spy.calls.map((c) => c.method)).to.deep.equal(['list_objects', 'list_multipart_uploads', 'list_parts']);
    expect(spy.calls[2]!.params).to.deep.equal({ Bucket: 'b', Key: 'big', UploadId: 'u1' });
  });

  it('13. a batch delete sends one DeleteObjects per page and returns the responses', async () => {
    const { s3, spy } = s3WithSpy({ list_objects: listing(5), delete_objects: (p) => ({ Deleted: (p.Delete as { Objects: unknown[] }).Objects }) });
    const responses = await s3.Bucket('b').objects.filter({ Prefix: 'k' }).page_size(2).delete({ MFA: 'm' });
    expect(responses).to.have.length(3);
    const sent = spy.callsOf('delete_objects').map((c) => c.params);
    expect(sent[0]).to.deep.equal({ Bucket: 'b', Delete: { Objects: [{ Key: 'k000' }, { Key: 'k001' }] }, MFA: 'm' });
    expect(sent.map((p) => (p.Delete as { Objects: unknown[] }).Objects.length)).to.deep.equal([2, 2, 1]);
  });

  it('13. a batch action stops at the first empty page; the manager deletes everything', async () => {
    const { s3, spy } = s3WithSpy({ list_objects: () => objectsPage([]) });
    expect(await s3.Bucket('b').objects.delete()).to.deep.equal([]);
    expect(spy.callsOf('delete_objects')).to.deep.equal([]);
  });

  it('13. object_versions.delete pairs each Key with its VersionId', async () => {
    const { s3, spy } = s3WithSpy({
      list_object_versions: () => ({ Versions: [{ Key: 'a', VersionId: '1' }], DeleteMarkers: [{ Key: 'b', VersionId: '2' }] }),
    });
    await s3.Bucket('b').object_versions.all().delete();
    expect(spy.callsOf('delete_objects')[0]!.params).to.deep.equal({
      Bucket: 'b', Delete: { Objects: [{ Key: 'a', VersionId: '1' }, { Key: 'b', VersionId: '2' }] },
    });
  });

  it('collections are typed: items are the resource interfaces', async () => {
    const { s3 } = s3WithSpy({ list_objects: () => objectsPage(['x']) });
    const items: S3.ObjectSummary[] = await s3.Bucket('b').objects.filter({ Prefix: 'x' }).toArray();
    const size: number | undefined = items[0]!.size;
    expect(size).to.equal(1);
  });
});
