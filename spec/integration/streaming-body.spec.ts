// StreamingBody on real get_object responses: read(amt), iter_chunks, iter_lines, for await,
// pipe to a file, text(), the stream getter, close().
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StreamingBody } from '../../lib/index.js';
import { realClient } from '../helpers/clients.js';
import { createBucket, destroyBucket, setUp, sha256, uniqueBucketName, type Fixture } from './support.js';

describe('integration: StreamingBody of get_object', function () {
  let fx: Fixture;
  const bucket = uniqueBucketName('it-stream');
  // larger than one network chunk, so reads cross chunk boundaries
  const data = randomBytes(1024 * 1024 + 17);
  const lines = 'alpha\nbeta\r\ngamma\n\ndelta';
  let dir: string;

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    await fx.s3.put_object({ Bucket: bucket, Key: 'data.bin', Body: data });
    await fx.s3.put_object({ Bucket: bucket, Key: 'lines.txt', Body: lines });
    dir = mkdtempSync(join(tmpdir(), 'cos-it-stream-'));
  });

  after(async function () {
    rmSync(dir, { recursive: true, force: true });
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
  });

  async function body(key = 'data.bin'): Promise<StreamingBody> {
    const out = await fx.s3.get_object({ Bucket: bucket, Key: key });
    return out.Body!;
  }

  it('read(amt) returns exactly amt bytes until the end, then a shorter piece, then empty', async () => {
    const b = await body();
    expect(b.content_length).to.equal(data.length);
    const first = await b.read(10);
    expect(first.equals(data.subarray(0, 10))).to.equal(true);
    const big = await b.read(700_000);
    expect(big.length).to.equal(700_000);
    expect(big.equals(data.subarray(10, 700_010))).to.equal(true);
    const rest = await b.read(10_000_000);
    expect(rest.equals(data.subarray(700_010))).to.equal(true);
    expect((await b.read(1)).length).to.equal(0);
    expect(b.bytes_read).to.equal(data.length);
  });

  it('read() after a partial read(amt) returns the remainder', async () => {
    const b = await body();
    const head = await b.read(3);
    const tail = await b.read();
    expect(Buffer.concat([head, tail]).equals(data)).to.equal(true);
  });

  it('iter_chunks(64 KiB) yields full chunks and one shorter last chunk', async () => {
    const size = 64 * 1024;
    const sizes: number[] = [];
    const parts: Buffer[] = [];
    for await (const chunk of (await body()).iter_chunks(size)) {
      sizes.push(chunk.length);
      parts.push(chunk);
    }
    expect(sizes.length).to.equal(Math.ceil(data.length / size));
    expect(sizes.slice(0, -1).every((n) => n === size)).to.equal(true);
    expect(sizes.at(-1)).to.equal(data.length % size);
    expect(Buffer.concat(parts).equals(data)).to.equal(true);
  });

  it('for await yields every byte in order', async () => {
    const parts: Buffer[] = [];
    for await (const chunk of await body()) {
      expect(Buffer.isBuffer(chunk)).to.equal(true);
      parts.push(chunk);
    }
    expect(sha256(Buffer.concat(parts))).to.equal(sha256(data));
  });

  it('pipe() writes the whole body to a file', async () => {
    const file = join(dir, 'piped.bin');
    await (await body()).pipe(createWriteStream(file));
    expect(sha256(readFileSync(file))).to.equal(sha256(data));
  });

  it('the stream getter is a Readable usable with stream.pipeline', async () => {
    const parts: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        parts.push(chunk);
        done();
      },
    });
    await pipeline((await body()).stream, sink);
    expect(Buffer.concat(parts).equals(data)).to.equal(true);
  });

  it('text() decodes UTF-8, and iter_lines splits on \\n and \\r\\n', async () => {
    expect(await (await body('lines.txt')).text()).to.equal(lines);
    const got: string[] = [];
    for await (const line of (await body('lines.txt')).iter_lines()) got.push(line.toString());
    expect(got).to.deep.equal(['alpha', 'beta', 'gamma', '', 'delta']);
  });

  it('close() before the end releases the response without an error, and the client keeps working', async () => {
    const b = await body();
    await b.read(5);
    b.close();
    const again = await body('lines.txt');
    expect(await again.text()).to.equal(lines);
  });

  it('client.close() does not wait for a response body nobody reads', async () => {
    // boto3's close() shuts the pool without draining checked-out responses; here an unread
    // multi-MiB body must not keep close() pending (undici's Agent.close() waits for it)
    await fx.s3.put_object({ Bucket: bucket, Key: 'big-unread.bin', Body: Buffer.alloc(5 * 1024 * 1024) });
    const own = realClient(fx.server);
    const out = await own.get_object({ Bucket: bucket, Key: 'big-unread.bin' });
    const closing = own.close().then(() => 'closed' as const);
    const outcome = await Promise.race([closing, sleep(5000, undefined, { ref: false }).then(() => 'still pending' as const)]);
    out.Body!.close(); // release it either way, so the pool can close
    await closing;
    expect(outcome).to.equal('closed');
  });

  it('is not serialized by JSON.stringify', async () => {
    const out = await fx.s3.get_object({ Bucket: bucket, Key: 'lines.txt' });
    const json = JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
    expect(json.Body).to.equal('[StreamingBody]');
    expect(json.ContentLength).to.equal(lines.length);
    await out.Body!.text();
  });
});
