// TransferManager: s3transfer's manager over our async client. Each call checks its arguments at
// once (before any request) and returns a TransferFuture; the manager's transfers share its
// request slots (max_concurrency) and bandwidth limit.
import type { Writable } from 'node:stream';
import type { CopyObjectRequest, GetObjectRequest, PutObjectRequest } from '../generated/s3-shapes.js';
import { ParamValidationError } from '../errors.js';
import { Log } from '../core/logging.js';
import { checkOptions, describe, typeName } from '../core/own.js';
import { ALLOWED_COPY_ARGS, ALLOWED_DOWNLOAD_ARGS, ALLOWED_UPLOAD_ARGS, checkExtraArgs } from './args.js';
import { TransferConfig } from './config.js';
import { type TransferControl, TransferFuture } from './future.js';
import { BandwidthLimiter, Semaphore } from './limiter.js';
import { upload } from './upload.js';
import { FileSource, type UploadBody, sourceFor } from './upload-parts.js';
import { downloadToFile, downloadToStream } from './download.js';
import { type CopySource, type SourceClient, copy, parseCopySource } from './copy.js';
import type { TransferClient, TransferContext } from './types.js';
import { COPY_OPTIONS, TRANSFER_OPTIONS, checkDownloadFile, checkNames, checkUploadFile, checkUploadFileobj, checkWritable } from './inputs.js';

type Members<T, K> = Pick<T, Extract<keyof T, K>>;
/** What ExtraArgs may hold for uploads (boto3's ALLOWED_UPLOAD_ARGS that the model knows). */
export type UploadExtraArgs = Members<PutObjectRequest, (typeof ALLOWED_UPLOAD_ARGS)[number]>;
export type DownloadExtraArgs = Members<GetObjectRequest, (typeof ALLOWED_DOWNLOAD_ARGS)[number]>;
export type CopyExtraArgs = Members<CopyObjectRequest, (typeof ALLOWED_COPY_ARGS)[number]>;

export interface TransferOptions<Extra> {
  ExtraArgs?: Extra | undefined;
  /** boto3's Callback: called with the bytes moved since the last call (negative when a retry takes some back). */
  Callback?: ((bytes_transferred: number) => void) | undefined;
  /** Stops the transfer: requests are aborted, a multipart upload is aborted, a partial download removed. */
  signal?: AbortSignal | undefined;
}

export interface CopyOptions extends TransferOptions<CopyExtraArgs> {
  /** The client that reads the source's HEAD and tags (another endpoint or credentials); the destination client copies. */
  SourceClient?: SourceClient | undefined;
}

export type { UploadBody };

export class TransferManager {
  readonly client: TransferClient;
  readonly config: TransferConfig;
  readonly #slots: Semaphore;
  readonly #bandwidth?: BandwidthLimiter;
  #nextId = 0;
  readonly #log: Log;

  constructor(client: TransferClient, config: TransferConfig = new TransferConfig()) {
    if (!(config instanceof TransferConfig)) {
      throw new ParamValidationError([`Invalid type for parameter Config, value: ${describe(config)}, type: ${typeName(config)}, valid types: TransferConfig`]);
    }
    this.client = client;
    this.config = config;
    this.#log = new Log('ibm_s3transfer', client.meta.logger);
    // more requests than sockets would only queue inside the pool, holding their part buffers
    const clientConfig = client.meta.config;
    const sockets = clientConfig.dispatcher ? Infinity : clientConfig.max_pool_connections;
    this.#slots = new Semaphore(Math.max(1, Math.min(config.concurrency, sockets)));
    if (config.max_bandwidth !== null) this.#bandwidth = new BandwidthLimiter(config.max_bandwidth);
  }

  /** Requests this manager runs at once: max_concurrency (1 without use_threads), at most the client's pool size. */
  get concurrency(): number {
    return this.#slots.size;
  }

