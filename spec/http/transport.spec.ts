// The HTTP transport seen from local servers: the connection pool bound (max_pool_connections),
// keep-alive reuse, and requests through a configured proxy.
import { expect } from 'chai';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { S3Client } from '../../lib/index.js';
import { fakeClient } from '../helpers/clients.js';
import { ForwardProxy } from '../helpers/forward-proxy.js';

/** A server that counts the sockets opened to it and answers every request after `delayMs`. */
class CountingServer {
  readonly server: Server;
  readonly sockets = new Set<Socket>();
  opened = 0;
  inFlight = 0;
  maxInFlight = 0;
  requests = 0;

  constructor(private readonly delayMs: number) {
    this.server = createServer((req, res) => this.#handle(req, res));
    this.server.on('connection', (s: Socket) => {
      this.opened += 1;
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  reset(): void {
    this.opened = this.inFlight = this.maxInFlight = this.requests = 0;
    for (const s of this.sockets) s.destroy(); // the next test starts with no idle connection
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    this.requests += 1;
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        this.inFlight -= 1;
        res.writeHead(200, { 'content-length': '0', 'x-amz-request-id': `r${this.requests}` });
        res.end();
      }, this.delayMs);
    });
  }
}

describe('http transport', () => {
  const target = new CountingServer(50);
  const clients: S3Client[] = [];
  const track = (c: S3Client) => (clients.push(c), c);

  before(() => target.start());
  after(() => target.stop());
  beforeEach(() => target.reset());
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
  });

  // GETs for the pool bound; HEADs have their own checks below
  it('max_pool_connections bounds the sockets and the requests in flight', async () => {
    const s3 = track(fakeClient(target.endpoint, { max_pool_connections: 2 }));
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => s3.get_bucket_acl({ Bucket: `b${i}` })));
    expect(results.map((r) => r.ResponseMetadata.HTTPStatusCode)).to.deep.equal(Array(10).fill(200));
    expect(target.requests).to.equal(10);
    expect(target.opened).to.be.within(1, 2);
    expect(target.maxInFlight).to.be.within(1, 2);
  });

  it('the bound holds for HEAD requests too (in flight)', async () => {
    const s3 = track(fakeClient(target.endpoint, { max_pool_connections: 2 }));
    await Promise.all(Array.from({ length: 8 }, (_, i) => s3.head_object({ Bucket: 'b', Key: `k${i}` })));
    expect(target.requests).to.equal(8);
    expect(target.maxInFlight).to.be.within(1, 2);
  });

  it('without the bound, concurrent requests do use more sockets (the checks above can fail)', async () => {
    const s3 = track(fakeClient(target.endpoint, { max_pool_connections: 10 }));
    await Promise.all(Array.from({ length: 6 }, (_, i) => s3.get_bucket_acl({ Bucket: `b${i}` })));
    expect(target.opened).to.be.greaterThan(2);
    expect(target.maxInFlight).to.be.greaterThan(2);
  });

  it('sequential requests reuse keep-alive connections', async () => {
    const s3 = track(fakeClient(target.endpoint));
    for (let i = 0; i < 10; i++) await s3.put_object({ Bucket: 'b', Key: `k${i}`, Body: `body ${i}` });
    expect(target.requests).to.equal(10);
    // undici may still count the first connection busy when the next request is dispatched, and open
    // a second one; from then on both are reused
    expect(target.opened).to.be.within(1, 2);
  });

  it('sequential HEAD requests keep their connection too (undici would close it after each)', async () => {
    const s3 = track(fakeClient(target.endpoint));
    for (let i = 0; i < 10; i++) await s3.head_object({ Bucket: 'b', Key: `k${i}` });
    expect(target.requests).to.equal(10);
    expect(target.opened).to.be.within(1, 2);
  });

  it('with max_pool_connections 1 every request goes over the one connection', async () => {
    const s3 = track(fakeClient(target.endpoint, { max_pool_connections: 1 }));
    for (let i = 0; i < 5; i++) await s3.get_bucket_acl({ Bucket: 'b' });
    await Promise.all(Array.from({ length: 5 }, () => s3.put_object({ Bucket: 'b', Key: 'k', Body: 'x' })));
    expect(target.requests).to.equal(10);
    expect(target.opened).to.equal(1);
    expect(target.maxInFlight).to.equal(1);
  });

  describe('proxies', () => {
    const proxy = new ForwardProxy();
    before(() => proxy.start());
    after(() => proxy.stop());
    beforeEach(() => {
      proxy.seen.length = 0;
    });

    it('an http endpoint goes through the proxy configured for http', async () => {
      const s3 = track(fakeClient(target.endpoint, { proxies: { http: proxy.url } }));
      const out = await s3.head_object({ Bucket: 'b', Key: 'via-proxy' });
      expect(out.ResponseMetadata.RequestId).to.equal('r1');
      const host = new URL(target.endpoint).host;
      expect(proxy.seen).to.have.length(1);
      expect(proxy.seen[0]).to.be.oneOf([`CONNECT ${host}`, `HEAD ${target.endpoint}/b/via-proxy`]);
      expect(target.requests).to.equal(1);
    });

    it('a proxy for the other scheme only is not used', async () => {
      const s3 = track(fakeClient(target.endpoint, { proxies: { https: proxy.url } }));
      await s3.head_object({ Bucket: 'b', Key: 'direct' });
      expect(proxy.seen).to.deep.equal([]);
      expect(target.requests).to.equal(1);
    });
  });
});

describe('transport refuses malformed headers itself (undici would leak a pool slot)', () => {
  it('a hook adding a bad header fails fast, is not retried, and the pool keeps working', async () => {
    const { RecordingServer } = await import('../helpers/recording-server.js');
    const { fakeClient } = await import('../helpers/clients.js');
    const { NonRetryableHTTPError } = await import('../../lib/index.js');
    const server = await new RecordingServer().start();
    const c = fakeClient(server.endpoint, { max_pool_connections: 1 });
    let bad = true;
    c.meta.events.register('before-send', ({ request }) => {
      if (bad) (request as { headers: Record<string, string> }).headers['bad key'] = 'x';
    });
    try {
      for (let i = 0; i < 3; i++) {
        let err: unknown;
        try {
          await c.head_bucket({ Bucket: 'bkt' });
        } catch (e) {
          err = e;
        }
        expect(err).to.be.instanceOf(NonRetryableHTTPError);
      }
      expect(server.requests).to.have.length(0);
      bad = false;
      await c.head_bucket({ Bucket: 'bkt' });
      expect(server.requests).to.have.length(1);
    } finally {
      await c.close();
      await server.stop();
    }
  });
});
