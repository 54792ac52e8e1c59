// HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) as Python's urllib reads them, and Config({ proxies })
// replacing them altogether, as in botocore.
import { expect } from 'chai';
import { Config, Session } from '../../lib/index.js';
import { bypassesProxy, environmentProxies } from '../../lib/settings/proxies.js';
import { ForwardProxy } from '../helpers/forward-proxy.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { FAKE_KEYS } from '../helpers/clients.js';
import { envSandbox } from '../helpers/env-sandbox.js';

describe('settings: proxies from the environment', () => {
  it('lower-case names win over upper-case ones; an empty lower-case one unsets; CGI drops HTTP_PROXY', () => {
    expect(environmentProxies({ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2', HTTP_PROXY: 'http://h:3', NO_PROXY: 'a.b' }))
      .to.deep.equal({ https: 'http://lower:2', http: 'http://h:3', no: 'a.b' });
    expect(environmentProxies({ HTTPS_PROXY: 'http://upper:1', https_proxy: '' })).to.deep.equal({});
    expect(environmentProxies({ HTTP_PROXY: 'http://from-a-header:1', REQUEST_METHOD: 'GET' })).to.deep.equal({});
  });

  it('NO_PROXY: *, exact hosts, domain suffixes with or without a leading dot, host:port', () => {
    const url = new URL('https://bucket.s3.eu-de.cloud-object-storage.appdomain.cloud');
    expect(bypassesProxy(url, '*')).to.equal(true);
    expect(bypassesProxy(url, 'localhost, .appdomain.cloud')).to.equal(true);
    expect(bypassesProxy(url, 'cloud-object-storage.appdomain.cloud')).to.equal(true);
    expect(bypassesProxy(url, 'object-storage.appdomain.cloud.evil')).to.equal(false);
    expect(bypassesProxy(url, 'age.appdomain.cloud')).to.equal(false);
    expect(bypassesProxy(new URL('http://127.0.0.1:7480/x'), '127.0.0.1:7480')).to.equal(true);
    expect(bypassesProxy(new URL('http://127.0.0.1:7480/x'), '127.0.0.1:9')).to.equal(false);
    expect(bypassesProxy(url, undefined)).to.equal(false);
  });

  describe('requests', () => {
    const env = envSandbox();
    const server = new RecordingServer();
    const proxy = new ForwardProxy();
    before(async () => {
      await server.start();
      await proxy.start();
    });
    after(async () => {
      await server.stop();
      await proxy.stop();
    });
    beforeEach(() => {
      server.reset();
      proxy.seen.length = 0;
    });
    const head = (config?: Config) => new Session().client('s3', { ...FAKE_KEYS, endpoint_url: server.endpoint, config }).head_bucket({ Bucket: 'bkt' });

    it('go through http_proxy (over a dead HTTP_PROXY), unless NO_PROXY names the endpoint or Config({ proxies }) is given', async () => {
      env.set({ HTTP_PROXY: 'http://127.0.0.1:9', http_proxy: proxy.url });
      await head();
      expect(proxy.seen).to.have.length(1);
      expect(proxy.seen[0]).to.include(`127.0.0.1:${server.port}`);
      expect(server.requests).to.have.length(1);

      env.set({ no_proxy: `example.com,127.0.0.1:${server.port}` });
      await head();
      expect(proxy.seen).to.have.length(1);

      env.set({ no_proxy: undefined });
      await head(new Config({ proxies: {} }));
      expect(proxy.seen).to.have.length(1);
      expect(server.requests).to.have.length(3);
    });
  });
});
