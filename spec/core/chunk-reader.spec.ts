// ChunkReader hands out a Readable's chunks as they came (no concatenation when the consumer lags),
// bounds what it buffers by pausing the source, and reports errors and cut-off streams.
import { expect } from 'chai';
import { PassThrough, Readable } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import { ChunkReader } from '../../lib/core/chunk-reader.js';

describe('ChunkReader', () => {
  it('returns the very chunks the stream emitted, in order, even when many were buffered before reading', async () => {
    const chunks = Array.from({ length: 20 }, (_, i) => Buffer.alloc(1000, i));
    const source = new PassThrough();
    const reader = new ChunkReader(source);
    const first = reader.next(); // starts the flow
    for (const c of chunks) source.write(c);
    source.end();
    await tick();
    const got: Buffer[] = [(await first)!];
    for (let c = await reader.next(); c; c = await reader.next()) got.push(c);
    expect(got.length).to.equal(chunks.length);
    got.forEach((c, i) => expect(c.equals(chunks[i]!), `chunk ${i}`).to.equal(true));
    expect(await reader.next()).to.equal(undefined);
  });

  it('for await goes through every chunk to the end', async () => {
    const got: string[] = [];
    for await (const c of new ChunkReader(Readable.from([Buffer.from('a'), Buffer.from('bc'), Buffer.from('d')]))) got.push(c.toString());
    expect(got).to.deep.equal(['a', 'bc', 'd']);
  });

  it('pauses the source once a MiB is waiting and resumes it as the consumer catches up', async () => {
    let produced = 0;
    const source = new Readable({
      read() {
        produced += 64 * 1024;
        this.push(produced > 8 * 1024 * 1024 ? null : Buffer.alloc(64 * 1024));
      },
    });
    const reader = new ChunkReader(source);
    await reader.next();
    for (let i = 0; i < 50; i++) await tick();
    expect(source.isPaused(), 'paused while nobody reads').to.equal(true);
    expect(produced, 'produced ahead of the reader').to.be.below(3 * 1024 * 1024);
    let total = 64 * 1024;
    for (let c = await reader.next(); c; c = await reader.next()) total += c.length;
    expect(total).to.equal(8 * 1024 * 1024);
  });

  it("rejects with the stream's error once the chunks before it are read", async () => {
    const source = new PassThrough();
    const reader = new ChunkReader(source);
    const pending = reader.next();
    source.write(Buffer.from('abc'));
    expect((await pending)!.toString()).to.equal('abc');
    source.destroy(Object.assign(new Error('boom'), { code: 'ECONNRESET' }));
    const err = await reader.next().catch((e: unknown) => e);
    expect(err).to.have.property('code', 'ECONNRESET');
  });

  it('a stream destroyed without an error is a premature close, before or after reading starts', async () => {
    const during = new PassThrough();
    const reader = new ChunkReader(during);
    const pending = reader.next();
    during.destroy();
    expect(await pending.catch((e: unknown) => e)).to.have.property('code', 'ERR_STREAM_PREMATURE_CLOSE');

    const before = new PassThrough();
    before.destroy();
    await tick();
    expect(await new ChunkReader(before).next().catch((e: unknown) => e)).to.have.property('code', 'ERR_STREAM_PREMATURE_CLOSE');
  });

  it('a stream that already ended reads as empty; strings and Uint8Arrays come out as Buffers', async () => {
    const ended = Readable.from([]);
    for await (const _ of ended) void _;
    expect(await new ChunkReader(ended).next()).to.equal(undefined);

    const mixed = Readable.from(['hé', new Uint8Array([1, 2, 3])], { objectMode: true });
    const reader = new ChunkReader(mixed);
    const a = (await reader.next())!;
    const b = (await reader.next())!;
    expect(Buffer.isBuffer(a) && Buffer.isBuffer(b)).to.equal(true);
    expect(a.toString()).to.equal('hé');
    expect([...b]).to.deep.equal([1, 2, 3]);
    expect(await reader.next()).to.equal(undefined);
  });
});
