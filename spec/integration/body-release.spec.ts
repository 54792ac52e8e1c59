// Bodies and connections against the real server: every way of abandoning a response body gives its
// connection back (50 GETs of 8 MiB through a 2-connection pool each), a call waiting for a
// connection ends at once on abort and with a typed error when nothing is given back, and a body
// released unread says so when read.
import { expect } from 'chai';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BodyReleasedError, ConnectionPoolTimeoutError, AbortError, type ConfigOptions, type S3Client, type StreamingBody } from '../../lib/index.js';
import { realClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';
import { uniqueBucketName, withBucket } from './support.js';

const MiB = 1024 * 1024;

// a full collection on demand, to show the release of bodies that became unreachable
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A deadline for a promise that must settle (a hang fails the spec with this message). */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  const timer = sleep(ms, undefined, { ref: false }).then(() => {
    throw new Error(`${what}: still pending after ${ms} ms`);
  });
  return Promise.race([promise, timer]);
}

/** Each way of being done with a body before its end; `gc`: it relies on the body becoming unreachable. */
const WAYS: Record<string, { gc?: boolean; run(body: StreamingBody): Promise<void> }> = {
  'close()': { run: async (b) => void (await b.read(10), b.close()) },
  'break out of for await': {
    run: async (b) => {
      for await (const chunk of b) if (chunk.length) break;
    },
  },
  'return from inside for await': {
    run: async (b) => {
      for await (const chunk of b) return void chunk;
    },
  },
  'an error thrown inside for await': {
    run: async (b) => {
      try {
        for await (const chunk of b) throw new Error(`stop at ${chunk.length}`);
      } catch {
        // the caller's own error; the body must still be released
      }
    },
  },
  'break out of iter_chunks()': {
    run: async (b) => {
      for await (const chunk of b.iter_chunks(100)) if (chunk.length) break;
    },
  },
  'break out of iter_lines()': {
    run: async (b) => {
      for await (const line of b.iter_lines()) if (line.length >= 0) break;
    },
  },
  'stream.destroy()': { run: async (b) => void b.stream.destroy() },
  'pipeline() into a destination that fails': {
    run: async (b) => {
      const gone = new Writable({ write: (_c, _e, done) => done(new Error('the browser went away')) });
      await pipeline(b.stream, gone).catch(() => undefined);
    },
  },
  'pipe() into a destination that fails': {
    run: async (b) => {
      const gone = new Writable({ write: (_c, _e, done) => done(new Error('the browser went away')) });
      await b.pipe(gone).catch(() => undefined);
    },
  },
  'read(10), then dropped': { gc: true, run: async (b) => void (await b.read(10)) },
  'never touched': { gc: true, run: async () => undefined },
};

describe('integration: bodies give their connections back', function () {
  const bucket = uniqueBucketName('it-release');
  const fx = withBucket(bucket);
  const clients: S3Client[] = [];
  // lines, so iter_lines has some to yield
  const object = Buffer.alloc(8 * MiB, 'a line of text\n');

  /** A client on `connections` connections; retries off, so a leak ends in the typed pool error. */
  function pooled(connections: number, config: ConfigOptions = {}): S3Client {
    const s3 = realClient(fx.server, { max_pool_connections: connections, read_timeout: 30, connect_timeout: 20, retries: { total_max_attempts: 1 }, ...config });
    clients.push(s3);
    return s3;
  }

  const get = (s3: S3Client, signal?: AbortSignal) => s3.get_object({ Bucket: bucket, Key: 'big' }, { signal });

  before(async () => {
    await fx.s3.put_object({ Bucket: bucket, Key: 'big', Body: object });
  });

  after(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });

  for (const [name, way] of Object.entries(WAYS)) {
    it(`${name}: 50 GETs of 8 MiB through 2 connections all complete`, async function () {
      this.timeout(90_000);
      const s3 = pooled(2);
      // its own function, so nothing of the body outlives it on this stack
      const once = async () => way.run((await get(s3)).Body!);
      await within(80_000, name, (async () => {
        for (let i = 0; i < 50; i++) {
          await once();
          if (way.gc) collectGarbage();
        }
      })());
      // the pool is whole again: both connections serve whole bodies
      const bodies = await Promise.all([get(s3), get(s3)]);
      for (const { Body } of bodies) expect((await Body!.read()).length).to.equal(object.length);
    });
  }

  it('a call waiting for a connection rejects with AbortError at once when its signal fires', async () => {
    const s3 = pooled(1);
    const held = await get(s3);
    const controller = new AbortController();
    const waiting = get(s3, controller.signal);
    await sleep(50); // it is queued for the one connection by now
    controller.abort();
    const err = await within(100, 'the aborted wait', failure(waiting));
    expect(err).to.be.instanceOf(AbortError);
    held.Body!.close();
    await within(10_000, 'the next call', get(s3).then(({ Body }) => Body!.close()));
  });

  it('a pool that gives nothing back fails the waiting call with ConnectionPoolTimeoutError, naming the cause and the fix', async () => {
    const s3 = pooled(1, { connect_timeout: 0.5 });
    const held = await get(s3);
    const err = await within(10_000, 'the wait for a connection', failure(get(s3)));
    expect(err).to.be.instanceOf(ConnectionPoolTimeoutError);
    expect((err as ConnectionPoolTimeoutError).retryable).to.equal(true);
    expect(err.message).to.match(/all 1 \(max_pool_connections\) stayed in use/);
    expect(err.message).to.match(/read each Body, call Body\.close\(\)/);
    // the body that held it is still whole: reading it frees the connection for the next call
    expect((await held.Body!.read()).length).to.equal(object.length);
    await within(10_000, 'the next call', get(s3).then(({ Body }) => Body!.close()));
  });

  it('a body left unread for read_timeout gives its connection back, and reading it then raises BodyReleasedError', async () => {
    const s3 = pooled(1, { read_timeout: 0.5 });
    const unread = await get(s3);
    // the only connection is the unread body's until it is released for idleness
    const next = await within(10_000, 'the call after the idle body', get(s3));
    const err = await failure(unread.Body!.read());
    expect(err).to.be.instanceOf(BodyReleasedError);
    expect(err.message).to.match(/^The response body was released after 0 of 8388608 bytes: it was not read for 0\.5 s \(read_timeout\)/);
    expect((await next.Body!.read()).length).to.equal(object.length);
  });

  it('a small body that arrived whole holds no connection: left unread past read_timeout, it still reads in full', async () => {
    const s3 = pooled(1, { read_timeout: 0.3 });
    await fx.s3.put_object({ Bucket: bucket, Key: 'small', Body: 'all of it' });
    const small = await s3.get_object({ Bucket: bucket, Key: 'small' });
    // its connection is free at once: another call goes through the one-connection pool meanwhile
    (await get(s3)).Body!.close();
    await sleep(800);
    expect(await small.Body!.text()).to.equal('all of it');
  });

  it('reading a body after close() raises BodyReleasedError; after its end it reads as empty', async () => {
    const s3 = pooled(1);
    const closed = (await get(s3)).Body!;
    await closed.read(10);
    closed.close();
    const err = await failure(closed.read());
    expect(err).to.be.instanceOf(BodyReleasedError);
    expect(err.message).to.match(/after 10 of 8388608 bytes: it was closed/);
    const whole = (await get(s3)).Body!;
    expect((await whole.read()).length).to.equal(object.length);
    whole.close();
    expect((await whole.read()).length).to.equal(0);
  });
});
