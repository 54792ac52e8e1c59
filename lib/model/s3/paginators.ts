// S3 paginators as data, keyed by operation name: which request member takes the continuation
// token, where the next token is in a response, what says "more", the page-size member, and the
// lists a full result concatenates, as ibm_botocore declares them: a full result has only those
// lists, NextToken when cut, and the declared non-aggregate keys (ListParts' alone).
// One generic engine (lib/client/paginator.ts) runs them all.
import type { PaginatorModel } from '../types.js';

export const s3Paginators = {
  // IBM extension: no NextMarker to rely on; the next listing starts after the last bucket name
  ListBucketsExtended: {
    input_token: 'Marker',
    output_token: 'Buckets[-1].Name',
    more_results: 'IsTruncated',
    limit_key: 'MaxKeys',
    result_key: 'Buckets',
  },
  // two markers: uploads of one key are ordered by upload id
  ListMultipartUploads: {
    input_token: ['KeyMarker', 'UploadIdMarker'],
    output_token: ['NextKeyMarker', 'NextUploadIdMarker'],
    more_results: 'IsTruncated',
    limit_key: 'MaxUploads',
    result_key: ['Uploads', 'CommonPrefixes'],
  },
  // S3 returns NextMarker only when a delimiter was given; otherwise the last key is the marker
  ListObjects: {
    input_token: 'Marker',
    output_token: 'NextMarker || Contents[-1].Key',
    more_results: 'IsTruncated',
    limit_key: 'MaxKeys',
    result_key: ['Contents', 'CommonPrefixes'],
  },
  ListObjectsV2: {
    input_token: 'ContinuationToken',
    output_token: 'NextContinuationToken',
    more_results: 'IsTruncated',
    limit_key: 'MaxKeys',
    result_key: ['Contents', 'CommonPrefixes'],
  },
  // two markers: versions of one key are ordered by version id
  ListObjectVersions: {
    input_token: ['KeyMarker', 'VersionIdMarker'],
    output_token: ['NextKeyMarker', 'NextVersionIdMarker'],
    more_results: 'IsTruncated',
    limit_key: 'MaxKeys',
    result_key: ['Versions', 'DeleteMarkers', 'CommonPrefixes'],
  },
  // part numbers, not strings, are the markers
  ListParts: {
    input_token: 'PartNumberMarker',
    output_token: 'NextPartNumberMarker',
    more_results: 'IsTruncated',
    limit_key: 'MaxParts',
    result_key: 'Parts',
    // the only non-aggregate keys today's ibm_botocore declares (its paginators-1.sdk-extras.json)
    non_aggregate_keys: ['ChecksumAlgorithm', 'Initiator', 'Owner', 'StorageClass', 'ChecksumType'],
  },
} satisfies Record<string, PaginatorModel>;

export type S3PaginatedOperation = keyof typeof s3Paginators;
