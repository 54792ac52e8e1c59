// Retry policy: botocore's legacy (default, 5 attempts), standard (3 attempts, retry quota) and
// adaptive (standard plus the client-side rate limiter of lib/http/rate-limiter.ts) modes.
import type { RetryMode, RetryOptions } from '../config.js';
import { HTTPClientError } from '../errors.js';
import { type Clock, ClientRateLimiter } from './rate-limiter.js';
import type { Log } from '../core/logging.js';

/** What one attempt ended with, as far as retrying is concerned. */
export interface AttemptOutcome {
  /** A transport error (no response). */
  error?: unknown;
  statusCode?: number;
  /** The service's error code, if the response was an error. */
  code?: string;
  /** A 200 whose body was an <Error> document. */
  errorIn200?: boolean;
}

const THROTTLING_CODES = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException',
  'ProvisionedThroughputExceededException', 'SlowDown', 'RequestLimitExceeded', 'BandwidthLimitExceeded',
  'TooManyRequestsException', 'RequestThrottled', 'EC2ThrottledException', 'PriorRequestNotComplete',
]);
const TRANSIENT_CODES = new Set(['RequestTimeout', 'RequestTimeoutException', 'PriorRequestNotComplete', 'BadDigest', 'InternalError']);
const LEGACY_STATUSES = new Set([500, 502, 503, 504, 509, 429]);
const STANDARD_STATUSES = new Set([500, 502, 503, 504, 429]);

const STANDARD_MAX_BACKOFF = 20;
const QUOTA_CAPACITY = 500;
const RETRY_COST = 5;
const TIMEOUT_RETRY_COST = 10;

export class RetryPolicy {
  readonly mode: RetryMode;
  /** Attempts including the first. */
  readonly maxAttempts: number;
  /** Upper bound of one backoff, seconds. */
  readonly maxBackoff: number;
  /** The adaptive mode's rate limiter (one per client). */
  readonly limiter?: ClientRateLimiter;
  #quota = QUOTA_CAPACITY;
  readonly #standard: boolean;
  readonly #log?: Log;

  /** `clock`: the rate limiter's (tests); `log`: where the adaptive mode reports its rate changes. */
  constructor(options: RetryOptions = {}, adaptive: { clock?: Clock; log?: Log } = {}) {
    this.#log = adaptive.log;
    this.mode = options.mode ?? 'legacy';
    this.#standard = this.mode !== 'legacy';
    const fallback = this.#standard ? 3 : 5;
    this.maxAttempts = options.total_max_attempts ?? (options.max_attempts !== undefined ? options.max_attempts + 1 : fallback);
    this.maxBackoff = options.max_backoff ?? (this.#standard ? STANDARD_MAX_BACKOFF : Infinity);
    if (this.mode === 'adaptive') this.limiter = new ClientRateLimiter(adaptive.clock);
  }

  /** Before each attempt: what to wait for first (adaptive mode, once throttled), else undefined. */
  beforeAttempt(signal?: AbortSignal): Promise<void> | undefined {
    return this.limiter?.beforeSend(signal);
  }

  /** Whether the service asked the client to slow down. */
  isThrottling(outcome: AttemptOutcome): boolean {
    return outcome.code !== undefined && THROTTLING_CODES.has(outcome.code);
  }

  isRetryable(outcome: AttemptOutcome): boolean {
    if (outcome.error !== undefined) return outcome.error instanceof HTTPClientError && outcome.error.retryable;
    if (outcome.errorIn200) return true;
    if (outcome.code && (THROTTLING_CODES.has(outcome.code) || TRANSIENT_CODES.has(outcome.code))) return true;
    const statuses = this.#standard ? STANDARD_STATUSES : LEGACY_STATUSES;
    return outcome.statusCode !== undefined && statuses.has(outcome.statusCode);
  }

  /**
   * Seconds to wait before attempt `attempt + 1`, or undefined to stop.
   * `attempt` counts from 1 (the attempt that just failed).
   */
  delayBefore(attempt: number, outcome: AttemptOutcome): number | undefined {
    // every answer (success, throttle, transport error) adjusts the adaptive sending rate
    if (this.limiter) {
      const throttled = this.isThrottling(outcome);
      const rate = this.limiter.onResponse(throttled);
      if (throttled && this.#log?.enabled()) {
        const measured = this.limiter.clocker.measuredRate;
        this.#log.debug(`Throttling answer (${outcome.code}): sending rate now ${rate.toFixed(3)}/s (measured ${measured.toFixed(3)}/s)`);
      }
    }
    if (attempt >= this.maxAttempts || !this.isRetryable(outcome)) return undefined;
    if (this.#standard) {
      const cost = outcome.error instanceof HTTPClientError && /timeout/i.test(outcome.error.name) ? TIMEOUT_RETRY_COST : RETRY_COST;
      if (this.#quota < cost) return undefined;
      this.#quota -= cost;
    }
    return Math.min(Math.random() * 2 ** (attempt - 1), this.maxBackoff);
  }

  /**
   * Whether botocore would mark the answer to attempt `attempt` with MaxAttemptsReached (and its
   * error message with "reached max retries"): in legacy mode when a retry was wanted and none was
   * left; in standard and adaptive modes whenever the last allowed attempt was made.
   */
  maxAttemptsReached(attempt: number, outcome: AttemptOutcome): boolean {
    if (attempt < this.maxAttempts) return false;
    return this.#standard || this.isRetryable(outcome);
  }

  /** A success gives back quota (standard mode). */
  recordSuccess(): void {
    this.#quota = Math.min(QUOTA_CAPACITY, this.#quota + 1);
  }
}
