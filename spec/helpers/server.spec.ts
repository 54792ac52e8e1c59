// Smoke test of the test server itself, independent of lib/: it answers, it verifies SigV4 for the
// configured user, virtual-hosted addressing works, and bucket names are unique and valid.

import { expect } from 'chai';
import { createHash, createHmac, type BinaryLike } from 'node:crypto';
import { request } from 'node:http';
import { answers, ensureServer, SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from './server.js';

const hmac = (key: BinaryLike, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/**
 * SigV4 headers for a bodiless request without a query, written out here (not lib/'s signer) so the
 * server is checked independently of the code under test.
 */
function sigV4Headers(method: string, path: string, host: string, region: string, accessKeyId: string, secret: string): Record<string, string> {
  const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = date.slice(0, 8);
  const headers: Record<string, string> = { host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', 'x-amz-date': date };
  const names = Object.keys(headers).sort();
  const canonical = [method, path, '', ...names.map((n) => `${n}:${headers[n]}`), '', names.join(';'), 'UNSIGNED-PAYLOAD'].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return headers;
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
  const headers = sigV4Headers(
    method,
    path,
    host,
    server.region,
    options.accessKeyId ?? server.accessKeyId,
    options.secretAccessKey ?? server.secretAccessKey,
  );
  return new Promise((resolve, reject) => {
    const r = request(
      { host: endpoint.hostname, port: endpoint.port, method, path, headers, agent: false },
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
