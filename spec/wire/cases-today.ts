// Wire cases of the 14 operations today's ibm_boto3 has beyond the reference (object tagging, Object
// Lock, public access blocks, IBM replication failures), and of members the older operations gained.
// Requests follow the S3 REST API and the IBM COS model; responses are shaped as they document them.
import { createHash } from 'node:crypto';
import type { WireCase } from './case.js';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
const md5 = (body: string): string => createHash('md5').update(body).digest('base64');

const TAGGING = `<Tagging ${NS}><TagSet><Tag><Key>team</Key><Value>R&amp;D</Value></Tag><Tag><Key>tier</Key><Value>gold</Value></Tag></TagSet></Tagging>`;
const LOCK = `<ObjectLockConfiguration ${NS}><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>GOVERNANCE</Mode><Days>3</Days></DefaultRetention></Rule></ObjectLockConfiguration>`;
const RETENTION = `<Retention ${NS}><Mode>COMPLIANCE</Mode><RetainUntilDate>2031-05-01T12:00:00Z</RetainUntilDate></Retention>`;
const LEGAL_HOLD = `<LegalHold ${NS}><Status>ON</Status></LegalHold>`;
const PUBLIC_ACCESS = `<PublicAccessBlockConfiguration ${NS}><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>false</IgnorePublicAcls></PublicAccessBlockConfiguration>`;
const withMd5 = (body: string) => ({ 'content-md5': md5(body), 'content-length': String(Buffer.byteLength(body)) });

