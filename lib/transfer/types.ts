// What transfers need: the client's public methods, the settings, and the transfer's controls.
import type { S3Client } from '../s3/client.js';
import type { TransferConfig } from './config.js';
import type { TransferControl } from './future.js';
import type { BandwidthLimiter, Semaphore } from './limiter.js';

/** The public client methods transfers use, and nothing else. */
export type TransferClient = Pick<
  S3Client,
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
  | 'meta'
  | '_validate_call'
>;

export interface TransferContext extends TransferControl {
  readonly client: TransferClient;
  readonly config: TransferConfig;
  /** Request slots, shared by every transfer of one manager. */
  readonly slots: Semaphore;
  readonly bandwidth?: BandwidthLimiter;
}
