import { expect } from 'chai';
import { RecordingServer } from '../helpers/recording-server.js';
import { fakeClient } from '../helpers/clients.js';
import { HierarchicalEmitter } from '../../lib/index.js';

describe('client hooks (client.meta.events)', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  it('runs handlers for a name and its prefixes; handlers can change params and headers', async () => {
    const c = fakeClient(server.endpoint);
    const seen: string[] = [];
    c.meta.events.register('before-parameter-build.s3.PutObject', ({ params }) => {
      params.ContentType = 'text/plain';
    });
    c.meta.events.register('before-call', ({ event_name }) => void seen.push(event_name));
    c.meta.events.register('before-call.s3.PutObject', ({ request }) => {
      request.headers['x-trace'] = 'abc';
    });
    c.meta.events.register('after-call.s3', ({ parsed }) => {
      seen.push(`after:${typeof parsed}`);
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

describe('HierarchicalEmitter', () => {
  const record = (log: string[], tag: string) => (args: { event_name: string }) => void log.push(`${tag}:${args.event_name}`);

  /** An emitter with one recording handler per [name, tag]; `emit` returns the tags that ran, in order. */
  const emitterOf = (registrations: [string, string][]) => {
    const e = new HierarchicalEmitter();
    const log: string[] = [];
    const handlers = new Map(registrations.map(([, tag]) => [tag, record(log, tag)]));
    for (const [name, tag] of registrations) e.register(name, handlers.get(tag)!);
    const emit = async (name: string) => {
      log.length = 0;
      await e.emitHooks(name, {});
      return log.map((l) => l.split(':')[0]);
    };
    return { e, handlers, emit };
  };

  it('runs general names first, then more specific ones, each in registration order; not siblings or longer names', async () => {
    const { emit } = emitterOf([['a.b.c', '3'], ['a', '1'], ['a.b', '2'], ['a', '1b'], ['a.x', 'sibling'], ['a.b.c.d', 'longer'], ['a.bc', 'not-a-prefix']]);
    expect(await emit('a.b.c')).to.deep.equal(['1', '1b', '2', '3']);
  });

  it('a `*` part matches any one part, at its depth, after the exact name of that depth; unregister removes it', async () => {
    const { e, handlers, emit } = emitterOf([
      ['before-send.*.PutObject', 'any-service'], ['before-send.s3.*', 'any-op'], ['before-send.s3', 'service'],
      ['before-send.s3.PutObject', 'exact'], ['*', 'everything'], ['before-send.*', 'kind-any'],
      ['before-send.*.PutObject.x', 'longer'], ['after-call.*', 'other-kind'],
    ]);
    expect(await emit('before-send.s3.PutObject')).to.deep.equal(['everything', 'service', 'kind-any', 'exact', 'any-service', 'any-op']);
    e.unregister('before-send.s3.*', handlers.get('any-op')!);
    expect(await emit('before-send.s3.GetObject')).to.deep.equal(['everything', 'service', 'kind-any']);
  });

  it('emitUntilResponse stops at the first handler that returns something', async () => {
    const e = new HierarchicalEmitter();
    const seen: string[] = [];
    e.register('x', () => void seen.push('x'));
    e.register('x.y', () => (seen.push('x.y'), 0));
    e.register('x.y', () => void seen.push('never'));
    expect(await e.emitUntilResponse('x.y', {})).to.equal(0);
    expect(seen).to.deep.equal(['x', 'x.y']);
  });

  it('sync handlers are not awaited, async ones (and thenables) are: each runs after the one before has finished, results in order', async () => {
    const e = new HierarchicalEmitter();
    const log: string[] = [];
    e.register('s', () => (log.push('sync'), 1));
    e.register('s', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push('async');
      return 2;
    });
    e.register('s', () => ({ then: (resolve: (v: number) => void) => setTimeout(() => (log.push('thenable'), resolve(3)), 5) }));
    e.register('s', () => (log.push('last'), undefined));
    expect(await e.emitHooks('s', {})).to.deep.equal([1, 2, 3, undefined]);
    expect(log).to.deep.equal(['sync', 'async', 'thenable', 'last']);
    e.register('t', () => {
      throw new Error('sync failure');
    });
    const failed = e.emitHooks('t', {});
    expect(failed).to.be.instanceOf(Promise);
    await failed.then(() => expect.fail('resolved'), (err: Error) => expect(err.message).to.equal('sync failure'));
    expect(e.hasHandlers('s.more')).to.equal(true);
    expect(e.hasHandlers('u')).to.equal(false);
  });

  it('unregister removes one registration (the latest); listeners() is a copy', async () => {
    const e = new HierarchicalEmitter();
    let n = 0;
    const h = () => void n++;
    e.register('p', h).register('p', h);
    e.unregister('p', h);
    e.listeners('p').length = 0;
    await e.emitHooks('p.q', {});
    expect(n).to.equal(1);
    e.unregister('p', h);
    e.unregister('p', h);
    await e.emitHooks('p', {});
    expect(n).to.equal(1);
    expect(e.listeners('p')).to.deep.equal([]);
  });

  it('a handler registered while hooks run does not run in that same emission', async () => {
    const e = new HierarchicalEmitter();
    const log: string[] = [];
    e.register('z', () => void e.register('z', record(log, 'late')));
    await e.emitHooks('z', {});
    expect(log).to.deep.equal([]);
    await e.emitHooks('z', {});
    expect(log).to.deep.equal(['late:z']);
  });
});
