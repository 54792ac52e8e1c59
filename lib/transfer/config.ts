// TransferConfig: boto3's managed-transfer settings, with its names and defaults, frozen. One of
// boto3's is refused: max_io_queue bounds s3transfer's queue of downloaded chunks waiting for its
// single IO thread, and that queue does not exist here (each range waits for its own writes), so
// the option would control nothing.
import { InvalidConfigError } from '../errors.js';
import { type OptionCheck, checkOptions, isPlainObject, optionProblems, own } from '../core/own.js';

export const KB = 1024;
export const MB = KB * KB;
export const GB = MB * KB;

/** S3's limits on multipart uploads. */
export const MAX_PARTS = 10_000;
export const MIN_PART_SIZE = 5 * MB;
export const MAX_PART_SIZE = 5 * GB;
/** The largest object one PutObject may carry. */
export const MAX_SINGLE_UPLOAD_SIZE = 5 * GB;

export interface TransferConfigOptions {
  /** Size from which uploads, downloads and copies go multipart (bytes). Default 8 MiB. */
  multipart_threshold?: number | undefined;
  /** Part size of multipart transfers (bytes). Default 8 MiB; raised to stay within 10,000 parts. */
  multipart_chunksize?: number | undefined;
  /**
   * Requests in flight at once per transfer manager. Default 10. A client's pool has
   * `max_pool_connections` sockets (also 10 by default): more concurrency than sockets would only
   * queue requests (holding their part buffers), so the effective value is the smaller of the two.
   */
  max_concurrency?: number | undefined;
  /** Attempts per downloaded range on errors while streaming the body (cut-off body, reset, read timeout). Default 5. */
  num_download_attempts?: number | undefined;
  /** Granularity of stream reads and of progress reports (bytes); files are read and written in 1 MiB batches at least. Default 256 KiB. */
  io_chunksize?: number | undefined;
  /** false: one request at a time (boto3: no threads). Default true. */
  use_threads?: boolean | undefined;
  /** Upper bound on bytes per second moved by one transfer manager's uploads and downloads. Default null (no limit). */
  max_bandwidth?: number | null | undefined;
}

const DEFAULTS = {
  multipart_threshold: 8 * MB,
  multipart_chunksize: 8 * MB,
  max_concurrency: 10,
  num_download_attempts: 5,
  io_chunksize: 256 * KB,
  use_threads: true,
  max_bandwidth: null,
} as const;

const positiveInteger: OptionCheck = (v) => (Number.isSafeInteger(v) && (v as number) > 0 ? undefined : 'expected a positive integer');

/** Every option and what its value must be (s3transfer refuses zero and negative sizes the same way). */
const CHECKS: Record<keyof TransferConfigOptions, OptionCheck> = {
  multipart_threshold: positiveInteger,
  multipart_chunksize: positiveInteger,
  max_concurrency: positiveInteger,
  num_download_attempts: positiveInteger,
  io_chunksize: positiveInteger,
  use_threads: (v) => (typeof v === 'boolean' ? undefined : 'expected a boolean'),
  max_bandwidth: (v) => (v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0) ? undefined : 'expected a positive number of bytes per second or null'),
};

/** boto3's options that would control nothing here, and why: refused, so that nobody relies on them. */
const REFUSED: Record<string, string> = {
  max_io_queue:
    "it bounds boto3's queue of downloaded chunks waiting for its one IO thread, and here each range waits for its own writes " +
    '(at most max_concurrency × 1 MiB waits to be written)',
};

/** The options, every problem at once (refused boto3 options included) as one InvalidConfigError. */
function checkConfigOptions(options: unknown): TransferConfigOptions {
  const refused = isPlainObject(options) ? Object.keys(REFUSED).filter((name) => own(options, name) !== undefined) : [];
  const rest = isPlainObject(options) ? Object.fromEntries(Object.entries(options).filter(([name]) => !own(REFUSED, name))) : options;
  const problems = refused.map((name) => `TransferConfig option ${name} is not supported: ${REFUSED[name]}; remove it`);
  if (rest !== undefined && rest !== null) problems.push(...optionProblems(rest, 'TransferConfig', CHECKS));
  if (problems.length) throw new InvalidConfigError(problems);
  return checkOptions(rest, 'TransferConfig', CHECKS) as TransferConfigOptions;
}

export class TransferConfig {
  readonly multipart_threshold: number;
  readonly multipart_chunksize: number;
  readonly max_concurrency: number;
  readonly num_download_attempts: number;
  readonly io_chunksize: number;
  readonly use_threads: boolean;
  readonly max_bandwidth: number | null;

  constructor(options: TransferConfigOptions = {}) {
    const given = checkConfigOptions(options);
    const merged = { ...DEFAULTS, ...given };
    const bw = merged.max_bandwidth;
    this.multipart_threshold = merged.multipart_threshold;
    this.multipart_chunksize = merged.multipart_chunksize;
    this.max_concurrency = merged.max_concurrency;
    this.num_download_attempts = merged.num_download_attempts;
    this.io_chunksize = merged.io_chunksize;
    this.use_threads = merged.use_threads;
    this.max_bandwidth = bw;
    Object.freeze(this);
  }

  /** Requests one transfer manager runs at once: 1 without threads, else max_concurrency. */
  get concurrency(): number {
    return this.use_threads ? this.max_concurrency : 1;
  }
}

/**
 * The part size for an upload of `size` bytes (undefined: unknown length), as s3transfer's
 * ChunksizeAdjuster: clamped to S3's 5 MiB–5 GiB, then doubled until the parts fit in 10,000.
 */
export function adjustChunkSize(chunksize: number, size?: number): number {
  let part = Math.min(Math.max(chunksize, MIN_PART_SIZE), MAX_PART_SIZE);
  if (size !== undefined) {
    while (Math.ceil(size / part) > MAX_PARTS && part < MAX_PART_SIZE) part = Math.min(part * 2, MAX_PART_SIZE);
  }
  return part;
}

/** The inclusive byte ranges of `size` bytes in `partSize` pieces (the last may be shorter). */
export function byteRanges(size: number, partSize: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (let start = 0; start < size; start += partSize) ranges.push({ start, end: Math.min(start + partSize, size) - 1 });
  return ranges;
}
