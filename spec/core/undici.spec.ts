// We load undici's modules one by one (not its index) for cold start: they must still be undici's
// own classes, work with users' dispatchers, and the SDK must not pull the index in after all.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as undici from 'undici';
import { Agent, createProxyAgent, globalDispatcher, request } from '../../lib/core/undici.js';

describe('undici, loaded module by module', () => {
  const server = createServer((req, res) => res.end(`${req.method} ${req.url}`));
  let origin = '';
  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('the Agent and ProxyAgent are the classes the undici package exports', async () => {
    expect(Agent).to.equal(undici.Agent);
    const proxy = createProxyAgent({ uri: 'http://127.0.0.1:9' });
    expect(proxy).to.be.instanceOf(undici.ProxyAgent);
    await proxy.close();
  });

  it('request() works through our Agent (which lacks the api mixin) and through a user dispatcher', async () => {
    const ours = new Agent();
    const theirs = new undici.Agent();
    for (const dispatcher of [ours, theirs]) {
      const res = await request(dispatcher, { origin, path: '/a?b=1', method: 'PUT' });
      expect(res.statusCode).to.equal(200);
      expect(await res.body.text()).to.equal('PUT /a?b=1');
    }
    await Promise.all([ours.close(), theirs.close()]);
  });

  it('globalDispatcher() is what setGlobalDispatcher installed', () => {
    const before = undici.getGlobalDispatcher();
    const mine = new undici.Agent();
    undici.setGlobalDispatcher(mine);
    try {
      expect(globalDispatcher()).to.equal(mine);
    } finally {
      undici.setGlobalDispatcher(before);
      void mine.close();
    }
  });

  it('without the undici index loaded by anyone, requests work direct and through a proxy (child process)', () => {
    // this spec file itself imports the index, which would mask a missing API method in the SDK
    const here = (p: string) => JSON.stringify(fileURLToPath(new URL(p, import.meta.url)));
    const script = `
      const { createServer } = await import('node:http');
      const { client, Config } = await import(${here('../../lib/index.js')});
      const { ForwardProxy } = await import(${here('../helpers/forward-proxy.js')});
      const target = createServer((req, res) => res.end());
      await new Promise((r) => target.listen(0, '127.0.0.1', r));
      const proxy = await new ForwardProxy().start();
      const endpoint_url = 'http://127.0.0.1:' + target.address().port;
      const keys = { region_name: 'us-east-1', aws_access_key_id: 'AKID', aws_secret_access_key: 'secret' };
      const direct = client('s3', { endpoint_url, ...keys });
      const proxied = client('s3', { endpoint_url, ...keys, config: new Config({ proxies: { http: proxy.url } }) });
      const statuses = [];
      for (const c of [direct, proxied]) statuses.push((await c.head_bucket({ Bucket: 'b' })).ResponseMetadata.HTTPStatusCode);
      await Promise.all([direct.close(), proxied.close(), proxy.stop()]);
      target.close();
      console.log(JSON.stringify({ statuses, tunnels: proxy.seen.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { statuses: number[]; tunnels: number };
    expect(out).to.deep.equal({ statuses: [200, 200], tunnels: 1 });
  });

  it('importing the SDK does not load the undici index (fetch, WebSocket, caches)', () => {
    const index = fileURLToPath(new URL('../../lib/index.js', import.meta.url));
    const script = `
      const { createRequire } = await import('node:module');
      await import(${JSON.stringify(index)});
      const cache = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ undici: cache.filter((k) => k.includes('/undici/')).length, index: cache.some((k) => /\\/undici\\/index\\.js$/.test(k)) }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { undici: number; index: boolean };
    expect(out.undici, 'undici modules loaded').to.be.greaterThan(0);
    expect(out.index).to.equal(false);
  });
});
