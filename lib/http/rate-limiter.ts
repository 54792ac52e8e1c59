// The client-side rate limiter of the 'adaptive' retry mode, as botocore's (and every AWS SDK's):
// a token bucket whose fill rate follows CUBIC congestion control. Off until the first throttling
// answer; from then on each attempt takes a token, the rate drops by BETA on every throttle and
// grows back along a cubic curve on successes, never above twice the measured sending rate.
import { setTimeout as sleep } from 'node:timers/promises';
import { throwIfAborted } from '../core/abort.js';

export interface Clock {
  /** Seconds, monotonic. */
  now(): number;
  sleep(seconds: number, signal: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now() / 1000,
  sleep: (seconds, signal) => sleep(seconds * 1000, undefined, { signal }),
};

const SCALE_CONSTANT = 0.4;
const BETA = 0.7;
const MIN_FILL_RATE = 0.5;
const SMOOTHING = 0.8;
/** The sending rate is measured over buckets of this many seconds. */
const TIME_BUCKET = 0.5;
const MAX_RATE_ADJUST_SCALE = 2;

/** CUBIC: after a throttle at rate w_max, the rate is SCALE·(t − last_fail − k)³ + w_max. */
export class CubicCalculator {
  #wMax: number;
  #k: number;
  #lastFail: number;

  constructor(startingMaxRate: number, startTime: number, readonly scaleConstant = SCALE_CONSTANT, readonly beta = BETA) {
    this.#wMax = startingMaxRate;
    this.#lastFail = startTime;
    this.#k = this.#zeroPoint();
  }

  get params(): { w_max: number; k: number; last_fail: number } {
    return { w_max: this.#wMax, k: this.#k, last_fail: this.#lastFail };
  }

  /** The time after a throttle at which the curve is back at w_max. */
  #zeroPoint(): number {
    return Math.cbrt((this.#wMax * (1 - this.beta)) / this.scaleConstant);
  }

  successReceived(timestamp: number): number {
    return this.scaleConstant * (timestamp - this.#lastFail - this.#k) ** 3 + this.#wMax;
  }

  errorReceived(currentRate: number, timestamp: number): number {
    this.#wMax = currentRate;
    this.#k = this.#zeroPoint();
    this.#lastFail = timestamp;
    return currentRate * this.beta;
  }
}

/** The client's sending rate, smoothed, updated once per time bucket. */
export class RateClocker {
  #measured = 0;
  #lastBucket: number;
  #count = 0;

  constructor(readonly clock: Pick<Clock, 'now'>) {
    this.#lastBucket = Math.floor(clock.now());
  }

  get measuredRate(): number {
    return this.#measured;
  }

  record(amount = 1): number {
    const bucket = Math.floor(this.clock.now() / TIME_BUCKET) * TIME_BUCKET;
    this.#count += amount;
    if (bucket > this.#lastBucket) {
      const current = this.#count / (bucket - this.#lastBucket);
      this.#measured = current * SMOOTHING + this.#measured * (1 - SMOOTHING);
      this.#count = 0;
      this.#lastBucket = bucket;
    }
    return this.#measured;
  }
}

/** Tokens refill at max_rate per second up to max(1, max_rate); taking one waits until there is one. */
export class TokenBucket {
  #fillRate = MIN_FILL_RATE;
  #maxCapacity = 1;
  #capacity = 0;
  #last: number | undefined;
  /** Aborted when the rate changes, so waiters recompute how long to sleep. */
  #rateChanged = new AbortController();

  constructor(maxRate: number, readonly clock: Clock) {
    this.maxRate = maxRate;
  }

  get maxRate(): number {
    return this.#fillRate;
  }

  set maxRate(value: number) {
    // tokens earned so far accrue at the old rate
    this.#refill();
    this.#fillRate = Math.max(value, MIN_FILL_RATE);
    this.#maxCapacity = Math.max(value, 1);
    this.#capacity = Math.min(this.#capacity, this.#maxCapacity);
    this.#rateChanged.abort();
    this.#rateChanged = new AbortController();
  }

  get maxCapacity(): number {
    return this.#maxCapacity;
  }

  get availableCapacity(): number {
    return this.#capacity;
  }

  async acquire(amount = 1, signal?: AbortSignal): Promise<void> {
    for (;;) {
      this.#refill();
      if (amount <= this.#capacity) {
        this.#capacity -= amount;
        return;
      }
      throwIfAborted(signal);
      const wake = this.#rateChanged.signal;
      try {
        await this.clock.sleep((amount - this.#capacity) / this.#fillRate, signal ? AbortSignal.any([wake, signal]) : wake);
      } catch (err) {
        throwIfAborted(signal);
        if (!wake.aborted) throw err;
      }
    }
  }

  #refill(): void {
    const now = this.clock.now();
    if (this.#last !== undefined) this.#capacity = Math.min(this.#maxCapacity, this.#capacity + (now - this.#last) * this.#fillRate);
    this.#last = now;
  }
}

/** One per client: attempts wait for a token once the service has throttled; every answer adjusts the rate. */
export class ClientRateLimiter {
  readonly bucket: TokenBucket;
  readonly clocker: RateClocker;
  readonly cubic: CubicCalculator;
  #enabled = false;

  constructor(readonly clock: Clock = realClock) {
    this.cubic = new CubicCalculator(0, clock.now());
    this.bucket = new TokenBucket(1, clock);
    this.clocker = new RateClocker(clock);
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** Before each attempt: nothing to wait for (undefined) until the first throttle. */
  beforeSend(signal?: AbortSignal): Promise<void> | undefined {
    return this.#enabled ? this.bucket.acquire(1, signal) : undefined;
  }

  /** After each attempt, with whether the answer was a throttling error. Returns the new rate. */
  onResponse(throttled: boolean): number {
    const measured = this.clocker.record();
    const now = this.clock.now();
    let rate: number;
    if (throttled) {
      const rateToUse = this.#enabled ? Math.min(measured, this.bucket.maxRate) : measured;
      rate = this.cubic.errorReceived(rateToUse, now);
      this.#enabled = true;
    } else {
      rate = this.cubic.successReceived(now);
    }
    this.bucket.maxRate = Math.min(rate, MAX_RATE_ADJUST_SCALE * measured);
    return this.bucket.maxRate;
  }
}
