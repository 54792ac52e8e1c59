// A script that abandons response bodies (every way, no forced garbage collection) runs to its last
// line and exits 0 by itself: waiting for a connection keeps the process alive, and abandoned
// bodies give their connections back.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { uniqueBucketName, withBucket } from '../integration/support.js';

const run = promisify(execFile);

describe('load: a script that abandons bodies', function () {
  this.timeout(120_000);
  const bucket = uniqueBucketName('abandon');
  const fx = withBucket(bucket);

  before(async () => {
    await fx.s3.put_object({ Bucket: bucket, Key: 'big', Body: Buffer.alloc(8 * 1024 * 1024, 1) });
  });

  it('runs to its last line (no early exit 0 with calls still waiting)', async () => {
    const child = join(dirname(fileURLToPath(import.meta.url)), 'abandon-child.js');
    const { server } = fx;
    // resolves when the child exits; a hang would run into the timeout
    const { stdout } = await run('node', [child, server.endpoint, server.accessKeyId, server.secretAccessKey, bucket, 'big'], { timeout: 100_000 });
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, 5)).to.deep.equal(['break: done', 'read(10): done', 'stream.destroy(): done', 'failed pipeline: done', 'untouched: done']);
    expect(JSON.parse(lines[5]!)).to.deep.equal({ gets: 20 });
    expect(lines.at(-1)).to.equal('last line');
  });
});
