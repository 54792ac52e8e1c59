import { expect } from 'chai';
import { RecordingServer } from '../helpers/recording-server.js';
import { fakeClient } from '../helpers/clients.js';

describe('client hooks (client.meta.events)', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  it('runs handlers for a name and its prefixes; handlers can change params and headers', async () => {
    const c = fakeClient(server.endpoint);
    const seen: string[] = [];
    c.meta.events.register('before-parameter-build.s3.PutObject', ({ params }) => {
      (params as Record<string, unknown>).ContentType = 'text/plain';
    });
    c.meta.events.register('before-call', ({ event_name }) => void seen.push(event_name));
    c.meta.events.register('before-call.s3.PutObject', ({ request }) => {
      (request as { headers: Record<string, string> }).headers['x-trace'] = 'abc';
    });
    c.meta.events.register('after-call.s3', ({ parsed }) => {
      seen.push(`after:${typeof (parsed as object)}`);
    });
    await c.put_object({ Bucket: 'b', Key: 'k', Body: 'x' });
    await c.head_bucket({ Bucket: 'b' });
    expect(seen).to.deep.equal(['before-call.s3.PutObject', 'after:object', 'before-call.s3.HeadBucket', 'after:object']);
    expect(server.requests[0]!.headers['content-type']).to.equal('text/plain');
    expect(server.requests[0]!.headers['x-trace']).to.equal('abc');
  });

  it('before-sign sees the request each attempt and before-send can answer without the network', async () => {
    const c = fakeClient(server.endpoint);
    let attempts = 0;
    c.meta.events.register('before-sign.s3.HeadObject', () => void attempts++);
    c.meta.events.register('before-send.s3.HeadObject', () => ({ statusCode: 200, headers: { 'content-length': '42', etag: '"x"' }, body: Buffer.alloc(0) }));
    const out = await c.head_object({ Bucket: 'b', Key: 'k' });
    expect(out.ContentLength).to.equal(42);
    expect(attempts).to.equal(1);
    expect(server.requests).to.have.length(0);
  });

  it('needs-retry handlers can veto a retry or set the delay', async () => {
    const c = fakeClient(server.endpoint);
    server.respondWith(() => ({ status: 500 }));
    c.meta.events.register('needs-retry.s3.HeadBucket', () => false);
    await c.head_bucket({ Bucket: 'b' }).catch(() => undefined);
    expect(server.requests).to.have.length(1);
  });

  it('unregister removes a handler', async () => {
    const c = fakeClient(server.endpoint);
    let n = 0;
    const h = () => void n++;
    c.meta.events.register('before-call', h);
    await c.head_bucket({ Bucket: 'b' });
    c.meta.events.unregister('before-call', h);
    await c.head_bucket({ Bucket: 'b' });
    expect(n).to.equal(1);
  });
});
