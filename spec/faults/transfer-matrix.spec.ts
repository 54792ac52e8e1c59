// The fault matrix for managed transfers: upload_file (multipart) and download_file (ranged) under
// every fault type, once and always. Each run ends byte-exact or with a typed error; a failed
// upload leaves no multipart upload, a failed download leaves no file.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TransferConfig, type S3Client } from '../../lib/index.js';
import { SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from '../helpers/server.js';
import { FAULTS, type FaultProxy, type TransferFaults, closeTransferFaults, openTransferFaults, outcome } from './proxy.js';

const MiB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB, max_concurrency: 3 });

describe('faults: matrix for upload_file (multipart) and download_file (ranged)', function () {
  this.timeout(90_000);
  let server: ServerInfo;
  let proxy: FaultProxy;
  let direct: S3Client;
  let faulty: S3Client;
  let dir: string;
  const bucket = uniqueBucketName('xfer-faults');
  const content = randomBytes(12 * MiB);
  const tally: string[] = [];

  let faults: TransferFaults;

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    faults = await openTransferFaults(bucket, content);
    ({ server, proxy, direct, faulty, dir } = faults);
  });

  after(async () => {
    const all = await direct.list_objects_v2({ Bucket: bucket });
    const keys = (all.Contents ?? []).map((o) => ({ Key: o.Key! }));
    if (keys.length) await direct.delete_objects({ Bucket: bucket, Delete: { Objects: keys } });
    await direct.delete_bucket({ Bucket: bucket });
    await closeTransferFaults(faults);
    console.log(`      transfer fault matrix: ${tally.length} runs, ${tally.filter((t) => t.endsWith(': ok')).length} byte-exact, the rest typed errors`);
  });


  let n = 0;
  for (const fault of FAULTS) {
    for (const times of [1, undefined]) {
      it(`upload_file × UploadPart ${fault} × ${times ? 'once' : 'always'}`, async () => {
        const key = `up/${++n}`;
        proxy.setRules({ fault, operation: 'UploadPart', partNumber: 2, times });
        const result = await outcome(async () => {
          await faulty.upload_file(join(dir, 'source'), bucket, key, { Config: config });
          const back = await (await direct.get_object({ Bucket: bucket, Key: key })).Body!.read();
          expect(sha(back)).to.equal(sha(content));
        });
        tally.push(`upload ${fault} ${times ?? 'always'}: ${result}`);
        const left = await direct.list_multipart_uploads({ Bucket: bucket });
        expect(left.Uploads ?? [], 'no multipart upload is left behind').to.deep.equal([]);
        if (times === 1 && proxy.faultsApplied) expect(result, 'one transient part failure is retried').to.equal('ok');
      });

      it(`download_file × ranged GetObject ${fault} × ${times ? 'once' : 'always'}`, async () => {
        const target = join(dir, `down-${++n}`);
        proxy.setRules({ fault, operation: 'GetObject', nth: 2, ...(times ? { times } : {}) });
        if (!times) proxy.setRules({ fault, operation: 'GetObject' });
        const result = await outcome(async () => {
          await faulty.download_file(bucket, 'source', target, { Config: config });
          expect(sha(readFileSync(target))).to.equal(sha(content));
        });
        tally.push(`download ${fault} ${times ?? 'always'}: ${result}`);
        if (result !== 'ok') expect(existsSync(target), 'no file at the destination').to.equal(false);
        expect(readdirSync(dir).filter((f) => f.startsWith(`down-${n}`) && f !== `down-${n}`), 'no temp file left').to.deep.equal([]);
        if (times === 1 && proxy.faultsApplied) expect(result, 'one transient range failure is retried').to.equal('ok');
      });
    }
  }
});
