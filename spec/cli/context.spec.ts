// What a `cos` run is made of before any request: how many requests each kind of transfer may
// have in flight, and the bound on bodies held in memory by one-request downloads.
import { expect } from 'chai';
import { makeContext } from '../../cli/src/context.js';
import { Budget } from '../../cli/src/budget.js';

const base = { verifySsl: true, signRequest: false, endpointUrl: 'http://127.0.0.1:9' };

describe('cos: requests in flight and bytes held', () => {
  it('by default: 64 requests for files of one request, 10 for the parts of larger files, a pool for 64', () => {
    const ctx = makeContext(base, new AbortController().signal);
    expect(ctx.smallTransfers.concurrency).to.equal(64);
    expect(ctx.fileConcurrency).to.equal(128);
    expect(ctx.transfers.concurrency).to.equal(10);
    expect(ctx.s3.meta.config.max_pool_connections).to.equal(64);
    expect(ctx.smallDownloads.limit).to.equal(80 * 1024 * 1024);
    // multipart transfers in progress: twice the parts in flight, as many files as before
    expect(ctx.largeFiles.limit).to.equal(20);
  });

  it('--max-concurrency sets all of them', () => {
    const ctx = makeContext({ ...base, maxConcurrency: '3' }, new AbortController().signal);
    expect([ctx.smallTransfers.concurrency, ctx.transfers.concurrency, ctx.s3.meta.config.max_pool_connections]).to.deep.equal([3, 3, 3]);
    expect([ctx.fileConcurrency, ctx.largeFiles.limit]).to.deep.equal([6, 6]);
  });

  it('a budget runs tasks while they fit, in the order they came, and one larger than the budget alone', async () => {
    const budget = new Budget(10);
    const started: string[] = [];
    const gates = new Map<string, () => void>();
    const task = (name: string, bytes: number) => budget.run(bytes, () => {
      started.push(name);
      return new Promise<void>((done) => gates.set(name, done));
    });
    const settle = () => new Promise((r) => setImmediate(r));
    const runs = [task('a', 6), task('b', 4), task('c', 3), task('d', 1), task('big', 25)];
    await settle();
    // c would fit only after a or b; d fits now but waits its turn behind c
    expect(started).to.deep.equal(['a', 'b']);
    expect(budget.held).to.equal(10);
    gates.get('a')!();
    await settle();
    expect(started).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(budget.held).to.equal(8);
    for (const name of ['b', 'c', 'd']) gates.get(name)!();
    await settle();
    expect(started).to.deep.equal(['a', 'b', 'c', 'd', 'big']);
    expect(budget.held).to.equal(25);
    gates.get('big')!();
    await Promise.all(runs);
    expect(budget.held).to.equal(0);
  });

  it('a failing task gives its bytes back', async () => {
    const budget = new Budget(4);
    await budget.run(4, () => Promise.reject(new Error('boom'))).catch(() => undefined);
    expect(budget.held).to.equal(0);
    expect(await budget.run(4, async () => 'ran')).to.equal('ran');
  });
});
