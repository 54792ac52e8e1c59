// CPU per operation of one SDK, in-process (a script, not a test): `node build/bench/cpu.js <contender> <small|list> [rounds]`.
// Wall-clock rates swing with whatever else the machine runs; the CPU a client process spends per
// operation (process.cpuUsage: its own threads, not the endpoint's) barely does. The endpoint runs in
// a child process; the first round warms the JIT up and is not reported.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BenchServer } from './server.js';
import { type ContenderName, createContender } from './contenders.js';

const LIST_KEYS = 20_000;

async function serve(): Promise<void> {
  const server = await new BenchServer(true).start();
  server.seed('list', Array.from({ length: LIST_KEYS }, (_, i) => `k/${String(i).padStart(6, '0')}`), 10);
  process.send!(server.endpoint);
  process.on('disconnect', () => void server.stop());
}

async function measure(name: ContenderName, scenario: string, rounds: number): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['serve']);
  const endpoint = await new Promise<string>((resolve) => child.once('message', (m) => resolve(String(m))));
  const sdk = await createContender(name, endpoint);
  const body = Buffer.alloc(4096, 7);
  // 2,000 × (PUT + GET of 4 KiB), 16 in flight, as the bench's `small`; or one 20,000-key listing
  const run = async (): Promise<number> => {
    if (scenario === 'list') return sdk.list('list');
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < 2000; i = next++) {
        await sdk.put('bench', `cpu/${i}`, body);
        await sdk.get('bench', `cpu/${i}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, lane));
    return 4000;
  };
  try {
    await run();
    for (let round = 1; round <= rounds; round++) {
      const before = process.cpuUsage();
      const started = performance.now();
      const ops = await run();
      const cpu = process.cpuUsage(before);
      const ms = performance.now() - started;
      console.log(JSON.stringify({ contender: name, scenario, round, cpuUsPerOp: +((cpu.user + cpu.system) / ops).toFixed(2), opsPerSecond: Math.round((ops / ms) * 1000) }));
    }
  } finally {
    await sdk.close();
    child.disconnect();
  }
}

const [name = 'cos-boto3', scenario = 'small', rounds = '5'] = process.argv.slice(2);
(name === 'serve' ? serve() : measure(name as ContenderName, scenario, Number(rounds))).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
