// How `cos` starts: its bundle (the SDK in it) is compiled once and then loaded
// from a V8 code cache (cli/src/compile-cache.ts). The cache may be missing, damaged, switched off
// or impossible to write; none of that may change what a command answers.
import { expect } from 'chai';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uniqueBucketName, withBucket } from '../integration/support.js';
import { cos, withTempDir } from './support.js';

describe('cos start-up: the code cache', function () {
  this.timeout(120_000);
  const bucket = uniqueBucketName('cli-start');
  const fx = withBucket(bucket);
  const dir = withTempDir('start');
  before(() => fx.s3.put_object({ Bucket: bucket, Key: 'a.txt', Body: 'hello' }));

  const ls = (env: Record<string, string | undefined>) => cos(fx.server, ['ls', `s3://${bucket}/`], { env });
  const cacheFiles = async (d: string) => (await readdir(d)).filter((f) => f.endsWith('.v8cache')).sort();
  const snapshot = async (d: string) =>
    Promise.all((await cacheFiles(d)).map(async (f) => ({ f, mtime: (await stat(join(d, f))).mtimeMs, bytes: await readFile(join(d, f)) })));

  it('is written by the first run and used unchanged by the next, with the same answer', async () => {
    const cache = join(dir.path, 'first');
    const first = await ls({ COS_COMPILE_CACHE: cache });
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/ 5 a\.txt\n$/);
    expect(await cacheFiles(cache)).to.have.length(1);
    const before = await snapshot(cache);
    const second = await ls({ COS_COMPILE_CACHE: cache });
    expect(second.code, second.stderr).to.equal(0);
    expect(second.stdout).to.equal(first.stdout);
    // V8 took the cached code: nothing was compiled afresh, so nothing was saved again
    const after = await snapshot(cache);
    expect(after.map((s) => [s.f, s.mtime])).to.deep.equal(before.map((s) => [s.f, s.mtime]));
  });

  it('ignores a damaged cache and replaces it', async () => {
    const cache = join(dir.path, 'damaged');
    expect((await ls({ COS_COMPILE_CACHE: cache })).code).to.equal(0);
    const files = await cacheFiles(cache);
    for (const f of files) await writeFile(join(cache, f), Buffer.alloc(4096, 0x5a));
    const run = await ls({ COS_COMPILE_CACHE: cache });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.match(/ 5 a\.txt\n$/);
    for (const f of files) expect((await readFile(join(cache, f))).equals(Buffer.alloc(4096, 0x5a)), f).to.equal(false);
  });

  it("replaces an older version's cache (another build or Node) rather than piling them up", async () => {
    const cache = join(dir.path, 'versions');
    expect((await ls({ COS_COMPILE_CACHE: cache })).code).to.equal(0);
    const [current] = await cacheFiles(cache);
    const stale = `${current!.split('-')[0]}-0123456789abcdef.v8cache`;
    await rename(join(cache, current!), join(cache, stale));
    expect((await ls({ COS_COMPILE_CACHE: cache })).code).to.equal(0);
    expect(await cacheFiles(cache)).to.deep.equal([current]);
  });

  it('lives in $XDG_CACHE_HOME/cos-boto3 by default; COS_COMPILE_CACHE=0 writes none', async () => {
    const xdg = join(dir.path, 'xdg');
    expect((await ls({ XDG_CACHE_HOME: xdg, COS_COMPILE_CACHE: undefined })).code).to.equal(0);
    expect(await cacheFiles(join(xdg, 'cos-boto3'))).to.have.length(1);
    const off = join(dir.path, 'off');
    const run = await ls({ XDG_CACHE_HOME: off, COS_COMPILE_CACHE: '0' });
    expect(run.code, run.stderr).to.equal(0);
    expect(await readdir(dir.path)).to.not.include('off');
  });

  it('runs as usual where the cache cannot be written', async () => {
    const blocker = join(dir.path, 'a-file');
    await writeFile(blocker, 'not a directory');
    const run = await ls({ COS_COMPILE_CACHE: join(blocker, 'cache') });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stderr).to.equal('');
    expect(run.stdout).to.match(/ 5 a\.txt\n$/);
  });
});
