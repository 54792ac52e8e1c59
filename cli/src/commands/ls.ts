// cos ls: the buckets, or the objects and common prefixes below s3://bucket/prefix, as aws s3 ls
// prints them; --recursive lists every key, --human-readable and --summarize as aws.
import type { Context } from '../context.js';
import { EXIT } from '../errors.js';
import { humanSize, listingDate } from '../format.js';
import { s3Location } from '../location.js';

export interface LsFlags {
  recursive?: boolean;
  humanReadable?: boolean;
  summarize?: boolean;
}

export async function ls(ctx: Context, target: string | undefined, flags: LsFlags): Promise<number> {
  if (target === undefined || target === 's3://') return listBuckets(ctx);
  const { bucket, key } = s3Location(target, 'ls target');
  const size = (n: number) => (flags.humanReadable ? humanSize(n).padStart(10) : String(n).padStart(10));
  let objects = 0;
  let prefixes = 0;
  let bytes = 0;
  const pages = ctx.s3.get_paginator('list_objects_v2').paginate({ Bucket: bucket, Prefix: key, ...(flags.recursive ? {} : { Delimiter: '/' }), ...ctx.listing });
  for await (const page of pages) {
    for (const p of page.CommonPrefixes ?? []) {
      prefixes++;
      const name = (p.Prefix ?? '').slice(key.lastIndexOf('/') + 1);
      ctx.out.data(`${'PRE'.padStart(30)} ${name}`, { type: 'prefix', prefix: p.Prefix });
    }
    for (const o of page.Contents ?? []) {
      const k = o.Key ?? '';
      objects++;
      bytes += o.Size ?? 0;
      const name = flags.recursive ? k : k.slice(key.lastIndexOf('/') + 1);
      ctx.out.data(`${listingDate(o.LastModified ?? new Date(0))} ${size(o.Size ?? 0)} ${name}`, {
        type: 'object', key: k, size: o.Size, last_modified: o.LastModified?.toISOString(), etag: o.ETag, storage_class: o.StorageClass,
      });
    }
  }
  if (flags.summarize) {
    const total = flags.humanReadable ? humanSize(bytes) : String(bytes);
    ctx.out.data(`\nTotal Objects: ${objects}\n   Total Size: ${total}`, { type: 'summary', objects, size: bytes });
  }
  // as aws s3: a prefix that matches nothing is a failure (exit 1, nothing printed); an empty bucket is not
  return key !== '' && objects === 0 && prefixes === 0 ? EXIT.failed : EXIT.ok;
}

async function listBuckets(ctx: Context): Promise<number> {
  const { Buckets } = await ctx.s3.list_buckets({}, { signal: ctx.signal });
  for (const b of Buckets ?? []) {
    ctx.out.data(`${listingDate(b.CreationDate ?? new Date(0))} ${b.Name}`, { type: 'bucket', name: b.Name, creation_date: b.CreationDate?.toISOString() });
  }
  return EXIT.ok;
}
