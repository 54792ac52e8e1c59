// One client and one transfer manager per command run, built from the global options with every
// credential source the SDK reads (explicit flags, environment, cos_credentials, ~/.aws profiles).
import { Config, Session, TransferConfig, TransferManager, type S3Client } from 'cos-boto3';
import { Budget } from './budget.js';
import { UsageError } from './errors.js';
import { Output } from './output.js';

export interface GlobalOptions {
  endpointUrl?: string;
  profile?: string;
  region?: string;
  verifySsl: boolean;
  /** false with --no-sign-request: anonymous requests (public buckets), no credentials looked up. */
  signRequest: boolean;
  quiet?: boolean;
  onlyShowErrors?: boolean;
  json?: boolean;
  maxConcurrency?: string;
  multipartChunksize?: string;
  pageSize?: string;
}

export interface Context {
  s3: S3Client;
  /** Transfers of files of more than one request (multipart): their parts share its slots. */
  transfers: TransferManager;
  /** Transfers of files below the multipart threshold (one request each, but a download without a listed ETag HEADs first): more of them at once. */
  smallTransfers: TransferManager;
  /** Bytes of one-request downloads held in memory (each body whole until written): bounded. */
  smallDownloads: Budget;
  /** Multipart transfers in progress at once (each holds a multipart upload or a temporary file): as many as before the small files got more. */
  largeFiles: Budget;
  out: Output;
  /** Files moved at once by cp/mv/sync (each a transfer; their requests share the slots above). */
  fileConcurrency: number;
  signal: AbortSignal;
  /** Local directories created so far in this run (downloads share them). */
  madeDirs: Map<string, Promise<unknown>>;
  /** Objects skipped with a warning (keys that escape the destination): the run then exits 2, as aws s3. */
  skipped: number;
  /** What every listing's paginate() gets besides its parameters: --page-size as PaginationConfig.PageSize. */
  listing: { PaginationConfig?: { PageSize: number } };
}

/**
 * Requests in flight when --max-concurrency is not given (it sets both). Parts of large files: 10,
 * as aws s3. Files of one request: 64, since a tree of small files waits on round trips, not on
 * bandwidth. Syncs of 2,000 × 4 KiB files, against 64 in flight: down took ~12% longer with 32
 * and ~30% longer with 10, up ~20% longer with 32, and more CPU per file (fewer answers per turn
 * of the event loop); 128 gained nothing more up and little down. Over a WAN each round trip
 * costs more still.
 */
export const DEFAULT_PART_REQUESTS = 10;
export const DEFAULT_SMALL_FILE_REQUESTS = 64;
/** What the one-request downloads in flight may hold: as much as ten parts of the default size. */
const SMALL_DOWNLOAD_BYTES = 10 * 8 * 1024 * 1024;

export function makeContext(g: GlobalOptions, signal: AbortSignal): Context {
  const given = g.maxConcurrency === undefined ? undefined : positiveInt(g.maxConcurrency, '--max-concurrency');
  const parts = given ?? DEFAULT_PART_REQUESTS;
  // the pool and the files at once are sized by this one, so it is never below parts (64 ≥ 10, or both given)
  const small = given ?? DEFAULT_SMALL_FILE_REQUESTS;
  const chunk = g.multipartChunksize === undefined ? undefined : parseSize(g.multipartChunksize, '--multipart-chunksize');
  const listing = g.pageSize === undefined ? {} : { PaginationConfig: { PageSize: positiveInt(g.pageSize, '--page-size') } };
  const session = new Session(g.profile === undefined ? {} : { profile_name: g.profile });
  const s3 = session.client('s3', {
    ...(g.endpointUrl === undefined ? {} : { endpoint_url: g.endpointUrl }),
    ...(g.region === undefined ? {} : { region_name: g.region }),
    ...(g.verifySsl ? {} : { verify: false }),
    config: new Config({ max_pool_connections: small, ...(g.signRequest ? {} : { signature_version: 'unsigned' }) }),
  });
  const managed = (max_concurrency: number) => new TransferManager(s3, new TransferConfig({
    max_concurrency,
    ...(chunk === undefined ? {} : { multipart_chunksize: chunk }),
  }));
  return {
    s3, transfers: managed(parts), smallTransfers: managed(small), smallDownloads: new Budget(SMALL_DOWNLOAD_BYTES), largeFiles: new Budget(parts * 2),
    out: new Output(g), fileConcurrency: small * 2, signal, madeDirs: new Map(), skipped: 0, listing,
  };
}

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer, got '${text}'`);
  return n;
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Sizes as aws s3 accepts them: bytes, or a number with KB/MB/GB (binary, as aws reads them). */
export function parseSize(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`${flag}: '${text}' is not a size (e.g. 8MB, 16MiB, 5242880)`);
  return Math.round(Number(m[1]) * unit);
}
