// Checksums of upload parts streamed from a file: with bearer auth every part carries the Content-MD5
// of its file range (nothing else covers the payload, and IBM's protected buckets require one); with
// HMAC keys and payload_signing_enabled: true, the part's SHA-256 is signed; by default over http only
// bytes are hashed, and file parts go as UNSIGNED-PAYLOAD.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Config, TransferConfig, client, type S3Client } from '../../lib/index.js';
import { FAKE_KEYS } from '../helpers/clients.js';
import { FakeS3 } from './fake-s3.js';

const MiB = 1024 * 1024;
const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB });

describe('transfer: checksums of file parts', () => {
  const server = new FakeS3();
  let dir: string;
  let path: string;
  let data: Buffer;
  const clients: S3Client[] = [];
  before(async () => {
    await server.start();
    dir = mkdtempSync(join(tmpdir(), 'cos-part-sums-'));
    data = randomBytes(12 * MiB + 3);
    path = join(dir, 'data.bin');
    writeFileSync(path, data);
  });
  after(async () => {
    for (const c of clients.splice(0)) await c.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => server.reset());

  const make = (auth: Record<string, string>, s3Options: Record<string, unknown> = {}) => {
    const c = client('s3', { endpoint_url: server.endpoint, region_name: 'us-east-1', ...auth, config: new Config({ s3: s3Options }) });
    clients.push(c);
    return c;
  };
  /** The parts as uploaded, with the range of `data` each should hold. */
  const parts = () =>
    server.of('UploadPart').map((r) => {
      const n = Number(r.query.get('partNumber'));
      return { r, expected: data.subarray((n - 1) * 5 * MiB, n * 5 * MiB) };
    });
  const digest = (algorithm: string, bytes: Buffer, encoding: 'hex' | 'base64') => createHash(algorithm).update(bytes).digest(encoding);

  it('bearer auth: each part from the file carries the Content-MD5 of its range, and so does a single PutObject', async () => {
    const s3 = make({ ibm_bearer_token: 'token-for-tests' });
    await s3.upload_file(path, 'b', 'big', { Config: config });
    const sent = parts();
    expect(sent).to.have.length(3);
    for (const { r, expected } of sent) {
      expect(r.body.equals(expected)).to.equal(true);
      expect(r.headers['content-md5']).to.equal(digest('md5', expected, 'base64'));
    }
    const small = join(dir, 'small.bin');
    writeFileSync(small, data.subarray(0, 1000));
    await s3.upload_file(small, 'b', 'small', { Config: config });
    expect(server.of('PutObject')[0]!.headers['content-md5']).to.equal(digest('md5', data.subarray(0, 1000), 'base64'));
  });

  it('HMAC keys with payload_signing_enabled: each part signs the SHA-256 of its range', async () => {
    const s3 = make(FAKE_KEYS, { payload_signing_enabled: true });
    await s3.upload_file(path, 'b', 'big', { Config: config });
    for (const { r, expected } of parts()) {
      expect(r.headers['x-amz-content-sha256']).to.equal(digest('sha256', expected, 'hex'));
      expect(r.headers['content-md5']).to.equal(undefined);
    }
  });

  it('HMAC keys by default (http): file parts go as UNSIGNED-PAYLOAD, bytes are hashed', async () => {
    const s3 = make(FAKE_KEYS);
    await s3.upload_file(path, 'b', 'big', { Config: config });
    for (const { r } of parts()) expect(r.headers['x-amz-content-sha256']).to.equal('UNSIGNED-PAYLOAD');
    await s3.upload_fileobj(data.subarray(0, 100), 'b', 'bytes', { Config: config });
    expect(server.of('PutObject')[0]!.headers['x-amz-content-sha256']).to.equal(digest('sha256', data.subarray(0, 100), 'hex'));
  });
});
