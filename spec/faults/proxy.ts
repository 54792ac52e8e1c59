// A fault-injecting HTTP proxy on 127.0.0.1 in front of a real S3 server. Requests are forwarded
// verbatim (Host included, so SigV4 signatures stay valid); rules break chosen ones.
import { type IncomingMessage, type Server, type ServerResponse, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { IbmBotoError, type S3Client } from '../../lib/index.js';
import { realClient } from '../helpers/clients.js';
import { ensureServer, type ServerInfo } from '../helpers/server.js';

export type Fault =
  | 'reset-before-headers' // the connection drops before any response
  | 'reset-after-headers' // headers arrive, then the connection drops
  | 'reset-mid-body' // part of the body arrives, then the connection drops
  | 'stall' // nothing ever arrives (timeouts)
  | '500' | '503-slowdown' | '429' // error answers, the request never reaches the server
  | 'truncate-body' // the body ends early, connection closed
  | 'flip-byte' // one byte of the body is changed
  | 'close-during-upload' // the connection drops while the request body is being sent
  | 'garbled-status-line' // the answer starts with a status line that is not HTTP
  | 'duplicate-status-line'; // the status line comes twice (the second reads as a bad header)

export const FAULTS: Fault[] = [
  'reset-before-headers', 'reset-after-headers', 'reset-mid-body', 'stall', '500', '503-slowdown', '429',
  'truncate-body', 'flip-byte', 'close-during-upload', 'garbled-status-line', 'duplicate-status-line',
];

export interface FaultRule {
  fault: Fault;
  /** Operation name as classified below (PutObject, UploadPart, GetObject, ListObjectsV2, …). */
  operation?: string;
  partNumber?: number;
  /** Only the Nth matching request (1-based); otherwise every matching request. */
  nth?: number;
  /** How many matching requests to break (default: all). */
  times?: number;
  /** For flip-byte: which body byte (default: the middle). */
  offset?: number;
}

/** The S3 operation of a request, from its method, query and copy-source header (enough for the fault matrix). */
export function classify(method: string, url: URL, copySource = false): string {
  const q = url.searchParams;
  const hasKey = url.pathname.split('/').filter(Boolean).length > 1;
  if (method === 'PUT' && q.has('partNumber')) return copySource ? 'UploadPartCopy' : 'UploadPart';
  if (method === 'PUT') return hasKey ? 'PutObject' : 'PutBucket';
  if (method === 'POST' && q.has('uploads')) return 'CreateMultipartUpload';
  if (method === 'POST' && q.has('uploadId')) return 'CompleteMultipartUpload';
  if (method === 'DELETE' && q.has('uploadId')) return 'AbortMultipartUpload';
  if (method === 'GET' && !hasKey) return q.get('list-type') === '2' ? 'ListObjectsV2' : q.has('uploads') ? 'ListMultipartUploads' : 'ListObjects';
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return hasKey ? 'HeadObject' : 'HeadBucket';
  return `${method}`;
}

export class FaultProxy {
  rules: FaultRule[] = [];
  readonly log: { operation: string; fault?: Fault }[] = [];
  readonly #seen = new Map<FaultRule, { matched: number; applied: number }>();
  readonly #sockets = new Set<Socket>();
  #server?: Server;
  port = 0;

  constructor(readonly upstream: string) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => this.#handle(req, res));
    this.#server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    await new Promise<void>((r) => this.#server!.listen(0, '127.0.0.1', r));
    this.port = (this.#server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((r) => this.#server?.close(() => r()) ?? r());
  }

  setRules(...rules: FaultRule[]): void {
    this.rules = rules;
    this.#seen.clear();
    this.log.length = 0;
  }

  /** How many requests had a fault applied. */
  get faultsApplied(): number {
    return this.log.filter((l) => l.fault).length;
  }

  #pick(operation: string, url: URL): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.operation && rule.operation !== operation) continue;
      if (rule.partNumber !== undefined && Number(url.searchParams.get('partNumber')) !== rule.partNumber) continue;
      const seen = this.#seen.get(rule) ?? { matched: 0, applied: 0 };
      this.#seen.set(rule, seen);
      seen.matched++;
      if (rule.nth !== undefined && seen.matched !== rule.nth) continue;
      if (rule.times !== undefined && seen.applied >= rule.times) continue;
      seen.applied++;
      return rule;
    }
    return undefined;
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const operation = classify(req.method ?? 'GET', url, req.headers['x-amz-copy-source'] !== undefined);
    const rule = this.#pick(operation, url);
    this.log.push({ operation, fault: rule?.fault });
    const fault = rule?.fault;
    if (fault === 'close-during-upload') {
      req.once('data', () => req.socket.destroy());
      req.once('end', () => req.socket.destroy());
      return;
    }
    if (fault === '500' || fault === '503-slowdown' || fault === '429') {
      req.resume();
      req.on('end', () => {
        const [status, code] = fault === '500' ? [500, 'InternalError'] : fault === '429' ? [429, 'TooManyRequests'] : [503, 'SlowDown'];
        const body = req.method === 'HEAD' ? '' : `<Error><Code>${code}</Code><Message>injected</Message><RequestId>fault</RequestId></Error>`;
        res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)) });
        res.end(body);
      });
      return;
    }
    const upstream = new URL(this.upstream);
    const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers });
    out.on('error', () => req.socket.destroy());
    // a stalled or broken exchange must not keep its upstream connection (and the test process) alive
    const drop = () => out.destroy();
    req.socket.once('close', drop);
    out.once('close', () => req.socket.off('close', drop));
    req.pipe(out);
    if (fault === 'stall') return; // forward, but never answer
    if (fault === 'reset-before-headers') {
      out.on('response', (up) => {
        up.resume();
        req.socket.destroy();
      });
      return;
    }
    out.on('response', (up) => this.#respond(req, res, up, fault, rule?.offset));
  }

  #respond(req: IncomingMessage, res: ServerResponse, up: IncomingMessage, fault: Fault | undefined, offset?: number): void {
    if (fault === 'garbled-status-line' || fault === 'duplicate-status-line') return badStatusLine(req.socket, up, fault);
    res.writeHead(up.statusCode ?? 502, up.headers);
    if (fault === 'reset-after-headers') {
      res.flushHeaders();
      up.resume();
      setTimeout(() => req.socket.destroy(), 5);
      return;
    }
    const length = Number(up.headers['content-length'] ?? NaN);
    let sent = 0;
    const cut = fault === 'truncate-body' || fault === 'reset-mid-body' ? Math.floor((Number.isNaN(length) ? 2 : length) / 2) : Infinity;
    const flipAt = fault === 'flip-byte' ? (offset ?? Math.floor((Number.isNaN(length) ? 0 : length) / 2)) : -1;
    up.on('data', (chunk: Buffer) => {
      if (sent >= cut) return;
      let piece = chunk.subarray(0, Math.max(0, Math.min(chunk.length, cut - sent)));
      if (flipAt >= sent && flipAt < sent + piece.length) {
        piece = Buffer.from(piece);
        piece[flipAt - sent] = piece[flipAt - sent]! ^ 0x20;
      }
      sent += piece.length;
      res.write(piece);
      if (sent >= cut) setTimeout(() => req.socket.destroy(), 5);
    });
    up.on('end', () => {
      if (sent < cut || cut === Infinity) res.end();
    });
  }
}

