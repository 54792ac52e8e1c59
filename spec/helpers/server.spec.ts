// Smoke test of the test server itself, independent of lib/: it answers, it verifies SigV4 for the
// configured user, virtual-hosted addressing works, and bucket names are unique and valid.

import { expect } from 'chai';
import { createHash, createHmac, type BinaryLike } from 'node:crypto';
import { request } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { answers, ensureServer, SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from './server.js';

type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytes(data: SourceData): BinaryLike {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

class Sha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

interface Reply {
  status: number;
  body: string;
}

/** A SigV4-signed request sent to 127.0.0.1 with the given Host (path-style unless a bucket host is given). */
async function signed(
  server: ServerInfo,
  method: string,
  path: string,
  options: { host?: string; accessKeyId?: string; secretAccessKey?: string } = {},
): Promise<Reply> {
  const endpoint = new URL(server.endpoint);
  const host = options.host ?? endpoint.host;
  const signer = new SignatureV4({
    service: 's3',
    region: server.region,
    sha256: Sha256,
    uriEscapePath: false,
    credentials: {
      accessKeyId: options.accessKeyId ?? server.accessKeyId,
      secretAccessKey: options.secretAccessKey ?? server.secretAccessKey,
    },
  });
  const req = await signer.sign({
    method,
    protocol: endpoint.protocol,
    hostname: host.replace(/:\d+$/, ''),
    port: Number(endpoint.port) || undefined,
    path,
    query: {},
    headers: { host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
  });
  return new Promise((resolve, reject) => {
    const r = request(
      { host: endpoint.hostname, port: endpoint.port, method, path, headers: req.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end();
  });
}

describe('test server (spec/helpers/server)', function () {
  let server: ServerInfo;

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ensureServer();
  });

  it('answers an anonymous GET / with 200 and is memoized', async function () {
    expect(server.endpoint).to.match(/^https?:\/\/[^/]+$/);
    expect(await answers(server.endpoint)).to.equal(true);
    expect(await ensureServer()).to.equal(server);
  });

  it('verifies SigV4: ListBuckets works with the right keys and is refused with a wrong secret', async function () {
    const ok = await signed(server, 'GET', '/');
    expect(ok.status, ok.body).to.equal(200);
    expect(ok.body).to.contain('<ListAllMyBucketsResult');

    const other = await signed(server, 'GET', '/', {
      accessKeyId: server.otherAccessKeyId,
      secretAccessKey: server.otherSecretAccessKey,
    });
    expect(other.status, other.body).to.equal(200);
    if (server.otherCanonicalId) expect(other.body).to.contain(`<ID>${server.otherCanonicalId}</ID>`);

    const bad = await signed(server, 'GET', '/', { secretAccessKey: `${server.secretAccessKey}x` });
    expect(bad.status).to.equal(403);
    expect(bad.body).to.contain('SignatureDoesNotMatch');
  });

  it('serves virtual-hosted requests (Host: <bucket>.localhost:<port>)', async function () {
    const bucket = uniqueBucketName('server-spec');
    const created = await signed(server, 'PUT', `/${bucket}`);
    expect(created.status, created.body).to.equal(200);
    try {
      const host = `${bucket}.${new URL(server.vhostEndpoint).host}`;
      const listed = await signed(server, 'GET', '/', { host });
      expect(listed.status, listed.body).to.equal(200);
      expect(listed.body).to.contain('<ListBucketResult').and.contain(`<Name>${bucket}</Name>`);
    } finally {
      const deleted = await signed(server, 'DELETE', `/${bucket}`);
      expect(deleted.status, deleted.body).to.equal(204);
    }
  });

  it('uniqueBucketName gives distinct, valid DNS-compatible names', function () {
    const valid = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
    const names = new Set<string>();
    for (const prefix of ['spec', 'Mixed_Case.Prefix!', '', '--x--', 'xn--punycode', 'a'.repeat(100)]) {
      for (let i = 0; i < 50; i++) {
        const name = uniqueBucketName(prefix);
        expect(name).to.match(valid);
        expect(name.length).to.be.at.most(63);
        expect(name).not.to.contain('--');
        expect(name.startsWith('xn--')).to.equal(false);
        names.add(name);
      }
    }
    expect(names.size).to.equal(300);
    expect(uniqueBucketName('Photos')).to.match(/^photos-/);
  });
});
