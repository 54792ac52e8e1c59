// boto3's transfer methods on the client (upload_file & co.): each runs one TransferManager
// transfer and resolves when it is complete, as boto3's return after S3Transfer finishes.
import type { Writable } from 'node:stream';
import type { TransferConfig } from './config.js';
import { type CopyOptions, type CopyExtraArgs, type DownloadExtraArgs, type TransferOptions, type UploadExtraArgs, TransferManager } from './manager.js';
import type { UploadBody } from './upload-parts.js';
import type { CopySource } from './copy.js';
import type { TransferClient } from './types.js';

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

export function upload_file(client: TransferClient, Filename: string, Bucket: string, Key: string, options: UploadFileOptions = {}): Promise<void> {
  return run(() => new TransferManager(client, options.Config).upload(Filename, Bucket, Key, options));
}

export function upload_fileobj(client: TransferClient, Fileobj: UploadBody, Bucket: string, Key: string, options: UploadFileOptions = {}): Promise<void> {
  return run(() => new TransferManager(client, options.Config).upload(Fileobj, Bucket, Key, options));
}

export function download_file(client: TransferClient, Bucket: string, Key: string, Filename: string, options: DownloadFileOptions = {}): Promise<void> {
  return run(() => new TransferManager(client, options.Config).download(Bucket, Key, Filename, options));
}

export function download_fileobj(client: TransferClient, Bucket: string, Key: string, Fileobj: Writable, options: DownloadFileOptions = {}): Promise<void> {
  return run(() => new TransferManager(client, options.Config).download(Bucket, Key, Fileobj, options));
}

export function copy(client: TransferClient, CopySource: string | CopySource, Bucket: string, Key: string, options: CopyTransferOptions = {}): Promise<void> {
  return run(() => new TransferManager(client, options.Config).copy(CopySource, Bucket, Key, options));
}

/** Argument errors (thrown by the manager before any request) become rejections, as every client method's. */
async function run(start: () => { result(): Promise<void> }): Promise<void> {
  await start().result();
}