/** The upstream answer, written by hand to the socket with a broken status line. */
function badStatusLine(socket: Socket, up: IncomingMessage, fault: 'garbled-status-line' | 'duplicate-status-line'): void {
  const status = `HTTP/1.1 ${up.statusCode ?? 502} ${up.statusMessage ?? ''}`;
  const lines = fault === 'garbled-status-line' ? [status.replace('HTTP/', 'HTPT/')] : [status, status];
  for (let i = 0; i < up.rawHeaders.length; i += 2) lines.push(`${up.rawHeaders[i]}: ${up.rawHeaders[i + 1]}`);
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  up.on('data', (chunk: Buffer) => socket.write(chunk));
  up.on('end', () => socket.end());
}

/** Outcome of one faulted run: 'ok' (it verified itself exact) or the name of the typed error it raised. */
export async function outcome(run: () => Promise<void>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (err) {
    expect(err, `untyped failure: ${String(err)}`).to.be.instanceOf(IbmBotoError);
    return (err as Error).name;
  }
}

/** A client for the real server through `proxy`: 1 s read timeout (stalls), 3 attempts, nearly no backoff. */
export function faultyClient(server: ServerInfo, proxy: FaultProxy): S3Client {
  return realClient({ ...server, endpoint: proxy.endpoint }, { read_timeout: 1, retries: { total_max_attempts: 3, max_backoff: 0.01 } });
}

/** What the transfer fault specs run on: the real server, a proxy in front of it, a client each way, a scratch directory. */
export interface TransferFaults {
  server: ServerInfo;
  proxy: FaultProxy;
  direct: S3Client;
  faulty: S3Client;
  dir: string;
}

/** Starts all of it, with `content` both as the object `source` of a new `bucket` and as the file `<dir>/source`. */
export async function openTransferFaults(bucket: string, content: Buffer): Promise<TransferFaults> {
  const server = await ensureServer();
  const proxy = await new FaultProxy(server.endpoint).start();
  const direct = realClient(server);
  const dir = mkdtempSync(join(tmpdir(), `cos-${bucket}-`));
  writeFileSync(join(dir, 'source'), content);
  await direct.create_bucket({ Bucket: bucket });
  await direct.put_object({ Bucket: bucket, Key: 'source', Body: content });
  return { server, proxy, direct, faulty: faultyClient(server, proxy), dir };
}

/** Stops it (the bucket is the spec's to empty first). */
export async function closeTransferFaults(f: TransferFaults): Promise<void> {
  await f.direct.close();
  await f.faulty.close();
  await f.proxy.stop();
  rmSync(f.dir, { recursive: true, force: true });
}
