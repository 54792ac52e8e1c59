// Upload sources: file ranges, byte views, and streams of unknown length cut into parts in a
// bounded pool of buffers.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ParamValidationError, S3UploadFailedError } from '../../lib/index.js';
import { BufferPool, BytesSource, FileSource, StreamSource, type UploadPart, sourceFor } from '../../lib/transfer/upload-parts.js';
import { MAX_PARTS } from '../../lib/transfer/config.js';

const never = new AbortController().signal;

async function readBody(part: UploadPart): Promise<Buffer> {
  const body = part.body();
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A stream of `total` bytes in `chunk`-byte pieces that counts what was read from it. */
function counting(total: number, chunk: number) {
  const stats = { pulled: 0 };
  const data = randomBytes(total);
  const stream = Readable.from((function* () {
    for (let o = 0; o < total; o += chunk) {
      stats.pulled += Math.min(chunk, total - o);
      yield data.subarray(o, o + chunk);
    }
  })(), { objectMode: false, highWaterMark: 1 });
  return { stream, stats, data };
}

describe('transfer: upload sources', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'cos-parts-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a file: its size from disk, and parts that are file streams of exact ranges', async () => {
    const data = randomBytes(25);
    const path = join(dir, 'f.bin');
    writeFileSync(path, data);
    const source = new FileSource(path, 4);
    expect(await source.size()).to.equal(25);
    const parts: UploadPart[] = [];
    for await (const p of source.parts(10)) parts.push(p);
    expect(parts.map((p) => [p.number, p.size])).to.deep.equal([[1, 10], [2, 10], [3, 5]]);
    const bodies = await Promise.all(parts.map(readBody));
    expect(Buffer.concat(bodies).equals(data)).to.equal(true);
    const stream = parts[1]!.body() as ReturnType<typeof createReadStream>;
    expect(stream.path).to.equal(path);
    stream.destroy();
  });

  it('an unread fs.ReadStream is read by ranges from its file (its own range kept)', async () => {
    const data = randomBytes(40);
    const path = join(dir, 'g.bin');
    writeFileSync(path, data);
    const source = sourceFor(createReadStream(path, { start: 5, end: 24 }), 1024);
    expect(source).to.be.instanceOf(FileSource);
    expect(await source.size()).to.equal(20);
    const parts: Buffer[] = [];
    for await (const p of source.parts(8, { poolSize: 1, signal: never })) parts.push(await readBody(p));
    expect(Buffer.concat(parts).equals(data.subarray(5, 25))).to.equal(true);
  });

  it('bytes: parts are views of the same memory (no copies)', async () => {
    const data = randomBytes(20);
    const parts: UploadPart[] = [];
    for await (const p of new BytesSource(data).parts(8)) parts.push(p);
    expect(parts.map((p) => p.size)).to.deep.equal([8, 8, 4]);
    const first = parts[0]!.body() as Uint8Array;
    expect(first.buffer).to.equal(data.buffer);
    expect(first.byteOffset).to.equal(data.byteOffset);
  });

  it('a stream: odd-sized chunks are cut into full parts and a short last one, byte-exact', async () => {
    const { stream, data } = counting(23, 3);
    const source = new StreamSource(stream);
    expect(await source.size()).to.equal(undefined);
    const parts: Buffer[] = [];
    for await (const p of source.parts(5, { poolSize: 2, signal: never })) {
      parts.push(Buffer.from(await readBody(p)));
      p.release();
    }
    expect(parts.map((p) => p.length)).to.deep.equal([5, 5, 5, 5, 3]);
    expect(Buffer.concat(parts).equals(data)).to.equal(true);
  });

  it('a stream: with no part released, reading stops once the pool is out (bounded memory)', async () => {
    const { stream, stats } = counting(100, 1);
    const source = new StreamSource(stream);
    const it = source.parts(10, { poolSize: 3, signal: never })[Symbol.asyncIterator]();
    const held: UploadPart[] = [];
    for (let i = 0; i < 3; i++) held.push((await it.next()).value as UploadPart);
    const fourth = it.next();
    await new Promise((r) => setTimeout(r, 20));
    // three full parts out, one byte waiting for a fourth buffer, one more in the stream's own read-ahead
    expect(stats.pulled).to.be.at.most(32);
    expect(source.pool!.maxOut).to.equal(3);
    held[0]!.release();
    const next = (await fourth).value as UploadPart;
    expect(next.number).to.equal(4);
    expect(source.pool!.maxOut).to.equal(3);
    await it.return?.(undefined);
  });

  it('a stream longer than 10,000 parts fails with advice', async () => {
    const source = new StreamSource(Readable.from((function* () {
      for (let i = 0; i <= MAX_PARTS; i++) yield Buffer.alloc(1);
    })()));
    let caught: unknown;
    try {
      for await (const p of source.parts(1, { poolSize: 2, signal: never })) p.release();
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(S3UploadFailedError);
    expect((caught as Error).message).to.match(/longer than 10000 parts.*multipart_chunksize/);
  });

  it('BufferPool reuses buffers and counts the most out at once', async () => {
    const pool = new BufferPool(2, 4);
    const a = await pool.take();
    const b = await pool.take();
    const waiting = pool.take();
    pool.give(a);
    expect(await waiting).to.equal(a);
    pool.give(b);
    expect(pool.maxOut).to.equal(2);
  });

  it('anything else is refused with the accepted types', () => {
    expect(() => sourceFor(42, 1)).to.throw(ParamValidationError, /a Readable, a ReadableStream, a Blob, bytes \(Buffer, Uint8Array, ArrayBuffer, DataView\) or an AsyncIterable/);
    expect(() => sourceFor(null, 1)).to.throw(ParamValidationError, /got null/);
  });
});
