// Versioning against the real RADOS Gateway: enable and suspend, several versions of a key, listing
// versions and delete markers, reading and deleting a specific version.
import { expect } from 'chai';
import { rejects, uniqueBucketName, withBucket } from './support.js';

describe('integration: versioning', function () {
  const bucket = uniqueBucketName('it-versions');
  const key = 'doc/versioned file.txt';
  let v1: string;
  let v2: string;
  let marker: string;

  const fx = withBucket(bucket);

  it('get_bucket_versioning of a never-versioned bucket has no Status', async () => {
    const out = await fx.s3.get_bucket_versioning({ Bucket: bucket });
    expect(out.Status).to.equal(undefined);
    expect(out.ResponseMetadata.HTTPStatusCode).to.equal(200);
  });

  it('put_bucket_versioning Enabled is reported by get_bucket_versioning', async () => {
    await fx.s3.put_bucket_versioning({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } });
    const out = await fx.s3.get_bucket_versioning({ Bucket: bucket });
    expect(out.Status).to.equal('Enabled');
  });

  it('each put_object of the same key answers a new VersionId', async () => {
    const a = await fx.s3.put_object({ Bucket: bucket, Key: key, Body: 'version one' });
    const b = await fx.s3.put_object({ Bucket: bucket, Key: key, Body: 'version two' });
    expect(a.VersionId).to.be.a('string').and.not.equal('');
    expect(b.VersionId).to.be.a('string').and.not.equal(a.VersionId);
    v1 = a.VersionId!;
    v2 = b.VersionId!;
  });

  it('list_object_versions lists both, the newest first with IsLatest', async () => {
    const out = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: 'doc/' });
    const versions = out.Versions ?? [];
    expect(versions.map((v) => v.VersionId)).to.deep.equal([v2, v1]);
    expect(versions.map((v) => v.IsLatest)).to.deep.equal([true, false]);
    expect(versions.every((v) => v.Key === key)).to.equal(true);
    expect(versions.map((v) => v.Size)).to.deep.equal(['version two'.length, 'version one'.length]);
    expect(versions[0]!.LastModified).to.be.instanceOf(Date);
    expect(out.DeleteMarkers ?? []).to.deep.equal([]);
  });

  it('get_object with VersionId reads an older version; without, the latest', async () => {
    const old = await fx.s3.get_object({ Bucket: bucket, Key: key, VersionId: v1 });
    expect(old.VersionId).to.equal(v1);
    expect(await old.Body!.text()).to.equal('version one');
    const latest = await fx.s3.get_object({ Bucket: bucket, Key: key });
    expect(latest.VersionId).to.equal(v2);
    expect(await latest.Body!.text()).to.equal('version two');
    const head = await fx.s3.head_object({ Bucket: bucket, Key: key, VersionId: v1 });
    expect(head.ContentLength).to.equal('version one'.length);
  });

  it('copy_object from a specific source version', async () => {
    const out = await fx.s3.copy_object({ Bucket: bucket, Key: 'doc/restored.txt', CopySource: { Bucket: bucket, Key: key, VersionId: v1 } });
    // RGW 16.2 sends no x-amz-copy-source-version-id; the copied bytes show which version was read
    expect(out.CopyObjectResult?.ETag).to.be.a('string');
    const got = await fx.s3.get_object({ Bucket: bucket, Key: 'doc/restored.txt' });
    expect(await got.Body!.text()).to.equal('version one');
  });

  it('delete_object without VersionId adds a delete marker; the key then reads as NoSuchKey', async () => {
    const out = await fx.s3.delete_object({ Bucket: bucket, Key: key });
    expect(out.DeleteMarker).to.equal(true);
    expect(out.VersionId).to.be.a('string').and.not.equal('');
    marker = out.VersionId!;
    const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: key }));
    expect(err.code).to.equal('NoSuchKey');
    const old = await fx.s3.get_object({ Bucket: bucket, Key: key, VersionId: v2 });
    expect(await old.Body!.text()).to.equal('version two');
  });

  it('list_object_versions shows the DeleteMarker as latest and both versions as not latest', async () => {
    const out = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: key });
    expect(out.DeleteMarkers?.map((d) => [d.Key, d.VersionId, d.IsLatest])).to.deep.equal([[key, marker, true]]);
    expect(out.DeleteMarkers![0]!.LastModified).to.be.instanceOf(Date);
    expect(out.Versions?.map((v) => [v.VersionId, v.IsLatest])).to.deep.equal([
      [v2, false],
      [v1, false],
    ]);
  });

  it('deleting the delete marker by VersionId brings the latest version back', async () => {
    const out = await fx.s3.delete_object({ Bucket: bucket, Key: key, VersionId: marker });
    expect(out.VersionId).to.equal(marker);
    const got = await fx.s3.get_object({ Bucket: bucket, Key: key });
    expect(await got.Body!.text()).to.equal('version two');
  });

  it('delete_object with a VersionId removes exactly that version', async () => {
    const out = await fx.s3.delete_object({ Bucket: bucket, Key: key, VersionId: v1 });
    expect(out.VersionId).to.equal(v1);
    const listed = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: key });
    expect(listed.Versions?.map((v) => v.VersionId)).to.deep.equal([v2]);
    const err = await rejects(fx.s3.get_object({ Bucket: bucket, Key: key, VersionId: v1 }));
    expect(err.status).to.equal(404);
  });

  it('delete_objects with VersionIds removes specific versions', async () => {
    const a = await fx.s3.put_object({ Bucket: bucket, Key: 'multi', Body: 'a' });
    const b = await fx.s3.put_object({ Bucket: bucket, Key: 'multi', Body: 'b' });
    const out = await fx.s3.delete_objects({
      Bucket: bucket,
      Delete: { Objects: [{ Key: 'multi', VersionId: a.VersionId! }, { Key: 'multi', VersionId: b.VersionId! }] },
    });
    expect(out.Deleted?.map((d) => d.VersionId).sort()).to.deep.equal([a.VersionId, b.VersionId].sort());
    const listed = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: 'multi' });
    expect(listed.Versions ?? []).to.deep.equal([]);
  });

  it('list_object_versions pages with MaxKeys, KeyMarker and VersionIdMarker', async () => {
    for (const body of ['p1', 'p2', 'p3']) await fx.s3.put_object({ Bucket: bucket, Key: 'paged', Body: body });
    const seen: string[] = [];
    let markers: { KeyMarker?: string; VersionIdMarker?: string } = {};
    for (let page = 0; page < 5; page++) {
      const out = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: 'paged', MaxKeys: 2, ...markers });
      seen.push(...(out.Versions ?? []).map((v) => v.VersionId!));
      if (!out.IsTruncated) break;
      markers = { KeyMarker: out.NextKeyMarker!, VersionIdMarker: out.NextVersionIdMarker! };
    }
    expect(seen).to.have.length(3);
    expect(new Set(seen).size).to.equal(3);
  });

  it('put_bucket_versioning Suspended: new writes get the "null" version', async () => {
    await fx.s3.put_bucket_versioning({ Bucket: bucket, VersioningConfiguration: { Status: 'Suspended' } });
    const status = await fx.s3.get_bucket_versioning({ Bucket: bucket });
    expect(status.Status).to.equal('Suspended');
    await fx.s3.put_object({ Bucket: bucket, Key: 'suspended', Body: 's' });
    const listed = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: 'suspended' });
    expect(listed.Versions?.map((v) => v.VersionId)).to.deep.equal(['null']);
    // versions written while enabled stay
    const kept = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: key });
    expect(kept.Versions?.map((v) => v.VersionId)).to.deep.equal([v2]);
  });
});
