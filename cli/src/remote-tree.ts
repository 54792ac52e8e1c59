// The objects below an S3 prefix, as sync and recursive cp/rm see them: one ListObjectsV2 walk,
// keys relative to the prefix, whole or a page at a time. Keys ending in '/' (folder markers) are
// kept for rm; sync and recursive cp pass over the empty ones (isFolderMarker), and downloads skip
// the rest, which cannot be written as a file named like a directory.
import type { Context } from './context.js';

export interface RemoteObject {
  rel: string;
  key: string;
  size: number;
  lastModified: Date;
  etag: string;
}

/** The client, the command's signal and --page-size: what a walk takes from its command's Context. */
type Lister = Pick<Context, 's3' | 'signal' | 'listing'>;

export async function walkRemote(ctx: Lister, bucket: string, prefix: string): Promise<RemoteObject[]> {
  const objects: RemoteObject[] = [];
  for await (const page of remotePages(ctx, bucket, prefix)) objects.push(...page);
  return objects;
}

/**
 * The same walk a page at a time, read one page ahead: the first request goes out at once and the
 * next one while the caller works on the page it has, so a sync starts transferring with the first
 * page instead of after the last.
 */
export function remotePages(ctx: Lister, bucket: string, prefix: string): AsyncIterable<RemoteObject[]> {
  const { s3, signal } = ctx;
  const pages = s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: prefix, ...ctx.listing })[Symbol.asyncIterator]();
  const pull = () => {
    const next = pages.next();
    next.catch(() => undefined); // its failure is reported when the caller gets to it
    return next;
  };
  let ahead = pull();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          const { done, value: page } = await ahead;
          signal?.throwIfAborted();
          if (done) return;
          ahead = pull();
          yield (page.Contents ?? []).map((o) => {
            const key = o.Key ?? '';
            return { rel: key.slice(prefix.length), key, size: o.Size ?? 0, lastModified: o.LastModified ?? new Date(0), etag: o.ETag ?? '' };
          });
        }
      } finally {
        // a caller that stops early: the walk ends after the request in flight, not waited for
        void pages.return?.().catch(() => undefined);
      }
    },
  };
}

/**
 * An empty object whose key ends in '/': the "folder" a console creates. As aws s3 does, sync and
 * recursive cp pass over them on both sides (a sync up --delete keeps them; a sync down makes no
 * file of them); rm --recursive deletes them with the rest.
 */
export function isFolderMarker(o: RemoteObject): boolean {
  return o.size === 0 && o.key.endsWith('/');
}

/** A plain MD5 ETag (single PUT, no SSE-C/KMS); multipart ETags ("…-N") are not a content hash. */
export function md5OfEtag(etag: string): string | undefined {
  const m = /^"?([0-9a-f]{32})"?$/i.exec(etag);
  return m ? m[1]!.toLowerCase() : undefined;
}
