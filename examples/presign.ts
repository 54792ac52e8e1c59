// Presigning: URLs and POST forms that let someone without keys read or write one object.
//
//   npm run example          (runs every example; this one alone: node build/examples/presign.js)
import { withExampleBucket } from './local-server.js';

await withExampleBucket('presign', async (s3, bucket) => {
  // a PUT URL: whoever has it may upload this one key, for ten minutes
  const putUrl = await s3.generate_presigned_url('put_object', { Params: { Bucket: bucket, Key: 'shared.txt' }, ExpiresIn: 600 });
  const put = await fetch(putUrl, { method: 'PUT', body: 'uploaded through a presigned URL' });
  console.log(`PUT with the presigned URL: ${put.status}`);

  const getUrl = await s3.generate_presigned_url('get_object', {
    Params: { Bucket: bucket, Key: 'shared.txt', ResponseContentType: 'text/plain' },
    ExpiresIn: 60,
  });
  const got = await fetch(getUrl);
  console.log(`GET with the presigned URL: ${got.status} ${got.headers.get('content-type')} "${await got.text()}"`);

  // a POST form (a browser upload): the policy caps the size and fixes the key prefix
  const post = await s3.generate_presigned_post(bucket, 'uploads/${filename}', {
    Conditions: [['content-length-range', 1, 1024 * 1024], ['starts-with', '$key', 'uploads/']],
    ExpiresIn: 300,
  });
  const form = new FormData();
  for (const [name, value] of Object.entries(post.fields)) form.append(name, value);
  form.append('file', new Blob(['a form upload']), 'note.txt');
  const posted = await fetch(post.url, { method: 'POST', body: form });
  console.log(`POST form upload: ${posted.status}; stored as ${(await s3.list_objects_v2({ Bucket: bucket, Prefix: 'uploads/' })).Contents?.map((o) => o.Key).join(', ')}`);
});
