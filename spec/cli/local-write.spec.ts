// Downloaded bytes put in place atomically, from memory or as a body arrives: the file appears
// whole under its name with the object's time, or not at all, and an older file there is kept
// until the new one is complete.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unwritten, writeChunksAtomically, writeFileAtomically } from '../../cli/src/local-write.js';
import { tempDir } from './support.js';

async function* chunksOf(data: Buffer, size: number, failAfter?: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) {
    if (failAfter !== undefined && at >= failAfter) throw new Error('body failed');
    yield data.subarray(at, at + size);
  }
}

describe('cos: local files written atomically', () => {
  let dir: { path: string; remove: () => Promise<void> };
  before(async () => {
    dir = await tempDir('local-write');
  });
  after(() => dir.remove());

  const time = new Date('2024-02-29T12:34:56.000Z');

  it('a streamed body (many chunks, writes of a MiB) lands byte-exact with its time, no temporary file left', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 17);
    const path = join(dir.path, 'streamed.bin');
    await writeChunksAtomically(path, chunksOf(data, 64 * 1024 + 3), time);
    expect((await readFile(path)).equals(data)).to.equal(true);
    expect((await stat(path)).mtime.getTime()).to.equal(time.getTime());
    expect((await readdir(dir.path)).filter((n) => n.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('a body that fails part way leaves no file, and an older file under the name untouched', async () => {
    const path = join(dir.path, 'kept.bin');
    await writeFile(path, 'old contents');
    const data = randomBytes(3 * 1024 * 1024);
    const err = await writeChunksAtomically(path, chunksOf(data, 100_000, 2_500_000), time).catch((e: Error) => e);
    expect((err as Error).message).to.equal('body failed');
    expect(await readFile(path, 'utf8')).to.equal('old contents');
    const fresh = join(dir.path, 'never.bin');
    await writeChunksAtomically(fresh, chunksOf(data, 100_000, 1_200_000)).catch(() => undefined);
    const names = await readdir(dir.path);
    expect(names).to.not.include('never.bin');
    expect(names.filter((n) => n.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('bytes in memory, empty ones too, replace what is there', async () => {
    const path = join(dir.path, 'whole.bin');
    await writeFile(path, 'old');
    const data = randomBytes(2 * 1024 * 1024 + 1); // above the in-place write: through the pool
    await writeFileAtomically(path, data, time);
    expect((await readFile(path)).equals(data)).to.equal(true);
    await writeFileAtomically(path, Buffer.alloc(0));
    expect((await stat(path)).size).to.equal(0);
    await writeChunksAtomically(join(dir.path, 'empty-stream.bin'), chunksOf(Buffer.alloc(0), 10));
    expect((await stat(join(dir.path, 'empty-stream.bin'))).size).to.equal(0);
  });

  it('after a partial writev, what is left starts at the first unwritten byte', () => {
    const chunks = [Buffer.from('abc'), Buffer.from('defg'), Buffer.from('h')];
    const left = (n: number) => Buffer.concat(unwritten(chunks, n)).toString();
    expect([0, 2, 3, 5, 7, 8].map(left)).to.deep.equal(['abcdefgh', 'cdefgh', 'defgh', 'fgh', 'h', '']);
  });
});
