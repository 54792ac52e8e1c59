// connect_timeout: a TCP server that accepts but never completes the TLS handshake.
import { expect } from 'chai';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConnectTimeoutError } from '../../lib/index.js';
import { fakeClient } from '../helpers/clients.js';

describe('http timeouts', () => {
  let server: Server;
  let connections = 0;
  const sockets: Socket[] = [];
  before(async () => {
    server = createServer((s) => {
      connections++;
      sockets.push(s); // silent: the TLS handshake never completes
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  after(() => {
    sockets.forEach((s) => s.destroy());
    server.close();
  });

  it('connect_timeout fires as ConnectTimeoutError and is retried as transient', async () => {
    const port = (server.address() as AddressInfo).port;
    const c = fakeClient(`https://127.0.0.1:${port}`, { connect_timeout: 0.2, retries: { total_max_attempts: 2, max_backoff: 0 } });
    let err: unknown;
    try {
      await c.head_bucket({ Bucket: 'bkt' });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(ConnectTimeoutError);
    expect(connections).to.equal(2);
    await c.close();
  });
});
