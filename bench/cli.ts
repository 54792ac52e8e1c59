// The command-line benchmark (a script, not a test): `npm run bench:cli`.
// `cos` (this repo's CLI, as built), `aws s3` (awscli), rclone and s3cmd against the same local
// Ceph RGW, each with its defaults (quiet output), each run a fresh process timed from spawn to
// exit, interleaved (a different order each round) for ROUNDS rounds; medians. Every run's result
// is checked (object or file count and bytes). Writes bench/results/cli-latest.{md,json}.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { client as s3client } from '../lib/index.js';
import { startDelayProxy } from './delay-proxy.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SMALL_FILES = 2000;
const SMALL_SIZE = 4096;
const BIG_FILES = 20;
const BIG_SIZE = Number(process.env.BENCH_BIG_MIB ?? 64) * 1024 * 1024;
const BUCKET = `cli-bench-${Date.now().toString(36)}`;
// BENCH_RTT_MS=10: every contender reaches RGW through a proxy that adds this round trip (a store
// across a network, not on loopback); the harness's own checks go direct
const RTT_MS = Number(process.env.BENCH_RTT_MS ?? 0);

interface Rgw { endpoint: string; key: string; secret: string }

function rgw(): Rgw {
  const script = join(root, 'scripts', 'radosgw.sh');
  // the 20 big files are uploaded once per contender and round: RGW's memstore needs room for them
  execFileSync('bash', [script, 'start'], { stdio: 'ignore', env: { ...process.env, RGW_MEMSTORE_GB: process.env.RGW_MEMSTORE_GB ?? '8' } });
  const env = Object.fromEntries(execFileSync('bash', [script, 'env']).toString().trim().split('\n')
    .map((l) => l.replace(/^export /, '').split('=') as [string, string]));
  return { endpoint: env.S3_ENDPOINT!, key: env.S3_ACCESS_KEY_ID!, secret: env.S3_SECRET_ACCESS_KEY! };
}

type Direction = { from: string; to: string };
interface Contender {
  name: string;
  available(): boolean;
  /** argv for `sync from to` (local paths or s3://bucket/prefix). */
  sync(d: Direction): string[];
}

