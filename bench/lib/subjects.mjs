// The things measured: one wrapper per library, built the way a user would build it. Every
// measure script runs ONE subject per process (see bench/README.md, "Method"), so each
// library's code gets its own JIT feedback and nothing from another library shares a call site.
//
// `mode` picks the configuration:
//   'happy'  — production-like settings (a few retries with real delays, default breakers);
//              the wrapped fn always succeeds, so no delay is ever taken.
//   'fail'   — every delay zero, so an always-failing fn measures the cost of a retry itself.
// Each subject's `make(fn, mode, extra)` returns { call, teardown? }: `call()` runs fn once
// through the library and returns its promise.

import { pkgUrl } from './common.mjs';


// Same policy knobs for every retry library in 'happy' mode: 3 retries, 500 ms base, 8 s cap.
const RETRIES = 3;

export const SUBJECTS = {
  bare: {
    label: 'bare await fn()',
    group: 'bare',
    async make(fn) {
      return { call: fn };
    },
  },

  'ours.retry': {
    label: 'ours retryWithBackoff(fn)',
    group: 'retry',
    async make(fn, mode, extra = {}) {
      const { retryWithBackoff } = await import(pkgUrl('node.mjs'));
      if (mode === 'happy') return { call: () => retryWithBackoff(fn) }; // defaults: cached policy
      const options = { maxRetries: extra.retries ?? RETRIES, baseDelay: 0, maxDelay: 0, jitter: 'none' };
      return { call: () => retryWithBackoff(fn, options) };
    },
  },

  'ours.retry-opts': {
    label: 'ours retryWithBackoff(fn, opts)',
    group: 'retry',
    note: 'options object parsed on every call',
    async make(fn) {
      const { retryWithBackoff } = await import(pkgUrl('node.mjs'));
      const options = { maxRetries: RETRIES, baseDelay: 500, maxDelay: 8000, jitter: 'full' };
      return { call: () => retryWithBackoff(fn, options) };
    },
  },

  'ours.retry-opts-alt': {
    label: 'ours retryWithBackoff(fn, optsA|optsB)',
    group: 'retry',
    note: 'two option sets in turn, as two call sites would: no reuse of the last validated options',
    async make(fn) {
      const { retryWithBackoff } = await import(pkgUrl('node.mjs'));
      const a = { maxRetries: RETRIES, baseDelay: 500, maxDelay: 8000, jitter: 'full' };
      const b = { maxRetries: RETRIES + 1, baseDelay: 250, maxDelay: 4000, jitter: 'full' };
      let flip = false;
      return { call: () => retryWithBackoff(fn, (flip = !flip) ? a : b) };
    },
  },

  'ours.breaker': {
    label: 'ours CircuitBreaker.call',
    group: 'breaker',
    async make(fn, mode, extra = {}) {
      const { CircuitBreaker } = await import(pkgUrl('node.mjs'));
      const breaker = new CircuitBreaker({ failureThreshold: extra.threshold ?? 5, recoveryTimeout: 30_000 });
      return { call: () => breaker.call(fn), breaker };
    },
  },

  'ours.composed': {
    label: 'ours retry(breaker.call(fn), opts)',
    group: 'wrap',
    async make(fn) {
      const { retryWithBackoff, CircuitBreaker } = await import(pkgUrl('node.mjs'));
      const breaker = new CircuitBreaker({ failureThreshold: 5, recoveryTimeout: 30_000 });
      const options = { maxRetries: RETRIES, baseDelay: 500, maxDelay: 8000, jitter: 'full' };
      const guarded = () => breaker.call(fn);
      return { call: () => retryWithBackoff(guarded, options) };
    },
  },

  'ours.composed-defaults': {
    label: 'ours retry(breaker.call(fn))',
    group: 'wrap',
    note: 'no options: the shared default retry policy',
    async make(fn) {
      const { retryWithBackoff, CircuitBreaker } = await import(pkgUrl('node.mjs'));
      const breaker = new CircuitBreaker({ failureThreshold: 5, recoveryTimeout: 30_000 });
      const guarded = () => breaker.call(fn);
      return { call: () => retryWithBackoff(guarded) };
    },
  },

  'cockatiel.retry': {
    label: 'cockatiel retry',
    group: 'retry',
    async make(fn, mode, extra = {}) {
      const { retry, handleAll, ExponentialBackoff, ConstantBackoff } = await import('cockatiel');
      const policy =
        mode === 'happy'
          ? retry(handleAll, { maxAttempts: RETRIES, backoff: new ExponentialBackoff({ initialDelay: 500, maxDelay: 8000 }) })
          : retry(handleAll, { maxAttempts: extra.retries ?? RETRIES, backoff: new ConstantBackoff(0) });
      return { call: () => policy.execute(fn) };
    },
  },

  'cockatiel.breaker': {
    label: 'cockatiel circuitBreaker',
    group: 'breaker',
    async make(fn, mode, extra = {}) {
      const { circuitBreaker, handleAll, ConsecutiveBreaker } = await import('cockatiel');
      const policy = circuitBreaker(handleAll, {
        halfOpenAfter: 30_000,
        breaker: new ConsecutiveBreaker(extra.threshold ?? 5),
      });
      return { call: () => policy.execute(fn), breaker: policy };
    },
  },

  'cockatiel.wrap': {
    label: 'cockatiel wrap(retry, breaker)',
    group: 'wrap',
    async make(fn) {
      const { retry, circuitBreaker, wrap, handleAll, ExponentialBackoff, ConsecutiveBreaker } =
        await import('cockatiel');
      const policy = wrap(
        retry(handleAll, { maxAttempts: RETRIES, backoff: new ExponentialBackoff({ initialDelay: 500, maxDelay: 8000 }) }),
        circuitBreaker(handleAll, { halfOpenAfter: 30_000, breaker: new ConsecutiveBreaker(5) }),
      );
      return { call: () => policy.execute(fn) };
    },
  },

  opossum: {
    label: 'opossum fire() (timeout: false)',
    group: 'breaker',
    async make(fn, mode, extra = {}) {
      const { default: CircuitBreaker } = await import('opossum');
      const options = { timeout: false };
      if (extra.threshold) Object.assign(options, { errorThresholdPercentage: 1, volumeThreshold: 0 });
      const breaker = new CircuitBreaker(fn, options);
      return { call: () => breaker.fire(), breaker, teardown: () => breaker.shutdown() };
    },
  },

  'p-retry': {
    label: 'p-retry',
    group: 'retry',
    async make(fn, mode, extra = {}) {
      const { default: pRetry } = await import('p-retry');
      const options =
        mode === 'happy'
          ? { retries: RETRIES, minTimeout: 500, maxTimeout: 8000 }
          : { retries: extra.retries ?? RETRIES, minTimeout: 0, maxTimeout: 0, factor: 1 };
      return { call: () => pRetry(fn, options) };
    },
  },

  'exponential-backoff': {
    label: 'exponential-backoff',
    group: 'retry',
    async make(fn, mode, extra = {}) {
      const { backOff } = await import('exponential-backoff');
      const options =
        mode === 'happy'
          ? { numOfAttempts: RETRIES + 1, startingDelay: 500, maxDelay: 8000, jitter: 'full' }
          : { numOfAttempts: (extra.retries ?? RETRIES) + 1, startingDelay: 0, maxDelay: 0, jitter: 'none' };
      return { call: () => backOff(fn, options) };
    },
  },
};

/** Which cockatiel row each group is compared against. */
export const PEER_OF_GROUP = { retry: 'cockatiel.retry', breaker: 'cockatiel.breaker', wrap: 'cockatiel.wrap' };

/** The retry-capable subjects (for the failure path). */
export const RETRY_SUBJECTS = ['ours.retry', 'cockatiel.retry', 'p-retry', 'exponential-backoff'];
