// The ceiling: no SDK, plain undici requests against the bench endpoint, which checks no signatures,
// so nothing is signed, hashed, validated or parsed beyond what each scenario needs. Transfers use
// the same shape as the SDKs' defaults (8 MiB parts or ranges, 10 in flight).
import { open } from 'node:fs/promises';
import { Pool } from 'undici';
import type { Contender } from './contenders.js';

const PART = 8 * 1024 * 1024;
const IN_FLIGHT = 10;

export async function rawUndici(endpoint: string): Promise<Contender> {
  const pool = new Pool(endpoint, { connections: 16, pipelining: 1 });
  const call = async (method: 'GET' | 'PUT' | 'POST' | 'HEAD', path: string, body?: Buffer, headers: Record<string, string> = {}) => {
    const res = await pool.request({ method, path, body, headers });
    const chunks: Buffer[] = [];
    for await (const chunk of res.body) chunks.push(chunk as Buffer);
    if (res.statusCode >= 300) throw new Error(`${method} ${path}: HTTP ${res.statusCode}`);
    return { headers: res.headers, body: Buffer.concat(chunks) };
  };
  /** Run `task(0..count-1)` with at most IN_FLIGHT at once. */
  const parallel = async (count: number, task: (i: number) => Promise<void>) => {
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < count; i = next++) await task(i);
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, lane));
  };
  return {
    upload: async (file, bucket, key) => {
      const fh = await open(file, 'r');
      try {
        const size = (await fh.stat()).size;
        const created = (await call('POST', `/${bucket}/${key}?uploads`)).body.toString();
        const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(created)![1]!;
        const count = Math.ceil(size / PART);
        const etags: string[] = [];
        const free = Array.from({ length: IN_FLIGHT }, () => Buffer.allocUnsafe(PART));
        await parallel(count, async (i) => {
          const buffer = free.pop()!;
          const { bytesRead } = await fh.read(buffer, 0, Math.min(PART, size - i * PART), i * PART);
          const res = await call('PUT', `/${bucket}/${key}?partNumber=${i + 1}&uploadId=${uploadId}`, buffer.subarray(0, bytesRead));
          etags[i] = String(res.headers.etag);
          free.push(buffer);
        });
        const parts = etags.map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${e}</ETag></Part>`).join('');
        await call('POST', `/${bucket}/${key}?uploadId=${uploadId}`, Buffer.from(`<CompleteMultipartUpload>${parts}</CompleteMultipartUpload>`));
      } finally {
        await fh.close();
      }
    },
    download: async (bucket, key, file) => {
      const size = Number((await call('HEAD', `/${bucket}/${key}`)).headers['content-length']);
      const fh = await open(file, 'w');
      try {
        await parallel(Math.ceil(size / PART), async (i) => {
          const start = i * PART;
          const res = await pool.request({ method: 'GET', path: `/${bucket}/${key}`, headers: { range: `bytes=${start}-${Math.min(size, start + PART) - 1}` } });
          let batch: Buffer[] = [];
          let bytes = 0;
          let at = start;
          for await (const chunk of res.body) {
            batch.push(chunk as Buffer);
            bytes += (chunk as Buffer).length;
            if (bytes < 1024 * 1024) continue;
            await fh.writev(batch, at);
            at += bytes;
            batch = [];
            bytes = 0;
          }
          if (bytes) await fh.writev(batch, at);
        });
      } finally {
        await fh.close();
      }
    },
    put: async (bucket, key, body) => void (await call('PUT', `/${bucket}/${key}`, body)),
    get: async (bucket, key) => (await call('GET', `/${bucket}/${key}`)).body,
    list: async (bucket) => {
      let n = 0;
      let token: string | undefined;
      do {
        const query = `list-type=2&max-keys=1000${token ? `&continuation-token=${encodeURIComponent(token)}` : ''}`;
        const page = (await call('GET', `/${bucket}?${query}`)).body.toString();
        for (let at = page.indexOf('<Key>'); at >= 0; at = page.indexOf('<Key>', at + 5)) n++;
        token = /<NextContinuationToken>([^<]+)</.exec(page)?.[1];
      } while (token);
      return n;
    },
    ping: async (bucket, key) => void (await call('HEAD', `/${bucket}/${key}`)),
    close: () => pool.close(),
  };
}
