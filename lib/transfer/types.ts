// What transfers need: the client's public methods, the settings, and the transfer's controls.
// Only the client's public surface (its generated methods, meta and _validate_call): transfers
// know nothing of S3Client, which gets its transfer methods by injection (lib/s3/inject.ts).
import type { BaseClient, ClientMeta } from '../client/base-client.js';
import type { S3ClientMethods } from '../generated/s3-client.js';
import type { TransferConfig } from './config.js';
import type { TransferControl } from './future.js';
import type { BandwidthLimiter, Semaphore } from './limiter.js';

/** The public client methods transfers use, and nothing else. */
export type TransferClient = Pick<
  S3ClientMethods,
  | 'put_object'
  | 'create_multipart_upload'
  | 'upload_part'
  | 'upload_part_copy'
  | 'complete_multipart_upload'
  | 'abort_multipart_upload'
  | 'head_object'
  | 'get_object'
  | 'copy_object'
  | 'get_object_tagging'
  | 'put_object_tagging'
> &
  Pick<BaseClient, '_validate_call'> & {
    /** The client's settings (pool size, checksum settings) and logger. */
    readonly meta: Pick<ClientMeta, 'config' | 'logger'>;
  };

export interface TransferContext extends TransferControl {
  readonly client: TransferClient;
  readonly config: TransferConfig;
  /** Request slots, shared by every transfer of one manager. */
  readonly slots: Semaphore;
  readonly bandwidth?: BandwidthLimiter;
}
