// Ctrl-C in the middle of a sync, up and down (big files in ranges, small ones in one GET each):
// exit 130, no multipart upload left behind, no partial object or file (nor a temporary file), and
// running the same sync again converges.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBucket, destroyBucket, setUp, uniqueBucketName, type Fixture } from '../integration/support.js';
import { actionLines, cos, startCosOn, tempDir, type Running } from './support.js';

const FILES = 8;
const SIZE = 24 * 1024 * 1024 + 17;
const SMALL_FILES = 1500;

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

/** Polls `check` while `running` works; fails (with what it printed) if it ends first or takes too long. */
async function until(running: Running, what: string, check: () => Promise<boolean> | boolean, deadlineMs = 60_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (running.child.exitCode !== null) throw new Error(`cos ended (${running.child.exitCode}) before ${what}: ${(await running.done).stderr}`);
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Runs cos, sends SIGINT once it has printed `downloads` download lines, and gives the finished run. */
async function interruptedAfter(fx: Fixture, args: string[], downloads: number) {
  let downloaded = 0;
  const running = startCosOn(fx.server, args, {
    onStdout: (chunk) => {
      downloaded += chunk.toString().split('\n').filter((l) => l.startsWith('download: ')).length;
    },
  });
  await until(running, `${downloads} finished downloads`, () => downloaded >= downloads);
  running.child.kill('SIGINT');
  return running.done;
}

describe('cos sync interrupted with Ctrl-C (RGW)', function () {
  this.timeout(300_000);
  let fx: Fixture;
  let src: { path: string; remove: () => Promise<void> };
  let dest: { path: string; remove: () => Promise<void> };
  let smallDest: { path: string; remove: () => Promise<void> };
  const digests = new Map<string, string>();
  const smallDigests = new Map<string, string>();
  const bucket = uniqueBucketName('cli-sigint');
  const target = `s3://${bucket}/big`;
  const slow = ['--max-concurrency', '2', '--multipart-chunksize', '5MB'];

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    src = await tempDir('sigint-src');
    dest = await tempDir('sigint-dest');
    smallDest = await tempDir('sigint-small');
    for (let i = 0; i < FILES; i++) {
      const data = randomBytes(SIZE);
      digests.set(`f${i}.bin`, md5(data));
      await writeFile(join(src.path, `f${i}.bin`), data);
    }
  });
  after(async () => {
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
    await src.remove();
    await dest.remove();
    await smallDest.remove();
  });

  it('up: exits 130 with a multipart upload in flight, aborts it, leaves only whole objects; a re-run converges', async () => {
    const running = startCosOn(fx.server, [...slow, 'sync', src.path, target]);
    await until(running, 'a multipart upload in flight', async () => ((await fx.s3.list_multipart_uploads({ Bucket: bucket })).Uploads ?? []).length > 0);
    running.child.kill('SIGINT');
    const run = await running.done;
    expect(run.code, run.stderr).to.equal(130);
    expect(run.stderr).to.contain('cancelled: ctrl-c received');
    expect((await fx.s3.list_multipart_uploads({ Bucket: bucket })).Uploads ?? []).to.deep.equal([]);
    const listed = (await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'big/' })).Contents ?? [];
    expect(listed.length).to.be.below(FILES);
    for (const o of listed) expect(o.Size).to.equal(SIZE);

    const again = await cos(fx.server, ['sync', src.path, target]);
    expect(again.code, again.stderr).to.equal(0);
    expect(actionLines(again, 'upload')).to.have.length(FILES - listed.length);
    for (const [name, digest] of digests) {
      expect(md5(await (await fx.s3.get_object({ Bucket: bucket, Key: `big/${name}` })).Body!.read()), name).to.equal(digest);
    }
  });

  it('down: exits 130 mid-download, leaves only whole files and no temporary file; a re-run converges byte-exact', async () => {
    const run = await interruptedAfter(fx, [...slow, 'sync', target, dest.path], 1);
    expect(run.code, run.stderr).to.equal(130);
    const names = await readdir(dest.path);
    expect(names.length).to.be.below(FILES);
    for (const name of names) {
      expect(digests.has(name), `unexpected file ${name}`).to.equal(true);
      expect(md5(await readFile(join(dest.path, name))), name).to.equal(digests.get(name));
    }
    const again = await cos(fx.server, ['sync', target, dest.path]);
    expect(again.code, again.stderr).to.equal(0);
    expect((await readdir(dest.path)).sort()).to.deep.equal([...digests.keys()].sort());
    for (const [name, digest] of digests) expect(md5(await readFile(join(dest.path, name))), name).to.equal(digest);
  });

  it('down, small files: exits 130 mid-way, leaves only whole files (with their objects\' times) and no temporary file; a re-run converges', async () => {
    for (let i = 0; i < SMALL_FILES; i += 100) {
      await Promise.all(Array.from({ length: 100 }, async (_, j) => {
        const data = randomBytes(100 + ((i + j) % 7) * 300);
        smallDigests.set(`s${i + j}.bin`, md5(data));
        await fx.s3.put_object({ Bucket: bucket, Key: `small/s${i + j}.bin`, Body: data });
      }));
    }
    const run = await interruptedAfter(fx, ['--max-concurrency', '1', 'sync', `s3://${bucket}/small`, smallDest.path], 10);
    expect(run.code, run.stderr).to.equal(130);
    const names = await readdir(smallDest.path);
    expect(names.length).to.be.within(10, SMALL_FILES - 1);
    const times = new Map<string, Date>();
    for await (const page of fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: 'small/' })) {
      for (const o of page.Contents ?? []) times.set(o.Key!.slice('small/'.length), o.LastModified!);
    }
    for (const name of names) {
      expect(smallDigests.has(name), `unexpected file ${name}`).to.equal(true);
      expect(md5(await readFile(join(smallDest.path, name))), name).to.equal(smallDigests.get(name));
      expect(Math.floor((await stat(join(smallDest.path, name))).mtimeMs / 1000), name).to.equal(Math.floor(times.get(name)!.getTime() / 1000));
    }
    const again = await cos(fx.server, ['sync', `s3://${bucket}/small`, smallDest.path]);
    expect(again.code, again.stderr).to.equal(0);
    expect(actionLines(again, 'download')).to.have.length(SMALL_FILES - names.length);
    expect((await readdir(smallDest.path)).sort()).to.deep.equal([...smallDigests.keys()].sort());
    for (const [name, digest] of smallDigests) expect(md5(await readFile(join(smallDest.path, name))), name).to.equal(digest);
  });

  it('down, objects of a few MiB (one GET each, written as they arrive): exits 130, no temporary file, only whole files; a re-run converges', async () => {
    const mid = new Map<string, string>();
    await Promise.all(Array.from({ length: 12 }, async (_, i) => {
      const data = randomBytes(6 * 1024 * 1024 + i);
      mid.set(`m${i}.bin`, md5(data));
      await fx.s3.put_object({ Bucket: bucket, Key: `mid/m${i}.bin`, Body: data });
    }));
    const midDest = await tempDir('sigint-mid');
    try {
      const run = await interruptedAfter(fx, ['--max-concurrency', '2', 'sync', `s3://${bucket}/mid`, midDest.path], 1);
      expect(run.code, run.stderr).to.equal(130);
      const names = await readdir(midDest.path);
      expect(names.filter((n) => !mid.has(n)), 'temporary or unknown files').to.deep.equal([]);
      expect(names.length).to.be.within(1, mid.size - 1);
      for (const name of names) expect(md5(await readFile(join(midDest.path, name))), name).to.equal(mid.get(name));
      const again = await cos(fx.server, ['sync', `s3://${bucket}/mid`, midDest.path]);
      expect(again.code, again.stderr).to.equal(0);
      expect(actionLines(again, 'download')).to.have.length(mid.size - names.length);
      for (const [name, digest] of mid) expect(md5(await readFile(join(midDest.path, name))), name).to.equal(digest);
    } finally {
      await midDest.remove();
    }
  });
});
