// A managed upload's file bodies: a file range that opens its file only when read, and is taken
// everywhere for the file stream it stands for (re-read by path and range for retries and digests).
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFileStream, reread } from '../../lib/core/body.js';
import { FileRangeStream } from '../../lib/transfer/file-body.js';

const openFds = () => readdirSync('/proc/self/fd').length;

async function drain(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('transfer: file bodies opened when read', () => {
  let dir: string;
  let path: string;
  const data = randomBytes(300_000);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-file-body-'));
    path = join(dir, 'data.bin');
    writeFileSync(path, data);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads exactly its range, in chunks of at most its high-water mark, and counts bytesRead', async () => {
    const stream = new FileRangeStream(path, 1000, 250_999, 64 * 1024);
    const sizes: number[] = [];
    const chunks: Buffer[] = [];
    for await (const chunk of stream) {
      sizes.push((chunk as Buffer).length);
      chunks.push(chunk as Buffer);
    }
    expect(Buffer.concat(chunks).equals(data.subarray(1000, 251_000))).to.equal(true);
    expect(Math.max(...sizes)).to.be.at.most(64 * 1024);
    expect(stream.bytesRead).to.equal(250_000);
  });

  it('ends where the file does when the range goes past it', async () => {
    expect((await drain(new FileRangeStream(path, 299_990, 400_000, 1024))).equals(data.subarray(299_990))).to.equal(true);
  });

  it('opens nothing until read: made and destroyed unread, no file is opened, a missing one is no error', async () => {
    const before = openFds();
    const streams = Array.from({ length: 20 }, () => new FileRangeStream(path, 0, 99, 1024));
    const missing = new FileRangeStream(join(dir, 'nope'), 0, 99, 1024);
    const errors: unknown[] = [];
    missing.on('error', (err) => errors.push(err));
    await new Promise((r) => setTimeout(r, 20));
    expect(openFds()).to.equal(before);
    for (const s of [...streams, missing]) s.destroy();
    await new Promise((r) => setImmediate(r));
    expect(errors).to.deep.equal([]);
    expect(openFds()).to.equal(before);
  });

  it('a missing file fails the stream once it is read; one destroyed mid-read closes its file', async () => {
    const err = await drain(new FileRangeStream(join(dir, 'nope'), 0, 99, 1024)).catch((e: NodeJS.ErrnoException) => e);
    expect((err as NodeJS.ErrnoException).code).to.equal('ENOENT');
    const before = openFds();
    const stream = new FileRangeStream(path, 0, data.length - 1, 1024);
    await new Promise((r) => stream.once('readable', r));
    stream.destroy();
    await new Promise((r) => stream.once('close', r));
    expect(openFds()).to.equal(before);
  });

  it('is a file stream to the client: re-read by path and range for a retry or a digest', async () => {
    const stream: unknown = new FileRangeStream(path, 10, 20_009, 4096);
    if (!isFileStream(stream)) expect.fail('not taken for a file stream');
    expect((await drain(reread(stream))).equals(data.subarray(10, 20_010))).to.equal(true);
    stream.destroy();
  });
});
