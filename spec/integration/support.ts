// Shared helpers of the integration specs: the real server, one client per file, and a cleanup that
// leaves nothing behind (versions, delete markers, unfinished multipart uploads, then the bucket).
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { ClientError, type S3Client, StreamingBody } from '../../lib/index.js';
import { realClient } from '../helpers/clients.js';
import { ensureServer, SERVER_START_TIMEOUT_MS, uniqueBucketName, type ServerInfo } from '../helpers/server.js';

export { uniqueBucketName, SERVER_START_TIMEOUT_MS, type ServerInfo };

export interface Fixture {
  server: ServerInfo;
  s3: S3Client;
}

/** The running server and a client for it; call from a `before` hook given `this`. */
export async function setUp(ctx: Mocha.Context): Promise<Fixture> {
  ctx.timeout(SERVER_START_TIMEOUT_MS);
  const server = await ensureServer();
  return { server, s3: realClient(server) };
}

/** Creates a bucket with the server's one accepted LocationConstraint. */
export async function createBucket(fx: Fixture, bucket: string): Promise<void> {
  await fx.s3.create_bucket({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: fx.server.locationConstraint } });
}

/**
 * For a describe block: the server and a client (as setUp), with `bucket` created before its tests
 * and emptied and deleted after them.
 */
export function withBucket(bucket: string): Fixture {
  let fx: Fixture | undefined;
  before(async function () {
    fx = await setUp(this);
    await createBucket(fx, bucket);
  });
  after(async () => {
    if (!fx) return;
    await destroyBucket(fx.s3, bucket);
    await fx.s3.close();
  });
  const ready = (): Fixture => {
    if (!fx) throw new Error('the fixture exists once the tests run');
    return fx;
  };
  return {
    get server() {
      return ready().server;
    },
    get s3() {
      return ready().s3;
    },
  };
}

/**
 * Deletes every version, delete marker and unfinished upload of `bucket`, then the bucket. Missing
 * buckets are fine; versions under governance-mode Object Lock are deleted with the bypass.
 */
export async function destroyBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    for (;;) {
      const uploads = await s3.list_multipart_uploads({ Bucket: bucket });
      for (const u of uploads.Uploads ?? []) {
        await s3.abort_multipart_upload({ Bucket: bucket, Key: u.Key!, UploadId: u.UploadId! });
      }
      if (!uploads.IsTruncated) break;
    }
    for (;;) {
      const page = await s3.list_object_versions({ Bucket: bucket });
      const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key!, VersionId: v.VersionId }));
      if (objects.length) {
        try {
          await s3.delete_objects({ Bucket: bucket, Delete: { Objects: objects, Quiet: true }, BypassGovernanceRetention: true });
        } catch (err) {
          // keys with characters XML 1.0 cannot carry (e.g. \u0001) make the whole request a 400
          if (!(err instanceof ClientError && err.status === 400)) throw err;
          for (const o of objects) await s3.delete_object({ Bucket: bucket, Key: o.Key, VersionId: o.VersionId, BypassGovernanceRetention: true });
        }
      }
      if (!page.IsTruncated) break;
    }
    await s3.delete_bucket({ Bucket: bucket });
  } catch (err) {
    if (err instanceof ClientError && err.code === 'NoSuchBucket') return;
    throw err;
  }
}

/** Awaits `promise`, expecting a ClientError; returns it for further checks. */
export async function rejects(promise: Promise<unknown>): Promise<ClientError> {
  let out: unknown;
  try {
    out = await promise;
  } catch (err) {
    expect(err, String(err)).to.be.instanceOf(ClientError);
    return err as ClientError;
  }
  // an unread body would hold its connection and keep client.close() waiting
  const body = (out as { Body?: unknown } | undefined)?.Body;
  if (body instanceof StreamingBody) body.close();
  expect.fail('expected a ClientError, but the call succeeded');
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function md5Hex(data: Uint8Array | string): string {
  return createHash('md5').update(data).digest('hex');
}