export const todayCases: WireCase[] = [
  {
    operation: 'put_object_tagging',
    title: 'PUT ?tagging&versionId, values XML-escaped, Content-MD5 (required)',
    params: { Bucket: 'photos', Key: 'a b.jpg', VersionId: 'v1', Tagging: { TagSet: [{ Key: 'team', Value: 'R&D' }, { Key: 'tier', Value: 'gold' }] } },
    request: { method: 'PUT', path: '/photos/a%20b.jpg', query: 'tagging&versionId=v1', body: TAGGING, headers: withMd5(TAGGING) },
    response: { headers: { 'x-amz-version-id': 'v1' } },
    output: { VersionId: 'v1' },
  },
  {
    operation: 'put_object_tagging',
    title: 'with ChecksumAlgorithm: the flexible checksum of the body, and Content-MD5 still (the operation requires it)',
    params: { Bucket: 'photos', Key: 'a b.jpg', VersionId: 'v1', ChecksumAlgorithm: 'SHA256', Tagging: { TagSet: [{ Key: 'team', Value: 'R&D' }, { Key: 'tier', Value: 'gold' }] } },
    request: {
      method: 'PUT', path: '/photos/a%20b.jpg', query: 'tagging&versionId=v1', body: TAGGING,
      headers: { ...withMd5(TAGGING), 'x-amz-sdk-checksum-algorithm': 'SHA256', 'x-amz-checksum-sha256': createHash('sha256').update(TAGGING).digest('base64') },
    },
  },
  {
    operation: 'get_object_tagging',
    title: 'a TagSet of one is a list; the version in a header',
    params: { Bucket: 'photos', Key: 'a.jpg', ExpectedBucketOwner: '123456789012' },
    request: { method: 'GET', path: '/photos/a.jpg', query: 'tagging', headers: { 'x-amz-expected-bucket-owner': '123456789012' } },
    response: {
      headers: { 'x-amz-version-id': 'null' },
      body: `${DECL}<Tagging ${NS}><TagSet><Tag><Key>team</Key><Value>R&amp;D</Value></Tag></TagSet></Tagging>`,
    },
    output: { VersionId: 'null', TagSet: [{ Key: 'team', Value: 'R&D' }] },
  },
  {
    operation: 'delete_object_tagging',
    title: 'DELETE ?tagging answered 204',
    params: { Bucket: 'photos', Key: 'a.jpg', VersionId: 'v2' },
    request: { method: 'DELETE', path: '/photos/a.jpg', query: 'tagging&versionId=v2', absentHeaders: ['content-md5'] },
    response: { status: 204, headers: { 'x-amz-version-id': 'v2' } },
    output: { VersionId: 'v2' },
  },
  {
    operation: 'put_object_lock_configuration',
    title: 'default retention rule, the bucket token header, Content-MD5',
    params: {
      Bucket: 'vault', Token: 'tok',
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 3 } } },
    },
    request: { method: 'PUT', path: '/vault', query: 'object-lock', body: LOCK, headers: { ...withMd5(LOCK), 'x-amz-bucket-object-lock-token': 'tok' } },
  },
  {
    operation: 'get_object_lock_configuration',
    title: 'the rule parsed, numbers as numbers; IBM protection state header',
    params: { Bucket: 'vault' },
    request: { method: 'GET', path: '/vault', query: 'object-lock' },
    response: {
      headers: { 'x-ibm-protection-management-state': 'activated' },
      body: `${DECL}<ObjectLockConfiguration ${NS}><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>COMPLIANCE</Mode><Years>1</Years></DefaultRetention></Rule></ObjectLockConfiguration>`,
    },
    output: {
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 1 } } },
      IbmProtectionManagementState: 'activated',
    },
  },
  {
    operation: 'put_object_retention',
    title: 'ISO 8601 date in the body, the governance bypass as a header',
    params: {
      Bucket: 'vault', Key: 'doc', BypassGovernanceRetention: true,
      Retention: { Mode: 'COMPLIANCE', RetainUntilDate: new Date('2031-05-01T12:00:00Z') },
    },
    request: {
      method: 'PUT', path: '/vault/doc', query: 'retention', body: RETENTION,
      headers: { ...withMd5(RETENTION), 'x-amz-bypass-governance-retention': 'true' },
    },
  },
  {
    operation: 'get_object_retention',
    title: 'the date parsed to a Date',
    params: { Bucket: 'vault', Key: 'doc', VersionId: 'v3' },
    request: { method: 'GET', path: '/vault/doc', query: 'retention&versionId=v3' },
    response: { body: `${DECL}<Retention ${NS}><Mode>GOVERNANCE</Mode><RetainUntilDate>2030-01-02T03:04:05.000Z</RetainUntilDate></Retention>` },
    output: { Retention: { Mode: 'GOVERNANCE', RetainUntilDate: new Date('2030-01-02T03:04:05Z') } },
  },
  {
    operation: 'put_object_legal_hold',
    title: 'PUT ?legal-hold (S3 Object Lock, not IBM legalHold), Content-MD5',
    params: { Bucket: 'vault', Key: 'doc', LegalHold: { Status: 'ON' } },
    request: { method: 'PUT', path: '/vault/doc', query: 'legal-hold', body: LEGAL_HOLD, headers: withMd5(LEGAL_HOLD) },
  },
  {
    operation: 'get_object_legal_hold',
    title: 'the status parsed',
    params: { Bucket: 'vault', Key: 'doc' },
    request: { method: 'GET', path: '/vault/doc', query: 'legal-hold' },
    response: { body: `${DECL}<LegalHold ${NS}><Status>OFF</Status></LegalHold>` },
    output: { LegalHold: { Status: 'OFF' } },
  },
  {
    operation: 'put_public_access_block',
    title: 'booleans in the body, Content-MD5',
    params: { Bucket: 'site', PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: false } },
    request: { method: 'PUT', path: '/site', query: 'publicAccessBlock', body: PUBLIC_ACCESS, headers: withMd5(PUBLIC_ACCESS) },
  },
  {
    operation: 'get_public_access_block',
    title: 'booleans parsed',
    params: { Bucket: 'site' },
    request: { method: 'GET', path: '/site', query: 'publicAccessBlock' },
    response: { body: `${DECL}<PublicAccessBlockConfiguration ${NS}><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls></PublicAccessBlockConfiguration>` },
    output: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true } },
  },
  {
    operation: 'delete_public_access_block',
    title: 'DELETE ?publicAccessBlock answered 204',
    params: { Bucket: 'site' },
    request: { method: 'DELETE', path: '/site', query: 'publicAccessBlock' },
    response: { status: 204 },
  },
  {
    operation: 'put_bucket_replication_reattempt',
    title: 'IBM: PUT ?ibm-replication-reattempt with no body, still a Content-MD5 (required)',
    params: { Bucket: 'src' },
    request: { method: 'PUT', path: '/src', query: 'ibm-replication-reattempt', headers: { 'content-md5': md5(''), 'content-length': '0' } },
  },
  {
    operation: 'list_bucket_replication_failures',
    title: 'IBM: query members, flattened Contents, ISO dates',
    params: { Bucket: 'src', MaxKeys: 2, ContinuationToken: 'c1', FirstSyncAttemptedBefore: '2025-01-01T00:00:00Z', EncodingType: 'url' },
    request: {
      method: 'GET', path: '/src',
      query: 'ibm-replication-failures&continuation-token=c1&max-keys=2&first-sync-attempted-before=2025-01-01T00%3A00%3A00Z&encoding-type=url',
    },
    response: {
      body: `${DECL}<ListReplicationFailureResult ${NS}><Name>src</Name><MaxKeys>2</MaxKeys><IsTruncated>true</IsTruncated><KeyCount>2</KeyCount>` +
        `<NextContinuationToken>c2</NextContinuationToken>` +
        `<Contents><Key>a</Key><VersionId>v1</VersionId><SyncType>PUT</SyncType><FirstSyncAttempted>2024-12-01T00:00:00Z</FirstSyncAttempted>` +
        `<LastSyncAttempted>2024-12-02T00:00:00Z</LastSyncAttempted><SyncFailureCause>AccessDenied</SyncFailureCause></Contents>` +
        `<Contents><Key>b</Key><SyncType>DELETE</SyncType></Contents></ListReplicationFailureResult>`,
    },
    output: {
      ListReplicationFailureResult: {
        Name: 'src', MaxKeys: 2, IsTruncated: true, KeyCount: 2, NextContinuationToken: 'c2',
        Contents: [
          {
            Key: 'a', VersionId: 'v1', SyncType: 'PUT', FirstSyncAttempted: new Date('2024-12-01T00:00:00Z'),
            LastSyncAttempted: new Date('2024-12-02T00:00:00Z'), SyncFailureCause: 'AccessDenied',
          },
          { Key: 'b', SyncType: 'DELETE' },
        ],
      },
    },
  },
  // members the reference's operations gained
  {
    operation: 'put_object',
    title: 'Tagging, Object Lock headers (ISO 8601 date), a given checksum sent as is',
    params: {
      Bucket: 'vault', Key: 'k', Body: 'hello', Tagging: 'team=R%26D&tier=gold', ObjectLockMode: 'GOVERNANCE',
      ObjectLockRetainUntilDate: new Date('2030-01-01T00:00:00Z'), ObjectLockLegalHoldStatus: 'ON', ChecksumCRC32: 'NhCmhg==',
    },
    request: {
      method: 'PUT', path: '/vault/k', query: '', body: 'hello',
      headers: {
        'x-amz-tagging': 'team=R%26D&tier=gold', 'x-amz-object-lock-mode': 'GOVERNANCE',
        'x-amz-object-lock-retain-until-date': '2030-01-01T00:00:00Z', 'x-amz-object-lock-legal-hold': 'ON', 'x-amz-checksum-crc32': 'NhCmhg==',
      },
    },
    response: { headers: { 'x-amz-checksum-crc32': 'NhCmhg==', 'x-amz-checksum-type': 'FULL_OBJECT' } },
    output: { ChecksumCRC32: 'NhCmhg==', ChecksumType: 'FULL_OBJECT' },
  },
  {
    operation: 'copy_object',
    title: 'TaggingDirective, checksum algorithm and the source owner',
    params: {
      Bucket: 'b', Key: 'dst', CopySource: 'b/src', TaggingDirective: 'REPLACE', Tagging: 'a=1', ChecksumAlgorithm: 'SHA256',
      ExpectedSourceBucketOwner: '111122223333',
    },
    request: {
      method: 'PUT', path: '/b/dst', query: '',
      headers: {
        'x-amz-copy-source': 'b/src', 'x-amz-tagging-directive': 'REPLACE', 'x-amz-tagging': 'a=1', 'x-amz-checksum-algorithm': 'SHA256',
        'x-amz-source-expected-bucket-owner': '111122223333',
      },
    },
    response: { body: `${DECL}<CopyObjectResult><ETag>"e"</ETag><ChecksumType>FULL_OBJECT</ChecksumType><ChecksumSHA256>abc=</ChecksumSHA256></CopyObjectResult>` },
    output: { CopyObjectResult: { ETag: '"e"', ChecksumType: 'FULL_OBJECT', ChecksumSHA256: 'abc=' } },
  },
  {
    operation: 'create_bucket',
    title: 'ObjectLockEnabledForBucket header',
    params: { Bucket: 'locked', ObjectLockEnabledForBucket: true },
    request: { method: 'PUT', path: '/locked', query: '', headers: { 'x-amz-bucket-object-lock-enabled': 'true' } },
  },
  {
    operation: 'head_object',
    title: 'ChecksumMode ENABLED; checksums, TagCount-less HEAD, Object Lock state in headers',
    params: { Bucket: 'b', Key: 'k', ChecksumMode: 'ENABLED' },
    request: { method: 'HEAD', path: '/b/k', query: '', headers: { 'x-amz-checksum-mode': 'ENABLED' } },
    response: {
      headers: {
        'x-amz-checksum-crc64nvme': 'M3eFcAZSQlc=', 'x-amz-checksum-type': 'FULL_OBJECT', 'x-amz-object-lock-mode': 'COMPLIANCE',
        'x-amz-object-lock-retain-until-date': '2031-05-01T12:00:00.000Z', 'x-amz-object-lock-legal-hold': 'OFF',
      },
    },
    output: {
      ChecksumCRC64NVME: 'M3eFcAZSQlc=', ChecksumType: 'FULL_OBJECT', ObjectLockMode: 'COMPLIANCE',
      ObjectLockRetainUntilDate: new Date('2031-05-01T12:00:00Z'), ObjectLockLegalHoldStatus: 'OFF',
    },
  },
  {
    operation: 'delete_object',
    title: 'BypassGovernanceRetention header',
    params: { Bucket: 'vault', Key: 'k', VersionId: 'v1', BypassGovernanceRetention: true },
    request: { method: 'DELETE', path: '/vault/k', query: 'versionId=v1', headers: { 'x-amz-bypass-governance-retention': 'true' } },
    response: { status: 204 },
  },
];
