// Waiters: poll until a bucket or object exists (or is gone), as boto3's get_waiter does.
//
//   npm run example          (runs every example; this one alone: node build/examples/waiters.js)
import { WaiterError } from 'cos-boto3';
import { withExampleBucket } from './local-server.js';

await withExampleBucket('waiters', async (s3, bucket) => {
  await s3.get_waiter('bucket_exists').wait({ Bucket: bucket });
  console.log(`bucket_exists: ${bucket} is there`);

  // an object written a little later, by someone else
  setTimeout(() => void s3.put_object({ Bucket: bucket, Key: 'report.csv', Body: 'a,b\n1,2\n' }), 1500);
  await s3.get_waiter('object_exists').wait({ Bucket: bucket, Key: 'report.csv', WaiterConfig: { Delay: 1, MaxAttempts: 20 } });
  console.log('object_exists: report.csv arrived');

  await s3.delete_object({ Bucket: bucket, Key: 'report.csv' });
  await s3.get_waiter('object_not_exists').wait({ Bucket: bucket, Key: 'report.csv', WaiterConfig: { Delay: 1 } });
  console.log('object_not_exists: report.csv is gone');

  try {
    await s3.get_waiter('object_exists').wait({ Bucket: bucket, Key: 'never.csv', WaiterConfig: { Delay: 0.2, MaxAttempts: 3 } });
  } catch (err) {
    if (!(err instanceof WaiterError)) throw err;
    console.log(`a waiter that gives up raises WaiterError: ${err.message}`);
  }
});