function contenders(server: Rgw, work: string): Contender[] {
  const have = (cmd: string) => {
    try {
      execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const s3cmdConfig = join(work, 's3cfg');
  const host = new URL(server.endpoint).host;
  writeFileSync(s3cmdConfig, `[default]\naccess_key = ${server.key}\nsecret_key = ${server.secret}\nhost_base = ${host}\nhost_bucket = ${host}\nuse_https = False\n`);
  const rclone = (p: string) => (p.startsWith('s3://') ? `bench:${p.slice(5)}` : p);
  const s3cmdPath = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return [
    { name: 'cos', available: () => true, sync: (d) => [process.execPath, join(root, 'cli', 'dist', 'cos.js'), '--endpoint-url', server.endpoint, '--only-show-errors', 'sync', d.from, d.to] },
    { name: 'aws s3', available: () => have('aws'), sync: (d) => ['aws', '--endpoint-url', server.endpoint, 's3', 'sync', d.from, d.to, '--only-show-errors'] },
    { name: 'rclone', available: () => have('rclone'), sync: (d) => ['rclone', 'sync', '-q', rclone(d.from), rclone(d.to)] },
    { name: 's3cmd', available: () => have('s3cmd'), sync: (d) => ['s3cmd', '-c', s3cmdConfig, 'sync', '-q', '--no-progress', s3cmdPath(d.from), s3cmdPath(d.to)] },
  ];
}

function cleanEnv(server: Rgw, home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: server.key, AWS_SECRET_ACCESS_KEY: server.secret, AWS_DEFAULT_REGION: 'us-east-1',
    // today's botocore sends CRC32 trailers by default, which RGW 16 does not take
    AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required',
    RCLONE_CONFIG: join(home, 'rclone.conf'), RCLONE_CONFIG_BENCH_TYPE: 's3', RCLONE_CONFIG_BENCH_PROVIDER: 'Ceph',
    RCLONE_CONFIG_BENCH_ENDPOINT: server.endpoint, RCLONE_CONFIG_BENCH_ACCESS_KEY_ID: server.key, RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY: server.secret,
  };
}

function timed(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === 0) resolve(ms);
      else reject(new Error(`${argv.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

function makeTree(dir: string, files: number, size: number, perDir: number): void {
  for (let i = 0; i < files; i++) {
    const sub = join(dir, `d${Math.floor(i / perDir)}`);
    mkdirSync(sub, { recursive: true });
    const data = Buffer.alloc(size);
    data.writeUInt32LE(i, 0);
    for (let at = 4; at < size; at += 4096) data.writeUInt32LE((i * 2654435761 + at) >>> 0, at);
    writeFileSync(join(sub, `file ${i}.bin`), data);
  }
}

function localTotals(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.isFile()) {
        files++;
        bytes += statSync(join(d, e.name)).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const server = rgw();
  const proxy = RTT_MS > 0 ? await startDelayProxy(new URL(server.endpoint), RTT_MS / 2) : undefined;
  const reached = proxy ? { ...server, endpoint: proxy.endpoint } : server;
  const work = join(tmpdir(), `cos-cli-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const home = join(work, 'home');
  mkdirSync(home);
  writeFileSync(join(home, 'rclone.conf'), '');
  const env = cleanEnv(reached, home);
  const s3 = s3client('s3', { endpoint_url: server.endpoint, aws_access_key_id: server.key, aws_secret_access_key: server.secret, region_name: 'us-east-1' });
  const small = join(work, 'small');
  const big = join(work, 'big');
  makeTree(small, SMALL_FILES, SMALL_SIZE, 100);
  const smallTotals = { files: SMALL_FILES, bytes: SMALL_FILES * SMALL_SIZE };
  const bigTotals = { files: BIG_FILES, bytes: BIG_FILES * BIG_SIZE };
  await s3.create_bucket({ Bucket: BUCKET });
  const wanted = process.env.BENCH_CONTENDERS?.split(',');
  const all = contenders(reached, work)
    .filter((c) => c.name === 'cos' || !wanted || wanted.includes(c.name))
    .filter((c) => c.available() || (console.log(`skipping ${c.name}: not installed`), false));
  const slug = (c: Contender) => c.name.replace(/\W+/g, '-');

  const remoteTotals = async (prefix: string) => {
    let files = 0;
    let bytes = 0;
    for await (const page of s3.get_paginator('list_objects_v2').paginate({ Bucket: BUCKET, Prefix: prefix })) {
      for (const o of page.Contents ?? []) {
        files++;
        bytes += o.Size ?? 0;
      }
    }
    return { files, bytes };
  };
  const removePrefix = async (prefix: string) => {
    for await (const page of s3.get_paginator('list_objects_v2').paginate({ Bucket: BUCKET, Prefix: prefix })) {
      const keys = (page.Contents ?? []).map((o) => ({ Key: o.Key! }));
      if (keys.length) await s3.delete_objects({ Bucket: BUCKET, Delete: { Objects: keys, Quiet: true } });
    }
  };
  const expectTotals = (what: string, got: { files: number; bytes: number }, want: { files: number; bytes: number }) => {
    if (got.files !== want.files || got.bytes !== want.bytes) throw new Error(`${what}: ${got.files} files / ${got.bytes} bytes, expected ${want.files} / ${want.bytes}`);
  };

  interface Scenario { name: string; unit: string; run(c: Contender, round: number): Promise<number>; value(ms: number): number }
  const scenarios: Scenario[] = [
    {
      name: `sync up ${SMALL_FILES} × 4 KiB`, unit: 'files/s', value: (ms) => SMALL_FILES / (ms / 1000),
      run: async (c, r) => {
        const ms = await timed(c.sync({ from: small, to: `s3://${BUCKET}/small/${slug(c)}/${r}` }), env);
        expectTotals(`${c.name} small up`, await remoteTotals(`small/${slug(c)}/${r}/`), smallTotals);
        return ms;
      },
    },
    {
      name: `re-sync ${SMALL_FILES}, no change`, unit: 'ms', value: (ms) => ms,
      run: async (c, r) => timed(c.sync({ from: small, to: `s3://${BUCKET}/small/${slug(c)}/${r}` }), env),
    },
    {
      name: `sync up ${BIG_FILES} × ${BIG_SIZE / 1024 / 1024} MiB`, unit: 'MiB/s', value: (ms) => bigTotals.bytes / 1024 / 1024 / (ms / 1000),
      run: async (c, r) => {
        const prefix = `big/${slug(c)}/${r}`;
        const ms = await timed(c.sync({ from: big, to: `s3://${BUCKET}/${prefix}` }), env);
        expectTotals(`${c.name} big up`, await remoteTotals(`${prefix}/`), bigTotals);
        await removePrefix(`${prefix}/`);
        return ms;
      },
    },
    {
      name: `sync down ${SMALL_FILES} × 4 KiB`, unit: 'files/s', value: (ms) => SMALL_FILES / (ms / 1000),
      run: async (c) => {
        const dest = join(work, `down-${slug(c)}`);
        const ms = await timed(c.sync({ from: `s3://${BUCKET}/seed-small`, to: dest }), env);
        expectTotals(`${c.name} small down`, localTotals(dest), smallTotals);
        rmSync(dest, { recursive: true, force: true });
        return ms;
      },
    },
    {
      name: `sync down ${BIG_FILES} × ${BIG_SIZE / 1024 / 1024} MiB`, unit: 'MiB/s', value: (ms) => bigTotals.bytes / 1024 / 1024 / (ms / 1000),
      run: async (c) => {
        const dest = join(work, `down-${slug(c)}`);
        const ms = await timed(c.sync({ from: `s3://${BUCKET}/seed-big`, to: dest }), env);
        expectTotals(`${c.name} big down`, localTotals(dest), bigTotals);
        rmSync(dest, { recursive: true, force: true });
        return ms;
      },
    },
  ];

  // BENCH_ONLY=up,down: the scenarios whose names contain one of the words
  const only = process.env.BENCH_ONLY?.split(',');
  const chosen = scenarios.filter((s) => !only || only.some((w) => s.name.includes(w)));
  // the 1.3 GiB big tree only when a chosen scenario moves it (not for BENCH_ONLY='4 KiB,re-sync')
  if (chosen.some((s) => s.name.includes('MiB'))) makeTree(big, BIG_FILES, BIG_SIZE, BIG_FILES);
  // the sources of the downloads, written once (by cos, before any timing)
  const downloads = chosen.filter((s) => s.name.startsWith('sync down'));
  if (downloads.some((s) => s.name.includes('KiB'))) await timed(all[0]!.sync({ from: small, to: `s3://${BUCKET}/seed-small` }), env);
  if (downloads.some((s) => s.name.includes('MiB'))) await timed(all[0]!.sync({ from: big, to: `s3://${BUCKET}/seed-big` }), env);
  const times = new Map<string, number[]>();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const scenario of chosen) {
        const order = all.map((_, i) => all[(i + round) % all.length]!);
        for (const c of order) {
          execFileSync('sync');
          const ms = await scenario.run(c, round);
          const k = `${scenario.name}|${c.name}`;
          times.set(k, [...(times.get(k) ?? []), ms]);
          console.log(`round ${round + 1}  ${scenario.name.padEnd(28)} ${c.name.padEnd(8)} ${ms.toFixed(0).padStart(7)} ms`);
        }
      }
    }
  } finally {
    // a slow cleanup (RGW's memstore near full answers DeleteObjects late) must not lose the results
    await removePrefix('').catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
    await s3.delete_bucket({ Bucket: BUCKET }).catch(() => undefined);
    await s3.close();
    await proxy?.close();
    rmSync(work, { recursive: true, force: true });
  }

  const peers = all.slice(1);
  const header = `| scenario | unit | ${all.map((c) => c.name).join(' | ')} | ${peers.map((p) => `cos vs ${p.name}`).join(' | ')} |`;
  const rule = `|${'---|'.repeat(2 + all.length + peers.length)}`;
  const rows = chosen.map((s) => {
    const value = (c: Contender) => s.value(median(times.get(`${s.name}|${c.name}`)!));
    const ours = value(all[0]!);
    // "× faster": for rates ours ÷ theirs, for times theirs ÷ ours
    const speedup = (p: Contender) => (s.unit === 'ms' ? value(p) / ours : ours / value(p)).toFixed(2) + '×';
    return `| ${s.name} | ${s.unit} | ${all.map((c) => value(c).toFixed(s.unit === 'ms' ? 0 : 1)).join(' | ')} | ${peers.map(speedup).join(' | ')} |`;
  });
  // the medians hide how much one round can move on a shared machine: each round's ratio too
  const byRound = chosen.map((s) => {
    const ours = times.get(`${s.name}|${all[0]!.name}`)!;
    const ratios = (p: Contender) => times.get(`${s.name}|${p.name}`)!.map((ms, i) => (ms / ours[i]!).toFixed(2)).join(' / ');
    return `| ${s.name} | ${peers.map(ratios).join(' | ')} |`;
  });
  const versions = peers.map((p) => {
    const cmd = p.name === 'aws s3' ? 'aws --version' : p.name === 'rclone' ? 'rclone version | head -1' : 's3cmd --version';
    try {
      return execFileSync('sh', ['-c', cmd], { env: process.env }).toString().trim();
    } catch {
      return p.name;
    }
  });
  const md = [
    `# cos CLI benchmark (${new Date().toISOString().slice(0, 10)})`, '',
    `Local Ceph RGW (memstore) on 127.0.0.1${RTT_MS > 0 ? `, reached through a proxy that holds each direction's bytes ${RTT_MS / 2} ms (a ${RTT_MS} ms round trip)` : ''}, ${ROUNDS} rounds interleaved, medians, wall time from spawn to exit. Peers: ${versions.join('; ')}.`,
    `"cos vs X" is how many times faster cos is (rates: ours ÷ theirs; times: theirs ÷ ours).`, '',
    header, rule, ...rows, '',
    'Round by round (their time ÷ cos\'s, in the order the rounds ran):', '',
    `| scenario | ${peers.map((p) => `cos vs ${p.name}`).join(' | ')} |`, `|${'---|'.repeat(1 + peers.length)}`, ...byRound, '',
  ].join('\n');
  console.log('\n' + md);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const stem = RTT_MS > 0 ? `cli-rtt${RTT_MS}ms` : 'cli-latest';
  writeFileSync(join(root, 'bench', 'results', `${stem}.md`), md);
  writeFileSync(join(root, 'bench', 'results', `${stem}.json`), JSON.stringify(Object.fromEntries(times), null, 2) + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
