// `cos sync` end to end against the local RGW: a tree of 2,000 files (nested directories, unicode
// names, empty files) up, ten changes, a re-sync that moves exactly those, --delete, the compare
// modes, and a sync down that reproduces the tree byte for byte.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createBucket, destroyBucket, setUp, uniqueBucketName, type Fixture } from '../integration/support.js';
import { walkLocal } from '../../cli/src/local-tree.js';
import { actionLines, cos, tempDir } from './support.js';

const NAMES = ['plain', 'ünïcødé', 'with space', 'plus+sign', 'per%cent', '日本語'];

/** 2,000 files: 20 directories of 100, some nested two deep, every tenth one empty, names from NAMES. */
async function makeTree(root: string): Promise<string[]> {
  const rels: string[] = [];
  for (let d = 0; d < 20; d++) {
    const sub = d % 4 === 0 ? `dir ${d}/nested ${NAMES[d % NAMES.length]}` : `dir ${d}`;
    await mkdir(join(root, sub), { recursive: true });
    await Promise.all(Array.from({ length: 100 }, async (_, f) => {
      const rel = `${sub}/${NAMES[f % NAMES.length]} ${f}.dat`;
      rels.push(rel);
      await writeFile(join(root, rel), f % 10 === 0 ? '' : `${rel}:${'x'.repeat(f * 7)}`);
    }));
  }
  await mkdir(join(root, 'empty dir', 'also empty'), { recursive: true });
  return rels.sort();
}

async function treeDigest(root: string): Promise<Record<string, string>> {
  const files = await walkLocal(root, { followSymlinks: true, onSkip: () => {} });
  const out: Record<string, string> = {};
  for (const f of files) out[f.rel] = createHash('md5').update(await readFile(f.path)).digest('hex');
  return out;
}

