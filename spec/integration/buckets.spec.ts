// Bucket lifecycle against the real RADOS Gateway: create, head, list, location, delete, and the
// errors a missing or non-empty bucket produces.
import { expect } from 'chai';
import { ClientError } from '../../lib/index.js';
import { createBucket, destroyBucket, rejects, setUp, uniqueBucketName, type Fixture } from './support.js';

describe('integration: buckets', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-buckets');
  const doomed = uniqueBucketName('it-buckets-doomed');
  const missing = uniqueBucketName('it-buckets-missing');

  before(async function () {
    fx = await setUp(this);
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, doomed);
    await fx.s3.close();
  });

  it('create_bucket with a LocationConstraint answers 200 and a Location', async () => {
    const out = await fx.s3.create_bucket({
      Bucket: bucket,
      CreateBucketConfiguration: { LocationConstraint: fx.server.locationConstraint },
    });
    expect(out.ResponseMetadata.HTTPStatusCode).to.equal(200);
    expect(out.ResponseMetadata.RequestId).to.be.a('string').and.not.equal('');
  });

  it('create_bucket with a LocationConstraint the server does not know fails with InvalidLocationConstraint', async () => {
    const err = await rejects(
      fx.s3.create_bucket({ Bucket: missing, CreateBucketConfiguration: { LocationConstraint: 'nowhere-standard' } }),
    );
    expect(err.code).to.equal('InvalidLocationConstraint');
    expect(err.status).to.equal(400);
  });

  it('create_bucket of a bucket the caller already owns answers 200 (RGW, us-east-1 semantics)', async () => {
    const out = await fx.s3.create_bucket({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: fx.server.locationConstraint } });
    expect(out.ResponseMetadata.HTTPStatusCode).to.equal(200);
  });

  it('head_bucket of an existing bucket answers 200', async () => {
    const out = await fx.s3.head_bucket({ Bucket: bucket });
    expect(out.ResponseMetadata.HTTPStatusCode).to.equal(200);
    expect(out.ResponseMetadata.HTTPHeaders).to.have.property('x-amz-request-id');
  });

  it('head_bucket of a missing bucket raises a ClientError with code "404" (HEAD has no body)', async () => {
    const err = await rejects(fx.s3.head_bucket({ Bucket: missing }));
    expect(err.code).to.equal('404');
    expect(err.status).to.equal(404);
    expect(err.operation_name).to.equal('HeadBucket');
    expect(err.message).to.equal('An error occurred (404) when calling the HeadBucket operation: Not Found');
  });

  it('list_buckets includes the bucket with a Date CreationDate and the Owner', async () => {
    const out = await fx.s3.list_buckets();
    const mine = out.Buckets?.find((b) => b.Name === bucket);
    expect(mine, 'bucket listed').to.not.equal(undefined);
    expect(mine!.CreationDate).to.be.instanceOf(Date);
    const age = Date.now() - mine!.CreationDate!.getTime();
    expect(age).to.be.within(-120_000, 3_600_000);
    expect(out.Owner?.ID).to.be.a('string').and.not.equal('');
    expect(out.Owner?.DisplayName).to.be.a('string');
  });

  it('get_bucket_location answers the LocationConstraint the bucket was created with', async () => {
    const out = await fx.s3.get_bucket_location({ Bucket: bucket });
    expect(out.LocationConstraint).to.equal(fx.server.locationConstraint);
  });

  it('get_bucket_location of a missing bucket raises NoSuchBucket', async () => {
    const err = await rejects(fx.s3.get_bucket_location({ Bucket: missing }));
    expect(err.code).to.equal('NoSuchBucket');
  });

  it('list_objects of a missing bucket raises client.exceptions.NoSuchBucket', async () => {
    const err = await rejects(fx.s3.list_objects({ Bucket: missing }));
    expect(err).to.be.instanceOf(fx.s3.exceptions.NoSuchBucket);
    expect(err).to.be.instanceOf(ClientError);
    expect(err.name).to.equal('NoSuchBucket');
    expect(err.code).to.equal('NoSuchBucket');
    expect(err.status).to.equal(404);
    expect(err.response.Error.BucketName ?? missing).to.equal(missing);
    expect(err.response.ResponseMetadata.RequestId).to.be.a('string').and.not.equal('');
  });

  it('delete_bucket of a non-empty bucket raises BucketNotEmpty (409) and leaves it in place', async () => {
    await createBucket(fx, doomed);
    await fx.s3.put_object({ Bucket: doomed, Key: 'keep-me', Body: 'x' });
    const err = await rejects(fx.s3.delete_bucket({ Bucket: doomed }));
    expect(err.code).to.equal('BucketNotEmpty');
    expect(err.status).to.equal(409);
    // RGW sends an empty <Message/>: boto3 gives None
    expect(err.response.Error).to.have.property('Message', null);
    await fx.s3.head_bucket({ Bucket: doomed });
  });

  it('delete_bucket of an emptied bucket answers 204 and head_bucket then says 404', async () => {
    await fx.s3.delete_object({ Bucket: doomed, Key: 'keep-me' });
    const out = await fx.s3.delete_bucket({ Bucket: doomed });
    expect(out.ResponseMetadata.HTTPStatusCode).to.equal(204);
    const err = await rejects(fx.s3.head_bucket({ Bucket: doomed }));
    expect(err.code).to.equal('404');
    const listed = await fx.s3.list_buckets();
    expect(listed.Buckets?.map((b) => b.Name)).to.not.include(doomed);
  });

  it('delete_bucket of a missing bucket raises NoSuchBucket', async () => {
    const err = await rejects(fx.s3.delete_bucket({ Bucket: missing }));
    expect(err).to.be.instanceOf(fx.s3.exceptions.NoSuchBucket);
    expect(err.status).to.equal(404);
  });
});
