// End-to-end integrity of downloads: an object stored by one PutObject without SSE-C or KMS has
// its MD5 as ETag, so the downloaded bytes can be checked against it (as the AWS CLI once did).
// The hashing itself runs on the digest thread (lib/core/digest-thread.ts), overlapped with receiving.

/** The MD5 (hex) the object's bytes must have, when its ETag is one; otherwise undefined. */
export function expectedMd5(head: { ETag?: string; SSECustomerAlgorithm?: string; ServerSideEncryption?: string; SSEKMSKeyId?: string }): string | undefined {
  const match = /^"?([0-9a-fA-F]{32})"?$/.exec(head.ETag ?? '');
  if (!match) return undefined; // multipart ("…-N") or another scheme
  if (head.SSECustomerAlgorithm || head.SSEKMSKeyId || head.ServerSideEncryption?.startsWith('aws:kms')) return undefined;
  return match[1]!.toLowerCase();
}
