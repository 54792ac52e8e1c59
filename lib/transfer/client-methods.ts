// boto3's transfer methods on the client (upload_file & co.): each runs one TransferManager
// transfer and resolves when it is complete, as boto3's return after S3Transfer finishes. The S3
// client gets them by injection (lib/s3/inject.ts), as boto3 injects them on creating-client-class.
import type { Writable } from 'node:stream';
import type { TransferConfig } from './config.js';
import { type CopyOptions, type CopyExtraArgs, type DownloadExtraArgs, type TransferOptions, type UploadExtraArgs, TransferManager } from './manager.js';
import type { UploadBody } from './upload-parts.js';
import type { CopySource } from './copy.js';
import type { TransferClient } from './types.js';
import type { OptionCheck } from '../core/own.js';
import { COPY_OPTIONS, TRANSFER_OPTIONS, checkNames, checkUploadFileobj, checkWritable, clientTransferOptions } from './inputs.js';

export interface UploadFileOptions extends TransferOptions<UploadExtraArgs> {
  Config?: TransferConfig | undefined;
}
export interface DownloadFileOptions extends TransferOptions<DownloadExtraArgs> {
  Config?: TransferConfig | undefined;
}
export interface CopyTransferOptions extends CopyOptions {
  Config?: TransferConfig | undefined;
}
export type { CopyExtraArgs };

/** The managed transfers a client gets (`s3.upload_file(…)`), as boto3's S3 client. */
export interface TransferMethods {
  /** Managed upload of a file (boto3's upload_file): one PUT below multipart_threshold, else a parallel multipart upload. */
  upload_file(Filename: string, Bucket: string, Key: string, options?: UploadFileOptions): Promise<void>;
  /** Managed upload of bytes, a Readable or an async iterable of bytes (unknown length is fine). */
  upload_fileobj(Fileobj: UploadBody, Bucket: string, Key: string, options?: UploadFileOptions): Promise<void>;
  /** Managed download to a file: parallel ranged GETs pinned to the ETag, into a temporary file renamed when complete. */
  download_file(Bucket: string, Key: string, Filename: string, options?: DownloadFileOptions): Promise<void>;
  /** Managed download into a Writable, in order, with backpressure (the stream is not ended). */
  download_fileobj(Bucket: string, Key: string, Fileobj: Writable, options?: DownloadFileOptions): Promise<void>;
  /** Managed copy: CopyObject below multipart_threshold, else UploadPartCopy ranges in parallel. */
  copy(CopySource: string | CopySource, Bucket: string, Key: string, options?: CopyTransferOptions): Promise<void>;
}

export function upload_file(client: TransferClient, Filename: string, Bucket: string, Key: string, options?: UploadFileOptions): Promise<void> {
  return run(() => {
    checkNames({ Filename });
    const [manager, rest] = managerFor(client, options, 'upload_file', TRANSFER_OPTIONS);
    return manager.upload(Filename, Bucket, Key, rest);
  });
}

export function upload_fileobj(client: TransferClient, Fileobj: UploadBody, Bucket: string, Key: string, options?: UploadFileOptions): Promise<void> {
  return run(() => {
    checkUploadFileobj(Fileobj); // a string would be a file name: that is upload_file
    const [manager, rest] = managerFor(client, options, 'upload_fileobj', TRANSFER_OPTIONS);
    return manager.upload(Fileobj, Bucket, Key, rest);
  });
}

export function download_file(client: TransferClient, Bucket: string, Key: string, Filename: string, options?: DownloadFileOptions): Promise<void> {
  return run(() => {
    checkNames({ Filename });
    const [manager, rest] = managerFor(client, options, 'download_file', TRANSFER_OPTIONS);
    return manager.download(Bucket, Key, Filename, rest);
  });
}

export function download_fileobj(client: TransferClient, Bucket: string, Key: string, Fileobj: Writable, options?: DownloadFileOptions): Promise<void> {
  return run(() => {
    checkWritable(Fileobj); // a string would be a file name: that is download_file
    const [manager, rest] = managerFor(client, options, 'download_fileobj', TRANSFER_OPTIONS);
    return manager.download(Bucket, Key, Fileobj, rest);
  });
}

export function copy(client: TransferClient, CopySource: string | CopySource, Bucket: string, Key: string, options?: CopyTransferOptions): Promise<void> {
  return run(() => {
    const [manager, rest] = managerFor(client, options, 'copy', COPY_OPTIONS);
    return manager.copy(CopySource, Bucket, Key, rest);
  });
}

/** The call's options checked (`method`'s own, plus `Config`), and a manager with its Config for the rest. */
function managerFor(client: TransferClient, options: unknown, method: string, checks: Record<string, OptionCheck>): [TransferManager, Record<string, unknown>] {
  const { Config, ...rest } = clientTransferOptions(options, method, checks);
  return [new TransferManager(client, Config as TransferConfig | undefined), rest];
}

/** Argument errors (thrown by the manager before any request) become rejections, as every client method's. */
async function run(start: () => { result(): Promise<void> }): Promise<void> {
  await start().result();
}
