// A small in-memory S3 on a real local HTTP server, for transfer specs: objects, multipart uploads
// (also UploadPartCopy), HEAD, ranged GETs with If-Match, object tags, flexible checksums checked as
// S3 checks them (fake-checksums.ts), and a hook to inject faults per request. It checks no signatures.
import { createHash } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ChecksumRefusal, type StoredChecksum, checkSentChecksums, checksumHeaders, completedChecksum, uploadChecksum } from './fake-checksums.js';
import { checksumHeader, checksumOf } from '../../lib/core/checksums.js';
import { decodeEntities, escapeXml } from '../../lib/core/xml.js';

export type Op =
  | 'PutObject' | 'CreateMultipartUpload' | 'UploadPart' | 'UploadPartCopy' | 'CompleteMultipartUpload' | 'AbortMultipartUpload'
  | 'HeadObject' | 'GetObject' | 'GetObjectTagging' | 'PutObjectTagging' | 'CopyObject' | 'Other';

export interface FakeRequest {
  op: Op;
  method: string;
  bucket: string;
  key: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
}

/** What a fault hook may do instead of the normal answer. */
export type Fault =
  | { status: number; code?: string }
  /** Reset the connection before answering. */
  | { reset: true }
  /** Answer normally, but cut the body after `after` bytes and reset. */
  | { cutAfter: number }
  /** Answer a ranged GET with the whole object (a server without range support). */
  | { ignoreRange: true }
  /** Answer normally with one body byte changed. */
  | { flipAt: number };

export interface StoredObject {
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
  /** x-amz-tagging as sent. */
  tagging?: string;
  checksum?: StoredChecksum;
}

interface Upload {
  key: string;
  headers: Record<string, string>;
  tagging?: string;
  checksum?: ReturnType<typeof uploadChecksum>;
  parts: Map<number, Buffer>;
}

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
const KEPT_HEADERS = /^(content-type|cache-control|content-disposition|content-encoding|content-language|expires|x-amz-meta-.*|x-amz-website-redirect-location)$/;

export class FakeS3 {
  readonly objects = new Map<string, StoredObject>();
  readonly uploads = new Map<string, Upload>();
  readonly requests: FakeRequest[] = [];
  readonly aborted: string[] = [];
  /** Return a fault (or a promise of one, to hold the answer back) to replace the normal answer. */
  fault: (req: FakeRequest) => Fault | undefined | Promise<Fault | undefined> = () => undefined;
  /** Requests being answered now, and the most at once, by operation. */
  readonly inFlight = new Map<Op, number>();
  readonly maxInFlight = new Map<Op, number>();
  #server?: Server;
  readonly #sockets = new Set<Socket>();
  #nextUpload = 1;
  port = 0;

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  reset(): void {
    this.objects.clear();
    this.uploads.clear();
    this.requests.length = 0;
    this.aborted.length = 0;
    this.inFlight.clear();
    this.maxInFlight.clear();
    this.fault = () => undefined;
    // upload ids stay unique across resets: a late part of an aborted test must not land in the next one
  }

  /** Holds an answer until `count` requests of `op` are being answered at once (or `ms` pass). */
  async gather(op: Op, count: number, ms: number): Promise<void> {
    const until = Date.now() + ms;
    while ((this.inFlight.get(op) ?? 0) < count && Date.now() < until) await new Promise((r) => setTimeout(r, 2));
  }

  put(key: string, body: Buffer, headers: Record<string, string> = {}): StoredObject {
    const stored = { body, etag: `"${md5(body)}"`, headers };
    this.objects.set(key, stored);
    return stored;
  }

