// What boto3 injects into the S3 client class and the S3 resource classes (boto3/s3/inject.py),
// in one place:
// - the client's upload_file / upload_fileobj / download_file / download_fileobj / copy: the managed
//   transfers (lib/transfer), which use only the client's public methods;
// - Bucket.load: ListBuckets, then the entry with this name (AccessDenied leaves the data empty);
// - ObjectSummary.load: HeadObject, with ContentLength given as Size (the listing's name);
// - upload_file / upload_fileobj / download_file / download_fileobj / copy on Bucket and Object,
//   delegating to the client's managed transfers with Bucket (and Key) filled in.
import type { HierarchicalEmitter } from '../client/events.js';
import { ClientError } from '../errors.js';
import type { ServiceResource } from '../resources/base.js';
import type { ClassAttributes } from '../resources/factory.js';
import type { CallOptions } from '../resources/action.js';
import * as transfers from '../transfer/client-methods.js';
import type { TransferClient } from '../transfer/types.js';

type Methods = transfers.TransferMethods;
type UploadFile = Parameters<Methods['upload_file']>;
type UploadFileobj = Parameters<Methods['upload_fileobj']>;
type DownloadFile = Parameters<Methods['download_file']>;
type DownloadFileobj = Parameters<Methods['download_fileobj']>;
type Copy = Parameters<Methods['copy']>;
type Result<M extends keyof Methods> = ReturnType<Methods[M]>;

/** Managed transfers of a bucket: the client's, with Bucket filled in. */
export interface BucketTransfers {
  upload_file(Filename: UploadFile[0], Key: string, opts?: UploadFile[3]): Result<'upload_file'>;
  upload_fileobj(Fileobj: UploadFileobj[0], Key: string, opts?: UploadFileobj[3]): Result<'upload_fileobj'>;
  download_file(Key: string, Filename: DownloadFile[2], opts?: DownloadFile[3]): Result<'download_file'>;
  download_fileobj(Key: string, Fileobj: DownloadFileobj[2], opts?: DownloadFileobj[3]): Result<'download_fileobj'>;
  copy(CopySource: Copy[0], Key: string, opts?: Copy[3]): Result<'copy'>;
}

/** Managed transfers of an object: the client's, with Bucket and Key filled in. */
export interface ObjectTransfers {
  upload_file(Filename: UploadFile[0], opts?: UploadFile[3]): Result<'upload_file'>;
  upload_fileobj(Fileobj: UploadFileobj[0], opts?: UploadFileobj[3]): Result<'upload_fileobj'>;
  download_file(Filename: DownloadFile[2], opts?: DownloadFile[3]): Result<'download_file'>;
  download_fileobj(Fileobj: DownloadFileobj[2], opts?: DownloadFileobj[3]): Result<'download_fileobj'>;
  copy(CopySource: Copy[0], opts?: Copy[3]): Result<'copy'>;
}

/** Which resource classes get which injected members (read by the type generator too). */
export const S3_INJECTED = {
  Bucket: { load: true, extends: 'BucketTransfers' },
  Object: { load: false, extends: 'ObjectTransfers' },
  ObjectSummary: { load: true, extends: undefined },
} as const;

type Self = ServiceResource & Record<string, unknown>;

/** The client's managed transfers (boto3: inject_s3_transfer_methods on creating-client-class.s3). */
export function injectS3ClientMethods(attrs: Record<string, PropertyDescriptor>): void {
  const transfer = (value: (this: TransferClient, ...args: never[]) => unknown): PropertyDescriptor => ({ value, writable: true, configurable: true });
  attrs.upload_file = transfer(function (...args: UploadFile) {
    return transfers.upload_file(this, ...args);
  });
  attrs.upload_fileobj = transfer(function (...args: UploadFileobj) {
    return transfers.upload_fileobj(this, ...args);
  });
  attrs.download_file = transfer(function (...args: DownloadFile) {
    return transfers.download_file(this, ...args);
  });
  attrs.download_fileobj = transfer(function (...args: DownloadFileobj) {
    return transfers.download_fileobj(this, ...args);
  });
  attrs.copy = transfer(function (...args: Copy) {
    return transfers.copy(this, ...args);
  });
}

