// One benchmark run in a fresh process: `node build/bench/worker.js <contender> <scenario> <endpoint> <arg>`.
// Prints one JSON line: { ms, cpuMs, peakRssMiB, check } (cpuMs: user + system time of every thread of
// the process over the same span as ms).
import { performance } from 'node:perf_hooks';
import { statSync, rmSync } from 'node:fs';
import { type ContenderName, DOWNLOAD_KEYS, createContender } from './contenders.js';
import { patternByte } from './server.js';

const [name, scenario, endpoint, arg = ''] = process.argv.slice(2) as [ContenderName, string, string, string?];
const SMALL = Buffer.from(Array.from({ length: 4096 }, (_, i) => patternByte(i)));

async function main(): Promise<void> {
  const startedAt = performance.now();
  const sdk = await createContender(name, endpoint);
  let check: unknown;
  let after: (() => void) | undefined;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  switch (scenario) {
    case 'cold':
      await sdk.ping('bench', 'small/0');
      check = 'ok';
      break;
    case 'upload':
    case 'upload-tuned':
      await sdk.upload(arg, 'bench', `up/${name}/${scenario}`, scenario === 'upload-tuned');
      check = 'sent';
      break;
    case 'download':
    case 'download-multipart': {
      const file = `${arg}.${name}.download`;
      await sdk.download('bench', DOWNLOAD_KEYS[scenario], file);
      // checked and removed after the clock stops: deleting 1 GiB of fresh page cache takes the
      // kernel up to a second, which is nobody's download time
      after = () => {
        check = statSync(file).size;
        rmSync(file);
      };
      break;
    }
    case 'small': {
      let next = 0;
      let mismatches = 0;
      const worker = async () => {
        for (let i = next++; i < 2000; i = next++) {
          await sdk.put('bench', `small/${name}/${i}`, SMALL);
          if (!(await sdk.get('bench', `small/${name}/${i}`)).equals(SMALL)) mismatches++;
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      check = mismatches === 0 ? 'ok' : `${mismatches} mismatches`;
      break;
    }
    case 'list':
      check = await sdk.list('list');
      break;
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
  const ms = scenario === 'cold' ? performance.now() : performance.now() - t0;
  const cpu = process.cpuUsage(scenario === 'cold' ? undefined : cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  after?.();
  await sdk.close();
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, peakRssMiB, check, setupMs: t0 - startedAt })}\n`);
}

main().catch((err) => {
  process.stdout.write(`${JSON.stringify({ error: String(err?.stack ?? err) })}\n`);
  process.exitCode = 1;
});