  of(op: Op): FakeRequest[] {
    return this.requests.filter((r) => r.op === op);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const c of req) chunks.push(c as Buffer);
    } catch {
      return; // the client went away mid-body (an aborted transfer)
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const r: FakeRequest = { op: 'Other', method: req.method ?? '', bucket, key: decodeURIComponent(rest.join('/')), query: url.searchParams, headers, body: Buffer.concat(chunks) };
    r.op = opOf(r);
    this.requests.push(r);
    const now = (this.inFlight.get(r.op) ?? 0) + 1;
    this.inFlight.set(r.op, now);
    this.maxInFlight.set(r.op, Math.max(now, this.maxInFlight.get(r.op) ?? 0));
    try {
      const fault = await this.fault(r);
      if (fault && 'reset' in fault) {
        req.socket.destroy();
        return;
      }
      if (fault && 'status' in fault) return error(res, fault.status, fault.code ?? 'InternalError');
      if (fault && 'ignoreRange' in fault) delete r.headers.range;
      await this.#answer(r, res, fault && 'cutAfter' in fault ? fault.cutAfter : undefined, fault && 'flipAt' in fault ? fault.flipAt : undefined);
    } catch (err) {
      if (!(err instanceof ChecksumRefusal)) throw err;
      error(res, 400, err.code);
    } finally {
      this.inFlight.set(r.op, this.inFlight.get(r.op)! - 1);
    }
  }

  async #answer(r: FakeRequest, res: ServerResponse, cutAfter?: number, flipAt?: number): Promise<void> {
    const q = r.query;
    switch (r.op) {
      case 'PutObject': {
        const checksum = await checkSentChecksums(r.headers, r.body);
        const stored = this.put(r.key, r.body, kept(r.headers));
        Object.assign(stored, { tagging: r.headers['x-amz-tagging'], checksum });
        return send(res, 200, '', { etag: stored.etag, ...(checksum ? { [checksumHeader(checksum.algorithm)]: checksum.value } : {}) });
      }
      case 'GetObjectTagging': {
        const o = this.objects.get(r.key);
        if (!o) return error(res, 404, 'NoSuchKey');
        const tags = [...new URLSearchParams(o.tagging ?? '')].map(([k, v]) => `<Tag><Key>${escapeXml(k)}</Key><Value>${escapeXml(v)}</Value></Tag>`).join('');
        return send(res, 200, `<Tagging><TagSet>${tags}</TagSet></Tagging>`);
      }
      case 'PutObjectTagging': {
        const o = this.objects.get(r.key);
        if (!o) return error(res, 404, 'NoSuchKey');
        const pairs = [...r.body.toString().matchAll(/<Tag><Key>([^<]*)<\/Key><Value>([^<]*)<\/Value><\/Tag>/g)].map((m): [string, string] => [decodeEntities(m[1]!), decodeEntities(m[2]!)]);
        o.tagging = new URLSearchParams(pairs).toString();
        return send(res, 200, '');
      }
      case 'CreateMultipartUpload': {
        const id = `upload-${this.#nextUpload++}`;
        const checksum = uploadChecksum(r.headers);
        this.uploads.set(id, { key: r.key, headers: kept(r.headers), tagging: r.headers['x-amz-tagging'], checksum, parts: new Map() });
        const answer: Record<string, string> = checksum ? { 'x-amz-checksum-algorithm': checksum.algorithm, 'x-amz-checksum-type': checksum.type } : {};
        return send(res, 200, `<InitiateMultipartUploadResult><Bucket>${r.bucket}</Bucket><Key>${r.key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`, answer);
      }
      case 'UploadPart':
      case 'UploadPartCopy': {
        const upload = this.uploads.get(q.get('uploadId')!);
        if (!upload) return error(res, 404, 'NoSuchUpload');
        let data = r.body;
        if (r.op === 'UploadPartCopy') {
          const source = this.objects.get(decodeURIComponent(r.headers['x-amz-copy-source']!.split('/').slice(1).join('/')));
          if (!source) return error(res, 404, 'NoSuchKey');
          const match = r.headers['x-amz-copy-source-if-match'];
          if (match !== undefined && match !== source.etag) return error(res, 412, 'PreconditionFailed');
          const [a, b] = r.headers['x-amz-copy-source-range']!.slice(6).split('-').map(Number);
          data = source.body.subarray(a, b! + 1);
        }
        if (r.op === 'UploadPart') await checkSentChecksums(r.headers, data);
        upload.parts.set(Number(q.get('partNumber')), data);
        const etag = `"${md5(data)}"`;
        if (r.op === 'UploadPart') return send(res, 200, '', { etag });
        // a copied part's checksum is the server's to compute
        const algorithm = upload.checksum?.algorithm;
        const sum = algorithm ? `<Checksum${algorithm}>${await checksumOf(algorithm, data)}</Checksum${algorithm}>` : '';
        return send(res, 200, `<CopyPartResult><ETag>${etag}</ETag>${sum}</CopyPartResult>`);
      }
      case 'CompleteMultipartUpload': {
        const id = q.get('uploadId')!;
        const upload = this.uploads.get(id);
        if (!upload) return error(res, 404, 'NoSuchUpload');
        const listed = [...r.body.toString().matchAll(/<Part>(.*?)<\/Part>/g)].map((m) => m[1]!);
        const numbers = listed.map((part) => Number(/<PartNumber>(\d+)<\/PartNumber>/.exec(part)![1]));
        const body = Buffer.concat(numbers.map((n) => upload.parts.get(n)!));
        const algorithm = upload.checksum?.algorithm;
        const checksum = upload.checksum && (await completedChecksum(
          upload.checksum,
          numbers.map((n, i) => ({ data: upload.parts.get(n)!, listed: new RegExp(`<Checksum${algorithm}>([^<]*)<`).exec(listed[i]!)?.[1] })),
          r.headers,
        ));
        this.uploads.delete(id);
        const stored = { body, etag: `"${md5(body)}-${numbers.length}"`, headers: upload.headers, tagging: upload.tagging, checksum };
        this.objects.set(upload.key, stored);
        const sum = checksum ? `<Checksum${checksum.algorithm}>${checksum.value}</Checksum${checksum.algorithm}><ChecksumType>${checksum.type}</ChecksumType>` : '';
        return send(res, 200, `<CompleteMultipartUploadResult><Bucket>${r.bucket}</Bucket><Key>${upload.key}</Key><ETag>${stored.etag}</ETag>${sum}</CompleteMultipartUploadResult>`);
      }
      case 'AbortMultipartUpload':
        this.aborted.push(q.get('uploadId')!);
        this.uploads.delete(q.get('uploadId')!);
        return send(res, 204, '');
      case 'CopyObject': {
        const source = this.objects.get(decodeURIComponent(r.headers['x-amz-copy-source']!.split('/').slice(1).join('/')));
        if (!source) return error(res, 404, 'NoSuchKey');
        const replace = r.headers['x-amz-metadata-directive'] === 'REPLACE';
        this.objects.set(r.key, { ...source, headers: replace ? kept(r.headers) : source.headers });
        return send(res, 200, `<CopyObjectResult><ETag>${source.etag}</ETag></CopyObjectResult>`);
      }
      case 'HeadObject':
      case 'GetObject': {
        const o = this.objects.get(r.key);
        if (!o) return error(res, 404, 'NoSuchKey', r.op === 'HeadObject');
        const match = r.headers['if-match'];
        if (match !== undefined && match !== o.etag) return error(res, 412, 'PreconditionFailed', r.op === 'HeadObject');
        const range = /^bytes=(\d+)-(\d*)$/.exec(r.headers.range ?? '');
        const start = range ? Number(range[1]) : 0;
        const end = range && range[2] ? Math.min(Number(range[2]), o.body.length - 1) : o.body.length - 1;
        let body = o.body.subarray(start, end + 1);
        if (flipAt !== undefined) {
          body = Buffer.from(body);
          body[flipAt] = body[flipAt]! ^ 0x20;
        }
        const extra: Record<string, string> = { etag: o.etag, ...o.headers, 'accept-ranges': 'bytes', ...(range ? {} : checksumHeaders(o.checksum, r.headers)) };
        if (range) extra['content-range'] = `bytes ${start}-${end}/${o.body.length}`;
        if (r.op === 'HeadObject') {
          res.writeHead(200, { ...extra, 'content-length': String(o.body.length) });
          return void res.end();
        }
        res.writeHead(range ? 206 : 200, { ...extra, 'content-length': String(body.length) });
        if (cutAfter === undefined) return void res.end(body);
        res.write(body.subarray(0, cutAfter));
        return void setTimeout(() => res.socket?.destroy(), 5);
      }
      default:
        return error(res, 400, 'NotImplemented');
    }
  }
}

