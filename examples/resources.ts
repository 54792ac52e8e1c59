// A tour of the resource API: buckets and objects as objects, as in ibm_boto3's s3 resource.
//
//   npm run example        (runs examples/main.ts, then this)
//
// Same endpoint rules as examples/main.ts: S3_ENDPOINT & co. if set, else the local RADOS Gateway.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Config, ResourceNotLoadedError, resource, type S3 } from 'cos-boto3';
import { exampleServer } from './local-server.js';

async function tour(s3: S3.ServiceResource, bucket: S3.Bucket, dir: string): Promise<void> {
  // objects: put_object returns an Object; attributes are read after an explicit load()
  const hello = await bucket.put_object({ Key: 'hello.txt', Body: 'Hello from a resource!', ContentType: 'text/plain', Metadata: { owner: 'tour' } });
  try {
    console.log(hello.content_length);
  } catch (err) {
    if (err instanceof ResourceNotLoadedError) console.log(`before load(): ${err.message}`);
  }
  await hello.load();
  console.log(`${hello.key}: ${hello.content_length} bytes, ${hello.content_type}, ETag ${hello.e_tag}, metadata ${JSON.stringify(hello.metadata)}`);
  const { Body } = await hello.get({ Range: 'bytes=0-4' });
  console.log(`first five bytes: "${await Body!.text()}"`);

  // managed transfers through the bucket and the object
  const file = join(dir, 'notes.txt');
  await writeFile(file, 'a file uploaded with bucket.upload_file\n'.repeat(100));
  let sent = 0;
  await bucket.upload_file(file, 'docs/notes.txt', { ExtraArgs: { ContentType: 'text/plain' }, Callback: (n) => (sent += n) });
  console.log(`upload_file sent ${sent} bytes; object is ${(await bucket.Object('docs/notes.txt').load()).content_length} bytes`);
  await bucket.Object('docs/notes.txt').download_file(join(dir, 'copy.txt'));

  // collections: lazy, immutable queries; items arrive with their listing data
  await Promise.all(Array.from({ length: 25 }, (_, i) => bucket.put_object({ Key: `logs/${String(i).padStart(2, '0')}.log`, Body: `line ${i}\n` })));
  const query = bucket.objects.filter({ Prefix: 'logs/' }).page_size(10).limit(15);
  const keys: string[] = [];
  for await (const summary of query) keys.push(`${summary.key} (${summary.size} B)`);
  console.log(`first 15 logs, 10 per request: ${keys.slice(0, 3).join(', ')} … ${keys.at(-1)}`);
  for await (const page of query.pages()) console.log(`  a page of ${page.length}`);
  const deleted = await bucket.objects.filter({ Prefix: 'logs/' }).delete();
  console.log(`batch delete: ${deleted.length} DeleteObjects requests, ${deleted.reduce((n, r) => n + (r.Deleted?.length ?? 0), 0)} keys`);

  // sub-resources: configuration as objects
  const tagging = bucket.Tagging();
  await tagging.put({ Tagging: { TagSet: [{ Key: 'project', Value: 'cos-boto3' }] } });
  console.log(`tags: ${JSON.stringify((await tagging.load()).tag_set)}`);
  const versioning = bucket.Versioning();
  await versioning.enable();
  await hello.put({ Body: 'Hello again!' });
  console.log(`versioning ${(await versioning.load()).status}; hello.txt has ${(await bucket.object_versions.filter({ Prefix: 'hello' }).toArray()).length} versions`);

  // a multipart upload, by hand
  const upload = await bucket.Object('big.bin').initiate_multipart_upload();
  await upload.Part(1).upload({ Body: Buffer.alloc(5 * 1024 * 1024, 7) });
  await upload.Part(2).upload({ Body: '!' });
  const parts = await upload.parts.all().toArray();
  const big = await upload.complete({ MultipartUpload: { Parts: parts.map((p) => ({ PartNumber: p.part_number, ETag: p.e_tag })) } });
  console.log(`multipart upload of ${parts.length} parts: ${(await big.load()).content_length} bytes`);

  const mine = (await s3.buckets.all().toArray()).find((b) => b.equals(bucket));
  console.log(`buckets.all() lists ${bucket.name}, created ${mine?.creation_date?.toISOString()}`);
}

async function main(): Promise<void> {
  const server = exampleServer();
  const env = server.env;
  const s3 = resource('s3', {
    endpoint_url: env.S3_ENDPOINT,
    aws_access_key_id: env.S3_ACCESS_KEY_ID,
    aws_secret_access_key: env.S3_SECRET_ACCESS_KEY,
    region_name: env.S3_REGION ?? 'us-east-1',
    config: new Config({ s3: { addressing_style: 'path' }, retries: { max_attempts: 4 } }),
  });
  const dir = await mkdtemp(join(tmpdir(), 'cos-boto3-tour-'));
  const bucket = await s3.create_bucket({ Bucket: `cos-boto3-tour-${Date.now().toString(36)}` });
  try {
    await bucket.wait_until_exists();
    console.log(`created bucket ${bucket.name}`);
    await tour(s3, bucket, dir);
  } finally {
    // every version and delete marker, then the bucket
    await bucket.object_versions.delete().catch(() => undefined);
    await bucket.delete().catch(() => undefined);
    console.log('deleted the objects and the bucket');
    await s3.meta.client.close();
    await rm(dir, { recursive: true, force: true });
    server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
