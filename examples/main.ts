// The main example: a tour of the low-level client against any S3-compatible endpoint.
//
//   npm run example
//
// With S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY set, it uses that endpoint (IBM COS,
// or any S3 server). Otherwise it starts the project's local Ceph RADOS Gateway (scripts/radosgw.sh)
// and stops it again at the end.
import { client, Config, ClientError } from 'cos-boto3';
import { exampleServer } from './local-server.js';

async function main(): Promise<void> {
  const server = exampleServer();
  const env = server.env;

  const s3 = client('s3', {
    endpoint_url: env.S3_ENDPOINT,
    aws_access_key_id: env.S3_ACCESS_KEY_ID,
    aws_secret_access_key: env.S3_SECRET_ACCESS_KEY,
    region_name: env.S3_REGION ?? 'us-east-1',
    config: new Config({ s3: { addressing_style: 'path' }, retries: { max_attempts: 4 } }),
  });

  const bucket = `cos-boto3-example-${Date.now().toString(36)}`;
  try {
    await s3.create_bucket({ Bucket: bucket });
    console.log(`created bucket ${bucket}`);

    await s3.put_object({ Bucket: bucket, Key: 'hello.txt', Body: 'Hello, COS!', ContentType: 'text/plain', Metadata: { owner: 'example' } });
    const head = await s3.head_object({ Bucket: bucket, Key: 'hello.txt' });
    console.log(`hello.txt: ${head.ContentLength} bytes, ETag ${head.ETag}, metadata ${JSON.stringify(head.Metadata)}`);

    const got = await s3.get_object({ Bucket: bucket, Key: 'hello.txt', Range: 'bytes=0-4' });
    console.log(`first five bytes: "${await got.Body!.text()}"`);

    for (let i = 0; i < 5; i++) await s3.put_object({ Bucket: bucket, Key: `logs/2026/${i}.log`, Body: `line ${i}\n` });
    const listing = await s3.list_objects_v2({ Bucket: bucket, Prefix: 'logs/', MaxKeys: 3 });
    console.log(`listed ${listing.KeyCount} of the logs, truncated: ${listing.IsTruncated}`);
    const rest = await s3.list_objects_v2({ Bucket: bucket, Prefix: 'logs/', ContinuationToken: listing.NextContinuationToken });
    console.log(`then ${rest.KeyCount} more: ${rest.Contents?.map((o) => o.Key).join(', ')}`);

    await s3.copy_object({ Bucket: bucket, Key: 'copy.txt', CopySource: { Bucket: bucket, Key: 'hello.txt' } });

    // a multipart upload by hand: two parts of 5 MiB and 1 byte
    const { UploadId } = await s3.create_multipart_upload({ Bucket: bucket, Key: 'big.bin' });
    const part1 = await s3.upload_part({ Bucket: bucket, Key: 'big.bin', UploadId: UploadId!, PartNumber: 1, Body: Buffer.alloc(5 * 1024 * 1024, 7) });
    const part2 = await s3.upload_part({ Bucket: bucket, Key: 'big.bin', UploadId: UploadId!, PartNumber: 2, Body: Buffer.from('!') });
    await s3.complete_multipart_upload({
      Bucket: bucket, Key: 'big.bin', UploadId: UploadId!,
      MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part1.ETag }, { PartNumber: 2, ETag: part2.ETag }] },
    });
    console.log(`multipart upload done: ${(await s3.head_object({ Bucket: bucket, Key: 'big.bin' })).ContentLength} bytes`);

    try {
      await s3.get_object({ Bucket: bucket, Key: 'missing' });
    } catch (err) {
      if (err instanceof s3.exceptions.NoSuchKey) console.log(`a missing key raises ${(err as ClientError).code}, as in boto3`);
      else throw err;
    }
  } finally {
    const all = await s3.list_objects_v2({ Bucket: bucket }).catch(() => undefined);
    const keys = all?.Contents?.map((o) => ({ Key: o.Key! })) ?? [];
    if (keys.length) await s3.delete_objects({ Bucket: bucket, Delete: { Objects: keys } });
    await s3.delete_bucket({ Bucket: bucket }).catch(() => undefined);
    console.log(`deleted ${keys.length} objects and the bucket`);
    await s3.close();
    server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
