// The objects below an S3 prefix, as sync and recursive cp/rm see them: one ListObjectsV2 walk,
// keys relative to the prefix. Keys ending in '/' (folder markers) are kept for rm and skipped by
// downloads, which cannot write a file named like a directory.
import type { S3Client } from 'cos-boto3';

export interface RemoteObject {
  rel: string;
  key: string;
  size: number;
  lastModified: Date;
  etag: string;
}

export async function walkRemote(s3: S3Client, bucket: string, prefix: string, signal?: AbortSignal): Promise<RemoteObject[]> {
  const objects: RemoteObject[] = [];
  const pages = s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: prefix });
  for await (const page of pages) {
    signal?.throwIfAborted();
    for (const o of page.Contents ?? []) {
      const key = o.Key ?? '';
      objects.push({ rel: key.slice(prefix.length), key, size: o.Size ?? 0, lastModified: o.LastModified ?? new Date(0), etag: o.ETag ?? '' });
    }
  }
  return objects;
}

/** A plain MD5 ETag (single PUT, no SSE-C/KMS); multipart ETags ("…-N") are not a content hash. */
export function md5OfEtag(etag: string): string | undefined {
  const m = /^"?([0-9a-f]{32})"?$/i.exec(etag);
  return m ? m[1]!.toLowerCase() : undefined;
}
