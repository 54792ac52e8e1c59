// Where S3 requests go: path style, virtual-hosted style, 'auto', endpoints with a base path.
import { expect } from 'chai';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import { Session, type S3Client } from '../../lib/index.js';
import { chooseStyle, isDnsCompatible } from '../../lib/s3/addressing.js';
import type { HttpRequest } from '../../lib/core/http-message.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { FAKE_KEYS, fakeClient } from '../helpers/clients.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Every host name connects to 127.0.0.1 (glibc does not resolve `*.localhost`); Host stays as chosen. */
function localhostAgent(): Agent {
  const lookup = (_host: string, options: LookupOptions, cb: LookupCallback) =>
    options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4);
  return new Agent({ connect: { lookup } });
}

describe('S3 addressing', () => {
  const server = new RecordingServer();
  const agent = localhostAgent();
  let vhost: string;

  before(async () => {
    await server.start();
    vhost = `http://localhost:${server.port}`;
  });
  after(async () => {
    await server.stop();
    await agent.close();
  });
  beforeEach(() => server.reset());

  const sent = () => ({ host: server.last.headers.host, path: server.last.path, query: server.last.query });

  describe('path style', () => {
    it('puts the bucket in the path and keeps the endpoint host', async () => {
      const s3 = fakeClient(server.endpoint, { s3: { addressing_style: 'path' } });
      await s3.put_object({ Bucket: 'my-bucket', Key: 'dir/a b.txt', Body: 'x' });
      expect(sent()).to.deep.equal({ host: `127.0.0.1:${server.port}`, path: '/my-bucket/dir/a%20b.txt', query: '' });
    });

    it('is what auto gives for a custom endpoint_url, even for a DNS-compatible bucket', async () => {
      for (const s3 of [fakeClient(vhost, { dispatcher: agent }), fakeClient(vhost, { dispatcher: agent, s3: { addressing_style: 'auto' } })]) {
        server.reset();
        await s3.head_object({ Bucket: 'plain-bucket', Key: 'k' });
        expect(sent()).to.deep.equal({ host: `localhost:${server.port}`, path: '/plain-bucket/k', query: '' });
      }
    });
  });

  describe('virtual-hosted style', () => {
    let s3: S3Client;
    before(() => {
      s3 = fakeClient(vhost, { s3: { addressing_style: 'virtual' }, dispatcher: agent });
    });

    it('sends <bucket>.<host> and the key alone as the path', async () => {
      await s3.put_object({ Bucket: 'my-bucket', Key: 'key', Body: 'x' });
      expect(sent()).to.deep.equal({ host: `my-bucket.localhost:${server.port}`, path: '/key', query: '' });
      expect(server.last.headers.authorization).to.match(/SignedHeaders=[^,]*\bhost\b/);
    });

    it('bucket operations go to / on the bucket host, with their query', async () => {
      await s3.list_objects_v2({ Bucket: 'my-bucket', Prefix: 'a/' });
      expect(sent().host).to.equal(`my-bucket.localhost:${server.port}`);
      expect(sent().path).to.equal('/');
      expect(server.last.query.split('&')).to.include('list-type=2').and.include('prefix=a%2F');
      await s3.get_bucket_acl({ Bucket: 'my-bucket' });
      expect(sent()).to.deep.equal({ host: `my-bucket.localhost:${server.port}`, path: '/', query: 'acl' });
    });

    it('keys that look like paths reach the server unchanged', async () => {
      for (const [key, path] of [['a//b', '/a//b'], ['/lead', '//lead'], ['a/../b', '/a/../b'], ['./x', '/./x']] as const) {
        await s3.get_object({ Bucket: 'my-bucket', Key: key });
        expect(server.last.path, key).to.equal(path);
      }
    });

    it('requests without a bucket (list_buckets) stay on the endpoint host', async () => {
      await s3.list_buckets();
      expect(sent()).to.deep.equal({ host: `localhost:${server.port}`, path: '/', query: '' });
    });
  });

  describe("'auto' with the default endpoint", () => {
    /** Where a call would go, without any network: a before-send hook answers in its place. */
    async function target(bucket: string): Promise<string> {
      const s3 = new Session().client('s3', { region_name: 'us-south', ...FAKE_KEYS });
      let seen: HttpRequest | undefined;
      s3.meta.events.register('before-send.s3', ({ request }) => {
        seen = request as HttpRequest;
        return { statusCode: 200, headers: {}, body: Buffer.alloc(0) };
      });
      await s3.head_object({ Bucket: bucket, Key: 'k' });
      // the default endpoint is IBM's https one (its exact host follows the region)
      const host = new URL(s3.meta.endpoint_url).host;
      expect(host).to.match(/cloud-object-storage\.appdomain\.cloud$/);
      return `${seen!.protocol}//${seen!.hostname}${seen!.path}`.replace(host, 'HOST');
    }

    it('uses virtual-hosted style for DNS-compatible bucket names', async () => {
      expect(await target('photos-2024')).to.equal('https://photos-2024.HOST/k');
    });

    it('stays path-style for names that are not DNS labels (uppercase, underscores, dots over https, too short)', async () => {
      for (const bucket of ['Photos', 'my_bucket', 'dotted.bucket', 'ab', 'a'.repeat(64)]) {
        expect(await target(bucket), bucket).to.equal(`https://HOST/${bucket}/k`);
      }
    });

    it('chooseStyle and isDnsCompatible agree with botocore on the edge cases', () => {
      expect(isDnsCompatible('a.b.c', false)).to.equal(true);
      expect(isDnsCompatible('a.b.c', true)).to.equal(false);
      expect(isDnsCompatible('-dash', false)).to.equal(false);
      expect(isDnsCompatible('dash-', false)).to.equal(false);
      expect(isDnsCompatible('a..b', false)).to.equal(false);
      expect(chooseStyle('auto', 'fine', true, false)).to.equal('virtual');
      expect(chooseStyle('auto', 'fine', true, true)).to.equal('path');
      expect(chooseStyle('path', 'fine', true, false)).to.equal('path');
      expect(chooseStyle('virtual', 'fine', true, true)).to.equal('virtual');
    });
  });

  describe('an endpoint_url with a base path', () => {
    it('path style puts /<bucket>/<key> under the prefix', async () => {
      for (const endpoint of [`${server.endpoint}/prefix`, `${server.endpoint}/prefix/`]) {
        server.reset();
        const s3 = fakeClient(endpoint, { s3: { addressing_style: 'path' } });
        await s3.get_object({ Bucket: 'b', Key: 'k/x' });
        expect(sent().path, endpoint).to.equal('/prefix/b/k/x');
        await s3.list_buckets();
        expect(sent().path, endpoint).to.match(/^\/prefix\/?$/);
      }
    });

    it('virtual style keeps the prefix in the path and moves the bucket to the host', async () => {
      const s3 = fakeClient(`${vhost}/some/prefix`, { s3: { addressing_style: 'virtual' }, dispatcher: agent });
      await s3.put_object({ Bucket: 'vbk', Key: 'dir/k', Body: 'x' });
      expect(sent()).to.deep.equal({ host: `vbk.localhost:${server.port}`, path: '/some/prefix/dir/k', query: '' });
      await s3.list_objects({ Bucket: 'vbk' });
      expect(sent().host).to.equal(`vbk.localhost:${server.port}`);
      expect(sent().path).to.equal('/some/prefix/');
    });
  });
});

describe('S3 addressing: virtual style refuses names that cannot be host names', () => {
  it('throws InvalidDNSNameError before any request', async () => {
    const { client, Config, InvalidDNSNameError } = await import('../../lib/index.js');
    const c = client('s3', {
      endpoint_url: 'http://127.0.0.1:9', aws_access_key_id: 'a', aws_secret_access_key: 'b',
      config: new Config({ s3: { addressing_style: 'virtual' } }),
    });
    let err: unknown;
    try {
      await c.head_bucket({ Bucket: 'My_Bucket' });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(InvalidDNSNameError);
  });
});