describe('cos sync (RGW)', function () {
  this.timeout(600_000);
  let fx: Fixture;
  let up: { path: string; remove: () => Promise<void> };
  let down: { path: string; remove: () => Promise<void> };
  let rels: string[];
  const bucket = uniqueBucketName('cli-sync');
  const target = `s3://${bucket}/tree`;

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    up = await tempDir('sync-up');
    down = await tempDir('sync-down');
    rels = await makeTree(up.path);
  });
  after(async () => {
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
    await up.remove();
    await down.remove();
  });

  const remoteKeys = async () => {
    const keys: string[] = [];
    for await (const page of fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: 'tree/' })) keys.push(...(page.Contents ?? []).map((o) => o.Key!));
    return keys.sort();
  };

  it('uploads all 2,000 files (empty directories carry nothing), and a second run transfers nothing', async () => {
    const first = await cos(fx.server, ['sync', up.path, target]);
    expect(first.code, first.stderr).to.equal(0);
    expect(actionLines(first, 'upload')).to.have.length(2000);
    expect(await remoteKeys()).to.deep.equal(rels.map((r) => `tree/${r}`).sort());
    const again = await cos(fx.server, ['sync', up.path, target]);
    expect([again.code, again.stdout, again.stderr]).to.deep.equal([0, '', '']);
  });

  it('after ten changes, a re-sync uploads exactly those ten', async () => {
    const changed = rels.filter((_, i) => i % 200 === 7);
    expect(changed).to.have.length(10);
    // sync compares whole seconds: let the clock pass the uploads' LastModified second
    await new Promise((r) => setTimeout(r, 1100));
    for (const [i, rel] of changed.entries()) {
      // half change size, half keep the size and only get newer
      const old = await readFile(join(up.path, rel));
      await writeFile(join(up.path, rel), i % 2 ? Buffer.concat([old, Buffer.from('+')]) : Buffer.from(old.toString().replace(/./, '#')));
    }
    const run = await cos(fx.server, ['sync', up.path, target]);
    expect(run.code, run.stderr).to.equal(0);
    expect(actionLines(run, 'upload').map((l) => l.slice(l.indexOf(' to ') + 4)).sort()).to.deep.equal(changed.map((r) => `${target}/${r}`).sort());
  });

  it('--delete removes what the source no longer has, honouring the filters; --dryrun only says so', async () => {
    const gone = [rels[3]!, rels[1500]!];
    for (const rel of gone) await rm(join(up.path, rel));
    const dry = await cos(fx.server, ['sync', up.path, target, '--delete', '--dryrun']);
    expect(dry.stdout.split('\n').filter(Boolean).sort()).to.deep.equal(gone.map((r) => `(dryrun) delete: ${target}/${r}`).sort());
    expect(await remoteKeys()).to.have.length(2000);
    const excluded = await cos(fx.server, ['sync', up.path, target, '--delete', '--exclude', rels[3]!]);
    expect(actionLines(excluded, 'delete')).to.deep.equal([`delete: ${target}/${rels[1500]}`]);
    const all = await cos(fx.server, ['sync', up.path, target, '--delete']);
    expect(actionLines(all, 'delete')).to.deep.equal([`delete: ${target}/${rels[3]}`]);
    expect(await remoteKeys()).to.have.length(1998);
  });

  it('--delete leaves folder markers (empty keys ending in /) alone, as aws s3 does; rm --recursive removes them', async () => {
    const markers = ['tree/empty dir/', 'tree/console folder/'];
    for (const Key of markers) await fx.s3.put_object({ Bucket: bucket, Key, Body: '' });
    const run = await cos(fx.server, ['sync', up.path, target, '--delete']);
    expect([run.code, run.stdout]).to.deep.equal([0, '']);
    expect((await remoteKeys()).filter((k) => k.endsWith('/'))).to.deep.equal([...markers].sort());
    const removed = await cos(fx.server, ['rm', `${target}/console folder/`, '--recursive']);
    expect(actionLines(removed, 'delete')).to.deep.equal([`delete: ${target}/console folder/`]);
    await fx.s3.delete_object({ Bucket: bucket, Key: markers[0]! });
    expect(await remoteKeys()).to.have.length(1998);
  });

  it('syncs down into a new directory byte for byte, with the objects\' times, and again transfers nothing', async () => {
    const first = await cos(fx.server, ['sync', target, down.path]);
    expect(first.code, first.stderr).to.equal(0);
    expect(actionLines(first, 'download')).to.have.length(1998);
    expect(await treeDigest(down.path)).to.deep.equal(await treeDigest(up.path));
    // every file has its object's time (aws s3 sets whole seconds), so the next run finds them equal
    for await (const page of fx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: 'tree/' })) {
      for (const o of page.Contents ?? []) {
        const mtime = (await stat(join(down.path, o.Key!.slice('tree/'.length)))).mtimeMs;
        expect(Math.floor(mtime / 1000), o.Key).to.equal(Math.floor(o.LastModified!.getTime() / 1000));
      }
    }
    const again = await cos(fx.server, ['sync', target, down.path]);
    expect([again.code, again.stdout]).to.deep.equal([0, '']);
  });

  it('compare modes: --size-only, the default (downloads: any time difference), --exact-timestamps (the same), --checksum (content)', async () => {
    const rel = rels.find((r) => / [1-9]\d*\.dat$/.test(r) && !/ \d*0\.dat$/.test(r))!;
    const local = join(down.path, rel);
    const original = await readFile(local);
    expect(original.length).to.be.above(0);
    const head = await fx.s3.head_object({ Bucket: bucket, Key: `tree/${rel}` });
    const objectTime = head.LastModified!;
    const sync = async (...flags: string[]) => actionLines(await cos(fx.server, ['sync', target, down.path, '--dryrun', ...flags]), '(dryrun) download');
    const expected = [`(dryrun) download: ${target}/${rel} to ${relative(process.cwd(), local)}`];
    // same size, different content
    await writeFile(local, Buffer.from(original.toString().replace(/.$/, (c) => (c === 'y' ? 'z' : 'y'))));
    // older than the object: the default downloads, --size-only does not
    await utimes(local, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(await sync('--size-only')).to.deep.equal([]);
    expect(await sync()).to.deep.equal(expected);
    // newer than the object (edited since the last sync): downloaded, as aws s3 does, with or without --exact-timestamps
    await utimes(local, new Date(), new Date(objectTime.getTime() + 60_000));
    expect(await sync()).to.deep.equal(expected);
    expect(await sync('--exact-timestamps')).to.deep.equal(expected);
    expect(await sync('--size-only')).to.deep.equal([]);
    // the object's own time: only --checksum tells them apart, and it repairs the file
    await utimes(local, objectTime, objectTime);
    expect(await sync()).to.deep.equal([]);
    const checked = await cos(fx.server, ['sync', target, down.path, '--checksum']);
    expect(actionLines(checked, 'download')).to.deep.equal([`download: ${target}/${rel} to ${relative(process.cwd(), local)}`]);
    expect((await readFile(local)).equals(original)).to.equal(true);
    // and up: --checksum uploads nothing where only times differ
    await utimes(join(up.path, rel), new Date(), new Date(Date.now() + 60_000));
    expect(actionLines(await cos(fx.server, ['sync', up.path, target, '--checksum']), 'upload')).to.deep.equal([]);
    await utimes(join(up.path, rel), objectTime, objectTime);
  });

  it('syncs between buckets with server-side copies', async () => {
    const other = uniqueBucketName('cli-sync-copy');
    await createBucket(fx, other);
    try {
      const run = await cos(fx.server, ['sync', `${target}/dir 1`, `s3://${other}/copy`]);
      expect(run.code, run.stderr).to.equal(0);
      expect(actionLines(run, 'copy')).to.have.length(rels.filter((r) => r.startsWith('dir 1/')).length);
      const again = await cos(fx.server, ['sync', `${target}/dir 1`, `s3://${other}/copy`]);
      expect(again.stdout).to.equal('');
    } finally {
      await destroyBucket(fx.s3, other);
    }
  });
});
