// The generic concurrency helpers: semaphore, bounded lazy for-each, bandwidth limiter.
import { expect } from 'chai';
import { AbortError } from '../../lib/index.js';
import { BandwidthLimiter, Semaphore, forEachBounded } from '../../lib/transfer/limiter.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('transfer: Semaphore', () => {
  it('hands out `size` slots, then queues in order until released', async () => {
    const s = new Semaphore(2);
    await s.acquire();
    await s.acquire();
    expect(s.available).to.equal(0);
    const order: number[] = [];
    const a = s.acquire().then(() => order.push(1));
    const b = s.acquire().then(() => order.push(2));
    await tick();
    expect(order).to.deep.equal([]);
    s.release();
    await a;
    s.release();
    await b;
    expect(order).to.deep.equal([1, 2]);
  });

  it('a waiting acquire rejects with AbortError when its signal fires, and gives up its place', async () => {
    const s = new Semaphore(1);
    await s.acquire();
    const ac = new AbortController();
    const waiting = s.acquire(ac.signal);
    ac.abort();
    let caught: unknown;
    await waiting.catch((e: unknown) => (caught = e));
    expect(caught).to.be.instanceOf(AbortError);
    s.release();
    expect(s.available).to.equal(1);
  });
});

describe('transfer: forEachBounded', () => {
  const never = new AbortController().signal;

  it('runs at most `size` tasks at once and pulls an item only once it can get a slot', async () => {
    let pulled = 0;
    let running = 0;
    let most = 0;
    let maxAhead = 0;
    let finished = 0;
    async function* items() {
      for (let i = 0; i < 20; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - finished);
        yield i;
      }
    }
    await forEachBounded(items(), new Semaphore(3), async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      finished++;
    }, { signal: never, onFailure: () => undefined });
    expect(finished).to.equal(20);
    expect(most).to.equal(3);
    // three running and one pulled, waiting for a slot
    expect(maxAhead).to.be.at.most(4);
  });

  it('stops pulling at the first failure, waits for the tasks in flight, rethrows that failure once', async () => {
    const failures: unknown[] = [];
    const settled: number[] = [];
    const discarded: number[] = [];
    let pulled = 0;
    const items = (function* () {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i;
      }
    })();
    let caught: unknown;
    await forEachBounded(items, new Semaphore(2), async (i) => {
      await tick();
      if (i === 3) throw new Error('boom 3');
      if (i === 4) throw new Error('boom 4');
      settled.push(i);
    }, { signal: never, onFailure: (e) => failures.push(e), discard: (i) => discarded.push(i) }).catch((e: unknown) => (caught = e));
    expect((caught as Error).message).to.equal('boom 3');
    expect(failures).to.have.length(1);
    expect(pulled).to.be.below(10);
    expect(settled).to.include.members([0, 1, 2]);
    expect(settled).to.not.include(3);
  });

  it('an abort ends the wait for a source that blocks', async () => {
    const ac = new AbortController();
    const blocked: AsyncIterable<number> = { [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<number>>(() => undefined) }) };
    const run = forEachBounded(blocked, new Semaphore(1), async () => undefined, { signal: ac.signal, onFailure: () => undefined });
    ac.abort();
    let caught: unknown;
    await run.catch((e: unknown) => (caught = e));
    expect(caught).to.be.instanceOf(AbortError);
  });
});

describe('transfer: BandwidthLimiter', () => {
  it('lets bytes through at once while under the rate', async () => {
    const limiter = new BandwidthLimiter(1e12);
    for (let i = 0; i < 100; i++) await limiter.consume(1 << 20);
  });

  it('makes a caller over the rate wait, and that wait ends with AbortError on abort', async () => {
    const limiter = new BandwidthLimiter(1000);
    await limiter.consume(1_000_000); // books 1000 s of budget
    const ac = new AbortController();
    let state = 'waiting';
    const next = limiter.consume(1, ac.signal).then(() => (state = 'passed'), (e: unknown) => (state = e instanceof AbortError ? 'aborted' : String(e)));
    await tick();
    expect(state).to.equal('waiting');
    ac.abort();
    await next;
    expect(state).to.equal('aborted');
  });
});
