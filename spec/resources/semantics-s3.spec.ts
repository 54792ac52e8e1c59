// boto3 resource behaviours 15–17 (../shared/reference/boto3-resource-semantics.md): the S3
// injections, the resource client's user agent, and the IBM quirks of the reference.
import { expect } from 'chai';
import { ClientError, Config, Session, S3Client, resource } from '../../lib/index.js';
import { s3ServiceResource } from '../../lib/s3/resource.js';
import { FAKE_KEYS } from '../helpers/clients.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { s3WithSpy } from './support.js';

const error = (Code: string, status: number) =>
  new ClientError({ Error: { Code, Message: Code }, ResponseMetadata: { HTTPStatusCode: status, HTTPHeaders: {}, RetryAttempts: 0 } }, 'ListBuckets');

const TRANSFERS = ['upload_file', 'upload_fileobj', 'download_file', 'download_fileobj', 'copy'];

/** A client with only the transfer methods, recording their arguments. */
function transferClient(): { client: S3Client; calls: [string, unknown[]][] } {
  const calls: [string, unknown[]][] = [];
  const client = Object.fromEntries(TRANSFERS.map((m) => [m, (...args: unknown[]) => (calls.push([m, args]), Promise.resolve(`${m} done`))]));
  return { client: client as unknown as S3Client, calls };
}

