// Virtual-hosted addressing against the real RADOS Gateway: `<bucket>.localhost:<port>`. RGW verifies
// every SigV4 signature, so each success proves the host and the path were signed as sent.
import { expect } from 'chai';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import type { S3Client } from '../../lib/index.js';
import { realClient } from '../helpers/clients.js';
import { type Fixture, destroyBucket, rejects, setUp, uniqueBucketName } from './support.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Every host name connects to 127.0.0.1 (glibc does not resolve `*.localhost`); Host stays as chosen. */
function localhostAgent(): Agent {
  const lookup = (_host: string, options: LookupOptions, cb: LookupCallback) =>
    options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4);
  return new Agent({ connect: { lookup } });
}

describe('integration: virtual-hosted addressing', function () {
  let fx: Fixture;
  let vs3: S3Client;
  const agent = localhostAgent();
  const bucket = uniqueBucketName('vhost');
  /** Host headers the virtual client sent. */
  const hosts: string[] = [];

  before(async function () {
    fx = await setUp(this);
    vs3 = realClient({ ...fx.server, endpoint: fx.server.vhostEndpoint }, { s3: { addressing_style: 'virtual' }, dispatcher: agent });
    vs3.meta.events.register('before-send.s3', ({ request }) => {
      hosts.push((request as { headers: Record<string, string> }).headers.host!);
    });
  });

  after(async function () {
    await destroyBucket(fx.s3, bucket);
    await agent.close();
  });

  const vhost = () => `${bucket}.${new URL(fx.server.vhostEndpoint).host}`;

  it('creates a bucket on its own host name', async () => {
    await vs3.create_bucket({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: fx.server.locationConstraint } });
    expect(hosts.at(-1)).to.equal(vhost());
    // the path-style client sees it: it is the same bucket
    await fx.s3.head_bucket({ Bucket: bucket });
  });

  it('puts, heads and gets objects, keys with characters that need encoding included', async () => {
    for (const key of ['plain.txt', 'dir/sub/a b+c&d=e.txt', '日本/ファイル.txt', 'a//b', 'q?x#y']) {
      await vs3.put_object({ Bucket: bucket, Key: key, Body: `body of ${key}`, Metadata: { origin: 'vhost' } });
      expect(hosts.at(-1)).to.equal(vhost());
      const head = await vs3.head_object({ Bucket: bucket, Key: key });
      expect(head.Metadata).to.deep.equal({ origin: 'vhost' });
      const got = await vs3.get_object({ Bucket: bucket, Key: key });
      expect((await got.Body!.read()).toString('utf8'), key).to.equal(`body of ${key}`);
      // and the path-style client finds the very same object
      const same = await fx.s3.get_object({ Bucket: bucket, Key: key });
      expect(await same.Body!.text()).to.equal(`body of ${key}`);
    }
  });

  it('lists with query parameters signed on the bucket host', async () => {
    const page = await vs3.list_objects_v2({ Bucket: bucket, Prefix: 'dir/', Delimiter: '/' });
    expect(hosts.at(-1)).to.equal(vhost());
    expect(page.Name).to.equal(bucket);
    expect(page.CommonPrefixes?.map((p) => p.Prefix)).to.deep.equal(['dir/sub/']);
    const all = await vs3.list_objects({ Bucket: bucket });
    expect(all.Contents?.map((o) => o.Key).sort()).to.deep.equal(['a//b', 'dir/sub/a b+c&d=e.txt', 'plain.txt', 'q?x#y', '日本/ファイル.txt'].sort());
  });

  it('the server does check the signature: a wrong secret on the bucket host is refused', async () => {
    const wrong = realClient(
      { ...fx.server, endpoint: fx.server.vhostEndpoint, secretAccessKey: `${fx.server.secretAccessKey}x` },
      { s3: { addressing_style: 'virtual' }, dispatcher: agent },
    );
    const err = await rejects(wrong.list_objects_v2({ Bucket: bucket }));
    expect(err.code).to.equal('SignatureDoesNotMatch');
    expect(err.status).to.equal(403);
  });

  it('copies and deletes on the bucket host', async () => {
    await vs3.copy_object({ Bucket: bucket, Key: 'copy/of plain', CopySource: { Bucket: bucket, Key: 'plain.txt' } });
    const deleted = await vs3.delete_objects({ Bucket: bucket, Delete: { Objects: [{ Key: 'copy/of plain' }, { Key: 'plain.txt' }] } });
    expect(deleted.Deleted?.map((d) => d.Key).sort()).to.deep.equal(['copy/of plain', 'plain.txt']);
    await vs3.delete_object({ Bucket: bucket, Key: 'a//b' });
    const left = await fx.s3.list_objects_v2({ Bucket: bucket });
    expect(left.Contents?.map((o) => o.Key).sort()).to.deep.equal(['dir/sub/a b+c&d=e.txt', 'q?x#y', '日本/ファイル.txt'].sort());
    expect(hosts.every((h) => h === vhost())).to.equal(true);
  });
});
