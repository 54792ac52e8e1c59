// Wire cases of the listings. Like boto3, ListObjects(V2) and ListObjectVersions ask for
// encoding-type=url when the caller did not, and decode keys, prefixes and key markers when the answer
// says EncodingType url (unquote_plus: '+' is a space, %2B a '+'). Continuation tokens and version-id
// markers are opaque: never decoded. ListMultipartUploads is left alone, as in boto3.
import type { WireCase } from './case.js';

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const OWNER_ID = '75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a';
const OWNER_XML = `<Owner><ID>${OWNER_ID}</ID><DisplayName>mtd</DisplayName></Owner>`;
const OWNER = { ID: OWNER_ID, DisplayName: 'mtd' };

export const listingCases: WireCase[] = [
  {
    operation: 'list_objects',
    title: 'encoding-type=url added, keys and markers decoded; paging, Owner, Size > 2^32, IBM Key Protect headers',
    params: {
      Bucket: 'photos',
      Delimiter: '/',
      Marker: 'photos/a b.jpg',
      MaxKeys: 2,
      MirrorDestination: 'us-east-backup',
      Prefix: 'photos/',
    },
    request: {
      method: 'GET',
      path: '/photos',
      query: 'delimiter=%2F&encoding-type=url&marker=photos%2Fa%20b.jpg&max-keys=2&prefix=photos%2F',
      headers: { 'mirror-destination': 'us-east-backup' },
    },
    response: {
      headers: { 'ibm-sse-kp-enabled': 'true', 'ibm-sse-kp-crk-id': 'crn:v1:bluemix:public:kms:us-south:a/f047b55a:key:12e8c9c2' },
      body: `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="${NS}">
  <Name>photos</Name>
  <Prefix>photos/</Prefix>
  <Marker>photos/a+b.jpg</Marker>
  <NextMarker>photos/%C3%A9t%C3%A9+%2B1.jpg</NextMarker>
  <MaxKeys>2</MaxKeys>
  <Delimiter>/</Delimiter>
  <IsTruncated>true</IsTruncated>
  <EncodingType>url</EncodingType>
  <Contents>
    <Key>photos/%C3%A9t%C3%A9+%2B1.jpg</Key>
    <LastModified>2009-10-12T17:50:30.000Z</LastModified>
    <ETag>&quot;fba9dede5f27731c9771645a39863328&quot;</ETag>
    <Size>5368709120</Size>
    <StorageClass>STANDARD</StorageClass>
    ${OWNER_XML}
  </Contents>
  <CommonPrefixes>
    <Prefix>photos/2024%20trip/</Prefix>
  </CommonPrefixes>
</ListBucketResult>`,
    },
    output: {
      Name: 'photos',
      Prefix: 'photos/',
      Marker: 'photos/a b.jpg',
      NextMarker: 'photos/été +1.jpg',
      MaxKeys: 2,
      Delimiter: '/',
      IsTruncated: true,
      EncodingType: 'url',
      Contents: [
        {
          Key: 'photos/été +1.jpg',
          LastModified: new Date('2009-10-12T17:50:30.000Z'),
          ETag: '"fba9dede5f27731c9771645a39863328"',
          Size: 5368709120,
          StorageClass: 'STANDARD',
          Owner: OWNER,
        },
      ],
      CommonPrefixes: [{ Prefix: 'photos/2024 trip/' }],
      IBMSSEKPEnabled: true,
      IBMSSEKPCrkId: 'crn:v1:bluemix:public:kms:us-south:a/f047b55a:key:12e8c9c2',
    },
  },
  {
    operation: 'list_objects_v2',
    title: 'encoding-type=url added, keys/prefixes decoded, continuation tokens left alone',
    params: {
      Bucket: 'docs-bucket',
      Delimiter: '/',
      MaxKeys: 100,
      Prefix: 'docs/',
      ContinuationToken: '1ueG+cxLP/x=',
      FetchOwner: true,
      StartAfter: 'docs/a b',
    },
    request: {
      method: 'GET',
      path: '/docs-bucket',
      query:
        'list-type=2&delimiter=%2F&encoding-type=url&max-keys=100&prefix=docs%2F' +
        '&continuation-token=1ueG%2BcxLP%2Fx%3D&fetch-owner=true&start-after=docs%2Fa%20b',
    },
    response: {
      body: `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="${NS}">
  <Name>docs-bucket</Name>
  <Prefix>docs%2F</Prefix>
  <StartAfter>docs%2Fa+b</StartAfter>
  <KeyCount>2</KeyCount>
  <MaxKeys>100</MaxKeys>
  <Delimiter>%2F</Delimiter>
  <IsTruncated>true</IsTruncated>
  <EncodingType>url</EncodingType>
  <ContinuationToken>1ueG+cxLP/x=</ContinuationToken>
  <NextContinuationToken>2vfH+dyMQ/y=</NextContinuationToken>
  <Contents>
    <Key>docs%2Fa%20b%2Bc</Key>
    <LastModified>2024-02-29T23:59:59.000Z</LastModified>
    <ETag>"d41d8cd98f00b204e9800998ecf8427e"</ETag>
    <Size>0</Size>
    <StorageClass>ACCELERATED</StorageClass>
    ${OWNER_XML}
  </Contents>
  <CommonPrefixes>
    <Prefix>docs%2Fsub+dir%2F</Prefix>
  </CommonPrefixes>
</ListBucketResult>`,
    },
    output: {
      Name: 'docs-bucket',
      Prefix: 'docs/',
      StartAfter: 'docs/a b',
      KeyCount: 2,
      MaxKeys: 100,
      Delimiter: '/',
      IsTruncated: true,
      EncodingType: 'url',
      ContinuationToken: '1ueG+cxLP/x=',
      NextContinuationToken: '2vfH+dyMQ/y=',
      Contents: [
        {
          Key: 'docs/a b+c',
          LastModified: new Date('2024-02-29T23:59:59.000Z'),
          ETag: '"d41d8cd98f00b204e9800998ecf8427e"',
          Size: 0,
          StorageClass: 'ACCELERATED',
          Owner: OWNER,
        },
      ],
      CommonPrefixes: [{ Prefix: 'docs/sub dir/' }],
    },
  },
  {
    operation: 'list_objects_v2',
    title: 'EncodingType url passed by the caller: keys are left encoded',
    params: { Bucket: 'docs-bucket', EncodingType: 'url', Prefix: 'a b' },
    request: { method: 'GET', path: '/docs-bucket', query: 'list-type=2&encoding-type=url&prefix=a%20b' },
    response: {
      body:
        `<ListBucketResult xmlns="${NS}"><Name>docs-bucket</Name><Prefix>a+b</Prefix><KeyCount>1</KeyCount>` +
        '<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated><EncodingType>url</EncodingType>' +
        '<Contents><Key>a+b%2Bc</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>"e"</ETag>' +
        '<Size>3</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>',
    },
    output: {
      Prefix: 'a+b',
      IsTruncated: false,
      Contents: [
        { Key: 'a+b%2Bc', LastModified: new Date('2024-01-01T00:00:00.000Z'), ETag: '"e"', Size: 3, StorageClass: 'STANDARD' },
      ],
    },
  },
  {
    operation: 'list_objects_v2',
    title: 'a server that ignores encoding-type (no EncodingType in the answer): keys are not decoded, as in boto3',
    params: { Bucket: 'docs-bucket' },
    request: { method: 'GET', path: '/docs-bucket', query: 'list-type=2&encoding-type=url' },
    response: {
      body:
        `<ListBucketResult xmlns="${NS}"><Name>docs-bucket</Name><Prefix></Prefix><KeyCount>1</KeyCount>` +
        '<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>' +
        '<Contents><Key>100% raw+key</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>"e"</ETag>' +
        '<Size>3</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>',
    },
    output: {
      Prefix: '',
      KeyCount: 1,
      Contents: [
        { Key: '100% raw+key', LastModified: new Date('2024-01-01T00:00:00.000Z'), ETag: '"e"', Size: 3, StorageClass: 'STANDARD' },
      ],
    },
  },
  {
    operation: 'list_objects_v2',
    title: 'EncodingType url echoed but Prefix sent back raw (as RGW does): a lone "%" survives decoding',
    params: { Bucket: 'docs-bucket', Prefix: '100%' },
    request: { method: 'GET', path: '/docs-bucket', query: 'list-type=2&encoding-type=url&prefix=100%25' },
    response: {
      body:
        `<ListBucketResult xmlns="${NS}"><EncodingType>url</EncodingType><Name>docs-bucket</Name><Prefix>100%</Prefix>` +
        '<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated><Contents><Key>100%25%20done</Key>' +
        '<LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>&quot;e&quot;</ETag><Size>1</Size>' +
        '<StorageClass>STANDARD</StorageClass></Contents><KeyCount>1</KeyCount></ListBucketResult>',
    },
    output: {
      Prefix: '100%',
      Contents: [
        { Key: '100% done', LastModified: new Date('2024-01-01T00:00:00.000Z'), ETag: '"e"', Size: 1, StorageClass: 'STANDARD' },
      ],
    },
  },
  {
    operation: 'list_object_versions',
    title: 'versions and delete markers, key markers decoded, version-id markers not',
    params: {
      Bucket: 'bucket',
      Delimiter: '/',
      KeyMarker: 'my a.txt',
      MaxKeys: 2,
      Prefix: 'my ',
      VersionIdMarker: 'null',
    },
    request: {
      method: 'GET',
      path: '/bucket',
      query: 'versions&delimiter=%2F&encoding-type=url&key-marker=my%20a.txt&max-keys=2&prefix=my%20&version-id-marker=null',
    },
    response: {
      body: `<?xml version="1.0" encoding="UTF-8"?>
<ListVersionsResult xmlns="${NS}">
  <Name>bucket</Name>
  <Prefix>my+</Prefix>
  <KeyMarker>my+a.txt</KeyMarker>
  <VersionIdMarker>null</VersionIdMarker>
  <NextKeyMarker>my+b%2Bc.txt</NextKeyMarker>
  <NextVersionIdMarker>3/L4kqtJl+cpXroDTDmj=</NextVersionIdMarker>
  <MaxKeys>2</MaxKeys>
  <Delimiter>%2F</Delimiter>
  <IsTruncated>true</IsTruncated>
  <EncodingType>url</EncodingType>
  <Version>
    <Key>my+b%2Bc.txt</Key>
    <VersionId>3/L4kqtJl+cpXroDTDmj=</VersionId>
    <IsLatest>false</IsLatest>
    <LastModified>2009-10-10T17:50:30.000Z</LastModified>
    <ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag>
    <Size>434234</Size>
    <StorageClass>STANDARD</StorageClass>
    ${OWNER_XML}
  </Version>
  <DeleteMarker>
    ${OWNER_XML}
    <Key>my+d.txt</Key>
    <VersionId>null</VersionId>
    <IsLatest>true</IsLatest>
    <LastModified>2009-11-12T17:50:30.000Z</LastModified>
  </DeleteMarker>
  <CommonPrefixes>
    <Prefix>my+dir%2F</Prefix>
  </CommonPrefixes>
</ListVersionsResult>`,
    },
    output: {
      Name: 'bucket',
      Prefix: 'my ',
      KeyMarker: 'my a.txt',
      VersionIdMarker: 'null',
      NextKeyMarker: 'my b+c.txt',
      NextVersionIdMarker: '3/L4kqtJl+cpXroDTDmj=',
      MaxKeys: 2,
      Delimiter: '/',
      IsTruncated: true,
      EncodingType: 'url',
      Versions: [
        {
          Key: 'my b+c.txt',
          VersionId: '3/L4kqtJl+cpXroDTDmj=',
          IsLatest: false,
          LastModified: new Date('2009-10-10T17:50:30.000Z'),
          ETag: '"9b2cf535f27731c974343645a3985328"',
          Size: 434234,
          StorageClass: 'STANDARD',
          Owner: OWNER,
        },
      ],
      DeleteMarkers: [
        { Owner: OWNER, Key: 'my d.txt', VersionId: 'null', IsLatest: true, LastModified: new Date('2009-11-12T17:50:30.000Z') },
      ],
      CommonPrefixes: [{ Prefix: 'my dir/' }],
    },
  },
  {
    operation: 'list_multipart_uploads',
    title: 'no encoding-type is added (as boto3; RGW would encode Key but not NextKeyMarker): keys come back raw',
    params: {
      Bucket: 'photos',
      Delimiter: '/',
      KeyMarker: 'my movie.m2ts',
      MaxUploads: 2,
      MirrorDestination: 'us-east-backup',
      Prefix: 'my ',
      UploadIdMarker: 'YW55IGlk+ZWE=',
    },
    request: {
      method: 'GET',
      path: '/photos',
      query: 'uploads&delimiter=%2F&key-marker=my%20movie.m2ts&max-uploads=2&prefix=my%20&upload-id-marker=YW55IGlk%2BZWE%3D',
      headers: { 'mirror-destination': 'us-east-backup' },
    },
    response: {
      body: `<?xml version="1.0" encoding="UTF-8"?>
<ListMultipartUploadsResult xmlns="${NS}">
  <Bucket>photos</Bucket>
  <KeyMarker>my movie.m2ts</KeyMarker>
  <UploadIdMarker>YW55IGlk+ZWE=</UploadIdMarker>
  <NextKeyMarker>my movie+2%.m2ts</NextKeyMarker>
  <NextUploadIdMarker>b1+x=</NextUploadIdMarker>
  <Delimiter>/</Delimiter>
  <Prefix>my </Prefix>
  <MaxUploads>2</MaxUploads>
  <IsTruncated>true</IsTruncated>
  <Upload>
    <Key>my movie+2%.m2ts</Key>
    <UploadId>b1+x=</UploadId>
    <Initiator>
      <ID>arn:aws:iam::111122223333:user/user1</ID>
      <DisplayName>user1</DisplayName>
    </Initiator>
    ${OWNER_XML}
    <StorageClass>STANDARD</StorageClass>
    <Initiated>2010-11-10T20:48:33.000Z</Initiated>
  </Upload>
  <CommonPrefixes>
    <Prefix>my photos/</Prefix>
  </CommonPrefixes>
</ListMultipartUploadsResult>`,
    },
    output: {
      Bucket: 'photos',
      KeyMarker: 'my movie.m2ts',
      UploadIdMarker: 'YW55IGlk+ZWE=',
      NextKeyMarker: 'my movie+2%.m2ts',
      NextUploadIdMarker: 'b1+x=',
      Delimiter: '/',
      Prefix: 'my ',
      MaxUploads: 2,
      IsTruncated: true,
      Uploads: [
        {
          Key: 'my movie+2%.m2ts',
          UploadId: 'b1+x=',
          Initiator: { ID: 'arn:aws:iam::111122223333:user/user1', DisplayName: 'user1' },
          Owner: OWNER,
          StorageClass: 'STANDARD',
          Initiated: new Date('2010-11-10T20:48:33.000Z'),
        },
      ],
      CommonPrefixes: [{ Prefix: 'my photos/' }],
    },
  },
  {
    operation: 'list_multipart_uploads',
    title: 'EncodingType url passed by the caller: keys are left encoded',
    params: { Bucket: 'photos', EncodingType: 'url' },
    request: { method: 'GET', path: '/photos', query: 'uploads&encoding-type=url' },
    response: {
      body:
        `<ListMultipartUploadsResult xmlns="${NS}"><Bucket>photos</Bucket><IsTruncated>false</IsTruncated>` +
        '<EncodingType>url</EncodingType><Upload><Key>a%20b%2Bc</Key><UploadId>u1</UploadId></Upload></ListMultipartUploadsResult>',
    },
    output: { EncodingType: 'url', Uploads: [{ Key: 'a%20b%2Bc', UploadId: 'u1' }] },
  },
];
