// Wire cases of the multipart upload operations: create, upload_part(_copy), complete, abort, list.
import type { WireCase } from './case.js';

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const OWNER_ID = '75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a';
// '~' and '.' are unreserved: they stay as they are in the query string
const UPLOAD_ID = '2~pC1XyZ.w-_Ad4a';
const SSE_KEY = '01234567890123456789012345678901';
const SSE_KEY_B64 = 'MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=';
const SSE_KEY_MD5 = 'KYvwGXoFFJ42a2u2GDWhwQ==';

export const multipartCases: WireCase[] = [
  {
    operation: 'create_multipart_upload',
    title: 'object headers, metadata and a raw SSE-C key; abort date from the lifecycle rule',
    params: {
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      ACL: 'private',
      CacheControl: 'max-age=60',
      ContentDisposition: 'inline',
      ContentEncoding: 'identity',
      ContentLanguage: 'en',
      ContentType: 'video/mp4',
      Expires: new Date('2031-01-01T00:00:00Z'),
      GrantReadACP: 'id="auditor"',
      Metadata: { Camera: 'X100' },
      StorageClass: 'STANDARD',
      WebsiteRedirectLocation: '/videos/1',
      SSECustomerAlgorithm: 'AES256',
      SSECustomerKey: SSE_KEY,
    },
    request: {
      method: 'POST',
      path: '/photos/big/video%201.mp4',
      query: 'uploads',
      headers: {
        'x-amz-acl': 'private',
        'cache-control': 'max-age=60',
        'content-disposition': 'inline',
        'content-encoding': 'identity',
        'content-language': 'en',
        'content-type': 'video/mp4',
        expires: 'Wed, 01 Jan 2031 00:00:00 GMT',
        'x-amz-grant-read-acp': 'id="auditor"',
        'x-amz-meta-camera': 'X100',
        'x-amz-storage-class': 'STANDARD',
        'x-amz-website-redirect-location': '/videos/1',
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key': SSE_KEY_B64,
        'x-amz-server-side-encryption-customer-key-md5': SSE_KEY_MD5,
      },
    },
    response: {
      headers: {
        'x-amz-abort-date': 'Wed, 28 Oct 2026 00:00:00 GMT',
        'x-amz-abort-rule-id': 'abort-after-7-days',
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key-MD5': SSE_KEY_MD5,
      },
      body:
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<InitiateMultipartUploadResult xmlns="${NS}"><Bucket>photos</Bucket><Key>big/video 1.mp4</Key>` +
        `<UploadId>${UPLOAD_ID}</UploadId></InitiateMultipartUploadResult>`,
    },
    output: {
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      UploadId: UPLOAD_ID,
      AbortDate: new Date('2026-10-28T00:00:00Z'),
      AbortRuleId: 'abort-after-7-days',
      SSECustomerAlgorithm: 'AES256',
      SSECustomerKeyMD5: SSE_KEY_MD5,
    },
  },
  {
    operation: 'upload_part',
    title: 'an SSE-C key given with its MD5 is sent as given (boto3 encodes only when the MD5 is absent)',
    params: {
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      Body: 'part one data',
      ContentMD5: '1kKlGpcQ3CUKRsaMQ+E6TA==',
      PartNumber: 1,
      UploadId: UPLOAD_ID,
      SSECustomerAlgorithm: 'AES256',
      SSECustomerKey: SSE_KEY_B64,
      SSECustomerKeyMD5: SSE_KEY_MD5,
    },
    request: {
      method: 'PUT',
      path: '/photos/big/video%201.mp4',
      query: `partNumber=1&uploadId=${UPLOAD_ID}`,
      headers: {
        'content-length': '13',
        'content-md5': '1kKlGpcQ3CUKRsaMQ+E6TA==',
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key': SSE_KEY_B64,
        'x-amz-server-side-encryption-customer-key-md5': SSE_KEY_MD5,
      },
      body: 'part one data',
    },
    response: {
      headers: {
        etag: '"b54357faf0632cce46e942fa68356b38"',
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key-MD5': SSE_KEY_MD5,
      },
    },
    output: { ETag: '"b54357faf0632cce46e942fa68356b38"', SSECustomerAlgorithm: 'AES256', SSECustomerKeyMD5: SSE_KEY_MD5 },
  },
  {
    operation: 'upload_part_copy',
    title: 'CopySource dict with a byte range and conditions',
    params: {
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      CopySource: { Bucket: 'raw', Key: 'camera/clip #1.mp4' },
      CopySourceIfMatch: '"0c78aef83f66abc1fa1e8477f296d394"',
      CopySourceIfUnmodifiedSince: new Date('2030-01-01T00:00:00Z'),
      CopySourceRange: 'bytes=0-5242879',
      PartNumber: 2,
      UploadId: UPLOAD_ID,
    },
    request: {
      method: 'PUT',
      path: '/photos/big/video%201.mp4',
      query: `partNumber=2&uploadId=${UPLOAD_ID}`,
      headers: {
        'x-amz-copy-source': 'raw/camera/clip%20%231.mp4',
        'x-amz-copy-source-if-match': '"0c78aef83f66abc1fa1e8477f296d394"',
        'x-amz-copy-source-if-unmodified-since': 'Tue, 01 Jan 2030 00:00:00 GMT',
        'x-amz-copy-source-range': 'bytes=0-5242879',
      },
    },
    response: {
      headers: { 'x-amz-copy-source-version-id': '3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY' },
      body:
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<CopyPartResult xmlns="${NS}"><LastModified>2011-04-11T20:34:56.000Z</LastModified>` +
        '<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag></CopyPartResult>',
    },
    output: {
      CopySourceVersionId: '3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
      CopyPartResult: { LastModified: new Date('2011-04-11T20:34:56.000Z'), ETag: '"9b2cf535f27731c974343645a3985328"' },
    },
  },
  {
    operation: 'complete_multipart_upload',
    title: 'parts in model member order, Content-MD5 (IBM), retention headers; Location/Bucket/Key/ETag',
    params: {
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      MultipartUpload: {
        Parts: [
          { ETag: 'a54357aff0632cce46d942af68356b38', PartNumber: 1 },
          { PartNumber: 2, ETag: '"0c78aef83f66abc1fa1e8477f296d394"' },
        ],
      },
      UploadId: UPLOAD_ID,
      RetentionLegalHoldId: 'case-7',
      RetentionPeriod: 3600,
    },
    request: {
      method: 'POST',
      path: '/photos/big/video%201.mp4',
      query: `uploadId=${UPLOAD_ID}`,
      headers: {
        // MD5 of the exact body below; a '"' in text may be sent as &quot; (same XML)
        'content-md5': '+iQgC1mNWijI3KzI7mVdKA==',
        'retention-legal-hold-id': 'case-7',
        'retention-period': '3600',
      },
      body:
        `<CompleteMultipartUpload xmlns="${NS}">` +
        '<Part><ETag>a54357aff0632cce46d942af68356b38</ETag><PartNumber>1</PartNumber></Part>' +
        '<Part><ETag>&quot;0c78aef83f66abc1fa1e8477f296d394&quot;</ETag><PartNumber>2</PartNumber></Part>' +
        '</CompleteMultipartUpload>',
    },
    response: {
      headers: {
        'x-amz-version-id': 'v7',
        'x-amz-server-side-encryption': 'AES256',
        'x-amz-expiration': 'expiry-date="Fri, 23 Dec 2012 00:00:00 GMT", rule-id="r1"',
      },
      body: `<?xml version="1.0" encoding="UTF-8"?>
<CompleteMultipartUploadResult xmlns="${NS}">
  <Location>http://photos.s3.example.com/big/video%201.mp4</Location>
  <Bucket>photos</Bucket>
  <Key>big/video 1.mp4</Key>
  <ETag>"3858f62230ac3c915f300c664312c11f-2"</ETag>
</CompleteMultipartUploadResult>`,
    },
    output: {
      Location: 'http://photos.s3.example.com/big/video%201.mp4',
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      ETag: '"3858f62230ac3c915f300c664312c11f-2"',
      VersionId: 'v7',
      ServerSideEncryption: 'AES256',
      Expiration: 'expiry-date="Fri, 23 Dec 2012 00:00:00 GMT", rule-id="r1"',
    },
  },
  {
    operation: 'abort_multipart_upload',
    params: { Bucket: 'photos', Key: 'big/video 1.mp4', UploadId: UPLOAD_ID, RequestPayer: 'requester' },
    request: {
      method: 'DELETE',
      path: '/photos/big/video%201.mp4',
      query: `uploadId=${UPLOAD_ID}`,
      headers: { 'x-amz-request-payer': 'requester' },
    },
    response: { status: 204, headers: { 'x-amz-request-charged': 'requester' } },
    output: { RequestCharged: 'requester' },
  },
  {
    operation: 'list_parts',
    title: 'paging members, Initiator/Owner, one part is still a list, Size as a number',
    params: {
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      MaxParts: 1,
      MirrorDestination: 'us-east-backup',
      PartNumberMarker: 1,
      UploadId: UPLOAD_ID,
    },
    request: {
      method: 'GET',
      path: '/photos/big/video%201.mp4',
      query: `max-parts=1&part-number-marker=1&uploadId=${UPLOAD_ID}`,
      headers: { 'mirror-destination': 'us-east-backup' },
    },
    response: {
      headers: { 'x-amz-abort-date': 'Wed, 28 Oct 2026 00:00:00 GMT', 'x-amz-abort-rule-id': 'abort-after-7-days' },
      body: `<?xml version="1.0" encoding="UTF-8"?>
<ListPartsResult xmlns="${NS}">
  <Bucket>photos</Bucket>
  <Key>big/video 1.mp4</Key>
  <UploadId>${UPLOAD_ID}</UploadId>
  <Initiator>
    <ID>arn:aws:iam::111122223333:user/some-user</ID>
    <DisplayName>some-user</DisplayName>
  </Initiator>
  <Owner>
    <ID>${OWNER_ID}</ID>
    <DisplayName>someName</DisplayName>
  </Owner>
  <StorageClass>STANDARD</StorageClass>
  <PartNumberMarker>1</PartNumberMarker>
  <NextPartNumberMarker>2</NextPartNumberMarker>
  <MaxParts>1</MaxParts>
  <IsTruncated>true</IsTruncated>
  <Part>
    <PartNumber>2</PartNumber>
    <LastModified>2010-11-10T20:48:34.000Z</LastModified>
    <ETag>"7778aef83f66abc1fa1e8477f296d394"</ETag>
    <Size>10485760</Size>
  </Part>
</ListPartsResult>`,
    },
    output: {
      AbortDate: new Date('2026-10-28T00:00:00Z'),
      AbortRuleId: 'abort-after-7-days',
      Bucket: 'photos',
      Key: 'big/video 1.mp4',
      UploadId: UPLOAD_ID,
      Initiator: { ID: 'arn:aws:iam::111122223333:user/some-user', DisplayName: 'some-user' },
      Owner: { ID: OWNER_ID, DisplayName: 'someName' },
      StorageClass: 'STANDARD',
      PartNumberMarker: 1,
      NextPartNumberMarker: 2,
      MaxParts: 1,
      IsTruncated: true,
      Parts: [
        { PartNumber: 2, LastModified: new Date('2010-11-10T20:48:34.000Z'), ETag: '"7778aef83f66abc1fa1e8477f296d394"', Size: 10485760 },
      ],
    },
  },
];
