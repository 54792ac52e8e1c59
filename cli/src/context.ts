// One client and one transfer manager per command run, built from the global options with every
// credential source the SDK reads (explicit flags, environment, cos_credentials, ~/.aws profiles).
import { Config, Session, TransferConfig, TransferManager, type S3Client } from 'cos-boto3';
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
  transfers: TransferManager;
  out: Output;
  /** Files moved at once by cp/mv/sync (each a transfer; their requests share max_concurrency). */
  fileConcurrency: number;
  signal: AbortSignal;
  /** Local directories created so far in this run (downloads share them). */
  madeDirs: Map<string, Promise<unknown>>;
  /** Objects skipped with a warning (keys that escape the destination): the run then exits 2, as aws s3. */
  skipped: number;
  /** What every listing's paginate() gets besides its parameters: --page-size as PaginationConfig.PageSize. */
  listing: { PaginationConfig?: { PageSize: number } };
}

const DEFAULT_CONCURRENCY = 10;

export function makeContext(g: GlobalOptions, signal: AbortSignal): Context {
  const concurrency = g.maxConcurrency === undefined ? DEFAULT_CONCURRENCY : positiveInt(g.maxConcurrency, '--max-concurrency');
  const chunk = g.multipartChunksize === undefined ? undefined : parseSize(g.multipartChunksize, '--multipart-chunksize');
  const listing = g.pageSize === undefined ? {} : { PaginationConfig: { PageSize: positiveInt(g.pageSize, '--page-size') } };
  const session = new Session(g.profile === undefined ? {} : { profile_name: g.profile });
  const s3 = session.client('s3', {
    ...(g.endpointUrl === undefined ? {} : { endpoint_url: g.endpointUrl }),
    ...(g.region === undefined ? {} : { region_name: g.region }),
    ...(g.verifySsl ? {} : { verify: false }),
    config: new Config({ max_pool_connections: concurrency, ...(g.signRequest ? {} : { signature_version: 'unsigned' }) }),
  });
  const transfers = new TransferManager(s3, new TransferConfig({
    max_concurrency: concurrency,
    ...(chunk === undefined ? {} : { multipart_chunksize: chunk }),
  }));
  return { s3, transfers, out: new Output(g), fileConcurrency: concurrency * 2, signal, madeDirs: new Map(), skipped: 0, listing };
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
