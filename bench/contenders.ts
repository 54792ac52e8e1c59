// The SDKs compared, each behind the same small interface. Each runs in its own worker process.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export const KEYS = { accessKeyId: 'bench-access-key', secretAccessKey: 'bench-secret-key-0000000000000000', region: 'us-east-1' };
export const MiB = 1024 * 1024;

/** The big object each download scenario reads: stored by one PUT (an MD5 ETag) or by a multipart upload ("…-N"). */
export const DOWNLOAD_KEYS = { download: 'big', 'download-multipart': 'big-mp' } as const;

export interface Contender {
  upload(file: string, bucket: string, key: string, tuned: boolean): Promise<void>;
  download(bucket: string, key: string, file: string): Promise<void>;
  put(bucket: string, key: string, body: Buffer): Promise<void>;
  get(bucket: string, key: string): Promise<Buffer>;
  /** Number of keys seen, listing 1,000 per page. */
  list(bucket: string): Promise<number>;
  /** One small request, for cold start. */
  ping(bucket: string, key: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * 'boto3' is Python's, run by bench/boto3_worker.py; the others run in bench/worker.ts. 'raw-undici'
 * is no SDK but plain requests (bench/raw-undici.ts): the ceiling of this loopback endpoint.
 */
export type ContenderName = 'cos-boto3' | 'aws-sdk-v3' | 'ibm-cos-sdk' | 'boto3' | 'raw-undici';
const ALL: ContenderName[] = ['cos-boto3', 'aws-sdk-v3', 'ibm-cos-sdk', 'boto3', 'raw-undici'];
/** BENCH_CONTENDERS=a,b narrows the run (for profiling one SDK). */
export const CONTENDERS: ContenderName[] = process.env.BENCH_CONTENDERS
  ? ALL.filter((c) => process.env.BENCH_CONTENDERS!.split(',').includes(c))
  : ALL;

export async function createContender(name: ContenderName, endpoint: string): Promise<Contender> {
  if (name === 'cos-boto3') return ours(endpoint);
  if (name === 'aws-sdk-v3') return awsV3(endpoint);
  if (name === 'ibm-cos-sdk') return ibmCos(endpoint);
  // loaded only for its own runs: undici's index would count in every other contender's cold start
  if (name === 'raw-undici') return (await import('./raw-undici.js')).rawUndici(endpoint);
  throw new Error(`${name} has no Node worker (boto3 runs in bench/boto3_worker.py)`);
}

async function ours(endpoint: string): Promise<Contender> {
  // the package as users get it (`npm run build`: the bundled dist/index.js), not the test build
  const { client, Config, TransferConfig } = await import('cos-boto3');
  const s3 = client('s3', {
    endpoint_url: endpoint, region_name: KEYS.region,
    aws_access_key_id: KEYS.accessKeyId, aws_secret_access_key: KEYS.secretAccessKey,
    config: new Config({ max_pool_connections: 16 }),
  });
  const tuned = new TransferConfig({ multipart_chunksize: 8 * MiB, max_concurrency: 8 });
  return {
    upload: (file, bucket, key, t) => s3.upload_file(file, bucket, key, t ? { Config: tuned } : {}),
    download: (bucket, key, file) => s3.download_file(bucket, key, file),
    put: async (bucket, key, body) => void (await s3.put_object({ Bucket: bucket, Key: key, Body: body })),
    get: async (bucket, key) => (await s3.get_object({ Bucket: bucket, Key: key })).Body!.read(),
    list: async (bucket) => {
      let n = 0;
      for await (const page of s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, PaginationConfig: { PageSize: 1000 } })) {
        n += page.Contents?.length ?? 0;
      }
      return n;
    },
    ping: async (bucket, key) => void (await s3.head_object({ Bucket: bucket, Key: key })),
    close: () => s3.close(),
  };
}

async function awsV3(endpoint: string): Promise<Contender> {
  const { S3Client, PutObjectCommand, GetObjectCommand, HeadObjectCommand, paginateListObjectsV2 } = await import('@aws-sdk/client-s3');
  const { Upload } = await import('@aws-sdk/lib-storage');
  const s3 = new S3Client({
    endpoint, region: KEYS.region, forcePathStyle: true,
    credentials: { accessKeyId: KEYS.accessKeyId, secretAccessKey: KEYS.secretAccessKey },
  });
  return {
    upload: async (file, bucket, key, tuned) => {
      const params = { Bucket: bucket, Key: key, Body: createReadStream(file) };
      await new Upload({ client: s3, params, ...(tuned ? { partSize: 8 * MiB, queueSize: 8 } : {}) }).done();
    },
    // v3 has no download manager: one GET streamed to the file, as its users write it
    download: async (bucket, key, file) => {
      const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      await pipeline(out.Body as Readable, createWriteStream(file));
    },
    put: async (bucket, key, body) => void (await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))),
    get: async (bucket, key) => {
      const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await out.Body!.transformToByteArray());
    },
    list: async (bucket) => {
      let n = 0;
      for await (const page of paginateListObjectsV2({ client: s3, pageSize: 1000 }, { Bucket: bucket })) n += page.Contents?.length ?? 0;
      return n;
    },
    ping: async (bucket, key) => void (await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))),
    close: async () => s3.destroy(),
  };
}

async function ibmCos(endpoint: string): Promise<Contender> {
  const IBM = ((await import('ibm-cos-sdk')) as unknown as { default: Record<string, new (o: object) => IbmS3> }).default;
  const s3 = new IBM.S3!({
    endpoint, accessKeyId: KEYS.accessKeyId, secretAccessKey: KEYS.secretAccessKey,
    region: KEYS.region, s3ForcePathStyle: true, signatureVersion: 'v4',
  });
  return {
    upload: async (file, bucket, key, tuned) => {
      await s3.upload({ Bucket: bucket, Key: key, Body: createReadStream(file) }, tuned ? { partSize: 8 * MiB, queueSize: 8 } : {}).promise();
    },
    download: async (bucket, key, file) => {
      await pipeline(s3.getObject({ Bucket: bucket, Key: key }).createReadStream(), createWriteStream(file));
    },
    put: async (bucket, key, body) => void (await s3.putObject({ Bucket: bucket, Key: key, Body: body }).promise()),
    get: async (bucket, key) => (await s3.getObject({ Bucket: bucket, Key: key }).promise()).Body as Buffer,
    list: async (bucket) => {
      let n = 0;
      let token: string | undefined;
      do {
        const page = (await s3.listObjectsV2({ Bucket: bucket, MaxKeys: 1000, ContinuationToken: token }).promise()) as {
          Contents?: unknown[]; NextContinuationToken?: string; IsTruncated?: boolean;
        };
        n += page.Contents?.length ?? 0;
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return n;
    },
    ping: async (bucket, key) => void (await s3.headObject({ Bucket: bucket, Key: key }).promise()),
    close: async () => undefined,
  };
}

interface IbmRequest {
  promise(): Promise<Record<string, unknown>>;
  createReadStream(): Readable;
}
interface IbmS3 {
  upload(params: object, options: object): IbmRequest;
  getObject(params: object): IbmRequest;
  putObject(params: object): IbmRequest;
  headObject(params: object): IbmRequest;
  listObjectsV2(params: object): IbmRequest;
}
