// S3 waiters as data: the operation polled, the default delay (seconds) and attempts, and the
// acceptors that map a response (or error) to success / retry / failure. HEAD requests have no
// error body, so these match on the HTTP status. Run by lib/client/waiter.ts.
import type { WaiterModel } from '../types.js';

export const s3Waiters = {
  BucketExists: {
    operation: 'HeadBucket',
    delay: 5,
    maxAttempts: 20,
    acceptors: [
      { matcher: 'status', expected: 200, state: 'success' },
      // the bucket exists, elsewhere (redirect) or for someone else (forbidden)
      { matcher: 'status', expected: 301, state: 'success' },
      { matcher: 'status', expected: 403, state: 'success' },
      { matcher: 'status', expected: 404, state: 'retry' },
    ],
  },
  BucketNotExists: {
    operation: 'HeadBucket',
    delay: 5,
    maxAttempts: 20,
    acceptors: [{ matcher: 'status', expected: 404, state: 'success' }],
  },
  ObjectExists: {
    operation: 'HeadObject',
    delay: 5,
    maxAttempts: 20,
    acceptors: [
      { matcher: 'status', expected: 200, state: 'success' },
      { matcher: 'status', expected: 404, state: 'retry' },
    ],
  },
  ObjectNotExists: {
    operation: 'HeadObject',
    delay: 5,
    maxAttempts: 20,
    acceptors: [{ matcher: 'status', expected: 404, state: 'success' }],
  },
} satisfies Record<string, WaiterModel>;

export type S3WaiterName = keyof typeof s3Waiters;