function clientMethod(resource: ServiceResource, method: string): (...args: unknown[]) => unknown {
  const client = resource.meta.client as Record<string, unknown>;
  const fn = client[method];
  if (typeof fn !== 'function') throw new TypeError(`${resource.meta.service_name} client has no ${method}: managed transfers are not available`);
  return (...args: unknown[]) => (fn as (...a: unknown[]) => unknown).apply(client, args);
}

const method = (value: (this: Self, ...args: never[]) => unknown): PropertyDescriptor => ({ value, writable: true });

async function bucketLoad(this: Self, options?: CallOptions): Promise<Self> {
  try {
    const response = (await clientMethod(this, 'list_buckets')({}, options)) as { Buckets?: { Name?: string }[] };
    this.meta.data = (response.Buckets ?? []).find((b) => b.Name === this.name) ?? {};
  } catch (err) {
    // without ListBuckets permission the bucket may still be usable: its attributes stay undefined
    if (!(err instanceof ClientError && err.code === 'AccessDenied')) throw err;
    this.meta.data = {};
  }
  return this;
}

async function objectSummaryLoad(this: Self, options?: CallOptions): Promise<Self> {
  const response = (await clientMethod(this, 'head_object')({ Bucket: this.bucket_name, Key: this.key }, options)) as Record<string, unknown>;
  if ('ContentLength' in response) {
    response.Size = response.ContentLength;
    delete response.ContentLength;
  }
  this.meta.data = response;
  return this;
}

function injectBucket(attrs: ClassAttributes): void {
  attrs.load = method(bucketLoad);
  attrs.upload_file = method(function (Filename: unknown, Key: unknown, opts?: unknown) {
    return clientMethod(this, 'upload_file')(Filename, this.name, Key, opts);
  });
  attrs.upload_fileobj = method(function (Fileobj: unknown, Key: unknown, opts?: unknown) {
    return clientMethod(this, 'upload_fileobj')(Fileobj, this.name, Key, opts);
  });
  attrs.download_file = method(function (Key: unknown, Filename: unknown, opts?: unknown) {
    return clientMethod(this, 'download_file')(this.name, Key, Filename, opts);
  });
  attrs.download_fileobj = method(function (Key: unknown, Fileobj: unknown, opts?: unknown) {
    return clientMethod(this, 'download_fileobj')(this.name, Key, Fileobj, opts);
  });
  attrs.copy = method(function (CopySource: unknown, Key: unknown, opts?: unknown) {
    return clientMethod(this, 'copy')(CopySource, this.name, Key, opts);
  });
}

function injectObject(attrs: ClassAttributes): void {
  attrs.upload_file = method(function (Filename: unknown, opts?: unknown) {
    return clientMethod(this, 'upload_file')(Filename, this.bucket_name, this.key, opts);
  });
  attrs.upload_fileobj = method(function (Fileobj: unknown, opts?: unknown) {
    return clientMethod(this, 'upload_fileobj')(Fileobj, this.bucket_name, this.key, opts);
  });
  attrs.download_file = method(function (Filename: unknown, opts?: unknown) {
    return clientMethod(this, 'download_file')(this.bucket_name, this.key, Filename, opts);
  });
  attrs.download_fileobj = method(function (Fileobj: unknown, opts?: unknown) {
    return clientMethod(this, 'download_fileobj')(this.bucket_name, this.key, Fileobj, opts);
  });
  attrs.copy = method(function (CopySource: unknown, opts?: unknown) {
    return clientMethod(this, 'copy')(CopySource, this.bucket_name, this.key, opts);
  });
}

type ClassEvent = { class_attributes: ClassAttributes };

/** Register the injections on the emitter a resource factory announces its classes on. */
export function registerS3Injections(events: HierarchicalEmitter): void {
  events.register('creating-resource-class.s3.Bucket', (e) => injectBucket((e as unknown as ClassEvent).class_attributes));
  events.register('creating-resource-class.s3.Object', (e) => injectObject((e as unknown as ClassEvent).class_attributes));
  events.register('creating-resource-class.s3.ObjectSummary', (e) => {
    (e as unknown as ClassEvent).class_attributes.load = method(objectSummaryLoad);
  });
}
