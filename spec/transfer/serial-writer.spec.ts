// Downloads to a file write through one SerialWriter: one positioned write at a time (parallel
// writes to one file contend in the kernel), every byte written even when writev comes up short.
import { expect } from 'chai';
import type { FileHandle } from 'node:fs/promises';
import { setImmediate as tick } from 'node:timers/promises';
import { SerialWriter } from '../../lib/transfer/download.js';

/** A FileHandle stand-in: records writes, writes at most `cap` bytes per call, after a tick. */
function fakeFile(cap = Infinity) {
  const data = new Map<number, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  let calls = 0;
  const file = {
    async writev(chunks: Buffer[], position: number) {
      calls++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await tick();
      let written = 0;
      for (const c of chunks) {
        for (const byte of c) {
          if (written >= cap) break;
          data.set(position + written++, byte);
        }
      }
      inFlight--;
      return { bytesWritten: written, buffers: chunks };
    },
  };
  return { file: file as unknown as FileHandle, data, stats: () => ({ maxInFlight, calls }) };
}

describe('transfer: SerialWriter', () => {
  it('runs one write at a time however many ranges write at once, each landing at its position', async () => {
    const { file, data, stats } = fakeFile();
    const writer = new SerialWriter(file);
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.write([Buffer.alloc(5, i), Buffer.alloc(5, i + 100)], i * 10)));
    expect(stats().maxInFlight).to.equal(1);
    expect(stats().calls).to.equal(10);
    for (let i = 0; i < 10; i++) {
      expect(data.get(i * 10)).to.equal(i);
      expect(data.get(i * 10 + 9)).to.equal(i + 100);
    }
  });

  it('continues short writes from where they stopped, across chunk boundaries', async () => {
    const { file, data, stats } = fakeFile(3);
    const writer = new SerialWriter(file);
    await writer.write([Buffer.from('abcd'), Buffer.from('efg')], 100);
    expect(stats().calls).to.equal(3);
    expect(Array.from({ length: 7 }, (_, i) => String.fromCharCode(data.get(100 + i)!)).join('')).to.equal('abcdefg');
  });

  it('a failed write fails its caller only; the next writes still run', async () => {
    let first = true;
    const file = {
      async writev(chunks: Buffer[]) {
        if (first) {
          first = false;
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        }
        return { bytesWritten: chunks.reduce((n, c) => n + c.length, 0), buffers: chunks };
      },
    } as unknown as FileHandle;
    const writer = new SerialWriter(file);
    const [a, b] = await Promise.allSettled([writer.write([Buffer.from('x')], 0), writer.write([Buffer.from('y')], 1)]);
    expect(a.status).to.equal('rejected');
    expect((a as PromiseRejectedResult).reason).to.have.property('code', 'ENOSPC');
    expect(b.status).to.equal('fulfilled');
  });
});
