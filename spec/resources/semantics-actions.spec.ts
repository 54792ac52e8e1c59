// boto3 resource behaviours 8, 9, 10 and 14 (../shared/reference/boto3-resource-semantics.md):
// actions clear cached data, what actions return, plural responses, resource waiters.
import { expect } from 'chai';
import { ClientError, ResourceNotLoadedError } from '../../lib/index.js';
import { s3WithSpy } from './support.js';

const error = (Code: string, status: number) =>
  new ClientError({ Error: { Code, Message: Code }, ResponseMetadata: { HTTPStatusCode: status, HTTPHeaders: {}, RetryAttempts: 0 } }, 'Op');

describe('resources: boto3 behaviours (actions)', () => {
  it('8. a non-load action clears the loaded data: the next attribute read needs a new load', async () => {
    const { s3, spy } = s3WithSpy({ head_object: (_p, i) => ({ ContentLength: i === 0 ? 1 : 2 }) });
    const obj = await s3.Object('b', 'k').load();
    expect(obj.content_length).to.equal(1);
    await obj.put({ Body: 'xy' });
    expect(obj.meta.data).to.equal(null);
    expect(() => obj.content_length).to.throw(ResourceNotLoadedError);
    expect((await obj.load()).content_length).to.equal(2);
    expect(spy.calls.map((c) => c.method)).to.deep.equal(['head_object', 'put_object', 'head_object']);
  });

  it('8. a resource without load keeps its data after an action; a failed action leaves data alone', async () => {
    const { s3, spy } = s3WithSpy();
    const version = s3.ObjectVersion('b', 'k', 'v1');
    version.meta.data = { Size: 3 };
    await version.delete();
    expect(version.size).to.equal(3);
    const obj = s3.Object('b', 'k');
    obj.meta.data = { ContentLength: 4 };
    spy.handlers.delete_object = () => Promise.reject(error('AccessDenied', 403));
    let caught: unknown;
    await obj.delete().catch((e: unknown) => (caught = e));
    expect(caught).to.be.instanceOf(ClientError);
    expect(obj.content_length).to.equal(4);
  });

  it('9. put_object returns an Object (Key from the request), without data', async () => {
    const { s3, spy } = s3WithSpy({ put_object: () => ({ ETag: '"e"' }) });
    const obj = await s3.Bucket('b').put_object({ Key: 'dir/a.txt', Body: 'hi' });
    expect(obj.constructor.name).to.equal('s3.Object');
    expect([obj.bucket_name, obj.key, obj.meta.data]).to.deep.equal(['b', 'dir/a.txt', null]);
    expect(spy.calls[0]).to.deep.include({ method: 'put_object', params: { Bucket: 'b', Key: 'dir/a.txt', Body: 'hi' } });
  });

  it('9. initiate_multipart_upload returns a MultipartUpload (Id from UploadId); complete returns the Object', async () => {
    const { s3, spy } = s3WithSpy({ create_multipart_upload: () => ({ UploadId: 'up-1', Bucket: 'b', Key: 'k' }) });
    const upload = await s3.Object('b', 'k').initiate_multipart_upload({ ContentType: 'text/plain' });
    expect([upload.constructor.name, upload.bucket_name, upload.object_key, upload.id]).to.deep.equal(['s3.MultipartUpload', 'b', 'k', 'up-1']);
    const part = await upload.Part(1).upload({ Body: 'x' });
    expect(part).to.deep.equal({});
    const done = await upload.complete({ MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"p"' }] } });
    expect(done.equals(s3.Object('b', 'k'))).to.equal(true);
    expect(spy.calls.map((c) => [c.method, c.params.UploadId, c.params.PartNumber])).to.deep.equal([
      ['create_multipart_upload', undefined, undefined], ['upload_part', 'up-1', 1], ['complete_multipart_upload', 'up-1', undefined],
    ]);
  });

  it('9. create_bucket returns a Bucket; other actions return the response as it came', async () => {
    const { s3 } = s3WithSpy({ create_bucket: () => ({ Location: '/nb' }), get_object: () => ({ ContentLength: 2 }) });
    const bucket = await s3.create_bucket({ Bucket: 'nb' });
    expect(bucket.equals(s3.Bucket('nb'))).to.equal(true);
    expect(await s3.Object('nb', 'k').get()).to.deep.equal({ ContentLength: 2 });
  });

  it('9. the caller\'s params are merged over those from identifiers and constants', async () => {
    const { s3, spy } = s3WithSpy();
    await s3.Bucket('b').Versioning().enable({ MFA: 'serial 123' });
    await s3.Bucket('b').Versioning().suspend();
    await s3.Object('b', 'k').copy_from({ Bucket: 'elsewhere', CopySource: 'src/k' } as never);
    expect(spy.calls.map((c) => c.params)).to.deep.equal([
      { Bucket: 'b', VersioningConfiguration: { Status: 'Enabled' }, MFA: 'serial 123' },
      { Bucket: 'b', VersioningConfiguration: { Status: 'Suspended' } },
      { Bucket: 'elsewhere', Key: 'k', CopySource: 'src/k' },
    ]);
  });

  it('10. plural responses: one resource per element, each with its item as data (versions and delete markers)', async () => {
    const { s3 } = s3WithSpy({
      list_object_versions: () => ({
        Versions: [{ Key: 'a', VersionId: 'v2', IsLatest: true, Size: 5 }, { Key: 'a', VersionId: 'v1', IsLatest: false, Size: 4 }],
        DeleteMarkers: [{ Key: 'b', VersionId: 'm1', IsLatest: true }],
      }),
    });
    const versions = await s3.Bucket('b').object_versions.all().toArray();
    expect(versions.map((v) => [v.object_key, v.id, v.is_latest, v.size])).to.deep.equal([
      ['a', 'v2', true, 5], ['a', 'v1', false, 4], ['b', 'm1', true, undefined],
    ]);
  });

  it('10. when the response does not identify the resource, the action answers an empty response', async () => {
    const { s3 } = s3WithSpy();
    // no Key sent: PutObject's resource cannot be identified (the spy does not validate)
    expect(await s3.Bucket('b').put_object({} as never)).to.deep.equal({});
  });

  it('14. resource waiters run the client waiter with the identifiers and the caller\'s params, and return nothing', async () => {
    const { s3, spy } = s3WithSpy();
    expect(await s3.Object('b', 'k').wait_until_exists({ VersionId: 'v', WaiterConfig: { Delay: 1, MaxAttempts: 2 } })).to.equal(undefined);
    await s3.ObjectSummary('b', 'k').wait_until_not_exists();
    await s3.Bucket('b').wait_until_exists();
    await s3.Bucket('b').wait_until_not_exists();
    expect(spy.calls.map((c) => [c.method, c.params])).to.deep.equal([
      ['wait:object_exists', { Bucket: 'b', Key: 'k', VersionId: 'v', WaiterConfig: { Delay: 1, MaxAttempts: 2 } }],
      ['wait:object_not_exists', { Bucket: 'b', Key: 'k' }],
      ['wait:bucket_exists', { Bucket: 'b' }],
      ['wait:bucket_not_exists', { Bucket: 'b' }],
    ]);
  });

  it('an AbortSignal reaches the client call', async () => {
    const { s3, spy } = s3WithSpy();
    const controller = new AbortController();
    await s3.Object('b', 'k').load({ signal: controller.signal });
    await s3.Object('b', 'k').get({}, { signal: controller.signal });
    expect(spy.calls.map((c) => c.options?.signal)).to.deep.equal([controller.signal, controller.signal]);
  });
});
