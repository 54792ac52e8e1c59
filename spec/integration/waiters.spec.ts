// Waiters against the real RADOS Gateway: bucket and object (not) exists after create/delete, and a
// waiter that gives up with WaiterError after MaxAttempts.
import { expect } from 'chai';
import { AbortError, ClientError, WaiterError } from '../../lib/index.js';
import { createBucket, destroyBucket, setUp, uniqueBucketName, type Fixture } from './support.js';
import { failure } from '../helpers/failure.js';

const FAST = { Delay: 0.05, MaxAttempts: 40 };

describe('integration: waiters', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-waiters');
  const doomed = uniqueBucketName('it-waiters-gone');

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, doomed);
    await fx.s3.close();
  });

  it('bucket_exists after create_bucket, bucket_not_exists after delete_bucket', async () => {
    const created = createBucket(fx, doomed);
    await Promise.all([created, fx.s3.get_waiter('bucket_exists').wait({ Bucket: doomed, WaiterConfig: FAST })]);
    expect((await fx.s3.head_bucket({ Bucket: doomed })).ResponseMetadata.HTTPStatusCode).to.equal(200);
    await fx.s3.delete_bucket({ Bucket: doomed });
    await fx.s3.get_waiter('bucket_not_exists').wait({ Bucket: doomed, WaiterConfig: FAST });
    const err = await failure(fx.s3.head_bucket({ Bucket: doomed }));
    expect((err as ClientError).status).to.equal(404);
  });

  it('object_exists after put_object, object_not_exists after delete_object', async () => {
    await fx.s3.get_waiter('bucket_exists').wait({ Bucket: bucket, WaiterConfig: FAST });
    const waiting = fx.s3.get_waiter('object_exists').wait({ Bucket: bucket, Key: 'later.txt', WaiterConfig: FAST });
    await fx.s3.put_object({ Bucket: bucket, Key: 'later.txt', Body: 'here' });
    await waiting;
    await fx.s3.delete_object({ Bucket: bucket, Key: 'later.txt' });
    await fx.s3.get_waiter('object_not_exists').wait({ Bucket: bucket, Key: 'later.txt', WaiterConfig: FAST });
    expect(((await failure(fx.s3.head_object({ Bucket: bucket, Key: 'later.txt' }))) as ClientError).status).to.equal(404);
  });

  it('object_exists gives up with WaiterError after MaxAttempts (fractional Delay)', async () => {
    const err = (await failure(
      fx.s3.get_waiter('object_exists').wait({ Bucket: bucket, Key: 'never-written', WaiterConfig: { Delay: 0.05, MaxAttempts: 3 } }),
    )) as WaiterError;
    expect(err).to.be.instanceOf(WaiterError);
    expect(err.waiter_name).to.equal('ObjectExists');
    expect(err.reason).to.contain('Max attempts exceeded');
    const last = err.last_response as { Error: { Code: string }; ResponseMetadata: { HTTPStatusCode: number } };
    expect(last.ResponseMetadata.HTTPStatusCode).to.equal(404);
    expect(last.Error.Code).to.equal('404');
    expect(err.cause).to.be.instanceOf(ClientError);
  });

  it('bucket_not_exists gives up while the bucket is still there', async () => {
    const err = (await failure(fx.s3.get_waiter('bucket_not_exists').wait({ Bucket: bucket, WaiterConfig: { Delay: 0.05, MaxAttempts: 2 } }))) as WaiterError;
    expect(err).to.be.instanceOf(WaiterError);
    expect((err.last_response as { ResponseMetadata: { HTTPStatusCode: number } }).ResponseMetadata.HTTPStatusCode).to.equal(200);
  });

  it('an AbortSignal ends a long wait', async () => {
    const controller = new AbortController();
    const waiting = fx.s3.get_waiter('object_exists').wait({ Bucket: bucket, Key: 'never-written', WaiterConfig: { Delay: 300 } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await failure(waiting)).to.be.instanceOf(AbortError);
  });
});
