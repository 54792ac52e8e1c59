// Paginators: every page of a listing, a JMESPath search across pages, and resuming from a token.
//
//   npm run example          (runs every example; this one alone: node build/examples/paginators.js)
import { withExampleBucket } from './local-server.js';

await withExampleBucket('paginators', async (s3, bucket) => {
  await Promise.all(Array.from({ length: 25 }, (_, i) => s3.put_object({ Bucket: bucket, Key: `logs/${String(i).padStart(2, '0')}.log`, Body: 'x'.repeat(i) })));

  const paginator = s3.get_paginator('list_objects_v2');
  let pages = 0;
  for await (const page of paginator.paginate({ Bucket: bucket, Prefix: 'logs/', PaginationConfig: { PageSize: 10 } })) {
    pages++;
    console.log(`page ${pages}: ${page.KeyCount} keys, first ${page.Contents?.[0]?.Key}`);
  }

  const big: unknown[] = [];
  for await (const key of paginator.paginate({ Bucket: bucket, PaginationConfig: { PageSize: 10 } }).search('Contents[?Size > `20`].Key')) big.push(key);
  console.log(`keys over 20 bytes, searched across pages: ${big.join(', ')}`);

  // the first 12 keys now, the rest later from the token (as a job that stops and resumes would)
  const first = await paginator.paginate({ Bucket: bucket, PaginationConfig: { MaxItems: 12, PageSize: 5 } }).build_full_result();
  const rest = await paginator.paginate({ Bucket: bucket, PaginationConfig: { StartingToken: first.NextToken as string } }).build_full_result();
  console.log(`build_full_result: ${(first.Contents as unknown[]).length} keys, then ${(rest.Contents as unknown[]).length} more from NextToken`);
});