describe('resources: boto3 behaviours (S3 injections, user agent, IBM quirks)', () => {
  it('15. Bucket.load finds the bucket in ListBuckets; a missing one leaves empty data', async () => {
    const created = new Date('2024-01-02T03:04:05Z');
    const { s3, spy } = s3WithSpy({ list_buckets: () => ({ Buckets: [{ Name: 'a', CreationDate: new Date(0) }, { Name: 'b', CreationDate: created }] }) });
    const bucket = await s3.Bucket('b').load();
    expect(bucket.creation_date).to.deep.equal(created);
    expect(bucket.location_constraint, 'plain ListBuckets has no location').to.equal(undefined);
    expect(bucket.creation_template_id).to.equal(undefined);
    const missing = await s3.Bucket('zz').load();
    expect(missing.meta.data).to.deep.equal({});
    expect(missing.creation_date).to.equal(undefined);
    expect(spy.calls.map((c) => [c.method, c.params])).to.deep.equal([['list_buckets', {}], ['list_buckets', {}]]);
    expect((bucket as unknown as Record<string, unknown>).reload, 'boto3 injects load only').to.equal(undefined);
  });

  it('15. Bucket.load swallows AccessDenied (attributes stay undefined) and nothing else', async () => {
    const { s3, spy } = s3WithSpy({ list_buckets: () => Promise.reject(error('AccessDenied', 403)) });
    const bucket = await s3.Bucket('b').load();
    expect(bucket.creation_date).to.equal(undefined);
    spy.handlers.list_buckets = () => Promise.reject(error('InternalError', 500));
    const other = s3.Bucket('b');
    let caught: unknown;
    await other.load().catch((e: unknown) => (caught = e));
    expect((caught as ClientError).code).to.equal('InternalError');
    expect(other.meta.data).to.equal(null);
  });

  it('15. ObjectSummary.load is a HeadObject whose ContentLength becomes Size', async () => {
    const { s3, spy } = s3WithSpy({ head_object: () => ({ ContentLength: 42, ETag: '"e"', StorageClass: 'STANDARD' }) });
    const summary = await s3.ObjectSummary('b', 'k').load();
    expect([summary.size, summary.e_tag, summary.storage_class]).to.deep.equal([42, '"e"', 'STANDARD']);
    expect(summary.meta.data).to.not.have.property('ContentLength');
    expect(spy.calls.map((c) => [c.method, c.params])).to.deep.equal([['head_object', { Bucket: 'b', Key: 'k' }]]);
  });

  it('15. upload_file & co. on Bucket delegate to the client with Bucket filled in', async () => {
    const { client, calls } = transferClient();
    const bucket = s3ServiceResource(client).Bucket('b');
    const opts = { ExtraArgs: { ContentType: 'text/plain' }, Callback: () => undefined };
    const get = { ExtraArgs: { VersionId: 'v1' } };
    const fileobj = { stream: true };
    expect(await bucket.upload_file('/tmp/f', 'k', opts)).to.equal('upload_file done');
    await bucket.upload_fileobj(fileobj as never, 'k');
    await bucket.download_file('k', '/tmp/g', get);
    await bucket.download_fileobj('k', fileobj as never);
    await bucket.copy({ Bucket: 'src', Key: 'sk' }, 'k', opts);
    expect(calls).to.deep.equal([
      ['upload_file', ['/tmp/f', 'b', 'k', opts]],
      ['upload_fileobj', [fileobj, 'b', 'k', undefined]],
      ['download_file', ['b', 'k', '/tmp/g', get]],
      ['download_fileobj', ['b', 'k', fileobj, undefined]],
      ['copy', [{ Bucket: 'src', Key: 'sk' }, 'b', 'k', opts]],
    ]);
  });

  it('15. upload_file & co. on Object delegate to the client with Bucket and Key filled in', async () => {
    const { client, calls } = transferClient();
    const obj = s3ServiceResource(client).Object('b', 'dir/k');
    const opts = { ExtraArgs: { Metadata: { a: '1' } } };
    const get = { ExtraArgs: { VersionId: 'v1' } };
    const fileobj = { stream: true };
    await obj.upload_file('/tmp/f', opts);
    await obj.upload_fileobj(fileobj as never);
    await obj.download_file('/tmp/g');
    await obj.download_fileobj(fileobj as never, get);
    expect(await obj.copy('src/sk', opts)).to.equal('copy done');
    expect(calls).to.deep.equal([
      ['upload_file', ['/tmp/f', 'b', 'dir/k', opts]],
      ['upload_fileobj', [fileobj, 'b', 'dir/k', undefined]],
      ['download_file', ['b', 'dir/k', '/tmp/g', undefined]],
      ['download_fileobj', ['b', 'dir/k', fileobj, get]],
      ['copy', ['src/sk', 'b', 'dir/k', opts]],
    ]);
  });

  it('15. a client without managed transfers makes upload_file fail clearly', () => {
    const obj = s3ServiceResource({} as S3Client).Object('b', 'k');
    expect(() => obj.upload_file('/tmp/f')).to.throw(TypeError, 's3 client has no upload_file');
  });

  describe('16. the resource client', () => {
    const server = new RecordingServer();
    before(async () => void (await server.start()));
    after(async () => server.stop());
    beforeEach(() => server.reset());

    const options = (config?: Config) => ({ endpoint_url: server.endpoint, region_name: 'us-east-1', ...FAKE_KEYS, config });

    it('says "Resource" in its user agent, unless the caller chose an extra', async () => {
      const s3 = resource('s3', options());
      expect(s3.meta.client).to.be.instanceOf(S3Client);
      server.enqueue({ status: 204 }, { status: 204 }, { status: 204 });
      await s3.Bucket('b').delete();
      expect(server.last.headers['user-agent']).to.match(/ Resource$/);
      const fromSession = new Session().resource('s3', options(new Config({ retries: { max_attempts: 0 } })));
      await fromSession.Bucket('b').delete();
      expect(server.last.headers['user-agent']).to.match(/ Resource$/);
      const mine = resource('s3', options(new Config({ user_agent_extra: 'mine/1' })));
      await mine.Bucket('b').delete();
      expect(server.last.headers['user-agent']).to.match(/ mine\/1$/);
      await Promise.all([s3, fromSession, mine].map((r) => r.meta.client.close()));
    });
  });

  it('17. BucketLogging, BucketNotification and BucketPolicy load and change their configuration', async () => {
    const { s3, spy } = s3WithSpy({
      get_bucket_logging: () => ({ LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'b/' } }),
      get_bucket_notification_configuration: () => ({ TopicConfigurations: [{ TopicArn: 'arn:t', Events: ['s3:ObjectCreated:*'] }] }),
      get_bucket_policy: () => ({ Policy: '{"Version":"2012-10-17"}' }),
    });
    const bucket = s3.Bucket('b');
    expect((await bucket.Logging().load()).logging_enabled).to.deep.equal({ TargetBucket: 'logs', TargetPrefix: 'b/' });
    expect((await bucket.Notification().load()).topic_configurations![0]!.TopicArn).to.equal('arn:t');
    const policy = await bucket.Policy().load();
    expect(policy.policy).to.equal('{"Version":"2012-10-17"}');
    await bucket.Logging().put({ BucketLoggingStatus: {} });
    await bucket.Notification().put({ NotificationConfiguration: {} });
    await policy.put({ Policy: '{}' });
    await policy.delete();
    expect(spy.calls.slice(3).map((c) => [c.method, c.params.Bucket])).to.deep.equal([
      ['put_bucket_logging', 'b'], ['put_bucket_notification_configuration', 'b'], ['put_bucket_policy', 'b'], ['delete_bucket_policy', 'b'],
    ]);
  });

  it('17. BucketProtection has a lowercase put; ObjectProtection has the legal-hold actions and attributes', async () => {
    const created = new Date(1000);
    const { s3, spy } = s3WithSpy({
      list_legal_holds: () => ({ CreateTime: created, LegalHolds: [{ ID: 'h1', Date: created }], RetentionPeriod: 30, RetentionPeriodExpirationDate: created }),
    });
    await s3.Bucket('b').Protection().put({ ProtectionConfiguration: { Status: 'Retention', MinimumRetention: { Days: 1 }, DefaultRetention: { Days: 2 }, MaximumRetention: { Days: 3 } } });
    const protection = await s3.Object('b', 'k').Protection().load();
    expect([protection.create_time, protection.legal_holds, protection.retention_period, protection.retention_period_expiration_date])
      .to.deep.equal([created, [{ ID: 'h1', Date: created }], 30, created]);
    await protection.add_legal_hold({ RetentionLegalHoldId: 'h2' });
    expect(spy.calls.map((c) => [c.method, c.params.Bucket, c.params.Key])).to.deep.equal([
      ['put_bucket_protection_configuration', 'b', undefined], ['list_legal_holds', 'b', 'k'], ['add_legal_hold', 'b', 'k'],
    ]);
  });
});
