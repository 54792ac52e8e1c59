// Micro-benchmark of the flexible-checksum algorithms (a script, not a test): `npm run bench:checksums`.
// Each algorithm digests the same random buffer in 1 MiB updates (as request bodies arrive), after a
// warm-up; the median of ROUNDS runs is printed in GiB/s, with node:zlib's crc32 for comparison.
import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import { CHECKSUM_ALGORITHMS, type Checksum, newChecksum } from '../lib/core/checksums.js';

const MiB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_CHECKSUM_MIB ?? 256) * MiB;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** GiB/s of digesting `data` in 1 MiB updates; `fresh` gives a new digest (made before the clock starts). */
async function measure(fresh: () => Checksum | Promise<Checksum>, data: Buffer): Promise<number> {
  const run = (sum: Checksum) => {
    for (let offset = 0; offset < data.length; offset += MiB) sum.update(data.subarray(offset, offset + MiB));
    sum.digest();
  };
  const warm = await fresh();
  for (let offset = 0; offset < 16 * MiB; offset += MiB) warm.update(data.subarray(offset, offset + MiB));
  const rates: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const sum = await fresh();
    const start = process.hrtime.bigint();
    run(sum);
    rates.push(data.length / 2 ** 30 / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
}

const data = randomBytes(SIZE);
const rows: [string, number][] = [];
for (const algorithm of CHECKSUM_ALGORITHMS) rows.push([algorithm, await measure(() => newChecksum(algorithm), data)]);
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
if (zlibCrc32) {
  const fresh = (): Checksum => {
    let value = 0;
    return { update: (d) => void (value = zlibCrc32(d, value)), digest: () => Buffer.alloc(4, value) };
  };
  rows.push(['CRC32 (node:zlib, for comparison)', await measure(fresh, data)]);
}
console.log(`checksums of ${SIZE / MiB} MiB in 1 MiB updates, median of ${ROUNDS} runs, GiB/s (node ${process.version})`);
for (const [name, rate] of rows) console.log(`${name.padEnd(36)} ${rate.toFixed(2)}`);
