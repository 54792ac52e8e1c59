// Bucket and object sub-resources against the real RADOS Gateway, through the resource API only:
// ACL, CORS, lifecycle, tagging, website and policy — put, load (attributes), delete.
import { expect } from 'chai';
import type { S3 } from '../../lib/index.js';
import { destroyBucket, rejects, SERVER_START_TIMEOUT_MS, type ServerInfo, uniqueBucketName } from './support.js';
import { ensureServer } from '../helpers/server.js';
import { serverResource } from '../resources/support.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

describe('integration: resource sub-resources', function () {
  let server: ServerInfo;
  let s3: S3.ServiceResource;
  let bucket: S3.Bucket;
  const name = uniqueBucketName('it-res-cfg');

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ensureServer();
    s3 = serverResource(server);
    bucket = await s3.create_bucket({ Bucket: name, CreateBucketConfiguration: { LocationConstraint: server.locationConstraint } });
  });

  after(async function () {
    await destroyBucket(s3.meta.client, name);
    await s3.meta.client.close();
  });

  it('Acl: load shows the owner with FULL_CONTROL; put public-read adds the AllUsers grant; ObjectAcl too', async () => {
    const acl = await bucket.Acl().load();
    expect(acl.owner!.ID).to.be.a('string');
    expect(acl.grants!.map((g) => g.Permission)).to.deep.equal(['FULL_CONTROL']);
    await acl.put({ ACL: 'public-read' });
    expect(acl.meta.data).to.equal(null);
    await acl.reload();
    expect(acl.grants!.some((g) => g.Grantee?.URI === ALL_USERS && g.Permission === 'READ')).to.equal(true);
    await acl.put({ ACL: 'private' });
    const obj = await bucket.put_object({ Key: 'acl.txt', Body: 'x', ACL: 'public-read' });
    const objectAcl = await obj.Acl().load();
    expect(objectAcl.grants!.some((g) => g.Grantee?.URI === ALL_USERS)).to.equal(true);
    expect(objectAcl.Object().equals(obj)).to.equal(true);
  });

  it('Cors: put, load cors_rules, delete (then loading raises NoSuchCORSConfiguration)', async () => {
    const cors = bucket.Cors();
    await cors.put({ CORSConfiguration: { CORSRules: [{ AllowedOrigins: ['https://app.example.com'], AllowedMethods: ['GET'], MaxAgeSeconds: 60 }] } });
    await cors.load();
    expect(cors.cors_rules).to.have.length(1);
    expect([cors.cors_rules![0]!.AllowedMethods, cors.cors_rules![0]!.MaxAgeSeconds]).to.deep.equal([['GET'], 60]);
    await cors.delete();
    expect((await rejects(cors.load())).code).to.equal('NoSuchCORSConfiguration');
  });

  it('LifecycleConfiguration: put, load rules, delete', async () => {
    const lifecycle = bucket.LifecycleConfiguration();
    await lifecycle.put({ LifecycleConfiguration: { Rules: [{ ID: 'expire', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }] } });
    const rules = (await lifecycle.load()).rules!;
    expect(rules.map((r) => [r.ID, r.Status, r.Expiration?.Days])).to.deep.equal([['expire', 'Enabled', 30]]);
    await lifecycle.delete();
    expect((await rejects(lifecycle.load())).code).to.equal('NoSuchLifecycleConfiguration');
  });

  it('Tagging: put, load tag_set, delete', async () => {
    const tagging = bucket.Tagging();
    await tagging.put({ Tagging: { TagSet: [{ Key: 'team', Value: 'storage' }, { Key: 'env', Value: 'test' }] } });
    const tags = (await tagging.load()).tag_set!;
    expect(Object.fromEntries(tags.map((t) => [t.Key, t.Value]))).to.deep.equal({ team: 'storage', env: 'test' });
    await tagging.delete();
    const err = await rejects(tagging.load());
    expect(err.code).to.equal('NoSuchTagSet');
  });

  it('Website: put, load index_document and error_document, delete', async () => {
    const website = bucket.Website();
    await website.put({ WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: 'error.html' } } });
    await website.load();
    expect([website.index_document, website.error_document]).to.deep.equal([{ Suffix: 'index.html' }, { Key: 'error.html' }]);
    await website.delete();
    expect((await rejects(website.load())).code).to.equal('NoSuchWebsiteConfiguration');
  });

  it('Policy: put, load policy (the same JSON document), delete', async () => {
    const document = {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'OtherReads', Effect: 'Allow', Principal: { AWS: [`arn:aws:iam:::user/${server.otherCanonicalId}`] },
        Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${name}/*`],
      }],
    };
    const policy = bucket.Policy();
    await policy.put({ Policy: JSON.stringify(document) });
    expect(JSON.parse((await policy.load()).policy!)).to.deep.equal(document);
    await policy.delete();
    expect((await rejects(policy.load())).code).to.equal('NoSuchBucketPolicy');
  });

  it('Versioning: a new bucket has no status; enable then load says Enabled', async () => {
    const versioning = await bucket.Versioning().load();
    expect(versioning.status).to.equal(undefined);
    await versioning.enable();
    expect((await versioning.load()).status).to.equal('Enabled');
    expect(versioning.Bucket().equals(bucket)).to.equal(true);
  });
});
