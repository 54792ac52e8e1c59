// A fast in-memory S3 endpoint for benchmarks, on 127.0.0.1. No signature checks. In discard mode
// object bodies are counted, not kept: a GET answers a deterministic pattern of the stored size, so
// gigabytes need no RAM. Every byte received and sent is counted, for checking runs on the server side.
// ETags are what a real store gives: the MD5 of the bytes served for an object stored by one PUT (in
// discard mode the MD5 of the pattern it sends, computed once per size), "<hex>-<parts>" for multipart.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomUUID } from 'node:crypto';

interface StoredObject {
  size: number;
  etag: string;
  /** Kept only when not discarding. */
  data?: Buffer;
}

export interface BenchServerStats {
  bytesIn: number;
  bytesOut: number;
  requests: number;
}

const PATTERN = Buffer.alloc(1024 * 1024);
for (let i = 0; i < PATTERN.length; i++) PATTERN[i] = (i * 31 + 7) & 0xff;

/** The byte at offset `i` of a discarded object's body. */
export function patternByte(i: number): number {
  return PATTERN[i % PATTERN.length]!;
}

export class BenchServer {
  readonly stats: BenchServerStats = { bytesIn: 0, bytesOut: 0, requests: 0 };
  readonly #objects = new Map<string, StoredObject>();
  readonly #uploads = new Map<string, Map<number, StoredObject>>();
  #server?: Server;
  port = 0;

