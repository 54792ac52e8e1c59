// `cos` end to end against the local RGW: every command and global flag, as a user runs them.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, symlink, writeFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createBucket, destroyBucket, setUp, uniqueBucketName, type Fixture } from '../integration/support.js';
import { actionLines, cos, runCos, tempDir } from './support.js';
import { repoRoot } from '../helpers/server.js';
import { makeContext } from '../../cli/src/context.js';

describe('cos command line (RGW)', function () {
  this.timeout(180_000);
  let fx: Fixture;
  let dir: { path: string; remove: () => Promise<void> };
  const bucket = uniqueBucketName('cli-cmd');
  const other = uniqueBucketName('cli-cmd-other');

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    await createBucket(fx, other);
    dir = await tempDir('cmd');
  });
  after(async () => {
    await destroyBucket(fx.s3, bucket);
    await destroyBucket(fx.s3, other);
    await fx.s3.close();
    await dir.remove();
  });

  const body = async (key: string, b = bucket) => (await fx.s3.get_object({ Bucket: b, Key: key })).Body!.read();

  describe('mb, rb, ls of buckets', () => {
    it('makes, lists and removes a bucket; rb refuses a non-empty bucket, rb --force empties it first', async () => {
      const name = uniqueBucketName('cli-mb');
      const made = await cos(fx.server, ['mb', `s3://${name}`]);
      expect(made.code, made.stderr).to.equal(0);
      expect(made.stdout).to.equal(`make_bucket: ${name}\n`);
      const listed = await cos(fx.server, ['ls']);
      expect(listed.stdout.split('\n').some((l) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /.test(l) && l.endsWith(` ${name}`))).to.equal(true);
      await fx.s3.put_object({ Bucket: name, Key: 'a/b.txt', Body: 'x' });
      const refused = await cos(fx.server, ['rb', `s3://${name}`]);
      expect(refused.code).to.equal(1);
      // as aws s3 reports it: the action, the bucket, the service's error
      expect(refused.stderr).to.match(new RegExp(`^remove_bucket failed: s3://${name} An error occurred \\(BucketNotEmpty\\) when calling the DeleteBucket operation`));
      const bad = await cos(fx.server, ['mb', 's3://Bad_Name']);
      expect(bad.code).to.equal(1);
      expect(bad.stderr).to.match(/^make_bucket failed: s3:\/\/Bad_Name An error occurred \(InvalidBucketName\) when calling the CreateBucket operation/);
      const forced = await cos(fx.server, ['rb', `s3://${name}`, '--force']);
      expect(forced.code, forced.stderr).to.equal(0);
      expect(forced.stdout).to.equal(`delete: s3://${name}/a/b.txt\nremove_bucket: ${name}\n`);
      expect((await cos(fx.server, ['ls'])).stdout).not.to.contain(` ${name}\n`);
    });
  });

  describe('cp', () => {
    it('uploads a file to a key and into a prefix (basename appended), downloads it back byte-exact', async () => {
      const data = randomBytes(100_000);
      const file = join(dir.path, 'up.bin');
      await writeFile(file, data);
      // result lines show local paths as aws s3 does: relative to the working directory, `./` in it
      const toKey = await cos(fx.server, ['cp', 'up.bin', `s3://${bucket}/cp/named.bin`], { cwd: dir.path });
      expect(toKey.code, toKey.stderr).to.equal(0);
      expect(toKey.stdout).to.equal(`upload: ./up.bin to s3://${bucket}/cp/named.bin\n`);
      const toPrefix = await cos(fx.server, ['cp', file, `s3://${bucket}/cp/`], { cwd: dir.path });
      expect(toPrefix.stdout).to.equal(`upload: ./up.bin to s3://${bucket}/cp/up.bin\n`);
      const fromBelow = await cos(fx.server, ['cp', file, `s3://${bucket}/cp/`, '--dryrun'], { cwd: join(dir.path, '..') });
      expect(fromBelow.stdout).to.equal(`(dryrun) upload: ${basename(dir.path)}/up.bin to s3://${bucket}/cp/up.bin\n`);
      expect((await body('cp/up.bin')).equals(data)).to.equal(true);
      const downDir = join(dir.path, 'down');
      await mkdir(downDir);
      const down = await cos(fx.server, ['cp', `s3://${bucket}/cp/named.bin`, 'down'], { cwd: dir.path });
      expect(down.code, down.stderr).to.equal(0);
      expect(down.stdout).to.equal(`download: s3://${bucket}/cp/named.bin to down/named.bin\n`);
      const json = await cos(fx.server, ['--json', 'cp', `s3://${bucket}/cp/named.bin`, 'down'], { cwd: dir.path });
      expect(JSON.parse(json.stdout)).to.include({ action: 'download', dest: join('down', 'named.bin') }); // --json: the path as given
      expect((await readFile(join(downDir, 'named.bin'))).equals(data)).to.equal(true);
    });

    it('copies between buckets with the managed copy, and multipart with --multipart-chunksize', async () => {
      const data = randomBytes(12 * 1024 * 1024 + 5);
      const file = join(dir.path, 'big.bin');
      await writeFile(file, data);
      const up = await cos(fx.server, ['--multipart-chunksize', '5MB', '--max-concurrency', '3', 'cp', file, `s3://${bucket}/big.bin`]);
      expect(up.code, up.stderr).to.equal(0);
      const head = await fx.s3.head_object({ Bucket: bucket, Key: 'big.bin' });
      expect(head.ETag).to.match(/-3"$/);
      const copied = await cos(fx.server, ['cp', `s3://${bucket}/big.bin`, `s3://${other}/copied.bin`]);
      expect(copied.code, copied.stderr).to.equal(0);
      expect(copied.stdout).to.equal(`copy: s3://${bucket}/big.bin to s3://${other}/copied.bin\n`);
      expect(createHash('md5').update(await body('copied.bin', other)).digest('hex')).to.equal(createHash('md5').update(data).digest('hex'));
    });

    it('brings objects between 1 MiB and the multipart threshold down in one GET each, written as they arrive: byte-exact, with their times', async () => {
      const sizes = [4096, 1024 * 1024 + 1, 3 * 1024 * 1024, 8 * 1024 * 1024 - 1];
      const data = sizes.map((n) => randomBytes(n));
      await Promise.all(data.map((d, i) => fx.s3.put_object({ Bucket: bucket, Key: `mid/o${i}.bin`, Body: d })));
      const dest = join(dir.path, 'mid-down');
      const run = await cos(fx.server, ['sync', `s3://${bucket}/mid`, dest], { env: { NODE_DEBUG: 'cos-boto3' } });
      expect(run.code, run.stderr).to.equal(0);
      // one GET per object, no HEAD: the listing's ETag pins each
      expect(run.stderr.match(/ GetObject GET /g)?.length).to.equal(sizes.length);
      expect(run.stderr).to.not.match(/ HeadObject /);
      for (const [i, d] of data.entries()) {
        const path = join(dest, `o${i}.bin`);
        expect((await readFile(path)).equals(d), `o${i}`).to.equal(true);
        // the listing's time (with milliseconds, where HEAD's has whole seconds)
        const { LastModified } = await fx.s3.head_object({ Bucket: bucket, Key: `mid/o${i}.bin` });
        expect(Math.floor((await stat(path)).mtime.getTime() / 1000)).to.equal(LastModified!.getTime() / 1000);
      }
      expect((await readdir(dest)).filter((n) => n.endsWith('.tmp'))).to.deep.equal([]);
    });

    it('reads stdin and writes stdout with -', async () => {
      const data = randomBytes(3 * 1024 * 1024);
      const up = await cos(fx.server, ['cp', '-', `s3://${bucket}/stream/in.bin`], { input: data });
      expect([up.code, up.stdout, up.stderr]).to.deep.equal([0, '', '']);
      expect((await body('stream/in.bin')).equals(data)).to.equal(true);
      const typed = await cos(fx.server, ['cp', '-', `s3://${bucket}/stream/typed.txt`, '--content-type', 'text/csv'], { input: 'a,b' });
      expect(typed.code, typed.stderr).to.equal(0);
      expect((await fx.s3.head_object({ Bucket: bucket, Key: 'stream/typed.txt' })).ContentType).to.equal('text/csv');
      const chunks: Buffer[] = [];
      const down = await cos(fx.server, ['cp', `s3://${bucket}/stream/in.bin`, '-'], { onStdout: (c) => chunks.push(c) });
      expect(down.code, down.stderr).to.equal(0);
      expect(Buffer.concat(chunks).equals(data)).to.equal(true);
    });

    it('--recursive with --exclude/--include in aws order (the last matching filter wins), --dryrun changes nothing', async () => {
      const tree = join(dir.path, 'filtered');
      await mkdir(join(tree, 'logs'), { recursive: true });
      for (const name of ['a.txt', 'b.log', 'logs/keep.log', 'logs/drop.txt']) await writeFile(join(tree, name), name);
      const args = ['cp', tree, `s3://${bucket}/filtered`, '--recursive', '--exclude', '*', '--include', '*.log', '--exclude', 'logs/drop*'];
      const dry = await cos(fx.server, [...args, '--dryrun'], { cwd: dir.path });
      expect(dry.stdout.split('\n').filter(Boolean).sort()).to.deep.equal([
        `(dryrun) upload: filtered/b.log to s3://${bucket}/filtered/b.log`,
        `(dryrun) upload: filtered/logs/keep.log to s3://${bucket}/filtered/logs/keep.log`,
      ]);
      expect((await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'filtered/' })).KeyCount).to.equal(0);
      const real = await cos(fx.server, args);
      expect(real.code, real.stderr).to.equal(0);
      const keys = (await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'filtered/' })).Contents!.map((o) => o.Key);
      expect(keys).to.deep.equal(['filtered/b.log', 'filtered/logs/keep.log']);
    });

    it('guesses Content-Type from the file name as aws s3 does; --content-type and --no-guess-mime-type override it', async () => {
      const page = join(dir.path, 'page.html');
      await writeFile(page, '<p>hi</p>');
      const typeOf = async (key: string) => (await fx.s3.head_object({ Bucket: bucket, Key: key })).ContentType;
      await cos(fx.server, ['cp', page, `s3://${bucket}/types/guessed.html`]);
      await cos(fx.server, ['cp', page, `s3://${bucket}/types/given.html`, '--content-type', 'text/x-given']);
      await cos(fx.server, ['cp', page, `s3://${bucket}/types/plain.html`, '--no-guess-mime-type']);
      await cos(fx.server, ['cp', '-', `s3://${bucket}/types/stdin.json`], { input: '{}' });
      expect(await typeOf('types/guessed.html')).to.equal('text/html');
      expect(await typeOf('types/given.html')).to.equal('text/x-given');
      expect(await typeOf('types/plain.html')).to.equal('binary/octet-stream');
      // as aws s3: the type comes from the source's name, and stdin ('-') has none
      expect(await typeOf('types/stdin.json')).to.equal('binary/octet-stream');
    });

    it('follows symbolic links by default and skips them with --no-follow-symlinks', async () => {
      const tree = join(dir.path, 'links');
      await mkdir(join(tree, 'real'), { recursive: true });
      await writeFile(join(tree, 'real', 'f.txt'), 'f');
      await symlink(join(tree, 'real'), join(tree, 'linked'));
      await symlink(join(tree, 'real', 'f.txt'), join(tree, 'file-link.txt'));
      await cos(fx.server, ['cp', tree, `s3://${bucket}/follow`, '--recursive']);
      await cos(fx.server, ['cp', tree, `s3://${bucket}/nofollow`, '--recursive', '--no-follow-symlinks']);
      const keys = async (p: string) => (await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: p })).Contents?.map((o) => o.Key) ?? [];
      expect(await keys('follow/')).to.deep.equal(['follow/file-link.txt', 'follow/linked/f.txt', 'follow/real/f.txt']);
      expect(await keys('nofollow/')).to.deep.equal(['nofollow/real/f.txt']);
    });

    it('skips a dangling link and a FIFO with aws s3\'s warnings, copies the rest, and exits 2', async () => {
      const tree = join(dir.path, 'skips');
      await mkdir(tree);
      await writeFile(join(tree, 'ok.txt'), 'ok');
      await symlink(join(tree, 'gone'), join(tree, 'dangling'));
      execFileSync('mkfifo', [join(tree, 'pipe')]);
      for (const args of [['cp', tree, `s3://${bucket}/skips`, '--recursive'], ['sync', tree, `s3://${bucket}/skips-sync`]]) {
        const run = await cos(fx.server, args);
        expect(run.code, run.stderr).to.equal(2);
        expect(run.stderr.split('\n').filter(Boolean).sort()).to.deep.equal([
          `warning: Skipping file ${join(tree, 'dangling')}. File does not exist.`,
          `warning: Skipping file ${join(tree, 'pipe')}. File is character special device, block special device, FIFO, or socket.`,
        ]);
        expect(actionLines(run, 'upload')).to.have.length(1);
      }
    });
  });

  describe('mv and rm', () => {
    it('a transfer that fails is reported as aws s3 reports it (`download failed: <source> to <dest> <why>`), the rest go on, exit 1', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'fails/ok.txt', Body: 'ok' });
      await fx.s3.put_object({ Bucket: bucket, Key: 'fails/blocked/x.txt', Body: 'x' });
      await mkdir(join(dir.path, 'failing'));
      await writeFile(join(dir.path, 'failing', 'blocked'), 'a file where a directory must go');
      const run = await cos(fx.server, ['cp', `s3://${bucket}/fails/`, 'failing', '--recursive'], { cwd: dir.path });
      expect(run.code).to.equal(1);
      expect(run.stdout).to.equal(`download: s3://${bucket}/fails/ok.txt to failing/ok.txt\n`);
      expect(run.stderr).to.match(new RegExp(`^download failed: s3://${bucket}/fails/blocked/x\\.txt to failing/blocked/x\\.txt \\S`));
    });

    it('mv uploads then removes the local file; mv between buckets removes the source object', async () => {
      const file = join(dir.path, 'move-me.txt');
      await writeFile(file, 'moving');
      const up = await cos(fx.server, ['mv', file, `s3://${bucket}/mv/`], { cwd: dir.path });
      expect(up.code, up.stderr).to.equal(0);
      expect(up.stdout).to.equal(`move: ./move-me.txt to s3://${bucket}/mv/move-me.txt\n`);
      expect((await readdir(dir.path)).includes('move-me.txt')).to.equal(false);
      const across = await cos(fx.server, ['mv', `s3://${bucket}/mv/move-me.txt`, `s3://${other}/moved.txt`]);
      expect(across.code, across.stderr).to.equal(0);
      expect((await body('moved.txt', other)).toString()).to.equal('moving');
      expect((await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'mv/' })).KeyCount).to.equal(0);
    });

    it('mv refuses to move an object onto itself (a multipart self-copy would succeed, then the delete lose it)', async () => {
      const data = randomBytes(9 * 1024 * 1024);
      await fx.s3.put_object({ Bucket: bucket, Key: 'self/big.bin', Body: data });
      for (const args of [['mv', `s3://${bucket}/self/big.bin`, `s3://${bucket}/self/big.bin`], ['mv', `s3://${bucket}/self/`, `s3://${bucket}/self/`, '--recursive'], ['mv', `s3://${bucket}/self`, `s3://${bucket}/self`, '--recursive']]) {
        const run = await cos(fx.server, [...args, '--multipart-chunksize', '5MB']);
        expect(run.code, args.join(' ')).to.equal(2);
        expect(run.stderr).to.contain(`Cannot mv a file onto itself: s3://${bucket}/self/big.bin`);
        expect((await body('self/big.bin')).equals(data)).to.equal(true);
      }
    });

    it('rm of one key honours --exclude/--include as aws s3 does, with --dryrun too', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'rmf/keep.log', Body: 'k' });
      for (const extra of [[], ['--dryrun']]) {
        const run = await cos(fx.server, ['rm', `s3://${bucket}/rmf/keep.log`, '--exclude', '*', ...extra]);
        expect([run.code, run.stdout]).to.deep.equal([0, '']);
      }
      expect((await body('rmf/keep.log')).toString()).to.equal('k');
      const included = await cos(fx.server, ['rm', `s3://${bucket}/rmf/keep.log`, '--exclude', '*', '--include', '*.log']);
      expect(included.stdout).to.equal(`delete: s3://${bucket}/rmf/keep.log\n`);
    });

    it('rm deletes one key; rm --recursive deletes a prefix in DeleteObjects batches (more than 1,000 keys)', async () => {
      const keys = Array.from({ length: 1005 }, (_, i) => `rm/${String(i).padStart(4, '0')}`);
      for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((Key) => fx.s3.put_object({ Bucket: bucket, Key, Body: '' })));
      await fx.s3.put_object({ Bucket: bucket, Key: 'rm-keep', Body: 'k' });
      const one = await cos(fx.server, ['rm', `s3://${bucket}/rm/0000`]);
      expect(one.stdout).to.equal(`delete: s3://${bucket}/rm/0000\n`);
      const all = await cos(fx.server, ['rm', `s3://${bucket}/rm`, '--recursive']);
      expect(all.code, all.stderr).to.equal(0);
      expect(actionLines(all, 'delete')).to.have.length(1004);
      const left = await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'rm' });
      expect(left.Contents!.map((o) => o.Key)).to.deep.equal(['rm-keep']);
    });
  });

  describe('ls of objects', () => {
    before(async () => {
      for (const [Key, Body] of [['ls/a.txt', 'aaa'], ['ls/sub/b.txt', 'b'.repeat(2048)], ['ls/sub/deep/c.txt', '']]) await fx.s3.put_object({ Bucket: bucket, Key, Body });
    });

    it('shows common prefixes and objects below a prefix, or every key with --recursive, --summarize and --human-readable', async () => {
      const top = await cos(fx.server, ['ls', `s3://${bucket}/ls/`]);
      const lines = top.stdout.trimEnd().split('\n');
      expect(lines).to.have.length(2);
      expect(lines[0]).to.equal(`${' '.repeat(27)}PRE sub/`);
      expect(lines[1]).to.match(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +3 a\.txt$/);
      const all = await cos(fx.server, ['ls', `s3://${bucket}/ls/`, '--recursive', '--human-readable', '--summarize']);
      expect(all.stdout).to.match(/ +2\.0 KiB ls\/sub\/b\.txt\n/);
      expect(all.stdout).to.contain('ls/sub/deep/c.txt');
      expect(all.stdout).to.match(/\nTotal Objects: 3\n   Total Size: 2\.0 KiB\n$/);
    });

    it('a prefix that matches nothing exits 1 with nothing printed, as aws s3 ls; an empty bucket exits 0', async () => {
      for (const args of [[`s3://${bucket}/no-such-prefix`], [`s3://${bucket}/no-such-prefix/`, '--recursive']]) {
        const run = await cos(fx.server, ['ls', ...args]);
        expect([run.code, run.stdout, run.stderr]).to.deep.equal([1, '', '']);
      }
      const empty = uniqueBucketName('cli-empty');
      await createBucket(fx, empty);
      try {
        const run = await cos(fx.server, ['ls', `s3://${empty}`]);
        expect([run.code, run.stdout]).to.deep.equal([0, '']);
      } finally {
        await destroyBucket(fx.s3, empty);
      }
    });

    it('--page-size sets the keys asked for per ListObjectsV2 (ls, sync, rm --recursive), before or after the command; 0 is a usage error', async () => {
      const listings = (run: { stderr: string }) => run.stderr.split('\n').filter((l) => / ListObjectsV2 GET .*-> 200/.test(l));
      const env = { NODE_DEBUG: 'cos-boto3' };
      const ls = await cos(fx.server, ['ls', `s3://${bucket}/ls/`, '--recursive', '--page-size', '2'], { env });
      expect(ls.code, ls.stderr).to.equal(0);
      expect(ls.stdout.trimEnd().split('\n')).to.have.length(3);
      expect(listings(ls)).to.have.length(2);
      expect(listings(ls).every((l) => l.includes('max-keys=2&'))).to.equal(true);
      const into = join(dir.path, 'paged');
      const down = await cos(fx.server, ['--page-size', '1', 'sync', `s3://${bucket}/ls/`, into], { env });
      expect(down.code, down.stderr).to.equal(0);
      expect(listings(down)).to.have.length(3);
      expect((await readFile(join(into, 'sub', 'b.txt'))).length).to.equal(2048);
      for (const Key of ['pages/1', 'pages/2', 'pages/3']) await fx.s3.put_object({ Bucket: bucket, Key, Body: '' });
      const rm = await cos(fx.server, ['rm', `s3://${bucket}/pages/`, '--recursive', '--page-size', '2'], { env });
      expect(rm.code, rm.stderr).to.equal(0);
      expect(listings(rm)).to.have.length(2);
      expect((await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'pages/' })).KeyCount).to.equal(0);
      const zero = await cos(fx.server, ['ls', `s3://${bucket}/ls/`, '--page-size', '0']);
      expect([zero.code, zero.stderr]).to.deep.equal([2, "usage error: --page-size must be a positive integer, got '0'\n(add --help for usage)\n"]);
    });

    it('--json prints one object per line', async () => {
      const run = await cos(fx.server, ['ls', `s3://${bucket}/ls/`, '--recursive', '--json']);
      const items = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; key: string; size: number });
      expect(items.map((i) => [i.type, i.key, i.size])).to.deep.equal([
        ['object', 'ls/a.txt', 3], ['object', 'ls/sub/b.txt', 2048], ['object', 'ls/sub/deep/c.txt', 0],
      ]);
    });
  });

  describe('presign and stat', () => {
    it('presign gives a URL that serves the object; stat/head print its metadata as JSON', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'info/x.txt', Body: 'presigned', ContentType: 'text/plain', Metadata: { owner: 'me' } });
      const signed = await cos(fx.server, ['presign', `s3://${bucket}/info/x.txt`, '--expires-in', '120']);
      expect(signed.code, signed.stderr).to.equal(0);
      const url = signed.stdout.trim();
      expect(url).to.match(/X-Amz-Expires=120/);
      expect(await (await fetch(url)).text()).to.equal('presigned');
      for (const command of ['stat', 'head']) {
        const run = await cos(fx.server, [command, `s3://${bucket}/info/x.txt`]);
        const shown = JSON.parse(run.stdout) as Record<string, unknown>;
        expect(shown).to.include({ Key: 'info/x.txt', ContentLength: 9, ContentType: 'text/plain' });
        expect(shown.Metadata).to.deep.equal({ owner: 'me' });
      }
      const ofBucket = await cos(fx.server, ['stat', `s3://${bucket}`]);
      expect(ofBucket.code, ofBucket.stderr).to.equal(0);
    });
  });

  describe('output flags and exit codes', () => {
    it('--quiet and --only-show-errors silence results; errors still show with --only-show-errors', async () => {
      const file = join(dir.path, 'q.txt');
      await writeFile(file, 'q');
      const quiet = await cos(fx.server, ['cp', file, `s3://${bucket}/q.txt`, '--quiet']);
      expect([quiet.code, quiet.stdout, quiet.stderr]).to.deep.equal([0, '', '']);
      const missing = await cos(fx.server, ['--only-show-errors', 'cp', `s3://${bucket}/nope.txt`, join(dir.path, 'nope')]);
      expect(missing.code).to.equal(1);
      expect(missing.stdout).to.equal('');
      expect(missing.stderr).to.equal('fatal error: An error occurred (404) when calling the HeadObject operation: Key "nope.txt" does not exist\n');
      const quietMissing = await cos(fx.server, ['--quiet', 'cp', `s3://${bucket}/nope.txt`, join(dir.path, 'nope')]);
      expect([quietMissing.code, quietMissing.stderr]).to.deep.equal([1, '']);
    });

    it('--dryrun lines show with --only-show-errors (they are the answer), not with --quiet', async () => {
      const file = join(dir.path, 'dry.txt');
      await writeFile(file, 'd');
      const shown = await cos(fx.server, ['--only-show-errors', 'cp', file, `s3://${bucket}/dry.txt`, '--dryrun'], { cwd: dir.path });
      expect([shown.code, shown.stdout]).to.deep.equal([0, `(dryrun) upload: ./dry.txt to s3://${bucket}/dry.txt\n`]);
      const rmShown = await cos(fx.server, ['rm', `s3://${bucket}/ls/`, '--recursive', '--dryrun', '--only-show-errors']);
      expect(actionLines(rmShown, '(dryrun) delete')).to.have.length(3);
      const quiet = await cos(fx.server, ['--quiet', 'cp', file, `s3://${bucket}/dry.txt`, '--dryrun']);
      expect([quiet.code, quiet.stdout]).to.deep.equal([0, '']);
    });

    it('usage errors exit 2, help exits 0', async () => {
      for (const args of [['bogus'], ['cp', 'only-one'], ['ls', '--no-such-flag'], ['mb', 'not-an-s3-uri'], ['cp', 'a', 'b'], ['--max-concurrency', 'zero', 'ls']]) {
        const run = await cos(fx.server, args);
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).to.equal(2);
        expect(run.stderr).to.match(/help/);
      }
      const help = await runCos(['--help']);
      expect(help.code).to.equal(0);
      expect(help.stdout).to.match(/sync/);
      // the defaults the help states are the ones a run uses
      const ctx = makeContext({ verifySsl: true, signRequest: false }, new AbortController().signal);
      expect(help.stdout.replace(/\s+/g, ' ')).to.contain(`(default: ${ctx.smallTransfers.concurrency} for files of one request, ${ctx.transfers.concurrency} for the parts of larger ones)`);
      for (const asked of [['help'], ['help', 'ls'], ['ls', '--help']]) expect((await runCos(asked)).code, asked.join(' ')).to.equal(0);
      // no command at all: the help, on stderr, as a usage error (aws exits 2 too)
      const none = await runCos([]);
      expect([none.code, none.stdout]).to.deep.equal([2, '']);
      expect(none.stderr).to.match(/Usage: cos/);
    });

    it('--profile reads the endpoint-less profile keys from ~/.aws files; a wrong endpoint is a failure, not a hang', async () => {
      const home = await tempDir('home');
      try {
        await mkdir(join(home.path, '.aws'));
        await writeFile(join(home.path, '.aws', 'credentials'), `[cli-spec]\naws_access_key_id = ${fx.server.accessKeyId}\naws_secret_access_key = ${fx.server.secretAccessKey}\n`);
        const env = { HOME: home.path, AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_SHARED_CREDENTIALS_FILE: undefined, AWS_CONFIG_FILE: undefined };
        const listed = await runCos(['--endpoint-url', fx.server.endpoint, '--profile', 'cli-spec', '--region', fx.server.region, 'ls', `s3://${bucket}/q.txt`], { env });
        expect(listed.code, listed.stderr).to.equal(0);
        expect(listed.stdout).to.match(/ q\.txt\n$/);
        const noProfile = await runCos(['--endpoint-url', fx.server.endpoint, '--profile', 'absent', 'ls'], { env });
        expect(noProfile.code).to.equal(1);
        expect(noProfile.stderr).to.match(/absent/);
        const wrong = await runCos(['--endpoint-url', 'http://127.0.0.1:9', '--profile', 'cli-spec', 'ls'], { env, timeoutMs: 60_000 });
        expect(wrong.code).to.equal(1);
        expect(wrong.stderr).to.match(/fatal error: .*(connect|ECONNREFUSED)/i);
      } finally {
        await home.remove();
      }
    });

    it('--version names the versions of cos, of the SDK built into it, and of Node (exit 0)', async () => {
      const versionOf = async (manifest: string) => (JSON.parse(await readFile(join(repoRoot(), manifest), 'utf8')) as { version: string }).version;
      const run = await runCos(['--version']);
      expect(run.code, run.stderr).to.equal(0);
      expect(run.stdout).to.equal(`cos/${await versionOf('cli/package.json')} cos-boto3/${await versionOf('package.json')} Node/${process.versions.node} ${process.platform}/${process.arch}\n`);
    });

    it('--no-verify-ssl is accepted and plain http still works with it', async () => {
      const run = await cos(fx.server, ['--no-verify-ssl', 'ls', `s3://${bucket}/q.txt`]);
      expect(run.code, run.stderr).to.equal(0);
    });

    it('--no-sign-request reads a public object with no credentials anywhere; without it the error names the flag', async () => {
      await fx.s3.put_object({ Bucket: bucket, Key: 'public/hello.txt', Body: 'hello, anyone', ACL: 'public-read' });
      await fx.s3.put_object({ Bucket: bucket, Key: 'public/private.txt', Body: 'not for you' });
      const nobody = {
        AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, IBM_API_KEY_ID: undefined,
        AWS_CONFIG_FILE: '/nonexistent/c', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/k', COS_CREDENTIALS_FILE: '/nonexistent/b',
      };
      const anonymous = await runCos(['--endpoint-url', fx.server.endpoint, '--no-sign-request', 'cp', `s3://${bucket}/public/hello.txt`, '-'], { env: nobody });
      expect(anonymous.code, anonymous.stderr).to.equal(0);
      expect(anonymous.stdout).to.equal('hello, anyone');
      const refused = await runCos(['--endpoint-url', fx.server.endpoint, '--no-sign-request', 'cp', `s3://${bucket}/public/private.txt`, '-'], { env: nobody });
      expect(refused.code).to.equal(1);
      expect(refused.stderr).to.match(/fatal error: An error occurred \((403|AccessDenied)\)/);
      const noKeys = await runCos(['--endpoint-url', fx.server.endpoint, 'cp', `s3://${bucket}/public/hello.txt`, '-'], { env: nobody });
      expect(noKeys.code).to.equal(1);
      expect(noKeys.stderr).to.match(/^fatal error: Unable to locate credentials\. .*For a public bucket use --no-sign-request\.\n$/);
      expect(noKeys.stderr).to.not.include('Config(');
    });
  });
});
