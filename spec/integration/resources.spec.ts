// A walk through the resource API against the real RADOS Gateway: buckets, objects, a 300-object
// collection, versions, a multipart upload, batch delete and waiters — no client call but cleanup.
import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientError, type S3 } from '../../lib/index.js';
import { destroyBucket, rejects, SERVER_START_TIMEOUT_MS, type ServerInfo, uniqueBucketName } from './support.js';
import { ensureServer } from '../helpers/server.js';
import { serverResource } from '../resources/support.js';

const FAST = { WaiterConfig: { Delay: 0.2, MaxAttempts: 25 } };

describe('integration: the resource API', function () {
  let server: ServerInfo;
  let s3: S3.ServiceResource;
  let bucket: S3.Bucket;
  let dir: string;
  const name = uniqueBucketName('it-res');

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ensureServer();
    s3 = serverResource(server);
    dir = await mkdtemp(join(tmpdir(), 'cos-boto3-res-'));
  });

  after(async function () {
    await destroyBucket(s3.meta.client, name);
    await s3.meta.client.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('create_bucket returns the Bucket; it exists, is in buckets.all() with its creation date, and loads', async () => {
    bucket = await s3.create_bucket({ Bucket: name, CreateBucketConfiguration: { LocationConstraint: server.locationConstraint } });
    expect(bucket.name).to.equal(name);
    await bucket.wait_until_exists(FAST);
    const listed = (await s3.buckets.all().toArray()).find((b) => b.name === name);
    expect(listed, 'buckets.all() lists it').to.not.equal(undefined);
    expect(listed!.creation_date).to.be.instanceOf(Date);
    await bucket.load();
    expect(bucket.creation_date!.getTime()).to.equal(listed!.creation_date!.getTime());
  });

  it('put_object returns the Object; load() fills its attributes; get() reads it', async () => {
    const obj = await bucket.put_object({ Key: 'hello.txt', Body: 'Hello, COS!', ContentType: 'text/plain', Metadata: { owner: 'me' } });
    expect([obj.bucket_name, obj.key]).to.deep.equal([name, 'hello.txt']);
    await obj.wait_until_exists(FAST);
    await obj.load();
    expect([obj.content_length, obj.content_type, obj.metadata]).to.deep.equal([11, 'text/plain', { owner: 'me' }]);
    expect(obj.e_tag).to.match(/^"[0-9a-f]{32}"$/);
    expect(obj.last_modified).to.be.instanceOf(Date);
    const { Body } = await obj.get({ Range: 'bytes=0-4' });
    expect(await Body!.text()).to.equal('Hello');
    // the action cleared the data: attributes need a new load
    expect(obj.meta.data).to.equal(null);
  });

  it('upload_file and download_file through the Bucket and the Object', async () => {
    const source = join(dir, 'up.txt');
    await writeFile(source, 'uploaded through the resource\n');
    await bucket.upload_file(source, 'files/up.txt', { ExtraArgs: { ContentType: 'text/plain' } });
    const obj = await bucket.Object('files/up.txt').load();
    expect([obj.content_length, obj.content_type]).to.deep.equal([30, 'text/plain']);
    const target = join(dir, 'down.txt');
    await obj.download_file(target);
    expect(await readFile(target, 'utf8')).to.equal('uploaded through the resource\n');
  });

  it('iterates objects.filter({ Prefix }).page_size(50).limit(120) over 300 objects: 120 hydrated summaries in pages of 50', async () => {
    const keys = Array.from({ length: 300 }, (_, i) => `many/${String(i).padStart(3, '0')}.txt`);
    for (let i = 0; i < keys.length; i += 30) {
      await Promise.all(keys.slice(i, i + 30).map((Key) => bucket.put_object({ Key, Body: Key })));
    }
    const collection = bucket.objects.filter({ Prefix: 'many/' }).page_size(50).limit(120);
    const seen: S3.ObjectSummary[] = [];
    for await (const summary of collection) seen.push(summary);
    expect(seen.map((s) => s.key)).to.deep.equal(keys.slice(0, 120));
    expect(seen.every((s) => s.size === s.key.length && /^"[0-9a-f]{32}"$/.test(s.e_tag!))).to.equal(true);
    const sizes: number[] = [];
    for await (const page of collection.pages()) sizes.push(page.length);
    expect(sizes).to.deep.equal([50, 50, 20]);
    expect(await bucket.objects.filter({ Prefix: 'many/' }).toArray()).to.have.length(300);
    // a summary loads by HeadObject: size from ContentLength
    const loaded = await bucket.Object('many/007.txt').Acl().Object().load();
    expect(loaded.content_length).to.equal(12);
    const summary = await s3.ObjectSummary(name, 'many/007.txt').load();
    expect(summary.size).to.equal(12);
  });

  it('batch delete: one DeleteObjects per page, then the prefix is empty', async () => {
    const responses = await bucket.objects.filter({ Prefix: 'many/' }).page_size(100).delete();
    expect(responses).to.have.length(3);
    expect(responses.map((r) => r.Deleted!.length)).to.deep.equal([100, 100, 100]);
    expect(await bucket.objects.filter({ Prefix: 'many/' }).toArray()).to.deep.equal([]);
  });

  it('versioning enable/suspend; object_versions lists every version, each readable by Version(id)', async () => {
    const versioning = bucket.Versioning();
    await versioning.enable();
    expect((await versioning.load()).status).to.equal('Enabled');
    const obj = bucket.Object('doc/v.txt');
    await obj.put({ Body: 'one' });
    await obj.put({ Body: 'two' });
    const versions = await bucket.object_versions.filter({ Prefix: 'doc/' }).toArray();
    expect(versions).to.have.length(2);
    expect(versions.map((v) => v.is_latest)).to.deep.equal([true, false]);
    const old = await obj.Version(versions[1]!.id).get();
    expect(await old.Body!.text()).to.equal('one');
    expect((await versions[0]!.head()).ContentLength).to.equal(3);
    await versioning.suspend();
    expect((await versioning.load()).status).to.equal('Suspended');
    await bucket.object_versions.filter({ Prefix: 'doc/' }).delete();
    expect(await bucket.object_versions.filter({ Prefix: 'doc/' }).toArray()).to.deep.equal([]);
  });

  it('a multipart upload: initiate_multipart_upload → Part(n).upload → parts → complete', async () => {
    const obj = bucket.Object('big/file.bin');
    const upload = await obj.initiate_multipart_upload({ ContentType: 'application/octet-stream' });
    const inProgress = await bucket.multipart_uploads.filter({ Prefix: 'big/' }).toArray();
    expect(inProgress.map((u) => [u.object_key, u.id])).to.deep.equal([['big/file.bin', upload.id]]);
    await upload.Part(1).upload({ Body: Buffer.alloc(5 * 1024 * 1024, 1) });
    await upload.Part(2).upload({ Body: 'tail' });
    const parts = await upload.parts.all().toArray();
    expect(parts.map((p) => [p.part_number, p.size])).to.deep.equal([[1, 5 * 1024 * 1024], [2, 4]]);
    const done = await upload.complete({ MultipartUpload: { Parts: parts.map((p) => ({ PartNumber: p.part_number, ETag: p.e_tag })) } });
    expect(done.equals(obj)).to.equal(true);
    expect((await done.load()).content_length).to.equal(5 * 1024 * 1024 + 4);
    expect(await bucket.multipart_uploads.all().toArray()).to.deep.equal([]);
  });

  it('an aborted upload is gone; a missing object raises the modeled error; waiters see a delete', async () => {
    const upload = await bucket.Object('big/aborted.bin').initiate_multipart_upload();
    await upload.abort();
    expect(await bucket.multipart_uploads.all().toArray()).to.deep.equal([]);
    const err = await rejects(bucket.Object('absent').load());
    expect(err.code).to.equal('404');
    const obj = bucket.Object('hello.txt');
    await obj.delete();
    await obj.wait_until_not_exists(FAST);
  });

  it('the bucket empties with a batch delete and goes away; wait_until_not_exists agrees', async () => {
    await bucket.object_versions.delete();
    await bucket.objects.delete();
    await bucket.delete();
    await bucket.wait_until_not_exists(FAST);
    const listed = await s3.buckets.all().toArray();
    expect(listed.some((b) => b.name === name)).to.equal(false);
    const gone = await rejects(bucket.Acl().load());
    expect(gone).to.be.instanceOf(ClientError);
    expect(gone.code).to.equal('NoSuchBucket');
  });
});
