// ExtraArgs: which members each managed transfer accepts (ibm_s3transfer's allow-lists), checked
// before any request, and which of them go to each request of a multipart transfer.
import { ParamValidationError } from '../errors.js';
import { describe, isPlainObject, typeName } from '../core/own.js';

/** A checksum of the whole upload the caller computed (s3transfer's FULL_OBJECT_CHECKSUM_ARGS). */
export const FULL_OBJECT_CHECKSUM_ARGS = ['ChecksumCRC32', 'ChecksumCRC32C', 'ChecksumCRC64NVME', 'ChecksumSHA1', 'ChecksumSHA256'] as const;

/** What uploads and copies share. */
const OBJECT_ARGS = [
  'ACL', 'CacheControl', 'ChecksumAlgorithm', 'ContentDisposition', 'ContentEncoding', 'ContentLanguage', 'ContentType',
  'ExpectedBucketOwner', 'Expires', 'GrantFullControl', 'GrantRead', 'GrantReadACP', 'GrantWriteACP',
  'Metadata', 'ObjectLockLegalHoldStatus', 'ObjectLockMode', 'ObjectLockRetainUntilDate',
  'RequestPayer', 'RetentionExpirationDate', 'RetentionLegalHoldId', 'RetentionPeriod',
  'ServerSideEncryption', 'StorageClass', 'SSECustomerAlgorithm', 'SSECustomerKey', 'SSECustomerKeyMD5',
  'SSEKMSKeyId', 'SSEKMSEncryptionContext', 'Tagging', 'WebsiteRedirectLocation',
] as const;

export const ALLOWED_UPLOAD_ARGS = [...OBJECT_ARGS, ...FULL_OBJECT_CHECKSUM_ARGS] as const;

export const ALLOWED_DOWNLOAD_ARGS = [
  'ChecksumMode', 'VersionId', 'SSECustomerAlgorithm', 'SSECustomerKey', 'SSECustomerKeyMD5', 'RequestPayer', 'ExpectedBucketOwner',
] as const;

/** A copy's checksum is the server's to compute: the source's algorithm, or ChecksumAlgorithm. */
export const ALLOWED_COPY_ARGS = [
  ...OBJECT_ARGS,
  'CopySourceIfMatch', 'CopySourceIfModifiedSince', 'CopySourceIfNoneMatch', 'CopySourceIfUnmodifiedSince',
  'CopySourceSSECustomerAlgorithm', 'CopySourceSSECustomerKey', 'CopySourceSSECustomerKeyMD5',
  'MetadataDirective', 'TaggingDirective',
] as const;

/** IBM COS retention settings apply when the object is completed, not when the upload is created. */
const RETENTION_ARGS = ['RetentionExpirationDate', 'RetentionLegalHoldId', 'RetentionPeriod'];

/** Who pays and who must own the bucket: on every request of a transfer that takes them (abort, tagging). */
export const OWNER_ARGS = ['RequestPayer', 'ExpectedBucketOwner'];

/** Upload: members of each part request, of the completion, and those kept off CreateMultipartUpload. */
export const UPLOAD_PART_ARGS = ['SSECustomerKey', 'SSECustomerAlgorithm', 'SSECustomerKeyMD5', 'RequestPayer', 'ExpectedBucketOwner'];
export const COMPLETE_MULTIPART_ARGS = ['RequestPayer', ...RETENTION_ARGS, 'ExpectedBucketOwner'];
export const UPLOAD_CREATE_BLOCKLIST = [...RETENTION_ARGS, ...FULL_OBJECT_CHECKSUM_ARGS];

/** Copy: ExtraArgs that also apply to the HEAD of the source, under their HeadObject names. */
export const COPY_ARGS_TO_HEAD_ARGS: Record<string, string> = {
  CopySourceIfMatch: 'IfMatch',
  CopySourceIfModifiedSince: 'IfModifiedSince',
  CopySourceIfNoneMatch: 'IfNoneMatch',
  CopySourceIfUnmodifiedSince: 'IfUnmodifiedSince',
  CopySourceSSECustomerKey: 'SSECustomerKey',
  CopySourceSSECustomerAlgorithm: 'SSECustomerAlgorithm',
  CopySourceSSECustomerKeyMD5: 'SSECustomerKeyMD5',
  RequestPayer: 'RequestPayer',
  ExpectedBucketOwner: 'ExpectedBucketOwner',
};
export const UPLOAD_PART_COPY_ARGS = [
  'CopySourceIfMatch', 'CopySourceIfModifiedSince', 'CopySourceIfNoneMatch', 'CopySourceIfUnmodifiedSince',
  'CopySourceSSECustomerKey', 'CopySourceSSECustomerAlgorithm', 'CopySourceSSECustomerKeyMD5',
  'SSECustomerKey', 'SSECustomerAlgorithm', 'SSECustomerKeyMD5', 'RequestPayer', 'ExpectedBucketOwner',
];
export const COPY_CREATE_BLOCKLIST = [
  'CopySourceIfMatch', 'CopySourceIfModifiedSince', 'CopySourceIfNoneMatch', 'CopySourceIfUnmodifiedSince',
  'CopySourceSSECustomerKey', 'CopySourceSSECustomerAlgorithm', 'CopySourceSSECustomerKeyMD5',
  'MetadataDirective', 'TaggingDirective', ...RETENTION_ARGS,
];
/** What a multipart copy carries over from the source (CopyObject's default MetadataDirective COPY does the same). */
export const COPIED_PROPERTIES = [
  'CacheControl', 'ContentDisposition', 'ContentEncoding', 'ContentLanguage', 'ContentType', 'Expires', 'Metadata', 'WebsiteRedirectLocation',
];

/**
 * Throws ParamValidationError naming every member of `extra` that `allowed` lacks (boto3: ValueError
 * "Invalid extra_args key"), before any request is made. Returns a copy without undefined members.
 */
export function checkExtraArgs(extra: unknown, allowed: readonly string[], what: string): Record<string, unknown> {
  if (extra === undefined || extra === null) return {};
  if (!isPlainObject(extra)) {
    throw new ParamValidationError([`Invalid type for ExtraArgs of ${what}, value: ${describe(extra)}, type: ${typeName(extra)}, valid types: object of request members`]);
  }
  // own keys only: `__proto__` or `constructor` is an unknown key like any other
  const problems = Object.keys(extra)
    .filter((k) => !allowed.includes(k))
    .map((k) => `Invalid extra_args key '${k}' for ${what}, must be one of: ${allowed.join(', ')}`);
  if (problems.length) throw new ParamValidationError(problems);
  return Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
}

/** The members of `args` named in `keys`. */
export function pick(args: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([k]) => keys.includes(k)));
}

/** The members of `args` not named in `keys`. */
export function omit(args: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([k]) => !keys.includes(k)));
}
