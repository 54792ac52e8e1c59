// An HTTPS server on 127.0.0.1 with a self-signed certificate made for the run (openssl), answering
// 200 to everything: for specs about CA bundles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class TlsServer {
  readonly #dir = mkdtempSync(join(tmpdir(), 'cos-boto3-tls-'));
  /** The self-signed certificate, as a CA bundle file. */
  readonly caFile = join(this.#dir, 'ca.pem');
  requests = 0;
  #server?: Server;

  get endpoint(): string {
    return `https://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    const key = join(this.#dir, 'key.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', this.caFile, '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    ], { stdio: 'ignore' });
    this.#server = createServer({ key: readFileSync(key), cert: readFileSync(this.caFile) }, (req, res) => {
      this.requests++;
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-length': '0' }).end());
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
