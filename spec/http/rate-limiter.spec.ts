// The adaptive retry mode's client-side rate limiter, against botocore's published numbers (CUBIC,
// rate clocker) and the cross-SDK sequence of answers, on a fake clock; then a client in adaptive mode.
import { expect } from 'chai';
import { AbortError, Config, client } from '../../lib/index.js';
import { type Clock, ClientRateLimiter, CubicCalculator, RateClocker, TokenBucket } from '../../lib/http/rate-limiter.js';
import { RetryPolicy } from '../../lib/http/retry.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { FAKE_KEYS } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';

/** A clock that only moves when told; sleeps advance it at once, or wait for the test when `manual`. */
class FakeClock implements Clock {
  t = 0;
  readonly sleeps: number[] = [];
  manual = false;
  readonly pending: { seconds: number; wake: () => void }[] = [];

  now(): number {
    return this.t;
  }

  sleep(seconds: number, signal: AbortSignal): Promise<void> {
    this.sleeps.push(seconds);
    if (!this.manual) {
      this.t += seconds;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.pending.push({ seconds, wake: () => (signal.removeEventListener('abort', onAbort), resolve()) });
    });
  }
}

describe('adaptive retry mode: rate limiter', () => {
  it('CUBIC: the zero point, the curve back to w_max, and a throttle scaling the rate by beta', () => {
    const cubic = new CubicCalculator(10, 0);
    const k = cubic.params.k;
    expect(k).to.be.closeTo(1.9574338205844317, 1e-12);
    expect(cubic.successReceived(k / 2)).to.be.below(10);
    expect(cubic.successReceived(k)).to.be.closeTo(10, 1e-12);
    expect(cubic.successReceived(k * 1.1)).to.be.above(10);
    expect(cubic.errorReceived(8, 1)).to.be.closeTo(5.6, 1e-12);
    expect(cubic.params).to.deep.include({ w_max: 8, last_fail: 1 });
    expect(cubic.params.k).to.be.closeTo(1.8171205928321397, 1e-12);
    const sixty = new CubicCalculator(10, 0, 0.4, 0.6);
    expect(sixty.errorReceived(10, 1)).to.equal(6);
    expect(sixty.successReceived(1)).to.be.closeTo(6, 1e-12);
  });

  it('the measured sending rate: smoothed, per half-second bucket', () => {
    const clock = new FakeClock();
    const clocker = new RateClocker(clock);
    expect(clocker.measuredRate).to.equal(0);
    for (const t of [0.1, 0.2, 0.3, 0.4, 0.49]) {
      clock.t = t;
      clocker.record();
    }
    expect(clocker.measuredRate).to.equal(0);
    clock.t = 0.5;
    expect(clocker.record()).to.equal(12 * 0.8);
    const steady = new RateClocker(clock);
    for (let t = 1; t <= 20; t++) {
      clock.t = t;
      steady.record();
    }
    expect(steady.measuredRate).to.be.closeTo(1, 1e-6);
  });

  it('follows the reference sequence: rate held at the minimum, grown on successes, cut on the throttle', () => {
    const clock = new FakeClock();
    const limiter = new ClientRateLimiter(clock);
    // [throttled, time, measured rate, new fill rate]
    const rows: [boolean, number, number, number][] = [
      [false, 0.2, 0, 0.5], [false, 0.4, 0, 0.5], [false, 0.6, 4.8, 0.5], [false, 0.8, 4.8, 0.5],
      [false, 1.0, 4.16, 0.5], [false, 1.2, 4.16, 0.6912], [false, 1.4, 4.16, 1.0976], [false, 1.6, 5.632, 1.6384],
      [false, 1.8, 5.632, 2.3328], [true, 2.0, 4.3264, 3.02848],
      // after the throttle: 0.4·(t − 2 − ∛(4.3264·0.3/0.4))³ + 4.3264
      [false, 2.2, 4.3264, 3.48664], [false, 2.4, 4.3264, 3.82187],
    ];
    for (const [throttled, t, measured, rate] of rows) {
      clock.t = t;
      expect(limiter.enabled).to.equal(t > 2);
      expect(limiter.onResponse(throttled), `rate at ${t}`).to.be.closeTo(rate, 1e-5);
      expect(limiter.clocker.measuredRate, `measured at ${t}`).to.be.closeTo(measured, 1e-5);
    }
  });

  it('takes no token before the first throttle; afterwards each attempt waits for one', async () => {
    const clock = new FakeClock();
    const limiter = new ClientRateLimiter(clock);
    expect(limiter.beforeSend()).to.equal(undefined);
    limiter.onResponse(true);
    expect(limiter.bucket.maxRate).to.equal(0.5); // measured 0: the floor
    await limiter.beforeSend();
    expect(clock.sleeps).to.deep.equal([2]);
  });

  it('the bucket: capacity up to max(1, rate), refilled at the rate; a rate change wakes waiters; abort stops the wait', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(2, clock);
    clock.t = 10;
    expect((bucket.maxRate = 2, bucket.availableCapacity)).to.equal(2);
    await bucket.acquire();
    await bucket.acquire();
    expect(clock.sleeps).to.deep.equal([]);
    clock.manual = true;
    const waiting = bucket.acquire();
    await Promise.resolve();
    expect(clock.sleeps).to.deep.equal([0.5]);
    bucket.maxRate = 100;
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.sleeps).to.deep.equal([0.5, 0.01]);
    clock.t += 0.02;
    clock.pending.at(-1)!.wake();
    await waiting;
    const controller = new AbortController();
    const stopped = bucket.acquire(5, controller.signal);
    controller.abort();
    expect(await failure(stopped)).to.be.instanceOf(AbortError);
  });

  it('adaptive mode retries as standard (3 attempts in all) and reports throttling to the limiter', () => {
    const policy = new RetryPolicy({ mode: 'adaptive' });
    expect(policy.maxAttempts).to.equal(3);
    expect(policy.limiter?.enabled).to.equal(false);
    expect(policy.delayBefore(1, { statusCode: 503, code: 'SlowDown' })).to.be.a('number');
    expect(policy.limiter?.enabled).to.equal(true);
    expect(new RetryPolicy({ mode: 'standard' }).limiter).to.equal(undefined);
  });

  describe('a client in adaptive mode', () => {
    const server = new RecordingServer();
    before(() => server.start());
    after(() => server.stop());

    it('after a SlowDown, waits for a token before the next attempt, and succeeds', async () => {
      const lines: string[] = [];
      const logger = { debug: (m: string) => lines.push(m), info() {}, warn() {}, error() {} };
      server.enqueue({ status: 503, body: '<Error><Code>SlowDown</Code><Message>slow</Message></Error>' });
      const s3 = client('s3', {
        endpoint_url: server.endpoint, ...FAKE_KEYS, logger, config: new Config({ retries: { mode: 'adaptive', max_backoff: 0 } }),
      });
      const out = await s3.get_bucket_acl({ Bucket: 'bkt' });
      expect(out.ResponseMetadata.RetryAttempts).to.equal(1);
      expect(server.requests).to.have.length(2);
      expect(lines.some((l) => l.includes('Throttling answer (SlowDown)'))).to.equal(true);
      await s3.close();
    });
  });
});
