// The progress line on a real terminal: `cos cp` of a 200 MiB file run under a pseudo-terminal
// (util-linux `script`, part of every Debian base system) draws "Completed …" lines that end at
// 100 % of the file; with stdout not a terminal, only the result line is printed.
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createBucket, destroyBucket, setUp, uniqueBucketName, type Fixture } from '../integration/support.js';
import { COS, cos, credentialsEnv, tempDir } from './support.js';

const SIZE = 200 * 1024 * 1024;

function underPty(command: string[], env: Record<string, string>): Promise<{ code: number | null; screen: string }> {
  const quoted = command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  // a terminal of 160 columns: cli-progress cuts the line at the terminal's width, as it should
  const child = spawn('script', ['-qfec', `stty cols 160 rows 40; ${quoted}`, '/dev/null'], { env: { ...process.env, ...env, TERM: 'xterm' }, stdio: ['pipe', 'pipe', 'inherit'] });
  const out: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen: Buffer.concat(out).toString() });
    });
  });
}

describe('cos progress on a terminal (RGW)', function () {
  this.timeout(300_000);
  let fx: Fixture;
  let dir: { path: string; remove: () => Promise<void> };
  const bucket = uniqueBucketName('cli-tty');

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    dir = await tempDir('tty');
    await writeFile(join(dir.path, 'big.bin'), Buffer.alloc(SIZE, 7));
  });
  after(async () => {
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
    await dir.remove();
  });

  it('draws a live progress line that ends at 100 % of 200 MiB', async () => {
    const file = join(dir.path, 'big.bin');
    const run = await underPty([process.execPath, COS, '--endpoint-url', fx.server.endpoint, 'cp', file, `s3://${bucket}/big.bin`], credentialsEnv(fx.server));
    expect(run.code, run.screen).to.equal(0);
    const frames = run.screen.split(/\r|\n|\x1b\[[0-9;]*[A-Za-z]/).filter((f) => f.startsWith('Completed '));
    expect(frames.length, run.screen).to.be.above(0);
    for (const f of frames) expect(f).to.match(/^Completed [\d.]+ (Bytes|KiB|MiB)\/200\.0 MiB \d+% \([\d.]+ (Bytes|KiB|MiB|GiB)\/s\) with [01] file\(s\) remaining, ETA [\d-]+:[\d-]+$/);
    expect(frames.at(-1)).to.match(/^Completed 200\.0 MiB\/200\.0 MiB 100% .* with 0 file\(s\) remaining/);
    expect(run.screen).to.contain(`upload: ${relative(process.cwd(), file)} to s3://${bucket}/big.bin`);
    expect((await fx.s3.head_object({ Bucket: bucket, Key: 'big.bin' })).ContentLength).to.equal(SIZE);
  });

  it('prints no progress when stdout is not a terminal', async () => {
    const file = join(dir.path, 'big.bin');
    const run = await cos(fx.server, ['cp', file, `s3://${bucket}/again.bin`]);
    expect([run.code, run.stdout]).to.deep.equal([0, `upload: ${relative(process.cwd(), file)} to s3://${bucket}/again.bin\n`]);
  });
});
