// A real HTTP server on 127.0.0.1 that records every request and answers from a script:
// canned responses, connection resets, stalls. Used by wire-format, retry and fault specs.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Raw path and query as sent. */
  url: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: Buffer;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: string | Buffer }
  | { reset: true }
  | { resetAfterHeaders: true; status?: number; headers?: Record<string, string> }
  | { stall: true };

export type Responder = (req: RecordedRequest, index: number) => Reply;

export class RecordingServer {
  readonly requests: RecordedRequest[] = [];
  #server?: Server;
  #sockets = new Set<Socket>();
  #queue: Reply[] = [];
  #responder: Responder = () => ({ status: 200 });
  port = 0;

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => this.#handle(req, res));
    this.#server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server!.address() as AddressInfo).port;
    return this;
  }

  /** Answer the next requests with these replies, in order; then fall back to the responder. */
  enqueue(...replies: Reply[]): this {
    this.#queue.push(...replies);
    return this;
  }

  respondWith(responder: Responder): this {
    this.#responder = responder;
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.#queue = [];
    this.#responder = () => ({ status: 200 });
  }

  get last(): RecordedRequest {
    const r = this.requests.at(-1);
    if (!r) throw new Error('no request was received');
    return r;
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    if (this.#server) await new Promise<void>((resolve) => this.#server!.close(() => resolve()));
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url,
        path: q < 0 ? url : url.slice(0, q),
        query: q < 0 ? '' : url.slice(q + 1),
        headers,
        body: Buffer.concat(chunks),
      };
      this.requests.push(recorded);
      const reply = this.#queue.shift() ?? this.#responder(recorded, this.requests.length - 1);
      this.#reply(reply, req, res);
    });
  }

  #reply(reply: Reply, req: IncomingMessage, res: ServerResponse): void {
    if ('reset' in reply) {
      req.socket.destroy();
      return;
    }
    if ('stall' in reply) return; // never answer; the client's timeout or abort must end it
    if ('resetAfterHeaders' in reply) {
      res.writeHead(reply.status ?? 200, { 'content-length': '1000', ...reply.headers });
      res.write('partial');
      setTimeout(() => req.socket.destroy(), 10);
      return;
    }
    const body = reply.body ?? '';
    res.writeHead(reply.status ?? 200, {
      'x-amz-request-id': `req-${this.requests.length}`,
      'content-length': String(Buffer.byteLength(body)),
      ...reply.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
