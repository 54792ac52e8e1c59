// Flexible checksums against the real RADOS Gateway. RGW 16 takes the headers and the CompletedPart
// members but neither checks nor stores them (shown here, so the day it does, this says so); the
// checking itself is shown against a local S3 that checks (spec/transfer/flexible-checksums.spec.ts).
// What must hold here: asking for checksums never breaks an upload or a download on such a server.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { TransferConfig } from '../../lib/index.js';
import { CHECKSUM_ALGORITHMS } from '../../lib/core/checksums.js';
import { md5Hex, uniqueBucketName, withBucket } from './support.js';

const MiB = 1024 * 1024;
const multipart = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB });

describe('integration: flexible checksums on RGW', function () {
  const bucket = uniqueBucketName('it-checksums');
  const fx = withBucket(bucket);
  const data = randomBytes(10 * MiB + 17);

  for (const algorithm of CHECKSUM_ALGORITHMS) {
    it(`${algorithm}: a multipart upload with the algorithm completes, and get_object with ChecksumMode reads it back`, async () => {
      const key = `mpu-${algorithm}`;
      await fx.s3.upload_fileobj(data, bucket, key, { Config: multipart, ExtraArgs: { ChecksumAlgorithm: algorithm } });
      const got = await fx.s3.get_object({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' });
      expect(md5Hex(await got.Body!.read())).to.equal(md5Hex(data));
      expect(got.ETag).to.match(/-3"$/);
    });
  }

  it('RGW 16 accepts a wrong checksum and returns none (why the checking is shown locally)', async () => {
    await fx.s3.put_object({ Bucket: bucket, Key: 'wrong', Body: 'hello', ChecksumCRC32: 'AAAAAA==' });
    const head = await fx.s3.head_object({ Bucket: bucket, Key: 'wrong', ChecksumMode: 'ENABLED' });
    expect(head.ChecksumCRC32).to.equal(undefined);
  });
});
