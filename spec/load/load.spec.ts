// Load: 200 concurrent mixed operations through one client against the real server stay correct,
// stay within max_pool_connections sockets, and leave nothing open (the process exits by itself).
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { S3Client } from '../../lib/index.js';
import { ensureServer, SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from '../helpers/server.js';
import { realClient } from '../helpers/clients.js';

const run = promisify(execFile);

describe('load: 200 concurrent mixed operations through one client', function () {
  this.timeout(120_000);
  let server: ServerInfo;
  let admin: S3Client;
  const bucket = uniqueBucketName('load');

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ensureServer();
    admin = realClient(server);
    await admin.create_bucket({ Bucket: bucket });
  });

  after(async () => {
    for (;;) {
      const page = await admin.list_objects_v2({ Bucket: bucket });
      const keys = (page.Contents ?? []).map((o) => ({ Key: o.Key! }));
      if (!keys.length) break;
      await admin.delete_objects({ Bucket: bucket, Delete: { Objects: keys } });
    }
    await admin.delete_bucket({ Bucket: bucket });
    await admin.close();
  });

  it('all succeed, at most 10 sockets at once, and the process exits on its own', async () => {
    const child = join(dirname(fileURLToPath(import.meta.url)), 'load-child.js');
    // execFile resolves only when the child exits: a leaked socket or timer would hang it past the timeout
    const { stdout } = await run('node', [child, server.endpoint, server.accessKeyId, server.secretAccessKey, bucket], { timeout: 100_000 });
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      operations: number; failures: number; peakSockets: number; relayPeak: number; totalSockets: number;
    };
    expect(summary.operations).to.equal(200);
    expect(summary.failures).to.equal(0);
    expect(summary.peakSockets).to.be.at.most(10).and.at.least(2);
    // the relay learns of a close a moment late, so it may briefly see one replacement socket more
    expect(summary.relayPeak).to.be.at.most(11);
    const uploads = await admin.list_multipart_uploads({ Bucket: bucket });
    expect(uploads.Uploads ?? []).to.deep.equal([]);
  });
});
