// The side-by-side benchmark (a script, not a test): `npm run bench`.
// Starts the in-memory endpoint, runs every scenario for every SDK in fresh worker processes
// (bench/worker.ts; Python's boto3 in bench/boto3_worker.py), interleaved (A B C D, A B C D, …)
// for ROUNDS rounds, checks each run on the server side, and prints and writes (bench/results/)
// the medians and our ratio to each peer.
import { execFile } from 'node:child_process';
import { mkdirSync, openSync, writeSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BenchServer, patternByte } from './server.js';
import { CONTENDERS, type ContenderName, DOWNLOAD_KEYS, MiB } from './contenders.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BIG = Number(process.env.BENCH_BIG_MIB ?? 1024) * MiB;
const LIST_KEYS = 20_000;
/** Results go to bench/results/<BENCH_OUT>.md and .json (a partial run need not replace the full one). */
const OUT = process.env.BENCH_OUT ?? 'latest';
const BOTO3_WORKER = join(root, 'bench', 'boto3_worker.py');

interface Scenario {
  name: string;
  unit: 'MiB/s' | 'ops/s' | 'ms';
  /** Bigger is better, except for times. */
  value(ms: number): number;
  /** CPU time of a run (ms, every thread of the SDK's process) per unit of work: s per GiB, ms per 1,000 operations, ms for cold. */
  cpu(cpuMs: number): number;
  /** The server-side check of one run; returns a problem or undefined. */
  verify(server: BenchServer, result: RunResult, contender: ContenderName): string | undefined;
  arg: string;
}

interface Runs { values: number[]; cpu: number[]; rss: number[]; endpointCpu: number[] }

interface RunResult { ms: number; cpuMs: number; peakRssMiB: number; check: unknown; error?: string }

function scenarios(bigFile: string): Scenario[] {
  const mibps = (ms: number) => BIG / MiB / (ms / 1000);
  const perGiB = (cpuMs: number) => cpuMs / 1000 / (BIG / (1024 * MiB));
  const perThousand = (ops: number) => (cpuMs: number) => cpuMs / (ops / 1000);
  const uploaded = (tuned: boolean) => (s: BenchServer, _r: RunResult, c: ContenderName) => {
    const size = s.objectSize('bench', `up/${c}/${tuned ? 'upload-tuned' : 'upload'}`);
    return size === BIG ? undefined : `server has ${size} bytes, expected ${BIG}`;
  };
  return [
    { name: 'upload', unit: 'MiB/s', value: mibps, cpu: perGiB, verify: uploaded(false), arg: bigFile },
    { name: 'upload-tuned', unit: 'MiB/s', value: mibps, cpu: perGiB, verify: uploaded(true), arg: bigFile },
    ...['download', 'download-multipart'].map((name): Scenario => ({
      name, unit: 'MiB/s', value: mibps, cpu: perGiB, arg: bigFile,
      verify: (s, r) => (r.check === BIG && s.stats.bytesOut >= BIG ? undefined : `file ${r.check} bytes, server sent ${s.stats.bytesOut}`),
    })),
    {
      name: 'small', unit: 'ops/s', value: (ms) => 4000 / (ms / 1000), cpu: perThousand(4000), arg: '',
      verify: (s, r) => (r.check === 'ok' && s.stats.bytesIn >= 2000 * 4096 ? undefined : `check ${String(r.check)}, server got ${s.stats.bytesIn}`),
    },
    {
      name: 'list', unit: 'ops/s', value: (ms) => LIST_KEYS / (ms / 1000), cpu: perThousand(LIST_KEYS), arg: '',
      verify: (_s, r) => (r.check === LIST_KEYS ? undefined : `listed ${String(r.check)} keys`),
    },
    { name: 'cold', unit: 'ms', value: (ms) => ms, cpu: (cpuMs) => cpuMs, verify: (_s, r) => (r.check === 'ok' ? undefined : String(r.check)), arg: '' },
  ];
}

function makeBigFile(path: string): void {
  const block = Buffer.alloc(MiB);
  for (let i = 0; i < MiB; i++) block[i] = patternByte(i * 7 + 3);
  const fd = openSync(path, 'w');
  for (let written = 0; written < BIG; written += MiB) writeSync(fd, block);
  closeSync(fd);
}

interface Python { exe: string; versions: string }

/**
 * The Python interpreter that imports boto3, or undefined (boto3 is then skipped, with a message).
 * Workers run it directly: a pyenv shim in front of `python3` costs ~350 ms, which is not boto3's.
 */
async function findPython(): Promise<Python | undefined> {
  try {
    const script = 'import boto3, sys, platform; print(sys.executable); print(f"boto3 {boto3.__version__} on Python {platform.python_version()}")';
    const [exe = '', versions = ''] = (await run('python3', ['-c', script])).stdout.trim().split('\n');
    return { exe, versions };
  } catch (err) {
    const why = String((err as { stderr?: string }).stderr || (err as Error).message).trim().split('\n').at(-1);
    console.log(`boto3 skipped: \`python3 -c 'import boto3'\` failed (${why})`);
    return undefined;
  }
}

