// boto3 resource behaviours 1–7 (../shared/reference/boto3-resource-semantics.md): classes,
// names, sub-resources, the service resource, constructors, lazy attributes, load/reload.
import { expect } from 'chai';
import { ParamValidationError, ResourceLoadException, ResourceNotLoadedError, S3Client, type S3 } from '../../lib/index.js';
import { s3WithSpy } from './support.js';

describe('resources: boto3 behaviours (classes and attributes)', () => {
  it('1. classes are synthesized from the model as s3.<Name>, once, with the injections where boto3 puts them', () => {
    const { s3 } = s3WithSpy();
    const other = s3WithSpy().s3;
    const obj = s3.Object('b', 'k');
    expect(obj.constructor.name).to.equal('s3.Object');
    expect(s3.constructor.name).to.equal('s3.ServiceResource');
    expect(obj.constructor).to.equal(other.Object('x', 'y').constructor);
    expect(s3.Bucket('b').upload_file).to.be.a('function');
    expect(obj.upload_file).to.be.a('function');
    expect(s3.ObjectSummary('b', 'k').load).to.be.a('function');
    expect((s3.ObjectSummary('b', 'k') as unknown as Record<string, unknown>).upload_file).to.equal(undefined);
  });

  it('2. names are snake_case by xform_name; sub-resources keep CamelCase; waiters are wait_until_<name>; no aliases', () => {
    const { s3 } = s3WithSpy();
    const obj = s3.Object('b', 'k');
    obj.meta.data = { ETag: '"e"', IbmRestoredCopyStorageClass: 'GLACIER', SSECustomerKeyMD5: 'md5', SSEKMSKeyId: 'kms', ContentLength: 3 };
    expect([obj.e_tag, obj.ibm_restored_copy_storage_class, obj.sse_customer_key_md5, obj.ssekms_key_id, obj.content_length])
      .to.deep.equal(['"e"', 'GLACIER', 'md5', 'kms', 3]);
    expect(obj.Acl).to.be.a('function');
    expect(obj.wait_until_not_exists).to.be.a('function');
    expect((obj as unknown as Record<string, unknown>).contentLength).to.equal(undefined);
    expect((obj as unknown as Record<string, unknown>).acl).to.equal(undefined);
  });

  it('3. a has-entry without data identifiers is a sub-resource method with positional identifiers (Object.Protection)', () => {
    const { s3 } = s3WithSpy();
    // the reference names the targets Bucket/Key while ObjectProtection declares BucketName/ObjectKey
    const protection = s3.Bucket('b').Object('dir/k').Protection();
    expect([protection.bucket_name, protection.object_key]).to.deep.equal(['b', 'dir/k']);
    expect(s3.MultipartUpload('b', 'k', 'u').Part(4).part_number).to.equal(4);
    expect(s3.Bucket('b').meta.resource_model.references).to.deep.equal([]);
  });

  it('4. the service resource builds every resource from its identifiers', () => {
    const { s3 } = s3WithSpy();
    expect(s3.get_available_subresources()).to.have.length(18);
    expect(s3.Object('b', 'k').equals(s3.Bucket('b').Object('k'))).to.equal(true);
    expect(s3.ObjectVersion('b', 'k', 'v1').equals(s3.Object('b', 'k').Version('v1'))).to.equal(true);
    expect(s3.MultipartUploadPart('b', 'k', 'u', 2).equals(s3.MultipartUpload('b', 'k', 'u').Part(2))).to.equal(true);
  });

  it('5. constructors: positional or keyword identifiers, checked; read-only; equality by class and identifiers', () => {
    const { s3 } = s3WithSpy();
    const byKeyword = (s3.Object.bind(s3) as unknown as (o: object) => S3.Object)({ bucket_name: 'b', key: 'k' });
    expect(byKeyword.equals(s3.Object('b', 'k'))).to.equal(true);
    const make = s3.Object.bind(s3) as unknown as (...a: unknown[]) => unknown;
    expect(() => make('b')).to.throw(ParamValidationError, 'Required parameter key not set');
    expect(() => make('b', 'k', { colour: 'red' })).to.throw(ParamValidationError, 'Unknown keyword argument: colour');
    expect(() => make('b', 'k', 'extra')).to.throw(ParamValidationError, 'Too many positional arguments');
    const obj = s3.Object('b', 'k');
    expect(() => ((obj as unknown as { key: string }).key = 'other')).to.throw(TypeError);
    expect(obj.key).to.equal('k');
    const loaded = s3.Object('b', 'k');
    loaded.meta.data = { ContentLength: 1 };
    expect(loaded.equals(obj), 'data does not matter').to.equal(true);
    expect(s3.ObjectSummary('b', 'k').equals(obj), 'the class does').to.equal(false);
    expect(String(obj)).to.equal("s3.Object(bucket_name='b', key='k')");
    expect(JSON.stringify(obj)).to.equal('{"bucket_name":"b","key":"k"}');
  });

  it('5. a resource built without a client gets one from the default session', () => {
    const { s3 } = s3WithSpy();
    const Cls = s3.Object('b', 'k').constructor as new (...a: unknown[]) => S3.Object;
    const bare = new Cls('b', 'k');
    expect(bare.meta.client).to.be.instanceOf(S3Client);
  });

  it('6. attributes of a resource with a load throw ResourceNotLoadedError until loaded, with the fix', () => {
    const { s3, spy } = s3WithSpy();
    const obj = s3.Object('b', 'k');
    expect(() => obj.content_length).to.throw(ResourceNotLoadedError, "s3.Object(bucket_name='b', key='k').content_length is not loaded: call await obj.load() first");
    expect(() => s3.Bucket('b').creation_date).to.throw(ResourceNotLoadedError);
    // once data exists, a member it lacks is undefined, with no request
    obj.meta.data = { ContentLength: 5 };
    expect(obj.e_tag).to.equal(undefined);
    expect(spy.calls).to.deep.equal([]);
  });

  it('6. attributes of a resource with no load, built bare, throw ResourceLoadException', () => {
    const { s3 } = s3WithSpy();
    expect(() => s3.ObjectVersion('b', 'k', 'v').size).to.throw(ResourceLoadException, 's3.ObjectVersion has no load method');
    expect(() => s3.MultipartUpload('b', 'k', 'u').initiated).to.throw(ResourceLoadException, 's3.MultipartUpload has no load method');
    expect(() => s3.MultipartUploadPart('b', 'k', 'u', 1).e_tag).to.throw(ResourceLoadException);
    expect((s3.ObjectVersion('b', 'k', 'v') as unknown as Record<string, unknown>).load).to.equal(undefined);
  });

  it('7. load() keeps the whole response as data (ResponseMetadata too) and returns the resource; reload() fetches again', async () => {
    const { s3, spy } = s3WithSpy({
      head_object: (_p, i) => ({ ContentLength: 10 + i, ETag: '"x"', ResponseMetadata: { HTTPStatusCode: 200 } }),
    });
    const obj = s3.Object('b', 'k');
    expect(await obj.load()).to.equal(obj);
    expect(obj.content_length).to.equal(10);
    expect(obj.meta.data!.ResponseMetadata).to.deep.equal({ HTTPStatusCode: 200 });
    expect((await obj.reload()).content_length).to.equal(11);
    expect(spy.calls.map((c) => [c.method, c.params])).to.deep.equal([['head_object', { Bucket: 'b', Key: 'k' }], ['head_object', { Bucket: 'b', Key: 'k' }]]);
  });

  it('7. a load with a path keeps that part: BucketProtection data is the ProtectionConfiguration', async () => {
    const { s3 } = s3WithSpy({
      get_bucket_protection_configuration: () => ({ ProtectionConfiguration: { Status: 'Retention', MinimumRetention: { Days: 1 } } }),
    });
    const protection = await s3.Bucket('b').Protection().load();
    expect(protection.status).to.equal('Retention');
    expect(protection.minimum_retention).to.deep.equal({ Days: 1 });
  });
});