  /** Upload a file (by name), bytes, a Readable or an async iterable of bytes to `bucket`/`key`. */
  upload(fileobj: string | UploadBody, bucket: string, key: string, options?: TransferOptions<UploadExtraArgs>): TransferFuture {
    const opts = checkOptions(options, 'upload options', TRANSFER_OPTIONS);
    const extra = checkExtraArgs(opts.ExtraArgs, ALLOWED_UPLOAD_ARGS, 'upload');
    checkNames({ Bucket: bucket, Key: key });
    if (typeof fileobj !== 'string') checkUploadFileobj(fileobj);
    // a file by name: the input check and the upload share one stat of it
    const file = typeof fileobj === 'string' ? new FileSource(fileobj, this.config.io_chunksize) : undefined;
    const source = file ?? sourceFor(fileobj, this.config.io_chunksize);
    const label = () => `upload ${typeof fileobj === 'string' ? fileobj : 'a stream'} -> s3://${bucket}/${key}`;
    return this.#submit({ fileobj, bucket, key, extra_args: extra }, opts, async (ctx) => {
      if (file) await checkUploadFile(file.description, file.stats());
      // every request of the upload carries these: their values are checked before the first one
      await this.client._validate_call('PutObject', { ...extra, Bucket: bucket, Key: key });
      return upload(ctx, source, { Bucket: bucket, Key: key, extra });
    }, label);
  }

  /** Download `bucket`/`key` to a file (by name) or into a Writable (in order; the stream is not ended). */
  download(bucket: string, key: string, fileobj: string | Writable, options?: TransferOptions<DownloadExtraArgs>): TransferFuture {
    const opts = checkOptions(options, 'download options', TRANSFER_OPTIONS);
    const extra = checkExtraArgs(opts.ExtraArgs, ALLOWED_DOWNLOAD_ARGS, 'download');
    checkNames({ Bucket: bucket, Key: key });
    const source = { Bucket: bucket, Key: key, extra };
    const call_args = { bucket, key, fileobj, extra_args: extra };
    const label = () => `download s3://${bucket}/${key} -> ${typeof fileobj === 'string' ? fileobj : 'a stream'}`;
    if (typeof fileobj === 'string') {
      return this.#submit(call_args, opts, async (ctx) => {
        await checkDownloadFile(fileobj);
        return downloadToFile(ctx, source, fileobj);
      }, label);
    }
    checkWritable(fileobj);
    return this.#submit(call_args, opts, (ctx) => downloadToStream(ctx, source, fileobj), label);
  }

  /** Copy `copy_source` to `bucket`/`key` (CopyObject, or UploadPartCopy ranges from the threshold on). */
  copy(copy_source: string | CopySource, bucket: string, key: string, options?: CopyOptions): TransferFuture {
    const opts = checkOptions(options, 'copy options', COPY_OPTIONS) as CopyOptions;
    const extra = checkExtraArgs(opts.ExtraArgs, ALLOWED_COPY_ARGS, 'copy');
    checkNames({ Bucket: bucket, Key: key });
    const source = parseCopySource(copy_source);
    const sourceClient = opts.SourceClient ?? this.client;
    const label = () => `copy s3://${source.Bucket}/${source.Key} -> s3://${bucket}/${key}`;
    return this.#submit({ copy_source, bucket, key, extra_args: extra }, opts, async (ctx) => {
      // the destination, CopySource and ExtraArgs values, before the source's HEAD
      await this.client._validate_call('CopyObject', { ...extra, CopySource: source, Bucket: bucket, Key: key });
      return copy(ctx, source, { Bucket: bucket, Key: key, extra }, sourceClient);
    }, label);
  }

  #submit(call_args: Record<string, unknown>, options: TransferOptions<unknown>, run: (ctx: TransferContext) => Promise<void>, label: () => string): TransferFuture {
    const { Callback, signal } = options;
    const future = new TransferFuture(
      { transfer_id: this.#nextId++, call_args },
      (control: TransferControl) => run({ ...control, client: this.client, config: this.config, slots: this.#slots, bandwidth: this.#bandwidth }),
      signal,
      { to: this.#log, label },
    );
    if (Callback) future.on('progress', (event) => Callback(event.bytes_transferred));
    return future;
  }
}