/** The worker command line of one run. */
function workerCommand(c: ContenderName, python: Python | undefined, scenario: string, endpoint: string, arg: string): [string, string[]] {
  if (c === 'boto3') return [python!.exe, [BOTO3_WORKER, scenario, endpoint, arg]];
  return ['node', [join(here, 'worker.js'), c, scenario, endpoint, arg]];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',');
  const python = CONTENDERS.includes('boto3') ? await findPython() : undefined;
  const contenders = CONTENDERS.filter((c) => c !== 'boto3' || python);
  const tmp = join(root, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const bigFile = join(tmp, 'bench-big.bin');
  makeBigFile(bigFile);
  const server = await new BenchServer(true).start();
  // the object every download reads, stored by one PUT (its ETag is its MD5, which SDKs may check) and by a multipart upload
  server.seed('bench', [DOWNLOAD_KEYS.download], BIG);
  server.seed('bench', [DOWNLOAD_KEYS['download-multipart']], BIG, Math.ceil(BIG / (8 * MiB)));
  server.seed('bench', ['small/0'], 4096);
  server.seed('list', Array.from({ length: LIST_KEYS }, (_, i) => `k/${String(i).padStart(6, '0')}`), 10);
  const results: Record<string, Record<string, Runs>> = {};
  const problems: string[] = [];
  try {
    for (const sc of scenarios(bigFile).filter((s) => !only || only.includes(s.name))) {
      results[sc.name] = {};
      for (let round = 1; round <= ROUNDS; round++) {
        for (const c of contenders) {
          server.resetStats();
          // start every run with no dirty pages: the kernel writing back the previous run's 1 GiB
          // download would otherwise slow whoever runs next
          await run('sync', []);
          const [cmd, args] = workerCommand(c, python, sc.name, server.endpoint, sc.arg);
          // the endpoint runs in this process, which does nothing else meanwhile: its CPU for this run
          const endpointCpu0 = process.cpuUsage();
          const { stdout } = await run(cmd, args, { maxBuffer: 1 << 20 }).catch(
            (err: { stdout?: string }) => ({ stdout: err.stdout ?? '{"error":"worker failed"}' }),
          );
          const endpointCpu = process.cpuUsage(endpointCpu0);
          const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as RunResult;
          const problem = r.error ?? sc.verify(server, r, c);
          if (problem) {
            problems.push(`${sc.name} ${c} round ${round}: ${problem.split('\n')[0]}`);
            continue;
          }
          const slot = (results[sc.name]![c] ??= { values: [], cpu: [], rss: [], endpointCpu: [] });
          slot.values.push(sc.value(r.ms));
          slot.rss.push(r.peakRssMiB);
          slot.cpu.push(sc.cpu(r.cpuMs));
          slot.endpointCpu.push(sc.cpu((endpointCpu.user + endpointCpu.system) / 1000));
          console.log(`${sc.name.padEnd(13)} ${c.padEnd(12)} round ${round}: ${sc.value(r.ms).toFixed(1)} ${sc.unit}, CPU ${sc.cpu(r.cpuMs).toFixed(2)}, peak RSS ${r.peakRssMiB.toFixed(0)} MiB`);
        }
      }
    }
  } finally {
    await server.stop();
    rmSync(bigFile, { force: true });
  }
  report(results, scenarios(bigFile), problems, contenders, python);
}

function report(
  results: Record<string, Record<string, Runs>>, all: Scenario[], problems: string[], contenders: ContenderName[],
  python: Python | undefined,
): void {
  const peers = contenders.filter((c) => c !== 'cos-boto3');
  const lines = [
    `# cos-boto3 benchmark — ${new Date().toISOString()}`,
    '',
    `Node ${process.version}${python ? ` (${python.versions})` : ''}, ${ROUNDS} rounds, interleaved, medians; big object ${BIG / MiB} MiB; in-memory endpoint on 127.0.0.1 (bench/server.ts, discard mode).`,
    '',
    `| scenario | unit | ${contenders.join(' | ')} | ${peers.map((p) => `ours ÷ ${p} | `).join('')}peak RSS MiB (${contenders.join(' / ')}) | CPU (${contenders.join(' / ')}) | endpoint CPU (${contenders.join(' / ')}) |`,
    `|---|---|${[...contenders, ...peers].map(() => '---|').join('')}---|---|---|`,
  ];
  for (const sc of all) {
    const row = results[sc.name];
    if (!row) continue;
    const med = (c: string) => (row[c]?.values.length ? median(row[c]!.values) : NaN);
    const ratio = (peer: string) => (med('cos-boto3') / med(peer)).toFixed(2);
    const rss = contenders.map((c) => (row[c]?.rss.length ? Math.max(...row[c]!.rss).toFixed(0) : '–')).join(' / ');
    const medians = (pick: (r: Runs) => number[]) => contenders.map((c) => (row[c] && pick(row[c]!).length ? median(pick(row[c]!)).toFixed(2) : '–')).join(' / ');
    const cpu = medians((r) => r.cpu);
    const endpoint = medians((r) => r.endpointCpu);
    lines.push(`| ${sc.name} | ${sc.unit} | ${contenders.map((c) => `${med(c).toFixed(1)} | `).join('')}${peers.map((p) => `${ratio(p)} | `).join('')}${rss} | ${cpu} | ${endpoint} |`);
  }
  lines.push(
    '',
    'For `cold` (ms to the first answered request, from process start) smaller is better; elsewhere bigger is better.',
    'CPU: median user + system time of every thread of the SDK\'s process (digest and GC threads included, the endpoint not): s per GiB for MiB/s rows, ms per 1,000 operations for ops/s rows, ms for `cold`.',
    'Endpoint CPU: the same measure for the endpoint (this process) during each run. The SDK and the endpoint share the machine\'s cores, so their sum over the run\'s time bounds how fast any SDK can go here.',
  );
  if (problems.length) lines.push('', '## Runs that failed their check', '', ...problems.map((p) => `- ${p}`));
  const text = lines.join('\n');
  console.log(`\n${text}`);
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${OUT}.md`), `${text}\n`);
  writeFileSync(join(dir, `${OUT}.json`), JSON.stringify(results, null, 1));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
