// `cos … | head`: the reader of stdout goes away before cos is done. cos stops as it does on Ctrl-C
// (transfers aborted, multipart uploads with them), prints nothing, and exits 141, the status of a
// Unix tool stopped by SIGPIPE; what it already finished stays whole.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uniqueBucketName, withBucket } from '../integration/support.js';
import { startCosOn, withTempDir, type Running } from './support.js';

const md5 = (b: Buffer | Uint8Array) => createHash('md5').update(b).digest('hex');

describe('cos with its stdout closed by the reader (RGW)', function () {
  this.timeout(180_000);
  const bucket = uniqueBucketName('cli-pipe');
  const fx = withBucket(bucket);
  const src = withTempDir('pipe');
  const sources = new Map<string, string>();

  before(async () => {
    for (let i = 0; i < 6; i++) {
      const data = randomBytes(12 * 1024 * 1024 + i);
      sources.set(`f${i}.bin`, md5(data));
      await writeFile(join(src.path, `f${i}.bin`), data);
    }
    const keys = Array.from({ length: 1200 }, (_, i) => `many/k${String(i).padStart(5, '0')}`);
    for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((Key) => fx.s3.put_object({ Bucket: bucket, Key, Body: 'x' })));
    await fx.s3.put_object({ Bucket: bucket, Key: 'big.bin', Body: randomBytes(32 * 1024 * 1024) });
  });

  /** `cos <args>` whose stdout reader closes after `chunks` chunks (0: before reading anything). */
  function closingAfter(chunks: number, args: string[]): Running {
    let seen = 0;
    const running: Running = startCosOn(fx.server, args, {
      onStdout: () => {
        if (++seen >= chunks) running.child.stdout.destroy();
      },
    });
    if (chunks === 0) running.child.stdout.destroy();
    return running;
  }

  it('ls --recursive: exits 141 with nothing on stderr', async () => {
    const run = await closingAfter(0, ['ls', '--recursive', `s3://${bucket}/many/`]).done;
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(141);
  });

  it('cp of an object to stdout (-): stops the download, exits 141 quietly', async () => {
    const run = await closingAfter(1, ['cp', `s3://${bucket}/big.bin`, '-']).done;
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(141);
  });

  it('sync up whose output is cut after its first line: exits 141, no multipart upload left, every object whole', async () => {
    const run = await closingAfter(1, ['--max-concurrency', '2', '--multipart-chunksize', '5MB', 'sync', src.path, `s3://${bucket}/up`]).done;
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(141);
    expect((await fx.s3.list_multipart_uploads({ Bucket: bucket })).Uploads ?? []).to.deep.equal([]);
    const listed = (await fx.s3.list_objects_v2({ Bucket: bucket, Prefix: 'up/' })).Contents ?? [];
    expect(listed.length).to.be.within(1, 5);
    for (const o of listed) {
      const body = await (await fx.s3.get_object({ Bucket: bucket, Key: o.Key! })).Body!.read();
      expect(md5(body), o.Key).to.equal(sources.get(o.Key!.slice('up/'.length)));
    }
  });
});
