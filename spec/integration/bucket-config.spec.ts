// Bucket sub-resources against the real RADOS Gateway: CORS, lifecycle, tagging and website, each
// put → get (same values back) → delete → get (the "not configured" error).
import { expect } from 'chai';
import type { CORSRule, LifecycleRule } from '../../lib/index.js';
import { rejects, uniqueBucketName, withBucket } from './support.js';

describe('integration: bucket configuration', function () {
  const bucket = uniqueBucketName('it-config');

  const fx = withBucket(bucket);

  describe('CORS', () => {
    const rules: CORSRule[] = [
      {
        ID: 'web-app',
        AllowedOrigins: ['https://app.example.com', 'https://admin.example.com'],
        AllowedMethods: ['GET', 'PUT'],
        AllowedHeaders: ['x-amz-*', 'content-type'],
        ExposeHeaders: ['ETag'],
        MaxAgeSeconds: 3000,
      },
      { AllowedOrigins: ['*'], AllowedMethods: ['HEAD'] },
    ];

    it('get_bucket_cors before any configuration raises NoSuchCORSConfiguration', async () => {
      const err = await rejects(fx.s3.get_bucket_cors({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchCORSConfiguration');
      expect(err.status).to.equal(404);
    });

    it('put_bucket_cors then get_bucket_cors returns the rules, lists as arrays, MaxAgeSeconds a number', async () => {
      await fx.s3.put_bucket_cors({ Bucket: bucket, CORSConfiguration: { CORSRules: rules } });
      const out = await fx.s3.get_bucket_cors({ Bucket: bucket });
      expect(out.CORSRules).to.have.length(2);
      const [first, second] = out.CORSRules!;
      // RGW keeps origins and headers in sets: compare without order
      expect([...first!.AllowedOrigins].sort()).to.deep.equal([...rules[0]!.AllowedOrigins].sort());
      expect([...first!.AllowedMethods].sort()).to.deep.equal(['GET', 'PUT']);
      expect([...(first!.AllowedHeaders ?? [])].sort()).to.deep.equal(['content-type', 'x-amz-*']);
      expect(first!.ID).to.equal('web-app');
      expect(first!.ExposeHeaders).to.deep.equal(['ETag']);
      expect(first!.MaxAgeSeconds).to.equal(3000);
      // one-element lists stay lists
      expect(second!.AllowedOrigins).to.deep.equal(['*']);
      expect(second!.AllowedMethods).to.deep.equal(['HEAD']);
    });

    it('delete_bucket_cors removes it: get raises NoSuchCORSConfiguration again', async () => {
      const out = await fx.s3.delete_bucket_cors({ Bucket: bucket });
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(204);
      const err = await rejects(fx.s3.get_bucket_cors({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchCORSConfiguration');
    });
  });

  describe('lifecycle', () => {
    const rules: LifecycleRule[] = [
      { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
      { ID: 'abort-uploads', Status: 'Enabled', Filter: { Prefix: 'uploads/' }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
      { ID: 'disabled', Status: 'Disabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 1 } },
    ];

    it('get_bucket_lifecycle_configuration before any configuration raises NoSuchLifecycleConfiguration', async () => {
      const err = await rejects(fx.s3.get_bucket_lifecycle_configuration({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchLifecycleConfiguration');
      expect(err.status).to.equal(404);
    });

    it('put then get returns the rules with their filters, days and statuses', async () => {
      await fx.s3.put_bucket_lifecycle_configuration({ Bucket: bucket, LifecycleConfiguration: { Rules: rules } });
      const out = await fx.s3.get_bucket_lifecycle_configuration({ Bucket: bucket });
      const byId = Object.fromEntries((out.Rules ?? []).map((r) => [r.ID, r]));
      expect(Object.keys(byId).sort()).to.deep.equal(['abort-uploads', 'disabled', 'expire-logs']);
      expect(byId['expire-logs']!.Filter?.Prefix).to.equal('logs/');
      expect(byId['expire-logs']!.Expiration?.Days).to.equal(30);
      expect(byId['expire-logs']!.Status).to.equal('Enabled');
      expect(byId['abort-uploads']!.AbortIncompleteMultipartUpload?.DaysAfterInitiation).to.equal(7);
      expect(byId['disabled']!.Status).to.equal('Disabled');
    });

    it('a rule with an Expiration Date comes back as a Date', async () => {
      const date = new Date('2031-01-01T00:00:00.000Z');
      await fx.s3.put_bucket_lifecycle_configuration({
        Bucket: bucket,
        LifecycleConfiguration: { Rules: [{ ID: 'on-date', Status: 'Enabled', Filter: { Prefix: 'dated/' }, Expiration: { Date: date } }] },
      });
      const out = await fx.s3.get_bucket_lifecycle_configuration({ Bucket: bucket });
      expect(out.Rules).to.have.length(1);
      expect(out.Rules![0]!.Expiration?.Date).to.be.instanceOf(Date);
      expect(out.Rules![0]!.Expiration?.Date?.toISOString()).to.equal(date.toISOString());
    });

    it('an invalid rule (Days 0) is refused with InvalidArgument', async () => {
      const err = await rejects(
        fx.s3.put_bucket_lifecycle_configuration({
          Bucket: bucket,
          LifecycleConfiguration: { Rules: [{ ID: 'zero', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 0 } }] },
        }),
      );
      expect(err.status).to.equal(400);
      expect(err.code).to.equal('InvalidArgument');
    });

    it('delete_bucket_lifecycle removes it', async () => {
      const out = await fx.s3.delete_bucket_lifecycle({ Bucket: bucket });
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(204);
      const err = await rejects(fx.s3.get_bucket_lifecycle_configuration({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchLifecycleConfiguration');
    });
  });

  describe('tagging', () => {
    const tags = [
      { Key: 'team', Value: 'storage' },
      { Key: 'cost center', Value: 'R&D <42>' },
    ];

    it('get_bucket_tagging before any tags raises NoSuchTagSet', async () => {
      const err = await rejects(fx.s3.get_bucket_tagging({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchTagSet');
      expect(err.status).to.equal(404);
    });

    it('put_bucket_tagging then get_bucket_tagging returns the TagSet, XML characters intact', async () => {
      await fx.s3.put_bucket_tagging({ Bucket: bucket, Tagging: { TagSet: tags } });
      const out = await fx.s3.get_bucket_tagging({ Bucket: bucket });
      const sort = (t: { Key: string; Value: string }[]) => [...t].sort((a, b) => a.Key.localeCompare(b.Key));
      expect(sort(out.TagSet ?? [])).to.deep.equal(sort(tags));
    });

    it('a single tag still comes back as a one-element list', async () => {
      await fx.s3.put_bucket_tagging({ Bucket: bucket, Tagging: { TagSet: [{ Key: 'only', Value: 'one' }] } });
      const out = await fx.s3.get_bucket_tagging({ Bucket: bucket });
      expect(out.TagSet).to.deep.equal([{ Key: 'only', Value: 'one' }]);
    });

    it('delete_bucket_tagging removes the tags', async () => {
      const out = await fx.s3.delete_bucket_tagging({ Bucket: bucket });
      expect(out.ResponseMetadata.HTTPStatusCode).to.be.oneOf([200, 204]); // S3 204, RGW 200
      const err = await rejects(fx.s3.get_bucket_tagging({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchTagSet');
    });
  });

  describe('website', () => {
    it('get_bucket_website before any configuration raises NoSuchWebsiteConfiguration', async () => {
      const err = await rejects(fx.s3.get_bucket_website({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchWebsiteConfiguration');
      expect(err.status).to.equal(404);
    });

    it('put then get returns index and error documents and routing rules', async () => {
      await fx.s3.put_bucket_website({
        Bucket: bucket,
        WebsiteConfiguration: {
          IndexDocument: { Suffix: 'index.html' },
          ErrorDocument: { Key: 'errors/404.html' },
          RoutingRules: [
            { Condition: { KeyPrefixEquals: 'docs/' }, Redirect: { ReplaceKeyPrefixWith: 'documents/' } },
            { Condition: { HttpErrorCodeReturnedEquals: '404' }, Redirect: { HostName: 'example.com', HttpRedirectCode: '302', Protocol: 'https' } },
          ],
        },
      });
      const out = await fx.s3.get_bucket_website({ Bucket: bucket });
      expect(out.IndexDocument).to.deep.equal({ Suffix: 'index.html' });
      expect(out.ErrorDocument).to.deep.equal({ Key: 'errors/404.html' });
      expect(out.RoutingRules).to.have.length(2);
      expect(out.RoutingRules![0]!.Condition?.KeyPrefixEquals).to.equal('docs/');
      expect(out.RoutingRules![0]!.Redirect.ReplaceKeyPrefixWith).to.equal('documents/');
      expect(out.RoutingRules![1]!.Redirect).to.include({ HostName: 'example.com', HttpRedirectCode: '302', Protocol: 'https' });
    });

    it('RedirectAllRequestsTo replaces the configuration', async () => {
      await fx.s3.put_bucket_website({
        Bucket: bucket,
        WebsiteConfiguration: { RedirectAllRequestsTo: { HostName: 'www.example.com', Protocol: 'https' } },
      });
      const out = await fx.s3.get_bucket_website({ Bucket: bucket });
      expect(out.RedirectAllRequestsTo).to.deep.equal({ HostName: 'www.example.com', Protocol: 'https' });
      expect(out.IndexDocument).to.equal(undefined);
    });

    it('delete_bucket_website removes it', async () => {
      const out = await fx.s3.delete_bucket_website({ Bucket: bucket });
      expect(out.ResponseMetadata.HTTPStatusCode).to.equal(204);
      const err = await rejects(fx.s3.get_bucket_website({ Bucket: bucket }));
      expect(err.code).to.equal('NoSuchWebsiteConfiguration');
    });
  });
});
