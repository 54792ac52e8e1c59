// Instructions one SDK's worker process executes for a scenario (a script, not a test):
// `npm run bench:instructions -- [contender] [small|list|cold]`. On a shared 2-core machine CPU time
// per operation moves by ±25% between runs; the count of instructions (valgrind's callgrind, every
// thread, startup included) by about ±3% (the endpoint runs outside valgrind, so how requests and
// the JIT's background work interleave still varies): a change must beat that to be seen. Slow:
// ~100 s for `small`. Needs valgrind (apt-get install valgrind).
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BenchServer } from './server.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const [contender = 'cos-boto3', scenario = 'small'] = process.argv.slice(2);

const server = await new BenchServer(true).start();
server.seed('bench', ['small/0'], 4096);
server.seed('list', Array.from({ length: 20_000 }, (_, i) => `k/${String(i).padStart(6, '0')}`), 10);
const out = join(tmpdir(), `callgrind-${process.pid}.out`);
try {
  // JIT code is written and run in place: valgrind must look for changed code everywhere but files
  const { stdout } = await run('valgrind', [
    '--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`,
    process.execPath, join(here, 'worker.js'), contender, scenario, server.endpoint, '',
  ], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { check: unknown };
  const instructions = Number(/^summary: (\d+)/m.exec(readFileSync(out, 'utf8'))?.[1]);
  console.log(JSON.stringify({ contender, scenario, instructions, check: result.check }));
} finally {
  rmSync(out, { force: true });
  await server.stop();
}