  constructor(readonly discard: boolean) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
      this.#handle(req, res).catch((err: Error) => {
        if (!res.headersSent) this.#error(res, 500, 'InternalError', err.message);
      });
    });
    this.#server.maxRequestsPerSocket = 0;
    await new Promise<void>((r) => this.#server!.listen(0, '127.0.0.1', r));
    this.port = (this.#server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((r) => this.#server?.close(() => r()) ?? r());
  }

  resetStats(): void {
    Object.assign(this.stats, { bytesIn: 0, bytesOut: 0, requests: 0 });
  }

  objectSize(bucket: string, key: string): number | undefined {
    return this.#objects.get(`${bucket}/${key}`)?.size;
  }

  /**
   * Create objects directly (fixtures), without HTTP: as stored by one PUT (the ETag is the MD5 of
   * what a GET serves) or by a multipart upload of `parts` parts.
   */
  seed(bucket: string, keys: string[], size: number, parts?: number): void {
    for (const key of keys) {
      const etag = parts ? multipartEtag(parts) : `"${patternMd5(size)}"`;
      this.#objects.set(`${bucket}/${key}`, { size, etag });
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.stats.requests++;
    const url = new URL(req.url ?? '/', 'http://x');
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const q = url.searchParams;
    const id = `${decodeURIComponent(bucket)}/${key}`;
    const method = req.method ?? 'GET';
    if (!key) {
      if (method === 'GET' && q.has('list-type')) return this.#list(res, decodeURIComponent(bucket), q);
      await this.#consume(req);
      return this.#reply(res, 200, '');
    }
    if (method === 'PUT' && q.has('uploadId')) {
      const part = await this.#receive(req);
      this.#uploads.get(q.get('uploadId')!)?.set(Number(q.get('partNumber')), part);
      return this.#reply(res, 200, '', { etag: part.etag });
    }
    if (method === 'PUT') {
      this.#objects.set(id, await this.#receive(req));
      return this.#reply(res, 200, '', { etag: this.#objects.get(id)!.etag });
    }
    if (method === 'POST' && q.has('uploads')) {
      await this.#consume(req);
      const uploadId = randomUUID();
      this.#uploads.set(uploadId, new Map());
      return this.#reply(res, 200, `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${escape(key)}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`);
    }
    if (method === 'POST' && q.has('uploadId')) {
      await this.#consume(req);
      const parts = this.#uploads.get(q.get('uploadId')!);
      if (!parts) return this.#error(res, 404, 'NoSuchUpload', 'no such upload');
      const ordered = [...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
      const size = ordered.reduce((n, p) => n + p.size, 0);
      const data = this.discard ? undefined : Buffer.concat(ordered.map((p) => p.data!));
      const etag = multipartEtag(ordered.length);
      this.#objects.set(id, { size, etag, data });
      this.#uploads.delete(q.get('uploadId')!);
      return this.#reply(res, 200, `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${escape(key)}</Key><ETag>${etag}</ETag></CompleteMultipartUploadResult>`);
    }
    if (method === 'DELETE') {
      await this.#consume(req);
      if (q.has('uploadId')) this.#uploads.delete(q.get('uploadId')!);
      else this.#objects.delete(id);
      return this.#reply(res, 204, '');
    }
    const obj = this.#objects.get(id);
    if (!obj) return this.#error(res, 404, 'NoSuchKey', 'The specified key does not exist.', method === 'HEAD');
    return this.#sendObject(req, res, obj, method === 'HEAD');
  }

  /** Request body bytes, with aws-chunked framing (streaming checksums) removed. */
  async #receive(req: IncomingMessage): Promise<StoredObject> {
    const chunked = /aws-chunked/.test(String(req.headers['content-encoding'] ?? '')) || /STREAMING/.test(String(req.headers['x-amz-content-sha256'] ?? ''));
    const decoded = req.headers['x-amz-decoded-content-length'];
    const keep: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      this.stats.bytesIn += chunk.length;
      size += chunk.length;
      if (!this.discard || chunked || size <= MiB) keep.push(chunk);
    }
    let data: Buffer = keep.length ? Buffer.concat(keep) : Buffer.alloc(0);
    if (chunked) {
      data = decodeAwsChunked(data);
      size = decoded ? Number(decoded) : data.length;
    }
    // a real MD5 of what a GET will serve: the bytes kept, or the pattern sent in their place
    const served = this.discard && size > MiB ? patternMd5(size) : createHash('md5').update(data).digest('hex');
    return { size, etag: `"${served}"`, data: this.discard && size > MiB ? undefined : data };
  }

  async #consume(req: IncomingMessage): Promise<void> {
    for await (const chunk of req as AsyncIterable<Buffer>) this.stats.bytesIn += chunk.length;
  }

  #sendObject(req: IncomingMessage, res: ServerResponse, obj: StoredObject, head: boolean): void {
    let start = 0;
    let end = obj.size - 1;
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
    const ifMatch = req.headers['if-match'];
    if (ifMatch && ifMatch !== obj.etag) return this.#error(res, 412, 'PreconditionFailed', 'etag changed', head);
    if (range) {
      start = range[1] ? Number(range[1]) : Math.max(0, obj.size - Number(range[2]));
      end = range[1] && range[2] ? Math.min(Number(range[2]), obj.size - 1) : obj.size - 1;
    }
    const length = Math.max(0, end - start + 1);
    const headers: Record<string, string> = {
      'content-length': String(length), etag: obj.etag, 'last-modified': new Date(0).toUTCString(),
      'content-type': 'application/octet-stream', 'accept-ranges': 'bytes',
    };
    if (range) headers['content-range'] = `bytes ${start}-${end}/${obj.size}`;
    res.writeHead(range ? 206 : 200, headers);
    if (head) return void res.end();
    if (obj.data) {
      this.stats.bytesOut += length;
      return void res.end(obj.data.subarray(start, end + 1));
    }
    this.#writePattern(res, start, length);
  }

  /** Stream pattern bytes [start, start+length) with backpressure. */
  #writePattern(res: ServerResponse, start: number, length: number): void {
    let offset = start;
    const stop = start + length;
    const pump = () => {
      while (offset < stop) {
        const at = offset % PATTERN.length;
        const n = Math.min(PATTERN.length - at, stop - offset);
        const ok = res.write(PATTERN.subarray(at, at + n));
        offset += n;
        this.stats.bytesOut += n;
        if (!ok) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  }

  #list(res: ServerResponse, bucket: string, q: URLSearchParams): void {
    const prefix = `${bucket}/${q.get('prefix') ?? ''}`;
    const max = Number(q.get('max-keys') ?? 1000);
    const after = q.get('continuation-token') ?? q.get('start-after') ?? '';
    const keys = [...this.#objects.keys()].filter((k) => k.startsWith(prefix) && k.slice(bucket.length + 1) > after).sort();
    const page = keys.slice(0, max);
    const truncated = keys.length > max;
    const items = page.map((k) => {
      const o = this.#objects.get(k)!;
      return `<Contents><Key>${escape(k.slice(bucket.length + 1))}</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>${escape(o.etag)}</ETag><Size>${o.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
    });
    const next = truncated ? `<NextContinuationToken>${escape(page.at(-1)!.slice(bucket.length + 1))}</NextContinuationToken>` : '';
    this.#reply(res, 200, `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${escape(q.get('prefix') ?? '')}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${next}${items.join('')}</ListBucketResult>`);
  }

  #reply(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
    this.stats.bytesOut += Buffer.byteLength(body);
    res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), 'x-amz-request-id': 'bench', ...headers });
    res.end(body);
  }

  #error(res: ServerResponse, status: number, code: string, message: string, head = false): void {
    const body = head ? '' : `<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    this.#reply(res, status, body);
  }
}

const MiB = 1024 * 1024;

/** A multipart upload's ETag: not the MD5 of the object (S3's is the MD5 of the parts' MD5s), then "-<parts>". */
function multipartEtag(parts: number): string {
  return `"${randomUUID().replace(/-/g, '')}-${parts}"`;
}

const patternMd5s = new Map<number, string>();

/** The MD5 (hex) of the first `size` pattern bytes, which a discarded object's GET serves; once per size. */
export function patternMd5(size: number): string {
  let md5 = patternMd5s.get(size);
  if (md5 === undefined) {
    const hash = createHash('md5');
    for (let at = 0; at < size; at += PATTERN.length) hash.update(PATTERN.subarray(0, Math.min(PATTERN.length, size - at)));
    md5 = hash.digest('hex');
    patternMd5s.set(size, md5);
  }
  return md5;
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Remove aws-chunked framing: `<hex>[;ext]\r\n<data>\r\n` … `0\r\n<trailers>\r\n\r\n`. */
export function decodeAwsChunked(buf: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < buf.length) {
    const eol = buf.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(buf.subarray(at, eol).toString().split(';')[0]!, 16);
    if (!size) break;
    out.push(buf.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}
