// IBM API-key clients end to end against a local IAM endpoint and a local recording S3 endpoint.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { client, Config } from '../../lib/index.js';
import { IamServer } from '../helpers/iam-server.js';
import { RecordingServer } from '../helpers/recording-server.js';

describe('IBM API key clients (bearer tokens, service instance, checksums)', () => {
  const iam = new IamServer();
  const s3 = new RecordingServer();
  before(async () => {
    await iam.start();
    await s3.start();
  });
  after(async () => {
    await iam.stop();
    await s3.stop();
  });
  beforeEach(() => {
    iam.requests.length = 0;
    s3.reset();
  });

  const ibmClient = (extra: Record<string, unknown> = {}) =>
    client('s3', {
      endpoint_url: s3.endpoint,
      ibm_api_key_id: iam.validApiKey,
      ibm_auth_endpoint: iam.url,
      ibm_service_instance_id: 'crn:v1:bluemix:public:cloud-object-storage:global:a/123::',
      config: new Config({ retries: { max_backoff: 0 } }),
      ...extra,
    });

  it('100 concurrent calls with no token yet make exactly one token request, and all carry the bearer token', async () => {
    const c = ibmClient();
    await Promise.all(Array.from({ length: 100 }, (_, i) => c.head_object({ Bucket: 'b', Key: `k${i}` })));
    expect(iam.requests).to.have.length(1);
    expect(s3.requests).to.have.length(100);
    for (const r of s3.requests) {
      expect(r.headers.authorization).to.equal('Bearer token-' + iam.requests.length);
      expect(r.headers).to.not.have.property('x-amz-content-sha256');
      expect(r.headers).to.not.have.property('x-amz-date');
    }
    await c.close();
  });

  it('sends ibm-service-instance-id on exactly CreateBucket, ListBuckets and ListBucketsExtended; an explicit one wins', async () => {
    const c = ibmClient();
    await c.create_bucket({ Bucket: 'b' });
    await c.list_buckets();
    await c.list_buckets_extended();
    await c.put_object({ Bucket: 'b', Key: 'k', Body: 'x' });
    await c.list_objects_v2({ Bucket: 'b' }).catch(() => undefined);
    await c.delete_bucket({ Bucket: 'b' });
    await c.list_buckets({ IBMServiceInstanceId: 'explicit-instance' });
    const sent = s3.requests.map((r) => r.headers['ibm-service-instance-id']);
    const instance = 'crn:v1:bluemix:public:cloud-object-storage:global:a/123::';
    expect(sent).to.deep.equal([instance, instance, instance, undefined, undefined, undefined, 'explicit-instance']);
    expect(s3.requests[2]!.query).to.equal('extended');
  });

  it('puts a correct Content-MD5 on bearer-signed uploads, parts and completions', async () => {
    const c = ibmClient();
    const md5 = (b: string | Buffer) => createHash('md5').update(b).digest('base64');
    await c.put_object({ Bucket: 'b', Key: 'k', Body: 'hello' });
    await c.upload_part({ Bucket: 'b', Key: 'k', UploadId: 'u', PartNumber: 1, Body: Buffer.from('part') });
    await c.complete_multipart_upload({ Bucket: 'b', Key: 'k', UploadId: 'u', MultipartUpload: { Parts: [{ ETag: '"e"', PartNumber: 1 }] } });
    await c.put_bucket_protection_configuration({
      Bucket: 'b', ProtectionConfiguration: { Status: 'Retention', MinimumRetention: { Days: 1 }, DefaultRetention: { Days: 2 }, MaximumRetention: { Days: 3 } },
    });
    for (const r of s3.requests) expect(r.headers['content-md5'], `${r.method} ${r.url}`).to.equal(md5(r.body));
  });

  it('never shows the API key or the token in inspect or JSON output', async () => {
    const c = ibmClient();
    await c.head_bucket({ Bucket: 'b' });
    for (const text of [inspect(c, { depth: 10 }), JSON.stringify(c)]) {
      expect(text).to.not.include(iam.validApiKey);
      expect(text).to.not.include('token-');
    }
  });

  it("Config({ signature_version: 's3v4' }) with only an API key fails clearly", () => {
    expect(() => ibmClient({ config: new Config({ signature_version: 's3v4' }) })).to.throw(/needs HMAC keys/);
  });
});
