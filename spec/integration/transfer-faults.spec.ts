// Managed transfers failing against the real RADOS Gateway: a part that fails once or for good
// (injected with a before-send hook), aborts mid-way, and an object replaced during a download.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortError, ClientError, S3UploadFailedError, TransferConfig, type S3Client } from '../../lib/index.js';
import { realClient } from '../helpers/clients.js';
import { createBucket, destroyBucket, setUp, sha256, uniqueBucketName, type Fixture } from './support.js';
import { failure } from '../helpers/failure.js';

const MiB = 1024 * 1024;
const FAILED = { statusCode: 500, headers: {}, body: Buffer.from('') };

describe('integration: managed transfers that fail', function () {
  let fx: Fixture;
  let dir: string;
  let file: string;
  let data: Buffer;
  const bucket = uniqueBucketName('it-transfer-faults');
  const clients: S3Client[] = [];

  /** A fresh client (hooks stay on it); closed in `after`. */
  function client(): S3Client {
    const c = realClient(fx.server);
    clients.push(c);
    return c;
  }

  async function pendingUploads(): Promise<unknown[]> {
    return (await fx.s3.list_multipart_uploads({ Bucket: bucket })).Uploads ?? [];
  }

  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
    dir = mkdtempSync(join(tmpdir(), 'cos-transfer-faults-'));
    data = randomBytes(24 * MiB);
    file = join(dir, 'src.bin');
    writeFileSync(file, data);
  });

  after(async function () {
    this.timeout(60_000);
    await destroyBucket(fx.s3, bucket);
    for (const c of [fx.s3, ...clients]) await c.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a part that fails once is retried and the object is complete', async () => {
    const s3 = client();
    let failures = 0;
    s3.meta.events.register('before-send.s3.UploadPart', ({ params }) =>
      (params as { PartNumber: number }).PartNumber === 2 && failures++ === 0 ? FAILED : undefined,
    );
    let reported = 0;
    await s3.upload_file(file, bucket, 'retried', { Callback: (n) => (reported += n) });
    expect(failures).to.equal(2);
    expect(reported).to.equal(data.length);
    const out = await fx.s3.get_object({ Bucket: bucket, Key: 'retried' });
    expect(sha256(await out.Body!.read())).to.equal(sha256(data));
  });

  it('a part that keeps failing aborts the upload: S3UploadFailedError, nothing left in list_multipart_uploads', async () => {
    const s3 = client();
    s3.meta.events.register('before-send.s3.UploadPart', ({ params }) => ((params as { PartNumber: number }).PartNumber === 2 ? FAILED : undefined));
    const err = await failure(s3.upload_file(file, bucket, 'doomed'));
    expect(err).to.be.instanceOf(S3UploadFailedError);
    expect(err.message).to.match(/^Failed to upload .*src\.bin to it-transfer-faults-.*\/doomed: An error occurred \(500\) when calling the UploadPart operation/);
    expect((err.cause as ClientError).status).to.equal(500);
    expect(await pendingUploads()).to.deep.equal([]);
    const missing = await failure(fx.s3.head_object({ Bucket: bucket, Key: 'doomed' }));
    expect((missing as ClientError).status).to.equal(404);
  });

  it('an upload aborted mid-way leaves no multipart upload behind', async () => {
    const ac = new AbortController();
    let sent = 0;
    const err = await failure(client().upload_file(file, bucket, 'aborted-upload', {
      signal: ac.signal,
      Callback: (n) => {
        sent += n;
        if (sent > 10 * MiB) ac.abort();
      },
    }));
    expect(err).to.be.instanceOf(AbortError);
    expect(await pendingUploads()).to.deep.equal([]);
  });

  describe('downloads', () => {
    const config = new TransferConfig({ multipart_threshold: 4 * MiB, multipart_chunksize: 4 * MiB, max_concurrency: 2 });
    before(async () => {
      await fx.s3.upload_file(file, bucket, 'source');
    });

    it('an aborted download leaves no file', async () => {
      const ac = new AbortController();
      let got = 0;
      const target = join(dir, 'aborted.bin');
      const err = await failure(client().download_file(bucket, 'source', target, {
        Config: config,
        signal: ac.signal,
        Callback: (n) => {
          got += n;
          if (got > 6 * MiB) ac.abort();
        },
      }));
      expect(err).to.be.instanceOf(AbortError);
      expect(existsSync(target)).to.equal(false);
      expect(readdirSync(dir).filter((n) => n.startsWith('aborted'))).to.deep.equal([]);
    });

    it('an object replaced during a ranged download fails cleanly (ETag pinned): 412, no file', async () => {
      await fx.s3.upload_file(file, bucket, 'changing');
      const s3 = client();
      let gets = 0;
      // before the third ranged GET goes out, someone replaces the object
      s3.meta.events.register('before-send.s3.GetObject', async () => {
        if (++gets === 3) await fx.s3.put_object({ Bucket: bucket, Key: 'changing', Body: randomBytes(1024) });
        return undefined;
      });
      const target = join(dir, 'changing.bin');
      const err = await failure(s3.download_file(bucket, 'changing', target, { Config: new TransferConfig({ ...config, max_concurrency: 1 }) }));
      expect(err).to.be.instanceOf(ClientError);
      expect((err as ClientError).code).to.equal('PreconditionFailed');
      expect(err.message).to.match(/changed during the transfer/);
      expect(existsSync(target)).to.equal(false);
      expect(readdirSync(dir).filter((n) => n.startsWith('changing'))).to.deep.equal([]);
    });

    it('after those failures the same object still downloads byte-exact', async () => {
      const target = join(dir, 'ok.bin');
      await fx.s3.download_file(bucket, 'source', target, { Config: config });
      expect(sha256(readFileSync(target))).to.equal(sha256(data));
    });
  });
});
