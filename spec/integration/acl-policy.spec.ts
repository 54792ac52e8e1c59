// ACLs and bucket policies against the real RADOS Gateway, checked from both sides: what the owner
// reads back, and what a second user can then actually do.
import { expect } from 'chai';
import type { S3Client } from '../../lib/index.js';
import { realClient } from '../helpers/clients.js';
import { createBucket, destroyBucket, rejects, setUp, uniqueBucketName, type Fixture } from './support.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

describe('integration: ACLs and bucket policy', function () {
  let fx: Fixture;
  let other: S3Client;
  let ownerId: string;
  const bucket = uniqueBucketName('it-acl');

  before(async function () {
    fx = await setUp(this);
    other = realClient({ ...fx.server, accessKeyId: fx.server.otherAccessKeyId, secretAccessKey: fx.server.otherSecretAccessKey });
    await createBucket(fx, bucket);
    await fx.s3.put_object({ Bucket: bucket, Key: 'shared.txt', Body: 'shared body' });
    await fx.s3.put_object({ Bucket: bucket, Key: 'policy/readable.txt', Body: 'by policy' });
    await fx.s3.put_object({ Bucket: bucket, Key: 'private.txt', Body: 'owner only' });
    ownerId = (await fx.s3.list_buckets()).Owner!.ID!;
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
    await other.close();
  });

  describe('bucket ACL', () => {
    it('a new bucket grants FULL_CONTROL to its owner only', async () => {
      const out = await fx.s3.get_bucket_acl({ Bucket: bucket });
      expect(out.Owner?.ID).to.equal(ownerId);
      expect(out.Grants?.map((g) => [g.Grantee?.Type, g.Grantee?.ID, g.Permission])).to.deep.equal([['CanonicalUser', ownerId, 'FULL_CONTROL']]);
    });

    it('put_bucket_acl public-read adds a READ grant for the AllUsers group', async () => {
      await fx.s3.put_bucket_acl({ Bucket: bucket, ACL: 'public-read' });
      const out = await fx.s3.get_bucket_acl({ Bucket: bucket });
      const group = out.Grants?.find((g) => g.Grantee?.Type === 'Group');
      expect(group?.Grantee?.URI).to.equal(ALL_USERS);
      expect(group?.Permission).to.equal('READ');
    });

    it('the other user can now list the bucket', async () => {
      const out = await other.list_objects_v2({ Bucket: bucket, Prefix: 'shared' });
      expect(out.Contents?.map((o) => o.Key)).to.deep.equal(['shared.txt']);
    });

    it('put_bucket_acl private removes the grant again, and the other user gets AccessDenied', async () => {
      await fx.s3.put_bucket_acl({ Bucket: bucket, ACL: 'private' });
      const out = await fx.s3.get_bucket_acl({ Bucket: bucket });
      expect(out.Grants).to.have.length(1);
      const err = await rejects(other.list_objects_v2({ Bucket: bucket }));
      expect(err.code).to.equal('AccessDenied');
      expect(err.status).to.equal(403);
    });

    it('put_bucket_acl with GrantRead header grants by canonical id', async () => {
      await fx.s3.put_bucket_acl({ Bucket: bucket, GrantRead: `id="${fx.server.otherCanonicalId}"`, GrantFullControl: `id="${ownerId}"` });
      const out = await fx.s3.get_bucket_acl({ Bucket: bucket });
      const grant = out.Grants?.find((g) => g.Grantee?.ID === fx.server.otherCanonicalId);
      expect(grant?.Permission).to.equal('READ');
      await fx.s3.put_bucket_acl({ Bucket: bucket, ACL: 'private' });
    });
  });

  describe('object ACL', () => {
    it('the other user cannot read a private object', async () => {
      const err = await rejects(other.get_object({ Bucket: bucket, Key: 'shared.txt' }));
      expect(err.code).to.equal('AccessDenied');
      expect(err).to.be.instanceOf(other.exceptions.ClientError);
    });

    it('put_object_acl with an AccessControlPolicy granting READ to the other user', async () => {
      await fx.s3.put_object_acl({
        Bucket: bucket,
        Key: 'shared.txt',
        AccessControlPolicy: {
          Owner: { ID: ownerId },
          Grants: [
            { Grantee: { Type: 'CanonicalUser', ID: ownerId }, Permission: 'FULL_CONTROL' },
            { Grantee: { Type: 'CanonicalUser', ID: fx.server.otherCanonicalId }, Permission: 'READ' },
          ],
        },
      });
      const acl = await fx.s3.get_object_acl({ Bucket: bucket, Key: 'shared.txt' });
      expect(acl.Owner?.ID).to.equal(ownerId);
      const grants = acl.Grants?.map((g) => [g.Grantee?.Type, g.Grantee?.ID, g.Permission]);
      expect(grants).to.deep.include(['CanonicalUser', fx.server.otherCanonicalId, 'READ']);
      expect(grants).to.deep.include(['CanonicalUser', ownerId, 'FULL_CONTROL']);
    });

    it('the other user can now read the object, but still not write it', async () => {
      const out = await other.get_object({ Bucket: bucket, Key: 'shared.txt' });
      expect(await out.Body!.text()).to.equal('shared body');
      const err = await rejects(other.put_object({ Bucket: bucket, Key: 'shared.txt', Body: 'overwrite' }));
      expect(err.code).to.equal('AccessDenied');
    });

    it('put_object with ACL public-read shows the AllUsers grant in get_object_acl', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'public.txt', Body: 'p', ACL: 'public-read' });
      const acl = await fx.s3.get_object_acl({ Bucket: bucket, Key: 'public.txt' });
      expect(acl.Grants?.some((g) => g.Grantee?.URI === ALL_USERS && g.Permission === 'READ')).to.equal(true);
    });

    it('get_object_acl of a missing key raises NoSuchKey', async () => {
      const err = await rejects(fx.s3.get_object_acl({ Bucket: bucket, Key: 'absent' }));
      expect(err.code).to.equal('NoSuchKey');
    });
  });

  describe('bucket policy', () => {
    const policy = () =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'OtherReadsPolicyPrefix',
            Effect: 'Allow',
            Principal: { AWS: [`arn:aws:iam:::user/${fx.server.otherCanonicalId}`] },
            Action: ['s3:GetObject'],
            Resource: [`arn:aws:s3:::${bucket}/policy/*`],
          },
        ],
      });

    it('get_bucket_policy without a policy raises NoSuchBucketPolicy', async () => {
      const err = await rejects(fx.s3.get_bucket_policy({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchBucketPolicy');
      expect(err.status).to.equal(404);
    });

    it('put_bucket_policy then get_bucket_policy returns the same JSON document as a string', async () => {
      const out = await fx.s3.put_bucket_policy({ Bucket: bucket, Policy: policy() });
      expect(out.ResponseMetadata.HTTPStatusCode).to.be.oneOf([200, 204]);
      const got = await fx.s3.get_bucket_policy({ Bucket: bucket });
      expect(got.Policy).to.be.a('string');
      expect(JSON.parse(got.Policy!)).to.deep.equal(JSON.parse(policy()));
    });

    it('the policy lets the other user read under policy/ only', async () => {
      const out = await other.get_object({ Bucket: bucket, Key: 'policy/readable.txt' });
      expect(await out.Body!.text()).to.equal('by policy');
      const err = await rejects(other.get_object({ Bucket: bucket, Key: 'private.txt' }));
      expect(err.code).to.equal('AccessDenied');
    });

    it('a malformed policy is refused with a 400', async () => {
      const err = await rejects(fx.s3.put_bucket_policy({ Bucket: bucket, Policy: '{"Version": "2012-10-17", "Statement": 42}' }));
      // S3 says MalformedPolicy, RGW 16.2 InvalidArgument
      expect(err.code).to.be.oneOf(['MalformedPolicy', 'InvalidArgument']);
      expect(err.status).to.equal(400);
    });

    it('delete_bucket_policy removes it: get raises NoSuchBucketPolicy and the other user is denied', async () => {
      const out = await fx.s3.delete_bucket_policy({ Bucket: bucket });
      expect(out.ResponseMetadata.HTTPStatusCode).to.be.oneOf([200, 204]); // S3 204, RGW 200
      const err = await rejects(fx.s3.get_bucket_policy({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchBucketPolicy');
      const denied = await rejects(other.get_object({ Bucket: bucket, Key: 'policy/readable.txt' }));
      expect(denied.code).to.equal('AccessDenied');
    });
  });
});
