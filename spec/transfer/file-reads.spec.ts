// File-part bodies read into recycled buffers: the exact bytes of each range, buffers reused only
// once the consumer has moved past them, and, through a server that reads slowly (so socket writes
// queue up), every part of an upload arriving byte for byte as the file has it.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { TransferConfig } from '../../lib/index.js';
import { ReadPool, readPoolFor, recycledFileReads } from '../../lib/transfer/file-reads.js';
import { fakeClient } from '../helpers/clients.js';

const KiB = 1024;
const MiB = 1024 * KiB;

async function collect(reads: AsyncIterable<Buffer>): Promise<Buffer> {
  const copies: Buffer[] = [];
  for await (const view of reads) copies.push(Buffer.from(view));
  return Buffer.concat(copies);
}

describe('transfer: file parts read into recycled buffers', () => {
  let dir: string;
  let path: string;
  const data = randomBytes(3 * MiB + 12345);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-file-reads-'));
    path = join(dir, 'data.bin');
    writeFileSync(path, data);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('pools only where a flushed write is certain: own pool, slices of 64 KiB to 1 MiB, buffers a whole number of slices', () => {
    expect(readPoolFor(256 * KiB, false)).to.equal(undefined);
    expect(readPoolFor(16 * KiB, true)).to.equal(undefined);
    expect(readPoolFor(2 * MiB, true)).to.equal(undefined);
    expect(readPoolFor(256 * KiB, true)!.bufferBytes).to.equal(256 * KiB);
    expect(readPoolFor(100 * KiB, true)!.bufferBytes).to.equal(200 * KiB);
    expect(readPoolFor(MiB, true)!.bufferBytes).to.equal(MiB);
  });

  it('yields exactly the bytes of the range, to the end of the file when the range goes past it', async () => {
    for (const [start, end] of [[0, data.length - 1], [1, 300 * KiB], [MiB - 7, 2 * MiB + 5], [3 * MiB, undefined], [5, 10 * MiB]] as const) {
      const pool = new ReadPool(64 * KiB);
      const got = await collect(recycledFileReads({ path, start, end }, pool));
      expect(got.equals(data.subarray(start, end === undefined ? undefined : end + 1)), `${start}-${end}`).to.equal(true);
    }
  });

  it('reuses its buffers: two for a whole range (the one sent, the one read ahead)', async () => {
    const pool = new ReadPool(64 * KiB);
    expect((await collect(recycledFileReads({ path, start: 0, end: data.length - 1 }, pool))).equals(data)).to.equal(true);
    expect(pool.created).to.be.at.most(3);
    // a second body of the same transfer takes the buffers given back
    await collect(recycledFileReads({ path, start: 0, end: 2 * MiB - 1 }, pool));
    expect(pool.created).to.be.at.most(3);
  });

  it('never refills the view the consumer holds, nor, after an early stop, the one it was sending', async () => {
    const pool = new ReadPool(64 * KiB);
    const reads = recycledFileReads({ path, start: 0, end: data.length - 1 }, pool);
    let offset = 0;
    for (let i = 0; i < 5; i++) {
      const view = (await reads.next()).value as Buffer;
      // let the read ahead finish: it must not have gone into the buffer held
      await new Promise((r) => setTimeout(r, 20));
      expect(view.equals(data.subarray(offset, offset + view.length))).to.equal(true);
      offset += view.length;
    }
    const held = (await reads.next()).value as Buffer;
    const copy = Buffer.from(held);
    await reads.return(undefined);
    await collect(recycledFileReads({ path, start: 0, end: data.length - 1 }, pool));
    expect(held.equals(copy)).to.equal(true);
  });

  it('leaves a short last read to the GC (it was not sent in whole slices)', async () => {
    const pool = new ReadPool(64 * KiB);
    await collect(recycledFileReads({ path, start: 0, end: 64 * KiB + 99 }, pool));
    const before = pool.created;
    // the full buffer came back, the short one did not: the next body needs one new buffer for its read ahead
    await collect(recycledFileReads({ path, start: 0, end: 128 * KiB - 1 }, pool));
    expect(pool.created).to.equal(before + 1);
  });

  it('reads a range shorter than its buffers (a small file) into a buffer of that size, none of the pool', async () => {
    const pool = new ReadPool(256 * KiB);
    for (const [start, end] of [[0, 4 * KiB - 1], [10, 10], [MiB, MiB + 256 * KiB - 2]] as const) {
      const views: Buffer[] = [];
      for await (const view of recycledFileReads({ path, start, end }, pool)) views.push(view);
      expect(views.map((v) => v.length)).to.deep.equal([end - start + 1]);
      expect(views[0]!.equals(data.subarray(start, end + 1))).to.equal(true);
    }
    expect(pool.created).to.equal(0);
    // nor is such a buffer taken in by the pool: it may still be in a socket's queue
    pool.give(Buffer.alloc(4 * KiB));
    expect(pool.take().length).to.equal(256 * KiB);
    expect(pool.created).to.equal(1);
  });

  describe('uploads through a server that reads slowly', () => {
    let server: Server;
    let endpoint: string;
    const parts = new Map<string, Map<number, Buffer>>();
    before(async () => {
      server = createServer((req, res) => {
        void answer(req).then(([status, xml, etag]) => {
          if (etag) res.setHeader('ETag', etag);
          res.writeHead(status, { 'content-type': 'application/xml' }).end(xml);
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    });

    /** Reads each body in small sips with pauses, so the client's socket writes queue and complete late. */
    async function slowBody(req: IncomingMessage): Promise<Buffer> {
      const chunks: Buffer[] = [];
      for await (const chunk of req) {
        chunks.push(chunk as Buffer);
        req.pause();
        await new Promise((r) => setTimeout(r, 1));
        req.resume();
      }
      return Buffer.concat(chunks);
    }

    async function answer(req: IncomingMessage): Promise<[number, string, string?]> {
      const url = new URL(req.url!, 'http://x');
      const body = await slowBody(req);
      const uploadId = url.searchParams.get('uploadId');
      if (req.method === 'POST' && url.searchParams.has('uploads')) {
        const id = `u${parts.size + 1}`;
        parts.set(id, new Map());
        return [200, `<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`];
      }
      if (req.method === 'PUT' && uploadId) {
        const n = Number(url.searchParams.get('partNumber'));
        parts.get(uploadId)!.set(n, body);
        return [200, '', `"etag-${n}"`];
      }
      if (req.method === 'POST' && uploadId) return [200, '<CompleteMultipartUploadResult><ETag>"done-2"</ETag></CompleteMultipartUploadResult>'];
      return [400, '<Error><Code>Unexpected</Code></Error>'];
    }

    for (const io_chunksize of [64 * KiB, 256 * KiB]) {
      it(`every part holds its own range of the file, byte for byte (io_chunksize ${io_chunksize / KiB} KiB)`, async function () {
        this.timeout(120_000);
        const big = join(dir, 'big.bin');
        const bytes = randomBytes(24 * MiB + 777);
        writeFileSync(big, bytes);
        const s3 = fakeClient(endpoint, { max_pool_connections: 6 });
        try {
          const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB, max_concurrency: 6, io_chunksize });
          const before = new Set(parts.keys());
          await s3.upload_file(big, 'b', 'k', { Config: config });
          const id = [...parts.keys()].find((k) => !before.has(k))!;
          const got = parts.get(id)!;
          expect(got.size).to.equal(5);
          for (const [n, body] of got) expect(body.equals(bytes.subarray((n - 1) * 5 * MiB, n * 5 * MiB)), `part ${n}`).to.equal(true);
        } finally {
          await s3.close();
        }
      });
    }

    it('through a user dispatcher (fresh buffers: it may keep chunks), the same bytes', async function () {
      this.timeout(60_000);
      const big = join(dir, 'own.bin');
      const bytes = randomBytes(11 * MiB);
      writeFileSync(big, bytes);
      const dispatcher = new Agent();
      const s3 = fakeClient(endpoint, { dispatcher });
      try {
        const before = new Set(parts.keys());
        await s3.upload_file(big, 'b', 'k', { Config: new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB }) });
        const got = parts.get([...parts.keys()].find((k) => !before.has(k))!)!;
        expect(Buffer.concat([1, 2, 3].map((n) => got.get(n)!)).equals(bytes)).to.equal(true);
      } finally {
        await s3.close();
        await dispatcher.close();
      }
    });
  });
});