function opOf(r: FakeRequest): Op {
  const q = r.query;
  if (r.method === 'POST' && q.has('uploads')) return 'CreateMultipartUpload';
  if (r.method === 'POST' && q.has('uploadId')) return 'CompleteMultipartUpload';
  if (r.method === 'DELETE' && q.has('uploadId')) return 'AbortMultipartUpload';
  if (r.method === 'PUT' && q.has('tagging')) return 'PutObjectTagging';
  if (r.method === 'PUT' && q.has('uploadId')) return r.headers['x-amz-copy-source'] ? 'UploadPartCopy' : 'UploadPart';
  if (r.method === 'PUT' && r.key) return r.headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject';
  if (r.method === 'HEAD' && r.key) return 'HeadObject';
  if (r.method === 'GET' && r.key) return q.has('tagging') ? 'GetObjectTagging' : 'GetObject';
  return 'Other';
}

function kept(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => KEPT_HEADERS.test(k)));
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

function error(res: ServerResponse, status: number, code: string, head = false): void {
  const body = head ? '' : `<Error><Code>${code}</Code><Message>injected ${code}</Message></Error>`;
  res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), 'content-type': 'application/xml' });
  res.end(body);
}

/** A fault hook that aborts `controller` when the first `op` request arrives, then holds that answer back a little. */
export function abortOn(op: Op, controller: AbortController): (r: FakeRequest) => Promise<undefined> {
  return async (r) => {
    if (r.op === op) {
      controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  };
}
