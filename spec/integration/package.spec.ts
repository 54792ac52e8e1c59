// The package as users import it: `cos-boto3` resolves to dist/index.mjs over the one bundled
// implementation dist/index.cjs (our code and the undici modules we use), which must export what
// lib/index.ts exports, load nothing from node_modules, and work end to end. spec/consumers/ installs
// the packed tarball into fresh projects.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as undici from 'undici';
import * as pkg from 'cos-boto3';
import * as lib from '../../lib/index.js';
import { ForwardProxy } from '../helpers/forward-proxy.js';
import { uniqueBucketName, withBucket } from './support.js';

const MiB = 1024 * 1024;

describe('integration: the published package (dist/index.mjs and dist/index.cjs)', function () {
  const bucket = uniqueBucketName('it-package');
  const fx = withBucket(bucket);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-package-it-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const s3 = () =>
    pkg.client('s3', {
      endpoint_url: fx.server.endpoint,
      region_name: fx.server.region,
      aws_access_key_id: fx.server.accessKeyId,
      aws_secret_access_key: fx.server.secretAccessKey,
    });

  it('import and require resolve to one implementation that reaches Node built-ins without require()', () => {
    const entry = fileURLToPath(import.meta.resolve('cos-boto3'));
    expect(entry).to.match(/[/\\]dist[/\\]index\.mjs$/);
    const required = createRequire(import.meta.url)('cos-boto3') as typeof pkg;
    expect(required.ClientError).to.equal(pkg.ClientError);
    expect(required.client).to.equal(pkg.client);
    const bundle = readFileSync(new URL('index.cjs', import.meta.resolve('cos-boto3')), 'utf8');
    expect(bundle).to.include('process.getBuiltinModule(');
    expect(bundle).not.to.match(/\brequire\(\s*["']/);
  });

  it('importing it loads no module from node_modules (undici is inside the bundle)', () => {
    const script = `
      const { createRequire } = await import('node:module');
      await import('cos-boto3');
      console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
    expect(loaded.map((f) => f.replace(/.*[/\\]dist[/\\]/, 'dist/')).sort()).to.deep.equal(['dist/esm-bridge.cjs', 'dist/index.cjs']);
  });

  it('bundles the undici modules the SDK uses, not its index (fetch, WebSocket, caches, mocks: cold start)', () => {
    const bundle = readFileSync(new URL('index.cjs', import.meta.resolve('cos-boto3')), 'utf8');
    const modules = [...bundle.matchAll(/^\/\/ node_modules\/undici\/(\S+)$/gm)].map((m) => m[1]!);
    expect(modules).to.include.members(['lib/dispatcher/agent.js', 'lib/dispatcher/proxy-agent.js', 'lib/api/api-request.js', 'lib/global.js']);
    expect(modules.filter((m) => m === 'index.js' || /websocket|eventsource|cache|mock|fetch\/index/.test(m))).to.deep.equal([]);
  });

  it('names the bundled undici version in THIRD_PARTY_NOTICES.md and the bundle banner; engines and types follow it', () => {
    type Manifest = { version: string; engines: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Manifest;
    const undiciPackage = json('../../../node_modules/undici/package.json');
    const ours = json('../../../package.json');
    expect(ours.engines).to.deep.equal(undiciPackage.engines);
    expect(ours.dependencies['undici-types'], 'types of the undici we bundle').to.equal(ours.devDependencies.undici);
    const undiciVersion = undiciPackage.version;
    const notices = readFileSync(new URL('../../../THIRD_PARTY_NOTICES.md', import.meta.url), 'utf8');
    expect(notices).to.include(`undici) ${undiciVersion}`);
    expect(notices).to.include(readFileSync(new URL('../../../node_modules/undici/LICENSE', import.meta.url), 'utf8'));
    expect(readFileSync(new URL('index.cjs', import.meta.resolve('cos-boto3')), 'utf8').split('\n', 1)[0]).to.include(`undici ${undiciVersion}`);
  });

  it('sends through a proxy with the bundled undici (its tunnels need connect(), which undici installs only from its index)', async () => {
    const proxy = await new ForwardProxy().start();
    const c = pkg.client('s3', {
      endpoint_url: fx.server.endpoint,
      region_name: fx.server.region,
      aws_access_key_id: fx.server.accessKeyId,
      aws_secret_access_key: fx.server.secretAccessKey,
      config: new pkg.Config({ proxies: { http: proxy.url } }),
    });
    try {
      await c.put_object({ Bucket: bucket, Key: 'proxied', Body: 'via proxy' });
      expect(await (await c.get_object({ Bucket: bucket, Key: 'proxied' })).Body!.text()).to.equal('via proxy');
      expect(proxy.seen.length, 'tunnels opened').to.be.greaterThan(0);
      expect(proxy.seen.every((line) => line.startsWith('CONNECT '))).to.equal(true);
      await c.delete_object({ Bucket: bucket, Key: 'proxied' });
    } finally {
      await c.close();
      await proxy.stop();
    }
  });

  it("sends through a user's own undici dispatcher (another copy of undici than the bundled one)", async () => {
    const dispatcher = new undici.Agent();
    const c = pkg.client('s3', {
      endpoint_url: fx.server.endpoint,
      region_name: fx.server.region,
      aws_access_key_id: fx.server.accessKeyId,
      aws_secret_access_key: fx.server.secretAccessKey,
      config: new pkg.Config({ dispatcher }),
    });
    try {
      expect((await c.head_bucket({ Bucket: bucket })).ResponseMetadata.HTTPStatusCode).to.equal(200);
      expect(Object.keys(dispatcher.stats), 'the origin the request went to').to.deep.equal([fx.server.endpoint]);
    } finally {
      await c.close();
      await dispatcher.close();
    }
  });

  it('exports exactly the runtime names of lib/index.ts', () => {
    expect(Object.keys(pkg).sort()).to.deep.equal(Object.keys(lib).sort());
  });

  it('keeps the names users see of every exported class and function (inspect, stack traces), as lib/index.ts has them', () => {
    // the bundle is built without esbuild's keepNames: a class that refers to itself would print as `_Config`
    const named = (m: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(m).filter(([, v]) => typeof v === 'function').map(([k, v]) => [k, (v as { name: string }).name]));
    const ours = named(pkg as unknown as Record<string, unknown>);
    expect(Object.keys(ours)).to.include.members(['Config', 'ServiceResource', 'ResourceMeta', 'ClientError', 'client']);
    expect(ours).to.deep.equal(named(lib as unknown as Record<string, unknown>));
    expect(inspect(new pkg.Config({ region_name: 'eu-de' }))).to.match(/^Config /);
  });

  it('works end to end: objects, a multipart upload_file and download_file, a resource collection, typed errors', async () => {
    const c = s3();
    try {
      await c.put_object({ Bucket: bucket, Key: 'small', Body: 'hello bundle' });
      expect(await (await c.get_object({ Bucket: bucket, Key: 'small' })).Body!.text()).to.equal('hello bundle');

      const data = randomBytes(12 * MiB + 5);
      const src = join(dir, 'src.bin');
      const back = join(dir, 'back.bin');
      writeFileSync(src, data);
      const config = new pkg.TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB });
      await c.upload_file(src, bucket, 'big', { Config: config });
      expect((await c.head_object({ Bucket: bucket, Key: 'big' })).ETag).to.match(/-3"$/);
      await c.download_file(bucket, 'big', back, { Config: config });
      expect(readFileSync(back).equals(data)).to.equal(true);

      const keys: string[] = [];
      for await (const o of pkg.resource('s3', { endpoint_url: fx.server.endpoint, region_name: fx.server.region, aws_access_key_id: fx.server.accessKeyId, aws_secret_access_key: fx.server.secretAccessKey }).Bucket(bucket).objects.all()) {
        keys.push(o.key);
      }
      expect(keys).to.deep.equal(['big', 'small']);

      const err = await c.get_object({ Bucket: bucket, Key: 'missing' }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(pkg.ClientError);
      expect(err).to.be.instanceOf(c.exceptions.NoSuchKey);
      expect((err as lib.ClientError).response.Error.Code).to.equal('NoSuchKey');
    } finally {
      await c.close();
    }
  });
});
