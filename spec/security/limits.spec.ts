// A hostile server cannot make the client buffer unbounded answers.
import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ResponseParserError } from '../../lib/index.js';
import { MAX_BUFFERED_RESPONSE } from '../../lib/client/base-client.js';
import { fakeClient } from '../helpers/clients.js';

describe('security: size caps on buffered answers', () => {
  let server: Server;
  let endpoint = '';
  let mode: 'declared' | 'chunked' = 'declared';
  before(async () => {
    server = createServer((req, res) => {
      req.resume();
      if (mode === 'declared') {
        res.writeHead(200, { 'content-length': String(MAX_BUFFERED_RESPONSE + 1) });
        res.write('<ListBucketResult>');
        return; // never sends the rest: the client must refuse on the header alone
      }
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BUFFERED_RESPONSE + chunk.length) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = Infinity));
      pump();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  for (const m of ['declared', 'chunked'] as const) {
    it(`refuses a listing larger than the cap (${m} length) with a typed error`, async () => {
      mode = m;
      const c = fakeClient(endpoint, { retries: { total_max_attempts: 1 } });
      let err: unknown;
      try {
        await c.list_objects_v2({ Bucket: 'bkt' });
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(ResponseParserError);
      expect((err as Error).message).to.match(/exceeds/);
      await c.close();
    });
  }
});
