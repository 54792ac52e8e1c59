// A minimal forward proxy for specs: CONNECT tunnels and absolute-URI requests, each one recorded.
import { type IncomingMessage, type Server, createServer, request as httpRequest } from 'node:http';
import { type AddressInfo, type Socket, connect } from 'node:net';

/** A minimal forward proxy: CONNECT tunnels and absolute-URI requests, each one recorded. */
export class ForwardProxy {
  readonly server: Server;
  readonly seen: string[] = [];
  readonly #sockets = new Set<Socket>();

  constructor() {
    this.server = createServer((req, res) => {
      // absolute-form request: GET http://host:port/path
      this.seen.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '');
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    this.server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      this.seen.push(`CONNECT ${req.url}`);
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const s of [upstream, client]) {
        this.#sockets.add(s);
        s.on('error', () => {
          upstream.destroy();
          client.destroy();
        });
      }
    });
    this.server.on('connection', (s: Socket) => this.#sockets.add(s));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
