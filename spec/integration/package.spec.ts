// The package as users import it: `cos-boto3` resolves to the bundled dist/index.js (one module of
// ours, for cold start), which must export what lib/index.ts exports and work end to end.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pkg from 'cos-boto3';
import * as lib from '../../lib/index.js';
import { uniqueBucketName, withBucket } from './support.js';

const MiB = 1024 * 1024;

describe('integration: the published package (bundled dist/index.js)', function () {
  const bucket = uniqueBucketName('it-package');
  const fx = withBucket(bucket);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-package-it-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const s3 = () =>
    pkg.client('s3', {
      endpoint_url: fx.server.endpoint,
      region_name: fx.server.region,
      aws_access_key_id: fx.server.accessKeyId,
      aws_secret_access_key: fx.server.secretAccessKey,
    });

  it('resolves to the bundle, which imports nothing but node built-ins (undici comes through createRequire)', () => {
    const file = fileURLToPath(import.meta.resolve('cos-boto3'));
    expect(file).to.match(/[/\\]dist[/\\]index\.js$/);
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"\n]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]!);
    expect(specifiers.length, 'static imports found').to.be.greaterThan(0);
    expect(specifiers.filter((s) => !s.startsWith('node:'))).to.deep.equal([]);
  });

  it('exports exactly the runtime names of lib/index.ts', () => {
    expect(Object.keys(pkg).sort()).to.deep.equal(Object.keys(lib).sort());
  });

  it('works end to end: objects, a multipart upload_file and download_file, a resource collection, typed errors', async () => {
    const c = s3();
    try {
      await c.put_object({ Bucket: bucket, Key: 'small', Body: 'hello bundle' });
      expect(await (await c.get_object({ Bucket: bucket, Key: 'small' })).Body!.text()).to.equal('hello bundle');

      const data = randomBytes(12 * MiB + 5);
      const src = join(dir, 'src.bin');
      const back = join(dir, 'back.bin');
      writeFileSync(src, data);
      const config = new pkg.TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB });
      await c.upload_file(src, bucket, 'big', { Config: config });
      expect((await c.head_object({ Bucket: bucket, Key: 'big' })).ETag).to.match(/-3"$/);
      await c.download_file(bucket, 'big', back, { Config: config });
      expect(readFileSync(back).equals(data)).to.equal(true);

      const keys: string[] = [];
      for await (const o of pkg.resource('s3', { endpoint_url: fx.server.endpoint, region_name: fx.server.region, aws_access_key_id: fx.server.accessKeyId, aws_secret_access_key: fx.server.secretAccessKey }).Bucket(bucket).objects.all()) {
        keys.push(o.key);
      }
      expect(keys).to.deep.equal(['big', 'small']);

      const err = await c.get_object({ Bucket: bucket, Key: 'missing' }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(pkg.ClientError);
      expect(err).to.be.instanceOf(c.exceptions.NoSuchKey);
      expect((err as lib.ClientError).response.Error.Code).to.equal('NoSuchKey');
    } finally {
      await c.close();
    }
  });
});
