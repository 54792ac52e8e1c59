// Faults a seeded soak found, each of which must end as one of our typed errors: a garbled or
// repeated status line (retried, then ConnectionClosedError), a download destination that is
// destroyed or ended part-way (S3TransferFailedError naming it), an upload stream aborted while it
// is being read ahead (AbortError), and an aborted upload or a failed multipart copy whose
// AbortMultipartUpload fails every time (the error names the UploadId left behind).
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { AbortError, ClientError, ConnectionClosedError, S3TransferFailedError, TransferConfig, type S3Client } from '../../lib/index.js';
import { SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from '../helpers/server.js';
import { failure } from '../helpers/failure.js';
import { destroyBucket } from '../integration/support.js';
import { type FaultProxy, type TransferFaults, closeTransferFaults, openTransferFaults, outcome } from './proxy.js';

const MiB = 1024 * 1024;
const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB, max_concurrency: 2 });

/** Waits (bounded) until `check` holds; the proxy sees requests a little after they are sent. */
async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await sleep(10);
  if (!check()) throw new Error(`${what}: not within 5 s`);
}

describe('faults: each ends in a typed error', function () {
  this.timeout(60_000);
  let server: ServerInfo;
  let proxy: FaultProxy;
  let direct: S3Client;
  let faulty: S3Client;
  let dir: string;
  const bucket = uniqueBucketName('typed-ends');
  const content = randomBytes(12 * MiB);

  let faults: TransferFaults;

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    faults = await openTransferFaults(bucket, content);
    ({ server, proxy, direct, faulty, dir } = faults);
  });

  after(async () => {
    await destroyBucket(direct, bucket);
    await closeTransferFaults(faults);
  });

  for (const fault of ['garbled-status-line', 'duplicate-status-line'] as const) {
    it(`${fault}: retried, then ConnectionClosedError (never undici's HTTPParserError)`, async () => {
      proxy.setRules({ fault, operation: 'ListObjectsV2' });
      const err = await failure(faulty.list_objects_v2({ Bucket: bucket }));
      expect(err).to.be.instanceOf(ConnectionClosedError);
      expect(err.message).to.match(/^The answer was not valid HTTP \(.+\); the connection was closed$/);
      expect(proxy.log.filter((l) => l.fault === fault), 'every attempt was made').to.have.length(3);
      // once only: the retry gets a clean answer
      proxy.setRules({ fault, operation: 'GetObject', times: 1 });
      expect(await outcome(async () => void (await faulty.get_object({ Bucket: bucket, Key: 'source' })).Body!.read())).to.equal('ok');
    });
  }

  for (const how of ['destroyed', 'ended'] as const) {
    it(`download_fileobj into a Writable ${how} part-way: S3TransferFailedError naming the destination`, async () => {
      let seen = 0;
      const sink: Writable = new Writable({
        write(chunk: Buffer, _e, done) {
          seen += chunk.length;
          done();
          if (seen >= 2 * MiB && !sink.destroyed && !sink.writableEnded) {
            if (how === 'destroyed') sink.destroy();
            else sink.end();
          }
        },
      });
      const err = await failure(direct.download_fileobj(bucket, 'source', sink, { Config: config }));
      expect(err).to.be.instanceOf(S3TransferFailedError);
      expect(err.message).to.match(new RegExp(`^Failed to download s3://${bucket}/source to a Writable: the destination was ${how} after \\d+ bytes`));
    });
  }

  it('upload_fileobj(readable) aborted while the SDK reads ahead: AbortError, no upload left', async () => {
    let pulled = 0;
    // 1 MiB, then nothing more for as long as anyone waits
    const stalling = new Readable({
      read() {
        if (pulled++ === 0) this.push(Buffer.alloc(MiB, 1));
      },
    });
    const controller = new AbortController();
    const upload = direct.upload_fileobj(stalling, bucket, 'stalled', { Config: config, signal: controller.signal });
    await until('the first MiB is read', () => pulled > 1);
    controller.abort();
    const err = await failure(upload);
    expect(err).to.be.instanceOf(AbortError);
    expect((await direct.list_multipart_uploads({ Bucket: bucket })).Uploads ?? []).to.deep.equal([]);
  });

  it('an aborted upload_file whose AbortMultipartUpload fails every time: the AbortError names the UploadId left behind', async () => {
    proxy.setRules({ fault: 'stall', operation: 'UploadPart' }, { fault: '500', operation: 'AbortMultipartUpload' });
    const controller = new AbortController();
    const upload = faulty.upload_file(join(dir, 'source'), bucket, 'left-behind', { Config: config, signal: controller.signal });
    await until('a part is on its way', () => proxy.log.some((l) => l.operation === 'UploadPart'));
    controller.abort();
    const err = await failure(upload);
    expect(err).to.be.instanceOf(AbortError);
    const left = (await direct.list_multipart_uploads({ Bucket: bucket })).Uploads ?? [];
    expect(left.map((u) => u.Key)).to.deep.equal(['left-behind']);
    expect(err.message).to.contain(`aborting multipart upload ${left[0]!.UploadId} failed too`);
    expect(err.message).to.match(/so its parts remain until it is aborted$/);
    expect(proxy.log.filter((l) => l.operation === 'AbortMultipartUpload'), 'every attempt was made').to.have.length(3);
  });

  it('a multipart copy whose parts and AbortMultipartUpload fail every time: S3TransferFailedError naming the UploadId left behind', async () => {
    proxy.setRules({ fault: '500', operation: 'UploadPartCopy' }, { fault: '500', operation: 'AbortMultipartUpload' });
    const err = await failure(faulty.copy({ Bucket: bucket, Key: 'source' }, bucket, 'copy-left-behind', { Config: config }));
    expect(err).to.be.instanceOf(S3TransferFailedError);
    expect(err.message).to.match(new RegExp(`^Failed to copy s3://${bucket}/source to ${bucket}/copy-left-behind: An error occurred \\(InternalError\\) when calling the UploadPartCopy operation`));
    expect(err.cause).to.be.instanceOf(ClientError);
    const left = ((await direct.list_multipart_uploads({ Bucket: bucket })).Uploads ?? []).filter((u) => u.Key === 'copy-left-behind');
    expect(left).to.have.length(1);
    expect(err.message).to.contain(`aborting multipart upload ${left[0]!.UploadId} failed too`);
    expect(err.message).to.match(/so its parts remain until it is aborted$/);
    expect(proxy.log.filter((l) => l.operation === 'AbortMultipartUpload'), 'every attempt was made').to.have.length(3);
    await direct.abort_multipart_upload({ Bucket: bucket, Key: 'copy-left-behind', UploadId: left[0]!.UploadId! });
  });
});
