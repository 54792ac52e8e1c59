// Transfers, paginators, waiters and collections give back every connection they took, on
// success, on failure and on abort: all through one client with a single connection, each run
// followed by a probe that must get that connection (a leak ends in ConnectionPoolTimeoutError).
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { AbortError, IbmBotoError, TransferConfig, resource, type S3Client } from '../../lib/index.js';
import { ensureServer, SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from '../helpers/server.js';
import { realClient } from '../helpers/clients.js';
import { destroyBucket } from '../integration/support.js';
import { FaultProxy, type FaultRule } from './proxy.js';

const MiB = 1024 * 1024;
const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB, max_concurrency: 4 });
type Ending = 'success' | 'failure' | 'abort';

describe('faults: every connection comes back after transfers, paginators, waiters and collections', function () {
  this.timeout(60_000);
  let server: ServerInfo;
  let proxy: FaultProxy;
  let direct: S3Client;
  let s3r: ReturnType<typeof resource>;
  let dir: string;
  const bucket = uniqueBucketName('release');
  const content = randomBytes(12 * MiB);
  const keys = ['list/a', 'list/b', 'list/c', 'list/d', 'list/e'];

  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ensureServer();
    proxy = await new FaultProxy(server.endpoint).start();
    direct = realClient(server);
    // one connection; a wait for it fails after 2 s; unread bodies are not given back for 30 s
    s3r = resource('s3', {
      endpoint_url: proxy.endpoint, region_name: server.region,
      aws_access_key_id: server.accessKeyId, aws_secret_access_key: server.secretAccessKey,
      config: realClient(server, { max_pool_connections: 1, connect_timeout: 2, read_timeout: 30, retries: { total_max_attempts: 2, max_backoff: 0.01 } }).meta.config,
    });
    dir = mkdtempSync(join(tmpdir(), 'cos-release-'));
    writeFileSync(join(dir, 'source'), content);
    await direct.create_bucket({ Bucket: bucket });
    await direct.put_object({ Bucket: bucket, Key: 'source', Body: content });
    for (const key of keys) await direct.put_object({ Bucket: bucket, Key: key, Body: 'x' });
  });

  after(async () => {
    await destroyBucket(direct, bucket);
    await direct.close();
    await s3r.meta.client.close();
    await proxy.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Runs `work` to the given ending (faults from `rules` for a failure; for an abort, the signal
   * fires once `abortWhen` saw its request), then proves the one connection is free.
   */
  async function ends(ending: Ending, work: (signal: AbortSignal) => Promise<unknown>, rules: { failure?: FaultRule[]; abortWhen: string }): Promise<void> {
    const controller = new AbortController();
    proxy.setRules(...(ending === 'failure' ? rules.failure ?? [] : ending === 'abort' ? [{ fault: 'stall' as const, operation: rules.abortWhen, nth: 2 }] : []));
    const running = work(controller.signal).then(() => 'ok', (err: unknown) => err);
    if (ending === 'abort') {
      for (let i = 0; i < 500 && proxy.log.filter((l) => l.operation === rules.abortWhen).length < 2; i++) await sleep(10);
      controller.abort();
    }
    const result = await running;
    if (ending === 'success') expect(result).to.equal('ok');
    else if (ending === 'abort') expect(result).to.be.instanceOf(AbortError);
    else expect(result, String(result)).to.be.instanceOf(IbmBotoError);
    proxy.setRules();
    // the probe: the single connection must be free now
    await s3r.meta.client.head_bucket({ Bucket: bucket });
  }

  const client = () => s3r.meta.client;
  const always500 = (operation: string): FaultRule[] => [{ fault: '500', operation }];

  for (const ending of ['success', 'failure', 'abort'] as const) {
    it(`upload_file (multipart): ${ending}`, () =>
      ends(ending, (signal) => client().upload_file(join(dir, 'source'), bucket, `up-${ending}`, { Config: config, signal }), {
        failure: [{ fault: '500', operation: 'UploadPart' }],
        abortWhen: 'UploadPart',
      }));

    it(`download_file (ranged): ${ending}`, () =>
      ends(ending, (signal) => client().download_file(bucket, 'source', join(dir, `down-${ending}`), { Config: config, signal }), {
        failure: [{ fault: 'reset-mid-body', operation: 'GetObject' }],
        abortWhen: 'GetObject',
      }));

    it(`download_fileobj into a Writable: ${ending}`, () => {
      const sink = new Writable({ write: (_c, _e, done) => (ending === 'failure' ? done(new Error('disk full')) : done()) });
      return ends(ending, (signal) => client().download_fileobj(bucket, 'source', sink, { Config: config, signal }), { abortWhen: 'GetObject' });
    });

    it(`paginator (list_objects_v2, pages of 2): ${ending}`, () =>
      ends(ending, async (signal) => {
        const pages = client().get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: 'list/', PaginationConfig: { PageSize: 2 } }, { signal });
        const seen: string[] = [];
        for await (const page of pages) seen.push(...(page.Contents ?? []).map((o) => o.Key!));
        expect(seen).to.deep.equal(keys);
      }, { failure: always500('ListObjectsV2'), abortWhen: 'ListObjectsV2' }));

    it(`waiter (object_exists): ${ending}`, () =>
      ends(ending, (signal) => {
        // a failure runs out of attempts; an abort comes while it polls
        const Key = ending === 'success' ? 'source' : 'missing';
        return client().get_waiter('object_exists').wait({ Bucket: bucket, Key, WaiterConfig: { Delay: 0.05, MaxAttempts: ending === 'abort' ? 100 : 3 } }, { signal });
      }, { abortWhen: 'HeadObject' }));

    it(`collection (bucket.objects, pages of 2): ${ending}`, () =>
      ends(ending, async (signal) => {
        const seen: string[] = [];
        for await (const page of s3r.Bucket(bucket).objects.filter({ Prefix: 'list/' }).page_size(2).pages({ signal })) seen.push(...page.map((o) => o.key));
        expect(seen).to.deep.equal(keys);
      }, { failure: always500('ListObjects'), abortWhen: 'ListObjects' }));
  }

  it('breaking out of a paginator and a collection early, and a collection limit', async () => {
    for await (const page of client().get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: 'list/', PaginationConfig: { PageSize: 2 } })) {
      if (page.Contents?.length) break;
    }
    await client().head_bucket({ Bucket: bucket });
    for await (const summary of s3r.Bucket(bucket).objects.filter({ Prefix: 'list/' }).page_size(2)) if (summary.key) break;
    await client().head_bucket({ Bucket: bucket });
    expect((await s3r.Bucket(bucket).objects.filter({ Prefix: 'list/' }).limit(3).toArray()).map((o) => o.key)).to.deep.equal(keys.slice(0, 3));
    await client().head_bucket({ Bucket: bucket });
  });
});
