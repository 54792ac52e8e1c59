// A seeded soak through the fault proxy: random operations (bodies read whole or abandoned, managed
// uploads and downloads) under random faults, once or always, through a 2-connection pool. Every
// operation ends byte-exact or with one of our typed errors within its deadline, a failed download
// leaves no file, a multipart upload left behind is named by the error of its upload, and the pool
// still serves at the end. (RGW locks an upload whose Complete or Abort was cut off for
// rgw_mp_lock_max_time, 600 s: no abort gets through before, which the error then says.)
// SOAK_OPS (default 30) and SOAK_SEED (default 12) replay or lengthen it (it was run with 600).
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { TransferConfig, type S3Client } from '../../lib/index.js';
import { ensureServer, SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from '../helpers/server.js';
import { realClient } from '../helpers/clients.js';
import { destroyBucket } from '../integration/support.js';
import { FAULTS, FaultProxy, outcome, type Fault } from './proxy.js';

const MiB = 1024 * 1024;
const OPS = Number(process.env.SOAK_OPS ?? 30);
const SEED = process.env.SOAK_SEED ?? '12';
// a range stalled every time costs attempts × num_download_attempts × read_timeout: 6 s here
const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB, max_concurrency: 2, num_download_attempts: 2 });
/** Far beyond the worst case of any one operation (two stalled rounds of ranges): past it, it hangs. */
const DEADLINE_MS = 30_000;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The `n`th choice of the seeded run among `count` (hash-derived, so a run replays exactly). */
function choice(n: number, what: string, count: number): number {
  return createHash('sha256').update(`${SEED}/${n}/${what}`).digest().readUInt32BE(0) % count;
}

describe(`faults: seeded soak (${OPS} operations, seed ${SEED})`, function () {
  this.timeout(OPS * DEADLINE_MS);
  let server: ServerInfo;
  let proxy: FaultProxy;
  let direct: S3Client;
  let faulty: S3Client;
  let dir: string;
  const bucket = uniqueBucketName('soak');
  const big = randomBytes(11 * MiB);
  const small = randomBytes(300 * 1024);

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ensureServer();
    proxy = await new FaultProxy(server.endpoint).start();
    direct = realClient(server);
    faulty = realClient({ ...server, endpoint: proxy.endpoint }, {
      max_pool_connections: 2, read_timeout: 1, connect_timeout: 10, retries: { total_max_attempts: 3, max_backoff: 0.01 },
    });
    dir = mkdtempSync(join(tmpdir(), 'cos-soak-'));
    writeFileSync(join(dir, 'big'), big);
    await direct.create_bucket({ Bucket: bucket });
    await direct.put_object({ Bucket: bucket, Key: 'big', Body: big });
    await direct.put_object({ Bucket: bucket, Key: 'small', Body: small });
  });

  after(async () => {
    // a short wait per request: an upload RGW still holds locked cannot be aborted yet
    const cleaner = realClient(server, { read_timeout: 5, retries: { total_max_attempts: 1 } });
    await destroyBucket(cleaner, bucket).catch((err: unknown) => console.log(`      soak: ${bucket} left behind (${String(err)})`));
    await cleaner.close();
    await direct.close();
    await faulty.close();
    await proxy.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Each operation, with the request the fault is aimed at; it checks its own bytes. */
  const operations: Record<string, { target: string; run(n: number): Promise<void> }> = {
    'get_object, read whole': {
      target: 'GetObject',
      run: async () => {
        expect(sha(await (await faulty.get_object({ Bucket: bucket, Key: 'small' })).Body!.read())).to.equal(sha(small));
      },
    },
    'get_object, abandoned part-way': {
      target: 'GetObject',
      run: async (n) => {
        const { Body } = await faulty.get_object({ Bucket: bucket, Key: 'big' });
        const how = choice(n, 'abandon', 3);
        if (how === 0) for await (const chunk of Body!) if (chunk.length) break;
        if (how === 1) Body!.stream.destroy();
        if (how === 2) await Body!.pipe(new Writable({ write: (_c, _e, done) => done(new Error('gone')) })).catch(() => undefined);
      },
    },
    put_object: {
      target: 'PutObject',
      run: async (n) => {
        await faulty.put_object({ Bucket: bucket, Key: `put/${n}`, Body: small });
        expect(sha(await (await direct.get_object({ Bucket: bucket, Key: `put/${n}` })).Body!.read())).to.equal(sha(small));
      },
    },
    list_objects_v2: {
      target: 'ListObjectsV2',
      run: async () => void (await faulty.list_objects_v2({ Bucket: bucket, Prefix: 'big' })),
    },
    'upload_file (multipart)': {
      target: 'UploadPart',
      run: async (n) => {
        await faulty.upload_file(join(dir, 'big'), bucket, `up/${n}`, { Config: config });
        expect(sha(await (await direct.get_object({ Bucket: bucket, Key: `up/${n}` })).Body!.read())).to.equal(sha(big));
      },
    },
    'download_file (ranged)': {
      target: 'GetObject',
      run: async (n) => {
        const target = join(dir, `down-${n}`);
        try {
          await faulty.download_file(bucket, 'big', target, { Config: config });
        } finally {
          expect(readdirSync(dir).filter((f) => f.startsWith(`down-${n}.`)), 'no temp file').to.deep.equal([]);
        }
        expect(sha(readFileSync(target))).to.equal(sha(big));
        rmSync(target);
      },
    },
  };
  const names = Object.keys(operations);
  const faults: (Fault | undefined)[] = [undefined, ...FAULTS];

  it('every operation ends byte-exact or typed, in time, leaving nothing behind', async () => {
    const tally = new Map<string, number>();
    const messages: string[] = [];
    for (let n = 0; n < OPS; n++) {
      const name = names[choice(n, 'op', names.length)]!;
      const fault = faults[choice(n, 'fault', faults.length)];
      const times = choice(n, 'times', 2) === 0 ? 1 : undefined;
      const { target, run } = operations[name]!;
      proxy.setRules(...(fault ? [{ fault, operation: target, times }] : []));
      const label = `#${n} ${name} × ${fault ?? 'no fault'} × ${times ? 'once' : 'always'}`;
      const deadline = sleep(DEADLINE_MS, undefined, { ref: false }).then(() => `${label}: still running after ${DEADLINE_MS / 1000} s`);
      const recorded = async () => {
        try {
          await run(n);
        } catch (err) {
          messages.push((err as Error).message);
          throw err;
        }
      };
      const result = await Promise.race([outcome(recorded), deadline]);
      expect(result, label).to.not.match(/still running/);
      if (name.startsWith('download_file') && result !== 'ok') expect(existsSync(join(dir, `down-${n}`)), `${label}: no partial file`).to.equal(false);
      tally.set(result, (tally.get(result) ?? 0) + 1);
    }
    proxy.setRules();
    const left = (await direct.list_multipart_uploads({ Bucket: bucket })).Uploads ?? [];
    for (const { UploadId } of left) expect(messages.some((m) => m.includes(`multipart upload ${UploadId} failed too`)), `upload ${UploadId} left unnamed`).to.equal(true);
    // both connections are free again
    const [a, b] = await Promise.all([faulty.get_object({ Bucket: bucket, Key: 'small' }), faulty.get_object({ Bucket: bucket, Key: 'small' })]);
    expect(sha(await a.Body!.read())).to.equal(sha(await b.Body!.read()));
    console.log(`      soak: ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  });
});
