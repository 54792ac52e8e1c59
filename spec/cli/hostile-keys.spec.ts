// A bucket's keys are anyone's text. Downloading a prefix into a directory must not write outside
// it: keys such as `p/../x` or `p/a/../../x`, or ones that name the directory itself (`p/a/..`),
// are skipped with aws s3's warning and the run exits 2; everything else still comes down.
import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapesDirectory } from '../../cli/src/sources.js';
import { uniqueBucketName, withBucket } from '../integration/support.js';
import { cos, withTempDir } from './support.js';

const ESCAPING = ['p/../escape1.txt', 'p/sub/../../escape2.txt', 'p/sub/..', 'p/..'];

describe('cos and keys that point outside the destination (RGW)', function () {
  this.timeout(120_000);
  const bucket = uniqueBucketName('cli-keys');
  const fx = withBucket(bucket);
  const dir = withTempDir('keys');
  before(async () => {
    for (const Key of [...ESCAPING, 'p/ok.txt', 'p/sub/inner.txt']) await fx.s3.put_object({ Bucket: bucket, Key, Body: `body of ${Key}` });
  });

  const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('warning: ')).sort();
  const expectedWarnings = ESCAPING.map((k) => `warning: Skipping file s3://${bucket}/${k}. File references a parent directory.`).sort();

  for (const [name, args] of [['sync', ['sync']], ['cp --recursive', ['cp', '--recursive']], ['sync --only-show-errors', ['--only-show-errors', 'sync']]] as const) {
    it(`${name}: writes nothing outside the directory, warns for each such key, exits 2`, async () => {
      const parent = join(dir.path, name.replace(/\W+/g, '-'));
      const dest = join(parent, 'deep', 'dst');
      const run = await cos(fx.server, [...args, `s3://${bucket}/p/`, dest]);
      expect(run.code, run.stderr).to.equal(2);
      expect(warnings(run.stderr)).to.deep.equal(expectedWarnings);
      expect(await readdir(parent)).to.deep.equal(['deep']);
      expect(await readdir(join(parent, 'deep'))).to.deep.equal(['dst']);
      expect((await readdir(dest)).sort()).to.deep.equal(['ok.txt', 'sub']);
      expect(await readdir(join(dest, 'sub'))).to.deep.equal(['inner.txt']);
      expect(await readFile(join(dest, 'ok.txt'), 'utf8')).to.equal('body of p/ok.txt');
    });
  }

  it('one such object copied to a file the user names is written there (nothing is built from its key)', async () => {
    const target = join(dir.path, 'named.txt');
    const run = await cos(fx.server, ['cp', `s3://${bucket}/p/..`, target]);
    expect(run.code, run.stderr).to.equal(0);
    expect(await readFile(target, 'utf8')).to.equal('body of p/..');
  });

  it('escapesDirectory: what leaves or names the directory, and what stays below it', () => {
    for (const rel of ['..', '../x', 'a/../..', 'a/../../x', './..', 'a/..', '.', '', 'a/./..']) expect(escapesDirectory(rel), rel).to.equal(true);
    for (const rel of ['x', 'a/b', 'a/../b', './x', 'a//b', '..x', 'x..', '.../x', 'a/b/../c']) expect(escapesDirectory(rel), rel).to.equal(false);
  });
});
