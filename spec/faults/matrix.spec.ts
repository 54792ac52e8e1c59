// The fault matrix: every fault type, once and always, against each operation through the proxy in
// front of the real RADOS Gateway. Each run must end byte-exact or with one of our typed errors.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import type { S3Client } from '../../lib/index.js';
import { ensureServer, SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from '../helpers/server.js';
import { realClient } from '../helpers/clients.js';
import { FAULTS, FaultProxy, faultyClient, outcome } from './proxy.js';


const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('faults: matrix for put_object, get_object and list_objects_v2', function () {
  this.timeout(60_000);
  let server: ServerInfo;
  let proxy: FaultProxy;
  let direct: S3Client;
  let faulty: S3Client;
  const bucket = uniqueBucketName('faults');
  const content = randomBytes(256 * 1024);
  const listed = Array.from({ length: 30 }, (_, i) => `list/k${String(i).padStart(2, '0')}`);
  const tally: string[] = [];

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ensureServer();
    proxy = await new FaultProxy(server.endpoint).start();
    direct = realClient(server);
    faulty = faultyClient(server, proxy);
    await direct.create_bucket({ Bucket: bucket });
    await direct.put_object({ Bucket: bucket, Key: 'source', Body: content });
    for (const key of listed) await direct.put_object({ Bucket: bucket, Key: key, Body: 'x' });
  });

  after(async () => {
    const all = await direct.list_objects_v2({ Bucket: bucket });
    const keys = (all.Contents ?? []).map((o) => ({ Key: o.Key! }));
    if (keys.length) await direct.delete_objects({ Bucket: bucket, Delete: { Objects: keys } });
    await direct.delete_bucket({ Bucket: bucket });
    await direct.close();
    await faulty.close();
    await proxy.stop();
    console.log(`      fault matrix: ${tally.length} runs, ${tally.filter((t) => t.endsWith('ok')).length} byte-exact, the rest typed errors`);
  });

  const operations: Record<string, (n: number) => Promise<void>> = {
    PutObject: async (n) => {
      const key = `put/${n}`;
      await faulty.put_object({ Bucket: bucket, Key: key, Body: content });
      const back = await (await direct.get_object({ Bucket: bucket, Key: key })).Body!.read();
      expect(sha(back)).to.equal(sha(content));
    },
    GetObject: async () => {
      const body = await (await faulty.get_object({ Bucket: bucket, Key: 'source' })).Body!.read();
      expect(sha(body)).to.equal(sha(content));
    },
    ListObjectsV2: async () => {
      const page = await faulty.list_objects_v2({ Bucket: bucket, Prefix: 'list/' });
      expect((page.Contents ?? []).map((o) => o.Key)).to.deep.equal(listed);
    },
  };

  let n = 0;
  for (const [operation, run] of Object.entries(operations)) {
    for (const fault of FAULTS) {
      for (const times of [1, undefined]) {
        const label = `${operation} × ${fault} × ${times ? 'once' : 'always'}`;
        it(label, async () => {
          // flip-byte on a listing: break the document's first byte (listings carry no checksum to catch a flipped key)
          proxy.setRules({ fault, operation, times, ...(fault === 'flip-byte' && operation === 'ListObjectsV2' ? { offset: 0 } : {}) });
          const result = await outcome(() => run(++n));
          tally.push(`${label}: ${result}`);
          // a streamed body is the caller's once its headers arrived (as in boto3): a fault after that
          // surfaces as a typed error on read (download_file retries ranges); a corrupted listing
          // document is a typed parser error
          const afterHeaders = ['reset-after-headers', 'reset-mid-body', 'truncate-body', 'flip-byte'].includes(fault);
          const recoverable = times === 1 && !(operation === 'GetObject' && afterHeaders) && !(operation === 'ListObjectsV2' && fault === 'flip-byte');
          if (recoverable && proxy.faultsApplied > 0) expect(result, 'a single transient fault is retried').to.equal('ok');
        });
      }
    }
  }
});
