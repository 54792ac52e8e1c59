import { expect } from 'chai';
import { xformName } from '../../lib/core/naming.js';

describe('core/xformName', () => {
  const cases: [string, string][] = [
    ['PutObject', 'put_object'],
    ['ETag', 'e_tag'],
    ['ListObjectsV2', 'list_objects_v2'],
    ['SSECustomerKeyMD5', 'sse_customer_key_md5'],
    ['ContentLength', 'content_length'],
    ['GetBucketAcl', 'get_bucket_acl'],
    ['IBMSSEKPEnabled', 'ibmssekp_enabled'],
    ['ListBucketsExtended', 'list_buckets_extended'],
    ['ObjectLockLegalHoldStatus', 'object_lock_legal_hold_status'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(xformName(input)).to.equal(expected));
  }
});
