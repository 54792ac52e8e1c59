// S3 Object Lock against the real RADOS Gateway: a bucket created with lock enabled, its default
// retention, retention and legal hold on an object, and a governance-protected version whose
// delete is refused until BypassGovernanceRetention. Only GOVERNANCE mode: the spec must clean up.
import { expect } from 'chai';
import { rejects, setUp, destroyBucket, uniqueBucketName, type Fixture } from './support.js';
import { serverResource } from '../resources/support.js';

const DAY = 24 * 3600 * 1000;

describe('integration: Object Lock', function () {
  const bucket = uniqueBucketName('it-lock');
  let fx: Fixture;
  before(async function () {
    fx = await setUp(this);
    await fx.s3.create_bucket({ Bucket: bucket, ObjectLockEnabledForBucket: true, CreateBucketConfiguration: { LocationConstraint: fx.server.locationConstraint } });
  });
  after(async () => {
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
  });

  it('a bucket created with ObjectLockEnabledForBucket is versioned and reports lock enabled', async () => {
    expect((await fx.s3.get_bucket_versioning({ Bucket: bucket })).Status).to.equal('Enabled');
    const out = await fx.s3.get_object_lock_configuration({ Bucket: bucket });
    expect(out.ObjectLockConfiguration?.ObjectLockEnabled).to.equal('Enabled');
  });

  it('default retention: put and get the rule; a new object gets it', async () => {
    await fx.s3.put_object_lock_configuration({
      Bucket: bucket,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } },
    });
    const out = await fx.s3.get_object_lock_configuration({ Bucket: bucket });
    expect(out.ObjectLockConfiguration).to.deep.equal({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } });
    const before = Date.now();
    await fx.s3.put_object({ Bucket: bucket, Key: 'defaulted', Body: 'kept a day' });
    const head = await fx.s3.head_object({ Bucket: bucket, Key: 'defaulted' });
    expect(head.ObjectLockMode).to.equal('GOVERNANCE');
    expect(head.ObjectLockRetainUntilDate).to.be.instanceOf(Date);
    expect(head.ObjectLockRetainUntilDate!.getTime()).to.be.within(before + DAY - 60_000, Date.now() + DAY + 60_000);
  });

  it("the resource Object has today's attributes: object_lock_mode, object_lock_retain_until_date, object_lock_legal_hold_status", async () => {
    const s3 = serverResource(fx.server);
    try {
      const obj = await s3.Object(bucket, 'defaulted').load();
      expect(obj.object_lock_mode).to.equal('GOVERNANCE');
      expect(obj.object_lock_retain_until_date).to.be.instanceOf(Date);
      expect(obj.object_lock_legal_hold_status).to.equal(undefined);
    } finally {
      await s3.meta.client.close();
    }
  });

  it('retention of one object: put_object_retention, get_object_retention; Object Lock headers at upload', async () => {
    const until = new Date(Math.floor((Date.now() + 2 * DAY) / 1000) * 1000);
    await fx.s3.put_object({ Bucket: bucket, Key: 'retained', Body: 'x' });
    await fx.s3.put_object_retention({ Bucket: bucket, Key: 'retained', Retention: { Mode: 'GOVERNANCE', RetainUntilDate: until } });
    const out = await fx.s3.get_object_retention({ Bucket: bucket, Key: 'retained' });
    expect(out.Retention?.Mode).to.equal('GOVERNANCE');
    expect(out.Retention?.RetainUntilDate?.getTime()).to.equal(until.getTime());
    await fx.s3.put_object({ Bucket: bucket, Key: 'at-upload', Body: 'y', ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: until });
    expect((await fx.s3.head_object({ Bucket: bucket, Key: 'at-upload' })).ObjectLockRetainUntilDate?.getTime()).to.equal(until.getTime());
  });

  it('legal hold: put ON, get it, put OFF', async () => {
    await fx.s3.put_object({ Bucket: bucket, Key: 'held', Body: 'z' });
    await fx.s3.put_object_legal_hold({ Bucket: bucket, Key: 'held', LegalHold: { Status: 'ON' } });
    expect((await fx.s3.get_object_legal_hold({ Bucket: bucket, Key: 'held' })).LegalHold).to.deep.equal({ Status: 'ON' });
    expect((await fx.s3.head_object({ Bucket: bucket, Key: 'held' })).ObjectLockLegalHoldStatus).to.equal('ON');
    await fx.s3.put_object_legal_hold({ Bucket: bucket, Key: 'held', LegalHold: { Status: 'OFF' } });
    expect((await fx.s3.get_object_legal_hold({ Bucket: bucket, Key: 'held' })).LegalHold).to.deep.equal({ Status: 'OFF' });
  });

  it('deleting a governance-protected version is refused (AccessDenied), and allowed with BypassGovernanceRetention', async () => {
    const { VersionId } = await fx.s3.put_object({ Bucket: bucket, Key: 'protected', Body: 'p' });
    const err = await rejects(fx.s3.delete_object({ Bucket: bucket, Key: 'protected', VersionId }));
    expect(err.code).to.equal('AccessDenied');
    const out = await fx.s3.delete_object({ Bucket: bucket, Key: 'protected', VersionId, BypassGovernanceRetention: true });
    expect(out.VersionId).to.equal(VersionId);
    const versions = await fx.s3.list_object_versions({ Bucket: bucket, Prefix: 'protected' });
    expect(versions.Versions ?? []).to.deep.equal([]);
  });
});
