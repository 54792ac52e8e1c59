// Wire cases of CopyObject: both CopySource forms (string and { Bucket, Key, VersionId }), the
// metadata and IBM retention directives, copy-source SSE-C keys, and the CopyObjectResult payload.
import type { WireCase } from './case.js';

const COPY_KEY = 'abcdefghijklmnopqrstuvwxyzABCDEF';
const COPY_KEY_B64 = 'YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXpBQkNERUY=';
const COPY_KEY_MD5 = '3SWWpNarO52o57GdRIzzWg==';
const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export const copyCases: WireCase[] = [
  {
    operation: 'copy_object',
    title: 'CopySource string (key URL-encoded, "/" and the versionId suffix kept), directives, raw copy-source SSE-C key',
    params: {
      Bucket: 'dest',
      Key: 'copies/a b+c.txt',
      CopySource: 'src-bucket/dir/a b+c (1).txt?versionId=QUpfdndhfd8438MNFDN93jdnJFkdmqnh893',
      ACL: 'bucket-owner-full-control',
      CacheControl: 'no-store',
      ContentDisposition: 'inline',
      ContentEncoding: 'identity',
      ContentLanguage: 'de',
      ContentType: 'text/plain',
      CopySourceIfMatch: '"9b2cf535f27731c974343645a3985328"',
      CopySourceIfModifiedSince: new Date('2020-01-01T00:00:00Z'),
      CopySourceIfNoneMatch: '"0000"',
      CopySourceIfUnmodifiedSince: new Date('2030-01-01T00:00:00Z'),
      Expires: new Date('2031-01-01T00:00:00Z'),
      GrantRead: 'id="reader"',
      Metadata: { 'Reviewed-By': 'QA' },
      MetadataDirective: 'REPLACE',
      RetentionDirective: 'REPLACE',
      RetentionLegalHoldId: 'legal-1',
      RetentionPeriod: 3600,
      ServerSideEncryption: 'AES256',
      StorageClass: 'STANDARD',
      CopySourceSSECustomerAlgorithm: 'AES256',
      CopySourceSSECustomerKey: COPY_KEY,
    },
    request: {
      method: 'PUT',
      path: '/dest/copies/a%20b%2Bc.txt',
      query: '',
      headers: {
        'x-amz-copy-source': 'src-bucket/dir/a%20b%2Bc%20%281%29.txt?versionId=QUpfdndhfd8438MNFDN93jdnJFkdmqnh893',
        'x-amz-acl': 'bucket-owner-full-control',
        'cache-control': 'no-store',
        'content-disposition': 'inline',
        'content-encoding': 'identity',
        'content-language': 'de',
        'content-type': 'text/plain',
        'x-amz-copy-source-if-match': '"9b2cf535f27731c974343645a3985328"',
        'x-amz-copy-source-if-modified-since': 'Wed, 01 Jan 2020 00:00:00 GMT',
        'x-amz-copy-source-if-none-match': '"0000"',
        'x-amz-copy-source-if-unmodified-since': 'Tue, 01 Jan 2030 00:00:00 GMT',
        expires: 'Wed, 01 Jan 2031 00:00:00 GMT',
        'x-amz-grant-read': 'id="reader"',
        'x-amz-meta-reviewed-by': 'QA',
        'x-amz-metadata-directive': 'REPLACE',
        'retention-directive': 'REPLACE',
        'retention-legal-hold-id': 'legal-1',
        'retention-period': '3600',
        'x-amz-server-side-encryption': 'AES256',
        'x-amz-storage-class': 'STANDARD',
        'x-amz-copy-source-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-copy-source-server-side-encryption-customer-key': COPY_KEY_B64,
        'x-amz-copy-source-server-side-encryption-customer-key-md5': COPY_KEY_MD5,
      },
      absentHeaders: ['x-amz-server-side-encryption-customer-key', 'retention-expiration-date'],
    },
    response: {
      headers: {
        'x-amz-copy-source-version-id': 'QUpfdndhfd8438MNFDN93jdnJFkdmqnh893',
        'x-amz-version-id': 'QUpfdndhfd8438MNFDN93jdnJFkdmqnh894',
        'x-amz-server-side-encryption': 'AES256',
      },
      body:
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<CopyObjectResult xmlns="${NS}"><LastModified>2009-10-12T17:50:30.000Z</LastModified>` +
        '<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag></CopyObjectResult>',
    },
    output: {
      CopyObjectResult: { LastModified: new Date('2009-10-12T17:50:30.000Z'), ETag: '"9b2cf535f27731c974343645a3985328"' },
      CopySourceVersionId: 'QUpfdndhfd8438MNFDN93jdnJFkdmqnh893',
      VersionId: 'QUpfdndhfd8438MNFDN93jdnJFkdmqnh894',
      ServerSideEncryption: 'AES256',
    },
  },
  {
    operation: 'copy_object',
    title: 'CopySource as { Bucket, Key, VersionId }; COPY directives',
    params: {
      Bucket: 'dest',
      Key: 'copy.txt',
      CopySource: { Bucket: 'src-bucket', Key: 'dir/naïve file.txt', VersionId: 'v1' },
      MetadataDirective: 'COPY',
      RetentionDirective: 'COPY',
    },
    request: {
      method: 'PUT',
      path: '/dest/copy.txt',
      query: '',
      headers: {
        'x-amz-copy-source': 'src-bucket/dir/na%C3%AFve%20file.txt?versionId=v1',
        'x-amz-metadata-directive': 'COPY',
        'retention-directive': 'COPY',
      },
      absentHeaders: ['x-amz-meta-reviewed-by', 'retention-period'],
    },
    response: {
      headers: { 'x-amz-copy-source-version-id': 'v1' },
      body:
        `<CopyObjectResult><LastModified>2024-02-29T23:59:59Z</LastModified>` +
        '<ETag>"d41d8cd98f00b204e9800998ecf8427e"</ETag></CopyObjectResult>',
    },
    output: {
      CopyObjectResult: { LastModified: new Date('2024-02-29T23:59:59Z'), ETag: '"d41d8cd98f00b204e9800998ecf8427e"' },
      CopySourceVersionId: 'v1',
    },
  },
];
