// Operations of the reference that RADOS Gateway 16.2 supports only in part or refuses. The point is
// that each request is well-formed enough to reach RGW and that its answer — a configuration or a
// refusal — comes back through the client as typed output or as a ClientError with RGW's code.
// Not called here on purpose: delete_bucket_{analytics,inventory,metrics}_configuration. RGW ignores
// those sub-resources and treats the request as DeleteBucket, which would delete an empty bucket.
import { expect } from 'chai';
import { createBucket, destroyBucket, rejects, setUp, uniqueBucketName, type Fixture } from './support.js';

describe('integration: operations RGW 16.2 supports in part', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-partial');
  const target = uniqueBucketName('it-partial-dst');

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    await createBucket(fx, target);
    await fx.s3.put_object({ Bucket: bucket, Key: 'object.txt', Body: 'body' });
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, target);
    await fx.s3.close();
  });

  describe('replication (RGW: get and delete only; put needs a zonegroup sync policy, which the single-zone setup lacks)', () => {
    it('get_bucket_replication of an unreplicated bucket: no rules (S3: ReplicationConfigurationNotFoundError)', async () => {
      const out = await fx.s3.get_bucket_replication({ Bucket: bucket });
      expect(out.ReplicationConfiguration?.Role).to.equal('');
      expect(out.ReplicationConfiguration?.Rules ?? []).to.deep.equal([]);
    });

    it('put_bucket_replication reaches RGW and is refused with a parsed error', async () => {
      const err = await rejects(
        fx.s3.put_bucket_replication({
          Bucket: bucket,
          ReplicationConfiguration: {
            Role: 'arn:aws:iam::000000000000:role/replication',
            Rules: [{ ID: 'all', Status: 'Enabled', Prefix: '', Destination: { Bucket: `arn:aws:s3:::${target}` } }],
          },
        }),
      );
      expect(err.code).to.equal('MethodNotAllowed');
      expect(err.status).to.equal(405);
      expect(err.response.ResponseMetadata.RequestId).to.be.a('string').and.not.equal('');
    });

    it('delete_bucket_replication answers 2xx', async () => {
      const out = await fx.s3.delete_bucket_replication({ Bucket: bucket });
      expect(out.ResponseMetadata.HTTPStatusCode).to.be.oneOf([200, 204]);
    });
  });

  describe('accelerate, analytics, inventory, metrics (not implemented by RGW)', () => {
    it('put_bucket_accelerate_configuration is refused with InvalidArgument', async () => {
      const err = await rejects(fx.s3.put_bucket_accelerate_configuration({ Bucket: bucket, AccelerateConfiguration: { Status: 'Enabled' } }));
      expect(err.code).to.equal('InvalidArgument');
      expect(err.status).to.equal(400);
    });

    it('get_bucket_accelerate_configuration reports no Status (RGW answers the bucket listing, which has none)', async () => {
      const out = await fx.s3.get_bucket_accelerate_configuration({ Bucket: bucket });
      expect(out.Status).to.equal(undefined);
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(200);
    });

    it('put_bucket_analytics_configuration is refused with InvalidArgument', async () => {
      const err = await rejects(
        fx.s3.put_bucket_analytics_configuration({ Bucket: bucket, Id: 'a1', AnalyticsConfiguration: { Id: 'a1', StorageClassAnalysis: {} } }),
      );
      expect(err.code).to.equal('InvalidArgument');
    });

    it('put_bucket_inventory_configuration is refused with InvalidArgument', async () => {
      const err = await rejects(
        fx.s3.put_bucket_inventory_configuration({
          Bucket: bucket,
          Id: 'i1',
          InventoryConfiguration: {
            Id: 'i1',
            IsEnabled: true,
            IncludedObjectVersions: 'All',
            Schedule: { Frequency: 'Daily' },
            Destination: { S3BucketDestination: { Bucket: `arn:aws:s3:::${target}`, Format: 'CSV' } },
          },
        }),
      );
      expect(err.code).to.equal('InvalidArgument');
    });

    it('put_bucket_metrics_configuration is refused with InvalidArgument', async () => {
      const err = await rejects(fx.s3.put_bucket_metrics_configuration({ Bucket: bucket, Id: 'm1', MetricsConfiguration: { Id: 'm1' } }));
      expect(err.code).to.equal('InvalidArgument');
    });

    it('list_bucket_*_configurations report no configurations and no truncation', async () => {
      const analytics = await fx.s3.list_bucket_analytics_configurations({ Bucket: bucket });
      const inventory = await fx.s3.list_bucket_inventory_configurations({ Bucket: bucket });
      const metrics = await fx.s3.list_bucket_metrics_configurations({ Bucket: bucket });
      expect(analytics.AnalyticsConfigurationList ?? []).to.deep.equal([]);
      expect(inventory.InventoryConfigurationList ?? []).to.deep.equal([]);
      expect(metrics.MetricsConfigurationList ?? []).to.deep.equal([]);
      expect([analytics.IsTruncated, inventory.IsTruncated, metrics.IsTruncated]).to.deep.equal([false, false, false]);
    });
  });

  describe('torrent and restore', () => {
    it('get_object_torrent is refused unless the gateway runs with rgw_torrent_flag', async () => {
      const err = await rejects(fx.s3.get_object_torrent({ Bucket: bucket, Key: 'object.txt' }));
      expect(err.code).to.equal('InvalidArgument');
      expect(err.status).to.equal(400);
    });

    it('restore_object is refused with NotImplemented (501): no archive tier', async () => {
      const err = await rejects(
        fx.s3.restore_object({ Bucket: bucket, Key: 'object.txt', RestoreRequest: { Days: 1, GlacierJobParameters: { Tier: 'Bulk' } } }),
      );
      expect(err.code).to.equal('NotImplemented');
      expect(err.status).to.equal(501);
    });
  });

  describe('logging and notifications (in the model beyond the reference)', () => {
    it('get_bucket_logging answers an empty BucketLoggingStatus; put_bucket_logging is refused', async () => {
      const out = await fx.s3.get_bucket_logging({ Bucket: bucket });
      expect(out.LoggingEnabled).to.equal(undefined);
      const err = await rejects(fx.s3.put_bucket_logging({ Bucket: bucket, BucketLoggingStatus: {} }));
      expect(err.code).to.equal('MethodNotAllowed');
    });

    it('get_bucket_notification_configuration of a bucket without notifications is empty', async () => {
      const out = await fx.s3.get_bucket_notification_configuration({ Bucket: bucket });
      expect(out.TopicConfigurations ?? []).to.deep.equal([]);
      expect(out.QueueConfigurations ?? []).to.deep.equal([]);
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(200);
    });
  });
});
